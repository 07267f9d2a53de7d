"""A side's projected or guessed figure (issue 14): "the smelter will employ 900 people" is the company's claim,
with the modality of its modal ("future", "hypothetical"), kept in the ledger and never set against a count.

Sentences are written for these tests (invented companies, officials and places).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsledger import Analysis


def _figures(analysis: Analysis) -> list[tuple[float | None, str, str | None]]:
    """(figure, modality, claimant name) of each quantity claim a side makes."""
    names = {e.id: e.name for e in analysis.entities}
    return [(c.value.low if c.value.low is not None else c.value.high, c.modality, names.get(c.claimant or ""))
            for c in analysis.claims if c.kind == "quantity" and c.value is not None and c.claimant is not None]


@pytest.mark.parametrize(("text", "figure", "modality", "claimant"), [
    ("Veltrona Resources said on Monday that its new smelter near Orsk will employ 900 people from next spring.",
     900, "future", "Veltrona Resources"),
    ("Harbour director Oskar Lindqvist said the new terminal would handle 40,000 containers a year.",
     40000, "hypothetical", "Oskar Lindqvist"),
    ("The Tervola Wind company says its turbines will supply electricity to 120,000 homes by 2030.",
     120000, "future", "Tervola Wind company"),
])
def test_a_sides_projected_figure_is_its_claim(analyze: Callable[..., Analysis], text: str, figure: float,
                                              modality: str, claimant: str) -> None:
    assert (figure, modality, claimant) in _figures(analyze(text))


@pytest.mark.parametrize("text", [
    # a condition over the figure: no claim at all
    "If the levee fails, 3,000 homes will be flooded, the engineer Mara Toivonen said.",
    # a question
    "Will the smelter really employ 900 people, the mayor of Orsk, Pavel Ilyin, asked on Monday?",
    # a negated verb
    "Mayor Pavel Ilyin said the smelter will not employ 900 people.",
])
def test_no_projection_under_a_condition_a_question_or_a_negation(analyze: Callable[..., Analysis],
                                                                   text: str) -> None:
    assert [f for f in _figures(analyze(text)) if f[0] in (900, 3000)] == []


def test_the_outlets_own_plans_are_no_claims(analyze: Callable[..., Analysis]) -> None:
    found = analyze("The new ferry line will carry 2,000 passengers a day between Orsk and Kaspi.")
    assert [c for c in found.claims if c.kind == "quantity" and c.modality != "actual"] == []


def test_a_projection_is_never_set_against_a_count(analyze: Callable[..., Analysis]) -> None:
    text = ("Veltrona Resources said on Monday that its new smelter near Orsk will employ 900 people from next "
            "spring. The smelter employs 400 people today, union leader Dana Ilyina said on Tuesday, and she "
            "welcomed the company's plans.")
    found = analyze(text)
    assert (900, "future", "Veltrona Resources") in _figures(found)
    assert [c for c in found.conflicts if c.kind == "quantity"] == []
