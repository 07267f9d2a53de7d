"""Handlers for calendar expressions: dates, months, years, decades, centuries, quarters, seasons.

Explicit ones ("3 May 2025", "the 1990s") need no publication date; those without
a year ("May 3", "the third quarter", "last spring") take it from the publication
date and the tense of their clause.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from ...lexicon.times import RuleWords
from ...textutil import month_number, weekday_number
from .context import Context, direction, handles, valid_date
from .patterns import alternatives
from .values import (
    Direction,
    Resolved,
    century,
    closest_year,
    day,
    decade,
    half,
    month,
    quarter,
    season,
    season_of,
    unresolved,
    year,
)

__all__ = [
    "resolve_bare_month", "resolve_century", "resolve_decade", "resolve_full_date", "resolve_half",
    "resolve_iso", "resolve_month_day", "resolve_month_rel_year", "resolve_month_year", "resolve_quarter",
    "resolve_season", "resolve_slashed", "resolve_spoken_year", "resolve_year", "resolve_year_tail",
]


@handles("iso")
def resolve_iso(m: re.Match[str], ctx: Context) -> Resolved | None:
    """ISO dates: 2025-05-03 (a time after it is kept in the text, not the value)."""
    d = valid_date(int(m["year"]), int(m["mon"]), int(m["day"]))
    return day(d, "explicit") if d else None


@handles("slashed")
def resolve_slashed(m: re.Match[str], ctx: Context) -> Resolved | None:
    """Slashed dates, US order (05/03/2025 is May 3) unless the first number cannot be a month."""
    # US order (month/day/year) unless the first number cannot be a month.
    a, b, y = int(m["a"]), int(m["b"]), int(m["year"])
    if len(m["year"]) == 2:
        y += 2000 if y < 50 else 1900
    mo, d = (b, a) if a > 12 >= b else (a, b)
    date = valid_date(y, mo, d)
    return day(date, "explicit") if date else None


@handles("month_day_year", "day_month_year")
def resolve_full_date(m: re.Match[str], ctx: Context) -> Resolved | None:
    """Month, day and year in either order: May 3, 2025; 3 May 2025; Friday, 3 May 2025."""
    d = valid_date(int(m["year"]), month_number(m["month"]), int(m["day"]))
    return day(d, "explicit") if d else None


_DEADLINE_DAYS = 60


@functools.cache  # one per lexicon (rule words hash by identity)
def _since_before(w: RuleWords) -> re.Pattern[str]:
    return re.compile(rf"(?i:\b(?:{alternatives(w.words('since'))}))\s+$")


def _calendar_direction(ctx: Context, m: re.Match[str]) -> Direction:
    """Which way from the publication date a month or day without a year lies: "since November" and "as of
    February" look back; otherwise by the clause's tense, a present one being a schedule ("talks resume in
    September"); else the nearer one."""
    if _since_before(ctx.words.rule("bare_month")).search(ctx.text, max(0, m.start() - 10), m.start()):
        return "past"
    return direction(ctx, m, "nearest", present="future")


@handles("month_day", "day_month")
def resolve_month_day(m: re.Match[str], ctx: Context) -> Resolved | None:
    """A day without a year (May 3): the nearest such date, or by the clause's tense."""
    mo, d = month_number(m["month"]), int(m["day"])
    if not 1 <= d <= 31:
        return None
    if ctx.pub is None:
        return unresolved("day")
    if m["wd"]:  # "Friday, May 3": the year in which that day is that weekday, if one is near
        wd = weekday_number(m["wd"])
        for y in (ctx.pub.year, ctx.pub.year - 1, ctx.pub.year + 1):
            cand = valid_date(y, mo, d)
            if cand and cand.weekday() == wd:
                return day(cand, "published")
    way = _calendar_direction(ctx, m)
    if way == "past":
        # A past verb beside a date a few weeks ahead is a deadline set in the past ("set Nov. 10 as the
        # deadline", "payable Dec. 7"): that date, not the same day almost a year back.
        ahead = closest_year(ctx.pub, mo, d, "future")
        ahead_date = valid_date(ahead, mo, d) if ahead else None
        if ahead_date is not None and (ahead_date - ctx.pub).days <= _DEADLINE_DAYS:
            way = "future"
    guess = closest_year(ctx.pub, mo, d, way)
    date = valid_date(guess, mo, d) if guess else None
    return day(date, "published") if date else None


