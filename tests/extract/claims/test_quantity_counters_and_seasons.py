"""Quantity disputes the ledger used to lose (stop 36): two bodies each counting one thing by their own looking
("spotted", "found", "counted"), one side telling one figure twice ("more than 40" and "40"), and one side's figure
for another year set beside its figure now. Texts written for these tests (invented bodies and numbers)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsledger import Analysis


def _quantity_conflicts(analysis: Analysis) -> list[str]:
    return [c.summary for c in analysis.conflicts if c.kind == "quantity"]


@pytest.mark.parametrize("text", [
    # one side's aircraft "spotted", the other's data "counted": both count the boats there
    "Norway's coast guard said on Friday that its patrol aircraft spotted at least 200 Russian trawlers inside the "
    "protection zone. Russia's fisheries agency said its satellite data counted no more than 25 Russian trawlers "
    "near the zone that day.",
    # "sighted" and "detected": one count, whatever each counter's instrument
    "Peru's navy said its patrol ships sighted some 150 foreign squid boats off Piura on Thursday. Ecuador's "
    "fisheries ministry said its radar detected 30 foreign squid boats off Piura that night.",
])
def test_two_counters_of_one_thing_disagree(analyze: Callable[..., Analysis], text: str) -> None:
    assert len(_quantity_conflicts(analyze(text))) == 1


def test_one_figure_told_twice_is_no_revision(analyze: Callable[..., Analysis]) -> None:
    """"more than 40" then "40": the side's figure is one, so the other side's 6 is set against it."""
    analysis = analyze("The Kenya Red Cross said on Tuesday that more than 40 people had died in the floods in "
                       "Garissa. On Wednesday the Kenya Red Cross said 40 people had died there. The county "
                       "government said on Thursday that six people had died in the floods.")
    deaths = [c for c in analysis.claims if c.kind == "quantity" and c.predicate == "deaths"]
    assert len(deaths) == 3 and all(c.revises is None for c in deaths)
    assert _quantity_conflicts(analysis)


def test_a_figure_of_another_year_is_no_revision(analyze: Callable[..., Analysis]) -> None:
    """The agency's count for 2015 is a second count, not its figure for this year changed."""
    analysis = analyze("Chad's water agency said on Monday that 50 wells had been dug in Kanem this year. The agency "
                       "said 200 wells had been dug in Kanem in 2015.")
    wells = [c for c in analysis.claims if c.kind == "quantity"]
    assert len(wells) == 2 and all(c.revises is None for c in wells)
    assert analysis.conflicts == ()


def test_counts_of_two_years_by_two_sides_stay_apart(analyze: Callable[..., Analysis]) -> None:
    """No revision now links the agency's two figures, and the donors' figure for this year meets only the agency's
    figure for this year."""
    analysis = analyze("Chad's water agency said on Monday that 50 wells had been dug in Kanem this year. The agency "
                       "said 200 wells had been dug in Kanem in 2015. A donor group said only 12 wells had been dug "
                       "in Kanem this year.")
    assert _quantity_conflicts(analysis) == ["Chad's water agency says 50 wells; donor group says 12 wells"]
