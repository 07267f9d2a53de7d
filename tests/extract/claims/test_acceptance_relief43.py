"""Relief from a charge or a date as the thing accepted, stop 43 (``acceptance_objects`` in data/claims.yaml):
"no reduction in the fees had been settled" and "never approved any waiver" deny an acceptance told before by
another side; a thing denied by "no" and a verb outbidding the one it is denied ("no timetable was drafted, much
less approved", ``outbidding_links``) deny its acceptance; so does a thing never weighed by the accepter ("the
cabinet never considered the plan", extract/claims/acceptance_idioms.py). Guards: the same side telling the same
acceptance, an outbidding verb after a thing not denied, a thing not weighed by another country, and "has not
discussed it" (a pronoun that may stand for the claim itself) are no conflict. Sentences written for these tests
(invented names)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from newsledger import Analysis

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/ is not a package
from claim_views import acceptance_conflicts as _conflicts


@pytest.mark.parametrize("text", [
    # a lesser step told, and the relief denied by an agentless passive of "settle"
    ("Kenya's transport ministry said Uganda had agreed to cut its transit fees by a fifth. Uganda's finance "
     "ministry said the two delegations had agreed only to set up a committee to review the fees, and that no "
     "reduction in the fees had been settled."),
    ("Austria's economy ministry said Slovenia had accepted an exemption from the new road toll for Austrian "
     "buses. Slovenian minister Marko Zupan said no exemption from the toll had been settled with Vienna."),
])
def test_relief_denied_answers_the_acceptance(analyze: Callable[..., Analysis], text: str) -> None:
    assert _conflicts(analyze(text))


def test_relief_told_alike_is_no_conflict(analyze: Callable[..., Analysis]) -> None:
    text = ("Senegal's trade ministry said Gambia had accepted a postponement of the ferry levy until June. Gambian "
            "minister Lamin Jallow said Gambia had accepted the postponement.")
    assert not _conflicts(analyze(text))


@pytest.mark.parametrize("text", [
    ("Senegal's trade ministry said Gambia had accepted a postponement of the ferry levy until June. Gambian minister "
     "Lamin Jallow said no postponement of the levy had been discussed, let alone accepted."),
    ("Croatia's interior ministry said Bosnia had agreed to the joint patrol timetable. \"No timetable was drafted, "
     "much less approved,\" a Bosnian security ministry spokesman, Adnan Hodzic, said."),
])
def test_outbidding_verb_shares_the_denied_thing(analyze: Callable[..., Analysis], text: str) -> None:
    assert _conflicts(analyze(text))


def test_outbidding_verb_after_a_thing_not_denied_claims_nothing(analyze: Callable[..., Analysis]) -> None:
    text = ("Croatia's interior ministry said Bosnia had agreed to the joint patrol timetable. \"The timetable was "
            "drafted, let alone approved,\" a Bosnian security ministry spokesman, Adnan Hodzic, said.")
    assert not _conflicts(analyze(text))


@pytest.mark.parametrize("text", [
    ("Gabon's energy minister said on Monday that Cameroon had agreed to fund half of a new power line across the "
     "border. Paul Biyong, who speaks for Cameroon's energy ministry, said the Cameroonian cabinet had never "
     "discussed the power line, nor budgeted for it."),
    ("Malawi's trade ministry said Zambia had accepted the new tariff plan. Zambian minister Mwila Banda said the "
     "cabinet never considered the plan."),
])
def test_a_thing_never_weighed_was_not_accepted(analyze: Callable[..., Analysis], text: str) -> None:
    assert _conflicts(analyze(text))


@pytest.mark.parametrize("text", [
    ("Gabon's energy minister said on Monday that Cameroon had agreed to fund half of a new power line across the "
     "border. Chad's energy ministry said Chad's cabinet has not discussed the power line."),
    ("Malawi's trade ministry said Zambia had accepted the new tariff plan. Zambian minister Mwila Banda said the "
     "cabinet has not even discussed it."),
])
def test_a_thing_unweighed_by_another_or_by_pronoun_answers_nothing(analyze: Callable[..., Analysis],
                                                                     text: str) -> None:
    assert not _conflicts(analyze(text))
