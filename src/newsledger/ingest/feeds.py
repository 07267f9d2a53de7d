"""RSS and Atom feeds: one document per item, dated by the item's publication date.

An item's full content (``content:encoded``, Atom ``content``) is preferred to
its summary. HTML goes through :func:`~newsledger.ingest.html.read_html`;
snippets too short for boilerplate removal fall back to their plain text. A
feed that cannot be parsed at all is one error; an item without text is its
own error, and the other items are still read.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterator
from typing import Any

from ..errors import EmptyInput, InputError, MalformedInput
from ..models import Document
from .html import read_html

__all__ = ["FEED_START", "looks_like_feed", "read_feed"]

# The same shape as detect's text pattern: a DOCTYPE, with or without an internal subset, may precede the root.
FEED_START = re.compile(rb"\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*(<!DOCTYPE[^>\[]*(\[.*?\])?\s*>\s*)?(<!--.*?-->\s*)*"
                        rb"<(rss|feed|rdf:RDF)\b", re.I | re.S)
_TAG = re.compile(r"<[a-zA-Z/!][^>]*>")
# feedparser "bozo" warnings that do not mean the feed is broken
_BENIGN = {"CharacterEncodingOverride", "NonXMLContentType"}


def looks_like_feed(head: bytes) -> bool:
    """Whether the first bytes of a file are an RSS/Atom/RDF feed."""
    return bool(FEED_START.match(head.lstrip(b"\xef\xbb\xbf")))


def _item_date(entry: Any) -> dt.datetime | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            # feedparser normalises to UTC struct_time
            try:
                return dt.datetime.fromtimestamp(calendar.timegm(value), dt.UTC)
            except (ValueError, OverflowError, OSError):
                # Off the calendar once in UTC (9999-12-31T23:00-05:00 is year 10000): no date, the item is kept.
                continue
    return None


def _plain(html: str) -> str:
    import lxml.html

    try:
        return str(lxml.html.fromstring(html).text_content()).strip()
    except Exception:  # lxml raises assorted errors on fragments; a regex is good enough for a snippet
        return _TAG.sub(" ", html).strip()


def _item_body(entry: Any) -> tuple[str, bool]:
    """The item's text and whether it is HTML."""
    for part in entry.get("content") or []:
        if (part.get("value") or "").strip():
            return part["value"], "html" in (part.get("type") or "html") or bool(_TAG.search(part["value"]))
    summary = entry.get("summary") or ""
    detail = entry.get("summary_detail") or {}
    return summary, "html" in (detail.get("type") or "html") or bool(_TAG.search(summary))


def _item(origin: str, entry: Any, outlet: str | None) -> Document:
    body, is_html = _item_body(entry)
    title = (entry.get("title") or "").strip() or None
    url = entry.get("link")
    if not body.strip():
        raise EmptyInput(origin, "feed item without content or summary")
    text = None
    if is_html:
        try:
            doc = read_html(origin, body, url=url, source=outlet)
            text = doc.text
        except MalformedInput:
            text = _plain(body)  # a short snippet: nothing to remove, keep its words
    else:
        text = body.strip()
    if not text:
        raise EmptyInput(origin, "feed item whose content has no text")
    return Document(text=text, source=outlet, url=url, title=title, published=_item_date(entry), origin=origin)


def read_feed(origin: str, data: bytes) -> Iterator[Document | InputError]:
    """Documents of the items of an RSS/Atom feed; a feed that does not parse raises ``MalformedInput``."""
    import feedparser

    parsed = feedparser.parse(data)
    entries = parsed.get("entries") or []
    if not entries:
        if parsed.get("bozo"):
            reason = parsed.get("bozo_exception")
            raise MalformedInput(origin, f"malformed feed: {type(reason).__name__}: {reason}")
        raise EmptyInput(origin, "feed without items")
    outlet = (parsed.feed.get("title") or "").strip() or None
    for i, entry in enumerate(entries, 1):
        where = f"{origin}#item{i}"
        try:
            yield _item(where, entry, outlet)
        except InputError as exc:
            yield exc
    problem = parsed.get("bozo_exception") if parsed.get("bozo") else None
    if problem is not None and type(problem).__name__ not in _BENIGN:
        # feedparser reads what it can of a broken feed; keep those items and report the break
        yield MalformedInput(origin, f"malformed feed (read {len(entries)} item(s) before the error): "
                                     f"{type(problem).__name__}: {problem}")
