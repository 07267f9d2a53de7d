"""Handlers for expressions relative to the publication date, durations, clock times and references.

"yesterday", "on Friday", "last week", "two days ago", "the end of the year";
"three years" (P3Y, not a date); "5 p.m. EST"; "now" (PRESENT_REF); "every week".
Anaphoric expressions ("a year earlier", "that day") are detected but get no value.
"""

from __future__ import annotations

import datetime as dt
import re

from ..models import Precision
from .time_context import Context, direction
from .time_lexicon import CLOCK_UNITS, parse_number, unit_code, weekday_number
from .time_values import (
    Resolved,
    add_months,
    day,
    decade,
    month,
    nearest_weekday,
    quarter,
    unresolved,
    week,
    year,
)

__all__ = [
    "resolve_ago", "resolve_anaphoric", "resolve_clock", "resolve_deictic_day", "resolve_duration",
    "resolve_period_edge", "resolve_reference", "resolve_relative_unit", "resolve_set",
    "resolve_the_weekend", "resolve_weekday",
]

_PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI"}


def _with_part(r: Resolved, part: str | None) -> Resolved:
    if r.value is None or not part:
        return r
    return Resolved(f"{r.value}T{_PARTS[part.lower()]}", r.precision, r.anchor, r.date)


def resolve_deictic_day(m: re.Match[str], ctx: Context) -> Resolved | None:
    """yesterday, today, tomorrow, tonight, this morning, the day after tomorrow."""
    word = " ".join(m["rel"].lower().split())
    offset = {"yesterday": -1, "today": 0, "tomorrow": 1, "tonight": 0, "the day before yesterday": -2,
              "the day after tomorrow": 2, "last night": -1, "this morning": 0, "this afternoon": 0,
              "this evening": 0, "overnight": 0}[word]
    if ctx.pub is None:
        return unresolved("day")
    part = word.split()[-1] if word.startswith(("this ", "last ")) else None  # "this morning": a time of day
    return _with_part(day(ctx.pub + dt.timedelta(days=offset), "published"), part)


def resolve_weekday(m: re.Match[str], ctx: Context) -> Resolved | None:
    """Weekdays: the most recent such day (the publication day included) unless the clause looks ahead."""
    if ctx.pub is None:
        return unresolved("day")
    wd = weekday_number(m["wd"])
    rel = " ".join((m["rel"] or "").lower().split())
    if rel in ("last", "this past", "past", "the previous"):
        d = nearest_weekday(ctx.pub, wd, "past", strict=True)
    elif rel in ("next", "this coming", "the coming", "coming", "the following"):
        d = nearest_weekday(ctx.pub, wd, "future", strict=True)
    else:
        # A bare weekday in news is the most recent one, today included, unless the verb looks ahead.
        # Present tense with a weekday is a schedule ("leaders meet Friday").
        ahead = ctx.tense(m.start(), m.end()) in ("future", "present")
        d = nearest_weekday(ctx.pub, wd, "future" if ahead else "past")
    # "Friday night" is dated by its day, as TimeML annotators write it; the part stays in the text.
    return day(d, "published")


_RELATIVE_OFFSET = {"last": -1, "past": -1, "previous": -1, "prior": -1, "this past": -1, "this": 0,
                    "current": 0, "next": 1, "coming": 1, "this coming": 1, "following": 1}


