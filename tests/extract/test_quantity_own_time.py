"""A count's own time (issue 14, helper quantity37b, stop 37).

- A time in the counted clause dates the count, not the telling's date: "the ministry said on Friday that 42,000
  pilgrims entered through Dunn in October" is a count of October, so two sides telling one month's count on two
  different days meet.
- A time in a clause of another noun dates that noun, not the count: "the cameras installed at the gate in May
  counted 300 lorries" says nothing of when the lorries passed.

Invented news text in our own words, with made-up names and places.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from newsledger import Analysis

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/ is not a package
from claim_views import quantity_conflicts as _quantity_conflicts


def _count_times(a: Analysis, figure: float) -> list[str | None]:
    values = {t.id: t.value for t in a.times}
    return [values.get(c.time) if c.time else None for c in a.claims
            if c.kind == "quantity" and c.value is not None and c.value.high == figure]


def test_the_counts_own_month_beats_the_telling_day(analyze: Callable[..., Analysis]) -> None:
    a = analyze("Velmar's interior ministry said on Friday that 42,000 pilgrims entered through Dunn in October.",
                published="2025-11-10")
    assert _count_times(a, 42000.0) == ["2025-10"], [(c.predicate, c.time) for c in a.claims]


def test_a_time_of_another_nouns_clause_does_not_date_the_count(analyze: Callable[..., Analysis]) -> None:
    a = analyze("The Ostravian customs office has its own figure. According to its director, Lina Vask, the cameras "
                "installed at the Dunn gate in May counted no more than 300 lorries leaving without permits.",
                published="2025-11-10")
    assert "2025-05" not in _count_times(a, 300.0), [(c.predicate, c.time) for c in a.claims]


def test_one_months_count_told_on_two_days_meets(analyze: Callable[..., Analysis]) -> None:
    a = analyze("Velmar's transport ministry said on Monday that 5,000 lorries crossed the Dunn bridge in April. "
                "Ostravia's customs service said on Thursday that only about 1,200 lorries crossed the Dunn bridge "
                "in April.", published="2025-05-20")
    assert len(_quantity_conflicts(a)) == 1, [(c.predicate, c.time, c.claimant) for c in a.claims]


def test_two_months_counts_do_not_meet(analyze: Callable[..., Analysis]) -> None:
    # guard: each count keeps its own month, and two months may hold two counts
    a = analyze("Velmar's transport ministry said on Monday that 5,000 lorries crossed the Dunn bridge in April. "
                "Ostravia's customs service said on Thursday that only about 1,200 lorries crossed the Dunn bridge "
                "in March.", published="2025-05-20")
    assert _quantity_conflicts(a) == []
