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
