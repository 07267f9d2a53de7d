"""Ledger ingest sources: files, directories, globs, feeds, WARC archives and URLs -> documents.

:func:`read_ledger_sources` widens :func:`newsledger.ingest.read_sources` (plain
text, HTML, JSON, JSON Lines) to everything ``newsledger ingest`` and ``analyze``
accept. A directory or glob expands to its files in sorted order; RSS/Atom feeds,
WARC archives and Parquet files (a row per article) are recognised by name or content; http(s) URLs are fetched
(:mod:`.web`) and read as the page, feed or text they turn out to be. Each
input that cannot be read becomes a ``Skipped`` with its reason, and the rest
of the run goes on.
"""

from __future__ import annotations

import datetime as dt
import glob
import logging
import os
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path, PurePosixPath
from urllib.parse import urlsplit

from ..config import Settings
from ..errors import InputError, TooLarge, describe
from ..models import Document, Skipped
from . import read_bytes, read_path
from .feeds import looks_like_feed, read_feed
from .files import first_line, looks_like_jsonl, open_regular
from .html import read_html
from .parquet import MAGIC as PARQUET_MAGIC
from .parquet import read_parquet
from .warc import is_warc, read_warc
from .web import fetch, is_url

__all__ = ["count_records", "expand", "read_ledger_sources", "read_source"]

_FEED_EXT = (".rss", ".atom", ".xml", ".rdf")
_GLOB = set("*?[")
log = logging.getLogger(__name__)


def expand(source: str, problems: list[InputError] | None = None) -> list[str]:
    """A source -> the inputs it stands for: a URL or file itself, a directory's or glob's files, sorted.

    A directory is walked without following links to other directories; hidden files and folders
    are left out. A folder inside it that cannot be listed is added to ``problems`` (where given)
    with the reason, and the rest of the tree is still read. Special files (FIFOs, sockets) are
    listed, so that reading them reports why they are refused.
    """
    if is_url(source) or source == "-":
        return [source]
    if _GLOB & set(source) and not Path(source).exists():
        matches = sorted(p for p in glob.glob(source, recursive=True) if not Path(p).is_dir())
        if not matches:
            raise InputError(source, "no file matches this pattern")
        return matches
    if Path(source).is_dir():
        return _walk(source, problems)
    return [source]


def _walk(top: str, problems: list[InputError] | None) -> list[str]:
    unread: list[InputError] = []

    def note(exc: OSError) -> None:
        where = str(exc.filename or top)
        unread.append(InputError(where, f"directory not read: {(exc.strerror or str(exc)).lower()}"))

    files: list[str] = []
    for folder, dirs, names in os.walk(top, onerror=note):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        files.extend(os.path.join(folder, n) for n in names if not n.startswith("."))
    if problems is not None:
        problems.extend(unread)
    if not files and not unread:
        raise InputError(top, "directory without files")
    return sorted(files)


def _read_file(path: str, settings: Settings) -> Iterator[Document | InputError]:
    with open_regular(path) as fh:
        head = fh.read(4096)
        fh.seek(0)
        if head.startswith(PARQUET_MAGIC):
            yield from read_parquet(path, settings.max_bytes)
            return
        if is_warc(head, Path(path).name):
            yield from read_warc(path, fh, settings.max_bytes)
            return
        if Path(path).suffix.lower() in _FEED_EXT or looks_like_feed(head):
            size = os.fstat(fh.fileno()).st_size
            if size > settings.max_bytes:
                raise TooLarge(path, f"{size:,} bytes, over the size limit of {settings.max_bytes:,} "
                                     "(setting max_bytes)")
            yield from read_feed(path, fh.read(settings.max_bytes + 1))
            return
    yield from read_path(path, settings)


def _read_url(url: str, settings: Settings, allow_private: bool) -> Iterator[Document | InputError]:
    got = fetch(url, max_bytes=settings.max_bytes, allow_private=allow_private)
    if got.kind == "feed" or looks_like_feed(got.body[:4096]):
        yield from read_feed(got.url, got.body)
    elif got.kind == "html":
        html = got.body.decode(got.charset or "utf-8", errors="replace")
        yield read_html(got.url, html, url=got.url)
    else:
        yield from read_bytes(got.body, got.url, settings, name=PurePosixPath(urlsplit(got.url).path).name or None)


def read_source(source: str, settings: Settings, allow_private: bool = False) -> Iterator[Document | InputError]:
    """Documents of one input (not expanded): errors for the whole input raise, errors per record are yielded."""
    if is_url(source):
        yield from _read_url(source, settings, allow_private)
    elif source == "-":
        yield from read_path(source, settings)
    else:
        yield from _read_file(source, settings)


def read_ledger_sources(sources: Iterable[str], settings: Settings, published: dt.date | None = None,
                        allow_private: bool = False) -> Iterator[Document | Skipped]:
    """Stage 1 of ``newsledger ingest``: every source -> documents, and a ``Skipped`` for each failure."""
    for source in sources:
        problems: list[InputError] = []
        try:
            inputs = expand(source, problems)
        except InputError as exc:
            yield Skipped(exc.origin, exc.reason, type(exc).__name__)
            continue
        except Exception as exc:  # whatever one source does, the others are still read
            yield Skipped(source, f"cannot list: {describe(exc)}", "ReadError")
            continue
        for problem in problems:
            yield Skipped(problem.origin, problem.reason, type(problem).__name__)
        for item in inputs:
            try:
                for doc in read_source(item, settings, allow_private):
                    if isinstance(doc, InputError):
                        yield Skipped(doc.origin, doc.reason, type(doc).__name__)
                    else:
                        yield doc if published is None else replace(doc, published=published)
            except InputError as exc:
                yield Skipped(exc.origin, exc.reason, type(exc).__name__)
            except OSError as exc:
                yield Skipped(item, f"cannot read: {exc.strerror or exc}", "OSError")
            except Exception as exc:  # whatever one input does, the others are still read
                log.debug("reading %s failed", item, exc_info=True)
                yield Skipped(item, f"cannot read: {describe(exc)}", "ReadError")


def _records_in(path: str) -> int | None:
    """Documents one file holds without parsing it: 1 for a page or text, its lines for JSON Lines,
    None for what only reading can count (WARC, feeds, Parquet, a JSON array)."""
    try:
        with open_regular(path) as fh:
            head = fh.read(4096)
            name = Path(path).name
            if head.startswith(PARQUET_MAGIC) or is_warc(head, name) or Path(path).suffix.lower() in _FEED_EXT \
                    or looks_like_feed(head):
                return None
            if head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"["):
                return None
            fh.seek(0)
            if not looks_like_jsonl(first_line(fh, 1 << 20), name):
                return 1
            lines, last = 0, b"\n"
            for block in iter(lambda: fh.read(1 << 20), b""):
                lines += block.count(b"\n")
                last = block[-1:]
            return lines + (last != b"\n")
    except (InputError, OSError):
        return 1  # it becomes one skip


def count_records(sources: Iterable[str]) -> int | None:
    """How many documents (or skips) reading ``sources`` yields, where that is known without parsing them;
    None when any source is a URL, standard input, a WARC archive, a feed, Parquet or a JSON array.
    Blank lines of JSON Lines are counted (a progress total may run a little over)."""
    total = 0
    for source in sources:
        if is_url(source) or source == "-":
            return None
        try:
            inputs = expand(source)
        except (InputError, OSError):
            total += 1
            continue
        for path in inputs:
            n = _records_in(path)
            if n is None:
                return None
            total += n
    return total
