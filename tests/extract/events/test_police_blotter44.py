"""The police blotter (issue 15, h-case44): an arrest, seizure, charge, sentence or rescue whose clause names an
ordinary crime (theft, burglary, robbery, counterfeit or pirated goods, drugs, smuggling) is police work on crime,
which an analyst of international affairs does not code; arms or armed groups in the clause, the armed forces
acting, a political suspect, or a suspect told by a nationality keep the event. Sentences written for these tests,
made-up names."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from newsledger import Analysis

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/ is not a package
from event_participants import has as _has

PUBLISHED = "2023-03-14"

# (text, type): no event of that type is told.
NOT_DONE = [
    # goods of a crime seized
    ("Customs officers in Manila seized two tonnes of counterfeit handbags and watches on Tuesday.", "COERCE"),
    ("Police in Lagos confiscated 500 kilograms of cocaine hidden in a shipping container.", "COERCE"),
    ("Officers seized 12 kilograms of heroin and pirated software from a house in Accra.", "COERCE"),
    # a suspect of an ordinary crime arrested, caught, charged or jailed
    ("A 40-year-old man was charged with the burglary of four shops in Leeds.", "ACCUSE"),
    ("A teenager was arrested after he tried to rob a petrol station in Durban.", "COERCE"),
    ("Officers captured two men while they were trying to steal a car.", "ASSAULT"),
    ("Three men were detained in Quito for drug trafficking, the prosecutor said.", "COERCE"),
    ("A Kenyan court jailed a driver for the theft of 300 bags of maize.", "COERCE"),
    ("Police in Porto announced the arrest of two burglars on Friday.", "COERCE"),
    # victims of a crime freed by the police
    ("Gendarmes rescued twelve victims from a trafficking ring in Abidjan.", "AID"),
]

# (text, type, source or None, target or None): still coded, with its participants.
STILL_DONE = [
    ("Soldiers seized a cache of rifles and grenades from the rebels.", "COERCE", "Soldiers", None),
    ("Troops seized drugs and rifles from the rebels near the border.", "COERCE", "Troops", None),
    ("Police seized weapons smuggled across the border.", "COERCE", "Police", None),
    ("Iran's navy seized a foreign tanker smuggling fuel in the Gulf.", "COERCE", None, None),
    ("Police in Rosario arrested a journalist for theft after she exposed the mayor's accounts.", "COERCE",
     "Police", "journalist"),
    ("Thai police arrested three Vietnamese nationals for poaching in a national park.", "COERCE", "police", None),
    ("Chile detained three Bolivian nationals for smuggling cigarettes.", "COERCE", "Chile", None),
    ("Police detained 40 protesters outside parliament in Tbilisi.", "COERCE", "Police", "protesters"),
    ("Police arrested the opposition leader on Monday.", "COERCE", "Police", None),
]


@pytest.mark.parametrize(("text", "etype"), NOT_DONE, ids=[f"{c[1]}:{c[0][:40]}" for c in NOT_DONE])
def test_not_done(analyze: Callable[..., Analysis], text: str, etype: str) -> None:
    got = analyze(text, PUBLISHED)
    assert not [e for e in got.events if e.type == etype], [(e.type, e.evidence.text) for e in got.events]


@pytest.mark.parametrize(("text", "etype", "source", "target"), STILL_DONE,
                         ids=[f"{c[1]}:{c[0][:40]}" for c in STILL_DONE])
def test_still_done(analyze: Callable[..., Analysis], text: str, etype: str, source: str | None,
                    target: str | None) -> None:
    got = analyze(text, PUBLISHED)
    assert [e for e in got.events if e.type == etype and _has(got, e.source, source) and _has(got, e.target, target)
            ], [(e.type, e.source, e.target, e.evidence.text) for e in got.events]
