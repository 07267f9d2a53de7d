"""Cursor pagination of the ledger's lists, shared by the command line, the Python API and the HTTP API.

Every list has a stable order that ends in a primary key (statements by ``(date, pk)`` descending,
actors by ``(documents descending, pk)``, ...), and each row a query returns carries its sort key
(:class:`Keyed`, a dict with a ``key`` attribute that no output shows). A page's cursor is that key
of its last row, encoded opaquely (:func:`encode_cursor`); given back as ``Filters.after``, the query
adds "after this key in the order" (:func:`keyset`) to its conditions, so the next page starts at
the next row whatever was stored meanwhile, through the same indexes as the first page.

NULLs sort where each database puts them (SQLite: before every value, PostgreSQL: after), so the
condition that continues after a key is written for the dialect that answers.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, and_, false, or_
from sqlalchemy.engine import Connection

from ..errors import QueryError

if TYPE_CHECKING:
    from .filters import Filters

__all__ = ["Keyed", "Row", "decode_cursor", "encode_cursor", "keyed", "keyset", "page"]

Row = dict[str, Any]

# How many values each list's sort key has (a cursor of another list, or forged, is refused).
KEY_LENGTH = {"statements": 2, "events": 2, "claims": 2, "agreements": 2, "actors": 2, "documents": 2,
              "conflicts": 1, "search": 1}


class Keyed(dict[str, Any]):
    """A row with its sort key (``key``), which the row's own items do not show."""

    __slots__ = ("key",)

    def __init__(self, row: Row, key: tuple[Any, ...]) -> None:
        super().__init__(row)
        self.key = key


def keyed(row: Row, key: tuple[Any, ...]) -> Row:
    """``row`` carrying its sort key ``key``."""
    return Keyed(row, key)


def keyset(conn: Connection, order: Sequence[tuple[Any, bool]], key: Sequence[Any]) -> ColumnElement[bool]:
    """Rows strictly after ``key`` in ``order`` (``(column, descending)`` pairs, ending in a unique key).

    The first column also gets a plain bound (``col <= v`` for a descending order) that the database
    can use as an index range; the rest is the exact lexicographic condition.
    """
    sqlite = conn.dialect.name == "sqlite"
    alternatives: list[ColumnElement[bool]] = []
    equal: list[ColumnElement[bool]] = []
    for (col, desc), value in zip(order, key, strict=True):
        nulls_last = desc if sqlite else not desc
        if value is None:
            beyond: ColumnElement[bool] = false() if nulls_last else col.is_not(None)
        else:
            cmp = col < value if desc else col > value
            beyond = or_(cmp, col.is_(None)) if nulls_last else cmp
        alternatives.append(and_(*equal, beyond) if equal else beyond)
        equal.append(col.is_(None) if value is None else col == value)
    (first, desc), value = order[0], key[0]
    if value is None:
        return or_(*alternatives)
    plain = first <= value if desc else first >= value
    bound = or_(plain, first.is_(None)) if (desc if sqlite else not desc) else plain
    return and_(bound, or_(*alternatives))


def _value(v: Any) -> Any:
    if isinstance(v, dt.datetime):
        return v.date().isoformat()
    if isinstance(v, dt.date):
        return v.isoformat()
    return v


def encode_cursor(command: str, key: Sequence[Any]) -> str:
    """An opaque cursor for the row of ``command`` whose sort key is ``key``."""
    raw = json.dumps([command, [_value(v) for v in key]], separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(command: str, cursor: str) -> tuple[Any, ...]:
    """The sort key in ``cursor``; :class:`~newsledger.errors.QueryError` when it is not a cursor of ``command``."""
    bad = QueryError(f"cursor {cursor[:60]!r} is not a cursor of this {command} list: pass back the `next` "
                     f"value of a previous page, unchanged")
    try:
        data = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode())
    except (binascii.Error, ValueError, UnicodeDecodeError):
        raise bad from None
    if (not isinstance(data, list) or len(data) != 2 or data[0] != command or not isinstance(data[1], list)
            or len(data[1]) != KEY_LENGTH.get(command, -1)):
        raise bad
    key: list[Any] = []
    for v in data[1]:
        if isinstance(v, str):
            try:
                key.append(dt.date.fromisoformat(v))
            except ValueError:
                raise bad from None
        elif v is None or (isinstance(v, int) and not isinstance(v, bool) and abs(v) < 2**62):
            key.append(v)
        else:
            raise bad
    if key[-1] is None:  # the last value is a primary key
        raise bad
    return tuple(key)


def page(conn: Connection, command: str, f: Filters, cursor: str | None = None) -> tuple[list[Row], str | None]:
    """One page of ``command``'s rows (``f.limit`` of them) after ``cursor``, and the cursor of the next
    page (None when this one is the last, and for a search ranked by relevance, which has one page)."""
    from .queries import COMMANDS

    after = decode_cursor(command, cursor) if cursor else f.after
    rows = COMMANDS[command](conn, replace(f, after=after, limit=f.limit + 1))
    if len(rows) <= f.limit:
        return rows, None
    rows = rows[:f.limit]
    if command == "search" and f.rank:  # relevance has no stable key to continue from: one page
        return rows, None
    key = getattr(rows[-1], "key", None)
    if key is None:
        raise AssertionError(f"{command} rows carry no sort key")
    return rows, encode_cursor(command, key)
