"""States past or under a threat ("out of danger" / "in crisis"), water unfit for bathing, and the evidence of a
state reaching the phrases that say for what it holds ("unsafe for any lorry over ten tonnes"). Texts written
for these tests (invented bodies and places)."""

from __future__ import annotations

import datetime as dt

from newsledger import Analysis
from newsledger.compare import OPEN_STATE
from newsledger.pipeline import analyze_text

DAY = dt.date(2031, 3, 14)


def _run(text: str) -> Analysis:
    return analyze_text(text, DAY)


def _states(a: Analysis) -> list[tuple[str, str, str]]:
    """The status claims of the vocabulary's words (a state in words of its own, "state: cracked", is recorded
    apart: extract/claims/open_states.py)."""
    return [(c.predicate, c.polarity, c.evidence.text) for c in a.claims
            if c.kind == "status" and not c.predicate.startswith(OPEN_STATE)]


def test_out_of_danger_against_in_crisis_is_a_status_conflict() -> None:
    a = _run("The Lowland Farmers Union says the northern reservoir remains in crisis. The Lowland Water Board said on "
             "Monday that the northern reservoir is out of the danger zone.")
    preds = {(p, pol) for p, pol, _ in _states(a)}
    assert ("in danger", "asserted") in preds and ("out of danger", "asserted") in preds  # each as worded
    assert [c.kind for c in a.conflicts] == ["status"]


def test_two_things_in_and_out_of_danger_do_not_conflict() -> None:
    a = _run("The Lowland Farmers Union says the northern reservoir remains in crisis. The water board said the "
             "southern canal is out of danger.")
    assert [c for c in a.conflicts if c.kind == "status"] == []


def test_water_unfit_for_bathing_is_unsafe() -> None:
    a = _run("The Clear Bay Trust said the water at the harbour is still unfit for bathing.")
    assert [(p, pol) for p, pol, _ in _states(a)] == [("unsafe", "asserted")]  # as the claimant words it


def test_evidence_reaches_what_the_state_holds_for() -> None:
    a = _run("The Guild of Road Engineers said the old river bridge is unsafe for any lorry over ten tonnes.")
    assert [ev for _, _, ev in _states(a)] == ["the old river bridge is unsafe for any lorry over ten tonnes"]


def test_evidence_stops_at_a_colon() -> None:
    a = _run("The Guild of Road Engineers said the old river bridge is unsafe: its piers are cracked.")
    assert [ev for _, _, ev in _states(a)] == ["the old river bridge is unsafe"]
