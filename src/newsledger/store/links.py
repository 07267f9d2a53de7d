"""Where one document's records lead in the ledger: the ledger ids behind its local ids.

An analysis names its records by local ids (``e1``, ``a1``, ``k1``); the article page of
``newsledger serve`` links each to the ledger's page for it (the actor, the agreement across every
report, the conflict). Three indexed lookups by the document's key, whatever the ledger's size.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Connection

from . import schema as t

__all__ = ["document_links"]


def document_links(conn: Connection, doc_id: str) -> dict[str, Any] | None:
    """``{"actors": {local entity id: actor id}, "agreements": {local id: ledger agreement id},
    "conflicts": {local conflict id: conflict id}, "ledger_conflicts": [conflicts across documents
    with a side in this one: {"conflict", "kind", "summary"}]}``; None when ``doc_id`` is no document."""
    d, en, a, g, la, c, s = (t.documents, t.entities, t.actors, t.agreements, t.ledger_agreements, t.conflicts,
                             t.conflict_sides)
    pk = conn.execute(select(d.c.pk).where(d.c.id == doc_id)).scalar()
    if pk is None:
        return None
    actors: dict[str, str] = {r.local_id: r.id for r in conn.execute(
        select(en.c.local_id, a.c.id).join(a, a.c.pk == en.c.actor_pk).where(en.c.doc_pk == pk))}
    agreements: dict[str, str] = {r.local_id: r.id for r in conn.execute(
        select(g.c.local_id, la.c.id).join(la, la.c.pk == g.c.ledger_pk).where(g.c.doc_pk == pk))}
    local: dict[str, str] = {r.local_id: r.id for r in conn.execute(
        select(c.c.local_id, c.c.id).where(c.c.doc_pk == pk, c.c.scope == "document"))}
    across = conn.execute(select(c.c.id, c.c.kind, c.c.summary)
                          .where(c.c.scope == "ledger", c.c.pk.in_(select(s.c.conflict_pk).where(s.c.doc_pk == pk)))
                          .order_by(c.c.pk)).all()
    return {"actors": actors, "agreements": agreements, "conflicts": local,
            "ledger_conflicts": [{"conflict": r.id, "kind": r.kind, "summary": r.summary} for r in across]}
