"""Opening inputs safely: regular files only, and JSON Lines recognised before a large file is read.

A FIFO, socket or device opened like a file blocks or never ends (``open`` of a FIFO with no
writer waits forever), so a path is opened without blocking and refused unless it is a regular
file. Standard input (``-``) is read as a stream on purpose and does not come here.
"""

from __future__ import annotations

import io
import os
import re
import stat
from pathlib import PurePath
from typing import BinaryIO

from ..errors import InputError, UnsupportedType

__all__ = ["Prefixed", "encoding_name", "first_line", "guess_decode", "looks_like_jsonl", "open_regular",
           "special_kind"]

_JSONL_EXT = (".jsonl", ".ndjson")


def special_kind(mode: int) -> str | None:
    """What a file that is not a regular file or a directory is, from its ``st_mode``; None for those two."""
    if stat.S_ISREG(mode) or stat.S_ISDIR(mode):
        return None
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode):
        return "a character device"
    if stat.S_ISBLK(mode):
        return "a block device"
    return "a special file"


def open_regular(path: str) -> BinaryIO:
    """Open ``path`` for reading if it is a regular file; raise the :class:`InputError` that says why not."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)  # so that a FIFO without a writer cannot block the open
    try:
        fd = os.open(path, flags)
    except FileNotFoundError as exc:
        raise InputError(path, "no such file") from exc
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise InputError(path, "is a directory; give the files in it (e.g. DIR/*.html)")
        kind = special_kind(mode)
        if kind is not None:
            raise UnsupportedType(path, f"not a regular file but {kind}; newsledger reads regular files, "
                                        "or - for standard input")
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


class Prefixed(io.RawIOBase):
    """Bytes already read from a stream, followed by the rest of the stream: a readable, unseekable stream."""

    def __init__(self, head: bytes, rest: BinaryIO) -> None:
        super().__init__()
        self._head = io.BytesIO(head)
        self._rest = rest

    def readable(self) -> bool:
        """Always: this stream exists to be read."""
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        """Fill ``buffer`` from the bytes read before, then from the stream."""
        n = self._head.readinto(buffer)
        if n:
            return n
        data = self._rest.read(len(buffer))
        buffer[:len(data)] = data
        return len(data)


def first_line(stream: BinaryIO, max_bytes: int) -> bytes:
    """The first line of a seekable stream (at most ``max_bytes``), the stream put back where it was."""
    where = stream.tell()
    line = stream.readline(max_bytes)
    stream.seek(where)
    return line


def looks_like_jsonl(first: bytes, name: str | None) -> bool:
    """Whether a large input is JSON Lines: by its extension, else by a ``first`` line that is a JSON object."""
    if name and PurePath(name).suffix.lower() in _JSONL_EXT:
        return True
    from .detect import is_json_object

    try:
        return is_json_object(first.split(b"\n", 1)[0].removeprefix(b"\xef\xbb\xbf").decode("utf-8"))
    except UnicodeDecodeError:
        return False


# A multi-byte UTF-8 character: text holding them is UTF-8 with damage, not text in another encoding.
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
# Preferred among the encodings charset-normalizer finds equally likely: news in a Western single-byte
# encoding is Windows-1252 far more often than Central European cp1250, which decodes the same bytes
# into other letters (0xE3 is "ã" in one and "ă" in the other).
_PREFERRED = ("cp1252",)
_NAMES = {"cp1252": "Windows-1252", "latin_1": "Latin-1", "iso8859_1": "Latin-1", "utf_16": "UTF-16",
          "cp1251": "Windows-1251", "cp1250": "Windows-1250", "iso8859_15": "Latin-9"}


def encoding_name(codec: str) -> str:
    """A codec name as people know it (``cp1252`` -> ``Windows-1252 (cp1252)``)."""
    known = _NAMES.get(codec.lower().replace("-", "_"))
    return f"{known} ({codec})" if known else codec


def guess_decode(data: bytes) -> tuple[str, str] | None:
    """``data``, which is not UTF-8, decoded by charset-normalizer's guess: (text, codec), or None.

    None when no encoding reads it as text, and when it holds valid multi-byte UTF-8 characters: that
    is UTF-8 with a few damaged bytes, which another encoding would turn into mojibake.
    """
    if _UTF8_SEQUENCE.search(data):
        return None
    from charset_normalizer import from_bytes

    results = from_bytes(data)
    best = results.best()
    if best is None:
        return None
    candidates = {m.encoding for m in results} | set(best.could_be_from_charset)
    for codec in _PREFERRED:
        if codec in candidates:
            try:
                return data.decode(codec), codec
            except UnicodeDecodeError:
                break
    return str(best), best.encoding
