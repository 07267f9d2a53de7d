"""Times: every time expression of a document, resolved against its publication date.

Detection combines the rules of :mod:`.grammar` (regular expressions over
``doc.text``, built from the lexicon's words once per lexicon) with spaCy's DATE/TIME entities for what the rules
do not cover. Values are TimeML TIMEX3 strings: ``2024-03-04``, ``2024-W10``,
``2024-SP``, ``199``, ``P12D``, ``PRESENT_REF``. A relative expression is
resolved against ``Document.published`` and never against the processing date:
without a publication date its value is None and its anchor "none".

A bare weekday is the most recent such day, the publication day included, unless
"next"/"this coming" or the tense of the governing verb ("will meet on Friday")
points ahead. :func:`time_in_clause` gives the other extractors the time
expression of a clause ("met ... on Saturday", "said Tuesday").

A clock time falls on the day written beside it ("at 3 p.m. on Tuesday"), the
first month of a range before the second ("between August and October"); a
capitalised time word after a title ("Mr. Days") or before a household noun
("the Mays family") is a surname, not a time.

The package, by step: :mod:`.patterns` (each rule's pattern from the words of
``data/times.yaml``), :mod:`.grammar` (the compiled rules and their triggers),
:mod:`.detect` (matching near triggers, spaCy's extra dates), :mod:`.absolute`,
:mod:`.relative` and :mod:`.holidays` (the rules' handlers), :mod:`.values` (calendar
arithmetic), :mod:`.context` (what handlers share), :mod:`.clause` (tense,
years, the time of a clause).
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Doc

from ...lexicon import Lexicon
from ...models import Document, TimeExpr
from ...models import Span as TextSpan
from .clause import clause_verb, is_year, tense_at, time_in_clause, verb_tense
from .context import Context
from .detect import Found, candidates, spacy_extra
from .grammar import grammar_for
from .values import Resolved, month

__all__ = ["clause_verb", "time_in_clause", "times", "verb_tense"]


def _publication_day(published: dt.date | dt.datetime | None) -> dt.date | None:
    if isinstance(published, dt.datetime):
        return published.date()  # the local date where it was published, its zone kept as given
    return published


_JOIN = re.compile(r"[\s,]*")


def _merge_clock_dates(found: list[Found], text: str, pub: dt.date | None) -> list[Found]:
    """'5 p.m. EST Nov. 9' and 'Friday 10:30' are one expression: the day's date with the clock time."""
    out: list[Found] = []
    for item in found:
        if out:
            merged = _clock_with_date(out[-1], item, text, pub)
            if merged is not None:
                out[-1] = merged
                continue
        out.append(item)
    return out


def _clock_with_date(prev: Found, item: Found, text: str, pub: dt.date | None) -> Found | None:
    """The two neighbours as one expression when one is a clock time and the other a day's date."""
    names = {prev[2], item[2]}
    if "clock" not in names or len(names) != 2 or not _JOIN.fullmatch(text, prev[1], item[0]):
        return None
    clock, date = (prev, item) if prev[2] == "clock" else (item, prev)
    dv, cv = date[3], clock[3]
    if dv.precision != "day" or not dv.value or dv.date is None:
        return None
    time_part = cv.value.split("T", 1)[1] if cv.value and "T" in cv.value else None
    # "midnight Friday" is the end of Friday: the clock's day after the publication day, after the date's day.
    when = dv.date + (cv.date - pub) if pub is not None and cv.date is not None else dv.date
    value = f"{when.isoformat()}T{time_part}" if time_part else dv.value
    return (prev[0], item[1], "date_time", Resolved(value, "day", dv.anchor, dv.date))


# What may stand between a clock time and its day: "3 p.m. on Tuesday", "Tuesday at 3 p.m.", "10:35 a.m. (0735
# GMT) Friday".
_LINK = re.compile(r"[\s,()]*(?:(?:on|at)\s+)?")


