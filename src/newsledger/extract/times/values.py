"""Calendar arithmetic for TIMEX3 values: the pieces the time grammar resolves expressions with.

Everything here is a pure function of dates; nothing reads the clock. A value
that needs the publication date and does not have one comes back unresolved
(``value`` None, ``anchor`` "none"), never resolved against the processing date.

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
    "closest_year",
    "day",
    "decade",
    "month",
    "nearest_weekday",
    "quarter",
    "season",
    "season_of",
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


def day(d: dt.date, anchor: Anchor) -> Resolved:
    return Resolved(d.isoformat(), "day", anchor, d)


def month(y: int, m: int, anchor: Anchor) -> Resolved:
    return Resolved(f"{y:04d}-{m:02d}", "month", anchor, dt.date(y, m, 1))


def year(y: int, anchor: Anchor) -> Resolved:
    return Resolved(f"{y:04d}", "year", anchor, dt.date(y, 1, 1))


def decade(first_year: int, anchor: Anchor) -> Resolved:
    """The decade starting in ``first_year`` (1990 -> ``199``)."""
    return Resolved(f"{first_year // 10:03d}", "decade", anchor, dt.date(first_year, 1, 1))


def week(d: dt.date, anchor: Anchor) -> Resolved:
    """The ISO week containing ``d`` (``2025-W33``); the date is its Monday."""
    iso = d.isocalendar()
    monday = d - dt.timedelta(days=d.weekday())
    return Resolved(f"{iso.year:04d}-W{iso.week:02d}", "week", anchor, monday)


def quarter(y: int, q: int, anchor: Anchor) -> Resolved:
    # A quarter is a three-month stretch like a season; "season" is the closest precision we have.
    return Resolved(f"{y:04d}-Q{q}", "season", anchor, dt.date(y, 3 * q - 2, 1))


SEASONS = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}  # first month of each season


def season(y: int, code: str, anchor: Anchor) -> Resolved:
    return Resolved(f"{y:04d}-{code}", "season", anchor, dt.date(y, SEASONS[code], 1))


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


def nearest_weekday(pub: dt.date, weekday: int, direction: Direction, strict: bool = False) -> dt.date:
    """The closest ``weekday`` (0 = Monday) before or after ``pub``.

    ``past``: the most recent such day, ``pub`` itself included unless ``strict``;
    ``future``: the next one, likewise. News uses a bare weekday for the past week.
    """
    if direction == "future":
        ahead = (weekday - pub.weekday()) % 7
        if ahead == 0 and strict:
            ahead = 7
        return pub + dt.timedelta(days=ahead)
    back = (pub.weekday() - weekday) % 7
    if back == 0 and strict:
        back = 7
    return pub - dt.timedelta(days=back)


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
