"""Events an analyst would sign on unseen news (issue 15, h-events33): a post changing hands is a personnel change,
not a retreat; a simple present in a relative clause on a person describes them, no one act; one party talking about
a topic is no meeting with the topic's owner; a "threat to" a party is a danger posed, no threat made; the
subject of a second clause misread as part of the first clause's object. Sentences written for these tests, made-up
names."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from newsledger import Analysis

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/ is not a package
from event_participants import has as _has

PUBLISHED = "2021-03-10"

# (text, type) left out: personnel changes, descriptions, topics talked about.
LEFT_OUT = [
    ("The Kenyan trade minister resigned and Otieno was appointed in her place on Friday.", "RETREAT"),
    ("Okoye stepped down as a member of the Senate in order to run the port authority.", "RETREAT"),
    ("The envoy said that even after she steps down, she will keep pressing for a ceasefire in Sudan.", "RETREAT"),
    ("Mensah, a populist who disparages migrants and trusts no one, won the vote in Ghana.", "ACCUSE"),
    ("This was the Okafor everyone knew, the Okafor who quarrels with Ghanaian reporters and attacks the Nigerian "
     "press.", "ASSAULT"),
    ("The former first lady sat down this week with to discuss Ghana's longest war.", "CONSULT"),
    ("The candidate is shown discussing his plan to close the border with Togo.", "CONSULT"),
    ("She has no illusions about Mensah's threat to Togo and Benin, whose leaders are worried.", "THREATEN"),
    ("Ghana's campaign stressed the grave threat to the nations of West Africa that an Okafor presidency would "
     "pose.", "THREATEN"),
    # history dated by the frame it is set in, or by the noun its clause describes (published 2021-03-10)
    ("On the eve of a tense presidential vote in Togo in 2015, for instance, a cyberattack nearly crippled the "
     "website of the electoral board.", "COERCE"),
    ("The 2013 summit, at which Ghana accused Togo of arming rebels, ended in acrimony.", "ACCUSE"),
]

# (text, type) still coded: a resignation told as a concession, acts with their time, meetings.
CODED = [
    ("The general resigned yesterday to allow elections to take place.", "RETREAT"),
    ("The envoy, who arrives in Accra on Monday, will meet the rebels.", "CONSULT"),
    ("The militia, who attacked the convoy last week, fled to Mali.", "ASSAULT"),
    ("Mensah discussed the border dispute with Togo on Monday.", "CONSULT"),
    ("The Ghanaian president and Togo discussed the dispute.", "CONSULT"),
    ("The council called an emergency meeting to discuss Togo's test.", "CONSULT"),
    ("President Obama spent Thursday discussing challenges in West Africa that span Nigeria's troubles.", "CONSULT"),
    ("Togo repeated its threat to impose tariffs on Ghanaian cocoa.", "THREATEN"),
    ("Police reported threats against the Ghanaian embassy in Lome.", "THREATEN"),
    ("On the eve of the vote in March, a cyberattack nearly crippled the website of the electoral board.", "COERCE"),
    ("Last week's summit, at which Ghana accused Togo of arming rebels, ended in acrimony.", "ACCUSE"),
]


@pytest.mark.parametrize(("text", "etype"), LEFT_OUT, ids=[c[0][:40] for c in LEFT_OUT])
def test_left_out(analyze: Callable[..., Analysis], text: str, etype: str) -> None:
    got = analyze(text, PUBLISHED)
    assert not [e for e in got.events if e.type == etype], [(e.type, e.evidence.text) for e in got.events]


@pytest.mark.parametrize(("text", "etype"), CODED, ids=[c[0][:40] for c in CODED])
def test_coded(analyze: Callable[..., Analysis], text: str, etype: str) -> None:
    got = analyze(text, PUBLISHED)
    assert [e for e in got.events if e.type == etype], [(e.type, e.evidence.text) for e in got.events]


# (text, type, source): a second clause's subject that the parser hung on the first clause's object.
STRANDED = [
    ("Officials said Mali had accepted the demands of the mediators and Algeria freed the hostages.", "RETREAT",
     "Algeria"),
    ("Talks ended after Chad signed the text of the ceasefire and Sudan released two officers.", "RETREAT", "Sudan"),
]


def test_stranded_subject_is_no_target(analyze: Callable[..., Analysis]) -> None:
    got = analyze("Officials said Mali had accepted the demands of the mediators and Algeria freed the hostages.",
                  PUBLISHED)
    assert not [e for e in got.events if e.type == "CONCEDE" and _has(got, e.target, "Algeria")], got.events


@pytest.mark.parametrize(("text", "etype", "source"), STRANDED, ids=[c[0][:40] for c in STRANDED])
def test_stranded_subject(analyze: Callable[..., Analysis], text: str, etype: str, source: str) -> None:
    got = analyze(text, PUBLISHED)
    found = [e for e in got.events if e.type == etype]
    assert found and all(_has(got, e.source, source) for e in found), [(e.type, e.source) for e in got.events]
