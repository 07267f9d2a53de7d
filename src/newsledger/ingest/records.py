"""JSON and JSON Lines records: ``text`` plus optional ``title``, ``url``, ``published``, ``source``.

The field names other corpora use are read too (:data:`FIELDS`): ``body`` or ``content`` for the
text, ``headline`` for the title, ``date``, ``pub_date``, ``publish_date`` or ``published_at`` for
the publication date, ``publisher`` or ``outlet`` for the source. A file whose records have fields
newsledger does not read and no date is reported once, on standard error, with the fields it ignored
(the date is often among them under another name).
"""

from __future__ import annotations

import codecs
import datetime as dt
import email.utils
import json
import logging
import sys
from collections.abc import Iterable, Iterator
from typing import Any, BinaryIO

from ..errors import EmptyInput, EncodingError, InputError, MalformedInput, TooLarge
from ..models import Document
from .files import encoding_name, guess_decode

__all__ = ["FIELDS", "load_json", "parse_published", "read_json", "read_jsonl", "read_jsonl_stream",
           "record_to_document"]

log = logging.getLogger("newsledger.ingest")

# Each document field and the record keys read for it, in order of preference (the first present wins).
FIELDS: dict[str, tuple[str, ...]] = {
    "text": ("text", "body", "content"),
    "title": ("title", "headline"),
    "url": ("url", "link"),
    "published": ("published", "date", "pub_date", "publish_date", "published_at"),
    "source": ("source", "publisher", "outlet"),
}
_KNOWN = frozenset(k for keys in FIELDS.values() for k in keys) | {"id", "language", "lang"}


def _field(record: dict[str, Any], name: str) -> tuple[str, Any]:
    """The key and value of the first of ``FIELDS[name]`` the record has with a value; ``(name, None)`` if none."""
    for key in FIELDS[name]:
        if record.get(key) not in (None, ""):
            return key, record[key]
    return name, None


def parse_published(origin: str, value: Any, key: str = "published") -> dt.date | dt.datetime | None:
    """An ISO date or date-time (``2025-08-17``, ``2025-08-17T09:30:00+03:00``), or an e-mail/RSS
    date (``Sun, 17 Aug 2025 09:30:00 +0300``), or None."""
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise MalformedInput(origin, f"'{key}' must be an ISO date string, got {type(value).__name__}")
    text = value.strip()
    try:
        if len(text) == 10:
            return dt.date.fromisoformat(text)
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError as exc:
        try:
            return email.utils.parsedate_to_datetime(text)
        except (TypeError, ValueError):
            pass
        raise MalformedInput(origin, f"'{key}' is not an ISO date (YYYY-MM-DD or full ISO): {value!r}") from exc


def load_json(origin: str, text: str, what: str = "JSON") -> Any:
    """``json.loads`` whose every failure is a :class:`MalformedInput` saying what is wrong and where.

    Besides a syntax error, the standard library refuses valid JSON nested deeper than the
    interpreter's recursion limit (RecursionError) and integers longer than 4,300 digits
    (ValueError); neither may end a batch.
    """
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise MalformedInput(origin, f"malformed {what}: {exc.msg} at line {exc.lineno} column {exc.colno}") from exc
    except RecursionError as exc:
        raise MalformedInput(origin, f"{what} nested too deeply to read (over about {sys.getrecursionlimit():,} "
                                     "levels of arrays or objects); an article record is a flat object") from exc
    except ValueError as exc:  # int too long for int(); the message names the digits and the limit
        raise MalformedInput(origin, f"{what} with a number that cannot be read: {exc}") from exc


def record_to_document(origin: str, record: Any) -> Document:
    """One JSON record -> a document; a record without usable text or with badly typed fields raises."""
    if not isinstance(record, dict):
        raise MalformedInput(origin, f"a record must be a JSON object with a 'text' field, got {type(record).__name__}")
    key, text = _field(record, "text")
    if not isinstance(text, str):
        if text is None and any(record.get(k) == "" for k in FIELDS["text"]):
            raise EmptyInput(origin, "record's 'text' is empty")
        raise MalformedInput(origin, f"record has no 'text' string (fields: {sorted(record)[:8]}); required: "
                                     "'text' (or 'body' or 'content')")
    if not text.strip():
        raise EmptyInput(origin, f"record's '{key}' is empty")
    values = {}
    for name in ("title", "url", "source"):
        key, value = _field(record, name)
        if value is not None and not isinstance(value, str):
            raise MalformedInput(origin, f"'{key}' must be a string")
        values[name] = value
    date_key, date = _field(record, "published")
    return Document(text=text, title=values["title"], url=values["url"], source=values["source"],
                    published=parse_published(origin, date, date_key), origin=origin)


def ignored_fields(record: Any) -> list[str]:
    """The keys of a JSON record that newsledger does not read."""
    return sorted(k for k in record if k not in _KNOWN) if isinstance(record, dict) else []


