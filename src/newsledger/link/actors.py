"""Actors in the ledger: each entity of a document is linked to the one actor it names across documents.

The key is :func:`.identity.actor_key` (type, folded name, country); one
statement creates the actors not seen before and counts this document for the
others.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy.engine import Connection

from ..models import Entity
from ..store import rows
from ..store import schema as t
from .identity import actor_key, ledger_id

__all__ = ["LinkedActor", "actor_pk", "link_actors"]


@dataclass(frozen=True, slots=True)
class LinkedActor:
    """An entity of the document being stored, with the ledger actor it is linked to."""

    actor_pk: int
    actor_id: str
    name: str
    country: str | None


def link_actors(conn: Connection, entities: Sequence[Entity]) -> list[tuple[int, str]]:
    """(actor pk, actor id) of each of ``entities``, in order, creating the actors the ledger lacks."""
    if not entities:
        return []
    keys = [actor_key(e.type, e.name, e.country) for e in entities]
    new: dict[str, dict[str, Any]] = {}
    for e, key in zip(entities, keys, strict=True):
        row = new.setdefault(key, {"id": ledger_id("act", key), "key": key, "name": e.name, "type": e.type,
                                   "country": e.country, "sector": e.sector, "n_documents": 1, "n_mentions": 0})
        row["n_mentions"] += len(e.mentions)
    # One statement creates new actors, counts this document for known ones, and returns their keys.
    ins = rows.insert(conn, t.actors)
    upsert = ins.on_conflict_do_update(index_elements=[t.actors.c.key], set_={
        "n_documents": t.actors.c.n_documents + 1, "n_mentions": t.actors.c.n_mentions + ins.excluded.n_mentions})
    found = {r.key: (r.pk, r.id) for r in conn.execute(
        upsert.returning(t.actors.c.key, t.actors.c.pk, t.actors.c.id), [new[k] for k in sorted(new)])}
    return [found[key] for key in keys]


def actor_pk(ents: Mapping[str, LinkedActor], local: str | None) -> int | None:
    """The ledger actor of the document's entity ``local``, if it names one."""
    return ents[local].actor_pk if local is not None and local in ents else None
