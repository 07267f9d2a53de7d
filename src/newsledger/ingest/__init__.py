"""Ingest: files, standard input and records -> :class:`~newsledger.models.Document`.

``read_sources`` is the first pipeline stage. It yields a ``Document`` for
each article and a ``Skipped`` record, with the reason, for each input that
cannot be read, so one bad file never stops a batch.
"""

from __future__ import annotations

import datetime as dt
import io
import logging
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import BinaryIO

from ..config import Settings
from ..errors import EmptyInput, InputError, TooLarge, describe
from ..models import Document, Skipped
from .detect import decode, detect_kind, sniff_binary
from .files import Prefixed, first_line, looks_like_jsonl, open_regular
from .html import read_html
from .records import read_json, read_jsonl, read_jsonl_stream

__all__ = ["STDIN", "read_bytes", "read_path", "read_sources", "read_text"]

STDIN = "-"
log = logging.getLogger(__name__)


def _read_limited(stream: BinaryIO, origin: str, limit: int) -> bytes:
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise TooLarge(origin, f"input over the size limit of {limit:,} bytes (setting max_bytes)")
    return data


def read_bytes(
    data: bytes, origin: str, settings: Settings, name: str | None = None
) -> Iterator[Document | InputError]:
    """Documents in ``data``; errors for the whole input raise, errors per record are yielded."""
    if len(data) > settings.max_bytes:
        raise TooLarge(origin, f"{len(data):,} bytes, over the size limit of {settings.max_bytes:,} (max_bytes)")
    if not data.strip():
        raise EmptyInput(origin, "empty input" if not data else "empty input (nothing but white space)")
    sniff_binary(origin, data)
    text = decode(origin, data)
    kind = detect_kind(origin, text, name)
    if kind == "html":
        yield read_html(origin, text)
    elif kind == "json":
        yield from read_json(origin, text)
    elif kind == "jsonl":
        yield from read_jsonl(origin, text)
    else:
        yield Document(text=text.strip("\ufeff"), origin=origin)


def read_text(text: str, origin: str, published: dt.date | None = None) -> Document:
    """Text already in memory -> a document, after the checks a file's text gets: not empty, not binary."""
    if not text.strip():
        raise EmptyInput(origin, "empty input (nothing but white space)")
    # The bytes checks apply as they do to a file, so NUL or control characters pasted in are refused the same way.
    sniff_binary(origin, text[:8192].encode("utf-8", "surrogatepass"))
    return Document(text=text, published=published, origin=origin)


def read_path(path: str, settings: Settings) -> Iterator[Document | InputError]:
    """Read one file path, or standard input for ``-``.

    A JSON Lines input over ``max_bytes`` is read record by record (the limit then applies to each
    record); any other input over it is refused. Only regular files are opened.
    """
    if path == STDIN:
        yield from _read_stdin(settings)
        return
    with open_regular(path) as fh:
        name = Path(path).name
        size = os.fstat(fh.fileno()).st_size
        # A file named as JSON Lines is always read record by record, so one bad line (binary, not UTF-8,
        # too long) is a skip of that record and the good records around it are kept.
        if size > settings.max_bytes or Path(name).suffix.lower() in (".jsonl", ".ndjson"):
            if looks_like_jsonl(first_line(fh, settings.max_bytes), name):
                yield from read_jsonl_stream(path, fh, settings.max_bytes)
                return
            raise TooLarge(path, f"{size:,} bytes, over the size limit of {settings.max_bytes:,} (setting max_bytes)")
        data = _read_limited(fh, path, settings.max_bytes)
    yield from read_bytes(data, path, settings, name=name)


def _read_stdin(settings: Settings) -> Iterator[Document | InputError]:
    """Standard input: as a file is read, JSON Lines over ``max_bytes`` streamed record by record."""
    stream = sys.stdin.buffer
    data = stream.read(settings.max_bytes + 1)
    if len(data) > settings.max_bytes:
        if looks_like_jsonl(data, None):
            # buffered, so that reading it line by line does not go byte by byte
            joined = io.BufferedReader(Prefixed(data, stream))
            yield from read_jsonl_stream("<stdin>", joined, settings.max_bytes)
            return
        raise TooLarge("<stdin>", f"input over the size limit of {settings.max_bytes:,} bytes (setting max_bytes)")
    yield from read_bytes(data, "<stdin>", settings)


def _with_published(doc: Document, published: dt.date | None) -> Document:
    return doc if published is None else replace(doc, published=published)


def read_sources(
    paths: Iterable[str], settings: Settings, published: dt.date | None = None
) -> Iterator[Document | Skipped]:
    """Stage 1: every path (or ``-``) -> documents, with a ``Skipped`` for each failure."""
    for path in paths:
        try:
            for item in read_path(path, settings):
                if isinstance(item, InputError):
                    yield Skipped(item.origin, item.reason, type(item).__name__)
                else:
                    yield _with_published(item, published)
        except InputError as exc:
            yield Skipped(exc.origin, exc.reason, type(exc).__name__)
        except OSError as exc:
            yield Skipped(path, f"cannot read: {exc.strerror or exc}", "OSError")
        except Exception as exc:  # whatever one input does, the others are still read
            log.debug("reading %s failed", path, exc_info=True)
            yield Skipped(path, f"cannot read: {describe(exc)}", "ReadError")
