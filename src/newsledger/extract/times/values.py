"""Calendar arithmetic for TIMEX3 values: the pieces the time grammar resolves expressions with.

Everything here is a pure function of dates; nothing reads the clock. A value
that needs the publication date and does not have one comes back unresolved
(``value`` None, ``anchor`` "none"), never resolved against the processing date.

Every function here is total over the calendar ``datetime.date`` can hold (years
1 to 9999): a value that would fall outside it ("58,100 years ago", "next week"
on 9999-12-31, a number some table put before "Year Ago") comes back unresolved,
its text kept by the caller, instead of raising. Dates are shifted only through
:func:`shift`, and years become dates only through the constructors below.

Conventions (documented because TimeML leaves some open):

* seasons are meteorological, northern hemisphere: SP = Mar-May, SU = Jun-Aug,
  FA = Sep-Nov, WI = Dec-Feb; the winter that starts in December of year Y is
  ``Y-WI``, so January and February belong to the previous year's winter;
* "last spring" is the most recent spring that has ended before the publication
  date (in August 2025 that is 2025-SP, in February 2025 it is 2024-SP);
* quarters and halves of a year are calendar ones (``2025-Q1``, ``2025-H2``).
"""

from __future__ import annotations

import datetime as dt
from typing import Literal, NamedTuple

from ...models import Anchor, Precision

__all__ = [
    "SEASONS",
    "Direction",
    "Resolved",
    "add_months",
    "century",
    "closest_year",
    "day",
    "decade",
    "half",
    "month",
    "nearest_weekday",
    "quarter",
    "season",
    "season_of",
    "shift",
    "unresolved",
    "week",
    "year",
]

Direction = Literal["past", "future", "nearest"]


class Resolved(NamedTuple):
    """A normalised value: TIMEX3 string, precision, how it was anchored, first day covered."""

    value: str | None
    precision: Precision
    anchor: Anchor
    date: dt.date | None = None


def unresolved(precision: Precision = "unknown") -> Resolved:
    """No value: vague, anaphoric, or relative with no publication date to resolve against."""
    return Resolved(None, precision, "none", None)


def shift(d: dt.date, *, days: int = 0, weeks: int = 0) -> dt.date | None:
    """``d`` moved by ``days`` and ``weeks``, or None where that leaves the calendar (years 1 to 9999)."""
    try:
        return d + dt.timedelta(days=days, weeks=weeks)
    except OverflowError:  # past either end of the calendar, or a count no timedelta holds
        return None


def _first_day(y: int, m: int = 1) -> dt.date | None:
    """The first day of month ``m`` of year ``y``, None for a year the calendar does not hold."""
    return dt.date(y, m, 1) if dt.MINYEAR <= y <= dt.MAXYEAR else None


def day(d: dt.date | None, anchor: Anchor) -> Resolved:
    """The day ``d``; unresolved where ``d`` is None (a shift that left the calendar)."""
    if d is None:
        return unresolved("day")
    return Resolved(d.isoformat(), "day", anchor, d)


def month(y: int, m: int, anchor: Anchor) -> Resolved:
    first = _first_day(y, m)
    if first is None:
        return unresolved("month")
    return Resolved(f"{y:04d}-{m:02d}", "month", anchor, first)


def year(y: int, anchor: Anchor) -> Resolved:
    first = _first_day(y)
    if first is None:
        return unresolved("year")
    return Resolved(f"{y:04d}", "year", anchor, first)


def decade(first_year: int, anchor: Anchor) -> Resolved:
    """The decade starting in ``first_year`` (1990 -> ``199``)."""
    if not 0 <= first_year <= dt.MAXYEAR:
        return unresolved("decade")
    # Decade 000 begins in year 0, which the calendar lacks: its first day is then 0001-01-01.
    return Resolved(f"{first_year // 10:03d}", "decade", anchor, dt.date(max(dt.MINYEAR, first_year), 1, 1))


