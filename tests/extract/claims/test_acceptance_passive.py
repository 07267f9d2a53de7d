"""A bare verb of accepting in the passive, its subject the thing (extract/claims/acceptance.py): "no map was
agreed", "the timetable was never agreed": with no "by", a speaker's denial answers the acceptance claim before;
and "agree" with a direct object the vocabulary names as a thing ("Latvia agreed the new timetable").
Sentences written for these tests."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from newsledger import Analysis

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/ is not a package
from claim_views import actual_acceptances as _acceptances
from claim_views import entity_name as _name


@pytest.mark.parametrize(("text", "agent", "claimant", "about", "evidence"), [
    ("The water ministry said the Dorvani Farmers' Front had agreed in principle to the district grazing plan. "
     "\"No plan was agreed,\" the front's leader Tomas Verin said.", "Dorvani Farmers' Front", "Tomas Verin",
     "grazing plan", "No plan was agreed"),
    ("Moldova's transport ministry said Romania had accepted the rail timetable. \"The timetable was never "
     "agreed,\" Romanian minister Ioana Radu told reporters.", "Romania", "Ioana Radu", "rail timetable",
     "The timetable was never agreed"),
])
def test_a_thing_never_agreed_denies_the_acceptance_before(analyze: Callable[..., Analysis], text: str, agent: str,
                                                           claimant: str, about: str, evidence: str) -> None:
    analysis = analyze(text)
    denied = [c for c in _acceptances(analysis, "negated") if c.evidence.text.startswith(evidence)]
    assert denied, [c.to_dict() for c in analysis.claims]
    claim = denied[0]
    assert agent in (_name(analysis, claim.argument("agent")) or "")
    assert claimant in (_name(analysis, claim.claimant) or "")
    assert claim.about is not None and about in claim.about.text
    assert "acceptance" in [c.kind for c in analysis.conflicts]


def test_agreeing_a_thing_accepts_it_and_agreeing_none_denies_it(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze("Estonia's foreign ministry said Latvia had agreed a new fishing timetable. \"Latvia has "
                       "agreed no timetable,\" Latvian minister Juris Ozols said.")
    given = _acceptances(analysis, "asserted")
    denied = _acceptances(analysis, "negated")
    assert given and denied, [c.to_dict() for c in analysis.claims]
    assert _name(analysis, given[0].argument("agent")) == "Latvia"
    assert given[0].about is not None and "fishing timetable" in given[0].about.text
    assert _name(analysis, denied[0].argument("agent")) == "Latvia"
    assert denied[0].about == given[0].about
    assert "acceptance" in [c.kind for c in analysis.conflicts]


@pytest.mark.parametrize("text", [
    # a clause agreed, not a thing
    "The harbour board said the Selk Pilots' Guild had accepted the pay offer. \"It was agreed that talks would "
    "continue next week,\" guild secretary Ilse Marn said.",
    # a thing agreed with no accepter of its own and no claim before: whose consent it is stays open
    "\"The route was agreed in March,\" the Osk harbour master Lena Brandt said.",
    # "agreed" with an object that is no thing of the vocabulary
    "Estonia's foreign ministry said Latvia had accepted the fishing timetable. \"Latvia agreed no date for a "
    "visit,\" Latvian minister Juris Ozols said.",
])
def test_no_denial_from_a_passive_without_a_thing_denied(analyze: Callable[..., Analysis], text: str) -> None:
    analysis = analyze(text)
    assert not _acceptances(analysis, "negated"), [c.to_dict() for c in analysis.claims]


def test_an_accepter_before_a_parenthetical_speech_clause(analyze: Callable[..., Analysis]) -> None:
    # the parser hangs the accepter on the statement before as an apposition, and "agreed" has no subject
    analysis = analyze("On Monday the farm ministry issued a statement: the Vasko Growers' League, it said, had "
                       "agreed in principle to the irrigation map drawn by the basin authority. \"No map was "
                       "agreed,\" the league's head Oren Tal said.")
    given = _acceptances(analysis, "asserted")
    assert given, [c.to_dict() for c in analysis.claims]
    assert _name(analysis, given[0].argument("agent")) == "Vasko Growers' League"
    assert given[0].about is not None and "irrigation map" in given[0].about.text
    assert "acceptance" in [c.kind for c in analysis.conflicts]
