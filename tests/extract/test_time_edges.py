"""Dates at the edges of the calendar: no publication date and no time expression can drop a document.

``datetime.date`` holds the years 1 to 9999. A publication date at either end,
or a relative expression that leaves the calendar ("58,100 years ago" read off a
market table), used to raise in the date arithmetic and lose the whole document.
Now the document is analysed and the expression keeps its text with no value.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsledger import Analysis, analyze_text
from newsledger.config import Settings
from newsledger.extract.times.values import (
    SEASONS,
    Resolved,
    century,
    day,
    decade,
    half,
    month,
    nearest_weekday,
    quarter,
    season,
    shift,
    week,
    year,
)
from newsledger.ingest.dateline import fill_published, find_published
from newsledger.ingest.feeds import read_feed
from newsledger.models import Document, Skipped
from newsledger.pipeline import analyze_paths

LAST = "9999-12-31"  # a Friday, the calendar's last day
FIRST = "0001-01-01"  # a Monday, the calendar's first day
PLAIN = "2025-08-17"

EDGE_CASES = [
    # (publication day, text, expression, value): None where the value would leave the calendar
    (LAST, "Officials said talks will resume next week.", "next week", None),
    (LAST, "Officials said talks will resume tomorrow.", "tomorrow", None),
    (LAST, "Officials said the plan would take effect next year.", "next year", None),
    (LAST, "Officials said talks will resume next month.", "next month", None),
    (LAST, "Officials said it would last into the next century.", "the next century", None),
    (LAST, "Officials said the ministers will meet at the weekend.", "the weekend", None),
    (LAST, "Officials said the deal will be signed in May next year.", "May next year", None),
    (LAST, "The army moved three days ago, officials said.", "three days ago", "9999-12-28"),
    (LAST, "Officials said on Monday that talks had stalled.", "Monday", "9999-12-27"),
    (FIRST, "The army moved 3 days ago, officials said.", "3 days ago", None),
    (FIRST, "Talks collapsed last week, officials said.", "last week", None),
    (FIRST, "Officials said talks collapsed last year.", "last year", None),
    (FIRST, "The dispute began a decade ago, officials said.", "a decade ago", None),
    (FIRST, "Officials said talks collapsed yesterday.", "yesterday", None),
    (FIRST, "The floods came last spring, officials said.", "last spring", None),
    (FIRST, "The figures for the fourth quarter were weak, officials said.", "the fourth quarter", None),
    (FIRST, "Officials said talks will resume next week.", "next week", "0001-W02"),
    (FIRST, "Officials said talks will resume tomorrow.", "tomorrow", "0001-01-02"),
    (FIRST, "Officials said on Monday that talks had stalled.", "Monday", "0001-01-01"),
    # counts no calendar holds, on an ordinary day: a market table's columns, geology, a typo
    (PLAIN, "Officials said copper fell. Copper: Week Ago 58,100 Year Ago 30,800.", "58,100 Year Ago", None),
    (PLAIN, "Officials said copper fell. Copper: Week Ago 58,100 Year Ago 30,800.", "Week Ago", "2025-W32"),
    (PLAIN, "Officials said the site will be safe 20,000 years from now.", "20,000 years from now", None),
    (PLAIN, "Officials said the rock formed 999999999999 weeks ago.", "999999999999 weeks ago", None),
    (PLAIN, "Officials said the rock formed 99999999999999999999 years ago.",
     "99999999999999999999 years ago", None),
    (PLAIN, "Officials said talks resumed three days ago.", "three days ago", "2025-08-14"),
]


def _value(analysis: Analysis, expr: str) -> str | None:
    hits = [t for t in analysis.times if t.span.text == expr]
    assert hits, f"{expr!r} not found; got {[t.span.text for t in analysis.times]}"
    return hits[0].value


@pytest.mark.parametrize(("published", "text", "expr", "value"), EDGE_CASES)
def test_edge_expression_keeps_its_text(analyze, published: str, text: str, expr: str, value: str | None) -> None:
    analysis = analyze(text, published)
    assert _value(analysis, expr) == value
    assert analysis.statements, "the rest of the document is analysed"


MIXED = ("Officials said on Monday that talks will resume next week. The army moved three days ago. "
         "Copper: Week Ago 58,100 Year Ago 30,800. The treaty was signed on May 3, 2024.")


@pytest.mark.parametrize("published", [
    dt.date(9999, 12, 31),
    dt.date(1, 1, 1),
    dt.datetime(9999, 12, 31, 23, 0, tzinfo=dt.timezone(dt.timedelta(hours=-5))),
    dt.datetime(1, 1, 1, 0, 30, tzinfo=dt.timezone(dt.timedelta(hours=5))),
])
def test_edge_publication_dates_analyse_the_document(settings: Settings, published: dt.date) -> None:
    analysis = analyze_text(MIXED, published, settings)
    assert _value(analysis, "58,100 Year Ago") is None
    assert _value(analysis, "May 3, 2024") == "2024-05-03"  # explicit dates need no publication date
    assert analysis.statements and analysis.entities


def test_edge_dates_in_a_json_lines_file_all_come_out(tmp_path: Path, settings: Settings) -> None:
    records = [
        {"text": "Officials said on Monday that talks resumed in Geneva.", "published": PLAIN},
        {"text": "Officials said talks will resume next week.", "published": LAST},
        {"text": "Officials said talks collapsed 3 days ago.", "published": FIRST},
        {"text": "Officials said talks will resume tomorrow.", "published": "9999-12-31T23:00:00-05:00"},
        {"text": "Officials said talks collapsed last week.", "published": "0001-01-01T00:30:00+05:00"},
        {"text": "Officials said on Tuesday that talks resumed in Oslo.", "published": PLAIN},
    ]
    path = tmp_path / "edges.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    out = list(analyze_paths([str(path)], settings))
    assert [type(o).__name__ for o in out] == ["Analysis"] * len(records), [o for o in out if isinstance(o, Skipped)]


def test_published_flag_at_the_edges(tmp_path: Path, settings: Settings) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Officials said on Monday that talks will resume next week.", encoding="utf-8")
    for published in (dt.date.max, dt.date.min):
        (out,) = analyze_paths([str(path)], settings, published)
        assert isinstance(out, Analysis), out


# --- the calendar arithmetic itself is total --------------------------------------------------------

ANY_INT = st.integers(-10**30, 10**30)
NEAR_YEARS = st.integers(-20_000, 20_000)


def _bounded(r: Resolved, resolved: bool) -> None:
    """A value and its first day come together, or neither does."""
    assert (r.value is not None) == resolved and (r.date is not None) == resolved, r


@given(d=st.dates(), days=ANY_INT, weeks=ANY_INT)
def test_shift_never_raises(d: dt.date, days: int, weeks: int) -> None:
    try:
        expected: dt.date | None = d + dt.timedelta(days=days, weeks=weeks)
    except OverflowError:
        expected = None
    moved = shift(d, days=days, weeks=weeks)
    assert moved == expected
    _bounded(day(moved, "published"), moved is not None)
    _bounded(week(moved, "published"), moved is not None)


@given(y=NEAR_YEARS, m=st.integers(1, 12), q=st.integers(1, 4), h=st.integers(1, 2),
       code=st.sampled_from(sorted(SEASONS)))
def test_value_constructors_never_raise(y: int, m: int, q: int, h: int, code: str) -> None:
    in_calendar = 1 <= y <= 9999
    for r in (month(y, m, "published"), year(y, "published"), quarter(y, q, "published"),
              half(y, h, "published"), season(y, code, "published")):
        _bounded(r, in_calendar)
    # Decade 000 and century 00 begin in year 0, which the calendar lacks; their first day is 0001-01-01.
    _bounded(decade(y // 10 * 10, "published"), 0 <= y <= 9999)
    _bounded(century(y // 100, "published"), 0 <= y <= 9999)


@given(d=st.sampled_from([dt.date.min, dt.date.max]) | st.dates(), wd=st.integers(0, 6), strict=st.booleans(),
       way=st.sampled_from(["past", "future"]))
def test_nearest_weekday_at_the_edges(d: dt.date, wd: int, strict: bool, way: str) -> None:
    found = nearest_weekday(d, wd, way, strict)  # type: ignore[arg-type]
    if found is not None:
        assert found.weekday() == wd and abs((found - d).days) <= 7


# --- publication dates found in the input ------------------------------------------------------------

def test_a_dateline_offset_of_a_day_or_more_is_no_zone() -> None:
    text = "Talks resume\nUpdated May 3, 2025 10:30 +99:00\n\nOfficials said on Monday that talks resumed."
    assert find_published(text) == dt.datetime(2025, 5, 3, 10, 30)
    (doc,) = fill_published([Document(text=text)])
    assert isinstance(doc, Document) and doc.published == dt.datetime(2025, 5, 3, 10, 30)


ATOM = """<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>F</title>
<id>urn:f</id><updated>2025-08-17T00:00:00Z</updated>
<entry><title>A</title><id>urn:a</id><link href="https://example.org/a"/><updated>{a}</updated>
<summary>Officials said talks will resume next week.</summary></entry>
<entry><title>B</title><id>urn:b</id><link href="https://example.org/b"/><updated>2025-08-17T10:00:00Z</updated>
<summary>Officials said talks resumed yesterday.</summary></entry></feed>"""


@pytest.mark.parametrize("stamp", ["9999-12-31T23:00:00-05:00", "0001-01-01T00:30:00+05:00"])
def test_a_feed_date_that_leaves_the_calendar_in_utc_leaves_the_item_undated(stamp: str) -> None:
    items = list(read_feed("feed.xml", ATOM.format(a=stamp).encode()))
    assert [type(i).__name__ for i in items] == ["Document", "Document"]
    first, second = items
    assert isinstance(first, Document) and first.published is None
    assert isinstance(second, Document) and second.published == dt.datetime(2025, 8, 17, 10, 0, tzinfo=dt.UTC)
