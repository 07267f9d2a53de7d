"""Classes read from the hand verdicts on real news (issue 15, h-events38): a person's or a campaign's rally or march
is campaigning, no protest; a meeting with one's own supporters is no talks; what a kind of actor "can" do is a rule;
what befalls "you" in the writer's conditional is told of no one; a person's promise made to no one; backing off a
plan is a step back, no support; figures released are no release; a neutral role meant in talks tells no talks; acts
put in the past are a record; people let in are no agreement; boos are disapproval; a headline's event
told again, more fully, in the body is the body's. Sentences written for these tests, other names and places than
any gold article."""

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
    # a rally aimed at someone, or a crowd's march, stays a protest
    ("Thousands rallied against the government in Bogota on Sunday.", "PROTEST", None, None),
    ("Farmers marched to the parliament in Warsaw to protest the new tax.", "PROTEST", "Farmers", None),
    ("Opposition supporters held a rally against the junta in Minsk on Sunday.", "PROTEST", None, None),
    # backing off a plan is a step back
    ("Under pressure from farmers, Rome backed off and scrapped the fuel tax.", "RETREAT", "Rome", None),
    ("Madrid backed away from the plan after protests by miners.", "RETREAT", "Madrid", None),
    # a state's promise, or one made to someone, stays
    ("Chile's promise to reopen the border pleased Peru.", "AGREE", "Chile", None),
    ("Senator Lamb's promise to Peru angered Chile.", "AGREE", "Lamb", "Peru"),
    ("Senator Lamb made a promise to Peru.", "AGREE", "Lamb", "Peru"),
    # a meeting with a party stays
    ("Governor Lamb held a meeting with Peruvian diplomats at his ranch.", "CONSULT", "Lamb", None),
    # talks someone had a part in are told
    ("Norway was instrumental in the talks between Chile and Peru last year.", "CONSULT", "Chile", "Peru"),
    # a proposal accepted stays
    ("Chile will accept the proposal from Peru.", "AGREE", "Chile", None),
    # a dated past stays
    ("Chile accused Peru of spying in the past week.", "ACCUSE", "Chile", "Peru"),
    # boos drawn are disapproval voiced at the one who drew them
    ("Lamb's answer received scattered boos.", "ACCUSE", None, "Lamb"),
    ("The crowd booed as Senator Ruiz spoke, and his reply drew jeers from the hall.", "ACCUSE", None, None),
    # what a named actor can do is told of it
    ("Chile can't cooperate with Peru on the dam, the minister said.", "COOPERATE", "Chile", None),
]

# (text, type): no event of that type is told.
NOT_CODED = [
    # campaign rallies and marches
    ("Senator Morales is holding rallies on Friday in Valencia and Malaga.", "PROTEST"),
    ("Governor Lindqvist will hold a rally in Uppsala on Saturday.", "PROTEST"),
    ("Hours after a video showed a supporter at a Lamb rally shoving a heckler, Mr. Lamb gave a speech in Ohio.",
     "PROTEST"),
    ("Senator Lamb faced questions about his temper, his crude words on migrants and the recent brawls at his "
     "campaign rallies, yet he mostly discussed taxes.", "PROTEST"),
    ("Senator Lamb's opponents hoped the debate would halt his march to the nomination.", "PROTEST"),
    # backing off is no support
    ("Under pressure from farmers, Rome backed off and scrapped the fuel tax.", "SUPPORT"),
    ("Madrid backed away from the plan after protests by miners.", "SUPPORT"),
    # figures released
    ("New numbers released Monday by the statistics bureau showed a surge in turnout.", "RETREAT"),
    # a meeting with one's supporters
    ("Governor Lamb did not offer specific criticisms during a meeting with Peruvian supporters at his ranch.",
     "CONSULT"),
    # what a kind of actor can or cannot do
    ("Political committees can raise money for a candidate but can't coordinate with the candidate's campaign.",
     "COOPERATE"),
    ("Super PACs may raise and spend cash to boost a nominee, but can't coordinate with the nominee's team.",
     "COOPERATE"),
    # the writer's generic reader
    ("If you doubt the ministry, the Daily Post will brand you a traitor and Channel 5 will accuse you of panic.",
     "THREATEN"),
    ("If you doubt the ministry, the Daily Post will brand you a traitor and Channel 5 will accuse you of panic.",
     "ACCUSE"),
    # a role meant in talks tells no talks
    ("Critics pressed him on his remark that he would be a neutral guy in negotiating the dispute between Chile "
     "and Peru.", "CONSULT"),
    ("His vow to stay neutral in negotiations between Chile and Peru worried Lima.", "CONSULT"),
    ("The worry goes beyond his pledge to remain neutral during any peace talks between Chile and Peru.", "CONSULT"),
    # acts put in an undated past
    ("Chile has in the past accused Peru of spying.", "ACCUSE"),
    ("In the past, Chile has accused Peru of spying.", "ACCUSE"),
    # people let in are no agreement
    ("The rivals' estimates of the number of migrants Kagame will accept vary from 5,000 to 9,000.", "AGREE"),
    ("Chile will accept 800 refugees from Syria this year.", "AGREE"),
    # a promise with nothing promised
    ("The senator from Ohio repeated his promises.", "AGREE"),
    ("Mr. Lamb spoke on Monday. Lamb's promises.", "AGREE"),
    ("Senator Lamb has gained ground with his promise to build a new port.", "AGREE"),
]


@pytest.mark.parametrize(("text", "etype", "source", "target"), CODED, ids=[c[0][:40] for c in CODED])
def test_coded(analyze: Callable[..., Analysis], text: str, etype: str, source: str | None,
               target: str | None) -> None:
    assert_coded(analyze(text, PUBLISHED), etype, source, target)


@pytest.mark.parametrize(("text", "etype"), NOT_CODED, ids=[c[0][:40] + c[1] for c in NOT_CODED])
def test_not_coded(analyze: Callable[..., Analysis], text: str, etype: str) -> None:
    assert_not_coded(analyze(text, PUBLISHED), etype)


# (text, type, evidence): a headline's event that the body tells again with more of its parties is the body's; one
# the body does not tell better stays.
HEADLINES = [
    ("Presidential hopefuls promise they will stand by Peru.\n\nFacing a packed hall in Santiago, Senator Lamb "
     "delivered a long speech to a wary audience of the Chile-Peru Friendship Council. Lamb pledged to defend Peru "
     "against any attack.", "AGREE", ["pledged"]),
    ("Officials accuse Lima of meddling in the vote.\n\nThe government of Chile on Friday formally accused Peru of "
     "meddling in its elections, among other things by breaking into the servers of the ruling party.",
     "ACCUSE", ["accuse", "accused"]),
]


@pytest.mark.parametrize(("text", "etype", "evidence"), HEADLINES, ids=[c[0][:40] for c in HEADLINES])
def test_headline_repeats(analyze: Callable[..., Analysis], text: str, etype: str, evidence: list[str]) -> None:
    a = analyze(text, PUBLISHED)
    assert [e.evidence.text for e in a.events if e.type == etype] == evidence
    assert [e.id for e in a.events] == [f"v{n}" for n in range(1, len(a.events) + 1)]
