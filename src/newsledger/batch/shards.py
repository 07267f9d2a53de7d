"""Shards: the units of work of a batch run, planned once by the driver, read by the workers.

Inputs are expanded as ``ingest`` expands them (a directory or glob to its files, sorted). A JSON
Lines file is cut into shards of ``shard_docs`` lines, each starting at a byte offset the driver
found by counting lines (bytes only: nothing is decoded or parsed there); a Parquet file (a ``text``
column, and optionally ``title``, ``url``, ``published``, ``source``, as a JSON record) into shards
of ``shard_docs`` rows; any other file (a WARC archive, HTML, a feed, a text) is one shard, read as
``ingest`` reads it. A shard's name starts with its position in the plan, so the shards of a run
sort in input order, and ends with a hash of what it covers.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

from ..config import Settings
from ..errors import InputError, describe
from ..ingest.files import open_regular
from ..ingest.parquet import parquet_rows, read_parquet
from ..ingest.records import read_jsonl_stream
from ..ingest.sources import expand, read_ledger_sources
from ..ingest.web import is_url
from ..models import Document, Skipped

__all__ = ["DEFAULT_SHARD_DOCS", "Shard", "plan_shards", "read_shard"]

DEFAULT_SHARD_DOCS = 200  # records per shard of a JSON Lines or Parquet file: a minute or so of one worker
_JSONL = (".jsonl", ".ndjson")
_PARQUET = (".parquet", ".pq")


@dataclass(frozen=True, slots=True)
class Shard:
    """A part of one input: lines (JSON Lines), rows (Parquet) or the whole file (``kind`` "file")."""

    name: str
    path: str
    kind: str  # "jsonl", "parquet", "file" or "unreadable" (a source that could not be listed)
    first: int = 0  # first line (1-based) or row (0-based) of the shard
    count: int = 0  # lines or rows; 0 for a whole file
    offset: int = 0  # byte offset of the first line (JSON Lines)
    size: int = 0  # the file's size when planned: a changed file is a different plan
    reason: str = ""  # why an "unreadable" source could not be listed

    def to_dict(self) -> dict[str, object]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> Shard:
        return cls(**data)  # type: ignore[arg-type]


def _name(index: int, *parts: object) -> str:
    digest = hashlib.sha256(json.dumps([str(p) for p in parts]).encode()).hexdigest()[:10]
    return f"{index:06d}-{digest}"


def _jsonl_cuts(path: str, shard_docs: int) -> Iterator[tuple[int, int, int]]:
    """(first line, lines, byte offset) of each shard of a JSON Lines file, from counting its newlines."""
    first, offset, lines = 1, 0, 0
    position = 0
    with open(path, "rb") as fh:
        for raw in iter(lambda: fh.readline(1 << 24), b""):
            if raw.endswith(b"\n") or len(raw) < (1 << 24):
                lines += 1
            position += len(raw)
            if lines == shard_docs:
                yield first, lines, offset
                first, offset, lines = first + lines, position, 0
    if lines:
        yield first, lines, offset


def plan_shards(inputs: Iterable[str], shard_docs: int = DEFAULT_SHARD_DOCS) -> list[Shard]:
    """Every input -> its shards, in input order (see the module docstring)."""
    shards: list[Shard] = []
    for source in inputs:
        if source == "-":
            shards.append(Shard(_name(len(shards), source), source, "unreadable",
                                reason="batch does not read standard input (the workers cannot); save it to a file"))
            continue
        if is_url(source):  # fetched by the worker that gets it, as ingest fetches it
            shards.append(Shard(_name(len(shards), source), source, "file"))
            continue
        try:
            files = expand(source)
        except InputError as exc:
            shards.append(Shard(_name(len(shards), source), source, "unreadable", reason=exc.reason))
            continue
        for path in files:
            shards.extend(_file_shards(path, shard_docs, len(shards)))
    return shards


def _file_shards(path: str, shard_docs: int, start: int) -> list[Shard]:
    try:
        size = os.stat(path).st_size
    except OSError:  # the worker's reader reports it, in the words analyze and ingest use
        return [Shard(_name(start, path), path, "file")]
    try:
        suffix = Path(path).suffix.lower()
        if suffix in _JSONL:
            return [Shard(_name(start + i, path, size, first), path, "jsonl", first, count, offset, size)
                    for i, (first, count, offset) in enumerate(_jsonl_cuts(path, shard_docs))]
        if suffix in _PARQUET:
            rows = parquet_rows(path)
            return [Shard(_name(start + i, path, size, first), path, "parquet", first, min(shard_docs, rows - first),
                          size=size) for i, first in enumerate(range(0, rows, shard_docs))]
    except Exception as exc:  # a file that cannot be planned is a shard that reports why
        return [Shard(_name(start, path), path, "unreadable", reason=f"cannot read: {describe(exc)}")]
    return [Shard(_name(start, path, size), path, "file", size=size)]


def read_shard(shard: Shard, settings: Settings) -> Iterator[Document | Skipped]:
    """The documents of one shard, and a ``Skipped`` for each record or file that cannot be read."""
    if shard.kind == "unreadable":
        yield Skipped(shard.path, shard.reason, "InputError")
    elif shard.kind == "file":
        yield from read_ledger_sources([shard.path], settings)
    else:
        try:
            items = _jsonl(shard, settings) if shard.kind == "jsonl" else _parquet(shard, settings)
            for item in items:
                if isinstance(item, InputError):
                    yield Skipped(item.origin, item.reason, type(item).__name__)
                else:
                    yield item
        except InputError as exc:
            yield Skipped(exc.origin, exc.reason, type(exc).__name__)
        except Exception as exc:  # whatever one shard does, the others are still read
            yield Skipped(f"{shard.path} ({shard.name})", f"cannot read: {describe(exc)}", "ReadError")


def _jsonl(shard: Shard, settings: Settings) -> Iterator[Document | InputError]:
    with open_regular(shard.path) as fh:
        fh.seek(shard.offset)
        yield from read_jsonl_stream(shard.path, fh, settings.max_bytes, first_line=shard.first,
                                     max_lines=shard.count)


def _parquet(shard: Shard, settings: Settings) -> Iterator[Document | InputError]:
    yield from read_parquet(shard.path, settings.max_bytes, shard.first, shard.count)
