"""A figure a side puts its object at (issue 14, quantity39).

"The customs authority put the trucks at fewer than 90": no reference noun ("the number of"), the counted things
themselves are the object of the verb of reporting, and the figure after "at" is their level. The count is the one
of the same noun another side gave before, so the two figures meet; a noun no earlier count names stays a figure
recorded as given. A capital speaking for its state ("Harare puts ...") is never the place counted. Invented
sentences with made-up events.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from newsledger import Analysis

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/ is not a package
from claim_views import quantity_conflicts as _quantity_conflicts


def test_things_put_at_a_figure_meet_the_earlier_count_of_them(analyze: Callable[..., Analysis]) -> None:
    a = analyze("Malawi's transport ministry said more than 640 Malawian trucks were stuck at the Mwanza border post. "
                "Mozambique's customs authority put the trucks at fewer than 90.")
    assert len(_quantity_conflicts(a)) == 1, [c.summary for c in a.conflicts]


def test_a_capital_putting_things_at_a_figure_is_no_place_of_them(analyze: Callable[..., Analysis]) -> None:
    a = analyze("Malawi's transport ministry said more than 640 Malawian trucks were stuck at the Mwanza border post. "
                "Later in the day Harare put the tobacco trucks at fewer than 90.")
    assert len(_quantity_conflicts(a)) == 1, [c.summary for c in a.conflicts]


def test_things_no_earlier_count_names_are_no_count(analyze: Callable[..., Analysis]) -> None:
    # guard: buses were never counted before, so the figure answers no count of them
    a = analyze("Malawi's transport ministry said more than 640 Malawian trucks were stuck at the Mwanza border post. "
                "Mozambique's customs authority put the buses at fewer than 90.")
    assert _quantity_conflicts(a) == []
    assert not any(c.predicate.startswith("count:") and c.value is not None and c.value.high == 90
                   for c in a.claims), [(c.predicate, c.value) for c in a.claims]
