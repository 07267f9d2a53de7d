"""Wrong and missed codings read from the judged real news by class (issue 15 item 3, h-events41).

Parties: the one described in apposition and then by a relative clause ("Osei, the banker whom the minister accuses")
is the one accused; subjects that act "together" act with each other; the one "under investigation by" a body is its
target; the one who "tried to disrupt the vote, including by hacking" hacked; an object pronoun is not its own
clause's subject ("Mahama refused to help him"). Senses: "pleaded guilty" is an admission (CONCEDE), not a plea to
anyone; a disease that kills is no attacker; a release with no one released is a text put out; "charged the bank $8
million" is a fee; a country that "hosts" makers is home to them; backing told in the plain future ("will support
the bill") is a planned SUPPORT, not a pledge (AGREE).
Sentences written for these tests, other names and places than any gold article."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from newsledger import Analysis

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/ is not a package
from event_participants import assert_coded, assert_not_coded

PUBLISHED = "2022-05-04"

# (text, type, source, target): an event of that type with those parties (None: not checked).
CODED = [
    ("He opened the door to the extradition of Kwame Mensah, the exiled banker whom President Ruto accuses of "
     "funding the rebels.", "ACCUSE", None, "Mensah"),
    ("Nigeria's President Bola Tinubu and Ghana's President John Mahama pledged to work together after a meeting "
     "on Thursday.", "AGREE", "Tinubu", "Mahama"),
    ("Nigeria's President Bola Tinubu and Ghana's President John Mahama pledged to work together after a meeting "
     "on Thursday.", "AGREE", "Mahama", "Tinubu"),
    ("Kwame Osei had been under investigation by the police for having ties to the cartel.", "ACCUSE", "police",
     "Osei"),
    ("Kwame Osei ran a small shop in Kumasi. He sold fake medicines and was under investigation by "
     "Interpol over his links to a gang.", "ACCUSE", "Interpol", "Osei"),
    ("The Kenyan government on Friday accused Ethiopia of attempting to disrupt the vote, including by hacking "
     "the computers of the electoral commission.", "COERCE", "Ethiopia", None),
    ("Raila Odinga asked for support, but President John Mahama refused to help him do so.", "REJECT", "Mahama",
     "Odinga"),
    ("A Lagos man pleaded guilty on Friday to charges that he threatened to kill Senator Ama Mensah.", "CONCEDE",
     None, None),
    ("Senator Amina Yusuf, who helped draft the law, will support the bill despite her doubts.", "SUPPORT", "Yusuf",
     None),
    ("Ghana's President John Mahama hosted Nigeria's President Bola Tinubu in Accra on Monday.", "CONSULT", None,
     None),
]

# (text, type): no event of that type.
NOT_CODED = [
    ("The farmer, 61, could face up to five years in prison after pleading guilty to threatening to attack a "
     "Kenyan official.", "REQUEST"),
    ("In June, hikers were left stranded in Bhutan after an outbreak of deadly cholera killed a farmer after he "
     "drank from a well.", "ASSAULT"),
    ("Sentencing is set for March 3, according to the ministry release.", "RETREAT"),
    ("Kwame Osei had also planned to charge the bank almost $8 million to use his brand name.", "ACCUSE"),
    ("Vietnam also hosts several chip manufacturers, including the Saigon Group.", "CONSULT"),
]


@pytest.mark.parametrize(("text", "etype", "source", "target"), CODED, ids=[c[0][:40] for c in CODED])
def test_coded(analyze: Callable[..., Analysis], text: str, etype: str, source: str | None,
               target: str | None) -> None:
    assert_coded(analyze(text, PUBLISHED), etype, source, target)


@pytest.mark.parametrize(("text", "etype"), NOT_CODED, ids=[c[0][:40] + c[1] for c in NOT_CODED])
def test_not_coded(analyze: Callable[..., Analysis], text: str, etype: str) -> None:
    assert_not_coded(analyze(text, PUBLISHED), etype)

