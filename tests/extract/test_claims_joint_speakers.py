"""Joint speakers (stop 36, groups36): a phrase that stands for several parties speaking together ("both governments
say", "officials on both sides said", "scientists of the two countries recommended", "the three foreign ministers
said") is a GROUP of its own, and what it says is each party's claim too: the parties corroborate each other, and a
third party's contrary claim meets each of them. Texts written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsledger import Analysis

TWO = "Floods swept through the valley between Malawi and Zambia on Sunday. Malawi has asked for help. "


def _claimants(analysis: Analysis, kind: str = "quantity") -> set[str | None]:
    names = {e.id: e.name for e in analysis.entities}
    return {names[c.claimant] if c.claimant else None for c in analysis.claims if c.kind == kind}


@pytest.mark.parametrize("subject", ["Both governments say", "Officials on both sides said",
                                     "Experts of the two countries said", "The two governments said"])
def test_a_joint_side_claims_for_each_party(analyze: Callable[..., Analysis], subject: str) -> None:
    analysis = analyze(f"{TWO}{subject} 40 people died in the flood.")
    assert {"Malawi", "Zambia"} <= _claimants(analysis)
    joint = [e for e in analysis.entities if e.type == "GROUP" and e.country is None]
    assert joint and any(s.speaker == joint[0].id for s in analysis.statements)


def test_the_parties_of_a_joint_claim_corroborate(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze(f"{TWO}Both governments say 40 people died in the flood.")
    names = {e.id: e.name for e in analysis.entities}
    by_id = {c.id: c for c in analysis.claims}
    pairs = {frozenset((names[c.claimant or ""], names[by_id[o].claimant or ""]))
             for c in analysis.claims for o in c.corroborates}
    assert frozenset(("Malawi", "Zambia")) in pairs
    assert analysis.conflicts == ()


def test_a_third_partys_contrary_figure_meets_both_parties(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze(f"{TWO}Both governments say 40 people died in the flood. "
                       "The Red Cross says 90 people died in the flood.")
    names = {e.id: e.name for e in analysis.entities}
    sides = {frozenset(names[s.actor] if s.actor else "" for s in c.sides) for c in analysis.conflicts}
    assert sides == {frozenset(("Malawi", "Red Cross")), frozenset(("Zambia", "Red Cross"))}


def test_three_parties(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze("Envoys of Chile, Peru and Bolivia met in Arica. Chile hosted the talks, and Peru and Bolivia "
                       "sent large teams. The three foreign ministers said 2,000 people had been moved.")
    assert {"Chile", "Peru", "Bolivia"} <= _claimants(analysis)


def test_parties_the_story_does_not_single_out_are_not_guessed(analyze: Callable[..., Analysis]) -> None:
    clear = analyze("Floods hit Malawi and Zambia on Sunday. Both governments say 40 people died.")
    tied = analyze("Floods hit Malawi, Zambia and Angola on Sunday. Both governments say 40 people died.")
    assert {"Malawi", "Zambia"} <= _claimants(clear)
    assert not {"Malawi", "Zambia", "Angola"} & _claimants(tied)


@pytest.mark.parametrize("text", [
    "Malawi's ministry says the two governments agreed to reopen the bridge to 40 trucks a day.",
    "Both reports say 40 trucks crossed the bridge.",
])
def test_no_joint_side(analyze: Callable[..., Analysis], text: str) -> None:
    """A joint phrase inside another's account of an act, and one of no speakers, stands for no one; the joint
    speaker beside them does."""
    analysis = analyze(f"Malawi and Zambia met in Lusaka on Monday. {text}")
    joint = analyze(f"Malawi and Zambia met in Lusaka on Monday. {text} Both governments say 12 people were hurt.")
    assert "Zambia" not in _claimants(analysis) | _claimants(analysis, "acceptance")
    assert "Zambia" in _claimants(joint)
