"""Whether two claimed amounts can both hold: the quantity rule of :mod:`newsledger.compare`.

Each amount is a range (``low``..``high``; an open end is ``None``), the figures as given; a hedged
single figure ("about 40", "nearly 3,000", :data:`APPROXIMATE`) stands for 20% either side of it. Two
ranges are *incompatible* only when a gap separates them that is wider than the tolerance of reporting
(:func:`tolerance`): 10% of the larger figure at the gap, and never less than 2, so "40" and "43", or
"5" and "7", are not a dispute while "40" and "120", "at least 40" and "15", or "120 dead" and "a
handful" are. Overlapping ranges are *compatible* ("at least 40" and "120"; "dozens" and "60");
identical ranges, one figure as given ("nearly 150" and "150"), an exact figure within an amount in
words ("thousands" and "2,521"), or two exact figures within the tolerance, are the *same*. "As many as
N" (:data:`EMPHATIC`) claims a count near N, at least half of it: "as many as 100,000" conflicts with "some
8,000". Amounts of different units are never compared here: the caller pairs claims of one unit, and this
function answers ``compatible`` for any other pair.
"""

from __future__ import annotations

from typing import Literal

from ..models import Amount

__all__ = ["OPEN_PREFIX", "POPULATION", "RECORDED_PREFIX", "SUM_PREFIX", "Relation", "agree", "is_open", "is_recorded",
           "one_figure", "relation", "tolerance"]

Relation = Literal["same", "compatible", "incompatible"]

OPEN_PREFIX = "count:"
"""Predicate prefix of an open count: a count of a thing no class names ("count:case:record" for "1,850
measles cases had been recorded"). Such claims are compared within one article only: across articles one
noun names too many things."""


SUM_PREFIX = "sum:"
"""Predicate prefix of a sum of money ("sum:euro:fund" for "a fund of 340 million euros"), compared like an open
count: within one article only."""


RECORDED_PREFIX = "figure:"
"""Predicate prefix of a figure recorded as given but never compared ("figure:day" for "for six days", "figure:evacuee"
for "about 200 of the evacuees"): a figure no frame ties to one counted thing, act and time, so two of them may
measure two things."""


def is_open(predicate: str) -> bool:
    """The predicate of an open count, of a sum or of a recorded figure."""
    return predicate.startswith((OPEN_PREFIX, SUM_PREFIX, RECORDED_PREFIX))


def is_recorded(predicate: str) -> bool:
    """The predicate of a figure recorded and never compared (:data:`RECORDED_PREFIX`)."""
    return predicate.startswith(RECORDED_PREFIX)

POPULATION = frozenset({"people", "person", "citizen", "national", "individual", "inhabitant"})
"""Nouns of people that name no group of their own (as :func:`newsledger.compare._words` gives them): "people" and
"Indonesian citizens" who crossed are one population, "people" and "children" two."""

SHARE = 0.1  # of the larger figure at the gap
FLOOR = 2.0  # the least tolerance, for small counts
APPROXIMATE = 0.2  # how far either side of a hedged single figure ("about 40") it reaches
# Hedges that give a figure as the top of a large count, not as a mere cap: "as many as 100,000" claims the
# count came near 100,000 (at least half of it), so it cannot stand beside "some 8,000".
EMPHATIC = frozenset({"as many as", "as much as", "as high as"})
EMPHATIC_FLOOR = 0.5


def tolerance(figure: float) -> float:
    """How far apart two reports of ``figure`` may lie and still be one count: 10%, at least 2."""
    return max(FLOOR, SHARE * abs(figure))


def _bounds(a: Amount) -> tuple[float, float]:
    """The range an amount stands for: open ends 0 and infinity, a hedged single figure widened."""
    low = a.low if a.low is not None else 0.0
    high = a.high if a.high is not None else float("inf")
    if a.hedge and a.low is not None and a.low == a.high:  # "about 40", "nearly 3,000"
        low, high = low * (1 - APPROXIMATE), high * (1 + APPROXIMATE)
    elif a.hedge in EMPHATIC and a.low is None and a.high is not None:  # "as many as 100,000"
        low = a.high * EMPHATIC_FLOOR
    return (low, high) if low <= high else (high, low)


def _in_words(vague: Amount, exact: Amount) -> bool:
    """``exact`` is a single unhedged figure within ``vague``, an amount in words ("thousands", "dozens")."""
    return (vague.hedge is not None and vague.low is not None and vague.high is not None and vague.low < vague.high
            and exact.hedge is None and exact.low is not None and exact.low == exact.high
            and vague.low <= exact.low <= vague.high)


def relation(a: Amount, b: Amount) -> Relation:
    """``same`` where the figures agree, ``incompatible`` where their ranges (hedges allowed for) cannot
    both hold, else ``compatible``. Pure; see the module docstring for the tolerance."""
    if a.unit is not None and b.unit is not None and a.unit != b.unit:
        return "compatible"
    if (a.low is None and a.high is None) or (b.low is None and b.high is None):
        return "compatible"  # nothing to compare
    if a.low is not None and (a.low, a.high) == (b.low, b.high):
        return "same"  # one figure as given, hedged or not: "nearly 150" and "150"
    if _in_words(a, b) or _in_words(b, a):
        return "same"  # "thousands of shootings" and "2,521 shootings"
    (alow, ahigh), (blow, bhigh) = _bounds(a), _bounds(b)
    if (alow, ahigh) == (blow, bhigh):
        return "same"
    if ahigh < blow:
        gap, top = blow - ahigh, blow
    elif bhigh < alow:
        gap, top = alow - bhigh, alow
    else:
        gap, top = 0.0, 0.0
    if gap > tolerance(top):
        return "incompatible"
    exact = alow == ahigh and blow == bhigh
    return "same" if exact and abs(alow - blow) <= tolerance(max(alow, blow)) else "compatible"


def _stated(a: Amount) -> float | None:
    """The figure as given: the lower bound, else the upper one ("fewer than 15": 15)."""
    return a.low if a.low is not None else a.high


def one_figure(a: Amount, b: Amount) -> bool:
    """Both amounts give one figure, however hedged ("more than 90" and "90"): one side telling its figure twice."""
    fa, fb = _stated(a), _stated(b)
    return fa is not None and fa == fb and (a.low == b.low or a.high == b.high)


def agree(a: Amount, b: Amount) -> bool:
    """Two reports give one count (see the module docstring): ``same``, or ``compatible`` with the figures as
    given within the tolerance, or an exact figure inside an amount in words."""
    rel = relation(a, b)
    if rel != "compatible" or (a.unit is not None and b.unit is not None and a.unit != b.unit):
        return rel == "same"
    fa, fb = _stated(a), _stated(b)
    if fa is None or fb is None:
        return False
    return abs(fa - fb) <= tolerance(max(fa, fb))  # an exact figure inside an amount in words is "same" already