class _UndatedNote:
    """Warns once per file when a record has no date and fields that newsledger ignored."""

    def __init__(self, origin: str) -> None:
        self.origin = origin
        self.done = False

    def check(self, record: Any, item: Document | InputError) -> None:
        if self.done or not isinstance(item, Document) or item.published is not None:
            return
        fields = ignored_fields(record)
        if fields:
            self.done = True
            names = ", ".join(repr(f) for f in fields[:12]) + (f" and {len(fields) - 12} more" if len(fields) > 12
                                                                  else "")
            log.warning("newsledger: %s: records without a date; fields not read: %s (a date is read from %s)",
                        self.origin, names, ", ".join(repr(k) for k in FIELDS["published"]))


def _documents(origin: str, records: Iterable[tuple[str, Any]]) -> Iterator[Document | InputError]:
    note = _UndatedNote(origin)
    for where, record in records:
        try:
            item: Document | InputError = record_to_document(where, record)
        except InputError as exc:
            item = exc
        note.check(record, item)
        yield item


def read_json(origin: str, text: str) -> Iterator[Document | InputError]:
    """One record, or a list of records. A broken file is one error; a bad record is its own."""
    data = load_json(origin, text)
    records = data if isinstance(data, list) else [data]
    if not records:
        raise EmptyInput(origin, "JSON list without records")
    single = len(records) == 1 and not isinstance(data, list)
    yield from _documents(origin, ((origin if single else f"{origin}[{i}]", r) for i, r in enumerate(records)))


def _jsonl_record(where: str, line: str, note: _UndatedNote | None = None) -> Document | InputError:
    """One line of a JSON Lines file -> its document, or the error that says why not (never raises)."""
    try:
        record = load_json(where, line, "JSON line")
        item: Document | InputError = record_to_document(where, record)
    except InputError as exc:
        return exc
    except Exception as exc:  # whatever one line does, the other lines are still read
        return MalformedInput(where, f"unreadable JSON line: {type(exc).__name__}: {exc}")
    if note is not None:
        note.check(record, item)
    return item


def read_jsonl(origin: str, text: str) -> Iterator[Document | InputError]:
    """One record per line; blank lines ignored; a bad line is reported and the rest still read."""
    seen = False
    note = _UndatedNote(origin)
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        seen = True
        yield _jsonl_record(f"{origin}:{lineno}", line, note)
    if not seen:
        raise EmptyInput(origin, "JSON Lines file without records")


def _skip_line(stream: BinaryIO) -> int:
    """Read to the end of the current line, in bounded chunks; the bytes passed over."""
    passed = 0
    while True:
        chunk = stream.readline(1 << 20)
        passed += len(chunk)
        if not chunk or chunk.endswith(b"\n"):
            return passed


def read_jsonl_stream(origin: str, stream: BinaryIO, max_bytes: int, *, first_line: int = 1,
                      max_lines: int | None = None) -> Iterator[Document | InputError]:
    """A JSON Lines stream, one record at a time, so a file of any size is read in constant memory.

    ``max_bytes`` applies to each line (each record), not to the file: a dump of thousands of
    articles is read, and one over-long record is refused on its own. Each line is decoded as
    UTF-8 (a byte-order mark on the first is dropped), else by charset-normalizer's guess (reported once).
    A shard of a file (:mod:`newsledger.batch`) passes a stream already at the start of line ``first_line``,
    and reads ``max_lines`` lines.
    """
    seen = False
    lineno = first_line - 1
    note = _UndatedNote(origin)
    guessed_once = False
    while max_lines is None or lineno < first_line - 1 + max_lines:
        raw = stream.readline(max_bytes + 1)
        if not raw:
            break
        lineno += 1
        where = f"{origin}:{lineno}"
        if len(raw) > max_bytes and not raw.endswith(b"\n"):
            size = len(raw) + _skip_line(stream)
            seen = True
            yield TooLarge(where, f"record of {size:,} bytes, over the size limit of {max_bytes:,} "
                                  "per record (setting max_bytes)")
            continue
        if lineno == 1:
            raw = raw.removeprefix(codecs.BOM_UTF8)
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            guessed = guess_decode(raw)
            if guessed is None:
                seen = True
                yield EncodingError(where, f"not valid UTF-8 (byte 0x{raw[exc.start:exc.start + 1].hex()} at "
                                           f"column {exc.start + 1}) and no other encoding fits")
                continue
            line = guessed[0]
            if not guessed_once:
                guessed_once = True
                log.warning("newsledger: %s: not UTF-8 (first at line %d); read as %s, charset-normalizer's guess",
                            origin, lineno, encoding_name(guessed[1]))
        if not line.strip():
            continue
        seen = True
        yield _jsonl_record(where, line, note)
    if not seen:
        raise EmptyInput(origin, "JSON Lines file without records")
