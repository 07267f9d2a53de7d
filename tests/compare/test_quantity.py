"""The amount relation: same, compatible or incompatible, with the reporting tolerance."""

from __future__ import annotations

from typing import cast

import pytest

from newsledger.compare import Context, describe
from newsledger.compare.quantity import agree, one_figure, relation, tolerance
from newsledger.models import Amount, Claim, Span


def exact(n: float, unit: str = "deaths") -> Amount:
    return Amount(n, n, unit)


def span(low: float | None, high: float | None, hedge: str = "", unit: str = "deaths") -> Amount:
    return Amount(low, high, unit, hedge or None)


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (exact(120), exact(120), "same"),
        (exact(40), exact(43), "same"),  # within 10%
        (exact(100), exact(110), "same"),  # exactly 10% of the larger
        (exact(100), exact(112), "incompatible"),  # gap 12 > 10% of 112
        (exact(5), exact(7), "same"),  # small counts: within 2
        (exact(5), exact(8), "incompatible"),
        (exact(0), exact(2), "same"),
        (exact(0), exact(3), "incompatible"),  # "no one was killed" vs three dead
        (exact(120), exact(40), "incompatible"),
        # hedged against exact or hedged figures, as the extractor gives them
        (span(None, 40, "barely", "turnout"), exact(69, "turnout"), "incompatible"),  # "barely 40 percent" vs 69
        (span(None, 40, "barely", "turnout"), exact(43, "turnout"), "compatible"),  # within the tolerance
        (span(None, 15, "fewer than"), span(200, None, "more than"), "incompatible"),
        # a hedged single figure reaches 20% either side: "about 40" is 32..48, "nearly 3,000" 2400..3600
        (span(40, 40, "about", "aboard"), span(120, None, "more than", "aboard"), "incompatible"),
        (span(40, 40, "about", "aboard"), exact(52, "aboard"), "compatible"),  # 48 to 52: under 10%
        (span(40, 40, "about", "aboard"), exact(56, "aboard"), "incompatible"),  # 48 to 56: over 10%
        (span(40, 40, "about"), exact(33), "compatible"),
        (span(40, 40, "about"), span(40, 40, "around"), "same"),
        (span(3000, 3000, "nearly", "troops"), exact(2500, "troops"), "compatible"),
        (span(3000, 3000, "nearly", "troops"), span(None, 500, "fewer than", "troops"), "incompatible"),
        (span(2000, 5000, "a few thousand", "displaced"), span(60000, None, "at least", "displaced"),
         "incompatible"),
        # an exact figure within an amount in words bears it out ("a few thousand", then "4,500")
        (span(2000, 5000, "a few thousand", "displaced"), exact(4500, "displaced"), "same"),
        (span(2000, 5000, "a few thousand", "displaced"), span(4500, 4500, "about", "displaced"), "compatible"),
        (span(2000, 5000, "a few thousand", "displaced"), exact(9000, "displaced"), "incompatible"),
        (span(40, None, "at least"), exact(120), "compatible"),
        (span(40, None, "at least"), exact(15), "incompatible"),
        (span(40, None, "at least"), exact(37), "compatible"),  # gap 3 within 10% of 40
        (span(40, None, "more than"), span(None, 38, "fewer than"), "compatible"),  # gap 2: the floor
        (span(None, 10, "fewer than"), exact(100), "incompatible"),
        (span(24, 99, "dozens"), exact(60), "same"),
        (span(24, 99, "dozens"), span(60, None, "more than"), "compatible"),
        # one figure as given, hedged once and once not: "nearly 150" and "150"
        (span(150, 150, "nearly", "deported"), exact(150, "deported"), "same"),
        (span(150, 150, "nearly", "deported"), exact(170, "deported"), "compatible"),
        (span(24, 99, "dozens"), span(24, 99, "dozens"), "same"),
        (exact(120), span(2, 9, "a handful"), "incompatible"),
        (span(200, 999, "hundreds"), span(2000, 9999, "thousands"), "incompatible"),
        (span(None, 200, "up to"), exact(150), "compatible"),
        (span(None, None), exact(3), "compatible"),  # nothing to compare
        (exact(3, "troops"), exact(3000, "deaths"), "compatible"),  # other units: not compared
    ],
)
def test_relation(a: Amount, b: Amount, expected: str) -> None:
    assert relation(a, b) == expected
    assert relation(b, a) == expected  # symmetric


def test_tolerance_has_a_floor_and_grows_with_the_figure() -> None:
    assert tolerance(0) == tolerance(5) == 2
    assert tolerance(1000) == pytest.approx(100)


@pytest.mark.parametrize(
    ("amount", "shown"),
    [
        (span(None, 15, "fewer than"), "fewer than 15 deaths"),
        (span(None, 40, "barely", "turnout"), "barely 40 turnout"),
        (span(200, None, "more than"), "more than 200 deaths"),
        (span(40, 40, "about", "aboard"), "about 40 aboard"),
        (span(2000, 5000, "a few thousand", "displaced"), "a few thousand displaced"),
        (span(30, 40), "30-40 deaths"),
        (exact(7), "7 deaths"),
    ],
)
def test_a_side_shows_the_figure_as_given(amount: Amount, shown: str) -> None:
    claim = Claim(id="k1", kind="quantity", predicate=amount.unit or "deaths", evidence=Span(0, 4, "text"),
                  claimant=None, value=amount)
    assert describe(claim, cast(Context, None)) == shown  # a quantity's words need no context


# --- two sources giving one count ----------------------------------------------------------------------

@pytest.mark.parametrize(
    ("a", "b", "agreeing"),
    [
        (exact(63), exact(63), True),
        (span(None, 80, "nearly", "deported"), exact(80, "deported"), True),  # the figure as given, hedged
        (span(2000, 9999, "thousands", "shootings"), exact(3417, "shootings"), True),  # a count inside words
        (span(24, 99, "dozens"), exact(57), True),
        (span(24, 99, "dozens"), exact(140), False),
        (span(30, None, "at least"), exact(95), False),  # an open bound allows it, nothing more
        (span(30, None, "at least"), exact(31), True),
        (exact(30), exact(45), False),
        (exact(63, "deaths"), exact(63, "injured"), False),  # another unit is no count of this
    ],
)
def test_agree(a: Amount, b: Amount, agreeing: bool) -> None:
    assert agree(a, b) is agreeing
    assert agree(b, a) is agreeing


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (span(90, None, "more than"), exact(90), True),  # "more than 90 tonnes" ... "90 tonnes": one figure
        (span(None, 300, "fewer than"), exact(300), True),
        (span(90, None, "more than"), span(None, 90, "fewer than"), False),  # the figure turned around
        (exact(90), exact(91), False),
        (span(None, None), exact(90), False),
    ],
)
def test_one_figure_told_twice(a: Amount, b: Amount, expected: bool) -> None:
    assert one_figure(a, b) is expected
