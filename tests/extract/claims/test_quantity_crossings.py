"""People counted by their crossing a border, however the telling words the move (issue 14, helper figures33).

Sentences are written for these tests (invented incidents). One side's "came home through the border post" and
the other's "went through the checkpoint" count one movement of one population; people waiting
at a border, or troops sent to it, crossed nothing, and "people" against "children" are two groups.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from newsledger import Analysis
from newsledger.compare.quantity import is_recorded

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/ is not a package
from claim_views import quantity_conflicts as _conflicts


def _classes(analysis: Analysis) -> list[tuple[str, float | None, float | None]]:
    return [(c.predicate, c.value.low, c.value.high) for c in analysis.claims
            if c.kind == "quantity" and c.value is not None and not is_recorded(c.predicate)]


FOUND = [
    # a partitive counted by the verb of its "of": "come home", a move through a border post
    ("The labour ministry said around 5,000 of its seasonal labourers came home through the Kirov border post "
     "over the weekend.", 5000, 5000),
    # "a total of": the total is the verb's subject; a verb of any motion through a checkpoint
    ("A total of 2,200 Moldovan nationals went through the Palanca checkpoint last week, the border police said.",
     2200, 2200),
    # an amount in words of people, the bare verb
    ("Dozens of people have crossed into the province since Friday, the governor told reporters.", 24, 99),
]


@pytest.mark.parametrize(("text", "low", "high"), FOUND, ids=[row[0][:48] for row in FOUND])
def test_crossings_are_one_class(analyze: Callable[..., Analysis], text: str, low: float, high: float) -> None:
    assert ("crossed", low, high) in _classes(analyze(text))


NOT_CROSSED = [
    "About 400 people were waiting at the border crossing on Monday, the charity said.",
    "Some 3,000 people rushed to the border after the announcement, the mayor said.",
]


@pytest.mark.parametrize("text", NOT_CROSSED, ids=[row[:48] for row in NOT_CROSSED])
def test_being_at_a_border_is_no_crossing(analyze: Callable[..., Analysis], text: str) -> None:
    assert not [c for c in _classes(analyze(text)) if c[0] == "crossed"]


def test_two_sides_counting_one_crossing_conflict(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze("Moldova's interior ministry said on Tuesday that more than 3,000 people had crossed into "
                       "Moldova over the past week. Romania's border police said fewer than 400 Romanian citizens "
                       "had crossed into Moldova over the same week.", "2025-03-12")
    assert _conflicts(analysis)


def test_people_and_children_are_two_groups(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze("Moldova's interior ministry said on Tuesday that more than 3,000 people had crossed into "
                       "Moldova over the past week. Romania's border police said 400 children had crossed into "
                       "Moldova over the same week.", "2025-03-12")
    assert not _conflicts(analysis)


@pytest.mark.parametrize(("text", "name", "country"), [
    # the parse hangs the name on the place of the post: the title before it still gives the country
    ("Bolivia's consul in Arica, Teodoro Quispe, said on Friday that the road was open.", "Teodoro Quispe", "BOL"),
    ("Kenya's administrator for Turkana County, Mercy Lokol, said the wells had run dry.", "Mercy Lokol", "KEN"),
])
def test_a_title_with_the_place_of_its_post_gives_its_country(analyze: Callable[..., Analysis], text: str,
                                                              name: str, country: str) -> None:
    found = [e for e in analyze(text).entities if e.name == name]
    assert found and found[0].country == country


def test_an_amount_in_words_told_closer_is_no_revision(analyze: Callable[..., Analysis]) -> None:
    """ "Hundreds have crossed", then "about 640 registered" by one side, is one count told closer: it is not
    superseded, so the other side's "fewer than 50" still conflicts with the side's count."""
    analysis = analyze("Zambia's district commissioner, Chanda Mulenga, said hundreds of people had crossed into the "
                       "district since June. We have registered about 640 of them at the school, she said. Malawi's "
                       "consul in Chipata, Grace Banda, said fewer than 50 Malawian citizens had crossed into the "
                       "district.", "2025-09-03")
    assert not [c for c in analysis.claims if c.revises]
    assert _conflicts(analysis)
