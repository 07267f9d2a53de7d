"""Existence disagreements between a telling and a denial worded differently (extract/claims/denials.py): a
negative quantifier, a negated verb or "at no point" against an act another side tells, paired by the entities
(or their countries) and the act class they share."""

from __future__ import annotations

import datetime as dt

import pytest

from newsledger import Analysis
from newsledger.pipeline import analyze_text

DAY = dt.date(2030, 6, 11)


def _run(text: str) -> Analysis:
    return analyze_text(text, DAY)


def _existence(a: Analysis) -> list[tuple[str | None, str | None]]:
    names = {e.id: e.name for e in a.entities}
    return [tuple(names.get(s.actor or "", "@outlet") for s in c.sides)  # type: ignore[misc]
            for c in a.conflicts if c.kind == "existence"]


@pytest.mark.parametrize("text", [
    # "not one X" subject, "set foot on" against "crossed into", by country (Ethiopian troops / Ethiopian soldier)
    ("Sudan's army said Ethiopian troops crossed into Sudanese territory near Gallabat on Monday.\n"
     "Not one Ethiopian soldier had set foot on Sudanese soil, Ethiopia's foreign ministry said in a statement."),
    # "none of its X were in the air" against "flew into": being there is entering it; "its" is the speaker's
    ("Finland said a Russian military plane flew into Finnish airspace off Porvoo on Friday.\n"
     "Russia's defence ministry said none of its aircraft were in the air near the Finnish coast that day."),
    # a negated verb of another word of one class: "never pushed" against "shoved"
    ("Nadia Petrescu told reporters that Mihai Dobre shoved her against a wall after the hearing.\n"
     "Mihai Dobre said he had never pushed Nadia Petrescu."),
    # boarding a vessel is setting foot on it
    ("Armed men climbed aboard the Coral Star off Eyl on Monday, its owner Aegean Bulk said. Nobody set foot on the "
     "Coral Star, Somalia's coast guard said."),
])
def test_denial_worded_differently_is_an_existence_conflict(text: str) -> None:
    assert _existence(_run(text))


def test_denial_claim_carries_its_evidence_and_polarity() -> None:
    a = _run("Sudan's army said Ethiopian troops crossed into Sudanese territory near Gallabat on Monday.\n"
             "Not one Ethiopian soldier had set foot on Sudanese soil, Ethiopia's foreign ministry said.")
    denied = [c.evidence.text for c in a.claims if c.kind == "event" and c.polarity == "negated"]
    assert any("Not one Ethiopian soldier had set foot on Sudanese soil" in d for d in denied)


@pytest.mark.parametrize("text", [
    # the denial clears someone else than the one the telling names
    ("Nadia Petrescu told reporters that a bodyguard shoved her against a wall after the hearing.\n"
     "Mihai Dobre said he had never pushed Nadia Petrescu."),
    # a denial of another act (firing, not crossing)
    ("Sudan's army said Ethiopian troops crossed into Sudanese territory near Gallabat on Monday.\n"
     "Not one Ethiopian soldier fired a shot, Ethiopia's foreign ministry said."),
    # two bodies of one government
    ("Sudan's army said Ethiopian troops crossed into Sudanese territory near Gallabat on Monday.\n"
     "Not one Ethiopian soldier had set foot on Sudanese soil, Sudan's foreign ministry said."),
    # a question is no denial
    ("Sudan's army said Ethiopian troops crossed into Sudanese territory near Gallabat on Monday.\n"
     "Had no Ethiopian soldier set foot on Sudanese soil before, Ethiopia's foreign ministry asked?"),
    # a forecast is no denial
    ("Sudan's army said Ethiopian troops crossed into Sudanese territory near Gallabat on Monday.\n"
     "No Ethiopian soldier will set foot on Sudanese soil again, Ethiopia's foreign ministry said."),
])
def test_no_existence_conflict_without_a_shared_act_and_other_side(text: str) -> None:
    assert not _existence(_run(text))
