"""Actors in the ledger: each entity of a document is linked to the one actor it names across documents.

The key is :func:`.identity.actor_key` (type, folded name, country). A person
whose key the ledger lacks is first looked for under another form of the name
(:func:`.identity.same_person`: "Donald Trump" in one article is the "Donald J.
Trump" of another, a bare "Trump" the one full name that fits); one statement
then creates the actors not seen before and counts this document for the
others.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.engine import Connection

from ..models import Entity
from ..store import rows
from ..store import schema as t
from .identity import PersonFacts, actor_key, ledger_id, person_facts, same_person

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
    keys = _person_keys(conn, entities, [actor_key(e.type, e.ref or e.name, e.country) for e in entities])
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


def _person_keys(conn: Connection, entities: Sequence[Entity], keys: list[str]) -> list[str]:
    """``keys`` with each person's replaced by the key of the ledger actor that is the same person, where one
    is (one query for the document's surnames)."""
    # A person a people list knows is keyed by the list's name already: that key is the person's.
    facts = {n: f for n, e in enumerate(entities)
             if e.type == "PERSON" and e.ref is None and (f := person_facts(e.name, e.country, e.sector)) is not None}
    if not facts:
        return keys
    surnames = sorted({f.surname for f in facts.values()})
    # Keys are "PERSON|<folded name>|<country>": the surname ends the name.
    wanted = or_(*(t.actors.c.key.like(f"PERSON|%{s}|%") for s in surnames))
    known: dict[str, list[tuple[str, PersonFacts, int]]] = {}
    for r in conn.execute(select(t.actors.c.key, t.actors.c.name, t.actors.c.country, t.actors.c.sector,
                                 t.actors.c.n_documents).where(t.actors.c.type == "PERSON", wanted)):
        f = person_facts(r.name, r.country, r.sector)
        if f is not None:
            known.setdefault(f.surname, []).append((r.key, f, r.n_documents))
    out = list(keys)
    for n, f in facts.items():
        rows = known.get(f.surname, [])
        if any(key == keys[n] for key, _, _ in rows):
            continue  # the same name is in the ledger already
        # A full name links only to full names ("Trump" alone in an earlier article may be anyone of the name).
        fits = [(key, g, docs) for key, g, docs in rows if same_person(f, g) and (g.given or not f.given)]
        if fits and all(same_person(a, b) for _, a, _ in fits for _, b, _ in fits):
            out[n] = max(fits, key=lambda c: (c[2], c[0]))[0]  # the best-known form of the name
    return out
