"""Acceptance denied and asserted in other words (extract/claims/acceptance_idioms.py, acceptance.py): the thing
kept off the table, an act said not to be a yes, a proposal noted and no more, talk of a deal too early, a thing
that exists only in the other side's statement; and a side "come round to" a plan. Texts written for these tests
(invented countries and bodies).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from newsledger import Analysis

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/ is not a package
from claim_views import acceptance_conflicts as _acceptance_conflicts
from claim_views import acceptances_by_claimant as _acceptances

TOLD = "Ostravia's foreign ministry said on Friday that Dunmark had accepted the new ferry timetable. "


@pytest.mark.parametrize("answer", [
    "\"The ferry timetable was never on the table,\" the Dunmark transport minister, Hella Brandt, said.",
    "\"That timetable is off the agenda,\" the Dunmark transport minister, Hella Brandt, said.",
    "\"Agreeing to read a paper is not a yes,\" the Dunmark transport minister, Hella Brandt, said.",
    "\"Sending a paper to the cabinet is not accepting it,\" the Dunmark transport minister, Hella Brandt, said.",
    "\"We took note of the proposal, nothing more,\" the Dunmark transport minister, Hella Brandt, said.",
    "\"We only listened,\" the Dunmark transport minister, Hella Brandt, said.",
    "\"We listened. That was all,\" the Dunmark transport minister, Hella Brandt, said.",
    "\"Talk of a deal is premature,\" the Dunmark transport minister, Hella Brandt, said.",
    "\"The timetable exists only in their press release,\" the Dunmark transport minister, Hella Brandt, said.",
])
def test_denial_in_other_words_answers_an_acceptance(analyze: Callable[..., Analysis], answer: str) -> None:
    got = analyze(TOLD + answer)
    assert ("Hella Brandt", "negated") in _acceptances(got)
    assert len(_acceptance_conflicts(got)) == 1


@pytest.mark.parametrize("answer", [
    "\"The ferry timetable is on the table,\" the Dunmark transport minister, Hella Brandt, said.",
    "\"We listened carefully to the proposal,\" the Dunmark transport minister, Hella Brandt, said.",
    "\"Talk of a deal is welcome,\" the Dunmark transport minister, Hella Brandt, said.",
    "\"The timetable exists in several versions,\" the Dunmark transport minister, Hella Brandt, said.",
])
def test_near_misses_deny_nothing(analyze: Callable[..., Analysis], answer: str) -> None:
    got = analyze(TOLD + answer)
    assert ("Hella Brandt", "negated") not in _acceptances(got)
    assert _acceptance_conflicts(got) == []


def test_come_round_to_is_an_acceptance(analyze: Callable[..., Analysis]) -> None:
    got = analyze("Ostravia's foreign ministry said on Friday that Dunmark had come round to the ferry timetable. "
                  "Dunmark's transport ministry said it had rejected the timetable.")
    assert ("Ostravia", "asserted") in [(n.split("'")[0], p) for n, p in _acceptances(got)]
    assert len(_acceptance_conflicts(got)) == 1


def test_a_reply_that_was_a_yes_is_the_replier_s_acceptance(analyze: Callable[..., Analysis]) -> None:
    got = analyze("Ostravia sent Norway a ferry timetable in May. Ostravia's foreign ministry said on Friday that the "
                  "reply from Norway was a yes. \"Being ready to read a paper is not a yes,\" the Norwegian transport "
                  "minister, Hella Brandt, said.")
    assert ("Ostravia", "asserted") in [(n.split("'")[0], p) for n, p in _acceptances(got)]
    assert ("Hella Brandt", "negated") in _acceptances(got)


def test_a_proposal_noted_in_the_outlet_s_words_claims_nothing(analyze: Callable[..., Analysis]) -> None:
    got = analyze(TOLD + "Dunmark officials took note of the proposal, nothing more.")
    assert [p for _, p in _acceptances(got)] == ["asserted"]
