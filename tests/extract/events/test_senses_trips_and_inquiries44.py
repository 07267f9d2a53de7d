"""Wrong and missed codings read from the judged real news by class (issue 15, h-events44).

Senses: a stock index that rallies moves a price, no one marches; footage "shot" or a mood "captured" is filmed or
told, no one fired on or seized; a named plague that kills is no attacker; "raised alarm at" voices disapproval (not
the dictionary's concession); "legislative attacks" kept up threaten no one. Trips: people travelling together, or
with no place reached, or to see their own kin, visit no counterpart; nor does a website or a "common nuisance"
visited, or a gathering hosted. Welcomes: refugees or a baby welcomed are no visit hosted and no support. Sport: a
meeting won is a game. Stances: denying one's own opposition rejects no one, "his opposition to" is no opposition
party, and a refusal of a course that names no one rejects no one. An invitation to the stage is no offer to meet;
a cost accepted is no agreement; recognising a feeling recognises no state; control of a chamber won coerces no one.
Inquiries: the one whose conduct an inquiry "into whether/how" asks about is its target. A tariff the parser hung on
the participle after it ("a tariff on shrimp being dumped") is still the announcer's. Sentences written for these
tests, other names and places than any gold article."""

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
    ("Senator Ama Owusu's use of a private server led to a police investigation into whether her arrangement had "
     "exposed state secrets.", "ACCUSE", None, "Owusu"),
    ("Interpol opened an inquiry into how Kofi Mensah had moved the money.", "ACCUSE", "Interpol", "Mensah"),
    ("In May, the Canadian trade ministry announced a new 40% tariff on Vietnamese shrimp being dumped onto the "
     "market.", "SANCTION", "Canadian", None),
    ("However, the union raised alarm at the terms of the merger.", "ACCUSE", "union", None),
]

# (text, type): no event of that type.
NOT_CODED = [
    ("The Kospi rallied for a third day while fears about Korean exports grew.", "PROTEST"),
    ("The Nikkei rallied on Tuesday as exporters gained.", "PROTEST"),
    ("The grainy footage, shot by a nurse in a hospital ward in Lagos last week, summed up the anger over pay.",
     "ASSAULT"),
    ("The film captured the growing anger of the dockers in 90 seconds.", "ASSAULT"),
    ("The alarms warn nurses of patient events captured by the monitoring devices.", "ASSAULT"),
    ("In the Middle Ages the Black Death spread across Asia, killing millions of people.", "ASSAULT"),
    ("Olga Petrova and her husband Ivan Petrov had been traveling together, her cousin wrote on Facebook.",
     "CONSULT"),
    ("Marta Silva, a teacher from Porto, was traveling to Lima to see her son, the school said.", "CONSULT"),
    ("Kofi Boateng was traveling to Accra to spend time with his daughter.", "CONSULT"),
    ("Tomas Lindqvist and his partner welcomed a baby daughter in March, his cousin said.", "SUPPORT"),
    ("The Red Cross criticised political resistance to welcoming Afghan refugees to Canada.", "CONSULT"),
    ("Chile have won each of their last nine meetings with Peru in the Andean Cup.", "CONSULT"),
    ("Mr. Okafor later denied his opposition to the pipeline.", "REJECT"),
    ("Insisting it was not staged, Senator Ruiz invited workers to the stage to praise the plan.", "AGREE"),
    ("However, the union raised alarm at the terms of the merger.", "CONCEDE"),
    ("Okoro: Theft, possession of cocaine, visiting a common nuisance, held in jail on $5,000 bond.", "CONSULT"),
    ("She visited the website of Atlas Steel to check the rules.", "CONSULT"),
    ("While Okafor and his neighbours were chatting over tea at a cafe in Leeds, managers from Atlas Steel were "
     "hosting a gathering of their own in London.", "CONSULT"),
    ("Many mayors are willing to accept the tradeoffs of faster growth.", "AGREE"),
    ("As both parties belatedly recognize the anxiety and deep anger of factory workers, the old consensus is "
     "fading.", "SUPPORT"),
    ("Romney attacked Okafor over his refusal to release his tax returns.", "REJECT"),
    ("Ruiz had seized on the tax as a weapon, with ads that helped the Liberals take control of the House.",
     "COERCE"),
    ("The Greens gained control of the Senate last month.", "COERCE"),
    ("Lars Berg, 40, ran a bakery in Oslo. He and his partner had welcomed a second baby girl in March, his uncle "
     "added.", "SUPPORT"),
    ("Ines Duarte, a member of a Lisbon choir, was flying to Rome to visit her son Tiago, the choir said.", "CONSULT"),
    ("Big oil firms will not give up the court fight easily, and Tories in parliament will continue their "
     "legislative attacks.", "THREATEN"),
]


@pytest.mark.parametrize(("text", "etype", "source", "target"), CODED, ids=[c[0][:40] for c in CODED])
def test_coded(analyze: Callable[..., Analysis], text: str, etype: str, source: str | None,
               target: str | None) -> None:
    assert_coded(analyze(text, PUBLISHED), etype, source, target)


@pytest.mark.parametrize(("text", "etype"), NOT_CODED, ids=[c[0][:40] + c[1] for c in NOT_CODED])
def test_not_coded(analyze: Callable[..., Analysis], text: str, etype: str) -> None:
    assert_not_coded(analyze(text, PUBLISHED), etype)


def test_a_persons_opposition_is_no_actor(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze("Mr. Okafor later denied his opposition to the pipeline.", PUBLISHED)
    assert not [e for e in analysis.entities if e.name.lower() == "opposition"], analysis.entities
    assert all(e.sector != "OPP" for e in analysis.entities), analysis.entities
