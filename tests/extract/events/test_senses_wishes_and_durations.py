"""Classes read from the hand verdicts on real news (issue 15, stop 36, helper events36b): trigger words in
another sense (propaganda "released", a political campaign begun, one side's own "measures" or "programme",
threats and complaints checked by a firm's staff); an act named after a copula whose subject is a wish ("what X
wants is to ...", "the only hope is for X to ..."); an act told as lasting years ("for years gave"); coercion named
only as what an effort aims at, with no one it is aimed at. Sentences written for these tests, other names and
places than any gold article."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from newsledger import Analysis

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/ is not a package
from event_participants import assert_not_coded
from event_participants import has as _has

PUBLISHED = "2024-03-09"

# (text, type): no event of that type is told.
NOT_CODED = [
    # media released, no captives freed
    ("The militia released fresh propaganda on Sunday, urging young men to join.", "RETREAT"),
    # a political campaign begun
    ("Okoye began her campaign in March.", "ASSAULT"),
    # one side's own measures and programmes, aimed at no one
    ("Last month the Finance Ministry announced new measures to stop such mergers.", "THREATEN"),
    ("Siemens starts a major restructuring programme, cutting 4,000 jobs in Bavaria.", "CONSULT"),
    # complaints and possible threats checked, no one investigated or threatening
    ("Vexo, a messaging firm, said it actively investigated possible extremist threats.", "ACCUSE"),
    ("Vexo, a messaging firm, said it actively investigated possible extremist threats.", "THREATEN"),
    ('"We have staff in every region looking at each complaint and investigating reports," an aide said.',
     "ACCUSE"),
    # wished after a copula
    ("What Moscow wants is to encircle the rebels and destroy them.", "ASSAULT"),
    ("The only hope for the Baltic states is for Berlin to oppose the pipeline.", "ACCUSE"),
    ("The only hope the Baltic states have now is for Berlin to oppose the pipeline.", "ACCUSE"),
    # an act told as lasting years
    ("Wealthy donors who for years gave millions of dollars to the hospital include Greek shipowners.", "AID"),
    ("For decades, the Danish government gave money to the rebels.", "AID"),
    ("For years the Vargas Trust lived on the generosity of foreign donors who gave millions of dollars to it.",
     "AID"),
    # coercion only aimed at by an effort, at no one
    ("Lawmakers say the firm's efforts to crack down on the misuse of its network have been toothless.", "COERCE"),
]

# (text, type, source): still coded.
CODED = [
    ("The rebels released 12 hostages on Sunday.", "RETREAT", "rebels"),
    ("The army began a bombing campaign against the rebels in Idlib.", "ASSAULT", "army"),
    ("The Finance Ministry announced new measures against Iran on Monday.", "THREATEN", "Finance Ministry"),
    ("Moscow issued a threat against Vilnius on Monday.", "THREATEN", "Moscow"),
    ("Police cracked down on protesters in Minsk on Sunday.", "COERCE", "Police"),
    ("The junta made new efforts to crack down on the opposition leaders in May.", "COERCE", None),
    ("The Danish government gave money to the rebels for the first time in years.", "AID", "Danish"),
    ("For two years, Denmark gave money to the rebels.", "AID", "Denmark"),
    ("The trust thrived for years, and on Monday the Saudi king gave $5 million to it.", "AID", None),
]


@pytest.mark.parametrize(("text", "etype"), NOT_CODED, ids=[c[0][:40] + c[1] for c in NOT_CODED])
def test_not_coded(analyze: Callable[..., Analysis], text: str, etype: str) -> None:
    assert_not_coded(analyze(text, PUBLISHED), etype)


@pytest.mark.parametrize(("text", "etype", "source"), CODED, ids=[c[0][:40] for c in CODED])
def test_coded(analyze: Callable[..., Analysis], text: str, etype: str, source: str | None) -> None:
    a = analyze(text, PUBLISHED)
    assert [e for e in a.events if e.type == etype and (source is None or _has(a, e.source, source))], [
        (e.type, e.evidence.text) for e in a.events]