@handles("month_rel_year")
def resolve_month_rel_year(m: re.Match[str], ctx: Context) -> Resolved | None:
    """A month or day of a year named from the publication date: "April 30 next year", "in May last year"."""
    if ctx.pub is None:
        return unresolved("day" if m["day"] else "month")
    shift = ctx.words.rule("month_rel_year").numbers("years")[" ".join(m["yrel"].lower().split())]
    y, mo = ctx.pub.year + shift, month_number(m["month"])
    if not m["day"]:
        return month(y, mo, "published")
    date = valid_date(y, mo, int(m["day"]))
    return day(date, "published") if date else None


@handles("month_year")
def resolve_month_year(m: re.Match[str], ctx: Context) -> Resolved | None:
    """A month of a year: May 2025, early March 2021."""
    return month(int(m["year"]), month_number(m["month"]), "explicit")


@functools.cache  # one per lexicon (rule words hash by identity)
def _words_before_month(w: RuleWords) -> re.Pattern[str]:
    return re.compile(rf"(?i:\b(?:{alternatives(w.words('before'))}))\W*$")


@handles("bare_month")
def resolve_bare_month(m: re.Match[str], ctx: Context) -> Resolved | None:
    """A month name alone (in January, last May): its year from the publication date."""
    w = ctx.words.rule("bare_month")
    word = m["month"]
    if word in w.words("homographs") and not m["pre"]:
        # Far more often a modal verb / a walk than a month without a preposition before it.
        before = ctx.text[max(0, m.start() - 12):m.start()]
        if not _words_before_month(w).search(before):
            return None
    if ctx.pub is None:
        return unresolved("month")
    mo = month_number(word)
    rel = set((m["pre"] or "").lower().split())
    if rel & set(w.words("past")):
        y = ctx.pub.year if mo < ctx.pub.month else ctx.pub.year - 1
    elif rel & set(w.words("future")):
        y = ctx.pub.year if mo > ctx.pub.month else ctx.pub.year + 1
    elif rel & set(w.words("current")):
        y = ctx.pub.year
    else:
        y = closest_year(ctx.pub, mo, None, _calendar_direction(ctx, m)) or ctx.pub.year
    return month(y, mo, "published")


@handles("year")
def resolve_year(m: re.Match[str], ctx: Context) -> Resolved | None:
    """A four-digit year used as one (in 2023, a 2023 protocol, fiscal 2022), not a count."""
    y = int(m["year"])
    if not 1000 <= y <= 2199:
        return None
    if not (m["fiscal"] or m["mod"]) and not ctx.is_year(m.start("year"), m.end("year")):
        return None
    return year(y, "explicit")


_RANGE_SPAN = 10  # years a short range ("1957-58", "1999-00") may cover; "2023-05" is no range of years


@handles("year_tail")
def resolve_year_tail(m: re.Match[str], ctx: Context) -> Resolved | None:
    """The second year of a range written short: in "1957-58" the "58" is 1958, in "1999-00" 2000."""
    first = int(ctx.text[m.start() - 5:m.start() - 1])
    y = first // 100 * 100 + int(m["yy"])
    if y <= first:
        y += 100
    return year(y, "explicit") if y - first <= _RANGE_SPAN else None


@handles("spoken_year")
def resolve_spoken_year(m: re.Match[str], ctx: Context) -> Resolved | None:
    """Years read out in broadcast transcripts: "nineteen ninety-six", "two thousand and one"."""
    w = ctx.words.rule("spoken_year")
    values = {**w.numbers("units"), **w.numbers("teens"), **w.numbers("tens")}
    words = re.split(r"[\s-]+", m["spoken"].lower())
    phrase = " ".join(words)
    base = next((v for k, v in w.numbers("thousands").items() if phrase.startswith(k)), None)
    if base is not None:
        rest = words[2:]
    else:
        base, rest = w.numbers("centuries")[words[0]], words[1:]
    y = base + sum(values.get(word, 0) for word in rest)  # "oh", "hundred", "and" add nothing
    month_word = m["smonth"]
    if month_word:
        return month(y, month_number(month_word), "explicit")
    return year(y, "explicit")


