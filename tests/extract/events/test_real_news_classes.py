"""Classes read from the hand verdicts on real news (issue 15, h-events20): a launch into open water is a show of
force; a participle with its "by" agent that the parser hung as a clause of its own is passive; "as if" clauses
under a negation are denied; a measure broken is no measure taken; the object's part ("some of the sanctions")
names the event; a trip at home is no visit; "meeting a requirement" is no meeting; a speaker's own question does
not tell who would act; legal measures dropped; a hope voiced for another's act; the possessor of a release; a
meeting named as a venue; activities named as goals; support won from the public; the economy supported; begging; a
definite act told with its place; a thing referred back to; anger voiced or drawn; what someone called a thing;
warnings, demands in the bare form, names of blame, aid received, appositions, stances told by participles;
accusations told by a participle with their charge; demands told by a noun with a bare-form clause. Sentences
written for these tests, other names and places than any gold article."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from newsledger import Analysis

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/ is not a package
from event_participants import assert_coded, assert_not_coded
from event_participants import has as _has

PUBLISHED = "2022-05-04"

# (text, type, source, target): an event of that type with those parties (None: not checked).
CODED = [
    # a launch into open water: a show of force, not an attack
    ("Norway fired two cruise missiles into the sea on Tuesday.", "MOBILIZE", "Norway", None),
    ("Pakistan launched a ballistic missile into the ocean off its coast.", "MOBILIZE", "Pakistan", None),
    ("Norway launched a weather rocket from its Arctic range on Sunday.", "MOBILIZE", "Norway", None),
    # a participle with its agent, parsed as a clause of its own: the agent acts on the noun before it
    ("President Ortega agonized over aid workers held hostage by Chile for 90 days.", "COERCE", "Chile", None),
    ("The minister said the Peruvians released by Norway were close to finishing their terms.", "RETREAT", "Norway",
     "Peru"),
    # the part of an event noun that a verb acts on
    ("The European Union, which in May imposed some of the toughest sanctions ever against Peru, met again.",
     "SANCTION", "European Union", "Peru"),
    ("Chile carried out several of the raids on the Bolivian border posts.", "COERCE", "Chile", None),
    # a visit abroad stays a visit
    ("President Macron flew to Berlin on Monday.", "CONSULT", "Macron", "Berlin"),
    # legal measures dropped: an easing, not a withdrawal of forces
    ("Chile dropped the charges against the Peruvian crew.", "CONCEDE", "Chile", "Peru"),
    ("Chile's government dropped the warrants it had issued for 12 Bolivian truckers.", "CONCEDE", "Chile", None),
    # a hope voiced for another's act asks it of them
    ("Chancellor Weber hopes that Poland will join the talks next month.", "REQUEST", "Weber", "Poland"),
    # the possessor of a release undergoes it; with an "of" phrase the possessor releases
    ("President Lund traded arms with Syria to secure the Danish hostages' release.", "RETREAT", None, "Danish"),
    ("Norway's release of the Danish sailors angered Sweden.", "RETREAT", "Norway", None),
    # support won from a country is an act; an activity that is told as done stays
    ("Meanwhile, banning most rallies in Lima has closed off a peaceful avenue for dissent.", "COERCE", None, None),
    # a thing referred back to is the one whose it was where the text named its owner
    ("Pakistan's latest missile test drew protests. President Lund condemned Friday's test as reckless.", "ACCUSE",
     "Lund", "Pakistan"),
    ("Chile's decision to close the border angered Peru. Bolivia criticized the decision on Monday.", "ACCUSE",
     "Bolivia", "Chile"),
    # anger voiced at someone, or drawn from them; support won from a country
    ("Governments around the world almost universally expressed outrage at Chile's missile test.", "ACCUSE", None,
     "Chile"),
    ("Peru voiced anger over the Chilean decision.", "ACCUSE", "Peru", "Chile"),
    ("Senator Ruiz's remarks drew the ire of Peru.", "ACCUSE", "Peru", "Ruiz"),
    ("Chile has won the support of France for its bid.", "SUPPORT", "France", "Chile"),
    # what someone called a thing: the thing (its owner) is the target, not the one who named it
    ("Other leaders used blunt language to denounce what Chilean President Boric called Peru's reckless actions.",
     "ACCUSE", None, "Peru"),
    ("Chile condemned what it called Peru's aggression.", "ACCUSE", "Chile", "Peru"),
    # names of blame, warnings to act, reliance voiced, envoys ejected, aid told from the side that gets it
    ("Japan branded Peru a serious threat to regional peace.", "ACCUSE", "Japan", "Peru"),
    ("Norway warned Chile to refrain from further provocations.", "REQUEST", "Norway", "Chile"),
    ('"I count on NATO to remain united," Duda said.', "REQUEST", "Duda", "NATO"),
    ("Norway could also eject the Chilean ambassador.", "SANCTION", "Norway", None),
    ("The two airlines will receive emergency credit from the government of Norway.", "AID", "Norway", None),
    # a bare-form clause under a verb of insisting is a demand on its subject
    ("Russia insisted that Peru refrain from further tests.", "REQUEST", "Russia", "Peru"),
    # a name described in apposition, parsed as a conjunct, is one party
    ("Chile, the main trading partner of Peru and a friend for decades, warned Peru to halt any more tests.",
     "REQUEST", "Chile", "Peru"),
    # a stance told by a participle: the subject holds it
    ("Peru's rocket launch worried the region. Chile said it was resolutely opposed to the launch.", "ACCUSE",
     "Chile", "Peru"),
    # a participle of accusing with its agent and its charge tells the accusation
    ("A banker living in Lima, accused by the Chilean government of organising the riots in May, has vanished.",
     "ACCUSE", "Chile", None),
    # a demand told by a noun with its content clause in the bare form: made on the clause's subject
    ("Erdogan reiterated his request that Norway extradite the cleric.", "REQUEST", "Erdogan", "Norway"),
    ("Chile renewed its demand that Peru withdraw its troops from the border.", "REQUEST", "Chile", "Peru"),
    # begging is asking
    ("President Lund implored Chile to stop the raids.", "REQUEST", "Lund", "Chile"),
    ("The envoy begged Peru to reopen the border.", "REQUEST", None, "Peru"),
    # a definite act told with the place it happened
    ("The bombings in Lima changed the debate about migrants in Chile.", "ASSAULT", None, None),
    ("Since the riots in Oslo, the government of Norway has banned rallies.", "PROTEST", None, None),
]

# (text, type): no event of that type is told.
NOT_CODED = [
    ("Norway fired two cruise missiles into the sea on Tuesday.", "ASSAULT"),
    ("Pakistan launched a ballistic missile into the ocean off its coast.", "ASSAULT"),
    # a measure broken, not imposed
    ("Two traders were charged with violating sanctions against Peru.", "SANCTION"),
    ("Chile freed five men convicted of evading the embargo on Cuba.", "SANCTION"),
    # a requirement met
    ("The plant raised its output to meet the requirements of the loan.", "CONSULT"),
    ("Bolivia failed to meet the deadline set by its creditors.", "CONSULT"),
    # a trip at home
    ("When President Macron flew to Lyon, France, for a speech last week, he spoke about farming.", "CONSULT"),
    # legal measures dropped are no withdrawal
    ("Chile's government dropped the warrants it had issued for 12 Bolivian truckers.", "RETREAT"),
    # a meeting named as where someone spoke
    ("Garcia, the adviser on security, said at a Reuters energy summit Thursday.", "CONSULT"),
    ("The minister spoke at an OPEC energy conference in Vienna.", "CONSULT"),
    # an activity named as a goal, or in a general present
    ("Getting the hostages home, the minister vowed, would come before anything else.", "RETREAT"),
    ("Visiting families of detainees has an impact, the minister said.", "CONSULT"),
    # support drawn from the public; the economy supported
    ("Lula gained the backing of millions of voters with his promise of cheaper food.", "SUPPORT"),
    ("The mines will be fewer, but they will support decent wages for Bolivians, Mamani said.", "AGREE"),
    ("The mines will be fewer, but they will support decent wages for Bolivians, Mamani said.", "SUPPORT"),
    # a hoped-for act is no promise
    ("Clement, the industry minister, is hoping that the union will support the plan.", "AGREE"),
    # anger felt, not voiced or drawn
    ("Anger in Lima grew after the vote.", "ACCUSE"),
    # an act with a place but told in general
    ("Protests in Chile are common.", "PROTEST"),
    # a participle that describes its noun is no act told
    ("A militia backed by Peru took the town.", "SUPPORT"),
    # a forecast or a danger named is no request
    ("Norway warned that Chile's economy would slow.", "REQUEST"),
    ("Russia insisted that Peru was right.", "REQUEST"),
    # a condition met
    ("The deal came the same week that Peru met the terms of the accord.", "CONSULT"),
]

# (text, type, source): the speaker's question leaves who would act open; the source must not be this one.
NOT_THE_SOURCE = [
    ("Chile, the main trading partner of Peru and a friend for decades, warned Peru to halt any more tests.",
     "REQUEST", "Peru"),
    ("Peru's rocket launch worried the region. Chile said it was resolutely opposed to the launch.", "ACCUSE",
     "Peru"),
    ('"Without rolling back some of the duties, then I would ask what the incentive is," Li Wen said.', "RETREAT",
     "Li Wen"),
    ("The ministers said the Peruvians released by Norway were close to finishing their terms.", "RETREAT", "Peru"),
    ("President Ortega agonized over aid workers held hostage by Chile for 90 days.", "COERCE", "Ortega"),
]

# (text, type, target): the one who named the thing is not the target.
NOT_THE_TARGET = [
    ("Other leaders used blunt language to denounce what Chilean President Boric called Peru's reckless actions.",
     "ACCUSE", "Boric"),
    ("Chile condemned what Senator Ruiz called Peru's aggression.", "ACCUSE", "Ruiz"),
]

# (text, type, modality): a wished or forecast act keeps its own factuality.
MODALITY = [
    ("Clement, the industry minister, expects that the union will support the plan.", "SUPPORT", "hypothetical"),
    ("Analysts expect that Chile will attack the border posts.", "ASSAULT", "hypothetical"),
    ("Chile insisted that Peru withdraw its troops.", "RETREAT", "hypothetical"),
    ("The two airlines will receive emergency credit from the government of Norway.", "AID", "future"),
    ("Chile renewed its demand that Peru withdraw its troops from the border.", "RETREAT", "hypothetical"),
]

# (text, type, polarity, modality)
FACTUALITY = [
    ("It is not as though we accuse Madrid of doing it.", "ACCUSE", "negated", None),
    ("It's not as though Chile accused Peru of lying.", "ACCUSE", "negated", None),
    ("The minister spoke as if Peru had attacked the embassy.", "ASSAULT", "asserted", "hypothetical"),
]


@pytest.mark.parametrize(("text", "etype", "source", "target"), CODED, ids=[c[0][:40] for c in CODED])
def test_coded(analyze: Callable[..., Analysis], text: str, etype: str, source: str | None,
               target: str | None) -> None:
    assert_coded(analyze(text, PUBLISHED), etype, source, target)


@pytest.mark.parametrize(("text", "etype"), NOT_CODED, ids=[c[0][:40] + c[1] for c in NOT_CODED])
def test_not_coded(analyze: Callable[..., Analysis], text: str, etype: str) -> None:
    assert_not_coded(analyze(text, PUBLISHED), etype)


@pytest.mark.parametrize(("text", "etype", "source"), NOT_THE_SOURCE, ids=[c[0][:40] for c in NOT_THE_SOURCE])
def test_not_the_source(analyze: Callable[..., Analysis], text: str, etype: str, source: str) -> None:
    a = analyze(text, PUBLISHED)
    assert not [e for e in a.events if e.type == etype and e.source is not None and _has(a, e.source, source)]


@pytest.mark.parametrize(("text", "etype", "polarity", "modality"), FACTUALITY, ids=[c[0][:40] for c in FACTUALITY])
def test_factuality(analyze: Callable[..., Analysis], text: str, etype: str, polarity: str,
                    modality: str | None) -> None:
    a = analyze(text, PUBLISHED)
    found = [e for e in a.events if e.type == etype]
    assert found, [(e.type, e.evidence.text) for e in a.events]
    assert all(e.polarity == polarity for e in found)
    if modality is not None:
        assert all(e.modality == modality for e in found)


@pytest.mark.parametrize(("text", "etype", "modality"), MODALITY, ids=[c[0][:40] for c in MODALITY])
def test_modality(analyze: Callable[..., Analysis], text: str, etype: str, modality: str) -> None:
    a = analyze(text, PUBLISHED)
    found = [e for e in a.events if e.type == etype]
    assert found, [(e.type, e.evidence.text) for e in a.events]
    assert all(e.modality == modality for e in found)


@pytest.mark.parametrize(("text", "etype", "target"), NOT_THE_TARGET, ids=[c[0][:40] for c in NOT_THE_TARGET])
def test_not_the_target(analyze: Callable[..., Analysis], text: str, etype: str, target: str) -> None:
    a = analyze(text, PUBLISHED)
    found = [e for e in a.events if e.type == etype]
    assert found, [(e.type, e.evidence.text) for e in a.events]
    assert not [e for e in found if e.target is not None and _has(a, e.target, target)]
