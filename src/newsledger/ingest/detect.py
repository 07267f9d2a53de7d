"""Decide what a blob of bytes is, and decode it, refusing what is not text."""

from __future__ import annotations

import codecs
import json
import logging
import re
from pathlib import PurePath
from typing import Literal

from ..errors import BinaryInput, EmptyInput, EncodingError, UnsupportedType
from .files import encoding_name, guess_decode

log = logging.getLogger("newsledger.ingest")

Kind = Literal["text", "html", "json", "jsonl"]

ALLOWED = "plain text, HTML, JSON or JSON Lines"

# Extensions whose content newsledger does not read, with what they are.
_UNSUPPORTED_EXT = {
    ".pdf": "PDF", ".doc": "Word document", ".docx": "Word document", ".odt": "OpenDocument text",
    ".rtf": "RTF", ".xls": "spreadsheet", ".xlsx": "spreadsheet", ".csv": "CSV table",
    ".zip": "ZIP archive", ".gz": "gzip archive", ".tar": "tar archive", ".epub": "EPUB",
    ".warc": "WARC archive", ".png": "image", ".jpg": "image", ".jpeg": "image", ".gif": "image",
}
_EXT_KIND: dict[str, Kind] = {
    ".txt": "text", ".text": "text", ".md": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl",
}
# Magic numbers of common binary formats.
_MAGIC = {
    b"%PDF": "PDF", b"PK\x03\x04": "ZIP archive (or DOCX/XLSX/EPUB)", b"\x1f\x8b": "gzip archive",
    b"\x89PNG": "PNG image", b"\xff\xd8\xff": "JPEG image", b"GIF8": "GIF image",
    b"WARC/": "WARC archive", b"\xd0\xcf\x11\xe0": "MS Office document",
}
_HTML_START = re.compile(r"\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body|article|div|p|meta|title)\b",
                         re.I | re.S)
# A DOCTYPE (with or without an internal subset in brackets) may stand between the XML declaration and the root.
_FEED_START = re.compile(r"\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*(<!DOCTYPE[^>\[]*(\[.*?\])?\s*>\s*)?(<!--.*?-->\s*)*"
                         r"<(rss|feed|rdf:RDF)\b", re.I | re.S)
_UTF32_BOMS = (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def sniff_binary(origin: str, data: bytes) -> None:
    """Raise :class:`BinaryInput` for data that is not text in any encoding we read."""
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            raise UnsupportedType(origin, f"unsupported type: {what}; newsledger reads {ALLOWED}")
    head = data[:8192]
    if head.startswith(_UTF32_BOMS + _UTF16_BOMS):
        return  # NUL bytes are part of every UTF-16/UTF-32 character; decode() checks the rest
    if b"\x00" in head:
        raise BinaryInput(origin, "binary data (NUL bytes), not text; newsledger reads " + ALLOWED)
    control = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    if head and control / len(head) > 0.05:
        raise BinaryInput(origin, f"binary data ({control} control bytes in the first {len(head)}), not text")


def decode(origin: str, data: bytes) -> str:
    """Decode UTF-8 (with or without BOM) or BOM-marked UTF-32 or UTF-16, strictly; text in another
    encoding (no BOM, not UTF-8) by charset-normalizer's guess, which is logged."""
    if data.startswith(codecs.BOM_UTF8):
        encoding, body = "utf-8", data[len(codecs.BOM_UTF8):]
    elif data.startswith(_UTF32_BOMS):
        # before UTF-16: the UTF-32 little-endian mark FF FE 00 00 begins with the UTF-16 one, FF FE
        encoding, body = "utf-32", data
    elif data.startswith(_UTF16_BOMS):
        encoding, body = "utf-16", data
    else:
        encoding, body = "utf-8", data
    try:
        return body.decode(encoding)
    except UnicodeDecodeError as exc:
        guessed = guess_decode(body) if encoding == "utf-8" and body is data else None
        if guessed is not None:  # Latin-1, Windows-1252 ...: read, and the guess reported
            log.warning("newsledger: %s: not UTF-8; read as %s, charset-normalizer's guess", origin,
                        encoding_name(guessed[1]))
            return guessed[0]
        bad = body[exc.start:exc.start + 1].hex()
        raise EncodingError(
            origin, f"not valid {encoding.upper()} (byte 0x{bad} at offset {exc.start}) and no other encoding "
            "fits; newsledger reads UTF-8, UTF-16 or UTF-32 with a byte-order mark, and single-byte encodings "
            "such as Latin-1 and Windows-1252") from exc


def detect_kind(origin: str, text: str, name: str | None = None) -> Kind:
    """The format of ``text``, from its content first and its file extension second."""
    ext = PurePath(name).suffix.lower() if name else ""
    if ext in _UNSUPPORTED_EXT:
        raise UnsupportedType(origin, f"unsupported type: {_UNSUPPORTED_EXT[ext]} ({ext}); newsledger reads {ALLOWED}")
    stripped = text.lstrip()
    if not stripped:
        raise EmptyInput(origin, "empty input (nothing but white space)")
    if _FEED_START.match(text):
        raise UnsupportedType(origin, "unsupported type: RSS/Atom feed; `newsledger analyze` reads " + ALLOWED)
    if _HTML_START.match(text):
        return "html"
    if stripped[0] in "{[":
        kind = _json_kind(stripped, ext)
        if kind is not None:
            return kind
    if ext in _EXT_KIND and _EXT_KIND[ext] in ("json", "jsonl"):
        return _EXT_KIND[ext]  # the JSON reader reports the error
    if ext in (".html", ".htm", ".xhtml") and "<" in stripped[:1000]:
        return "html"
    return "text"


def _json_kind(stripped: str, ext: str) -> Kind | None:
    """JSON or JSON Lines for text that starts like JSON; None where it is neither (text in brackets)."""
    if ext in (".jsonl", ".ndjson"):
        return "jsonl"
    try:
        json.loads(stripped)
        return "json"
    except (RecursionError, ValueError) as exc:
        if not isinstance(exc, json.JSONDecodeError):
            # JSON too deeply nested or with a too-long number to load: it is JSON, and the reader says why
            return "json"
        lines = stripped.splitlines()
        if len(lines) > 1 and is_json_object(lines[0]):
            return "jsonl"
        if ext in (".json", ".jsonl", ".ndjson") or stripped[0] == "{":
            return "json"  # the JSON reader reports where it breaks
    return None


def is_json_object(line: str) -> bool:
    try:
        return isinstance(json.loads(line), dict)
    except (RecursionError, ValueError):  # ValueError covers JSONDecodeError and over-long integers
        return False
