"""Publication date from the text itself, for documents that arrive without one.

Order of sources (the earlier ones are set before this runs): the ``--published``
flag or a record's field, the HTML page's metadata, then what this module finds
at the top of the text:

* a wire dateline with a full date: ``WASHINGTON, May 3, 2025 (AP) —``,
  ``NAIROBI, 3 May 2025 (Reuters) -``;
* a line near the top that is only a date, a "Published/Updated/Posted" line or a
  byline with a date: ``March 27, 2008``, ``Published: 2025-05-03T09:30:00+03:00``,
  ``Updated May 3, 2025 10:30 AM EDT`` (the time zone is kept where it is given),
  ``By A. Writer, May 3, 2025``; the first of them in the text, so a date standing
  alone further down (a pull quote, a quoted document's date) never wins over it;
* a wire dateline without a year (``NAIROBI, May 3 (Reuters) —``), completed
  only by a year the document states elsewhere in its metadata (a date in its
  URL path); otherwise it is left alone: guessing a year is how a whole article's
  dates go wrong, and the date of processing is never used.

``fill_published`` is the pipeline stage; ``find_published`` is the function.

:func:`find_dateline` says where a dateline sits (with or without a date):
the place, the region after it, the agency in parentheses, and where the story
begins after the dash. The parse marks that point as a sentence start, and the
extractors keep the dateline's place and agency out of who said and did what.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

from ..models import Document, Skipped
from ..textutil import MONTH_ABBREVIATIONS, MONTH_NAMES, TIME_ZONE_PATTERN, WEEKDAY_NAMES, month_number, zone_offset

__all__ = ["Dateline", "fill_published", "find_dateline", "find_published"]

# Month and weekday names and the zone table are newsledger.textutil's, shared with the body-text grammar.
# A month: its three-letter abbreviation (or "Sept") and any letters after it, in title case or capitals.
_MONTH_STEMS = sorted({a[:3] for a in MONTH_NAMES} | set(MONTH_ABBREVIATIONS), key=len, reverse=True)
_MONTH_WORD = (rf"(?:(?:{'|'.join(_MONTH_STEMS)})[a-z]*\.?"
               rf"|(?:{'|'.join(s.upper() for s in _MONTH_STEMS)})[A-Z]*\.?)")
_MONTH = rf"(?P<month>{_MONTH_WORD})"
_MONTH2 = rf"(?P<month2>{_MONTH_WORD})"
# A weekday, written out or abbreviated ("Tues.", "Thurs"), before the date.
_WEEKDAY_STEMS = sorted({w[:3] for w in WEEKDAY_NAMES} | {w.removesuffix("day") for w in WEEKDAY_NAMES},
                        key=len, reverse=True)
_WEEKDAY = rf"(?:(?:{'|'.join(_WEEKDAY_STEMS)})(?:day)?\.?,?\s+)?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_DAY2 = r"(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_YEAR2 = r"(?P<year2>(?:19|20)\d\d)"
_CLOCK = (r"(?:\s*(?:at\s+)?(?P<hh>[0-2]?\d)[:.](?P<mm>[0-5]\d)\s*(?P<ap>[AaPp]\.?[Mm]\.?)?"
          rf"\s*(?P<tz>{TIME_ZONE_PATTERN}|[+-]\d\d:?\d\d)?)?")
_DATE = rf"{_WEEKDAY}(?:{_MONTH}\s+{_DAY}\s*,?\s+{_YEAR}|{_DAY2}\s+{_MONTH2},?\s+{_YEAR2})"
_ISO = r"(?P<iso>(?:19|20)\d\d-[01]\d-[0-3]\d(?:[T ][0-2]\d:[0-5]\d(?::[0-5]\d)?(?:Z|[+-]\d\d:?\d\d)?)?)"

_PLACE = r"[A-Z][A-Za-z .'’-]{1,40}?(?:,\s*[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+)?)?"
_DASH = r"\s*[-—–]+"
_WIRE_FULL = re.compile(rf"^\s*{_PLACE},?\s+{_DATE}{_CLOCK}\s*(?:\([^)\n]{{2,40}}\))?{_DASH}", re.MULTILINE)
_WIRE_YEARLESS = re.compile(rf"^\s*{_PLACE},\s+{_WEEKDAY}(?:{_MONTH}\s+{_DAY}|{_DAY2}\s+{_MONTH2})"
                            rf"\s*(?:\([^)\n]{{2,40}}\))?{_DASH}", re.MULTILINE)
_DATE_LINE = re.compile(rf"^\s*(?:(?:Published|Updated|Posted|Last updated|First published)(?:\s+on)?:?\s*)?"
                        rf"(?:{_DATE}{_CLOCK}|{_ISO})\s*$", re.MULTILINE | re.IGNORECASE)
# A byline with the date after the name: "By Ana Ruiz, June 4, 2024", "By A. Writer | 4 June 2024 10:30 GMT".
_BYLINE = re.compile(rf"^\s*By\s+[A-Z][\w.'’-]*(?:\s+(?:and\s+)?[A-Z][\w.'’-]*){{0,5}}\s*[,|·•—–-]\s*"
                     rf"(?:(?:Published|Updated|Posted)(?:\s+on)?:?\s*)?(?:{_DATE}{_CLOCK}|{_ISO})\s*$",
                     re.MULTILINE)
_URL_DATE = re.compile(r"/((?:19|20)\d\d)[/-]([01]?\d)[/-]([0-3]?\d)(?:/|$|-)")

_HEAD_CHARS = 400  # a dateline sits in the first lines


def _zone(text: str | None) -> dt.tzinfo | None:
    offset = zone_offset(text)
    return dt.timezone(offset) if offset is not None else None


def _month(m: re.Match[str]) -> int:
    return month_number(m["month"] or m["month2"])


def _from_match(m: re.Match[str]) -> dt.date | dt.datetime | None:
    groups = m.groupdict()
    if groups.get("iso"):
        iso = groups["iso"].replace(" ", "T").replace("Z", "+00:00")
        try:
            return dt.date.fromisoformat(iso) if len(iso) == 10 else dt.datetime.fromisoformat(iso)
        except ValueError:
            return None
    try:
        date = dt.date(int(m["year"] or m["year2"]), _month(m), int(m["day"] or m["day2"]))
    except (ValueError, TypeError):
        return None
    if groups.get("hh") is None:
        return date
    hh, mm = int(m["hh"]), int(m["mm"])
    ap = (groups.get("ap") or "").lower().replace(".", "")
    if ap == "pm" and hh < 12:
        hh += 12
    elif ap == "am" and hh == 12:
        hh = 0
    if hh > 23:
        return date
    return dt.datetime(date.year, date.month, date.day, hh, mm, tzinfo=_zone(groups.get("tz")))


def find_published(text: str, url: str | None = None) -> dt.date | dt.datetime | None:
    """The publication date stated at the top of ``text`` (or in ``url``), or None."""
    head = text[:_HEAD_CHARS]
    m = _WIRE_FULL.search(head)
    if m is not None and (found := _from_match(m)) is not None:
        return found
    # The byline or date line nearest the top: a date on a line of its own further down is a pull quote's.
    lines = sorted((m for p in (_BYLINE, _DATE_LINE) if (m := p.search(head)) is not None), key=lambda m: m.start())
    for m in lines:
        if (found := _from_match(m)) is not None:
            return found
    url_match = _URL_DATE.search(url or "")
    if url_match is None:
        return None
    try:
        url_date = dt.date(int(url_match[1]), int(url_match[2]), int(url_match[3]))
    except ValueError:
        return None
    m = _WIRE_YEARLESS.search(head)
    if m is not None:
        # The dateline's day, in the year of the URL's date (a dateline names the day of writing).
        try:
            return dt.date(url_date.year, _month(m), int(m["day"] or m["day2"]))
        except ValueError:
            return url_date
    return url_date


def fill_published(items: Iterable[Document | Skipped]) -> Iterator[Document | Skipped]:
    """Stage: documents without a publication date get the one their text states, if any."""
    for item in items:
        if isinstance(item, Document) and item.published is None:
            found = find_published(item.text, item.url)
            if found is not None:
                item = replace(item, published=found)
        yield item


# --- where the dateline is ------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Dateline:
    """Character offsets of a dateline ("KYIV, Ukraine, May 3 (AP) — "): its parts and where the story begins.

    ``place`` is the city (``WASHINGTON/NEW YORK`` is one place span), ``region`` the state or
    country after it (", Ukraine", ", N.H."), ``agency`` the words inside the parentheses;
    ``body`` is the first character after the dash.
    """

    start: int
    end: int
    place: tuple[int, int]
    region: tuple[int, int] | None
    agency: tuple[int, int] | None
    body: int


_CAPS_WORD = r"[A-Z][A-Z'’.]*(?:-[A-Z][A-Z'’.]*)*"
_TITLE_WORD = r"[A-Z][a-z'’.]*(?:-[A-Za-z][a-z'’.]*)*"
_JOIN = r"(?:[ \t]|\s?/\s?)"
# A word of a city name that may be written in lower case ("Dar es Salaam", "Rio de Janeiro").
_PARTICLE = r"(?:de|del|da|do|dos|es|el|al|la|le|au|aux|sur|am|an|of)"
_PLACE_CAPS = rf"{_CAPS_WORD}(?:{_JOIN}(?:{_CAPS_WORD}|{_PARTICLE.upper()})){{0,3}}"
_PLACE_TITLE = rf"{_TITLE_WORD}(?:{_JOIN}(?:{_TITLE_WORD}|{_PARTICLE})){{0,3}}"
_NOT_MONTH = rf"(?!{_MONTH_WORD}\s*[0-3]?\d\b)"
_DAY_MONTH = (rf"{_WEEKDAY}(?:{_MONTH_WORD}\s*[0-3]?\d(?:st|nd|rd|th)?|[0-3]?\d(?:st|nd|rd|th)?\s+{_MONTH_WORD})"
              rf"(?:,?\s+(?:19|20)\d\d)?")
_DATELINE = re.compile(
    rf"^[ \t]*(?P<place>{_PLACE_CAPS}|{_PLACE_TITLE})"
    rf"(?:\s*,\s*{_NOT_MONTH}(?P<region>[A-Z][\w.'’]*(?:[ \t][A-Z][\w.'’]*){{0,2}}))?"
    rf"(?:\s*,?\s*(?P<date>{_DAY_MONTH}))?"
    rf"(?:\s*\(\s*(?P<agency>[^()\n]{{2,40}}?)\s*\))?"
    r"\s*(?:--|[-—–‒―])\s+(?=\S)",
    re.MULTILINE,
)
# Headline kickers look like an upper-case dateline ("EXCLUSIVE – ...") but name no place.
_KICKERS = frozenset({"exclusive", "breaking", "update", "updated", "watch", "live", "analysis", "opinion",
                      "editorial", "commentary", "factbox", "explainer", "review", "interview", "photos", "video",
                      "correction", "refile", "advisory", "feature", "fixtures", "results", "weather", "sport",
                      "sports", "obituary", "profile", "preview", "insight", "timeline", "highlights", "poll"})
_DATELINE_CHARS = 800  # a dateline opens the story, after a title and a byline at most
_BODY_WORDS = re.compile(r"\W*(\S+(?:\s+\S+){0,3})")


def find_dateline(text: str) -> Dateline | None:
    """The dateline opening the story in ``text`` (at the start of a line near the top), or None.

    Accepted forms: a place with an agency in parentheses (``CAIRO (Reuters) -``, ``New York (AFP) –``),
    a place with a day and month (``LONDON, March 3 -``, ``BOGOTA, Colombia, Sept. 9, 2023 —``), or a
    place in capitals alone (``WASHINGTON —``, ``MANCHESTER, N.H. —``) when the story after the dash is
    in ordinary case: an all-capitals headline (``SOCCER - LATE GOALS ...``) or a kicker
    (``EXCLUSIVE –``) is no dateline. A title-case place needs the agency or the date.
    """
    for m in _DATELINE.finditer(text[:_DATELINE_CHARS]):
        place = m["place"]
        caps = place.upper() == place
        if not (m["agency"] or m["date"]):
            if not caps or " ".join(place.lower().split()) in _KICKERS:
                continue
            body = _BODY_WORDS.match(text, m.end())
            if body is None or not any(ch.islower() for ch in body.group(1)):
                continue
        return Dateline(
            start=m.start("place"),
            end=m.end(),
            place=m.span("place"),
            region=m.span("region") if m["region"] else None,
            agency=m.span("agency") if m["agency"] else None,
            body=m.end(),
        )
    return None
