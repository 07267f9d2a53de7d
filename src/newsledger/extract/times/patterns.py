"""The patterns of the time rules, built from the words of the lexicon (``data/times.yaml``).

Each rule's pattern is a regular expression whose word alternatives come from
the rule's entry in the lexicon (:class:`~newsledger.lexicon.times.RuleWords`);
month, weekday and zone names come from :mod:`newsledger.textutil`. What stays
here is the shape of each expression: digits, order, spacing, optional parts.
The grammar (:mod:`.grammar`) compiles them once per lexicon.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from ...lexicon.times import TimeLexicon, TimeUnit
from ...textutil import MONTH_ABBREVIATIONS, MONTH_NAMES, TIME_ZONE_PATTERN, WEEKDAY_NAMES

__all__ = [
    "DAY", "PATTERNS", "WEEKDAY", "YEAR", "PatternBuilder", "alternatives", "month_re", "parse_number", "unit_code",
]


def alternatives(words: Iterable[str]) -> str:
    """Words and phrases as regex alternatives, in the order given; a space matches any run of spaces."""
    return "|".join(r"\s+".join(re.escape(part) for part in w.split()) for w in words)


def month_re(group: str = "month", abbreviations: bool = True) -> str:
    """A month name, capitalised or in capitals (lower-case "may"/"march" are verbs far more often)."""
    names = [n for m in MONTH_NAMES for n in (m, m.upper())]
    if abbreviations:
        # "Sept." before "Sep" so the longer one wins; a dot is optional ("Sept 30").
        names += [a + r"\.?" for abbr in MONTH_ABBREVIATIONS for a in (abbr, abbr.upper())]
    return rf"(?P<{group}>{'|'.join(names)})(?![a-z])"


WEEKDAY = rf"(?P<wd>{'|'.join(n for w in WEEKDAY_NAMES for n in (w, w.upper()))})(?![a-z])"
DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?![\d:])"
YEAR = r"(?P<year>[12]\d{3})(?![\d%])"
_YEAR_DIGITS = r"[12]\d{3}"
_WD_PREFIX = rf"(?:{WEEKDAY},?\s+)?"


def _number(t: TimeLexicon) -> str:
    spelled = sorted((re.escape(k) for k in (*t.numbers, *t.vague_numbers)), key=len, reverse=True)
    return (r"(?P<num>\d+(?:,\d{3})*(?:\.\d+)?"
            rf"|(?:{'|'.join(t.number_tens)})-(?:{'|'.join(t.number_units)})"
            rf"|{'|'.join(spelled)})")


def _unit(t: TimeLexicon) -> str:
    forms = (f"{u.name}s?" if u.plural == u.name + "s" else f"{u.name}|{u.plural}" for u in t.units.values())
    return rf"(?P<unit>{'|'.join(forms)})"


def _part_of_day(t: TimeLexicon) -> str:
    return rf"(?P<part>{alternatives(t.parts_of_day)})"


def _approx(t: TimeLexicon) -> str:
    return rf"(?P<mod>(?i:{alternatives(t.approximations)})\s+)?"


def parse_number(t: TimeLexicon, text: str) -> int | float | None:
    """The number a numeral or number word stands for; None for vague ones ("several")."""
    lower = text.lower().replace(",", "")
    if lower in t.numbers:
        return t.numbers[lower]
    if "-" in lower:
        tens, _, unit = lower.partition("-")
        return t.numbers.get(tens, 0) + t.numbers.get(unit, 0)
    try:
        value = float(lower)
    except ValueError:
        return None
    return int(value) if value.is_integer() else value


def unit_code(t: TimeLexicon, word: str) -> TimeUnit:
    """The unit a unit word of a match names ("Years" -> year); the patterns only match known forms."""
    unit = t.unit(word)
    if unit is None:
        raise ValueError(f"{word!r} is no unit of data/times.yaml")
    return unit


# --- one pattern per rule, by the rule's name -----------------------------------------------------

PatternBuilder = Callable[[TimeLexicon], str]
PATTERNS: dict[str, PatternBuilder] = {}
"""Rule name -> the function building its pattern from the lexicon (each registers itself below)."""


def _pattern(name: str) -> Callable[[PatternBuilder], PatternBuilder]:
    def register(build: PatternBuilder) -> PatternBuilder:
        PATTERNS[name] = build
        return build
    return register


@_pattern("iso")
def _iso(t: TimeLexicon) -> str:
    return r"(?P<year>[12]\d{3})-(?P<mon>[01]\d)-(?P<day>[0-3]\d)(?:T\d\d:\d\d(?::\d\d)?(?:Z|[+-]\d\d:?\d\d)?)?"


@_pattern("slashed")
def _slashed(t: TimeLexicon) -> str:
    return r"(?P<a>[01]?\d|[0-3]\d)/(?P<b>[0-3]?\d)/(?P<year>[12]\d{3}|\d\d)"


@_pattern("month_day_year")
def _month_day_year(t: TimeLexicon) -> str:
    return rf"{_WD_PREFIX}{month_re()}\s*{DAY},?\s*(?:,\s*)?{YEAR}"


@_pattern("day_month_year")
def _day_month_year(t: TimeLexicon) -> str:
    return rf"{_WD_PREFIX}(?:the\s+)?{DAY}\s+(?:of\s+)?{month_re()},?\s+{YEAR}"


@_pattern("month_day")
def _month_day(t: TimeLexicon) -> str:
    return rf"{_WD_PREFIX}{month_re()}\s+{DAY}(?!\s*,?\s*\d)"


@_pattern("day_month")
def _day_month(t: TimeLexicon) -> str:
    return rf"{_WD_PREFIX}(?:the\s+)?{DAY}\s+(?:of\s+)?{month_re()}(?!\s*,?\s*\d)"


@_pattern("the_weekend")
def _the_weekend(t: TimeLexicon) -> str:
    return r"(?i:the\s+weekend)"


@_pattern("month_year")
def _month_year(t: TimeLexicon) -> str:
    mods = alternatives(t.rule("month_year").words("modifiers"))
    return rf"(?:(?i:{mods})[\s-]+)?{month_re()}\s*,?\s+(?:of\s+)?{YEAR}"


@_pattern("month_rel_year")
def _month_rel_year(t: TimeLexicon) -> str:
    years = alternatives(t.rule("month_rel_year").numbers("years"))
    return rf"{_WD_PREFIX}{month_re()}(?:\s+{DAY})?,?\s+(?P<yrel>(?i:{years}))\s+year"


@_pattern("bare_month")
def _bare_month(t: TimeLexicon) -> str:
    mods = alternatives(t.rule("bare_month").words("modifiers"))
    return rf"(?:(?P<pre>(?i:{mods}))[\s-]+)?" + month_re(abbreviations=False)


@_pattern("holiday")
def _holiday(t: TimeLexicon) -> str:
    w = t.rule("holiday")
    names = [*w.codes("fixed"), *w.numbers("easter"), *w.numbers("orthodox_easter"), *w.codes("nth_weekday"),
             *w.words("lunar"), *w.words("independence_names")]
    # Longer names first ("Christmas Day" before "Christmas"); either apostrophe; a capital first letter.
    spelled = alternatives(sorted(names, key=len, reverse=True)).replace("'", "['’]")
    mods = alternatives(w.words("modifiers"))
    return (rf"(?:(?P<pre>(?i:{mods}))\s+)?(?=[A-Z])(?P<name>(?i:{spelled}))(?P<week>\s+(?i:week))?"
            r"(?:,?\s+(?:of\s+)?(?P<year>[12]\d{3})(?![\d%]))?")


@_pattern("quarter")
def _quarter(t: TimeLexicon) -> str:
    w = t.rule("quarter")
    ordinals, years = alternatives(w.numbers("ordinals")), alternatives(w.numbers("years"))
    return (rf"(?i:(?:the\s+)?(?:(?:fiscal\s+)?{YEAR}(?:'s)?\s+)?"
            rf"(?P<q>{ordinals})[\s-]+(?:fiscal[\s-]+)?quarter"
            rf"(?:\s+of\s+(?:(?P<yrel>{years})\s+year|(?:fiscal\s+)?(?P<year2>{_YEAR_DIGITS}))"
            rf"|,?\s+(?P<year3>{_YEAR_DIGITS}))?|Q(?P<qn>[1-4])(?:\s+(?P<year4>{_YEAR_DIGITS}))?)")


@_pattern("half")
def _half(t: TimeLexicon) -> str:
    w = t.rule("half")
    halves, years = alternatives(w.numbers("halves")), alternatives(w.numbers("years"))
    return (rf"(?i:(?:the\s+)?(?P<h>{halves})\s+half(?:\s+of\s+(?:(?P<rel>{years})\s+year|"
            rf"the\s+year|(?P<year>{_YEAR_DIGITS})))?)")


@_pattern("season")
def _season(t: TimeLexicon) -> str:
    w = t.rule("season")
    return (rf"(?i:(?:(?:{alternatives(w.words('edges'))})[\s-]+)?(?P<rel>{alternatives(w.words('relations'))})?"
            rf"\s*(?P<season>{alternatives(w.codes('seasons'))})(?:\s+of\s+{YEAR}|,?\s+(?P<y2>{_YEAR_DIGITS}))?)")


@_pattern("decade")
def _decade(t: TimeLexicon) -> str:
    w = t.rule("decade")
    return (rf"(?i:(?:the\s+)?(?:(?:{alternatives(w.words('edges'))})[\s-]+)?(?:(?P<digits>[12]\d{{2}})0'?s"
            rf"|'(?P<short>\d)0s|(?P<century>(?:{alternatives(w.numbers('centuries'))})[\s-]+)?"
            rf"(?P<word>{alternatives(w.numbers('decades'))})))")


@_pattern("century")
def _century(t: TimeLexicon) -> str:
    w = t.rule("century")
    return (rf"(?i:(?:the\s+)?(?:(?:{alternatives(w.words('edges'))})[\s-]+)?"
            rf"(?P<ord>\d{{1,2}}(?:st|nd|rd|th)|{alternatives(w.numbers('ordinals'))})[\s-]+century)")


@_pattern("year")
def _year(t: TimeLexicon) -> str:
    mods = alternatives(t.rule("year").words("modifiers"))
    return rf"(?P<mod>(?i:{mods})[\s-]+)?(?P<fiscal>(?i:fiscal(?:\s+year)?\s+|FY\s?))?{YEAR}"


@_pattern("year_tail")
def _year_tail(t: TimeLexicon) -> str:
    # The second year of a range written short: the "58" of "1957-58", the "10" of "2009/10".
    return r"(?<=[12]\d{3}[-–/])(?P<yy>\d\d)(?![-–/]?\d)"


@_pattern("spoken_year")
def _spoken_year(t: TimeLexicon) -> str:
    w = t.rule("spoken_year")
    tens, teens, units = (alternatives(w.numbers(k)) for k in ("tens", "teens", "units"))
    return (rf"(?:{month_re('smonth', abbreviations=False)}\s+)?(?:(?i:the\s+year)\s+)?"
            rf"(?P<spoken>(?i:(?:{alternatives(w.numbers('centuries'))})[\s-]+(?:hundred(?:[\s-]+and)?[\s-]+)?"
            rf"(?:oh[\s-]+)?(?:(?:{tens})(?:[\s-]+(?:{units}))?|{teens}|{units})"
            rf"|{alternatives(w.numbers('thousands'))}(?:(?:\s+and)?\s+(?:{units}|{teens}))?))")


@_pattern("ago")
def _ago(t: TimeLexicon) -> str:
    directions = alternatives(t.rule("ago").numbers("directions"))
    return rf"{_approx(t)}(?i:(?:{_number(t)}\s+)?{_unit(t)}\s+(?P<dir>{directions}))"


@_pattern("anaphoric")
def _anaphoric(t: TimeLexicon) -> str:
    w = t.rule("anaphoric")
    return (rf"(?i:{_number(t)}[\s-]+{_unit(t)}\s+(?:{alternatives(w.words('directions'))})"
            rf"|(?:(?:{alternatives(w.words('edges'))})\s+)?(?:{alternatives(w.words('references'))})\s+"
            rf"(?P<u2>{alternatives(w.words('units'))}))")


@_pattern("deictic_day")
def _deictic_day(t: TimeLexicon) -> str:
    w = t.rule("deictic_day")
    return (rf"(?i:(?:(?:{alternatives(w.words('edges'))})\s+)?(?P<rel>{alternatives(w.numbers('days'))}))"
            rf"(?:\s+(?i:{_part_of_day(t)}))?")


@_pattern("weekday")
def _weekday(t: TimeLexicon) -> str:
    w = t.rule("weekday")
    # Named days are names, not the last such weekday: "Good Friday", "Bloody Sunday".
    named = "".join(rf"(?<!{re.escape(word)}\s)" for word in w.words("named_days"))
    return (rf"(?:(?P<rel>(?i:{alternatives(w.words('relations'))}))\s+)?"
            rf"(?:(?i:{alternatives(w.words('edges'))})\s+)?{named}{WEEKDAY}(?!s)(?:\s+(?i:{_part_of_day(t)}))?")


@_pattern("relative_unit")
def _relative_unit(t: TimeLexicon) -> str:
    w = t.rule("relative_unit")
    return (rf"(?i:(?:(?:{alternatives(w.words('edges'))})\s+)?"
            rf"(?P<rel>{alternatives(w.words('compound_relations'))}|(?:the\s+)?(?:{alternatives(w.words('relations'))}))"
            rf"\s+(?:fiscal\s+(?=year))?(?P<unit>{alternatives(w.words('units'))}))(?![\s-]+(?:{alternatives(w.words('not_before'))})\b)")


@_pattern("period_edge")
def _period_edge(t: TimeLexicon) -> str:
    w = t.rule("period_edge")
    return (rf"(?i:(?:the\s+)?(?P<edge>{alternatives(w.words('edges'))})\s+of\s+(?:the\s+)?"
            rf"(?P<unit>{alternatives(w.words('units'))}))")


@_pattern("duration")
def _duration(t: TimeLexicon) -> str:
    rel = alternatives(t.rule("duration").words("relations"))
    return (rf"(?i:(?P<pre>the\s+(?:(?:{rel})\s+)?|(?:{rel})\s+)?){_approx(t)}(?i:{_number(t)}\s+{_unit(t)})"
            rf"(?!\s+old\b)")


@_pattern("duration_adjective")
def _duration_adjective(t: TimeLexicon) -> str:
    # "a 12-day war": the hyphenated adjective alone; "the past" there belongs to the noun.
    return rf"(?i:{_number(t)}-{_unit(t)})(?!-olds?\b)(?P<pre>)(?P<mod>)"


@_pattern("race_time")
def _race_time(t: TimeLexicon) -> str:
    # A result or a stretch timed on a stopwatch: "won in 2:05:33", "a time of 58:21.4".
    return r"(?:(?P<h>\d{1,2}):)?(?P<m>[0-5]?\d):(?P<s>[0-5]\d)(?P<frac>\.\d+)?"


@_pattern("clock")
def _clock(t: TimeLexicon) -> str:
    w = t.rule("clock")
    meridiem = "|".join(re.escape(m) + (r"\b" if m[-1].isalnum() else "") for m in w.codes("meridiem"))
    return (rf"(?i:(?P<h>[01]?\d)(?::(?P<m>[0-5]\d))?\s*(?P<ap>{meridiem})"
            rf"|(?P<h2>[01]?\d|2[0-3]):(?P<m2>[0-5]\d)(?::(?P<s2>[0-5]\d))?(?!:?\d)|(?P<word>{alternatives(w.numbers('hours'))})"
            rf"|(?P<h3>[01]\d|2[0-3])(?P<m3>[0-5]\d)(?=\s+(?:{alternatives(w.words('four_digit_zones'))})\b))"
            rf"(?:\s+(?P<tz>{TIME_ZONE_PATTERN})(?![\w])|\s+local\s+time)?")


@_pattern("reference")
def _reference(t: TimeLexicon) -> str:
    w = t.rule("reference")
    # "in the past" as a time, not "in the past 12-day war": the next word must not be a content word.
    no_noun_after = rf"(?!\s+(?!(?:{alternatives(w.words('function_words'))})\b)[\w'-])"
    return (rf"(?i:{alternatives(w.words('present'))}"
            rf"|(?<=in\s)the\s+(?:(?:{alternatives(w.words('past_modifiers'))})\s+)?past{no_noun_after}"
            rf"|(?<=in\s)the\s+(?:(?:{alternatives(w.words('future_modifiers'))})\s+)?future{no_noun_after}"
            rf"|{alternatives(w.words('vague'))})")


@_pattern("set")
def _set(t: TimeLexicon) -> str:
    w = t.rule("set")
    return (rf"(?i:{alternatives(w.codes('adverbs'))}|every\s+(?:other\s+)?(?:{alternatives(w.codes('every'))})"
            rf"|each\s+(?:{alternatives(w.codes('each'))})|(?:every|each)\s+(?-i:{WEEKDAY}))")
