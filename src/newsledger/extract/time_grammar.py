"""The grammar of English time expressions: detection rules, each with its normaliser.

A rule is a regular expression compiled once at import, the words one of which
each of its matches contains (its triggers), and a handler (``time_absolute``,
``time_relative``) that turns the match into a TIMEX3 value or rejects it.

Rules are listed most specific first: where two matches overlap, the longer one
wins and, at equal length, the earlier rule.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from .time_absolute import (
    resolve_bare_month,
    resolve_century,
    resolve_decade,
    resolve_full_date,
    resolve_half,
    resolve_iso,
    resolve_month_day,
    resolve_month_rel_year,
    resolve_month_year,
    resolve_quarter,
    resolve_season,
    resolve_slashed,
    resolve_spoken_year,
    resolve_year,
)
from .time_context import Context, Handler, Tense
from .time_lexicon import DAY, NUMBER, PART_OF_DAY, UNIT, WEEKDAY, YEAR, month_re
from .time_relative import (
    resolve_ago,
    resolve_anaphoric,
    resolve_clock,
    resolve_deictic_day,
    resolve_duration,
    resolve_period_edge,
    resolve_reference,
    resolve_relative_unit,
    resolve_set,
    resolve_the_weekend,
    resolve_weekday,
)

__all__ = ["RULES", "TRIGGER_WORDS", "Context", "Rule", "Tense", "trigger_keys"]


@dataclass(frozen=True, slots=True)
class Rule:
    """A detection pattern, the words that must occur near a match, and the match's normaliser."""

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
    "month_year": frozenset({"<month>"}), "month_day": frozenset({"<month>"}),
    "month_rel_year": frozenset({"<month>"}), "day_month": frozenset({"<month>"}),
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
    "clock": frozenset({"<clock>", "a.m.", "p.m.", "am", "pm", "noon", "midnight", "utc", "gmt"}),
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
          resolve_iso),
    _rule("slashed", r"(?P<a>[01]?\d|[0-3]\d)/(?P<b>[0-3]?\d)/(?P<year>[12]\d{3}|\d\d)", resolve_slashed),
    _rule("month_day_year", rf"{_WD_PREFIX}{month_re()}\s*{DAY},?\s*(?:,\s*)?{YEAR}", resolve_full_date),
    _rule("day_month_year", rf"{_WD_PREFIX}(?:the\s+)?{DAY}\s+(?:of\s+)?{month_re()},?\s+{YEAR}", resolve_full_date),
    _rule("month_year", rf"{_MOD}{month_re()}\s*,?\s+(?:of\s+)?{YEAR}", resolve_month_year),
    _rule("month_rel_year", rf"{_WD_PREFIX}{month_re()}(?:\s+{DAY})?,?\s+(?P<yrel>(?i:this|last|next))\s+year",
          resolve_month_rel_year),
    _rule("month_day", rf"{_WD_PREFIX}{month_re()}\s+{DAY}(?!\s*,?\s*\d)", resolve_month_day),
    _rule("day_month", rf"{_WD_PREFIX}(?:the\s+)?{DAY}\s+(?:of\s+)?{month_re()}(?!\s*,?\s*\d)", resolve_month_day),
    _rule("bare_month", r"(?:(?P<pre>(?i:last|next|this\s+past|this\s+coming|this|early|late|mid|the\s+end\s+of"
                        r"|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of))[\s-]+)?"
                        + month_re(abbreviations=False), resolve_bare_month),
    _rule("quarter", rf"(?i:(?:the\s+)?(?:(?:fiscal\s+)?{YEAR}(?:'s)?\s+)?"
                     rf"(?P<q>first|second|third|fourth|1st|2nd|3rd|4th|final)[\s-]+(?:fiscal[\s-]+)?quarter"
                     rf"(?:\s+of\s+(?:(?P<yrel>this|last|next)\s+year|(?:fiscal\s+)?(?P<year2>[12]\d{{3}}))"
                     rf"|,?\s+(?P<year3>[12]\d{{3}}))?|Q(?P<qn>[1-4])(?:\s+(?P<year4>[12]\d{{3}}))?)",
          resolve_quarter),
    _rule("half", r"(?i:(?:the\s+)?(?P<h>first|second)\s+half(?:\s+of\s+(?:(?P<rel>this|last|next)\s+year|"
                  r"the\s+year|(?P<year>[12]\d{3})))?)", resolve_half),
    _rule("season", rf"(?i:(?:(?:early|late|mid)[\s-]+)?(?P<rel>last|next|this\s+past|this\s+coming|this|the\s+coming|"
                    rf"past|coming|the)?\s*(?P<season>spring|summer|fall|autumn|winter)"
                    rf"(?:\s+of\s+{YEAR}|,?\s+(?P<y2>[12]\d{{3}}))?)",
          resolve_season),
    _rule("decade", r"(?i:(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?(?:(?P<digits>[12]\d{2})0'?s|'(?P<short>\d)0s"
                    r"|(?P<century>nineteen[\s-]+)?(?P<word>twenties|thirties|forties|fifties|sixties|seventies"
                    r"|eighties|nineties)))", resolve_decade),
    _rule("century", r"(?i:(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?(?P<ord>\d{1,2}(?:st|nd|rd|th)|first|second|third"
                     r"|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth"
                     r"|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first)[\s-]+century)",
          resolve_century),
    _rule("year", rf"(?P<mod>(?i:early|late|mid|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|"
                  rf"the\s+middle\s+of|the\s+year)[\s-]+)?(?P<fiscal>(?i:fiscal(?:\s+year)?\s+|FY\s?))?{YEAR}",
          resolve_year),
    _rule("spoken_year", rf"(?:{month_re('smonth', abbreviations=False)}\s+)?(?:(?i:the\s+year)\s+)?"
                         r"(?P<spoken>(?i:(?:nineteen|eighteen)[\s-]+(?:hundred(?:[\s-]+and)?[\s-]+)?(?:oh[\s-]+)?"
                         r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-]+(?:one|two|three"
                         r"|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
                         r"|seventeen|eighteen|nineteen|one|two|three|four|five|six|seven|eight|nine)"
                         r"|two\s+thousand(?:(?:\s+and)?\s+(?:one|two|three|four|five|six|seven|eight|nine|ten"
                         r"|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen))?))",
          resolve_spoken_year),
    _rule("ago", rf"{_APPROX}(?i:(?:{NUMBER}\s+)?{UNIT}\s+(?P<dir>ago|from\s+now|hence))", resolve_ago),
    _rule("anaphoric", rf"(?i:{_NUM_UNIT}\s+(?:earlier|later)"
                       rf"|(?:(?:earlier|later|early|late)\s+)?(?:that|the\s+same|the\s+following|the\s+previous|the\s+next|the\s+prior)\s+"
                       rf"(?P<u2>day|morning|evening|night|week|month|year))",
          resolve_anaphoric),
    _rule("deictic_day", r"(?i:(?:(?:early|late|earlier|later)\s+)?(?P<rel>the\s+day\s+before\s+yesterday"
                         r"|the\s+day\s+after\s+tomorrow|yesterday|today|tomorrow|tonight|last\s+night"
                         r"|this\s+(?:morning|afternoon|evening)|overnight))"
                         rf"(?:\s+(?i:{PART_OF_DAY}))?", resolve_deictic_day),
    _rule("weekday", rf"(?:(?P<rel>(?i:last|next|this\s+coming|this\s+past|this|the\s+coming|the\s+previous"
                     rf"|the\s+following|past|coming))\s+)?(?:(?i:early|late)\s+)?{_NAMED_DAY}{WEEKDAY}(?!s)"
                     rf"(?:\s+(?i:{PART_OF_DAY}))?", resolve_weekday),
    _rule("the_weekend", r"(?i:the\s+weekend)", resolve_the_weekend),
    _rule("relative_unit", r"(?i:(?:(?:early|late|earlier|later|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of"
                           r"|the\s+middle\s+of|the\s+rest\s+of|the\s+remainder\s+of)\s+)?"
                           r"(?P<rel>this\s+past|this\s+coming|(?:the\s+)?(?:last|next|this|past|previous|coming"
                           r"|current|following|same|prior))\s+(?P<unit>weekend|week|month|year|quarter|decade"
                           r"|century))(?![\s-]+(?:old|long)\b)", resolve_relative_unit),
    _rule("period_edge", r"(?i:(?:the\s+)?(?:end|beginning|start|middle|rest|remainder)\s+of\s+the\s+"
                         r"(?P<unit>week|month|year))", resolve_period_edge),
    _rule("duration", rf"(?i:(?P<pre>the\s+(?:(?:past|last|next|coming|first|previous|following|latest|final"
                      rf"|initial|ensuing|remaining|full|entire)\s+)?|(?:past|last|next|coming|first|previous"
                      rf"|following|latest|final|initial|ensuing|remaining|full|entire)\s+)?){_APPROX}(?i:{NUMBER}\s+{UNIT})"
                      rf"(?!\s+old\b)", resolve_duration),
    # "a 12-day war": the hyphenated adjective alone; "the past" there belongs to the noun.
    _rule("duration_adjective", rf"(?i:{NUMBER}-{UNIT})(?!-olds?\b)(?P<pre>)(?P<mod>)", resolve_duration),
    _rule("clock", r"(?i:(?P<h>[01]?\d)(?::(?P<m>[0-5]\d))?\s*(?P<ap>a\.m\.|p\.m\.|am\b|pm\b)"
                   r"|(?P<h2>[01]?\d|2[0-3]):(?P<m2>[0-5]\d)(?!:?\d)|(?P<word>noon|midnight)"
                   r"|(?P<h3>[01]\d|2[0-3])(?P<m3>[0-5]\d)(?=\s+(?:UTC|GMT)\b))"
                   r"(?:\s+(?P<tz>[ECMP][SD]T|UTC|GMT)(?![\w])|\s+local\s+time)?", resolve_clock),
    _rule("reference", r"(?i:now|currently|at\s+present|presently|nowadays|these\s+days|at\s+the\s+moment"
                       r"|(?<=in\s)the\s+(?:distant\s+|recent\s+)?past" + _NO_NOUN_AFTER +
                       r"|(?<=in\s)the\s+(?:near\s+|distant\s+)?future" + _NO_NOUN_AFTER +
                       r"|recently|lately)", resolve_reference),
    _rule("set", rf"(?i:daily|weekly|monthly|annually|yearly|every\s+(?:other\s+)?(?:day|week|month|year|morning"
                 rf"|night)|each\s+(?:day|week|month|year)|(?:every|each)\s+(?-i:{WEEKDAY}))", resolve_set),
)
