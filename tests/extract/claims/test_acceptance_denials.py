"""Acceptance denied and given in other words (extract/claims/acceptance.py): "signed", consent phrases,
indefinite things ("we signed nothing", "has not agreed to anything"), denials with no accepter of their own
("nothing had been signed", "there is no agreement on ...", "no deal was reached") answering the claim before.
Sentences written for these tests."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from newsledger import Analysis

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/ is not a package
from claim_views import actual_acceptances as _acceptances
from claim_views import entity_name as _name


def _conflicts(analysis: Analysis) -> list[str]:
    return [c.kind for c in analysis.conflicts]


@pytest.mark.parametrize(("text", "agent", "claimant", "about", "evidence"), [
    # a negative pronoun as the thing: the proposal named before, denied
    ("Chile's labour ministry said Codelco had accepted the bonus offer. \"Codelco has agreed to nothing,\" the "
     "company's spokeswoman Rosa Pinto said.", "Codelco", "Rosa Pinto", "bonus offer", "agreed to nothing"),
    ("Ghana's cabinet said Togo had endorsed the river-sharing plan. \"Togo has not agreed to anything,\" Togolese "
     "minister Kofi Mensah said on Friday.", "Togo", "Kofi Mensah", "river-sharing plan", "agreed to anything"),
    # "sign" with a thing of the acceptance vocabulary, and an agentless passive denial
    ("Kenya's interior ministry said the nurses' union had signed the wage deal. Nothing had been signed, union "
     "secretary Joseph Otieno said.", "nurses' union", "Joseph Otieno", "wage deal", "Nothing had been signed"),
    # an accord denied as a whole answers the acceptance before
    ("Brazil's foreign ministry said Argentina had approved the tariff proposal. \"There was no agreement on "
     "tariffs,\" Argentine minister Pablo Ruiz said.", "Argentina", "Pablo Ruiz", "tariff proposal",
     "There was no agreement"),
    # an accord noun denied by its own "no" in a passive, read once (not twice, which would assert it)
    ("Peru's trade ministry said Ecuador had accepted the fishing quota plan. Ecuador's officials would study the "
     "text, but no deal had been reached, Ecuadorian minister Lucia Andrade said.", "Ecuador", "Lucia Andrade",
     "fishing quota plan", "no deal had been reached"),
    ("Kazakhstan said Kyrgyzstan had agreed to the water-sharing timetable. No commitment was made in Almaty, "
     "Kyrgyz envoy Bakyt Osmonov said on Monday.", "Kyrgyzstan", "Bakyt Osmonov", "water-sharing timetable",
     "No commitment was made"),
    ("Vietnam said Laos had signed up to the dam timetable. \"There is no agreement to delay the dam,\" Lao "
     "official Somphone Keo told reporters.", "Laos", "Somphone Keo", "dam timetable", "There is no agreement"),
])
def test_denial_answers_the_acceptance_before(analyze: Callable[..., Analysis], text: str, agent: str,
                                              claimant: str, about: str, evidence: str) -> None:
    analysis = analyze(text)
    denied = _acceptances(analysis, "negated")
    assert denied, [c.to_dict() for c in analysis.claims]
    claim = denied[0]
    assert agent in (_name(analysis, claim.argument("agent")) or "")
    assert claimant in (_name(analysis, claim.claimant) or "")
    assert claim.about is not None and about in claim.about.text
    assert evidence in claim.evidence.text
    assert "acceptance" in _conflicts(analysis)


def test_consent_phrase_green_light(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze("Morocco's ministry said Algeria had given the green light to the pipeline plan. \"Algeria "
                       "rejected the plan outright,\" Algerian spokesman Karim Bouzid said.")
    given = _acceptances(analysis, "asserted")
    assert given and _name(analysis, given[0].argument("agent")) == "Algeria"
    assert "green light" in given[0].evidence.text
    assert "acceptance" in _conflicts(analysis)


def test_light_alone_is_no_consent(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze("Italy gave the light to the pipeline plan, the ministry said.")
    assert not _acceptances(analysis, "asserted")


def test_signed_takes_only_a_proposal(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze("Ecuador's president signed the budget bill on Monday, his office said.")
    assert not _acceptances(analysis, "asserted") and not _acceptances(analysis, "negated")


def test_we_is_the_speakers_organisation(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze("Chile's labour ministry said the miners' union had accepted the bonus offer. \"We have "
                       "agreed to nothing,\" the union's leader, Rosa Pinto, said.")
    denied = _acceptances(analysis, "negated")
    assert denied and _name(analysis, denied[0].argument("agent")) == "miners' union"
    assert "acceptance" in _conflicts(analysis)


def test_narrators_no_deal_makes_no_claim(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze("Serbia's government said Kosovo had accepted the licence-plate proposal. No deal was "
                       "reached on Tuesday.")
    assert not _acceptances(analysis, "negated")
    assert "acceptance" not in _conflicts(analysis)


def test_agentless_affirmation_makes_no_claim(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze("Fiji's cabinet said Tonga had rejected the fisheries plan. \"The plan was approved last "
                       "week,\" Samoan official Tui Lemalu said.")
    assert not _acceptances(analysis, "asserted")


def test_without_a_claim_before_no_denial(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze("\"There is no agreement on the border,\" Armenian minister Ara Petrosyan said.")
    assert not _acceptances(analysis, "negated")
