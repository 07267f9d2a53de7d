"""JSON and JSON Lines records: ``text`` plus optional ``title``, ``url``, ``published``, ``source``."""

from __future__ import annotations

import codecs
import datetime as dt
import json
import sys
from collections.abc import Iterator
from typing import Any, BinaryIO

from ..errors import EmptyInput, EncodingError, InputError, MalformedInput, TooLarge
from ..models import Document


def parse_published(origin: str, value: Any) -> dt.date | dt.datetime | None:
    """An ISO date or date-time (``2025-08-17``, ``2025-08-17T09:30:00+03:00``), or None."""
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise MalformedInput(origin, f"'published' must be an ISO date string, got {type(value).__name__}")
    text = value.strip()
    try:
        if len(text) == 10:
            return dt.date.fromisoformat(text)
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError as exc:
        raise MalformedInput(origin, f"'published' is not an ISO date (YYYY-MM-DD or full ISO): {value!r}") from exc


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
    text = record.get("text")
    if not isinstance(text, str):
        raise MalformedInput(origin, f"record has no 'text' string (fields: {sorted(record)[:8]}); required: 'text'")
    if not text.strip():
        raise EmptyInput(origin, "record's 'text' is empty")
    for key in ("title", "url", "source"):
        if record.get(key) is not None and not isinstance(record[key], str):
            raise MalformedInput(origin, f"'{key}' must be a string")
    return Document(
        text=text,
        title=record.get("title"),
        url=record.get("url"),
        source=record.get("source"),
        published=parse_published(origin, record.get("published")),
        origin=origin,
    )


def read_json(origin: str, text: str) -> Iterator[Document | InputError]:
    """One record, or a list of records. A broken file is one error; a bad record is its own."""
    data = load_json(origin, text)
    records = data if isinstance(data, list) else [data]
    if not records:
        raise EmptyInput(origin, "JSON list without records")
    for i, record in enumerate(records):
        where = origin if len(records) == 1 and not isinstance(data, list) else f"{origin}[{i}]"
        try:
            yield record_to_document(where, record)
        except InputError as exc:
            yield exc


def _jsonl_record(where: str, line: str) -> Document | InputError:
    """One line of a JSON Lines file -> its document, or the error that says why not (never raises)."""
    try:
        return record_to_document(where, load_json(where, line, "JSON line"))
    except InputError as exc:
        return exc
    except Exception as exc:  # whatever one line does, the other lines are still read
        return MalformedInput(where, f"unreadable JSON line: {type(exc).__name__}: {exc}")


def read_jsonl(origin: str, text: str) -> Iterator[Document | InputError]:
    """One record per line; blank lines ignored; a bad line is reported and the rest still read."""
    seen = False
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        seen = True
        yield _jsonl_record(f"{origin}:{lineno}", line)
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
    UTF-8 (a byte-order mark on the first is dropped). A shard of a file (:mod:`newsledger.batch`)
    passes a stream already at the start of line ``first_line``, and reads ``max_lines`` lines.
    """
    seen = False
    lineno = first_line - 1
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
            seen = True
            yield EncodingError(where, f"not valid UTF-8 (byte 0x{raw[exc.start:exc.start + 1].hex()} at column "
                                       f"{exc.start + 1}); a JSON Lines file is UTF-8")
            continue
        if not line.strip():
            continue
        seen = True
        yield _jsonl_record(where, line)
    if not seen:
        raise EmptyInput(origin, "JSON Lines file without records")
