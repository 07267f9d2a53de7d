"""WARC and WARC.gz archives (e.g. Common Crawl's CC-NEWS): one document per HTML response.

Records are streamed, so an archive of any size is read in constant memory;
each response body is capped at ``Settings.max_bytes``. Requests, metadata,
redirects and non-HTML responses are not articles and are passed over. The
publication date comes from the page's metadata, else from the record's
``WARC-Date`` (news crawls fetch articles within hours of publication). A
truncated or corrupt archive yields the documents read so far and then one
error saying where it broke.
"""

from __future__ import annotations

import datetime as dt
import zlib
from collections.abc import Iterator
from dataclasses import replace
from typing import Any, BinaryIO

from ..errors import EmptyInput, InputError, MalformedInput, TooLarge
from ..models import Document
from .html import read_html

__all__ = ["is_warc", "read_warc"]

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def is_warc(head: bytes, name: str) -> bool:
    """Whether a file is a WARC archive, from its name or its first bytes (gzip members are opened)."""
    lower = name.lower()
    if lower.endswith((".warc", ".warc.gz")):
        return True
    if head.startswith(b"WARC/"):
        return True
    if head.startswith(b"\x1f\x8b"):
        try:
            return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 16).startswith(b"WARC/")
        except zlib.error:
            return False
    return False


def _charset(content_type: str) -> str:
    for part in content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip('"').lower()
    return "utf-8"


def _decode(body: bytes, charset: str) -> str:
    try:
        return body.decode(charset, errors="replace")
    except LookupError:  # an unknown charset name in the header
        return body.decode("utf-8", errors="replace")


def _warc_date(value: str | None) -> dt.datetime | None:
    if not value:
        return None
    try:
        return dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None


def _is_html_response(record: Any) -> bool:
    if record.rec_type != "response" or record.http_headers is None:
        return False
    status = record.http_headers.get_statuscode() or ""
    content_type = record.http_headers.get_header("Content-Type") or ""
    return status.startswith("2") and content_type.lower().startswith(_HTML_TYPES)


def _complete(record: Any) -> bool:
    """Read what is left of the record; False when the archive ends before its declared length."""
    raw = record.raw_stream
    while raw.read(1 << 16):
        pass
    return int(getattr(raw, "limit", 0) or 0) == 0


def _left_over(stream: BinaryIO, offset: int) -> int:
    """Bytes after ``offset`` that are not blank, for a seekable stream (0 where it cannot tell)."""
    try:
        size = stream.seek(0, 2)
        if size <= offset:
            return 0
        stream.seek(offset)
        return 0 if not stream.read(256).strip() else size - offset
    except (OSError, ValueError, AttributeError):
        return 0


def _malformed(record: Any) -> str | None:
    """What is wrong with a record's WARC header, or None. warcio reads almost any text as a record."""
    protocol = str(record.rec_headers.protocol or "")
    if not protocol.startswith("WARC/"):
        return f"the record starts with {protocol[:40]!r}, not a WARC/1.x version line"
    if not record.rec_type:
        return "the record has no WARC-Type header"
    length = record.rec_headers.get_header("Content-Length")
    if length is None or not length.strip().isdigit():
        return f"the record's Content-Length is {length!r}, not a number of bytes"
    return None


def read_warc(origin: str, stream: BinaryIO, max_bytes: int) -> Iterator[Document | InputError]:
    """Documents of the HTML responses in a WARC stream; errors per record, and one for a broken archive.

    An archive that gives no document always says why: empty, broken at a named record and
    offset, or without an HTML response.
    """
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    count = 0
    records: Any = None
    said = False  # whether anything (a document or an error) came out of the archive
    try:
        records = ArchiveIterator(stream)
        for record in records:
            count += 1
            problem = _malformed(record)
            if problem is not None:
                yield MalformedInput(origin, f"malformed or truncated WARC at offset {records.get_record_offset():,} "
                                             f"(record {count}): {problem}; {count - 1} record(s) read before it")
                return
            uri = record.rec_headers.get_header("WARC-Target-URI")
            where = f"{origin}#{uri or count}"
            body = b""
            if record.length is not None and _is_html_response(record):
                body = record.content_stream().read(max_bytes + 1)
            if record.length is None or not _complete(record):
                yield MalformedInput(origin, f"truncated WARC: record {count} ({uri or 'no URI'}) is cut off; "
                                             f"{count - 1} complete record(s) before it")
                return
            if not body:
                continue
            said = True
            if len(body) > max_bytes:
                yield TooLarge(where, f"response over the size limit of {max_bytes:,} bytes (setting max_bytes)")
                continue
            content_type = record.http_headers.get_header("Content-Type") or ""
            try:
                doc = read_html(where, _decode(body, _charset(content_type)), url=uri)
            except InputError as exc:
                yield exc
                continue
            if doc.published is None:
                doc = replace(doc, published=_warc_date(record.rec_headers.get_header("WARC-Date")))
            yield doc
        left = _left_over(stream, records.offset)
        if left:
            # warcio ends quietly when the archive stops inside a record's header; the bytes say otherwise
            yield MalformedInput(origin, f"truncated WARC: {left:,} byte(s) after record {count} "
                                         f"(from offset {records.offset:,}) do not form a complete record")
        elif count == 0:
            yield EmptyInput(origin, "WARC archive without records")
        elif not said:
            yield EmptyInput(origin, f"WARC archive of {count} record(s) without an HTML response to read")
    except (ArchiveLoadFailed, EOFError, zlib.error, ValueError, OSError, AttributeError, TypeError) as exc:
        # warcio meets a cut-off header with whatever error the half-parsed record causes (AttributeError on a
        # missing URI, TypeError on a missing length); all of them mean the archive ends here.
        where = f" (near offset {records.offset:,})" if records is not None else ""
        yield MalformedInput(origin, f"truncated or corrupt WARC after {count} record(s){where}: "
                                     f"{type(exc).__name__}: {str(exc).strip() or 'unexpected end of data'}")
