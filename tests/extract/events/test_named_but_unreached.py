"""Event participants named in the sentence but not reached (issue 15): a text that speaks for whoever issued it
("the statement urged"), a bare title with its charge hung on it ("accused the president of ..."), whose aim an act
is ("its goal of taking in refugees"), "pleaded with X to ..." read as a clause, and a speaker's own meeting told as
the subject of what was said."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from newsledger import Analysis

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/ is not a package
from event_participants import names as _names

CASES = [
    # (text, event type, a name of the source, a name of the target)
    # A text named as the subject acts for whoever issued it, told in this sentence or the two before.
    ("The Lumina Arts Foundation issued a statement of concern about the cuts. Recalling the floods, the statement "
     "urged Canadians and their leaders to welcome migrants.", "REQUEST", "lumina arts foundation", "canadians"),
    ("The Lumina Arts Foundation released a report on Monday. The report accused Ottawa of neglect.", "ACCUSE",
     "lumina arts foundation", "ottawa"),
    # "of" + a gerund hung on a bare title is the charge, not which office: the title still refers back.
    ("President Lena Hart rebuked her rivals on Monday. Farmers quickly accused the president of politicizing the "
     "drought.", "ACCUSE", "farmers", "lena hart"),
    # Whose the aim is does what it aims at.
    ("The ministry said it had met its goal of taking in 5,000 refugees from Sudan.", "AID", "ministry", "refugees"),
    # "pleaded with X to reconsider", parsed as a clause with "with" its marker: X is pleaded with.
    ("The Kenyan health ministry is closing clinics. In a May 3 letter, the nurses pleaded with the ministry to "
     "reconsider its plan.", "REQUEST", "nurses", "the ministry"),
    # Coordinated acts of pressure share the one they press.
    ("The African Union condemned Chad on Friday and threatened to impose new sanctions.", "THREATEN",
     "african union", "chad"),
    # A bare meeting with someone, the subject of what a speaker says, is the speaker's own.
    ("Senator Anna Berg said meeting with Ortega was just part of the process.", "CONSULT", "anna berg", "ortega"),
]


@pytest.mark.parametrize(("text", "etype", "source", "target"), CASES)
def test_participants_named_in_the_sentence(analyze: Callable[..., Analysis], text: str, etype: str, source: str,
                                            target: str | None) -> None:
    analysis = analyze(text)
    found = [e for e in analysis.events if e.type == etype]
    assert found, [(e.type, e.evidence.text) for e in analysis.events]
    got = [(_names(analysis, e.source), _names(analysis, e.target)) for e in found]
    assert any(source in s and (target is None or target in t) for s, t in got), got


@pytest.mark.parametrize(("text", "etype", "side", "name"), [
    # A report criticised, not issued, by the foundation is not the foundation's.
    ("The Lumina Arts Foundation criticised a report by the council. The report urged Ottawa to cut taxes.",
     "REQUEST", "source", "lumina arts foundation"),
    # Praise is no pressure: the threat does not take its target.
    ("The African Union praised Chad on Friday and threatened to impose new sanctions.", "THREATEN", "target",
     "chad"),
    # Talks with someone that analysts describe are not the analysts' own.
    ("Analysts said meeting with Ortega would be hard for the minister.", "CONSULT", "source", "analysts"),
])
def test_no_participant_borrowed(analyze: Callable[..., Analysis], text: str, etype: str, side: str,
                                 name: str) -> None:
    analysis = analyze(text)
    assert not any(name in _names(analysis, getattr(e, side)) for e in analysis.events if e.type == etype)
