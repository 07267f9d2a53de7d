"""JSON and JSON Lines records: ``text`` plus optional ``title``, ``url``, ``published``, ``source``."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from typing import Any

from ..errors import EmptyInput, InputError, MalformedInput
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
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise MalformedInput(origin, f"malformed JSON: {exc.msg} at line {exc.lineno} column {exc.colno}") from exc
    records = data if isinstance(data, list) else [data]
    if not records:
        raise EmptyInput(origin, "JSON list without records")
    for i, record in enumerate(records):
        where = origin if len(records) == 1 and not isinstance(data, list) else f"{origin}[{i}]"
        try:
            yield record_to_document(where, record)
        except InputError as exc:
            yield exc


def read_jsonl(origin: str, text: str) -> Iterator[Document | InputError]:
    """One record per line; blank lines ignored; a bad line is reported and the rest still read."""
    seen = False
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        seen = True
        where = f"{origin}:{lineno}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield MalformedInput(where, f"malformed JSON line: {exc.msg} at column {exc.colno}")
            continue
        try:
            yield record_to_document(where, record)
        except InputError as exc:
            yield exc
    if not seen:
        raise EmptyInput(origin, "JSON Lines file without records")
