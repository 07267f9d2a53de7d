"""Events told in plain phrasings (issue 15): transfers with an amount, suspensions and cut-offs, visits
told with verbs of motion, strikes and sit-ins called or staged, phrasal killings, deployments told as
building or setting up. Each row: a sentence, the type it must carry as an actual event, and a name
its source and its target must carry (None: not checked)."""

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
    # transfers with an amount
    ("Norway donated 4 million dollars in humanitarian aid to Yemen.", "AID", "Norway", "Yemen"),
    ("The agency handed over 30 tonnes of medicine to the Red Crescent.", "AID", "agency", "Red Crescent"),
    ("Canada gave 12 million euros to Haiti for reconstruction.", "AID", "Canada", "Haiti"),
    # a pledge is a promise (AGREE), coded as one of aid, with its recipient
    ("Australia pledged 15 million dollars in aid to Tonga.", "AGREE", "Australia", "Tonga"),
    # suspensions and cut-offs
    ("Denmark suspended arms exports to Saudi Arabia.", "SANCTION", "Denmark", "Saudi Arabia"),
    ("Moscow cut off gas deliveries to Moldova.", "SANCTION", "Moscow", "Moldova"),
    ("Washington halted fuel shipments to Nicaragua.", "SANCTION", "Washington", "Nicaragua"),
    # visits told with verbs of motion
    ("The Indonesian foreign minister flew to Canberra on Monday.", "CONSULT", "Indonesian", "Canberra"),
    ("The Chilean president landed in Lima for a two-day stay.", "CONSULT", "Chilean", "Lima"),
    ("The Kenyan envoy arrived in Addis Ababa on Sunday.", "CONSULT", "Kenyan", "Addis Ababa"),
    # strikes and sit-ins called or staged (the place is the target: the parties' own nouns are not actors yet)
    ("Teachers staged a sit-in outside the ministry in Nairobi.", "PROTEST", None, "Nairobi"),
    ("Dock workers called a walkout at the port of Antwerp.", "PROTEST", None, None),
    ("Opposition parties called a rally in Dhaka.", "PROTEST", None, None),
    # killings told with phrasal verbs
    ("Gunmen mowed down worshippers in northern Burkina Faso.", "ASSAULT", "Gunmen", None),
    ("Militants gunned down a judge in Peshawar.", "ASSAULT", "Militants", None),
    ("Air defences shot down a drone over Belgorod.", "ASSAULT", None, None),
    # deployments told as building or setting up
    ("The army set up checkpoints along the border with Lebanon.", "MOBILIZE", "army", None),
    ("Chinese troops built new positions near the frontier with India.", "MOBILIZE", "Chinese", None),
    ("The navy established an outpost on the disputed reef.", "MOBILIZE", "navy", None),
]


@pytest.mark.parametrize(("text", "etype", "source", "target"), CODED, ids=[c[0][:40] for c in CODED])
def test_plain_phrasings_are_coded(analyze: Callable[..., Analysis], text: str, etype: str, source: str | None,
                                   target: str | None) -> None:
    analysis = analyze(text)
    got = [(e.type, e.modality, _names(analysis, e.source), _names(analysis, e.target)) for e in analysis.events]
    assert any(e.type == etype and (e.polarity, e.modality) == ("asserted", "actual")
               and _has(analysis, e.source, source) and _has(analysis, e.target, target)
               for e in analysis.events), got


NOT_CODED = [
    ("Two rockets landed in the outskirts of Sderot.", "CONSULT"),  # what lands is fire, not a visitor
    ("Peacekeeping troops arrived in Bangui on Friday.", "CONSULT"),  # troops arriving are no visit
    ("The airliner flew to Doha after the delay.", "CONSULT"),
]


@pytest.mark.parametrize(("text", "etype"), NOT_CODED, ids=[c[0][:40] for c in NOT_CODED])
def test_motion_that_is_not_a_visit(analyze: Callable[..., Analysis], text: str, etype: str) -> None:
    assert not [e for e in analyze(text).events if e.type == etype]