def century(c: int, anchor: Anchor) -> Resolved:
    """The century numbered ``c`` in TIMEX3 (the 20th century, 1900-1999, is ``19``)."""
    if not 0 <= c <= dt.MAXYEAR // 100:
        return unresolved()
    return Resolved(f"{c:02d}", "unknown", anchor, dt.date(max(dt.MINYEAR, c * 100), 1, 1))


def week(d: dt.date | None, anchor: Anchor) -> Resolved:
    """The ISO week containing ``d`` (``2025-W33``); the date is its Monday."""
    monday = shift(d, days=-d.weekday()) if d is not None else None
    if d is None or monday is None:
        return unresolved("week")
    iso = d.isocalendar()
    return Resolved(f"{iso.year:04d}-W{iso.week:02d}", "week", anchor, monday)


def quarter(y: int, q: int, anchor: Anchor) -> Resolved:
    # A quarter is a three-month stretch like a season; "season" is the closest precision we have.
    first = _first_day(y, 3 * q - 2)
    if first is None:
        return unresolved("season")
    return Resolved(f"{y:04d}-Q{q}", "season", anchor, first)


def half(y: int, h: int, anchor: Anchor) -> Resolved:
    """Half ``h`` (1 or 2) of year ``y``: ``2024-H1``."""
    first = _first_day(y, 6 * h - 5)
    if first is None:
        return unresolved()
    return Resolved(f"{y:04d}-H{h}", "unknown", anchor, first)


SEASONS = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}  # first month of each season


def season(y: int, code: str, anchor: Anchor) -> Resolved:
    first = _first_day(y, SEASONS[code])
    if first is None:
        return unresolved("season")
    return Resolved(f"{y:04d}-{code}", "season", anchor, first)


def season_of(d: dt.date) -> tuple[int, str]:
    """The (year, code) of the season ``d`` falls in; January and February are the previous year's winter."""
    if d.month in (1, 2):
        return d.year - 1, "WI"
    for code, first in (("WI", 12), ("FA", 9), ("SU", 6), ("SP", 3)):
        if d.month >= first:
            return d.year, code
    raise AssertionError("unreachable")


def add_months(y: int, m: int, delta: int) -> tuple[int, int]:
    """(year, month) shifted by ``delta`` months."""
    index = y * 12 + (m - 1) + delta
    return index // 12, index % 12 + 1


def nearest_weekday(pub: dt.date, weekday: int, direction: Direction, strict: bool = False) -> dt.date | None:
    """The closest ``weekday`` (0 = Monday) before or after ``pub``; None where it lies outside the calendar.

    ``past``: the most recent such day, ``pub`` itself included unless ``strict``;
    ``future``: the next one, likewise. News uses a bare weekday for the past week.
    """
    if direction == "future":
        ahead = (weekday - pub.weekday()) % 7
        if ahead == 0 and strict:
            ahead = 7
        return shift(pub, days=ahead)
    back = (pub.weekday() - weekday) % 7
    if back == 0 and strict:
        back = 7
    return shift(pub, days=-back)


def closest_year(pub: dt.date, m: int, d: int | None, direction: Direction) -> int | None:
    """Year for a month (and day) given without one: past -> latest on or before ``pub``,
    future -> earliest on or after, nearest -> whichever is closer (ties go to the past).
    None when the day does not exist in any candidate year (February 30)."""
    candidates: list[dt.date] = []
    for y in (pub.year - 1, pub.year, pub.year + 1):
        try:
            candidates.append(dt.date(y, m, d or 1))
        except ValueError:
            continue
    if not candidates:
        return None
    if d is None:
        # A month counts as "on or before" while it is still running.
        cur = dt.date(pub.year, pub.month, 1)
        past = [c for c in candidates if c <= cur]
        future = [c for c in candidates if c >= cur]
    else:
        past = [c for c in candidates if c <= pub]
        future = [c for c in candidates if c >= pub]
    if direction == "past" and past:
        return max(past).year
    if direction == "future" and future:
        return min(future).year
    ref = dt.date(pub.year, pub.month, 1) if d is None else pub
    return min(candidates, key=lambda c: (abs((c - ref).days), c > ref)).year
