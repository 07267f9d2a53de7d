"""Acceptance told by a deed ("shook hands on the deal", "initialled the plan", "put its name to the plan"), an
acceptance whose time stands between the verb and its "to" ("had agreed in March to let the crews answer calls"),
and its answers: talk that went no further ("had only exchanged drafts", "merely discussed it"), "discussed but not
accepted", and a smaller thing accepted ("agreed only to a trial"), which answers another side's larger one but
not the same side restating itself. Sentences written for these tests (invented countries and bodies).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from newsledger import Analysis

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/ is not a package
from claim_views import acceptance_conflicts, acceptances_by_claimant

ANSWER = "The Dunmark fisheries ministry said Dunmark had never accepted the plan."


@pytest.mark.parametrize("deed", [
    "had shaken hands on the new quota plan",
    "had initialled the new quota plan",
    "had put its name to the new quota plan",
])
def test_an_acceptance_by_deed(analyze: Callable[..., Analysis], deed: str) -> None:
    got = analyze(f"Ostravia's trade ministry said on Friday that Dunmark {deed}. " + ANSWER)
    assert ("Ostravia's trade ministry", "asserted") in acceptances_by_claimant(got)
    assert len(acceptance_conflicts(got)) == 1


@pytest.mark.parametrize("text", [
    "The two ministers shook hands on Friday in the capital.",
    "Ostravia's trade ministry said Dunmark had initialled the bill on its first reading.",
])
def test_a_deed_on_no_proposal_accepts_nothing(analyze: Callable[..., Analysis], text: str) -> None:
    assert acceptances_by_claimant(analyze(text)) == []


@pytest.mark.parametrize("told", [
    "Dunmark had agreed in March to let fire crews from either side answer calls in the border town",
    "Dunmark had agreed last week to reopen the rail crossing",
])
def test_a_time_between_agreed_and_to(analyze: Callable[..., Analysis], told: str) -> None:
    got = analyze(f"Ostravia's health ministry said on Friday that {told}.")
    assert ("Ostravia's health ministry", "asserted") in acceptances_by_claimant(got)


@pytest.mark.parametrize("answer", [
    "The Dunmark transport ministry said that the two sides had merely exchanged drafts.",
    "The Dunmark transport ministry said the reopening was discussed but not accepted.",
    "The Dunmark transport ministry said Dunmark had agreed only to a trial of night trains.",
])
def test_answers_that_deny_the_acceptance(analyze: Callable[..., Analysis], answer: str) -> None:
    got = analyze("Ostravia's health ministry said on Friday that Dunmark had agreed last week to reopen the rail "
                  "crossing. " + answer)
    assert ("Dunmark transport ministry", "negated") in acceptances_by_claimant(got)
    assert len(acceptance_conflicts(got)) == 1


@pytest.mark.parametrize("text", [
    # the same claimant restating a smaller thing: no answer to anyone
    "Ostravia's trade ministry said on Friday that Dunmark had agreed to extend opening hours on a trial basis. "
    "Dunmark had agreed only to extend opening hours on a trial basis, the ministry added.",
    # nothing accepted before to answer
    "The Dunmark transport ministry said Dunmark had agreed only to a trial of night trains.",
    # drafts exchanged with no limit on them are no denial
    "Ostravia's health ministry said Dunmark had agreed last week to reopen the rail crossing. The Dunmark "
    "transport ministry said that the two sides had exchanged drafts.",
])
def test_no_denial_without_an_answer(analyze: Callable[..., Analysis], text: str) -> None:
    got = analyze(text)
    assert all(polarity != "negated" for _, polarity in acceptances_by_claimant(got))
    assert acceptance_conflicts(got) == []
