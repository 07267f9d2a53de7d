"""Trips that meet no counterpart (stop 43, issue 15, h-travel43): a visit whose every destination is a place of care
("a trip to a military hospital for a check-up") or a region of the traveller's own country ("flew to Ohio for a
fundraiser", for a person with no country coded), or regions named by their kind ("began a tour of coastal
provinces") is no consultation; the same traveller's visit to another country stays. Sentences written for these
tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsledger import Analysis

PUBLISHED = "2024-03-09"

# (text, told): no CONSULT in the first text; the visit in the second stays.
CASES = [
    ("Chilean President Tomas Ibarra made a short trip to a military hospital on Friday for a routine check-up.",
     "Chilean President Tomas Ibarra made a short trip to Peru on Friday for talks on fishing rights."),
    ("The Brazilian president's visit to the Sirio-Libanes hospital lasted two hours.",
     "The Brazilian president's visit to Argentina lasted two days."),
    ("Senator Ruth Okafor flew to Ohio on Monday for a fundraiser.",
     "Senator Ruth Okafor flew to Kenya on Monday for talks with its president."),
    ("Mexican President Lorena Avila toured Jalisco and Sonora this week, her first stops as head of state.",
     "Mexican President Lorena Avila toured Guatemala this week, her first stop as head of state."),
    # regions named by their kind, no country's or people's name
    ("The opposition leader began a three-day tour of coastal provinces on Monday.",
     "The Kenyan president began a tour of West African states on Monday."),
]


@pytest.mark.parametrize(("text", "told"), CASES, ids=[t[:40] for t, _ in CASES])
def test_home_trip_is_no_consultation(analyze: Callable[..., Analysis], text: str, told: str) -> None:
    got = [(e.type, e.evidence.text) for e in analyze(text, PUBLISHED).events]
    assert not any(t == "CONSULT" for t, _ in got), got
    kept = [(e.type, e.evidence.text) for e in analyze(told, PUBLISHED).events]
    assert any(t == "CONSULT" for t, _ in kept), kept
