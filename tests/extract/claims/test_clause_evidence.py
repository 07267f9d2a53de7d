"""The evidence of an event claim is the clause that tells it (extract/claims/context.py ``clause_span``): a
thing denied with a negative determiner ("no inspector was sent to the depot on Friday") and a coded event told
by its verb ("the patrol boat was rammed off the cape") keep where and when, not only the noun and the verb; a
following clause of its own is cut. Texts written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from newsledger import Analysis
from newsledger.pipeline import analyze_text

DAY = dt.date(2031, 5, 9)


def _run(text: str) -> Analysis:
    return analyze_text(text, DAY)


def _evidence(a: Analysis, polarity: str) -> list[str]:
    return [c.evidence.text for c in a.claims if c.kind == "event" and c.polarity == polarity]


@pytest.mark.parametrize(("text", "polarity", "words", "not_words"), [
    # a negative determiner on a passive subject: the place and the time it is denied for
    ("Tenants of the Maribel estate said guards broke down their doors on Friday. \"No guard was sent to the "
     "Maribel estate on Friday,\" said Hector Lunde, a spokesman for the housing office.",
     "negated", "No guard was sent to the Maribel estate on Friday", None),
    # "not one" on an active subject, and a second clause after "and" left out
    ("Herders in Ostrava county said rangers seized forty goats last week. The forestry agency said that not one "
     "ranger went to Ostrava county last week, and that its staff were on leave.",
     "negated", "ranger went to Ostrava county last week", "its staff were on leave"),
    # an existential "there was no": the clause runs from "there" over its circumstances
    ("Dockers in Port Selim said soldiers raided the warehouse overnight. \"There was no raid in Port Selim last "
     "night,\" the garrison commander, Colonel Amir Dastan, told reporters.",
     "negated", "There was no raid in Port Selim last night", None),
    # a thing told with its verb by the other side: the whole clause, with the time
    ("\"A grey helicopter circled over the orchards twice on Sunday,\" said Mirela Vos, a farmer in Kelna. The "
     "airbase's commander, Colonel Ivo Brandt, said no helicopter had flown over Kelna since March.",
     "asserted", "A grey helicopter circled over the orchards twice on Sunday", None),
])
def test_thing_claims_keep_their_clause(text: str, polarity: str, words: str, not_words: str | None) -> None:
    found = _evidence(_run(text), polarity)
    assert any(words in e for e in found), found
    if not_words is not None:
        assert not any(not_words in e for e in found), found


@pytest.mark.parametrize(("text", "words", "not_words"), [
    # a coded act told by its passive verb: where it happened comes with it
    ("The coast guard of Veluria said its patrol boat was attacked off Cape Dorn on Tuesday by a gunboat from "
     "Ostmark, and that two sailors were hurt.",
     "was attacked off Cape Dorn on Tuesday", "two sailors were hurt"),
    # an active verb with its object and place, in a quotation
    ("\"Our gunners shelled the depot at Kirov Ridge before dawn,\" said Major Tomas Rell, a spokesman for the "
     "Ostmark army.",
     "shelled the depot at Kirov Ridge before dawn", None),
])
def test_event_claims_keep_their_clause(text: str, words: str, not_words: str | None) -> None:
    a = _run(text)
    found = [c.evidence.text for c in a.claims if c.kind == "event" and c.event is not None]
    assert any(words in e for e in found), found
    if not_words is not None:
        assert not any(not_words in e for e in found), found


def test_event_side_keeps_its_claim_id() -> None:
    """A conflict side that carries an event's own evidence still names the claim told at that event."""
    a = _run("Veluria's navy said Ostmark gunboats shelled the harbour of Tessa on Monday. \"Our gunboats did "
             "not shell Tessa,\" said an Ostmark navy spokesman, Karl Imre.")
    ids = {c.id for c in a.claims}
    for conflict in a.conflicts:
        for side in conflict.sides:
            assert side.claim_id is None or side.claim_id in ids


@pytest.mark.parametrize(("text", "thing"), [
    # a thing denied though nobody in the text tells of it: still the speaker's claim
    ("\"No lorry left the Bramwell depot on Thursday,\" said Oksana Petrak, a spokeswoman for the haulier.",
     "thing:lorry"),
    ("The port authority's director, Samir Haddou, said not one container had been opened at the quay.",
     "thing:container"),
])
def test_lone_denial_is_a_claim(text: str, thing: str) -> None:
    a = _run(text)
    assert any(c.predicate == thing and c.polarity == "negated" for c in a.claims), [
        (c.predicate, c.polarity) for c in a.claims]
    assert not a.conflicts


def test_a_thing_denied_for_two_conjoined_acts_has_both_in_its_evidence() -> None:
    a = _run("The interior ministry said no raid was planned or carried out at the depot.")
    found = [c.evidence.text for c in a.claims if c.predicate == "thing:raid"]
    assert any("carried out at the depot" in ev for ev in found), found


@pytest.mark.parametrize("text", [
    # having or needing no such thing denies no act
    "\"The order has no legal force,\" said Grete Holm, a lawyer for the tenants.",
    "\"We need no permit for a march,\" said Pavel Drozd, an organiser of the rally.",
])
def test_no_thing_held_is_no_denial(text: str) -> None:
    assert not any(c.predicate.startswith("thing:") for c in _run(text).claims)


def test_not_a_subject_denies_the_thing() -> None:
    a = _run("\"Not a sack of flour went missing between the port and the camps,\" said Governor Ilse Varn.")
    assert any(c.predicate == "thing:sack" and c.polarity == "negated" for c in a.claims), [
        (c.predicate, c.polarity) for c in a.claims]


@pytest.mark.parametrize(("text", "thing"), [
    # "not a" before a complement says what something is, not that a thing was absent
    ("\"This is not a blockade,\" said Admiral Petra Lind of the Ostmark navy.", "thing:blockade"),
    ("\"What you saw on the river was not a patrol boat,\" said Captain Jonas Feld.", "thing:boat"),
])
def test_not_a_complement_is_no_thing_denial(text: str, thing: str) -> None:
    found = [c.predicate for c in _run(text).claims if c.predicate.startswith("thing:")]
    assert thing not in found, found


@pytest.mark.parametrize(("text", "words"), [
    # a status given to an act: what qualifies the act comes with it
    ("\"The licence was lawfully issued after a public hearing in May,\" said Ana Ruiz, a spokeswoman for the "
     "mining ministry.", "The licence was lawfully issued after a public hearing in May"),
    # the quotation closes before the speech tag the parse may hang on the quoted verb
    ("\"The tender was lawfully awarded by the regional council last spring,\" the council's lawyer, Marta Lenz, "
     "told the court.", "The tender was lawfully awarded by the regional council last spring"),
])
def test_status_claims_keep_their_clause(text: str, words: str) -> None:
    found = [c.evidence.text for c in _run(text).claims if c.kind == "status"]
    assert words in found, found
