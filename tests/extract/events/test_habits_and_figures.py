"""Acts named but not told done (issue 15, h-events15): what keeps happening (a simple present with "every day",
"each time", "a year", "whenever"), what only might happen ("any chance of"), forces of an economy, the offence a
charge names, a participle that names a state ("another freed hostage"), how a stance looked ("seemed to agree"),
what another party is hoped to do, a body occupied, goods sold under a contract. Each with a told act of the same
type that stays. Sentences written for these tests, made-up names."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsledger import Analysis

PUBLISHED = "2023-03-09"

# (text, told, type): no event of that type is told in the first text; the told act of the same type in the
# second stays.
CASES = [
    # habitual: a simple present with a frequency phrase or a "whenever" clause
    ("Every week, the port authority's servers get attacked by Tarvosian hackers.",
     "Tarvosian hackers attacked the port authority's servers on Monday.", "COERCE"),
    ("Every night, the Vallis border posts get shelled by Tarvosian gunners.",
     "Tarvosian gunboats shelled the harbour of Vallis every night last week.", "ASSAULT"),
    ("We do not blame the Quellish envoy for leaking it each time a memo appears.",
     "The Merovian side blamed the Quellish mediators for the collapse of the talks.", "ACCUSE"),
    ("Whenever talks collapse, the Merovian side blames the Quellish mediators.",
     "The Merovian side blamed the Quellish mediators for the collapse of the talks.", "ACCUSE"),
    ("The Ostran ministry gives $40 million a year to farmers in Vallis.",
     "Ostra supplied rifles and ammunition to the Vallis militia.", "AID"),
    # only a possibility
    ("Analysts doubt there is any chance of Tarvosia striking the Merovian capital.",
     "Merovian troops appeared to fire on the crowd in Vallis.", "ASSAULT"),  # (a material act that appeared done)
    # forces of an economy or of nature
    ("Economic forces are destroying the fishing villages of Ostra.",
     "Tarvosian troops have shelled the border villages every day since Monday.", "ASSAULT"),
    ("Voters in Ostra blame economic forces, which are destroying their fishing trade.",
     "Tarvosian forces struck the Merovian capital on Sunday.", "ASSAULT"),
    # the offence a charge names
    ("The cabinet has several options. The Ostran interior ministry could bring indictments for hacking. "
     "Ministers will decide next week.",
     "Tarvosian hackers attacked the port authority's servers on Monday.", "COERCE"),
    # a participle that names a state
    ("Senator Dunmore flew to Vallis with the family of Piet Arnaut, another freed Ostran.",
     "Tarvosian rebels freed three Ostran engineers on Friday.", "RETREAT"),
    # how a stance looked, aimed at no one
    ("The minister seemed to agree.", "Ostra and Vallis agreed on Monday to reopen their border.", "AGREE"),
    # what another party is hoped to do (the hoper's request of it)
    ("Ostra's trade minister, Ana Perel, is hoping that the dockers' union will support the reform.",
     "The dockers' union backed the reform on Monday.", "SUPPORT"),
    # a body or a seat occupied, not a place seized
    ("Whoever was occupying Halvard's body sounded nothing like him.",
     "Vallis troops occupied the border town of Karn on Sunday.", "COERCE"),
    # goods sold under a contract
    ("SkyFuel , a consortium led by Halden , has signed a 30-year contract with the Ostran Defence Office to supply 9 "
     "new Halden cargo airliner refitted for the job .", "Ostra supplied rifles and ammunition to the Vallis militia.",
     "AID"),
]


@pytest.mark.parametrize(("text", "told", "kind"), CASES, ids=[f"{k}:{t[:40]}" for t, _, k in CASES])
def test_named_not_told(analyze: Callable[..., Analysis], text: str, told: str, kind: str) -> None:
    got = [(e.type, e.evidence.text) for e in analyze(text, PUBLISHED).events]
    assert not any(t == kind for t, _ in got), got
    kept = [(e.type, e.evidence.text) for e in analyze(told, PUBLISHED).events]
    assert any(t == kind for t, _ in kept), kept
