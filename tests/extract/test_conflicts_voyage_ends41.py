"""Counts of people aboard at the two ends of a voyage are no dispute (issue 14, helper fa41, stop 41).

A count told as the boat set off ("52 people boarded it", "left with 150 people") and one told as it arrived or was
found ("was found with 41 people on board") count the people at two ends of a voyage: the second is no more than the
first, the difference lost or left on the way (claims.yaml ``departure_verbs``, ``arrival_verbs``). More people
arriving than set off, or two counts at one end, still meet. Invented news text in our own words.
"""

from __future__ import annotations

from collections.abc import Callable

from newsledger import Analysis

_FOUND = "The dinghy was found by a patrol boat off Lampedusa on Sunday with {n} people on board. "


def _quantity(a: Analysis) -> list[str]:
    return [c.summary for c in a.conflicts if c.kind == "quantity"]


def test_fewer_found_aboard_than_boarded_is_no_dispute(analyze: Callable[..., Analysis]) -> None:
    a = analyze(_FOUND.format(n=41) + "Tunisia's coast guard says 52 people boarded it in Sfax.")
    assert not _quantity(a)
    assert {41.0, 52.0} <= {c.value.low for c in a.claims if c.kind == "quantity" and c.value is not None}


def test_more_found_than_boarded_or_two_counts_at_one_end_still_meet(analyze: Callable[..., Analysis]) -> None:
    assert _quantity(analyze(_FOUND.format(n=61) + "Tunisia's coast guard says 52 people boarded it in Sfax."))
    assert _quantity(analyze(_FOUND.format(n=41) + "Tunisia's coast guard says 52 people were on board when it was "
                                                  "found."))
