"""Conflicts across sources, as ledger rows: created when claims about one thing first disagree, then extended.

Which claims disagree is :mod:`.conflicts`'s decision, and so is the wording of
the summary; this module reads the claims from the ledger and keeps the
``conflicts`` and ``conflict_sides`` rows up to date.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import ColumnElement, Select, select, update
from sqlalchemy.engine import Connection

from ..store import rows
from ..store import schema as t
from . import conflicts as xconflicts
from .identity import ledger_id

__all__ = ["Detector", "update_conflict"]

Detector = Callable[[Sequence[xconflicts.Claim]], tuple[xconflicts.Claim, ...]]
"""Claims about one thing -> the sides of a conflict, or () when they do not disagree (see :mod:`.conflicts`)."""


def update_conflict(conn: Connection, kind: str, about: str, what: str, claims_query: Select[Any],
                    this_doc: ColumnElement[bool], detect: Detector) -> None:
    """Create the ledger conflict about ``about`` when the claims disagree, or add this document's claims to it.

    ``claims_query`` selects every claim about ``about`` (columns: doc_pk, claim, start, end, text, outlet,
    actor_pk, local actor id, actor name); ``this_doc`` narrows it to the document being stored. Only the
    creation looks at every claim; later documents add their own sides, so a story reported a thousand
    times costs one lookup per report, not a thousand.
    """
    c = t.conflicts
    cid = ledger_id("con", f"{kind}|{about}")
    existing = conn.execute(select(c.c.pk, c.c.summary).where(c.c.id == cid)).first()
    if existing is None:
        sides = detect(_claims(conn, claims_query))
        if sides:
            pk = conn.execute(c.insert().values(
                id=cid, scope="ledger", kind=kind, about=about, summary=xconflicts.summary(kind, sides, what),
                n_documents=len({x.doc_pk for x in sides}),
                outlets=rows.merge_rollup("[]", [x.outlet for x in sides])).returning(c.c.pk)).scalar_one()
            rows.insert_sides(conn, pk, sides)
        return
    added = _claims(conn, claims_query.where(this_doc))
    if not added:
        return
    rows.insert_sides(conn, existing.pk, added)
    outlets = conn.execute(select(c.c.outlets).where(c.c.pk == existing.pk)).scalar_one()
    conn.execute(update(c).where(c.c.pk == existing.pk).values(
        summary=xconflicts.extend_summary(existing.summary, kind, added), n_documents=c.c.n_documents + 1,
        outlets=rows.merge_rollup(outlets, [x.outlet for x in added])))


def _claims(conn: Connection, query: Select[Any]) -> list[xconflicts.Claim]:
    # Only label rows carry ``negated`` (a denied label); stances and event reports have none.
    return [xconflicts.Claim(r[0], r[1], r[2], r[3], r[4], r.actor_pk, r[7], r.name, r.source,
                             bool(getattr(r, "negated", False))) for r in conn.execute(query)]
