"""Claims whose kind or polarity the parse misled (issue 14, "other claim" misses): "agreed to" before an adjective
the parser reads as an infinitive ("agreed to joint inspections"), "agreed to let the crews go home" (a small clause
after the complement), "accepted that the survey would use the old maps" (a clause of what is to be done), "neither
trawler" / "not one of the cutters" as a subject (a denial), a witness's "heard no gunfire" (a thing that was not
there), and causes in any words told by a cause noun ("the cause of the crash was ...", "... was the cause of the
crash") or with an adverb inside the link ("came largely from"), also where only the clause names the effect ("the
erosion was caused by ..."). Sentences written for these tests (invented
places and people)."""

from __future__ import annotations

import datetime as dt

import pytest

from newsledger import Analysis
from newsledger.models import Claim
from newsledger.pipeline import analyze_text

DAY = dt.date(2031, 5, 20)


def _run(text: str) -> Analysis:
    return analyze_text(text, DAY)


def _name(a: Analysis, eid: str | None) -> str:
    return next((e.name for e in a.entities if e.id == eid), "") if eid else ""


def _claims(a: Analysis, kind: str, polarity: str) -> list[Claim]:
    return [c for c in a.claims if c.kind == kind and c.polarity == polarity and c.modality == "actual"]


@pytest.mark.parametrize(("text", "agent", "evidence"), [
    # "to" before an adjective, misread as the mark of an infinitive: the noun after the adjective is the thing
    ("Peru's trade ministry said on Tuesday that Ecuador had agreed to joint surveillance of the coastline near "
     "Tumbes.", "Ecuador", "agreed to joint surveillance"),
    # a complement that lets someone act: the small clause's subject is the thing acted on
    ("The Kenyan foreign ministry said on Friday that Uganda had agreed to let the detained drivers return home "
     "this week.", "Uganda", "agreed to let the detained drivers"),
    # a clause of what is to be done, after "accepted that" / "agreed that"
    ("Estonia's foreign minister, Kadri Lepp, told reporters that Latvia had accepted that the border survey would "
     "use the 1920 maps.", "Latvia", "Latvia had accepted that the border survey"),
    ("Chile's foreign minister said Peru had agreed that the joint patrols will start in May.", "Peru",
     "Peru had agreed that the joint patrols"),
])
def test_an_acceptance_the_parse_hid(text: str, agent: str, evidence: str) -> None:
    a = _run(text)
    assert any(_name(a, c.argument("agent")) == agent and evidence in c.evidence.text
               for c in _claims(a, "acceptance", "asserted"))


def test_a_misparsed_acceptance_meets_its_denial() -> None:
    a = _run("Peru's trade ministry said on Tuesday that Ecuador had agreed to joint surveillance of the coastline "
             "near Tumbes. Ecuador's defence minister, Lucia Paredes, said there was no agreement on surveillance.")
    denied = _claims(a, "acceptance", "negated")
    assert any(_name(a, c.argument("agent")) == "Ecuador" for c in denied)
    assert [c for c in a.conflicts if c.kind == "acceptance"]


@pytest.mark.parametrize(("text", "words"), [
    # "neither" as the subject's pre-conjunction ("neither trawler", misread as an adjective)
    ("The Chilean navy said neither trawler left port on Tuesday.", "neither trawler left port"),
    # "neither ... nor": both doers denied
    ("Neither the army nor the police fired on the marchers, the interior minister, Ana Solis, said.",
     "Neither the army nor the police fired"),
    # "not one of the cutters": the quantifier is itself the subject
    ("The coast guard said its cutters were in dry dock all month, and not one of them left the harbour in March.",
     "not one of them left the harbour"),
])
def test_a_negative_quantifier_subject_denies_the_event(text: str, words: str) -> None:
    a = _run(text)
    assert any(words in c.evidence.text for c in _claims(a, "event", "negated"))
    assert not any(words in c.evidence.text for c in _claims(a, "event", "asserted"))


def test_a_witness_who_heard_nothing_denies_the_thing() -> None:
    a = _run("The mayor of Tarija, Luis Rojas, said residents had heard no gunfire near the border post.")
    assert any(c.predicate == "thing:gunfire" for c in _claims(a, "event", "negated"))
    # a perceiving verb in the present is an opinion: "we see no problem" denies no problem
    b = _run('The mayor of Tarija, Luis Rojas, said: "We see no problem with the new border post."')
    assert not any(c.predicate.startswith("thing:") for c in b.claims)


def _causes(a: Analysis) -> list[Claim]:
    return [c for c in a.claims if c.kind == "cause" and c.polarity == "asserted"]


def test_a_cause_noun_names_an_open_cause_either_way_round() -> None:
    a = _run("A ferry and a fishing boat collided off Mombasa on Friday. Kenya's transport minister, Ruth Achieng, "
             "said the cause of the crash was the captain's new route. Tanzania's shipping agency said the fishing "
             "boat's sudden turn was the cause of the crash.")
    by = {_name(a, c.claimant): c.predicate for c in _causes(a)}
    assert "route" in by.get("Ruth Achieng", "")
    assert "turn" in by.get("Tanzania's shipping agency", "")
    assert [c for c in a.conflicts if c.kind == "cause"]
    # a complement that says the cause is not known names none
    b = _run("A ferry and a fishing boat collided off Mombasa on Friday. Kenya's transport minister, Ruth Achieng, "
             "said the cause of the crash was a mystery.")
    assert not _causes(b)


def test_an_adverb_inside_a_cause_link() -> None:
    a = _run("Hundreds of fish were found dead in the Lira river on Sunday. Uganda's fisheries ministry said the "
             "deaths came largely from waste the Kato tannery pumps into the river.")
    assert any("waste" in c.predicate for c in _causes(a))


def test_a_clause_that_names_its_own_effect_needs_no_incident_elsewhere() -> None:
    a = _run("Hotel owners on the south shore say the beach has shrunk by ten metres since March. The Coastal "
             "Protection Agency said the erosion was caused by the storms of last winter.")
    assert any("storm" in c.predicate and _name(a, c.claimant) == "Coastal Protection Agency" for c in _causes(a))