def resolve_relative_unit(m: re.Match[str], ctx: Context) -> Resolved | None:
    """last/this/next week, month, year, quarter, decade, century (ISO weeks)."""
    rel = " ".join(m["rel"].lower().split()).removeprefix("the ").strip()
    unit = m["unit"].lower()
    if rel in ("same", "following", "previous", "prior") and m["rel"].lower().startswith("the"):
        return unresolved(_UNIT_PRECISION.get(unit, "unknown"))  # anaphoric: "the same week"
    precision = "week" if unit == "weekend" else _UNIT_PRECISION.get(unit, "unknown")
    off = _RELATIVE_OFFSET.get(rel)
    if ctx.pub is None or off is None:
        return unresolved(precision)
    p = ctx.pub
    if unit == "week":
        return week(p + dt.timedelta(weeks=off), "published")
    if unit == "weekend":
        r = week(p + dt.timedelta(weeks=off), "published")
        return Resolved(f"{r.value}-WE", "week", "published", r.date + dt.timedelta(days=5) if r.date else None)
    if unit == "month":
        return month(*add_months(p.year, p.month, off), "published")
    if unit == "year":
        return year(p.year + off, "published")
    if unit == "quarter":
        y, mo = add_months(p.year, p.month, 3 * off)
        return quarter(y, (mo - 1) // 3 + 1, "published")
    if unit == "decade":
        return decade((p.year // 10 + off) * 10, "published")
    if unit == "century":
        c = p.year // 100 + off
        return Resolved(f"{c:02d}", "unknown", "published", dt.date(max(1, c * 100), 1, 1))
    return unresolved()


def resolve_period_edge(m: re.Match[str], ctx: Context) -> Resolved | None:
    """'By the end of the year': in news, the year (month, week) of publication."""
    unit = m["unit"].lower()
    if ctx.pub is None:
        return unresolved(_UNIT_PRECISION[unit])
    if unit == "week":
        return week(ctx.pub, "published")
    if unit == "month":
        return month(ctx.pub.year, ctx.pub.month, "published")
    return year(ctx.pub.year, "published")


def resolve_the_weekend(m: re.Match[str], ctx: Context) -> Resolved | None:
    """The weekend just past (or under way) unless the verb looks ahead: 2025-W33-WE."""
    if ctx.pub is None:
        return unresolved("week")
    # The weekend just past (or under way) unless the verb looks ahead.
    sat = nearest_weekday(ctx.pub, 5, "future" if direction(ctx, m) == "future" else "past")
    if ctx.pub.weekday() == 6 and direction(ctx, m) != "future":
        sat = ctx.pub - dt.timedelta(days=1)
    r = week(sat, "published")
    return Resolved(f"{r.value}-WE", "week", "published", sat)


_UNIT_PRECISION: dict[str, Precision] = {
    "day": "day", "night": "day", "week": "week", "fortnight": "week", "month": "month", "quarter": "season",
    "year": "year", "decade": "decade", "hour": "day", "minute": "day", "second": "day", "century": "unknown",
}


def resolve_ago(m: re.Match[str], ctx: Context) -> Resolved | None:
    """two days ago, three weeks ago, a year ago (and 'from now'), at the unit's precision."""
    n = parse_number(m["num"]) if m["num"] else 1
    unit, _ = unit_code(m["unit"])
    if n is None and m["dir"].lower() == "ago":
        return Resolved("PAST_REF", "unknown", "none")  # "several years ago": past, no more precise
    if n is None or not isinstance(n, int) or ctx.pub is None:
        return unresolved(_UNIT_PRECISION.get(unit, "unknown"))
    p = ctx.pub
    sign = 1 if m["dir"].lower() in ("from now", "hence") else -1
    if unit in ("day", "night", "hour", "minute", "second"):
        days = n if unit in ("day", "night") else 0
        return day(p + dt.timedelta(days=sign * days), "published")
    if unit in ("week", "fortnight"):
        return week(p + dt.timedelta(weeks=sign * n * (2 if unit == "fortnight" else 1)), "published")
    if unit == "month":
        return month(*add_months(p.year, p.month, sign * n), "published")
    if unit == "quarter":
        y, mo = add_months(p.year, p.month, sign * 3 * n)
        return quarter(y, (mo - 1) // 3 + 1, "published")
    if unit == "year":
        return year(p.year + sign * n, "published")
    if unit == "decade":
        return decade((p.year + sign * 10 * n) // 10 * 10, "published")
    return unresolved()


def resolve_anaphoric(m: re.Match[str], ctx: Context) -> Resolved | None:
    """Relative to some other time in the story ("a year earlier", "that day"): no value."""
    unit = (m["unit"] or m["u2"] or "").lower()
    singular = unit_code(unit)[0] if unit and unit not in ("morning", "evening") else "day"
    return unresolved(_UNIT_PRECISION.get(singular, "unknown"))


_RATE_BEFORE = re.compile(r"(?i:\b(?:once|twice|thrice|times|per|than|\d|percent)\W*)$")


def resolve_duration(m: re.Match[str], ctx: Context) -> Resolved | None:
    """Durations: three years -> P3Y, a 12-day war -> P12D, five hours -> PT5H. Not dates."""
    unit, code = unit_code(m["unit"])
    num = m["num"].lower()
    if num in ("a", "an") and unit == "second":
        return None  # "a second day" is an ordinal
    if num in ("a", "an") and not (m["pre"] or m["mod"]):
        # "a year" is a duration ("for a year", "take a decade") except as a rate ("twice a year").
        before = ctx.text[max(0, m.start() - 10):m.start()]
        if _RATE_BEFORE.search(before):
            return None
    n = parse_number(num)
    amount = "X" if n is None else (f"{n:g}" if isinstance(n, float) else str(n))
    value = f"PT{amount}{code}" if unit in CLOCK_UNITS else f"P{amount}{code}"
    return Resolved(value, _UNIT_PRECISION.get(unit, "unknown"), "explicit", None)


def resolve_clock(m: re.Match[str], ctx: Context) -> Resolved | None:
    """Clock times on the publication day, with the zone where given: 16:15 UTC -> ...T16:15Z."""
    if m["word"]:
        hh, mm = (12, 0) if m["word"].lower() == "noon" else (24, 0)
    else:
        hh, mm = int(m["h"] or m["h2"] or m["h3"]), int(m["m"] or m["m2"] or m["m3"] or 0)
        ap = (m["ap"] or "").lower().replace(".", "")
        if ap == "pm" and hh < 12:
            hh += 12
        elif ap == "am" and hh == 12:
            hh = 0
    if hh > 24 or mm > 59:
        return None
    if ctx.pub is None:
        return unresolved("day")
    base = ctx.pub
    if hh == 24:
        hh, base = 0, base + dt.timedelta(days=1)
    zone = _ZONE_SUFFIX.get((m["tz"] or "").upper(), "")  # the zone is kept where the text gives it
    return Resolved(f"{base.isoformat()}T{hh:02d}:{mm:02d}{zone}", "day", "published", base)


# TIMEX3 values carry ISO 8601 zone designators: Z for UTC, else the offset of the abbreviation.
_ZONE_SUFFIX = {"UTC": "Z", "GMT": "Z", "EST": "-05:00", "EDT": "-04:00", "CST": "-06:00", "CDT": "-05:00",
                "MST": "-07:00", "MDT": "-06:00", "PST": "-08:00", "PDT": "-07:00"}


def resolve_reference(m: re.Match[str], ctx: Context) -> Resolved | None:
    """now -> PRESENT_REF, in the past -> PAST_REF, in the future -> FUTURE_REF; recently: no value."""
    word = " ".join(m[0].lower().split())
    if word in ("recently", "lately", "of late"):
        return unresolved()  # vague: no value rather than a wrong one
    if "past" in word or word in ("previously", "formerly", "once"):
        return Resolved("PAST_REF", "unknown", "none")
    if "future" in word:
        return Resolved("FUTURE_REF", "unknown", "none")
    return Resolved("PRESENT_REF", "unknown", "none")


def resolve_set(m: re.Match[str], ctx: Context) -> Resolved | None:
    """Recurrences: daily -> P1D, every week -> P1W, each Thursday -> XXXX-WXX-4."""
    word = " ".join(m[0].lower().split())
    if m["wd"]:
        return Resolved(f"XXXX-WXX-{weekday_number(m['wd']) + 1}", "unknown", "explicit")
    for key, code in (("dai", "D"), ("day", "D"), ("night", "D"), ("morning", "D"), ("week", "W"),
                      ("month", "M"), ("annual", "Y"), ("year", "Y")):
        if key in word:
            return Resolved(f"P1{code}", "unknown", "explicit")
    return None
