"""A bare "above" or "below" before a figure is a hedge like "more than" and "under" (data/quantities.yaml
``hedges``): "the toll was above nine" leaves the top of the figure open, "kept below 40" its bottom, rather than
giving the exact figure. Texts written for these tests, about made-up incidents."""

from __future__ import annotations

import datetime as dt

from newsledger.pipeline import analyze_text

DAY = dt.date(2031, 5, 14)


def _values(text: str) -> list[tuple[float | None, float | None, str | None]]:
    a = analyze_text(text, DAY)
    return [(c.value.low, c.value.high, c.value.hedge) for c in a.claims if c.kind == "quantity" and c.value]


def test_above_a_figure_leaves_the_top_open() -> None:
    got = _values("A landslide buried a road near Kabale on Tuesday. Uganda's disaster office said the number "
                  "of dead was above nine.")
    assert (9.0, None, "above") in got, got


def test_below_a_figure_leaves_the_bottom_open() -> None:
    got = _values("Floods cut off villages in Sofala on Monday. Mozambique's relief agency said the number of "
                  "people displaced was below 400.")
    assert (None, 400.0, "below") in got, got


def test_a_place_above_is_no_hedge() -> None:
    got = _values("Rain fell on the hills above Kabale on Tuesday. Uganda's disaster office said 12 people died.")
    assert (12.0, 12.0, None) in got, got
