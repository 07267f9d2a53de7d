"""Wrong codings read from the hand verdicts on real news (issue 15, h-events39): a person "fired" with no target
preposition is dismissed, not shot at; documents, websites and transcripts released, or released "to the public",
free no captive; declining to address or predict is silence; an outcome not allowed ("cannot allow her to win") eases
no restriction; a letter sent is no meeting; an attack on someone's heritage is of words; an event noun with a
definite determiner or an owner that retells an act told before is no second event; a habit named ("not in the habit
of"), a text promised to no one, physical acts named as the topic of words or an inquiry ("statements about the
attacks") are no acts; and targets the text names: a
person in apposition ("his wife, Abena"), whom a refused act is for, the author of the words denounced. Sentences
written for these tests, other names and places than any gold article."""

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
    # a person in apposition to a noun that names no one is the one acted on
    ("Dube said Okafor had personally attacked his wife, Abena, and his father, Kwame.", "ACCUSE", "Okafor", "Abena"),
    # whom the refused act's object is for
    ("Senator Okafor has refused to hold hearings for President Mensah's court pick, Ama Boateng, because his party "
     "hopes to win.", "REJECT", "Okafor", "Boateng"),
    # ... with the owner's apostrophe a left quote, which the parser takes for a compound
    ("Senator Okafor has refused to hold hearings for President Mensah\u2018s court pick, Ama Boateng.", "REJECT",
     "Okafor", "Boateng"),
    # the author of the words denounced, with "by" hung on the verb
    ("The president has denounced suggestions by the opposition leader, Kofi Mensah, that the army be sent to the "
     "border.", "ACCUSE", None, "Mensah"),
    # an attack on a quality only words can attack
    ("Governor Ruiz on Wednesday downplayed the attack on a judge's integrity.", "ACCUSE", None, None),
    # kept: a nationality before the noun, with no owner, says whose the person is; captives released, shots fired on
    # someone, a restriction eased
    ("Moldovan police detained a Romanian trucker, Priit Orav, at the depot.", "COERCE", None, "Romanian"),
    ("The rebels released the two hostages on Friday.", "RETREAT", None, None),
    ("The convoy was fired on near the border crossing.", "ASSAULT", None, None),
    ("Kenya allowed Somali traders to enter the port.", "CONCEDE", "Kenya", None),
    ("The minister declined to meet the Kenyan envoy.", "REJECT", "minister", None),
]

# (text, type): no event of that type.
NOT_CODED = [
    ("A former aide says he was fired because he would not smear the governor.", "ASSAULT"),
    ("The three council members intend to release a slew of interview transcripts soon.", "CONCEDE"),
    ("The senator is waiting for the ministry to check the transcripts before releasing them to the public.",
     "RETREAT"),
    ("They will publish the witness transcripts that Chairman Okafor has said for months he plans to release.",
     "CONCEDE"),
    ("The Fair Pay campaign on Tuesday released a parody website mocking the governor.", "RETREAT"),
    ("A spokesman for the Lagos firm declined to address the ministry's report.", "REJECT"),
    ("The chief executive declined to predict when the Tema Steel Company would return to profit.", "REJECT"),
    ("Senator Dube said she cannot allow Abiola to win the election.", "CONCEDE"),
    ("Deputy Minister Kofi Mensah sent letters to parliament on Monday.", "CONSULT"),
    # a habit named; a text promised to no one; physical acts named as what words or an inquiry are about
    ("\"I am not in the habit of praising ministers who insult my voters,\" Dube said.", "SUPPORT"),
    ("Chairman Okafor promised to release the report soon.", "AGREE"),
    ("The minister promised to publish the letters next week.", "AGREE"),
    ("An aide said the new accounts of the witnesses fit their earlier statements about the Tema attacks.",
     "ASSAULT"),
    ("The panel will finish its investigation into the Tema bombings next year.", "ASSAULT"),
]

# (text, type, count): the act is told twice, coded once (the first telling, in the body).
RETOLD = [
    ("Senator Ama Dube on Tuesday asked the justice ministry to open an inquiry into the port deal. A ministry "
     "spokeswoman declined to comment on Dube's latest request.", "REQUEST", 1),
    ("The ombudsman's office opened an investigation into the mayor's contracts in March. According to a summary of "
     "its investigation, the contracts were signed without a tender.", "ACCUSE", 1),
]


@pytest.mark.parametrize(("text", "etype", "source", "target"), CODED, ids=[c[0][:40] for c in CODED])
def test_coded(analyze: Callable[..., Analysis], text: str, etype: str, source: str | None,
               target: str | None) -> None:
    assert_coded(analyze(text, PUBLISHED), etype, source, target)


@pytest.mark.parametrize(("text", "etype"), NOT_CODED, ids=[c[0][:40] + c[1] for c in NOT_CODED])
def test_not_coded(analyze: Callable[..., Analysis], text: str, etype: str) -> None:
    assert_not_coded(analyze(text, PUBLISHED), etype)


@pytest.mark.parametrize(("text", "etype", "count"), RETOLD, ids=[c[0][:40] for c in RETOLD])
def test_retold_once(analyze: Callable[..., Analysis], text: str, etype: str, count: int) -> None:
    analysis = analyze(text, PUBLISHED)
    found = [e for e in analysis.events if e.type == etype]
    assert len(found) == count, [(e.type, e.source, e.target, e.evidence.text) for e in analysis.events]
