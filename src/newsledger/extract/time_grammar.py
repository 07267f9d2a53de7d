"""The grammar of English time expressions: detection rules, each with its normaliser.

A rule is a regular expression compiled once at import and a handler that turns
its match into a TIMEX3 value (:class:`~.time_values.Resolved`), or rejects the
match (returns None) when context shows it is not a time expression. Handlers get
the publication date and, lazily, the tense of the governing verb, both through
:class:`Context`; they never read the clock.

Rules are listed most specific first: where two matches overlap, the longer one
wins and, at equal length, the earlier rule.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from ..models import Precision
from .time_lexicon import (
    CLOCK_UNITS,
    DAY,
    NUMBER,
    PART_OF_DAY,
    UNIT,
    WEEKDAY,
    YEAR,
    month_number,
    month_re,
    parse_number,
    unit_code,
    weekday_number,
)
from .time_values import (
    Direction,
    Resolved,
    add_months,
    closest_year,
    day,
    decade,
    month,
    nearest_weekday,
    quarter,
    season,
    season_of,
    unresolved,
    week,
    year,
)

__all__ = ["RULES", "TRIGGER_WORDS", "Context", "Rule", "Tense", "trigger_keys"]

Tense = Literal["past", "present", "future"] | None


@dataclass(frozen=True, slots=True)
class Context:
    """What a handler may consult besides its match."""

    pub: dt.date | None
    tense: Callable[[int, int], Tense]  # tense of the verb governing text[start:end]
    is_year: Callable[[int, int], bool]  # whether a bare four-digit number is used as a year
    text: str


Handler = Callable[[re.Match[str], Context], Resolved | None]


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    handler: Handler
    triggers: frozenset[str]  # words every match contains one of: the rule runs only near them


# Left boundary: not inside a word, number, price or path; after a hyphen only in a range ("2009-2010").
_B = r"(?<![\w'’$£€/.])(?<!\D-)"
# Right boundary: a full stop, a possessive ("last month's") or a range ("2009-10") may follow.
_E = r"(?![\w]|['’](?!s\b)|-(?!\d)|\.\d)"
_WD_PREFIX = rf"(?:{WEEKDAY},?\s+)?"
_MOD = (r"(?:(?i:early|late|mid|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of"
        r"|the\s+first\s+half\s+of|the\s+second\s+half\s+of)[\s-]+)?")


def _direction(ctx: Context, m: re.Match[str], default: Direction = "past") -> Direction:
    tense = ctx.tense(m.start(), m.end())
    if tense == "future":
        return "future"
    if tense == "past":
        return "past"
    return default


def _valid(y: int, mo: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, mo, d)
    except ValueError:
        return None


# --- explicit calendar dates ---------------------------------------------------------------------

def _iso(m: re.Match[str], ctx: Context) -> Resolved | None:
    d = _valid(int(m["year"]), int(m["mon"]), int(m["day"]))
    return day(d, "explicit") if d else None


def _slashed(m: re.Match[str], ctx: Context) -> Resolved | None:
    # US order (month/day/year) unless the first number cannot be a month.
    a, b, y = int(m["a"]), int(m["b"]), int(m["year"])
    if len(m["year"]) == 2:
        y += 2000 if y < 50 else 1900
    mo, d = (b, a) if a > 12 >= b else (a, b)
    date = _valid(y, mo, d)
    return day(date, "explicit") if date else None


def _full_date(m: re.Match[str], ctx: Context) -> Resolved | None:
    d = _valid(int(m["year"]), month_number(m["month"]), int(m["day"]))
    return day(d, "explicit") if d else None


_DEADLINE_DAYS = 60


def _month_day(m: re.Match[str], ctx: Context) -> Resolved | None:
    mo, d = month_number(m["month"]), int(m["day"])
    if not 1 <= d <= 31:
        return None
    if ctx.pub is None:
        return unresolved("day")
    if m["wd"]:  # "Friday, May 3": the year in which that day is that weekday, if one is near
        wd = weekday_number(m["wd"])
        for y in (ctx.pub.year, ctx.pub.year - 1, ctx.pub.year + 1):
            cand = _valid(y, mo, d)
            if cand and cand.weekday() == wd:
                return day(cand, "published")
    direction = _direction(ctx, m, "nearest")
    if direction == "past":
        # A past verb beside a date a few weeks ahead is a deadline set in the past ("set Nov. 10 as the
        # deadline", "payable Dec. 7"): that date, not the same day almost a year back.
        ahead = closest_year(ctx.pub, mo, d, "future")
        ahead_date = _valid(ahead, mo, d) if ahead else None
        if ahead_date is not None and (ahead_date - ctx.pub).days <= _DEADLINE_DAYS:
            direction = "future"
    guess = closest_year(ctx.pub, mo, d, direction)
    date = _valid(guess, mo, d) if guess else None
    return day(date, "published") if date else None


def _month_year(m: re.Match[str], ctx: Context) -> Resolved | None:
    return month(int(m["year"]), month_number(m["month"]), "explicit")


def _bare_month(m: re.Match[str], ctx: Context) -> Resolved | None:
    word = m["month"]
    if word in ("May", "March") and not m["pre"]:
        # Far more often a modal verb / a walk than a month without a preposition before it.
        before = ctx.text[max(0, m.start() - 12):m.start()]
        if not re.search(r"(?i:\b(?:in|since|until|till|by|of|during|through|from|before|after|early|late|mid|"
                         r"last|next|this|to|and|or|between|around|for))\W*$", before):
            return None
    if ctx.pub is None:
        return unresolved("month")
    mo = month_number(word)
    rel = (m["pre"] or "").lower().split()
    if "last" in rel or "past" in rel:
        y = ctx.pub.year if mo < ctx.pub.month else ctx.pub.year - 1
    elif "next" in rel or "coming" in rel:
        y = ctx.pub.year if mo > ctx.pub.month else ctx.pub.year + 1
    elif "this" in rel:
        y = ctx.pub.year
    else:
        y = closest_year(ctx.pub, mo, None, _direction(ctx, m, "nearest")) or ctx.pub.year
    return month(y, mo, "published")


def _year(m: re.Match[str], ctx: Context) -> Resolved | None:
    y = int(m["year"])
    if not 1000 <= y <= 2199:
        return None
    if not (m["fiscal"] or m["mod"]) and not ctx.is_year(m.start("year"), m.end("year")):
        return None
    return year(y, "explicit")


_WORD_UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
_WORD_TEENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
               "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
_WORD_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
              "ninety": 90}


def _spoken_year(m: re.Match[str], ctx: Context) -> Resolved | None:
    """Years read out in broadcast transcripts: "nineteen ninety-six", "two thousand and one"."""
    words = re.split(r"[\s-]+", m["spoken"].lower())
    if words[:2] == ["two", "thousand"]:
        rest = [w for w in words[2:] if w != "and"]
        y = 2000 + sum(_WORD_UNITS.get(w, 0) + _WORD_TEENS.get(w, 0) + _WORD_TENS.get(w, 0) for w in rest)
    else:
        century = {"nineteen": 1900, "eighteen": 1800, "twenty": 2000}[words[0]]
        rest = [w for w in words[1:] if w not in ("oh", "hundred")]
        y = century + sum(_WORD_UNITS.get(w, 0) + _WORD_TEENS.get(w, 0) + _WORD_TENS.get(w, 0) for w in rest)
    month_word = m["smonth"]
    if month_word:
        return month(y, month_number(month_word), "explicit")
    return year(y, "explicit")


def _decade(m: re.Match[str], ctx: Context) -> Resolved | None:
    if m["digits"]:
        return decade(int(m["digits"]) * 10, "explicit")
    tens = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
            "eighties": 8, "nineties": 9}[m["word"].lower()] if m["word"] else int(m["short"])
    if m["century"]:
        return decade(1900 + tens * 10, "explicit")
    if ctx.pub is None:
        return unresolved("decade")
    # "the '90s": the latest such decade that has begun by the publication date.
    first = (ctx.pub.year // 100) * 100 + tens * 10
    if first > ctx.pub.year:
        first -= 100
    return decade(first, "published")


_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
             "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
             "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
             "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "twenty-first": 21}


def _century(m: re.Match[str], ctx: Context) -> Resolved | None:
    word = m["ord"].lower()
    n = _ORDINALS.get(word) or int(re.sub(r"\D", "", word))
    return Resolved(f"{n - 1:02d}", "unknown", "explicit", dt.date(max(1, (n - 1) * 100), 1, 1))


def _quarter(m: re.Match[str], ctx: Context) -> Resolved | None:
    q = (4 if m["q"].lower() == "final" else _ORDINALS[m["q"].lower()]) if m["q"] else int(m["qn"])
    if not 1 <= q <= 4:
        return None
    y_text = m["year"] or m["year2"] or m["year3"] or m["year4"]
    if y_text:
        return quarter(int(y_text), q, "explicit")
    if ctx.pub is None:
        return unresolved("season")
    if m["yrel"]:
        return quarter(ctx.pub.year + {"this": 0, "last": -1, "next": 1}[m["yrel"].lower()], q, "published")
    current = (ctx.pub.month - 1) // 3 + 1
    if _direction(ctx, m) == "future":
        # The quarter just ended is still ahead to report ("will report third-quarter results").
        return quarter(ctx.pub.year if q >= current - 1 else ctx.pub.year + 1, q, "published")
    # The latest quarter with that number that has begun (results are reported after the quarter).
    return quarter(ctx.pub.year if q <= current else ctx.pub.year - 1, q, "published")


def _half(m: re.Match[str], ctx: Context) -> Resolved | None:
    h = 1 if m["h"].lower() == "first" else 2
    if m["year"]:
        y = int(m["year"])
        return Resolved(f"{y:04d}-H{h}", "unknown", "explicit", dt.date(y, 6 * h - 5, 1))
    if ctx.pub is None:
        return unresolved("unknown")
    y = ctx.pub.year
    if m["rel"] and m["rel"].lower() == "next":
        y += 1
    elif m["rel"] and m["rel"].lower() == "last":
        y -= 1
    return Resolved(f"{y:04d}-H{h}", "unknown", "published", dt.date(y, 6 * h - 5, 1))


_SEASON_CODES = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}


def _season(m: re.Match[str], ctx: Context) -> Resolved | None:
    code = _SEASON_CODES[m["season"].lower()]
    if m["year"] or m["y2"]:
        return season(int(m["year"] or m["y2"]), code, "explicit")
    rel = " ".join((m["rel"] or "").lower().split())
    if not rel and m["season"][:1].islower():
        return None  # a bare "summer" without article, modifier or year is too often not a date
    if code == "FA" and rel in ("", "the"):
        return None  # "the fall of ..." is a collapse far more often than autumn
    if ctx.pub is None:
        return unresolved("season")
    # Seasons numbered in order (winter Y follows autumn Y); instances of this season near the date.
    order = ("SP", "SU", "FA", "WI")
    cur_year, cur_code = season_of(ctx.pub)
    now = cur_year * 4 + order.index(cur_code)
    years = range(ctx.pub.year - 2, ctx.pub.year + 2)
    index = {y: y * 4 + order.index(code) for y in years}
    current = [y for y in years if index[y] == now]
    before = max(y for y in years if index[y] < now)
    after = min(y for y in years if index[y] > now)
    if rel in ("last", "past", "this past"):
        return season(before, code, "published")
    if rel in ("next", "coming", "this coming", "the coming"):
        return season(after, code, "published")
    if current:
        return season(current[0], code, "published")
    if rel == "this":
        return season(ctx.pub.year, code, "published")
    direction = _direction(ctx, m, "nearest")
    if direction == "future":
        return season(after, code, "published")
    if direction == "past":
        return season(before, code, "published")
    return season(ctx.pub.year, code, "published")


# --- expressions relative to the publication date ------------------------------------------------

_PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI"}


def _with_part(r: Resolved, part: str | None) -> Resolved:
    if r.value is None or not part:
        return r
    return Resolved(f"{r.value}T{_PARTS[part.lower()]}", r.precision, r.anchor, r.date)


def _deictic_day(m: re.Match[str], ctx: Context) -> Resolved | None:
    word = " ".join(m["rel"].lower().split())
    offset = {"yesterday": -1, "today": 0, "tomorrow": 1, "tonight": 0, "the day before yesterday": -2,
              "the day after tomorrow": 2, "last night": -1, "this morning": 0, "this afternoon": 0,
              "this evening": 0, "overnight": 0}[word]
    if ctx.pub is None:
        return unresolved("day")
    part = word.split()[-1] if word.startswith(("this ", "last ")) else None  # "this morning": a time of day
    return _with_part(day(ctx.pub + dt.timedelta(days=offset), "published"), part)


def _weekday(m: re.Match[str], ctx: Context) -> Resolved | None:
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


def _relative_unit(m: re.Match[str], ctx: Context) -> Resolved | None:
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


def _period_edge(m: re.Match[str], ctx: Context) -> Resolved | None:
    """'By the end of the year': in news, the year (month, week) of publication."""
    unit = m["unit"].lower()
    if ctx.pub is None:
        return unresolved(_UNIT_PRECISION[unit])
    if unit == "week":
        return week(ctx.pub, "published")
    if unit == "month":
        return month(ctx.pub.year, ctx.pub.month, "published")
    return year(ctx.pub.year, "published")


def _the_weekend(m: re.Match[str], ctx: Context) -> Resolved | None:
    if ctx.pub is None:
        return unresolved("week")
    # The weekend just past (or under way) unless the verb looks ahead.
    sat = nearest_weekday(ctx.pub, 5, "future" if _direction(ctx, m) == "future" else "past")
    if ctx.pub.weekday() == 6 and _direction(ctx, m) != "future":
        sat = ctx.pub - dt.timedelta(days=1)
    r = week(sat, "published")
    return Resolved(f"{r.value}-WE", "week", "published", sat)


_UNIT_PRECISION: dict[str, Precision] = {
    "day": "day", "night": "day", "week": "week", "fortnight": "week", "month": "month", "quarter": "season",
    "year": "year", "decade": "decade", "hour": "day", "minute": "day", "second": "day", "century": "unknown",
}


def _ago(m: re.Match[str], ctx: Context) -> Resolved | None:
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


def _anaphoric(m: re.Match[str], ctx: Context) -> Resolved | None:
    """Relative to some other time in the story ("a year earlier", "that day"): no value."""
    unit = (m["unit"] or m["u2"] or "").lower()
    singular = unit_code(unit)[0] if unit and unit not in ("morning", "evening") else "day"
    return unresolved(_UNIT_PRECISION.get(singular, "unknown"))


def _duration(m: re.Match[str], ctx: Context) -> Resolved | None:
    unit, code = unit_code(m["unit"])
    num = m["num"].lower()
    if num in ("a", "an") and unit == "second":
        return None  # "a second day" is an ordinal
    if num in ("a", "an") and not (m["pre"] or m["mod"]):
        # "a year" alone is a duration only after words that take one ("for a year", "within a week").
        before = ctx.text[max(0, m.start() - 10):m.start()]
        if not re.search(r"(?i:\b(?:for|within|in|over|than|after|last|lasted|spent|took|past))\s+$", before):
            return None
    n = parse_number(num)
    amount = "X" if n is None else (f"{n:g}" if isinstance(n, float) else str(n))
    value = f"PT{amount}{code}" if unit in CLOCK_UNITS else f"P{amount}{code}"
    return Resolved(value, _UNIT_PRECISION.get(unit, "unknown"), "explicit", None)


def _clock(m: re.Match[str], ctx: Context) -> Resolved | None:
    if m["word"]:
        hh, mm = (12, 0) if m["word"].lower() == "noon" else (24, 0)
    else:
        hh, mm = int(m["h"] or m["h2"]), int(m["m"] or m["m2"] or 0)
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


def _reference(m: re.Match[str], ctx: Context) -> Resolved | None:
    word = " ".join(m[0].lower().split())
    if word in ("recently", "lately", "of late"):
        return unresolved()  # vague: no value rather than a wrong one
    if "past" in word or word in ("previously", "formerly", "once"):
        return Resolved("PAST_REF", "unknown", "none")
    if "future" in word:
        return Resolved("FUTURE_REF", "unknown", "none")
    return Resolved("PRESENT_REF", "unknown", "none")


def _set(m: re.Match[str], ctx: Context) -> Resolved | None:
    word = " ".join(m[0].lower().split())
    if m["wd"]:
        return Resolved(f"XXXX-WXX-{weekday_number(m['wd']) + 1}", "unknown", "explicit")
    for key, code in (("dai", "D"), ("day", "D"), ("night", "D"), ("morning", "D"), ("week", "W"),
                      ("month", "M"), ("annual", "Y"), ("year", "Y")):
        if key in word:
            return Resolved(f"P1{code}", "unknown", "explicit")
    return None


# --- the rules -----------------------------------------------------------------------------------

_NUM_UNIT = rf"{NUMBER}[\s-]+{UNIT}"
_APPROX = (r"(?P<mod>(?i:about|nearly|almost|some|more\s+than|over|roughly|just|only|less\s+than|around"
           r"|at\s+least|up\s+to|barely|fewer\s+than|under|a\s+little\s+over|well\s+over)\s+)?")


# "in the past" as a time, not "in the past 12-day war": the next word must not be a content word.
_NO_NOUN_AFTER = (r"(?!\s+(?!(?:and|or|but|when|as|to|for|because|although|though|is|was|were|are|has|have|had"
                  r"|it|they|he|she|we|i|you|this|that|there|the|a|an|in|on|at|of|with|by|from|not|no)\b)[\w'-])")


# Words one of which every match of a rule contains: the extractor finds them in one walk over the
# tokens, and the full patterns then run only in windows around them, which keeps the grammar a small
# fraction of parse time. Keys in angle brackets stand for classes of tokens (see ``trigger_keys``).
_UNIT_WORDS = frozenset(w for u in ("second", "minute", "hour", "day", "night", "week", "fortnight", "month",
                                    "quarter", "year", "decade") for w in (u, u + "s")) | {"century", "centuries"}
_TRIGGERS: dict[str, frozenset[str]] = {
    "iso": frozenset({"<year>"}), "slashed": frozenset({"<slash>"}),
    "month_day_year": frozenset({"<month>"}), "day_month_year": frozenset({"<month>"}),
    "month_year": frozenset({"<month>"}), "month_day": frozenset({"<month>"}), "day_month": frozenset({"<month>"}),
    "bare_month": frozenset({"<month>"}), "quarter": frozenset({"quarter", "q1", "q2", "q3", "q4"}),
    "half": frozenset({"half"}),
    "season": frozenset({"spring", "summer", "fall", "autumn", "winter"}),
    "decade": frozenset({"<decade>", "twenties", "thirties", "forties", "fifties", "sixties", "seventies",
                         "eighties", "nineties"}),
    "century": frozenset({"century"}),
    "spoken_year": frozenset({"nineteen", "eighteen", "thousand"}), "year": frozenset({"<year>"}),
    "ago": frozenset({"ago", "now", "hence"}),
    "anaphoric": _UNIT_WORDS | {"morning", "evening"},
    "deictic_day": frozenset({"yesterday", "today", "tomorrow", "tonight", "night", "morning", "afternoon",
                              "evening", "overnight"}),
    "weekday": frozenset({"<weekday>"}), "the_weekend": frozenset({"weekend"}),
    "relative_unit": frozenset({"week", "weekend", "month", "year", "quarter", "decade", "century"}),
    "duration": _UNIT_WORDS, "duration_adjective": _UNIT_WORDS, "period_edge": frozenset({"week", "month", "year"}),
    "clock": frozenset({"<clock>", "a.m.", "p.m.", "am", "pm", "noon", "midnight"}),
    "reference": frozenset({"now", "currently", "present", "presently", "nowadays", "days", "moment", "past",
                            "future", "recently", "lately"}),
    "set": frozenset({"daily", "weekly", "monthly", "annually", "yearly", "every", "each"}),
}
TRIGGER_WORDS: frozenset[str] = frozenset().union(*_TRIGGERS.values())
_MONTH_KEYS = frozenset({"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"})
_WEEKDAY_KEYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})


_YEAR_TOKEN = re.compile(r"[12]\d{3}")
_DECADE_TOKEN = re.compile(r"\d0'?s$")


@functools.lru_cache(maxsize=1 << 16)
def trigger_keys(word: str) -> tuple[str, ...]:
    """The trigger keys a token's text stands for: itself if a trigger word, and its classes
    (<month> "Sept.", <weekday> "Friday", <year> "2023", <decade> "1990s", <slash> "5/3/25",
    <clock> "10:35"). Cached: the same words come back in every document."""
    lower = word.lower()
    keys: list[str] = [lower] if lower in TRIGGER_WORDS else []
    if any(ch.isdigit() for ch in word):
        if _YEAR_TOKEN.search(word):
            keys.append("<year>")
        if _DECADE_TOKEN.search(word):
            keys.append("<decade>")
        if "/" in word:
            keys.append("<slash>")
        if ":" in word:
            keys.append("<clock>")
    elif word[:1].isupper():
        if lower[:3] in _MONTH_KEYS:
            keys.append("<month>")
        elif lower.rstrip("s") in _WEEKDAY_KEYS:
            keys.append("<weekday>")
    return tuple(keys)


# Named days are names, not the last such weekday: "Good Friday", "Bloody Sunday", "Super Tuesday".
_NAMED_DAY = "".join(rf"(?<!{w}\s)" for w in ("Good", "Black", "Bloody", "Holy", "Ash", "Palm", "Super", "Cyber",
                                               "Easter", "Maundy", "Shrove", "Whit", "Blue", "Giving"))


def _rule(name: str, pattern: str, handler: Handler) -> Rule:
    return Rule(name, re.compile(_B + pattern + _E), handler, _TRIGGERS[name])


RULES: tuple[Rule, ...] = (
    _rule("iso", r"(?P<year>[12]\d{3})-(?P<mon>[01]\d)-(?P<day>[0-3]\d)(?:T\d\d:\d\d(?::\d\d)?(?:Z|[+-]\d\d:?\d\d)?)?",
          _iso),
    _rule("slashed", r"(?P<a>[01]?\d|[0-3]\d)/(?P<b>[0-3]?\d)/(?P<year>[12]\d{3}|\d\d)", _slashed),
    _rule("month_day_year", rf"{_WD_PREFIX}{month_re()}\s*{DAY},?\s*(?:,\s*)?{YEAR}", _full_date),
    _rule("day_month_year", rf"{_WD_PREFIX}(?:the\s+)?{DAY}\s+(?:of\s+)?{month_re()},?\s+{YEAR}", _full_date),
    _rule("month_year", rf"{_MOD}{month_re()}\s*,?\s+(?:of\s+)?{YEAR}", _month_year),
    _rule("month_day", rf"{_WD_PREFIX}{month_re()}\s+{DAY}(?!\s*,?\s*\d)", _month_day),
    _rule("day_month", rf"{_WD_PREFIX}(?:the\s+)?{DAY}\s+(?:of\s+)?{month_re()}(?!\s*,?\s*\d)", _month_day),
    _rule("bare_month", r"(?:(?P<pre>(?i:last|next|this\s+past|this\s+coming|this|early|late|mid|the\s+end\s+of"
                        r"|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of))[\s-]+)?"
                        + month_re(abbreviations=False), _bare_month),
    _rule("quarter", rf"(?i:(?:the\s+)?(?:(?:fiscal\s+)?{YEAR}(?:'s)?\s+)?"
                     rf"(?P<q>first|second|third|fourth|1st|2nd|3rd|4th|final)[\s-]+(?:fiscal[\s-]+)?quarter"
                     rf"(?:\s+of\s+(?:(?P<yrel>this|last|next)\s+year|(?:fiscal\s+)?(?P<year2>[12]\d{{3}}))"
                     rf"|,?\s+(?P<year3>[12]\d{{3}}))?|Q(?P<qn>[1-4])(?:\s+(?P<year4>[12]\d{{3}}))?)",
          _quarter),
    _rule("half", r"(?i:(?:the\s+)?(?P<h>first|second)\s+half(?:\s+of\s+(?:(?P<rel>this|last|next)\s+year|"
                  r"the\s+year|(?P<year>[12]\d{3})))?)", _half),
    _rule("season", rf"(?i:(?:(?:early|late|mid)[\s-]+)?(?P<rel>last|next|this\s+past|this\s+coming|this|the\s+coming|"
                    rf"past|coming|the)?\s*(?P<season>spring|summer|fall|autumn|winter)"
                    rf"(?:\s+of\s+{YEAR}|,?\s+(?P<y2>[12]\d{{3}}))?)",
          _season),
    _rule("decade", r"(?i:(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?(?:(?P<digits>[12]\d{2})0'?s|'(?P<short>\d)0s"
                    r"|(?P<century>nineteen[\s-]+)?(?P<word>twenties|thirties|forties|fifties|sixties|seventies"
                    r"|eighties|nineties)))", _decade),
    _rule("century", r"(?i:(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?(?P<ord>\d{1,2}(?:st|nd|rd|th)|first|second|third"
                     r"|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth"
                     r"|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first)[\s-]+century)",
          _century),
    _rule("year", rf"(?P<mod>(?i:early|late|mid|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|"
                  rf"the\s+middle\s+of|the\s+year)[\s-]+)?(?P<fiscal>(?i:fiscal(?:\s+year)?\s+|FY\s?))?{YEAR}", _year),
    _rule("spoken_year", rf"(?:{month_re('smonth', abbreviations=False)}\s+)?(?:(?i:the\s+year)\s+)?"
                         r"(?P<spoken>(?i:(?:nineteen|eighteen)[\s-]+(?:hundred(?:[\s-]+and)?[\s-]+)?(?:oh[\s-]+)?"
                         r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-]+(?:one|two|three"
                         r"|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
                         r"|seventeen|eighteen|nineteen|one|two|three|four|five|six|seven|eight|nine)"
                         r"|two\s+thousand(?:(?:\s+and)?\s+(?:one|two|three|four|five|six|seven|eight|nine|ten"
                         r"|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen))?))",
          _spoken_year),
    _rule("ago", rf"{_APPROX}(?i:(?:{NUMBER}\s+)?{UNIT}\s+(?P<dir>ago|from\s+now|hence))", _ago),
    _rule("anaphoric", rf"(?i:{_NUM_UNIT}\s+(?:earlier|later)"
                       rf"|(?:(?:earlier|later|early|late)\s+)?(?:that|the\s+same|the\s+following|the\s+previous|the\s+next|the\s+prior)\s+"
                       rf"(?P<u2>day|morning|evening|night|week|month|year))",
          _anaphoric),
    _rule("deictic_day", r"(?i:(?:(?:early|late|earlier|later)\s+)?(?P<rel>the\s+day\s+before\s+yesterday"
                         r"|the\s+day\s+after\s+tomorrow|yesterday|today|tomorrow|tonight|last\s+night"
                         r"|this\s+(?:morning|afternoon|evening)|overnight))"
                         rf"(?:\s+(?i:{PART_OF_DAY}))?", _deictic_day),
    _rule("weekday", rf"(?:(?P<rel>(?i:last|next|this\s+coming|this\s+past|this|the\s+coming|the\s+previous"
                     rf"|the\s+following|past|coming))\s+)?(?:(?i:early|late)\s+)?{_NAMED_DAY}{WEEKDAY}(?!s)"
                     rf"(?:\s+(?i:{PART_OF_DAY}))?", _weekday),
    _rule("the_weekend", r"(?i:the\s+weekend)", _the_weekend),
    _rule("relative_unit", r"(?i:(?:(?:early|late|earlier|later|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of"
                           r"|the\s+middle\s+of|the\s+rest\s+of|the\s+remainder\s+of)\s+)?"
                           r"(?P<rel>this\s+past|this\s+coming|(?:the\s+)?(?:last|next|this|past|previous|coming"
                           r"|current|following|same|prior))\s+(?P<unit>weekend|week|month|year|quarter|decade"
                           r"|century))(?![\s-]+(?:old|long)\b)", _relative_unit),
    _rule("period_edge", r"(?i:(?:the\s+)?(?:end|beginning|start|middle|rest|remainder)\s+of\s+the\s+"
                         r"(?P<unit>week|month|year))", _period_edge),
    _rule("duration", rf"(?i:(?P<pre>the\s+(?:(?:past|last|next|coming|first|previous|following|latest|final"
                      rf"|initial|ensuing|remaining|full|entire)\s+)?|(?:past|last|next|coming|first|previous"
                      rf"|following|latest|final|initial|ensuing|remaining|full|entire)\s+)?){_APPROX}(?i:{NUMBER}\s+{UNIT})"
                      rf"(?!\s+old\b)", _duration),
    # "a 12-day war": the hyphenated adjective alone; "the past" there belongs to the noun.
    _rule("duration_adjective", rf"(?i:{NUMBER}-{UNIT})(?!-olds?\b)(?P<pre>)(?P<mod>)", _duration),
    _rule("clock", r"(?i:(?P<h>[01]?\d)(?::(?P<m>[0-5]\d))?\s*(?P<ap>a\.m\.|p\.m\.|am\b|pm\b)"
                   r"|(?P<h2>[01]?\d|2[0-3]):(?P<m2>[0-5]\d)(?!:?\d)|(?P<word>noon|midnight))"
                   r"(?:\s+(?P<tz>[ECMP][SD]T|UTC|GMT)(?![\w])|\s+local\s+time)?", _clock),
    _rule("reference", r"(?i:now|currently|at\s+present|presently|nowadays|these\s+days|at\s+the\s+moment"
                       r"|(?<=in\s)the\s+(?:distant\s+|recent\s+)?past" + _NO_NOUN_AFTER +
                       r"|(?<=in\s)the\s+(?:near\s+|distant\s+)?future" + _NO_NOUN_AFTER +
                       r"|recently|lately)", _reference),
    _rule("set", rf"(?i:daily|weekly|monthly|annually|yearly|every\s+(?:other\s+)?(?:day|week|month|year|morning"
                 rf"|night)|each\s+(?:day|week|month|year)|(?:every|each)\s+(?-i:{WEEKDAY}))", _set),
)
