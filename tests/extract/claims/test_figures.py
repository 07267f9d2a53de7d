"""Figures as the text gives them (extract/claims/figures.py): where each starts and ends, its range after its hedge,
and which number-like words are no figure at all."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsledger import Document
from newsledger.config import Settings
from newsledger.extract.claims.figures import figure_at, figure_starts
from newsledger.lexicon import Lexicon
from newsledger.parse import parse

Found = tuple[str, float | None, float | None, str | None, bool, str | None]


@pytest.fixture(scope="module")
def figures(nlp: object, settings: Settings, lexicon: Lexicon) -> Callable[[str], list[Found]]:
    """The figures of a text, in order: (words, low, high, hedge, share, currency)."""

    def go(text: str) -> list[Found]:
        (parsed,) = list(parse([Document(text)], settings))
        doc, vocab = parsed.doc, lexicon.quantities
        out: list[Found] = []
        next_free = 0
        for i, sent in figure_starts(doc, vocab):
            fig = figure_at(doc, i, sent, vocab) if i >= next_free else None
            if fig is not None:
                next_free = fig.last + 1
                out.append((doc[fig.first:fig.last + 1].text, fig.low, fig.high, fig.hedge, fig.share, fig.money))
        return out

    return go


@pytest.mark.parametrize(("text", "words", "low", "high"), [
    ("Rescuers said more than 60 miners were trapped below ground.", "60", 60, None),
    ("The clinic treated fewer than twelve patients that week.", "twelve", None, 12),
    ("Organisers expected between 300 and 400 boats in the regatta.", "300 and 400", 300, 400),
    ("The storm damaged 1,250 homes along the coast.", "1,250", 1250, 1250),
    ("A few thousand farmers blocked the highway at dawn.", "A few thousand", 2000, 5000),
])
def test_value_and_hedge(figures: Callable[[str], list[Found]], text: str, words: str, low: float | None,
                         high: float | None) -> None:
    found = [f for f in figures(text) if f[0] == words]
    assert found, figures(text)
    assert (found[0][1], found[0][2]) == (low, high)


def test_a_percentage_is_a_share_and_a_sum_keeps_its_currency(figures: Callable[[str], list[Found]]) -> None:
    found = figures("Turnout reached 58 percent, and the council set aside 4 million euros for the count.")
    shares = [f for f in found if f[4]]
    sums = [f for f in found if f[5]]
    assert [f[1] for f in shares] == [58]
    assert sums and sums[0][1] == 4_000_000 and sums[0][5]


@pytest.mark.parametrize("text", [
    "The ferry left on 14 March 2024 from the northern pier.",
    "Talks resumed on 3 May 2025 in the border town.",
])
def test_dates_are_no_figures(figures: Callable[[str], list[Found]], text: str) -> None:
    assert not figures(text)


@pytest.mark.parametrize(("text", "low", "high"), [
    # a half before "a" and a multiplier, with the hedge before it all
    ("The agency said more than half a million goats had died in the drought.", 500_000, None),
    # a half added to a number word, and the multiplier after it (the model takes "one and a" for a date)
    ("Officials said one and a half million ballots were printed for the poll.", 1_500_000, 1_500_000),
    # digits in words after "point"
    ("The minister said output was two point three million barrels a day.", 2_300_000, 2_300_000),
    ("The captain said the tug was drifting at zero point five knots.", 0.5, 0.5),
    # the thousands written with a space
    ("The board said the harbour handled 180 000 containers last year.", 180_000, 180_000),
])
def test_numbers_in_words_and_spaced_thousands(figures: Callable[[str], list[Found]], text: str, low: float,
                                               high: float | None) -> None:
    assert [(f[1], f[2]) for f in figures(text)] == [(low, high)], figures(text)

@pytest.mark.parametrize(("text", "words", "low", "high", "hedge"), [
    ("The depot stored one and a half million sacks of rice.", "one and a half million", 1_500_000, 1_500_000, None),
    ("Roughly two and a half thousand dockers stayed off work.", "two and a half thousand", 2500, 2500, "roughly"),
    ("Almost half a million tourists skipped the resort.", "half a million", 500_000, 500_000, "almost"),
    ("A quarter of a million leaflets were printed overnight.", "A quarter of a million", 250_000, 250_000, None),
    ("The mill exported 2.4m tonnes of flour.", "2.4m", 2_400_000, 2_400_000, None),
    ("The board approved 3.2bn for the railway.", "3.2bn", 3_200_000_000, 3_200_000_000, None),
    ("Three million-odd pilgrims visited the shrine.", "Three million-odd", 3_000_000, 3_000_000, "about"),
])
def test_figures_in_words_read_whole(figures: Callable[[str], list[Found]], text: str, words: str, low: float,
                                     high: float, hedge: str | None) -> None:
    """A figure in words or with a short multiplier is read as one amount, never as its first word ("one")."""
    found = figures(text)
    assert [(f[0], f[1], f[2], f[3]) for f in found] == [(words, low, high, hedge)], found


@pytest.mark.parametrize(("text", "words", "level"), [
    ("Three-quarters of the miners joined the walkout.", "Three-quarters", 75),
    ("One in four households lacks clean water.", "One in four", 25),
    ("Nearly one out of every ten drivers was stopped.", "one out of every ten", 10),
])
def test_parts_of_a_group_are_shares(figures: Callable[[str], list[Found]], text: str, words: str,
                                     level: float) -> None:
    """A part of a group in words ("three-quarters of", "one in four") is a share in percent, not a count."""
    found = figures(text)
    assert [(f[0], f[1], f[4]) for f in found] == [(words, level, True)], found


@pytest.mark.parametrize("text", [
    "In the second half of the season the club recovered.",
    "The fence is 5m high along the river.",
])
def test_no_fraction_or_metre_taken_for_an_amount(figures: Callable[[str], list[Found]], text: str) -> None:
    assert all(f[1] not in (50, 5_000_000) for f in figures(text)), figures(text)
