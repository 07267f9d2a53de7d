"""Events an analyst would sign (issue 15, stop 26): speech and questions are no requests, words with another
sense are no events, verbal attacks are criticism, and participants found in relative clauses, possessives,
participles and attitude nouns. Several wordings each, written for these tests (none from a gold set)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from newsledger import Analysis

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/ is not a package
from event_participants import has as _has


def _coded(analysis: Analysis) -> list[tuple[str, str, str]]:
    return [(e.type, e.evidence.text, e.modality) for e in analysis.events]


# The type must not be coded: a question, a forecast, a show of unity, an admission, "no comment", a turn of
# speech, an audience, a predicate noun, the CAMEO dictionary's other senses, an offer of advice, an image
# defended, lives destroyed, talk about something, a poll, an interview released.
NOT_CODED = [
    ("The senator was asked about the budget vote on Tuesday.", "REQUEST"),
    ("Asked whether he would resign, the mayor of Lyon smiled.", "REQUEST"),
    ("The chancellor was pressed by the interviewer about the pension reform.", "REQUEST"),
    ("Scholz said he expects Sanchez and Costa to display their solidarity in Lisbon.", "REQUEST"),
    ("Macron and Scholz demonstrated their resolve in Brussels.", "PROTEST"),
    ("Seoul has demonstrated that it can live with the export controls.", "PROTEST"),
    ("“It’s striking that so few ministers have resigned,” the analyst said.", "ASSAULT"),
    ("It is striking that nobody in Lagos has been charged.", "ASSAULT"),
    ("Italy conceded that the deficit would rise next year.", "CONCEDE"),
    ("The ministry declined to comment on the report.", "REJECT"),
    ("The governor refused to elaborate on the dispute.", "REJECT"),
    ('"We will win, I promise you," the coach said.', "AGREE"),
    ("The president told the union meeting in Lyon that jobs would return.", "CONSULT"),
    ("Sanchez addressed the summit in Madrid.", "CONSULT"),
    ("The strikes are a grave threat to the junta.", "THREATEN"),
    ("Falling prices boosted the prospects of the ruling party.", "AID"),
    ("Voters fear the treaty means war.", "THREATEN"),
    ("After launching her bid for mayor, the councillor toured the city.", "SANCTION"),
    ("Paris offered advice to the Malian junta.", "AGREE"),
    ("The company moved to defend its reputation abroad.", "SUPPORT"),
    ("The scandal destroyed his career, friends said.", "ASSAULT"),
    ("The governor was talking about the weather.", "CONSULT"),
    ("Only 28 percent agreed with the chancellor that taxes should rise.", "AGREE"),
    ("The station released the interview on Monday.", "RETREAT"),
    ("Attacking the incumbent would backfire, the adviser warned.", "ASSAULT"),
    ("Iran launched a ballistic missile on Sunday.", "ASSAULT"),
    ("The agency launched a weather satellite into orbit.", "ASSAULT"),
    ("Two diplomats were accused of criminal activities that threatened the country's security.", "THREATEN"),
    ("The critical infrastructure of Ukraine was hit by storms.", "ACCUSE"),
    ("The court left the decision for parliament.", "CONSULT"),
    ("The company increased its sales force.", "MOBILIZE"),
    ('"If he has ordered the arrests, that is wrong," Olaf Scholz said.', "COERCE"),
    ("The minister spoke on the show ''Meet the Mayor'' on Sunday.", "CONSULT"),
    ('The senator said on "Talk to the Voters" that he would run.', "CONSULT"),
    ('"Attack the convoy," the commander told his men.', "ACCUSE"),
]


@pytest.mark.parametrize(("text", "etype"), NOT_CODED, ids=[c[0][:40] for c in NOT_CODED])
def test_not_coded(analyze: Callable[..., Analysis], text: str, etype: str) -> None:
    analysis = analyze(text)
    assert all(e.type != etype for e in analysis.events), _coded(analysis)


# The same words where they do tell the event: a request with its content, a protest, a refusal, a
# promise of aid, an attack with arms, talks with someone, a rocket fired at a place, a weapons test.
CODED = [
    ("Germany asked France to withdraw its troops from Mali.", "REQUEST"),
    ("Poland pressed Germany to send more tanks.", "REQUEST"),
    ("Thousands demonstrated outside the parliament in Athens.", "PROTEST"),
    ("Students demonstrated against the tuition rise in Santiago.", "PROTEST"),
    ("Turkish drones struck militant positions near Dohuk.", "ASSAULT"),
    ("Hungary refused to sign the declaration.", "REJECT"),
    ("Japan promised to send aid to Manila.", "AGREE"),
    ("Gunmen attacked a police convoy near Kandahar.", "ASSAULT"),
    ("Hamas fired rockets at Ashkelon.", "ASSAULT"),
    ("Israeli warplanes fired a missile targeting a group of youths east of Jabaliya.", "ASSAULT"),
    ("Pakistan carried out a missile test in May.", "MOBILIZE"),
    ("Iran launched a ballistic missile on Sunday.", "MOBILIZE"),
    ("Thousands of people took to the streets in Minsk on Friday.", "PROTEST"),
    ("The minister spoke on Sunday, and the two sides met in Geneva.", "CONSULT"),
    ("Iran threatened to close the strait.", "THREATEN"),
    ("Russia doubled its troops near the border.", "MOBILIZE"),
]


@pytest.mark.parametrize(("text", "etype"), CODED, ids=[c[0][:40] for c in CODED])
def test_coded(analyze: Callable[..., Analysis], text: str, etype: str) -> None:
    analysis = analyze(text)
    assert any(e.type == etype for e in analysis.events), _coded(analysis)


# Type, source and target: a political attack is criticism; an invitation to act is a request, one to
# meet an offer; ending a visit tells the visit; hacking into; praise of someone; the one accused of
# showing support shows it; the owner of a willingness does what it is willing to; the one who endures
# criticism is its target; a trip told by an adjective; "whose" is the noun its clause describes.
ROLES = [
    ("Kamala Harris attacked JD Vance over his remarks on Ukraine.", "ACCUSE", "Harris", "Vance"),
    ("Washington invited Ankara to present a peace plan.", "REQUEST", "Washington", "Ankara"),
    ("Moscow invited Ankara to attend talks in Sochi.", "AGREE", "Moscow", "Ankara"),
    ("Justin Trudeau ended a two-day visit to Mexico on Friday.", "CONSULT", "Trudeau", "Mexico"),
    ("Investigators said Russian hackers had hacked into Bundestag servers.", "COERCE", "russian", "bundestag"),
    ("Olaf Scholz accused Viktor Orban of expressing support for Putin.", "SUPPORT", "Orban", "Putin"),
    ("Bruno Le Maire has signalled a readiness to back Ukraine.", "SUPPORT", "Le Maire", "Ukraine"),
    ("Giorgia Meloni has faced criticism over the deal.", "ACCUSE", None, "Meloni"),
    ("Emmanuel Macron's Chinese trip ended on Friday.", "CONSULT", "Macron", "chinese"),
    ("Kamala Harris, whose criticism of Donald Trump grew louder, spoke in Atlanta.", "ACCUSE", "Harris", "Trump"),
    # Verbal acts told with plain verbs and idioms.
    ("Kamala Harris mocked JD Vance's remarks on Ohio.", "ACCUSE", "Harris", "Vance"),
    ("Rishi Sunak took several swipes at Keir Starmer on Tuesday.", "ACCUSE", "Sunak", "Starmer"),
    ("Angela Merkel threw her weight behind Emmanuel Macron.", "SUPPORT", "Merkel", "Macron"),
    ("The senator questioned Boris Johnson's honesty.", "ACCUSE", None, "Johnson"),
    ("Qatar called for President Assad to resign.", "REQUEST", "Qatar", "Assad"),
    # "he's denied it": a perfect the parser reads as a passive; the one who denies is its subject.
    ("General Haftar was accused of ordering the raids, but he's consistently denied it.", "REJECT", "Haftar", None),
    ("Angela Merkel accused Viktor Orban of expressing support for Moscow.", "SUPPORT", "Orban", "Moscow"),
    # Predicate adjectives, departures, climb-downs.
    ("Marine Le Pen has been critical of Brussels.", "ACCUSE", "Le Pen", "Brussels"),
    ("The Swedish minister left for Beijing on Monday.", "CONSULT", None, "Beijing"),
    ("Warsaw backtracked on the judicial reform.", "CONCEDE", "Warsaw", None),
    # "our soldiers" in a leader's quote: the leader's country, not the leader.
    ('"Our soldiers shelled the rebel base," said Volodymyr Zelensky, the president of Ukraine.', "ASSAULT",
     "Ukraine", None),
]


@pytest.mark.parametrize(("text", "etype", "source", "target"), ROLES, ids=[c[0][:40] for c in ROLES])
def test_roles(analyze: Callable[..., Analysis], text: str, etype: str, source: str | None,
               target: str | None) -> None:
    analysis = analyze(text)
    assert any(e.type == etype and _has(analysis, e.source, source) and _has(analysis, e.target, target)
               for e in analysis.events), _coded(analysis)


# Factuality: a forecast ("is likely to"), a participle as real as its clause ("will be greeted by
# thousands protesting"), a wanted event ("needs a campaign"), a proposal.
FACTUALITY = [
    ("Turkey is likely to send troops to the border.", "MOBILIZE", "hypothetical"),
    ("The minister will face hundreds of farmers protesting outside the ministry.", "PROTEST", "future"),
    ("The general said the army needs a long air campaign against the militants.", "ASSAULT", "hypothetical"),
    ("The senator's proposal to ban refugees drew protests.", "COERCE", "intention"),
]


@pytest.mark.parametrize(("text", "etype", "modality"), FACTUALITY, ids=[c[0][:40] for c in FACTUALITY])
def test_factuality(analyze: Callable[..., Analysis], text: str, etype: str, modality: str) -> None:
    analysis = analyze(text)
    found = [e for e in analysis.events if e.type == etype]
    assert found and all(e.modality == modality for e in found), _coded(analysis)


# The speaker of a quote is not who acts where the quote says "he" or "our presidents".
NOT_THE_SPEAKER = [
    ('"If he bombed those villages, he will answer for it," Olaf Scholz said of the general.', "ASSAULT", "Scholz"),
    ('"Their generals bomb hospitals; our pilots strike only military targets," Senator Lindsey Graham wrote.',
     "ASSAULT", "Graham"),
]


@pytest.mark.parametrize(("text", "etype", "speaker"), NOT_THE_SPEAKER, ids=[c[0][:40] for c in NOT_THE_SPEAKER])
def test_not_the_speaker(analyze: Callable[..., Analysis], text: str, etype: str, speaker: str) -> None:
    analysis = analyze(text)
    coded = [e for e in analysis.events if e.type == etype]
    assert not any(_has(analysis, e.source, speaker) for e in coded if e.source is not None), _coded(analysis)
