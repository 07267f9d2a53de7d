"""The time and place of a count: an earlier event dated by a "when" clause, another country's toll.

Sentences are written for these tests (invented incidents). A count told of an earlier event ("since 2019,
when floods killed 31 people") is of that year, not of the telling; a count placed in one country is not
set against a count of another.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from newsledger import Analysis

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/ is not a package
from claim_views import quantity_conflicts as _quantity_conflicts


def _dated(analysis: Analysis) -> dict[float | None, str | None]:
    """figure -> the TIMEX3 value of its claim's time."""
    values = {t.id: t.value for t in analysis.times}
    return {c.value.low: values.get(c.time) if c.time else None
            for c in analysis.claims if c.kind == "quantity" and c.value is not None}


@pytest.mark.parametrize(("text", "figure", "value"), [
    ("It was the worst flood to hit the valley since 2019, when heavy rain killed 31 people in the same "
     "district, the agency said.", 31, "2019"),
    ("The last outbreak was in 2015, when cholera killed 200 people, the health ministry said on Monday.", 200, "2015"),
    ("Police fired on the crowd on 12 March 2021, when 40 protesters were killed, Amnesty International "
     "said on Friday.", 40, "2021-03-12"),
])
def test_a_when_clause_dates_its_count(analyze: Callable[..., Analysis], text: str, figure: float,
                                       value: str) -> None:
    assert _dated(analyze(text, "2025-08-17")).get(figure) == value


def test_a_count_since_a_date_is_not_of_that_date(analyze: Callable[..., Analysis]) -> None:
    found = _dated(analyze("Floods have killed 31 people in the valley since 2019, the agency said.", "2025-08-17"))
    assert 31 in found and found[31] != "2019"


@pytest.mark.parametrize("text", [
    # an earlier storm's toll, dated by its year
    "Cyclone Idai killed at least 40 people in central Mozambique, officials said on Tuesday. It was the "
    "deadliest storm to strike the port since 2008, when a cyclone killed 12 people in the same province, the "
    "national institute for disaster management said.",
    # another country's toll, placed by "in X" (in the clause, or fronted on the report: "In Paraguay, X said")
    "Floods killed at least 40 people in eastern Bolivia, officials said on Tuesday. In Paraguay, the "
    "Red Cross said 12 people had died.",
])
def test_counts_of_another_time_or_place_do_not_conflict(analyze: Callable[..., Analysis], text: str) -> None:
    analysis = analyze(text, "2025-08-17")
    assert len([c for c in analysis.claims if c.kind == "quantity"]) >= 2
    assert not _quantity_conflicts(analysis)


def test_the_same_storm_told_two_ways_still_conflicts(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze("Cyclone Idai killed at least 40 people in central Mozambique, officials said on Tuesday. "
                       "The national institute for disaster management said on Tuesday that the cyclone killed "
                       "12 people in central Mozambique.", "2025-08-17")
    assert _quantity_conflicts(analysis)