def _date_clocks(found: list[Found], text: str, pub: dt.date | None, day_rules: frozenset[str]) -> list[Found]:
    """A clock time falls on the day written next to it ("at 3 p.m. on Tuesday", "on Tuesday at 3 p.m."),
    not on the publication day; a clock time in brackets after another ("(0735 GMT)") on the same day."""
    out = list(found)
    i = 0
    while i < len(out):
        if out[i][2] != "clock":
            i += 1
            continue
        j = i  # the run of clock times joined to this one
        while j + 1 < len(out) and out[j + 1][2] == "clock" and _LINK.fullmatch(text, out[j][1], out[j + 1][0]):
            j += 1
        when = _day_beside(out, i, j, text, day_rules)
        if when is not None and pub is not None:
            for k in range(i, j + 1):
                out[k] = _on_day(out[k], when, pub)
        i = j + 1
    return out


def _day_beside(found: list[Found], first: int, last: int, text: str, day_rules: frozenset[str]) -> dt.date | None:
    """The day of a day expression right after ``found[last]`` or right before ``found[first]``, if any."""
    for k, (gap_start, gap_end) in ((last + 1, (found[last][1], found[last + 1][0] if last + 1 < len(found) else -1)),
                                    (first - 1, (found[first - 1][1] if first else -1, found[first][0]))):
        if gap_start < 0 or gap_end < 0 or found[k][2] not in day_rules:
            continue
        if _LINK.fullmatch(text, gap_start, gap_end) and found[k][3].date is not None:
            return found[k][3].date
    return None


def _on_day(clock: Found, when: dt.date, pub: dt.date) -> Found:
    """``clock`` (resolved on the publication day, or the day after for "midnight") moved to the day ``when``."""
    value, date = clock[3].value, clock[3].date
    if value is None or date is None or "T" not in value:
        return clock
    moved = when + (date - pub)
    return (clock[0], clock[1], clock[2], Resolved(f"{moved.isoformat()}T{value.split('T', 1)[1]}", "day",
                                                   "published", moved))


_RANGE_JOIN = re.compile(r"\s*(?:to|through|until|till|-|–)\s*")
_BETWEEN_JOIN = re.compile(r"\s+and\s+")
_BETWEEN = re.compile(r"(?i:\b(?:between|from))\s+$")


def _order_ranges(found: list[Found], text: str) -> list[Found]:
    """The first month of a range comes before the second: "between August and October", "from November to
    February" (each read alone may fall on either side of the publication date)."""
    out = list(found)
    for i in range(len(out) - 1):
        first, second = out[i], out[i + 1]
        if first[2] != "bare_month" or second[2] != "bare_month" or not (first[3].date and second[3].date):
            continue
        joined = _RANGE_JOIN.fullmatch(text, first[1], second[0]) or (
            _BETWEEN_JOIN.fullmatch(text, first[1], second[0]) and _BETWEEN.search(text, max(0, first[0] - 10),
                                                                                   first[0]))
        if joined and first[3].date > second[3].date:
            earlier = month(first[3].date.year - 1, first[3].date.month, first[3].anchor)
            if earlier.date is not None and earlier.date <= second[3].date:
                out[i] = (first[0], first[1], first[2], earlier)
    return out


def times(doc: Doc, document: Document, lexicon: Lexicon) -> tuple[TimeExpr, ...]:
    """Time expressions of ``doc`` in text order (ids t1, t2, ...), resolved against ``document.published``."""
    text = document.text  # the Doc was parsed from it: same characters, and doc.text is costly to rebuild
    rules = grammar_for(lexicon.times)  # built once per lexicon
    ctx = Context(
        pub=_publication_day(document.published),
        tense=lambda s, e: tense_at(doc, s, e, lexicon),
        is_year=lambda s, e: is_year(doc, s, e, lexicon),
        text=text,
        words=lexicon.times,
    )
    found = candidates(doc, text, rules, ctx)
    found += spacy_extra(doc, text, [(s, e) for s, e, _, _ in found], rules, ctx)
    found.sort(key=lambda f: f[0])
    found = _merge_clock_dates(found, text, ctx.pub)
    found = _date_clocks(found, text, ctx.pub, lexicon.times.lists.day_rules)
    found = _order_ranges(found, text)
    return tuple(
        TimeExpr(id=f"t{i}", span=TextSpan(s, e, text[s:e]), value=r.value, precision=r.precision,
                 anchor=r.anchor, date=r.date)
        for i, (s, e, _, r) in enumerate(found, 1)
    )
