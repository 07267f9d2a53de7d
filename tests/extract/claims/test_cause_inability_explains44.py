"""Causes told in two more ways (issue 14, stop 44). (1) **A cause of an inability**: "the barges could not sail
because the lock keepers were on strike" names the strike as the cause of what happened (the barges stayed); the
"could not" belongs to the effect, so the cause is asserted and actual, not denied nor hypothetical
(extract/claims/open_causes.py ``_claim``). (2) **A cause that explains or feeds an effect**: "the warm water alone
explains the die-off" (``open_cause_explainers``: the subject is the cause, never someone) and "the bloom was fed by
sewage" (``open_cause_links``). Texts written for these tests, about made-up incidents."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from newsledger import Analysis

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/ is not a package
from claim_views import cause_conflicts as _cause_conflicts
from claim_views import causes as _causes

INABILITY = [
    "Grain barges have been stuck at Vukovar since Tuesday. Serbia's transport ministry said the barges were held "
    "because Croatian pilots at the river station had started asking for a new towing charge. In Zagreb, Croatia's "
    "maritime ministry said the barges could not sail because Serbian lock keepers at Novi Sad have been on strike "
    "over back pay since the weekend.",
    "A breakdown of traffic at the Dorohusk crossing has stranded a freight train from Lviv for two days. Ukraine's "
    "railway operator said the train was stopped because Polish inspectors had begun demanding new paperwork for "
    "each wagon. Poland's infrastructure ministry said the train cannot leave because Ukrainian drivers at Mostyska "
    "have refused to work overtime since Monday.",
]


@pytest.mark.parametrize("text", INABILITY, ids=["could not sail", "cannot leave"])
def test_a_cause_of_an_inability_is_asserted(analyze: Callable[..., Analysis], text: str) -> None:
    analysis = analyze(text)
    assert all(p == "asserted" for _, p in _causes(analysis)), _causes(analysis)
    assert len(_cause_conflicts(analysis)) == 1, _causes(analysis)


def test_a_cause_denied_outright_stays_denied(analyze: Callable[..., Analysis]) -> None:
    """A "could not" over the cause itself, not over the effect, still denies: "the fire could not have been
    caused by the wiring"."""
    analysis = analyze("A barn burned down near Tartu on Sunday. Estonia's rescue board said the fire could not "
                       "have been caused by faulty wiring.")
    assert [p for _, p in _causes(analysis)] in ([], ["negated"]), _causes(analysis)


EXPLAINS = [
    "Thousands of dead oysters washed up along the coast near Arcachon in July. France's agriculture minister said "
    "the die-off was fed by sewage from the Spanish river towns upstream. Spain's water agency said in a report "
    "that warm water alone explains the die-off.",
    "Dead carp covered the shallows of Lake Prespa last week. Albania's environment ministry said the die-off was "
    "fuelled by fertiliser washed off farms on the Greek shore. Greece's water authority said that the long drought "
    "had explained the die-off.",
]


@pytest.mark.parametrize("text", EXPLAINS, ids=["explains", "had explained"])
def test_a_cause_that_feeds_or_explains_an_effect(analyze: Callable[..., Analysis], text: str) -> None:
    analysis = analyze(text)
    assert len(_causes(analysis)) >= 2, _causes(analysis)
    assert len(_cause_conflicts(analysis)) == 1, _causes(analysis)


def test_someone_who_explains_names_no_cause(analyze: Callable[..., Analysis]) -> None:
    """ "The engineer explained the die-off to reporters": a person explaining is no cause."""
    analysis = analyze("Dead carp covered the shallows of Lake Ohrid last week. The ministry said an engineer "
                       "explained the die-off to reporters on Friday.")
    assert _causes(analysis) == [], _causes(analysis)


