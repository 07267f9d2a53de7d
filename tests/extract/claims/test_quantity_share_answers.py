"""A bare share that answers an interviewer's "how many" question (stop 36, round 2): "Q: How many nurses joined the
strike? A: About 90 percent." is the guest's figure for the share the question names (participation, turnout), set
against another side's share; in the outlet's own voice it is no side's. Texts written for these tests (invented
people, bodies and numbers)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsledger import Analysis


def _shares(analysis: Analysis) -> list[tuple[str, float | None]]:
    return [(c.predicate, c.value.low) for c in analysis.claims
            if c.kind == "quantity" and c.value is not None and c.predicate in {"participation", "turnout"}]


def _quantity_conflicts(analysis: Analysis) -> list[str]:
    return [c.summary for c in analysis.conflicts if c.kind == "quantity"]


@pytest.mark.parametrize("text", [
    "Port workers stayed away on Tuesday in the second stoppage this month. We spoke to Jorge Castillo, who leads the "
    "Federation of Port Workers, by phone from Valparaiso. The text has been edited.\n"
    "Q: How many dockers joined the strike on Tuesday?\n"
    "A: About 90 percent, by our shop stewards' reports.\n"
    "Q: Chile's ports authority puts participation at 30 percent.\n"
    "A: The authority counts anyone who clocked in.\n",
    "Hospitals ran on skeleton staff on Monday. We put our questions to Grace Mensah, who chairs the Nurses and "
    "Midwives Union, in Kumasi.\n"
    "Q: How many nurses followed the strike call?\n"
    "A: Well over 70 percent, going by the ward rosters.\n"
    "Q: Ghana's health ministry says participation was 25 percent.\n"
    "A: Then let them publish the rosters.\n",
])
def test_a_share_answering_how_many_is_the_guests(analyze: Callable[..., Analysis], text: str) -> None:
    analysis = analyze(text)
    assert [p for p, _ in _shares(analysis)] == ["participation", "participation"]
    assert len(_quantity_conflicts(analysis)) == 1

