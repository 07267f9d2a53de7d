"""People who arrived across a lake or a river crossed it (issue 14, helper quant41, stop 41).

A lake or a river between two countries is a line crossed as a border is: "6,200 Mozambicans have arrived across the
lake" counts those who crossed (quantities ``crossed`` ``passages``), so another side's "fewer than 900 people had
crossed" is set against it, and a figure that agrees with it corroborates it. Invented news text in our own words,
with made-up names and figures.
"""

from __future__ import annotations

from collections.abc import Callable

from newsledger import Analysis

_MALAWI = "Malawi's refugee department says 6,200 Mozambicans have arrived across the lake since March. "


def _crossed(a: Analysis) -> list[float | None]:
    return sorted((c.value.low or c.value.high) for c in a.claims
                  if c.kind == "quantity" and c.predicate == "crossed" and c.value is not None)


def test_arrivals_across_a_lake_conflict_with_a_lower_crossing_count(analyze: Callable[..., Analysis]) -> None:
    a = analyze(_MALAWI + "Mozambique's interior ministry disputed the figure and said fewer than 900 people had "
                "crossed since March.")
    assert _crossed(a) == [900.0, 6200.0], [(c.predicate, c.value) for c in a.claims]
    assert [c.kind for c in a.conflicts] == ["quantity"], [c.summary for c in a.conflicts]


def test_arrivals_across_a_river_agree_with_a_close_count(analyze: Callable[..., Analysis]) -> None:
    a = analyze("Zambia's refugee office says 4,300 Angolans have come across the river this month. Angola's interior "
                "ministry said that 4,250 people had crossed this month.")
    assert _crossed(a) == [4250.0, 4300.0], [(c.predicate, c.value) for c in a.claims]
    assert not a.conflicts, [c.summary for c in a.conflicts]
    assert any(c.corroborates for c in a.claims)
