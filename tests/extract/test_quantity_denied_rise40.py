"""A rise past a figure denied is a cap on the count (issue 14, helper quant40, stop 40).

"the queue has not exceeded 200 lorries", "the flow has not gone above 300", "never rose above 40": the speaker gives
the figure as the most the count reached (quantities ``hedges``: up_to), not a count they deny; the negation is the
hedge's.

Invented news text in our own words, with made-up names and places.
"""

from __future__ import annotations

from collections.abc import Callable

from newsledger import Analysis


def _caps(a: Analysis) -> list[tuple[float | None, float | None]]:
    return [(c.value.low, c.value.high) for c in a.claims if c.kind == "quantity" and c.value is not None
            and c.polarity == "asserted"]


def test_a_queue_that_has_not_exceeded_a_figure(analyze: Callable[..., Analysis]) -> None:
    a = analyze("Thailand's customs department said the queue at Nakhon Phanom has not exceeded 200 lorries at any "
                "time this month.")
    assert (None, 200.0) in _caps(a), [(c.kind, c.predicate, c.value) for c in a.claims]


def test_a_flow_that_has_not_gone_above_a_figure(analyze: Callable[..., Analysis]) -> None:
    a = analyze("Moldova's water agency said the flow of the Prut at its gauge has not gone above 300 cubic metres "
                "per second since Monday.")
    assert (None, 300.0) in _caps(a), [(c.kind, c.predicate, c.value) for c in a.claims]


def test_a_count_that_never_rose_above_a_figure(analyze: Callable[..., Analysis]) -> None:
    a = analyze("Hungary's disaster agency said the number of people in the shelters in the Tisza valley never rose "
                "above 40.")
    assert (None, 40.0) in _caps(a), [(c.kind, c.predicate, c.value) for c in a.claims]
