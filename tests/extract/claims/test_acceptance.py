"""Acceptance claims (extract/claims/acceptance.py): consent nouns, bare verbs, pronoun accepters and things
that refer back to the proposal named before. Sentences written for these tests."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from newsledger import Analysis
from newsledger.models import Claim

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/ is not a package
from claim_views import entity_name as _name


def _acceptances(analysis: Analysis) -> list[Claim]:
    return [c for c in analysis.claims if c.kind == "acceptance" and c.modality == "actual"]


@pytest.mark.parametrize(("text", "polarity", "agent", "claimant", "about"), [
    # a consent noun given or withheld
    ("Peru gave its consent to the water-sharing plan, the Bolivian foreign ministry said.", "asserted", "Peru",
     "Bolivian foreign ministry", "water-sharing plan"),
    ("Chile withheld its approval for the proposal, officials in Lima said.", "negated", "Chile", "officials",
     "proposal"),
    ("Ghana has not given its approval to the merger plan, its trade minister Kofi Mensah said.", "negated",
     "Ghana", "Kofi Mensah", "merger plan"),
    # the thing is the object of the complement: "agreed to extend the moratorium"
    ("Turkey said Greece had agreed to extend the fishing moratorium.", "asserted", "Greece", "Turkey",
     "fishing moratorium"),
    # a phrase of manner between the verb and its thing
    ("The home ministry said the Hill People's Front had agreed in principle to the boundary map.", "asserted",
     "Hill People's Front", "home ministry", "boundary map"),
    # money offered is a thing accepted
    ("The livestock ministry said the Kalahari Herders' Union had accepted a payment of 300 dollars for each "
     "cow.", "asserted", "Kalahari Herders' Union", "livestock ministry", "payment of 300 dollars"),
])
def test_one_sentence_acceptance(analyze: Callable[..., Analysis], text: str, polarity: str, agent: str,
                                 claimant: str, about: str) -> None:
    analysis = analyze(text)
    found = [c for c in _acceptances(analysis) if c.polarity == polarity]
    assert found, [c.to_dict() for c in analysis.claims]
    claim = found[0]
    assert agent in (_name(analysis, claim.argument("agent")) or "")
    assert claimant in (_name(analysis, claim.claimant) or "")
    assert claim.about is not None and about in claim.about.text
    assert analysis.document.text[claim.evidence.start:claim.evidence.end] == claim.evidence.text


def test_pronoun_accepter_and_thing_refer_back(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze("Kenya's foreign ministry said Somalia had accepted the fishing accord. \"They accepted it "
                       "in writing,\" spokesman Ali Omar told reporters.")
    first, second = _acceptances(analysis)[:2]
    assert _name(analysis, second.argument("agent")) == "Somalia"
    assert second.about == first.about
    assert second.evidence.text.startswith("They accepted")


def test_both_sides_stand_for_the_accepters_before(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze("Mediators in Doha said Chad and Niger had agreed to the prisoner swap. \"Both sides gave "
                       "their consent on Monday,\" Qatar's foreign ministry said.")
    consent = [c for c in _acceptances(analysis) if "consent" in c.evidence.text]
    assert {_name(analysis, c.argument("agent")) for c in consent} == {"Chad", "Niger"}
    assert all(c.about is not None and "prisoner swap" in c.about.text for c in consent)
    assert all("Qatar" in (_name(analysis, c.claimant) or "") for c in consent)


def test_bare_verb_takes_the_thing_named_before(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze("Norway's foreign ministry said Iceland and Denmark had agreed to the quota plan. \"Iceland "
                       "agreed too,\" a Danish official told reporters in Copenhagen.")
    bare = [c for c in _acceptances(analysis) if c.evidence.text == "Iceland agreed too"]
    assert bare and bare[0].about is not None and "quota plan" in bare[0].about.text
    assert _name(analysis, bare[0].argument("agent")) == "Iceland"


@pytest.mark.parametrize("text", [
    # a demonstrative
    "Serbia's government said Kosovo had accepted the EU proposal. Kosovo's government said Kosovo never "
    "accepted that offer.",
    # a noun of the same word family as the complement before ("extension" after "extend")
    "Turkey said Greece had agreed to extend the fishing moratorium. A Greek government spokesman said Greece has "
    "not agreed to any extension.",
    # a consent noun whose thing shares a word with the thing before
    "Argentina said Uruguay had signed off on the dredging plan. Uruguay's foreign minister Omar Paganini said "
    "Uruguay has not given its approval to any dredging.",
])
def test_refusal_is_about_the_thing_named_before(analyze: Callable[..., Analysis], text: str) -> None:
    analysis = analyze(text)
    yes = [c for c in _acceptances(analysis) if c.polarity == "asserted"]
    no = [c for c in _acceptances(analysis) if c.polarity == "negated"]
    assert yes and no, [c.to_dict() for c in analysis.claims]
    assert no[0].about == yes[0].about
    assert no[0].argument("agent") == yes[0].argument("agent")


def test_refusal_of_the_same_acceptance_is_a_conflict(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze("Argentina said Uruguay had signed off on the dredging plan. Uruguay's foreign minister "
                       "Omar Paganini said Uruguay has not given its approval to any dredging.")
    assert [c for c in analysis.conflicts if c.kind == "acceptance"]


@pytest.mark.parametrize("text", [
    "\"We agreed,\" the Peruvian minister Ana Cruz said.",  # nothing named to have agreed to
    "Chile gave its consent, officials in Santiago said.",
    "Peru agreed with the assessment, officials in Lima said.",  # agreeing with a view is not accepting a proposal
    "\"They said yes to everything,\" the Bolivian president Luis Arce said.",
    "Bolivia gave its approval to the wedding photographs, officials in La Paz said.",  # not a proposal
    "The talks in Lima ended on Friday. \"They agreed,\" a Chilean diplomat said.",  # "they": no accepter before
])
def test_no_acceptance_claim(analyze: Callable[..., Analysis], text: str) -> None:
    analysis = analyze(text)
    assert _acceptances(analysis) == [], [c.to_dict() for c in _acceptances(analysis)]


def test_a_signature_put_to_a_thing_or_not_is_its_acceptance(analyze: Callable[..., Analysis]) -> None:
    a = analyze("Latvia's education ministry said the teachers' union had agreed to the pay timetable. The union's "
                "chair, Ilze Berzina, said the union had not put its signature to the timetable.")
    assert ("accepted", "negated") in {(c.predicate, c.polarity) for c in a.claims if c.kind == "acceptance"}
    assert [c.kind for c in a.conflicts] == ["acceptance"]
