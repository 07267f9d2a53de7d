"""A speaker's denial with no accepter of its own whose thing is a noun of the word family of an earlier acceptance's
thing (extract/claims/acceptance.py): "No reopening was agreed" answers "the delegation agreed to reopen the line"
however many sentences lie between (a live blog's entries hours apart), not only within the window a pronoun has.
Sentences written for these tests."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from newsledger import Analysis

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/ is not a package
from claim_views import acceptance_conflicts as _conflicts
from claim_views import actual_acceptances as _acceptances
from claim_views import entity_name as _name

_FAR = ("09:05 - Liechtenstein's transport office says San Marino agreed at the talks to reinstate the night "
        "coach service between the two capitals from 1 June.\n\n"
        "10:40 - Coach drivers gathered at the depot in Vaduz this morning. Several carried flags. A brass band "
        "played for an hour. The depot's canteen ran out of coffee by ten. Ticket sales were brisk all the same.\n\n"
        "14:15 - San Marino's ministry of transport has replied. \"No reinstatement was agreed,\" its spokeswoman, "
        "Ornella Bollini, told our reporter.")


def test_a_denial_naming_the_thing_by_its_word_family_answers_an_acceptance_far_back(
        analyze: Callable[..., Analysis]) -> None:
    analysis = analyze(_FAR)
    denied = [c for c in _acceptances(analysis, "negated") if c.evidence.text.startswith("No reinstatement")]
    assert denied, [c.to_dict() for c in analysis.claims]
    assert _name(analysis, denied[0].argument("agent")) == "San Marino"
    assert "Ornella Bollini" in (_name(analysis, denied[0].claimant) or "")
    assert _conflicts(analysis)


def test_a_far_denial_of_another_family_answers_nothing(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze(_FAR.replace("No reinstatement was agreed", "No timetable was agreed"))
    assert not [c for c in _acceptances(analysis, "negated") if c.evidence.text.startswith("No timetable")]
    assert not _conflicts(analysis)
