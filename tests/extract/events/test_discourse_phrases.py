"""A preposition phrase that frames the sentence ("for its part", "in turn", "at least") is no particle of the
verb: "calls ... for its part" is no "call for"; an act someone is charged with ("accused X of shelling") is
one side's word, not a fact. Sentences written for these tests (no dev or seed article)."""

from __future__ import annotations

import datetime as dt

from newsledger.config import load_settings
from newsledger.pipeline import analyze_text

SETTINGS = load_settings()


def _types(text: str) -> list[str]:
    return [e.type for e in analyze_text(text, dt.date(2025, 3, 1), SETTINGS).events]


def test_a_framing_phrase_makes_no_phrasal_verb() -> None:
    assert "REQUEST" not in _types("The farmers' union, for its part, calls the new tariff a disaster.")
    assert "REQUEST" not in _types("The senators, for their part, called the treaty a mistake.")


def test_the_phrasal_verb_still_holds_beside_a_framing_phrase() -> None:
    assert "REQUEST" in _types("The farmers' union, for its part, called for a boycott of the new tariff.")
    assert "REQUEST" in _types("The minister in turn called on the militias to disarm.")


def test_the_opposition_is_a_body_that_speaks() -> None:
    a = analyze_text("The opposition, for its part, says the count was rigged.", dt.date(2025, 3, 1), SETTINGS)
    speaker = next(e for e in a.entities if e.id == a.statements[0].speaker)
    assert (speaker.type, speaker.sector) == ("ORG", "OPP")
    idle = analyze_text("There is growing opposition to the plan among farmers.", dt.date(2025, 3, 1), SETTINGS)
    assert not [e for e in idle.entities if e.sector == "OPP"]  # opposition as a feeling, not acting: no body


def test_an_act_someone_is_charged_with_is_not_coded_as_actual() -> None:
    a = analyze_text("A rebel group accused the army on Saturday of bombing a monastery in the north.",
                     dt.date(2025, 3, 1), SETTINGS)
    assault = next(e for e in a.events if e.type == "ASSAULT")
    assert assault.modality != "actual"
    assert next(e for e in a.events if e.type == "ACCUSE").modality == "actual"  # the accusation itself is
    told = analyze_text("The army bombed a monastery in the north on Saturday.", dt.date(2025, 3, 1), SETTINGS)
    assert next(e for e in told.events if e.type == "ASSAULT").modality == "actual"


def test_a_planned_show_of_force_aimed_at_no_one_is_no_threat() -> None:
    # A future or vowed mobilisation with no one it is aimed at is planned, not a threat.
    for text in ("The navy said it would step up patrols in the strait.",
                 "The coast guard vowed to step up patrols around the islands."):
        types = _types(text)
        assert "THREATEN" not in types and "MOBILIZE" in types, (text, types)
    # Aimed at someone, it threatens.
    assert "THREATEN" in _types("The army vowed to deploy troops against the rebels in the north.")
