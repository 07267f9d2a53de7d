"""Events that are conditions, causes, facts granted, plans or courses argued against (issue 15): a negated act
in an "if"/"unless" clause is the condition of another, neither a refusal nor an act denied; blaming a cause ("the
slump in prices") accuses no one, blaming an act "on" someone accuses them, and they are not the ones the act is
aimed at; recognizing that something is so, or talking of something, is no recognition and no talks; money given
to a person or a campaign is a contribution, no aid; a visit or a meeting only planned stays a meeting, planned
(the planner offers nothing to anyone); tariffs raised are imposed; someone warned against an act is threatened,
a warning against something with no one warned is advice; a course argued against ("voted against sending
troops") is not done. Own sentences, made-up names."""

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
    # (sentence, type, source, target, modality)
    ("Kenya blamed the bombing on Somalia.", "ACCUSE", "Kenya", "Somalia", "actual"),
    ("Officials in Lusaka blamed the ambush on Angolan rebels.", "ACCUSE", None, "Angolan", "actual"),
    ("The Ghanaian minister blamed Togo for the border incident.", "ACCUSE", None, "Togo", "actual"),
    ("Chad was blamed by the Sudanese government for the raid.", "ACCUSE", "Sudan", "Chad", "actual"),
    ("The Peruvian leader intends to pay a visit to Brazil in the autumn.", "CONSULT", "Peru", "Brazil",
     "intention"),
    ("Norway intends to meet the Chilean envoy in June.", "CONSULT", "Norway", "Chile", "intention"),
    ("Senegal hopes to hold talks with Mali later this year.", "CONSULT", "Senegal", "Mali", "intention"),
    ("Kenya promised to visit Uganda.", "AGREE", "Kenya", "Uganda", "actual"),
    ("Washington raised tariffs on Mexican steel.", "SANCTION", "Washington", "Mexic", "actual"),
    ("The ministry doubled import duties on Thai rice on Monday.", "SANCTION", None, "Thai", "actual"),
    ("Ottawa will raise tariffs on Chinese cars if the talks fail.", "THREATEN", "Ottawa", "Chin", "actual"),
    ("Japan gave 10 million dollars to the Red Cross.", "AID", "Japan", "Red Cross", "actual"),
    # someone warned against an act is threatened
    ("Ottawa warned Caracas against any military buildup near the border.", "THREATEN", "Ottawa", "Caracas",
     "actual"),
    ("The Lithuanian defence minister warned Minsk against a buildup near the frontier.", "THREATEN", "Lithuan",
     "Minsk", "actual"),
    ("Bhutan recognized Kosovo on Monday.", "SUPPORT", "Bhutan", "Kosovo", "actual"),
    ("The governor talked with Tonga about fishing rights.", "CONSULT", None, "Tonga", "actual"),
]


@pytest.mark.parametrize(("text", "etype", "source", "target", "modality"), CODED, ids=[c[0][:40] for c in CODED])
def test_coded(analyze: Callable[..., Analysis], text: str, etype: str, source: str | None, target: str | None,
               modality: str) -> None:
    analysis = analyze(text)
    got = [(e.type, e.modality, _names(analysis, e.source), _names(analysis, e.target)) for e in analysis.events]
    assert any(e.type == etype and (e.polarity, e.modality) == ("asserted", modality)
               and _has(analysis, e.source, source) and _has(analysis, e.target, target)
               for e in analysis.events), got


NOT_CODED = [
    # a negated act as the condition of another
    ("Nairobi will recall its ambassador unless there is no agreement with Kampala.", ("REJECT", "AGREE")),
    ("Lagos will cut oil exports to Accra unless no accord is signed with Ghana.", ("REJECT", "SUPPORT")),
    ("If the envoys do not meet by Friday, the truce ends.", ("REJECT", "CONSULT")),
    # a cause blamed, no one accused; the act blamed on someone is not an act aimed at them
    ("The premier blamed the slide in copper prices.", ("ACCUSE",)),
    ("The finance minister blamed the losses on the weather.", ("ACCUSE",)),
    ("Analysts blamed the weak harvest for the drop in exports.", ("ACCUSE",)),
    # a fact granted is no recognition
    ("The envoy said neighbours must recognise that the old border pact has lapsed.", ("SUPPORT",)),
    ("Ministers must recognise that the treaty has failed.", ("SUPPORT",)),
    # talking of something is speech, no talks
    ("The general was talking warmly of his visit.", ("CONSULT",)),
    ("She spoke proudly of her two sons.", ("CONSULT",)),
    # a planned meeting is no offer
    ("The Peruvian leader intends to pay a visit to Brazil in the autumn.", ("AGREE",)),
    # money given to a person or a campaign is a contribution, no aid
    ("A Bolivian businessman donated to Senator Maria Alvarez.", ("AID",)),
    ("Three of the firms donated to the Ortega campaign in March.", ("AID",)),
    # a warning against something with no one warned is advice
    ("Economists warned against complacency.", ("THREATEN",)),
    ("The report warned against complacency about inflation.", ("THREATEN",)),
    # prices rising are no tariffs
    ("Prices of Chilean wine increased sharply.", ("SANCTION",)),
]


BLAMED = [
    ("Kenya blamed the bombing on Somalia.", "Somalia"),
    ("Officials in Lusaka blamed the ambush on Angolan rebels.", "Angola"),
]


@pytest.mark.parametrize(("text", "blamed"), BLAMED, ids=[c[0][:40] for c in BLAMED])
def test_the_one_blamed_is_not_the_one_attacked(analyze: Callable[..., Analysis], text: str, blamed: str) -> None:
    analysis = analyze(text)
    got = [(e.type, _names(analysis, e.source), _names(analysis, e.target)) for e in analysis.events]
    assert any(e.type == "ACCUSE" and _has(analysis, e.target, blamed) for e in analysis.events), got
    assert not any(e.type == "ASSAULT" and e.target is not None and _has(analysis, e.target, blamed)
                   for e in analysis.events), got


@pytest.mark.parametrize(("text", "etypes"), NOT_CODED, ids=[c[0][:40] for c in NOT_CODED])
def test_not_coded(analyze: Callable[..., Analysis], text: str, etypes: tuple[str, ...]) -> None:
    got = [(e.type, e.polarity, e.modality) for e in analyze(text).events]
    assert not [g for g in got if g[0] in etypes], got


NOT_ACTUAL = [
    # a course argued against ("against" with a gerund) is not done
    ("The Lithuanian defence minister warned Minsk against holding snap drills near the frontier.", "MOBILIZE"),
    ("The senate voted against sending troops to Mali.", "MOBILIZE"),
    ("Two think tanks cautioned against imposing sanctions on Caracas.", "SANCTION"),
]


@pytest.mark.parametrize(("text", "etype"), NOT_ACTUAL, ids=[c[0][:40] for c in NOT_ACTUAL])
def test_a_course_argued_against_is_not_done(analyze: Callable[..., Analysis], text: str, etype: str) -> None:
    got = [(e.type, e.polarity, e.modality) for e in analyze(text).events]
    assert not [g for g in got if g == (etype, "asserted", "actual")], got
