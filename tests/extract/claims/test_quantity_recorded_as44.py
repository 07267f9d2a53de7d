"""A count filed by a verb of recording under a word after "as" counts what that word names: "14 people were
registered as missing" are the missing, not people who signed up; "200 houses were recorded as destroyed" are homes
destroyed (extract/claims/counted.py ``_recorded_as``, tallies.py ``recorded_as``). Texts written for these tests,
about made-up disasters."""

from __future__ import annotations

import datetime as dt

from newsledger.pipeline import analyze_text

DAY = dt.date(2031, 9, 14)


def _predicates(text: str, figure: float) -> list[str]:
    return [c.predicate for c in analyze_text(text, DAY).claims
            if c.kind == "quantity" and c.value is not None and c.value.low == figure]


def test_people_registered_as_missing_are_missing() -> None:
    assert _predicates("Tonga's disaster office said 14 people were registered as missing after the wave.", 14) == [
        "missing"]


def test_people_confirmed_as_dead_are_deaths() -> None:
    assert _predicates("Fiji's police said nine people were confirmed as dead in the storm.", 9) == ["deaths"]


def test_houses_recorded_as_destroyed_meet_houses_destroyed() -> None:
    assert _predicates("Vanuatu's council said 230 houses were recorded as destroyed on Tanna.", 230) == [
        "homes_destroyed"]
    conflicts = [c for c in analyze_text(
        "Vanuatu's disaster office said 230 houses on Tanna were recorded as destroyed by the cyclone. New "
        "Caledonia's relief mission said only 40 houses on Tanna were destroyed by the cyclone.", DAY).conflicts
        if c.kind == "quantity"]
    assert conflicts
