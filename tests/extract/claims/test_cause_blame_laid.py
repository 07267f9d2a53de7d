"""Blame laid on someone (extract/claims/responsibility.py): "responsibility lies with X", "the fault rests with X",
"X is to blame (for the act)" make X responsible in the claimant's words; "the blame does not lie with us" denies it
for the speaker. With no act named only in a story that names an incident. Texts written for these tests (invented
companies and places).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsledger import Analysis

CAPSIZE = "A ferry capsized near Kisumu on Monday and four passengers drowned. "


def _blamed(analysis: Analysis) -> list[tuple[str, str, str]]:
    """(agent name, polarity, claimant name) of each responsibility claim."""
    names = {e.id: e.name for e in analysis.entities}
    return [(names.get(c.argument("agent") or "", "?"), c.polarity, names.get(c.claimant or "", "outlet"))
            for c in analysis.claims if c.kind == "cause" and c.predicate == "responsible"]


@pytest.mark.parametrize("sentence", [
    "Lake Ferries Ltd says responsibility for the capsizing lies with the Kenya Ports Authority.",
    "Lake Ferries Ltd says the fault lies with the Kenya Ports Authority.",
    "Lake Ferries Ltd says the Kenya Ports Authority is to blame for the accident.",
    "Lake Ferries Ltd says the Kenya Ports Authority is to blame.",
])
def test_blame_laid_on_an_actor(analyze: Callable[..., Analysis], sentence: str) -> None:
    got = _blamed(analyze(CAPSIZE + sentence))
    assert ("Kenya Ports Authority", "asserted", "Lake Ferries Ltd") in got, got


def test_blame_denied_for_the_speaker(analyze: Callable[..., Analysis]) -> None:
    got = _blamed(analyze(CAPSIZE + "\"The blame does not rest with us,\" said Peter Otieno, a spokesman for "
                          "Lake Ferries Ltd."))
    assert any(polarity == "negated" and agent == claimant for agent, polarity, claimant in got), got


@pytest.mark.parametrize("text", [
    # no incident named: whose fault for what stays open
    "Lake Ferries Ltd says the fault lies with the Kenya Ports Authority.",
    # responsibility for something that is no incident
    "Lake Ferries Ltd says responsibility for the timetable lies with the Kenya Ports Authority.",
])
def test_no_incident_no_blame(analyze: Callable[..., Analysis], text: str) -> None:
    assert _blamed(analyze(text)) == []


def test_two_sides_laying_the_blame_on_each_other_disagree(analyze: Callable[..., Analysis]) -> None:
    a = analyze(CAPSIZE + "Lake Ferries Ltd says responsibility lies with the Kenya Ports Authority. The Kenya Ports "
                "Authority says Lake Ferries Ltd is to blame.")
    assert [c for c in a.conflicts if c.kind == "cause"]


@pytest.mark.parametrize(("sentence", "deliberate"), [
    # negligence laid on an operator: no attack
    ("Lake Ferries Ltd blamed the capsizing on the Kenya Ports Authority.", False),
    # a hostile act, or one laid on an armed group: deliberate
    ("Kenya's interior ministry blamed the bombing on the Lake Region Liberation Front.", True),
    ("Kenya's interior ministry blamed the fire on the Shabaab militia.", True),
])
def test_a_blame_is_an_attack_only_of_a_hostile_act_or_an_armed_actor(analyze: Callable[..., Analysis],
                                                                      sentence: str, deliberate: bool) -> None:
    a = analyze(CAPSIZE + sentence)
    assert _blamed(a)
    assert any(c.predicate == "deliberate attack" for c in a.claims if c.kind == "cause") == deliberate


@pytest.mark.parametrize("sentence", [
    "The Zafar Brigade denied carrying out the attack.",
    "The Zafar Brigade denied responsibility for the attack.",
])
def test_a_denial_of_the_act_is_the_actors_own(analyze: Callable[..., Analysis], sentence: str) -> None:
    got = _blamed(analyze("Rockets hit a market near Tyre on Monday. " + sentence))
    assert ("Zafar Brigade", "negated", "Zafar Brigade") in got, got


def test_an_admission_of_the_act(analyze: Callable[..., Analysis]) -> None:
    got = _blamed(analyze("Rockets hit a market near Tyre on Monday. The Zafar Brigade admitted carrying out the "
                          "attack."))
    assert [(agent, polarity) for agent, polarity, _ in got] == [("Zafar Brigade", "asserted")], got


def test_no_denial_of_an_act_only_wanted(analyze: Callable[..., Analysis]) -> None:
    assert _blamed(analyze("Rockets hit a market near Tyre on Monday. The Zafar Brigade wanted to carry out the "
                           "attack.")) == []


def test_a_group_denying_the_attack_a_ministry_blames_on_it(analyze: Callable[..., Analysis]) -> None:
    a = analyze("Rockets hit a market near Tyre on Monday. Lebanon's interior ministry blamed the attack on the Zafar "
                "Brigade. The Zafar Brigade denied carrying out the attack.")
    assert [c for c in a.conflicts if c.kind == "cause"]
