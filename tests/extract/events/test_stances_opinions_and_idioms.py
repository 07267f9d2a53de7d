"""Classes read from the hand verdicts on real news (issue 15, stop 36, helper events36): an act the actor kept
itself from ("refrained from criticising") is no act; "seized on" a report uses it and takes nothing; a thing
"deployed" that is software moves no forces; agreeing that a state holds is a view, not an agreement; a stance
kept with no one it is held against ("remain at odds over the reform") is a state; an undated act in the simple
past or the past perfect right after a sentence set years back keeps that year (history); duties laid on a
country's goods are a sanction; an attack "launched" on a politician over a matter is criticism. Sentences
written for these tests, other names and places than any gold article."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from newsledger import Analysis

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/ is not a package
from event_participants import assert_not_coded
from event_participants import has as _has

PUBLISHED = "2023-03-09"

# (text, type): no event of that type is told.
NOT_CODED = [
    # an act the actor kept itself from
    ("President Varga refrained from criticizing Hungary's neighbours at the summit.", "ACCUSE"),
    ("The Bolivian navy abstained from attacking the Chilean trawlers.", "ASSAULT"),
    # "seized on", "seized upon": made use of, nothing taken
    ("Senator Okafor has seized on the leaked memos to press his case.", "COERCE"),
    ("The opposition quickly seized upon the minister's remarks about Ghana.", "COERCE"),
    # software and code deployed: no forces moved
    ("The encryption deployed by Nokia and Ericsson frustrates the Estonian police.", "MOBILIZE"),
    ("Kenya deployed new filtering software on its networks.", "MOBILIZE"),
    # agreeing that a state holds: a view shared, no agreement with anyone
    ("The former adviser agreed that the finance ministry has little power to stop the outflows.", "AGREE"),
    ("Dr. Mensah agreed that the plan was a mistake.", "AGREE"),
    # a stance kept with no one it is held against
    ("Lawmakers in Nairobi remain at odds over the pension reform.", "ACCUSE"),
    # an undated act told in the past perfect after a sentence set years back: history
    ("In 2011, Ghana closed its border with Togo. It had expelled the Togolese ambassador.", "SANCTION"),
    ("In 2009, Dubois met Bolivian leaders in La Paz. He had praised President Morales for the reforms.", "SUPPORT"),
    ("In 2010, Kenya recalled its envoy from Juba. Nairobi also praised the Ugandan mediators.", "SUPPORT"),
    # an attack launched on a politician over a matter: words, no assault
    ("Governor Mensah launched a fresh attack on Senator Addo over the budget.", "ASSAULT"),
]

# (text, type, source): still coded.
CODED = [
    ("Customs officers seized weapons on the border with Ghana.", "COERCE", "Customs officers"),
    ("Police in Accra seized on Tuesday 40 rifles from a smuggler's truck.", "COERCE", "Police"),
    ("Kenya deployed 2,000 troops along the Somali border.", "MOBILIZE", "Kenya"),
    ("Ghana and Togo agreed that their ministers will meet again in June.", "AGREE", None),
    ("Ghana agreed with Togo on a new border crossing.", "AGREE", "Ghana"),
    ("President Varga criticized Slovakia on Friday.", "ACCUSE", "Varga"),
    # the year is not carried into a sentence with its own time, nor across a paragraph
    ("In 2011, Ghana closed its border with Togo. On Monday it expelled the Togolese ambassador.", "SANCTION",
     "Ghana"),
    ("In 2011, Ghana closed its border with Togo.\n\nGhana had expelled the Togolese ambassador.", "SANCTION",
     "Ghana"),
    # duties laid on a country's goods, and lifted
    ("Ghana announced new duties on Togolese cement last week.", "SANCTION", "Ghana"),
    ("Kenya imposed duties on Ugandan sugar on Monday.", "SANCTION", "Kenya"),
    ("Kenya lifted the duties on Ugandan sugar.", "RETREAT", "Kenya"),
    # an attack launched by gunmen or troops stays an assault
    ("Gunmen launched an attack on the Kenyan embassy over the weekend.", "ASSAULT", "Gunmen"),
    ("The Senator's attack on Governor Mensah over the budget drew applause.", "ACCUSE", None),
]


@pytest.mark.parametrize(("text", "etype"), NOT_CODED, ids=[c[0][:40] + c[1] for c in NOT_CODED])
def test_not_coded(analyze: Callable[..., Analysis], text: str, etype: str) -> None:
    assert_not_coded(analyze(text, PUBLISHED), etype)


@pytest.mark.parametrize(("text", "etype", "source"), CODED, ids=[c[0][:40] for c in CODED])
def test_coded(analyze: Callable[..., Analysis], text: str, etype: str, source: str | None) -> None:
    a = analyze(text, PUBLISHED)
    assert [e for e in a.events if e.type == etype and (source is None or _has(a, e.source, source))], [
        (e.type, e.evidence.text) for e in a.events]
