"""Acts under a verb of threatening or vowing are threatened, not done (issue 15, stop 41): "pleaded guilty to
threatening to assault a judge" (the parser's "to" read as a preposition) and the later conjunct of "threatened to
attack and burn the town" are no acts of force told as done; plain coordinated acts of force stay."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsledger import Analysis

THREATENED = [
    "The farmer pleaded guilty to threatening to assault and murder a Kenyan judge.",
    "A Chilean trucker was convicted of threatening to assault and kill a Peruvian banker.",
    "Militiamen threatened to attack and burn the village of Oruma.",
    "The colonel vowed to bomb and shell the rebel camps near Tarvik.",
]


@pytest.mark.parametrize("text", THREATENED)
def test_threatened_force_is_not_told_as_done(analyze: Callable[..., Analysis], text: str) -> None:
    analysis = analyze(text)
    got = [(e.type, e.polarity, e.modality, e.evidence.text) for e in analysis.events]
    assert not [e for e in analysis.events if e.type == "ASSAULT"], got


DONE = [
    "Militiamen attacked and burned the village of Oruma.",
    "The gunman admitted he had assaulted and robbed a Peruvian banker.",
]


@pytest.mark.parametrize("text", DONE)
def test_force_done_is_kept(analyze: Callable[..., Analysis], text: str) -> None:
    analysis = analyze(text)
    got = [(e.type, e.modality) for e in analysis.events]
    assert [e for e in analysis.events if e.type == "ASSAULT" and e.modality == "actual"], got
