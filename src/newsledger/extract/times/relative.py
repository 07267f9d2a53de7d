"""Handlers for expressions relative to the publication date, durations, clock times and references.

"yesterday", "on Friday", "last week", "two days ago", "the end of the year";
"three years" (P3Y, not a date); "5 p.m. EST"; "now" (PRESENT_REF); "every week".
Anaphoric expressions ("a year earlier", "that day") are detected but get no value.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from ...lexicon.times import RuleWords, TimeLexicon
from ...models import Precision
from ...textutil import weekday_number, zone_designator
from .context import Context, direction, handles
from .patterns import alternatives, parse_number, unit_code
from .values import (
    Resolved,
    add_months,
    century,
    day,
    decade,
    month,
    nearest_weekday,
    quarter,
    shift,
    unresolved,
    week,
    year,
)

__all__ = [
    "is_age", "resolve_ago", "resolve_anaphoric", "resolve_clock", "resolve_deictic_day", "resolve_duration",
    "resolve_period_edge", "resolve_race_time", "resolve_reference", "resolve_relative_unit", "resolve_set",
    "resolve_the_weekend", "resolve_weekday",
]


def _with_part(r: Resolved, part: str | None, ctx: Context) -> Resolved:
    if r.value is None or not part:
        return r
    return Resolved(f"{r.value}T{ctx.words.parts_of_day[part.lower()]}", r.precision, r.anchor, r.date)


def _precision(ctx: Context, unit: str) -> Precision:
    found = ctx.words.unit(unit)
    return found.precision if found is not None else "unknown"


@handles("deictic_day")
def resolve_deictic_day(m: re.Match[str], ctx: Context) -> Resolved | None:
    """yesterday, today, tomorrow, tonight, this morning, the day after tomorrow."""
    word = " ".join(m["rel"].lower().split())
    offset = ctx.words.rule("deictic_day").numbers("days")[word]
    if ctx.pub is None:
        return unresolved("day")
    last = word.split()[-1]
    part = last if " " in word and last in ctx.words.parts_of_day else None  # "this morning": a time of day
    return _with_part(day(shift(ctx.pub, days=offset), "published"), part, ctx)


@handles("weekday")
def resolve_weekday(m: re.Match[str], ctx: Context) -> Resolved | None:
    """Weekdays: the most recent such day (the publication day included) unless the clause looks ahead."""
    if ctx.pub is None:
        return unresolved("day")
    w = ctx.words.rule("weekday")
    wd = weekday_number(m["wd"])
    rel = " ".join((m["rel"] or "").lower().split())
    if rel in w.words("past"):
        d = nearest_weekday(ctx.pub, wd, "past", strict=True)
    elif rel in w.words("future"):
        d = nearest_weekday(ctx.pub, wd, "future", strict=True)
    else:
        # A bare weekday in news is the most recent one, today included, unless the verb looks ahead.
        # Present tense with a weekday is a schedule ("leaders meet Friday").
        ahead = ctx.tense(m.start(), m.end()) in ("future", "present")
        d = nearest_weekday(ctx.pub, wd, "future" if ahead else "past")
    # "Friday night" is dated by its day, as TimeML annotators write it; the part stays in the text.
    return day(d, "published")


@handles("relative_unit")
def resolve_relative_unit(m: re.Match[str], ctx: Context) -> Resolved | None:
    """last/this/next week, month, year, quarter, decade, century (ISO weeks)."""
    w = ctx.words.rule("relative_unit")
    rel = " ".join(m["rel"].lower().split()).removeprefix("the ").strip()
    unit = m["unit"].lower()
    if rel in w.words("anaphoric") and m["rel"].lower().startswith("the"):
        return unresolved(_precision(ctx, unit))  # anaphoric: "the same week"
    precision = "week" if unit == "weekend" else _precision(ctx, unit)
    off = w.numbers("offsets").get(rel)
    if ctx.pub is None or off is None:
        return unresolved(precision)
    if unit == "weekend":
        r = week(shift(ctx.pub, weeks=off), "published")
        saturday = shift(r.date, days=5) if r.date else None
        # The weekend of the calendar's last week (9999-W52) would end in year 10000: no value.
        return Resolved(f"{r.value}-WE", "week", "published", saturday) if saturday else unresolved("week")
    return _units_from(ctx.pub, unit_code(ctx.words, unit).code, off)


def _units_from(p: dt.date, code: str, off: int) -> Resolved:
    """The week, month, year, quarter, decade or century (by TIMEX3 letter) ``off`` of them from ``p``."""
    if code == "W":
        return week(shift(p, weeks=off), "published")
    if code == "M":
        return month(*add_months(p.year, p.month, off), "published")
    if code == "Y":
        return year(p.year + off, "published")
    if code == "Q":
        y, mo = add_months(p.year, p.month, 3 * off)
        return quarter(y, (mo - 1) // 3 + 1, "published")
    if code == "DE":
        return decade((p.year // 10 + off) * 10, "published")
    if code == "CE":
        return century(p.year // 100 + off, "published")
    return unresolved()


@handles("period_edge")
def resolve_period_edge(m: re.Match[str], ctx: Context) -> Resolved | None:
    """'By the end of the year': in news, the year (month, week) of publication, unless the clause's tense
    puts that edge on the other side of the publication date: "peaked by the end of the year" written in
    March is last year's end, "will start at the beginning of the year" written in November next year's."""
    unit = unit_code(ctx.words, m["unit"])
    if ctx.pub is None:
        return unresolved(unit.precision)
    edges = ctx.words.rule("period_edge")
    edge = m["edge"].lower()
    way = direction(ctx, m, "nearest")
    off = 0
    if way == "past" and edge in edges.words("late_edges") and not _in_last_part(ctx.pub, unit.code):
        off = -1  # that edge of the current period is still ahead: the story tells of the previous one's
    elif way == "future" and edge in edges.words("early_edges") and not _in_first_part(ctx.pub, unit.code):
        off = 1
    return _units_from(ctx.pub, unit.code, off)


def _in_last_part(p: dt.date, code: str) -> bool:
    """Whether ``p`` lies in the last stretch of its week (weekend), month (last week) or year (December)."""
    if code == "W":
        return p.weekday() >= 4
    if code == "M":
        return (shift(p, days=7) or p).month != p.month
    return p.month == 12


def _in_first_part(p: dt.date, code: str) -> bool:
    """Whether ``p`` lies in the first stretch of its week (Monday), month (first week) or year (January)."""
    if code == "W":
        return p.weekday() == 0
    if code == "M":
        return p.day <= 7
    return p.month == 1


@handles("the_weekend")
def resolve_the_weekend(m: re.Match[str], ctx: Context) -> Resolved | None:
    """The weekend just past (or under way) unless the verb looks ahead: 2025-W33-WE."""
    if ctx.pub is None:
        return unresolved("week")
    # The weekend just past (or under way) unless the verb looks ahead.
    sat = nearest_weekday(ctx.pub, 5, "future" if direction(ctx, m) == "future" else "past")
    if ctx.pub.weekday() == 6 and direction(ctx, m) != "future":
        sat = shift(ctx.pub, days=-1)
    r = week(sat, "published")
    return Resolved(f"{r.value}-WE", "week", "published", sat) if sat and r.value else unresolved("week")


@handles("ago")
def resolve_ago(m: re.Match[str], ctx: Context) -> Resolved | None:
    """two days ago, three weeks ago, a year ago (and 'from now'), at the unit's precision."""
    n = parse_number(ctx.words, m["num"]) if m["num"] else 1
    unit = unit_code(ctx.words, m["unit"])
    sign = ctx.words.rule("ago").numbers("directions")[" ".join(m["dir"].lower().split())]
    if n is None and sign < 0:
        return Resolved("PAST_REF", "unknown", "none")  # "several years ago": past, no more precise
    if n is None or not isinstance(n, int) or ctx.pub is None:
        return unresolved(unit.precision)
    p = ctx.pub
    if unit.code == "D" or unit.clock:
        days = n if not unit.clock else 0
        return day(shift(p, days=sign * days), "published")
    if unit.code == "W":
        return week(shift(p, weeks=sign * n * unit.count), "published")
    if unit.code == "DE":
        return decade((p.year + sign * 10 * n) // 10 * 10, "published")
    if unit.code in ("M", "Q", "Y"):
        return _units_from(p, unit.code, sign * n)
    return unresolved()


_YEARLIKE = re.compile(r"(?:1[89]|20|21)\d\d")
_THAN = re.compile(r"\s+than\b")


@handles("anaphoric")
def resolve_anaphoric(m: re.Match[str], ctx: Context) -> Resolved | None:
    """Relative to some other time in the story ("a year earlier", "that day"): no value. A comparison
    ("a month earlier than usual") is no such time: the count alone is then a duration (P1M)."""
    if m["unit"] and _THAN.match(ctx.text, m.end()):
        return None
    unit = ctx.words.unit((m["unit"] or m["u2"] or "").lower())
    return unresolved(unit.precision if unit is not None else "day")


@functools.cache  # one per lexicon (rule words hash by identity)
def _rate_before(w: RuleWords) -> re.Pattern[str]:
    return re.compile(rf"(?i:\b(?:{alternatives(w.words('rates'))}|\d)\W*)$")


@handles("duration", "duration_adjective")
def resolve_duration(m: re.Match[str], ctx: Context) -> Resolved | None:
    """Durations: three years -> P3Y, a 12-day war -> P12D, five hours -> PT5H. Not dates."""
    unit = unit_code(ctx.words, m["unit"])
    w = ctx.words.rule("duration")
    num = m["num"].lower()
    if num in ("a", "an") and unit.name == "second":
        return None  # "a second day" is an ordinal
    if num in ("a", "an") and not (m["pre"] or m["mod"]):
        # "a year" is a duration ("for a year", "take a decade") except as a rate ("twice a year").
        before = ctx.text[max(0, m.start() - 10):m.start()]
        if _rate_before(w).search(before):
            return None
    if _YEARLIKE.fullmatch(num) and unit.code in ("Q", "M", "W"):
        return unresolved(unit.precision)  # "the 1988 quarter": which one of that year, not 1988 quarters
    if is_age(ctx.words, ctx.text, m.start(), m.end()):
        return None  # "children aged 6 months and older": an age, not a stretch of time
    n = parse_number(ctx.words, num)
    # TimeML writes a decade or a century as years ("a decade" -> P10Y), a fortnight as two weeks.
    in_years = w.numbers("in_years")
    per, code = (in_years[unit.code], "Y") if unit.code in in_years else (unit.count, unit.code)
    total = None if n is None else n * per
    amount = "X" if total is None else (f"{total:g}" if isinstance(total, float) else str(total))
    value = f"PT{amount}{code}" if unit.clock else f"P{amount}{code}"
    return Resolved(value, unit.precision, "explicit", None)


@functools.cache  # one per lexicon (rule words hash by identity)
def _age_words(w: RuleWords) -> tuple[re.Pattern[str], re.Pattern[str]]:
    return (re.compile(rf"(?i:\b(?:{alternatives(w.words('age_before'))}))\s+$"),
            re.compile(rf"(?i:\s*(?:{alternatives(w.words('age_after'))}))\b"))


def is_age(words: TimeLexicon, text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` (a count of units) is someone's age by the words around it."""
    before, after = _age_words(words.rule("duration"))
    return bool(before.search(text, max(0, start - 12), start) or after.match(text, end))


@functools.cache  # one per lexicon (rule words hash by identity)
def _race_words(w: RuleWords) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    return (re.compile(rf"(?i:\b(?:{alternatives(w.words('clock_before'))}))\s+$"),
            re.compile(rf"(?i:\b(?:{alternatives(w.words('before'))}))\s+$"),
            re.compile(rf"(?i:\s+(?:{alternatives(w.words('after'))}))\b"))


# After a clock reading: a meridiem, a zone in capitals ("GMT", "EST") or "local time".
_CLOCK_AFTER = re.compile(r"\s*(?:(?i:[ap]\.?m\.?)(?!\w)|[A-Z]{2,4}\b|(?i:local\s+time))")


@handles("race_time")
def resolve_race_time(m: re.Match[str], ctx: Context) -> Resolved | None:
    """Stopwatch readings: "won in 2:05:33" -> PT2H5M33S, "in 58:21" -> PT58M21S; "in 3:59" has no value
    (minutes and seconds, or hours and minutes). A clock time is left to the clock rule ("at 14:30:05")."""
    clock_before, race_before, race_after = _race_words(ctx.words.rule("race_time"))
    before = ctx.text[max(0, m.start() - 12):m.start()]
    if clock_before.search(before) or _CLOCK_AFTER.match(ctx.text, m.end()):
        return None
    seconds = f"{int(m['s'])}{m['frac'] or ''}"
    if m["h"]:
        return Resolved(f"PT{int(m['h'])}H{int(m['m'])}M{seconds}S", "unknown", "explicit")
    if not (race_before.search(before) or race_after.match(ctx.text, m.end())):
        return None
    if int(m["m"]) < 24:
        return unresolved()  # "in 3:59": a mile in minutes, or a flight in hours
    return Resolved(f"PT{int(m['m'])}M{seconds}S", "unknown", "explicit")


@handles("clock")
def resolve_clock(m: re.Match[str], ctx: Context) -> Resolved | None:
    """Clock times on the publication day, with the zone where given: 16:15 UTC -> ...T16:15Z, 10:30 CET ->
    ...T10:30+01:00 (the zone offsets are :data:`newsledger.textutil.TIME_ZONES`)."""
    w = ctx.words.rule("clock")
    if m["word"]:
        hh, mm = w.numbers("hours")[m["word"].lower()], 0
    else:
        hh, mm = int(m["h"] or m["h2"] or m["h3"]), int(m["m"] or m["m2"] or m["m3"] or 0)
        ap = w.codes("meridiem").get((m["ap"] or "").lower(), "")
        if ap == "pm" and hh < 12:
            hh += 12
        elif ap == "am" and hh == 12:
            hh = 0
    if hh > 24 or mm > 59:
        return None
    if ctx.pub is None:
        return unresolved("day")
    base: dt.date | None = ctx.pub
    if hh == 24:
        hh, base = 0, shift(ctx.pub, days=1)
    if base is None:
        return unresolved("day")  # "24:00" on the calendar's last day
    zone = zone_designator(m["tz"])  # the zone is kept where the text gives it
    seconds = f":{m['s2']}" if m["s2"] else ""
    return Resolved(f"{base.isoformat()}T{hh:02d}:{mm:02d}{seconds}{zone}", "day", "published", base)


@handles("reference")
def resolve_reference(m: re.Match[str], ctx: Context) -> Resolved | None:
    """now -> PRESENT_REF, in the past -> PAST_REF, in the future -> FUTURE_REF; recently: no value."""
    word = " ".join(m[0].lower().split())
    if word in ctx.words.rule("reference").words("vague"):
        return unresolved()  # vague: no value rather than a wrong one
    if word.endswith("past"):
        return Resolved("PAST_REF", "unknown", "none")
    if word.endswith("future"):
        return Resolved("FUTURE_REF", "unknown", "none")
    return Resolved("PRESENT_REF", "unknown", "none")


@handles("set")
def resolve_set(m: re.Match[str], ctx: Context) -> Resolved | None:
    """Recurrences: daily -> P1D, every week -> P1W, each Thursday -> XXXX-WXX-4."""
    if m["wd"]:
        return Resolved(f"XXXX-WXX-{weekday_number(m['wd']) + 1}", "unknown", "explicit")
    w = ctx.words.rule("set")
    last = m[0].lower().split()[-1]
    code = w.codes("adverbs").get(last) or w.codes("every").get(last) or w.codes("each").get(last)
    return Resolved(f"P1{code}", "unknown", "explicit") if code else None
