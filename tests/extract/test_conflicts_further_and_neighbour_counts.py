"""Counts of one storm in two places are no dispute (issue 14, helper fa38).

A count told as an addition to one told before ("a further 2 deaths", "an additional 40 arrests") counts other
things than that one; a count set in a place named as the neighbour of the one spoken of ("in the neighbouring
province of X", "in neighbouring X") is of another place than a count set in "the province". Sentences written
for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

from newsledger import Analysis

_STORM = ("Cyclone Ana came ashore on Monday night. The provincial disaster office tells us that 7 people died in the "
          "province. ")


def _quantity(a: Analysis) -> list[str]:
    return [c.summary for c in a.conflicts if c.kind == "quantity"]


def test_a_further_count_adds_to_the_one_before(analyze: Callable[..., Analysis]) -> None:
    for words in ("a further 2 deaths", "an additional 2 deaths"):
        a = analyze(_STORM + f"The regional office of civil defence counts {words}.")
        assert not _quantity(a), words
        # still the office's claim of its figure
        assert any(c.kind == "quantity" and c.value is not None and c.value.low == 2 for c in a.claims)


def test_a_count_in_the_neighbouring_place_is_of_another_place(analyze: Callable[..., Analysis]) -> None:
    for text in ("In the neighbouring province of Moquegua, the regional office of civil defence counts 2 deaths.",
                 "In neighbouring Moquegua, the regional office of civil defence counts 2 deaths.",
                 "The regional office of civil defence counts 2 deaths in the neighbouring district."):
        assert not _quantity(analyze(_STORM + text)), text
    # no neighbour named: two figures of one count
    assert _quantity(analyze(_STORM + "The regional office of civil defence counts 2 deaths."))
