"""A status adverb on a passive verb that only tells that a thing was done judges the thing (extract/claims/
predicates.py ``_thing_done``): "the ballot was conducted fairly" is about the ballot, so another side's "the ballot
was not free and fair" answers it. Texts written for these tests (invented places and bodies).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from newsledger import Analysis

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/ is not a package
from claim_views import status_conflicts as _status_conflicts


def _abouts(analysis: Analysis) -> list[str]:
    return [c.about.text for c in analysis.claims if c.kind == "status" and c.about is not None]


def test_the_thing_done_is_what_is_judged(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze("The Zambezi Electoral Board said the referendum was conducted freely and fairly.")
    assert "the referendum" in _abouts(analysis)


def test_a_person_held_keeps_the_act(analyze: Callable[..., Analysis]) -> None:
    """ "the reporters were held lawfully" judges the holding (the act), not the reporters."""
    analysis = analyze("Malawi's interior ministry said the two reporters were held lawfully.")
    assert _abouts(analysis) == ["held"]


DISAGREE = [
    "Voters in Mzuzu chose a new council on Sunday. The Malawi Electoral Commission said the vote was held freely "
    "and fairly. The observer group Ballot Watch Malawi said Sunday's poll was not free and fair.",
    "The Lusaka planning authority said the decision to demolish the old market was lawfully made. The Lusaka "
    "Traders Association said the decision was unlawful.",
    "Namibia's mines ministry said the licence was legally granted last year. The Kavango Land Rights Forum said the "
    "licence is illegal.",
]


@pytest.mark.parametrize("text", DISAGREE, ids=[t[:48] for t in DISAGREE])
def test_status_of_the_thing_done_conflicts(analyze: Callable[..., Analysis], text: str) -> None:
    assert len(_status_conflicts(analyze(text))) == 1


AGREE = [
    # one judges the holding of people, the other their protest: two things
    "Malawi's interior ministry said the protesters were arrested lawfully. The Blantyre Civic Forum said the "
    "march itself had been illegal.",
    # two sides, one verdict
    "The Malawi Electoral Commission said the vote was held freely and fairly. The observer group Ballot Watch "
    "Malawi said the vote was free and fair.",
    # a question claims nothing
    "The Lusaka planning authority said the decision was lawfully made. The Lusaka Traders Association asked "
    "whether the decision was really lawful?",
]


@pytest.mark.parametrize("text", AGREE, ids=[t[:48] for t in AGREE])
def test_no_status_conflict(analyze: Callable[..., Analysis], text: str) -> None:
    assert _status_conflicts(analyze(text)) == []
