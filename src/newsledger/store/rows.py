"""Row helpers shared by the store's writer and the cross-document linking in :mod:`newsledger.link`.

Both write into the same tables in the same transaction; what they share
lives here, below both: the dialect's insert (for ``ON CONFLICT``), the capped
JSON roll-up lists, and the rows of a conflict's sides.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Table
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection

from ..link.conflicts import Claim
from . import schema as t

__all__ = ["ROLLUP_CAP", "insert", "insert_sides", "merge_rollup"]

ROLLUP_CAP = 50  # distinct labels / outlets kept in a roll-up column


def insert(conn: Connection, table: Table) -> Any:
    """An INSERT into ``table`` that accepts ``on_conflict_do_nothing``/``_do_update`` on either backend."""
    return (postgresql.insert if conn.dialect.name == "postgresql" else sqlite.insert)(table)


def merge_rollup(current: str, new: Iterable[str | None]) -> str:
    """A JSON list of distinct strings, extended by ``new`` up to ``ROLLUP_CAP`` items."""
    items: list[str] = json.loads(current)
    for value in new:
        if value and value not in items and len(items) < ROLLUP_CAP:
            items.append(value)
    return json.dumps(items, ensure_ascii=False)


def insert_sides(conn: Connection, conflict_pk: int, sides: Iterable[Claim]) -> None:
    """The sides of one conflict; a side already stored (same claim, document and span) is not repeated."""
    rows = [{"conflict_pk": conflict_pk, "actor": s.actor, "actor_pk": s.actor_pk, "claim": s.shown,
             "doc_pk": s.doc_pk, "evidence_start_char": s.start, "evidence_end_char": s.end,
             "evidence_text": s.text, "claim_local_id": s.claim_id} for s in sides]
    if rows:
        conn.execute(insert(conn, t.conflict_sides).on_conflict_do_nothing(), rows)
