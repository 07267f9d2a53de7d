"""Event classes of issue 15 (events19): joint work told by a verb of coordination, arms handed to a party,
posts removed by censors, utilities cut to a place, arrivals told as touching down or flying into, killings
told "to death", aid stalled or held up, a dare, a defence told as coming to it, a strike called against
someone, duties on a country's goods (and duties cut or called off), people kept out or held, places of worship
closed, and a meeting or call told as the occasion of something said (its holder is the one who speaks). Each
row: a sentence, the type it must carry as an actual event, and a name its source and its target must carry
(None: not checked)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from newsledger import Analysis

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/ is not a package
from event_participants import has as _has
from event_participants import names as _names

CODED = [
    # joint work with someone
    ("Jordan coordinates closely with Iraq on water policy.", "COOPERATE", "Jordan", "Iraq"),
    ("Ghana teamed up with Togo to fight piracy in the gulf.", "COOPERATE", "Ghana", "Togo"),
    ("Vietnam partnered with Japan to build the new port.", "COOPERATE", "Vietnam", "Japan"),
    # arms handed to a party
    ("Poland handed over forty tanks to Ukraine.", "AID", "Poland", "Ukraine"),
    ("Washington delivered rifles and ammunition to the Somali army.", "AID", "Washington", "Somali"),
    # posts removed by censors or the authorities
    ("Censors took down the blogger's post within an hour.", "COERCE", None, None),
    # a strike called against someone
    ("The unions called a general strike against the Guinean government.", "PROTEST", None, "Guinean"),
    # duties on a country's goods, and duties cut
    ("The tariffs on Peruvian copper took effect last week.", "SANCTION", None, "Peru"),
    ("Seoul rolled back tariffs on Vietnamese shrimp.", "RETREAT", "Seoul", "Vietnam"),
    # people kept out or held, places of worship closed
    ("Burma barred foreign reporters from entering the province.", "COERCE", "Burma", None),
    ("Libyan authorities are holding the migrants in a warehouse.", "COERCE", None, None),
    ("The Tajik police closed four mosques in the north.", "COERCE", None, None),
    # a dare, and a defence told as coming to it
    ("The Serbian leader dared the Kosovars to hold the vote.", "THREATEN", "Serbian", "Kosovars"),
    ("Hanoi came to the defense of Vientiane at the summit.", "SUPPORT", "Hanoi", "Vientiane"),
    # aid stalled or held up
    ("Aid for Malawi was being stalled by the donors' council in Brussels.", "SANCTION", None, "Malawi"),
    ("The Senate held up loans to Zambia.", "SANCTION", "Senate", "Zambia"),
    # utilities cut to a place, arrivals told as touching down or flying into, killings told "to death"
    ("Armenia cut off gas to Nakhchivan on Sunday.", "SANCTION", "Armenia", "Nakhchivan"),
    ("The Malaysian premier touched down in Jakarta on Monday.", "CONSULT", "Malaysian", "Jakarta"),
    ("The Omani envoy flew into Sanaa on Tuesday.", "CONSULT", "Omani", "Sanaa"),
    ("Bandits hacked to death four herders in Zamfara.", "ASSAULT", None, "herders"),
    # a meeting or call as the occasion of something said
    ("After a phone call with Emmanuel Macron, the Irish premier announced a new loan.", "CONSULT", "Irish",
     "Macron"),
    ("The Chilean minister said during a meeting with Peru that the border would reopen.", "CONSULT", "Chilean",
     "Peru"),
]


@pytest.mark.parametrize(("text", "etype", "source", "target"), CODED, ids=[c[0][:40] for c in CODED])
def test_classes_are_coded(analyze: Callable[..., Analysis], text: str, etype: str, source: str | None,
                           target: str | None) -> None:
    analysis = analyze(text)
    got = [(e.type, e.modality, _names(analysis, e.source), _names(analysis, e.target)) for e in analysis.events]
    assert any(e.type == etype and (e.polarity, e.modality) == ("asserted", "actual")
               and _has(analysis, e.source, source) and _has(analysis, e.target, target)
               for e in analysis.events), got


NOT_CODED = [
    ("The ministry coordinated the relief effort after the storm.", "COOPERATE"),  # no one worked with
    ("The plant delivered its first tanks last spring.", "AID"),  # no recipient: maybe a sale
    ("The editors removed the article after readers complained.", "COERCE"),  # an outlet's own edit
    ("The magazine deleted the photo from its website.", "COERCE"),
    ("Ankara canceled an increase in tariffs on Greek olives.", "SANCTION"),  # called off: no duties laid
    ("The committee held the debate in the old chamber.", "COERCE"),  # holding what is no one
    ("A storm cut power to the port city overnight.", "SANCTION"),  # no one's act
    ("Few ministers dared to question the budget.", "THREATEN"),  # daring to, with no one dared
    ("Seoul's reluctance to roll back tariffs on Thai rice worried traders.", "RETREAT"),  # not done
    ("The cargo plane touched down in Dakar at noon.", "CONSULT"),  # a plane is no visitor
    ("Hackers hacked into the ministry's mail server.", "ASSAULT"),  # a cyber attack, not a killing
]


@pytest.mark.parametrize(("text", "etype"), NOT_CODED, ids=[c[0][:40] for c in NOT_CODED])
def test_lookalikes_are_not_coded(analyze: Callable[..., Analysis], text: str, etype: str) -> None:
    assert not [e for e in analyze(text).events if e.type == etype]


def test_onlookers_of_a_meeting_did_not_hold_it(analyze: Callable[..., Analysis]) -> None:
    # protesters who gathered while a meeting went on did not take part in it
    analysis = analyze("Protesters gathered during a meeting with the Cuban envoy.")
    meetings = [e for e in analysis.events if e.type == "CONSULT"]
    assert all(not _has(analysis, e.source, "Protesters") for e in meetings), meetings
