"""Existence without a denial verb (extract/claims/denials.py, the classes of ``absence_classes``): a negative
quantifier or a negated act of one side against an act another side tells in other words, matched by the act's
word class and a shared entity, place, date or thing; and acts told without a doer ("came under fire from ...").
Texts written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from newsledger import Analysis
from newsledger.pipeline import analyze_text

DAY = dt.date(2031, 3, 14)


def _run(text: str) -> Analysis:
    return analyze_text(text, DAY)


def _existence(a: Analysis) -> list[tuple[str, ...]]:
    names = {e.id: e.name for e in a.entities}
    return [tuple(names.get(s.actor or "", "@outlet") for s in c.sides) for c in a.conflicts if c.kind == "existence"]


@pytest.mark.parametrize(("text", "sides"), [
    # "not a drop ... has left" against "leaked into": a spill, by a shared thing and the act class
    ("Fishermen in Ghana's Western Region said oil from the Jubilee platform leaked into the bay on Monday. "
     "\"Not a drop of oil has left the platform,\" said Peter Mensah, a spokesman for Tullow Oil.",
     {"Fishermen", "Tullow Oil"}),
    # "nothing left" against "spilled into": a total denial by a negative pronoun and one shared noun
    ("Farmers in the Limpopo valley said waste from the Sasol plant's settling pond spilled into their fields last "
     "week. \"Nothing left the pond,\" the plant's manager, Johan Botha, told reporters.",
     {"Farmers", "Johan Botha"}),
    # "not one round had been fired by" against an agentless "came under fire from"
    ("Guyana's army said one of its patrol boats came under fire from Venezuelan soldiers on the Cuyuni river on "
     "Tuesday. Venezuela's defence ministry said not one round had been fired by Venezuelan soldiers.",
     {"Guyana's army", "defence ministry"}),
    # "none of its aircraft had flown over" against "bombed": flying over and bombing are one class of air acts
    ("Sudan's army said Ethiopian jets bombed a market in Gallabat on Friday. Ethiopia's air force said none of its "
     "aircraft had flown over Sudan on Friday.",
     {"Sudan's army", "Ethiopia's air force"}),
    # "there was no shooting" against "shot at a crowd"
    ("Residents of Kidal told reporters that Malian soldiers shot at a crowd at the market on Thursday. Mali's army "
     "said there was no shooting in Kidal on Thursday.",
     {"Residents", "Mali's army"}),
])
def test_a_denial_in_other_words_is_an_existence_conflict(text: str, sides: set[str]) -> None:
    found = _existence(_run(text))
    assert any(set(pair) == sides for pair in found), found


@pytest.mark.parametrize("text", [
    # the same acts on different days
    ("Sudan's army said Ethiopian jets bombed a market in Gallabat on Friday. Ethiopia's air force said none of its "
     "aircraft had flown over Sudan on Saturday."),
    # a denial of something else (harm to workers, not a leak)
    ("Fishermen in Ghana's Western Region said oil from the Jubilee platform leaked into the bay on Monday. "
     "\"Not one of our workers was hurt,\" said Peter Mensah, a spokesman for Tullow Oil."),
    # one shared word and no date or total denial: too little to tie the two
    ("Villagers said smugglers crossed the river near Tumpat at night. \"No soldier of ours crossed the river,\" "
     "said a Thai army spokesman, Winthai Suvaree."),
])
def test_no_existence_conflict_without_the_same_act_and_thing(text: str) -> None:
    assert not _existence(_run(text))


def test_not_one_subject_negates_the_event() -> None:
    a = _run("Venezuela's defence ministry said not one round had been fired by its soldiers on the Cuyuni.")
    assert [c.polarity for c in a.claims if c.kind == "event" and c.predicate == "ASSAULT"] == ["negated"]


def test_agentless_attack_names_its_doer_from_the_bank() -> None:
    a = _run("Guyana's army said one of its patrol boats came under fire from Venezuelan soldiers on the Cuyuni "
             "river on Tuesday. Venezuela's defence ministry said not one round had been fired by Venezuelan "
             "soldiers.")
    told = [c for c in a.claims
            if c.kind == "event" and c.polarity == "asserted" and "came under fire" in c.evidence.text]
    assert told and told[0].claimant is not None
