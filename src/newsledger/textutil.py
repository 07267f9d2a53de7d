"""Text utilities every stage shares: name folding and the calendar.

Ingest (datelines), parse, extract and link all fold names and read month,
weekday and time-zone names the same way, so the one definition lives here.
This module imports nothing heavier than the standard library.

- :func:`name_key` folds case, accents, apostrophes and spacing ("Chargé
  d’Affaires" -> "charge d'affaires"); :func:`form_key` also joins
  abbreviating stops ("U.S." -> "us") and hyphen spacing, for vocabulary
  look-ups.
- ``MONTH_NAMES``, ``MONTH_ABBREVIATIONS`` and ``WEEKDAY_NAMES`` with
  :func:`month_number` and :func:`weekday_number`.
- ``TIME_ZONES``: the one table of zone abbreviations and their fixed offsets,
  with :func:`zone_offset` (a ``timedelta``) and :func:`zone_designator` (the
  ISO 8601 suffix a TIMEX3 value carries).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from collections.abc import Sequence

__all__ = [
    "MONTH_ABBREVIATIONS",
    "MONTH_NAMES",
    "QUOTE_CHARS",
    "TIME_ZONES",
    "TIME_ZONE_PATTERN",
    "WEEKDAY_NAMES",
    "fold",
    "form_key",
    "given_names_compatible",
    "mend_mojibake",
    "month_number",
    "name_key",
    "weekday_number",
    "zone_designator",
    "zone_offset",
]

QUOTE_CHARS = "\"'“”‘’«»"

MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December")
# "Sept" before "Sep" so a pattern built from this tuple prefers the longer one.
MONTH_ABBREVIATIONS = ("Sept", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTH_KEYS = tuple(m[:3].lower() for m in MONTH_NAMES)
_WEEKDAY_KEYS = tuple(w.lower() for w in WEEKDAY_NAMES)

# Zone abbreviations news text uses, in minutes east of UTC. One table for datelines and body text alike.
# Ambiguous abbreviations ("IST": India, Ireland or Israel) are left out: no offset rather than a wrong one.
TIME_ZONES: dict[str, int] = {
    "UTC": 0, "GMT": 0,
    "EST": -300, "EDT": -240, "CST": -360, "CDT": -300, "MST": -420, "MDT": -360, "PST": -480, "PDT": -420,
    "AKST": -540, "AKDT": -480, "HST": -600,
    "BST": 60, "WET": 0, "WEST": 60, "CET": 60, "CEST": 120, "EET": 120, "EEST": 180, "MSK": 180,
    "PKT": 300, "ICT": 420, "WIB": 420, "SGT": 480, "HKT": 480, "JST": 540, "KST": 540,
    "AEST": 600, "AEDT": 660, "AET": 600, "NZST": 720, "NZDT": 780,
}
# The table's abbreviations as one regular-expression alternative, longest first ("CEST" before "CET");
# case-sensitive where it is used ("est" is a word, "EST" a zone).
TIME_ZONE_PATTERN = "|".join(sorted(TIME_ZONES, key=len, reverse=True))


def fold(text: str) -> str:
    """Lower case without accents, with typographic apostrophes as ASCII ones."""
    if text.isascii():
        return text.lower()
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return text.replace("’", "'").lower()


# UTF-8 read as Windows-1252 or Latin-1 ("PeÃ±a" for "Peña", once or twice over: "SarukhÃ\x83Â¡n"), also after
# a decomposing normalisation ("A" and a combining tilde for "Ã", "1⁄4" for "¼"): a word holding one of these.
_MOJIBAKE = re.compile("[\u00c2\u00c3]|A\u0303|A\u0302")
_FRACTIONS = (("1\u20444", "\u00bc"), ("1\u20442", "\u00bd"), ("3\u20444", "\u00be"))


def _byte(ch: str) -> int:
    """The byte a Windows-1252 (else Latin-1) reading turned into ``ch``; ValueError for none."""
    try:
        return ch.encode("cp1252")[0]
    except UnicodeEncodeError:
        if ord(ch) < 0x100:
            return ord(ch)
        raise ValueError(ch) from None


def mend_mojibake(text: str) -> str:
    """``text`` with each word that is UTF-8 read as Windows-1252 or Latin-1 (once or twice) read back ("PeÃ±a"
    -> "Peña"); a word that does not read back as UTF-8 ("SÃO PAULO" in capitals) is left as it is."""
    if not _MOJIBAKE.search(text):
        return text

    def mend(m: re.Match[str]) -> str:
        word = m.group()
        if not _MOJIBAKE.search(word):
            return word
        fixed = unicodedata.normalize("NFC", word)
        for frac, ch in _FRACTIONS:
            fixed = fixed.replace(frac, ch)
        for _ in range(3):
            try:
                again = bytes(_byte(c) for c in fixed).decode("utf-8")
            except (ValueError, UnicodeDecodeError):
                break
            if again == fixed:
                break
            fixed = again
        return word if _MOJIBAKE.search(unicodedata.normalize("NFC", fixed)) else fixed

    return re.sub(r"\S+", mend, text)


@functools.lru_cache(maxsize=1 << 16)
def name_key(text: str) -> str:
    """Normalised form of a name: mojibake mended (:func:`mend_mojibake`), case, accents, apostrophes and
    spacing folded."""
    return _SPACES.sub(" ", fold(mend_mojibake(text))).strip(_NAME_STRIP)


_SPACES = re.compile(r"\s+")
_NAME_STRIP = " .,;:" + QUOTE_CHARS


# ASCII letters and digits in words one space apart: form_key is its lower case (no accent, stop, hyphen,
# apostrophe, quote or spacing to fold).
_PLAIN_FORM = re.compile(r"[A-Za-z0-9]+(?: [A-Za-z0-9]+)*")
_DOTTED_LETTERS = re.compile(r"\b(?:[a-z]\.){2,}")  # "u.s." of "u.s. envoy": its stops dropped
_SPACED_HYPHEN = re.compile(r"\s*([\-‐])\s*")
_SPACED_POSSESSIVE = re.compile(r"\s+'s\b")


@functools.lru_cache(maxsize=1 << 16)
def form_key(text: str) -> str:
    """Folded form of a name or phrase for vocabulary look-ups: :func:`name_key`, stops and hyphen spacing.

    "U.S." and "US", "U.N." and "UN" are one form; a single abbreviating stop ("Gen.") is kept apart by the
    callers that care. A possessive spaced off its word, as tokenised text has it, is joined to it; a
    trailing possessive is dropped.
    """
    if _PLAIN_FORM.fullmatch(text):  # most names: nothing to fold, strip or join
        return text.lower()
    key = name_key(text)
    # (each pattern looked for only where the character it needs is in the key: most keys hold none)
    if "." in key:
        key = _DOTTED_LETTERS.sub(lambda m: m.group().replace(".", ""), key)
    if "-" in key or "‐" in key:
        key = _SPACED_HYPHEN.sub(r"\1", key)
    if "'s" in key:
        key = _SPACED_POSSESSIVE.sub("'s", key)  # a possessive spaced off as a token ("People 's Republic")
    if key.endswith("'s"):
        key = key[:-2].rstrip()
    return key


def month_number(word: str) -> int:
    """1-12 for a month name or abbreviation in any case ("Sept." -> 9); ValueError for anything else."""
    return _MONTH_KEYS.index(word.lower()[:3]) + 1


def weekday_number(word: str) -> int:
    """0 (Monday) - 6 (Sunday) for a weekday name, singular or plural ("Fridays")."""
    return _WEEKDAY_KEYS.index(word.lower().rstrip("s"))


def zone_offset(text: str | None) -> dt.timedelta | None:
    """The fixed offset of a zone abbreviation ("CET") or numeric offset ("+05:30"), or None.

    None too for a numeric offset of a day or more ("+99:00"): no zone has one, and a ``datetime`` cannot hold it.
    """
    if not text:
        return None
    upper = text.upper()
    if upper in TIME_ZONES:
        return dt.timedelta(minutes=TIME_ZONES[upper])
    m = re.fullmatch(r"([+-])(\d\d):?(\d\d)", upper)
    if m:
        delta = dt.timedelta(hours=int(m[2]), minutes=int(m[3]))
        if delta >= dt.timedelta(days=1):
            return None
        return delta if m[1] == "+" else -delta
    return None


def zone_designator(text: str | None) -> str:
    """The ISO 8601 zone suffix of a TIMEX3 value: "Z" for UTC, "+01:00" for CET, "" when unknown."""
    offset = zone_offset(text)
    if offset is None:
        return ""
    minutes = int(offset.total_seconds() // 60)
    if minutes == 0:
        return "Z"
    sign = "+" if minutes > 0 else "-"
    hours, mins = divmod(abs(minutes), 60)
    return f"{sign}{hours:02d}:{mins:02d}"


def given_names_compatible(a: Sequence[str], b: Sequence[str]) -> bool:
    """Whether two people's given names (folded, stops dropped) may name one person, the surname being the same.

    A missing given name fits any ("Trump", "Mr. Trump"); otherwise the first given names are equal or one is
    the other's initial ("D. Trump"), and middle names, where both have them, agree the same way ("Donald J.
    Trump" and "Donald Trump", "Hillary Rodham Clinton" and "Hillary Clinton"; not "Mike" and "Elizabeth").
    """
    if not a or not b:
        return True
    pairs = [(a[0], b[0]), *zip(a[1:], b[1:], strict=False)]
    return all(x == y or (len(x) == 1 and y.startswith(x)) or (len(y) == 1 and x.startswith(y)) for x, y in pairs)