@handles("decade")
def resolve_decade(m: re.Match[str], ctx: Context) -> Resolved | None:
    """Decades: the 1990s -> 199; the '90s and the nineties from the publication date."""
    if m["digits"]:
        return decade(int(m["digits"]) * 10, "explicit")
    w = ctx.words.rule("decade")
    tens = w.numbers("decades")[m["word"].lower()] if m["word"] else int(m["short"])
    if m["century"]:
        return decade(w.numbers("centuries")[re.split(r"[\s-]+", m["century"].lower())[0]] + tens * 10, "explicit")
    if ctx.pub is None:
        return unresolved("decade")
    # "the '90s": the latest such decade that has begun by the publication date.
    first = (ctx.pub.year // 100) * 100 + tens * 10
    if first > ctx.pub.year:
        first -= 100
    return decade(first, "published")


@handles("century")
def resolve_century(m: re.Match[str], ctx: Context) -> Resolved | None:
    """Centuries: the 20th century -> 19."""
    word = m["ord"].lower()
    n = ctx.words.rule("century").numbers("ordinals").get(word) or int(re.sub(r"\D", "", word))
    return century(n - 1, "explicit")


@handles("quarter")
def resolve_quarter(m: re.Match[str], ctx: Context) -> Resolved | None:
    """Quarters: Q1 2025, the third quarter of 2024; without a year, the latest one begun."""
    w = ctx.words.rule("quarter")
    q = w.numbers("ordinals")[m["q"].lower()] if m["q"] else int(m["qn"])
    if not 1 <= q <= 4:
        return None
    y_text = m["year"] or m["year2"] or m["year3"] or m["year4"]
    if y_text:
        return quarter(int(y_text), q, "explicit")
    if ctx.pub is None:
        return unresolved("season")
    if m["yrel"]:
        return quarter(ctx.pub.year + w.numbers("years")[m["yrel"].lower()], q, "published")
    current = (ctx.pub.month - 1) // 3 + 1
    if direction(ctx, m) == "future":
        # The quarter just ended is still ahead to report ("will report third-quarter results").
        return quarter(ctx.pub.year if q >= current - 1 else ctx.pub.year + 1, q, "published")
    # The latest quarter with that number that has begun (results are reported after the quarter).
    return quarter(ctx.pub.year if q <= current else ctx.pub.year - 1, q, "published")


@handles("half")
def resolve_half(m: re.Match[str], ctx: Context) -> Resolved | None:
    """Halves of a year: the first half of 2024 -> 2024-H1."""
    w = ctx.words.rule("half")
    h = w.numbers("halves")[m["h"].lower()]
    if m["year"]:
        return half(int(m["year"]), h, "explicit")
    if ctx.pub is None:
        return unresolved("unknown")
    y = ctx.pub.year + (w.numbers("years")[m["rel"].lower()] if m["rel"] else 0)
    return half(y, h, "published")


_SEASON_ORDER = ("SP", "SU", "FA", "WI")  # TIMEX3 season letters in calendar order (winter Y follows autumn Y)


@handles("season")
def resolve_season(m: re.Match[str], ctx: Context) -> Resolved | None:
    """Seasons: spring 2024, last winter, this summer (northern meteorological seasons)."""
    w = ctx.words.rule("season")
    code = w.codes("seasons")[m["season"].lower()]
    if m["year"] or m["y2"]:
        return season(int(m["year"] or m["y2"]), code, "explicit")
    rel = " ".join((m["rel"] or "").lower().split())
    if not rel and m["season"][:1].islower():
        return None  # a bare "summer" without article, modifier or year is too often not a date
    if code == "FA" and rel in ("", "the"):
        return None  # "the fall of ..." is a collapse far more often than autumn
    if ctx.pub is None:
        return unresolved("season")
    before, current, after = _seasons_around(ctx.pub, code)
    if rel in w.words("past"):
        return season(before, code, "published")
    if rel in w.words("future"):
        return season(after, code, "published")
    if current is not None:
        return season(current, code, "published")
    if rel in w.words("current"):
        return season(ctx.pub.year, code, "published")
    way = direction(ctx, m, "nearest")
    if way == "future":
        return season(after, code, "published")
    if way == "past":
        return season(before, code, "published")
    return season(ctx.pub.year, code, "published")


def _seasons_around(pub: dt.date, code: str) -> tuple[int, int | None, int]:
    """Years of the season ``code`` before, at (None if not under way) and after the date ``pub``."""
    # Seasons numbered in order (winter Y follows autumn Y); instances of this season near the date.
    cur_year, cur_code = season_of(pub)
    now = cur_year * 4 + _SEASON_ORDER.index(cur_code)
    years = range(pub.year - 2, pub.year + 2)
    index = {y: y * 4 + _SEASON_ORDER.index(code) for y in years}
    current = [y for y in years if index[y] == now]
    before = max(y for y in years if index[y] < now)
    after = min(y for y in years if index[y] > now)
    return before, current[0] if current else None, after
