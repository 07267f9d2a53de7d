"""Causes told without a verb of causing (extract/claims/open_causes.py): an incident verb in the passive with the
cause as its "by" phrase ("the fields were flooded by water let out from a dam"), "blame" with a thing as its only
object ("the board blames a bloom of algae"), a thing that came "out of" somewhere ("the water came out of the
sky"), and a thing that poisoned what died (``lists.open_cause_harms``). Texts written for these tests (invented
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
    text = ("Floods killed four people in the hill hamlets near Dorvik on Sunday. Vietnam's disaster committee said "
            "the hamlets were flooded by water released without notice from a dam upstream in Laos. The Lao energy "
            "ministry said the water came out of the sky.")
    got = analyze(text)
    assert (OPEN_CAUSE + "water release notice dam laos", "Vietnam's disaster committee") in _open(got)
    assert (OPEN_CAUSE + "sky", "Lao energy ministry") in _open(got)
    assert len(cause_conflicts(got)) == 1


@pytest.mark.parametrize("sentence", [
    # a doer: responsibility's, not a thing's
    "Vietnam's disaster committee said the bridge was burned by militiamen from across the river.",
    # the incident named again is no cause
    "Vietnam's disaster committee said the hamlets were flooded by the floods of the spring.",
    # not told as what happened
    "Vietnam's disaster committee said the hamlets could be flooded by water from the dam.",
])
def test_a_passive_without_a_thing_as_cause(analyze: Callable[..., Analysis], sentence: str) -> None:
    text = "Floods killed four people in the hill hamlets near Dorvik on Sunday. " + sentence
    assert _open(analyze(text)) == []


def test_blamed_in_so_many_words_and_a_poisoning_thing(analyze: Callable[..., Analysis]) -> None:
    text = ("Hundreds of dead carp washed up on the Limpopo near Mabeta last week. Zimbabwe's environment agency said "
            "sludge from a smelter on the South African bank had poisoned the fish. South Africa's water department "
            "blames a bloom of toxic algae.")
    got = analyze(text)
    assert (OPEN_CAUSE + "sludge smelter south african bank", "Zimbabwe's environment agency") in _open(got)
    assert (OPEN_CAUSE + "bloom toxic algae", "South Africa's water department") in _open(got)
    assert len(cause_conflicts(got)) == 1


@pytest.mark.parametrize("sentence", [
    # someone blamed: responsibility's
    "South Africa's water department blames the smelter workers.",
    # "blame X on Y", "blame X for Y": the ascribing frames
    "South Africa's water department blames the die-off on a bloom of toxic algae.",
    # the incident blamed says nothing of why
    "South Africa's water department blames the deaths.",
])
def test_blame_that_names_no_thing_as_the_cause(analyze: Callable[..., Analysis], sentence: str) -> None:
    text = "Hundreds of dead carp washed up on the Limpopo near Mabeta last week. " + sentence
    got = [p for p, _ in _open(analyze(text))]
    assert not any("worker" in p or p == OPEN_CAUSE + "death" for p in got), got
    assert got in ([], [OPEN_CAUSE + "bloom toxic algae"])


def test_blame_of_an_effect_in_a_hyphenated_word(analyze: Callable[..., Analysis]) -> None:
    text = ("Hundreds of dead carp washed up on the Limpopo near Mabeta last week. South Africa's water department "
            "blames the die-off.")
    assert _open(analyze(text)) == []


def test_a_counter_account_of_the_start(analyze: Callable[..., Analysis]) -> None:
    """Two sides tell how a fire set in, with no verb of causing: what the drivers were doing against a cable that
    melted (``lists.open_cause_failures``); the parser reads "shed" as a verb and hangs the "when" clause on it."""
    text = ("A fire destroyed four lorries at the Oshana truck stop on Friday. Namibia's police said the fire began "
            "when Angolan drivers were pouring petrol into cans. Angola's transport ministry said the fire started in "
            "the generator shed when a cable melted.")
    got = analyze(text)
    assert (OPEN_CAUSE + "cable melt", "Angola's transport ministry") in _open(got)
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
