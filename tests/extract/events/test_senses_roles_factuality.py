"""Senses, roles and factuality of events (issue 15): a published release, a verbal attack, a closed
inquiry, a disaster are not the acts their verbs usually name; nominal events and claims of
responsibility keep source and target the right way round; failed attempts, wishes for someone else's
act, allegations and plans are not coded as actual, while conditionals, negation and "could" keep
their own coding."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from newsledger import Analysis

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/ is not a package
from event_participants import has as _has
from event_participants import names as _names


def _actual(analysis: Analysis, etype: str) -> list:  # type: ignore[type-arg]
    return [e for e in analysis.events if e.type == etype and (e.polarity, e.modality) == ("asserted", "actual")]


SENSES = [
    # (sentence, type that must not be coded as actual, type that must, or None)
    ("The militia released a video of the captured pilots.", "RETREAT", None),
    ("The ministry released its annual report on Thursday.", "RETREAT", None),
    ("The insurgents released four aid workers on Tuesday.", None, "RETREAT"),
    ("The senator launched a verbal attack on the Chinese government.", "ASSAULT", None),
    ("The opposition leader attacked the budget plan in parliament.", "ASSAULT", None),
    ("Rebels attacked an army post near Goma.", None, "ASSAULT"),
    ("Prosecutors closed the inquiry into the shipping firm.", "ACCUSE", "CONCEDE"),
    ("Prosecutors abandoned the investigation into the general.", "ACCUSE", "CONCEDE"),
    ("Prosecutors opened an investigation into the general.", None, "ACCUSE"),
    ("A landslide killed 30 villagers in Uganda on Sunday.", "ASSAULT", None),
    ("Nine people were killed in a bus crash in Peru.", "ASSAULT", None),
    ("A roadside bomb explosion killed four soldiers in Helmand.", None, "ASSAULT"),
    ("Officials evacuated residents of the flooded district.", "RETREAT", None),
    ("A local journalist captured footage of the march.", "ASSAULT", None),
    ("Rebels captured two government soldiers near Kidal.", None, "ASSAULT"),
]


@pytest.mark.parametrize(("text", "wrong", "right"), SENSES, ids=[c[0][:40] for c in SENSES])
def test_senses(analyze: Callable[..., Analysis], text: str, wrong: str | None, right: str | None) -> None:
    analysis = analyze(text)
    got = [(e.type, e.modality) for e in analysis.events]
    if wrong is not None:
        assert not _actual(analysis, wrong), got
    if right is not None:
        assert _actual(analysis, right), got


ROLES = [
    # (sentence, type, source, target)
    ("Egypt's detention of the three activists drew protests.", "COERCE", "Egypt", "activists"),
    ("The handover of the detainees by Iraq to Kuwait took place on Friday.", "RETREAT", "Iraq", "Kuwait"),
    ("The sinking of the trawler by Argentina angered Spain.", "ASSAULT", "Argentina", None),
    ("The Taliban claimed responsibility for the bombing in Kabul.", "ASSAULT", "Taliban", None),
    ("Al-Shabaab says it carried out the attack on Kenyan troops.", "ASSAULT", "Shabaab", "Kenyan"),
    ("Two Kenyan reporters were detained by Ethiopian police.", "COERCE", "Ethiopian", "Kenyan"),
    # a wish for someone else's act is the wisher's demand on them (the act itself is not actual: below)
    ("Ankara wants Sweden to extradite the two journalists.", "REQUEST", "Ankara", "Sweden"),
    ("Washington expects Cairo to release the activists.", "REQUEST", "Washington", "Cairo"),
]


@pytest.mark.parametrize(("text", "etype", "source", "target"), ROLES, ids=[c[0][:40] for c in ROLES])
def test_roles(analyze: Callable[..., Analysis], text: str, etype: str, source: str, target: str | None) -> None:
    analysis = analyze(text)
    got = [(e.type, _names(analysis, e.source), _names(analysis, e.target)) for e in analysis.events]
    assert any(_has(analysis, e.source, source) and _has(analysis, e.target, target)
               for e in _actual(analysis, etype)), got


NOT_ACTUAL = [
    # (sentence, type, the modality and polarity it must carry)
    ("An attempt by the army to free the hostages collapsed.", "RETREAT", ("negated", "intention")),
    ("A bid by the rebels to seize the airport failed.", "COERCE", ("negated", "intention")),
    ("Ankara wants Sweden to extradite the two journalists.", "COOPERATE", ("asserted", "hypothetical")),
    ("Nigeria hoped the truce would open the door to talks with the rebels.", "CONSULT",
     ("asserted", "hypothetical")),
    ("Moscow claimed that Ukrainian forces shelled the village.", "ASSAULT", ("asserted", "hypothetical")),
    ("Israel plans to deploy troops to the border with Lebanon.", "MOBILIZE", ("asserted", "intention")),
    # the course not taken: "rather than", "instead of"
    ("Kenyan troops stayed in their barracks instead of attacking the town of Kismayo.", "ASSAULT",
     ("negated", "actual")),
    ("Chile chose to stay silent rather than publicly challenging Bolivia's claims.", "ACCUSE", ("negated", "actual")),
    # what already worked stays as it was
    ("Britain could deploy warships to the Gulf.", "MOBILIZE", ("asserted", "hypothetical")),
    ("Syria did not attack Turkey.", "ASSAULT", ("negated", "actual")),
]


@pytest.mark.parametrize(("text", "etype", "fact"), NOT_ACTUAL, ids=[c[0][:40] for c in NOT_ACTUAL])
def test_factuality(analyze: Callable[..., Analysis], text: str, etype: str, fact: tuple[str, str]) -> None:
    analysis = analyze(text)
    got = [(e.type, e.polarity, e.modality) for e in analysis.events]
    assert not _actual(analysis, etype), got
    assert any(e.type == etype and (e.polarity, e.modality) == fact for e in analysis.events), got
