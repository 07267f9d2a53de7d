"""Counts that add up to a total the story gives are its parts, not rival figures (issue 14, helper fa41).

Two exact counts of one thing ("6 people have died in this district", "3 people have died there") whose sum is a
third count of it in the story ("at least 9 people", "9 deaths in all") are the parts of that total: neither
disputes the other nor the total. Counts that add up to no count of the story still meet as before. Sentences
written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

from newsledger import Analysis

_PARTS = ("The Marsel district council says 6 people have died in this district, most of them in their cars. In Velmor "
          "county, the county authorities say 3 people have died there, two of them fishermen.")


def _quantity(a: Analysis) -> list[str]:
    return [c.summary for c in a.conflicts if c.kind == "quantity"]


def test_two_counts_that_make_up_the_total_are_its_parts(analyze: Callable[..., Analysis]) -> None:
    for text in (f"Storm Lida has killed at least 9 people since Saturday, according to regional officials. {_PARTS}",
                 f"{_PARTS} Together the two counts come to 9 deaths."):
        a = analyze(text)
        assert not _quantity(a), text
        # each part is still its teller's claim of its figure
        figures = {c.value.low for c in a.claims if c.kind == "quantity" and c.value is not None}
        assert {6.0, 3.0} <= figures, text


def test_counts_that_make_up_no_total_still_meet(analyze: Callable[..., Analysis]) -> None:
    # 6 and 3 make 9, not 20: the figures meet as before
    a = analyze(f"Storm Lida has killed at least 20 people since Saturday, according to regional officials. {_PARTS}")
    assert _quantity(a)
    # 6 and 3 with no total at all: two figures of one count
    assert _quantity(analyze(_PARTS))
