"""Named holidays: the day each falls on in a given year, and the handler of the holiday rule.

A holiday on a fixed day ("Christmas Day", "New Year's Eve") or one computable
from the calendar (Easter and the feasts counted from it, "Thanksgiving" as the
fourth Thursday of November, "Labor Day" as the first Monday of September) gets
the day's TIMEX3 value, its year from the publication date and the tense of its
clause as for a bare month ("the talks broke down at Easter" is the latest
Easter, "will meet after Easter" the next one). Holidays of lunar calendars
("Eid al-Fitr", "Ramadan", "Hanukkah") are found but get no value: no value
rather than a wrong one. "Independence Day" gets the day of the country named
beside it ("Ukraine's Independence Day", "Independence Day in Mexico") and no
value without one. The names and days are in ``data/times.yaml`` (rule
``holiday``).
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from ...lexicon.times import RuleWords
from .context import Context, direction, handles, valid_date
from .patterns import alternatives
from .values import Direction, Resolved, day, shift, unresolved, week

__all__ = ["easter", "holiday_date", "name_key", "nth_weekday", "orthodox_easter", "resolve_holiday"]


def easter(y: int) -> dt.date:
    """Western (Gregorian) Easter Sunday of year ``y``, by the anonymous Gregorian computus."""
    golden = y % 19
    century, rest = divmod(y, 100)
    leap_skip, century_rest = divmod(century, 4)
    moon_fix = (century + 8) // 25
    shift_ = (century - moon_fix + 1) // 3
    epact = (19 * golden + century - leap_skip - shift_ + 15) % 30
    quad, rest_rest = divmod(rest, 4)
    weekday_fix = (32 + 2 * century_rest + 2 * quad - epact - rest_rest) % 7
    late = (golden + 11 * epact + 22 * weekday_fix) // 451
    count = epact + weekday_fix - 7 * late + 114
    return dt.date(y, count // 31, count % 31 + 1)


def orthodox_easter(y: int) -> dt.date | None:
    """Orthodox Easter Sunday of year ``y`` on the Gregorian calendar (1900-2099, where the Julian calendar
    runs 13 days behind); None outside those years."""
    if not 1900 <= y <= 2099:
        return None
    epact = (19 * (y % 19) + 15) % 30
    weekday_fix = (2 * (y % 4) + 4 * (y % 7) - epact + 34) % 7
    count = epact + weekday_fix + 114
    return dt.date(y, count // 31, count % 31 + 1) + dt.timedelta(days=13)


def nth_weekday(y: int, month: int, n: int, weekday: int) -> dt.date:
    """The ``n``-th ``weekday`` (0 = Monday) of a month; ``n`` = -1 for the last one."""
    if n > 0:
        first = dt.date(y, month, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = (dt.date(y, month + 1, 1) if month < 12 else dt.date(y + 1, 1, 1)) - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)


def name_key(text: str) -> str:
    """The lexicon key of a holiday's name as written: lower case, one space, straight apostrophes."""
    return " ".join(text.replace("’", "'").lower().split())


def holiday_date(w: RuleWords, key: str, y: int, country_day: str | None = None) -> dt.date | None:
    """The day holiday ``key`` falls on in year ``y``; None for a lunar one or one the calendar lacks."""
    if not dt.MINYEAR < y < dt.MAXYEAR:
        return None
    fixed = country_day or w.codes("fixed").get(key)
    if fixed is not None:
        mo, d = (int(part) for part in fixed.split("-"))
        return valid_date(y, mo, d)
    if key in w.numbers("easter"):
        return shift(easter(y), days=w.numbers("easter")[key])
    if key in w.numbers("orthodox_easter"):
        sunday = orthodox_easter(y)
        return shift(sunday, days=w.numbers("orthodox_easter")[key]) if sunday else None
    rule = w.codes("nth_weekday").get(key)
    if rule is not None:
        mo, n, wd = (int(part) for part in rule.split())
        return nth_weekday(y, mo, n, wd)
    return None


