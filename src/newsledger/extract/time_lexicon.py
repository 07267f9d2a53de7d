"""Words of English time expressions: month and weekday names, number words, units.

Regular-expression fragments are built here once, at import, from these tables;
the grammar (``time_grammar``) composes them into its rules.
"""

from __future__ import annotations

import re

__all__ = [
    "CLOCK_UNITS",
    "DAY",
    "MONTH_NAMES",
    "NUMBER",
    "PART_OF_DAY",
    "UNIT",
    "UNIT_CODES",
    "WEEKDAY",
    "WEEKDAY_NAMES",
    "YEAR",
    "month_number",
    "month_re",
    "parse_number",
    "unit_code",
    "weekday_number",
]

MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December")
_MONTH_ABBREVIATIONS = ("Sept", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_MONTH_KEYS = [m[:3].lower() for m in MONTH_NAMES]
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def month_re(group: str = "month", abbreviations: bool = True) -> str:
    """A month name, capitalised or in capitals (lower-case "may"/"march" are verbs far more often)."""
    names = [n for m in MONTH_NAMES for n in (m, m.upper())]
    if abbreviations:
        # "Sept." before "Sep" so the longer one wins; a dot is optional ("Sept 30").
        names += [a + r"\.?" for abbr in _MONTH_ABBREVIATIONS for a in (abbr, abbr.upper())]
    return rf"(?P<{group}>{'|'.join(names)})(?![a-z])"


def month_number(word: str) -> int:
    """1-12 for a month name or abbreviation in any case ("Sept." -> 9)."""
    return _MONTH_KEYS.index(word.lower()[:3]) + 1


WEEKDAY = rf"(?P<wd>{'|'.join(n for w in WEEKDAY_NAMES for n in (w, w.upper()))})(?![a-z])"


def weekday_number(word: str) -> int:
    """0 (Monday) - 6 (Sunday)."""
    return [w.lower() for w in WEEKDAY_NAMES].index(word.lower().rstrip("s"))


DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?![\d:])"
YEAR = r"(?P<year>[12]\d{3})(?![\d%])"
PART_OF_DAY = r"(?P<part>morning|afternoon|evening|night)"

_SMALL = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12,
    "a dozen": 12, "a hundred": 100, "a couple of": 2, "a couple": 2, "couple of": 2,
}
_VAGUE = ("several", "a few", "few", "many", "some", "numerous", "a number of", "countless")
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_UNITS_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")

NUMBER = (
    r"(?P<num>\d+(?:,\d{3})*(?:\.\d+)?"
    rf"|(?:{'|'.join(_TENS)})-(?:{'|'.join(_UNITS_WORDS)})"
    rf"|{'|'.join(sorted((re.escape(k) for k in (*_SMALL, *_VAGUE)), key=len, reverse=True))})"
)


def parse_number(text: str) -> int | float | None:
    """The number a numeral or number word stands for; None for vague ones ("several")."""
    t = text.lower().replace(",", "")
    if t in _SMALL:
        return _SMALL[t]
    if "-" in t:
        tens, _, unit = t.partition("-")
        return _SMALL.get(tens, 0) + _SMALL.get(unit, 0)
    try:
        value = float(t)
    except ValueError:
        return None
    return int(value) if value.is_integer() else value


# TIMEX3 unit letters; clock units go after a "T" (PT5H).
UNIT_CODES = {"second": "S", "minute": "M", "hour": "H", "day": "D", "night": "D", "week": "W",
              "fortnight": "W", "month": "M", "quarter": "Q", "year": "Y", "decade": "DE", "century": "CE",
              "centurie": "CE"}
CLOCK_UNITS = frozenset({"second", "minute", "hour"})
UNIT = (r"(?P<unit>seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|quarters?|years?"
        r"|decades?|century|centuries)")


def unit_code(word: str) -> tuple[str, str]:
    """(singular unit, TIMEX3 letter) for a unit word ("Years" -> ("year", "Y"))."""
    w = word.lower()
    singular = "century" if w.startswith("centur") else w.rstrip("s")
    return singular, UNIT_CODES[singular]