def test_a_link_verb_denied_counts_its_not_once(analyze: Callable[..., Analysis]) -> None:
    """ "The crash was not caused by the steering": the "not" on the link's own verb denies the cause once (it was
    read twice, as the clause's polarity and as a "not" before the link, and the cause came out asserted)."""
    analysis = analyze("A ferry struck the quay at Sarande on Sunday, injuring six passengers. Greece's coast guard "
                       "said the crash came from a steering failure on the ferry. Albania's port authority said the "
                       "crash was not caused by the steering.")
    assert ("cause: steering", "negated") in _causes(analysis), _causes(analysis)
    assert len(_cause_conflicts(analysis)) == 1, _causes(analysis)


DENIED = [
    "A forest fire burned 800 hectares of pine near the Spanish border last week. Spain's civil protection agency "
    "said the blaze started beside the line, where French maintenance workers had been grinding a rail. France's "
    "transport ministry said the fire was not caused by rail work.",
    "A grass fire spread across 300 hectares near Gorizia on Monday. Slovenia's fire service said the blaze started "
    "where Italian maintenance crews had been welding a pipe. Italy's interior ministry said the blaze was not "
    "caused by welding.",
]


@pytest.mark.parametrize("text", DENIED, ids=["rail work", "welding"])
def test_a_cause_denied_in_the_words_of_the_other_sides_class(analyze: Callable[..., Analysis], text: str) -> None:
    """One side denies a cause in words of its own ("not caused by rail work") that the other side's cause of a
    class is told in ("maintenance workers had been grinding a rail": wear and decay): a conflict."""
    analysis = analyze(text)
    assert [p for _, p in _causes(analysis)] == ["asserted", "negated"], _causes(analysis)
    assert len(_cause_conflicts(analysis)) == 1, _causes(analysis)


def test_a_cause_denied_in_other_words_is_no_conflict(analyze: Callable[..., Analysis]) -> None:
    """A denied cause that shares no word with the other side's ("not caused by a barbecue" against grinding a
    rail) leaves that cause standing: no conflict."""
    analysis = analyze("A forest fire burned 800 hectares of pine near the Spanish border last week. Spain's civil "
                       "protection agency said the blaze started beside the line, where French maintenance workers "
                       "had been grinding a rail. France's transport ministry said the fire was not caused by a "
                       "tourist's barbecue.")
    assert _cause_conflicts(analysis) == [], _causes(analysis)


def test_a_denied_verb_of_causing_is_a_cause_dispute(analyze: Callable[..., Analysis]) -> None:
    """ "The crash was caused by metal fatigue in the rudder" / "the crash was not caused by the rudder": the two
    sides dispute what caused the crash, not whether it happened (extract/conflicts.py ``_kinds_of_denials``)."""
    analysis = analyze("A ferry struck the quay at Sarande on Sunday, injuring six passengers. Greece's coast guard "
                       "said the crash was caused by metal fatigue in the ferry's rudder. Albania's port authority "
                       "said the crash was not caused by the rudder.")
    assert [c.kind for c in analysis.conflicts] == ["cause"], [c.summary for c in analysis.conflicts]


_ENGINE = ("A cargo plane made an emergency landing at Tashkent on Friday after its right engine failed. Uzbekistan's "
           "aviation agency said the failure was caused by a fuel pump fitted wrongly during maintenance. ")


def test_an_effect_consistent_with_a_cause(analyze: Callable[..., Analysis]) -> None:
    """ "The damage to the engine is consistent with a collision with geese" names the collision as the cause
    (``open_cause_evidence_links``, after a noun of an effect only)."""
    analysis = analyze(_ENGINE + "Kazakhstan's Silk Cargo Airways said the damage to the engine is consistent with "
                                 "a collision with a flock of geese.")
    assert "cause: collision flock geese" in [p for p, _ in _causes(analysis)], _causes(analysis)
    assert len(_cause_conflicts(analysis)) == 1, _causes(analysis)


def test_figures_consistent_with_records_name_no_cause(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze(_ENGINE + "Kazakhstan's transport ministry said the agency's figures are consistent with its "
                                 "own records.")
    assert _cause_conflicts(analysis) == [], _causes(analysis)
    assert all(not p.startswith("cause: record") for p, _ in _causes(analysis)), _causes(analysis)
