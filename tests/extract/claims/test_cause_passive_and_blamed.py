"""Causes told without a verb of causing (extract/claims/open_causes.py): an incident verb in the passive with the
cause as its "by" phrase ("the fields were flooded by a surge from a dam"), "blame" with a thing as its only object
("the agency blames a parasite"), a thing that came "out of" somewhere ("the surge came out of a blocked culvert"),
and a thing that poisoned what died (``lists.open_cause_harms``). Texts written for these tests (invented
towns, bodies and people; real countries so that the sides have one).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from newsledger import Analysis
from newsledger.compare import OPEN_CAUSE

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/ is not a package
from claim_views import cause_conflicts, causes_by_claimant


def _open(analysis: Analysis) -> list[tuple[str, str | None]]:
    return [(p, who) for p, who in causes_by_claimant(analysis) if p.startswith(OPEN_CAUSE)]


def test_a_passive_incident_with_its_cause(analyze: Callable[..., Analysis]) -> None:
    text = ("Floods covered the rice fields near Kolda on Sunday. Senegal's civil protection agency said the fields "
            "were flooded by water from a dam on the Gambian side. Gambia's water ministry said the water came out "
            "of a blocked culvert under the highway.")
    got = analyze(text)
    assert (OPEN_CAUSE + "water dam gambian side", "Senegal's civil protection agency") in _open(got)
    assert (OPEN_CAUSE + "block culvert highway", "Gambia's water ministry") in _open(got)
    assert len(cause_conflicts(got)) == 1


@pytest.mark.parametrize("sentence", [
    # a doer: responsibility's, not a thing's
    "Senegal's civil protection agency said the bridge was burned by militiamen from across the river.",
    # the incident named again is no cause
    "Senegal's civil protection agency said the fields were flooded by the floods of the spring.",
    # not told as what happened
    "Senegal's civil protection agency said the fields could be flooded by water from the dam.",
])
def test_a_passive_without_a_thing_as_cause(analyze: Callable[..., Analysis], sentence: str) -> None:
    text = "Floods covered the rice fields near Kolda on Sunday. " + sentence
    assert _open(analyze(text)) == []


def test_blamed_in_so_many_words_and_a_poisoning_thing(analyze: Callable[..., Analysis]) -> None:
    text = ("Hundreds of dead carp washed up on the Limpopo near Mabeta last week. Zimbabwe's environment agency said "
            "slurry from a copper smelter upstream had poisoned the carp. South Africa's water department blames a "
            "parasite carried by stocked trout.")
    got = analyze(text)
    # (the thing that poisoned may fall in a cause class, "discharge" since fa39's rule of stop 39; either reading
    # is the agency's cause)
    assert {(OPEN_CAUSE + "slurry copper smelter", "Zimbabwe's environment agency"),
            ("discharge", "Zimbabwe's environment agency")} & set(causes_by_claimant(got))
    assert (OPEN_CAUSE + "parasite carry stocked trout", "South Africa's water department") in _open(got)
    assert len(cause_conflicts(got)) == 1


@pytest.mark.parametrize("sentence", [
    # someone blamed: responsibility's
    "South Africa's water department blames the smelter workers.",
    # "blame X on Y", "blame X for Y": the ascribing frames
    "South Africa's water department blames the die-off on a parasite carried by stocked trout.",
    # the incident blamed says nothing of why
    "South Africa's water department blames the deaths.",
])
def test_blame_that_names_no_thing_as_the_cause(analyze: Callable[..., Analysis], sentence: str) -> None:
    text = "Hundreds of dead carp washed up on the Limpopo near Mabeta last week. " + sentence
    got = [p for p, _ in _open(analyze(text))]
    assert not any("worker" in p or p == OPEN_CAUSE + "death" for p in got), got
    assert got in ([], [OPEN_CAUSE + "parasite carry stocked trout"])


def test_blame_of_an_effect_in_a_hyphenated_word(analyze: Callable[..., Analysis]) -> None:
    text = ("Hundreds of dead carp washed up on the Limpopo near Mabeta last week. South Africa's water department "
            "blames the die-off.")
    assert _open(analyze(text)) == []


def test_a_counter_account_of_the_start(analyze: Callable[..., Analysis]) -> None:
    """Two sides tell how a fire set in, with no verb of causing: what the drivers were doing against a charger that
    melted (``lists.open_cause_failures``); the parser reads "shed" as a verb and hangs the "when" clause on it."""
    text = ("A fire destroyed four lorries at the Oshana truck stop on Friday. Namibia's police said the blaze began "
            "when two mechanics were welding a fuel tank. Angola's transport ministry said the blaze started in the "
            "boat shed when a charger melted.")
    got = analyze(text)
    assert (OPEN_CAUSE + "charger melt", "Angola's transport ministry") in _open(got)
    assert len(cause_conflicts(got)) == 1


def test_a_plain_description_of_a_doer_claims_no_cause(analyze: Callable[..., Analysis]) -> None:
    """What a contractor does every day is no account of how the incident set in."""
    text = ("A fire destroyed four lorries at the Oshana truck stop on Friday. Angola's transport ministry said the "
            "cleaning contractor works only at night and keeps its cans in a locked store.")
    assert _open(analyze(text)) == []


def test_an_effect_in_a_hyphenated_word_followed_a_happening(analyze: Callable[..., Analysis]) -> None:
    """ "the die-off" is one effect noun of the vocabulary though the tokenizer splits it in three."""
    text = ("Dozens of hippos have died along the Kunene since June. Angola's wildlife service said the hippos were "
            "poisoned. Namibia's environment ministry said the die-off followed an outbreak of anthrax.")
    got = analyze(text)
    assert (OPEN_CAUSE + "outbreak anthrax", "Namibia's environment ministry") in _open(got)
    assert len(cause_conflicts(got)) == 1
