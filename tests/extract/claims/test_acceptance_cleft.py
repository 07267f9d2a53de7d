"""A pseudo-cleft that names a lesser thing accepted: "What we signed in the capital was a plan to study it" says that
a study, and no more, was accepted (as "agreed only to study it"): a denial of another side's larger acceptance; a
pseudo-cleft naming the thing itself, or the same side restating itself, denies nothing. Sentences written for these
tests (invented countries and bodies).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from newsledger import Analysis

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/ is not a package
from claim_views import acceptance_conflicts, acceptances_by_claimant

CLAIM = ("Ostravia's health ministry said on Friday that Dunmark had agreed last week to reopen the rail crossing "
         "at night. ")


@pytest.mark.parametrize("answer", [
    "\"What we signed in Valdor was a plan to study night trains,\" Dunmark's customs chief Pel Arvo said.",
    "\"What we accepted in Valdor was a review of the timetable,\" Dunmark's customs chief Pel Arvo said.",
    "\"What we agreed in Valdor was to consider night trains,\" Dunmark's customs chief Pel Arvo said.",
])
def test_a_cleft_study_denies_the_larger_acceptance(analyze: Callable[..., Analysis], answer: str) -> None:
    got = analyze(CLAIM + answer)
    assert ("Pel Arvo", "negated") in acceptances_by_claimant(got)
    assert len(acceptance_conflicts(got)) == 1


@pytest.mark.parametrize("text", [
    # the cleft names the thing itself: no lesser thing
    CLAIM + "\"What we signed in Valdor was the reopening plan,\" Dunmark's customs chief Pel Arvo said.",
    # nothing accepted before to answer
    "\"What we signed in Valdor was a plan to study night trains,\" Dunmark's customs chief Pel Arvo said.",
])
def test_no_denial_from_a_cleft_without_a_lesser_answer(analyze: Callable[..., Analysis], text: str) -> None:
    got = analyze(text)
    assert all(polarity != "negated" for _, polarity in acceptances_by_claimant(got))
    assert acceptance_conflicts(got) == []


def test_the_two_governments_are_the_speaker_and_the_other_state_two_sentences_back(
        analyze: Callable[..., Analysis]) -> None:
    got = analyze("Lorries wait for days at the crossing between Paraguay and Bolivia. The gates shut at six in the "
                  "evening. Paraguay's trade ministry said the two governments agreed during talks in Asuncion on "
                  "Monday to keep the border post open all night.")
    assert ("Paraguay's trade ministry", "asserted") in acceptances_by_claimant(got)


def test_the_two_governments_stay_open_where_two_other_states_were_named(analyze: Callable[..., Analysis]) -> None:
    got = analyze("Lorries wait for days at the crossings to Bolivia and to Brazil. The gates shut at six in the "
                  "evening. Paraguay's trade ministry said the two governments agreed during talks in Asuncion on "
                  "Monday to keep the border post open all night.")
    assert acceptances_by_claimant(got) == []
