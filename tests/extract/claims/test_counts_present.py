"""Counts of those present at a place ("3,000 people are waiting", "we registered 900 people here") and land a verb
of its patient swept "through" ("fires burned through 2,300 hectares"). Texts written for these tests (invented
bodies and places)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsledger import Analysis


def _counts(analysis: Analysis) -> list[tuple[str, float | None]]:
    return [(c.predicate, c.value.low if c.value else None) for c in analysis.claims if c.kind == "quantity"]


@pytest.mark.parametrize(("text", "predicate"), [
    ("The Red Crescent said about 400 families are sheltering in the stadium.", "count:family:present"),
    ("The port authority said 2,500 passengers were stranded at the terminal.", "count:passenger:present"),
    ("The Lakeside Refugee Office says its staff have registered about 700 people here.", "count:people:present"),
    ("The border agency said 1,200 people were camping near the bridge.", "count:people:present"),
])
def test_presence_verbs_count_those_present(analyze: Callable[..., Analysis], text: str, predicate: str) -> None:
    assert predicate in [p for p, _ in _counts(analyze(text))]


def test_a_count_without_here_is_the_counting(analyze: Callable[..., Analysis]) -> None:
    """ "registered 900 people" with no place of the telling is a tally of registrations, not of those present."""
    analysis = analyze("The Lakeside Refugee Office says its staff have registered about 700 people since March.")
    assert "count:people:present" not in [p for p, _ in _counts(analysis)]


def test_registered_here_and_waiting_conflict(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze("The Lakeside Refugee Office says its staff have registered about 900 people here so far. "
                       "The Northern Relief Council says more than 4,000 people are waiting in the town.")
    assert ("count:people:present", 900) in _counts(analysis)
    assert ("count:people:present", 4000) in _counts(analysis)
    assert [c.kind for c in analysis.conflicts] == ["quantity"]


def test_presence_of_two_nouns_is_two_counts(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze("The Red Crescent said about 400 families are sheltering in the stadium. The city council "
                       "said 1,500 people are sheltering in schools.")
    assert [c for c in analysis.conflicts if c.kind == "quantity"] == []


@pytest.mark.parametrize("text", [
    "Green Valley Watch said on Monday that fires have burned through 2,300 hectares of grassland.",
    "Green Valley Watch said on Monday that the blaze burned across 900 acres.",
])
def test_land_a_fire_burned_through_is_burned_area(analyze: Callable[..., Analysis], text: str) -> None:
    assert "burned_area" in [p for p, _ in _counts(analyze(text))]


def test_a_walk_through_land_is_no_burned_area(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze("Green Valley Watch said on Monday that the herd walked through 300 hectares.")
    assert "burned_area" not in [p for p, _ in _counts(analysis)]


def test_head_of_livestock_counts_the_livestock(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze("The steppe relief agency says 1.4 million head of livestock have died this winter. The "
                       "Steppe Herders Union says 3 million head of livestock have died.")
    assert ("count:livestock:die", 1400000) in _counts(analysis)
    assert [c.kind for c in analysis.conflicts] == ["quantity"]


def test_heads_of_state_are_no_classifier(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze("The foreign ministry said 40 heads of state attended the summit.")
    assert not any(p.startswith("count:state") for p, _ in _counts(analysis))