@functools.cache  # one per lexicon (rule words hash by identity)
def _country_words(w: RuleWords) -> tuple[re.Pattern[str], re.Pattern[str]]:
    words = alternatives(sorted(w.codes("independence"), key=len, reverse=True))
    return (re.compile(rf"(?i:\b(?P<c>{words})(?:['’]s)?(?:\s+\d+(?:st|nd|rd|th))?\s+)$"),
            re.compile(rf"(?i:\s+(?:in|of|across)\s+(?:the\s+)?(?P<c>{words}))\b"))


def _country_day(w: RuleWords, ctx: Context, m: re.Match[str]) -> str | None:
    """The day of the country named beside an "Independence Day" ("India's", "in Mexico"), or None."""
    before, after = _country_words(w)
    found = before.search(ctx.text, max(0, m.start() - 30), m.start()) or after.match(ctx.text, m.end())
    return w.codes("independence").get(name_key(found["c"])) if found else None


def _nearest(pub: dt.date, when: dict[int, dt.date], way: Direction, strict: bool) -> dt.date:
    """Among a holiday's days by year, the latest on or before ``pub`` (past), the earliest on or after it
    (future) or the closer of the two (nearest, ties to the past); ``strict`` leaves ``pub`` itself out."""
    past = [d for d in when.values() if d < pub or (d == pub and not strict)]
    future = [d for d in when.values() if d > pub or (d == pub and not strict)]
    if way == "past" and past:
        return max(past)
    if way == "future" and future:
        return min(future)
    return min(when.values(), key=lambda d: (abs((d - pub).days), d > pub))


_NAME_GOES_ON = re.compile(r"[ \t]+[A-Z][a-z]")


@handles("holiday")
def resolve_holiday(m: re.Match[str], ctx: Context) -> Resolved | None:
    """Christmas Day -> 2025-12-25, Easter -> that year's Easter Sunday, Eid al-Fitr -> no value."""
    w = ctx.words.rule("holiday")
    if not m["year"] and _NAME_GOES_ON.match(ctx.text, m.end()):
        return None  # part of a longer name: "Christmas Island", "the Good Friday Agreement", "the Easter Rising"
    key = name_key(m["name"])
    country = _country_day(w, ctx, m) if key in w.words("independence_names") else None
    if key in w.words("lunar") or (key in w.words("independence_names") and country is None):
        return unresolved("day")
    found = _holiday_day(w, key, m, ctx, country)
    if not m["week"]:
        return found
    return week(found.date, found.anchor) if found.date else unresolved("week")  # "Easter week": its ISO week


def _holiday_day(w: RuleWords, key: str, m: re.Match[str], ctx: Context, country: str | None) -> Resolved:
    """The holiday's day: in the year written after it, else the one the modifier or the clause points to."""
    if m["year"]:
        return day(holiday_date(w, key, int(m["year"]), country), "explicit")
    if ctx.pub is None:
        return unresolved("day")
    when = {y: d for y in (ctx.pub.year - 1, ctx.pub.year, ctx.pub.year + 1)
            if (d := holiday_date(w, key, y, country)) is not None}
    if m["week"]:  # "as Easter week began": the week has begun when its Monday has
        when = {y: monday for y, d in when.items() if (monday := shift(d, days=-d.weekday())) is not None}
    if not when:
        return unresolved("day")
    pre = name_key(m["pre"] or "")
    if pre in w.words("past"):
        return day(_nearest(ctx.pub, when, "past", strict=True), "published")
    if pre in w.words("future"):
        return day(_nearest(ctx.pub, when, "future", strict=True), "published")
    if pre in w.words("current") and ctx.pub.year in when:
        return day(when[ctx.pub.year], "published")
    return day(_nearest(ctx.pub, when, direction(ctx, m, "nearest"), strict=False), "published")
