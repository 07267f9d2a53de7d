"""Events in the ledger: mentions of one real-world event, across documents, form one cluster.

The key is :func:`.identity.event_key` (type, dyad, date); only events reported
as actual are clustered (a threat or a hypothetical is not the event). When one
report asserts a clustered event and another denies it, the cluster gets an
``existence`` conflict.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, distinct, func, select
from sqlalchemy.engine import Connection

from ..models import Event
from ..store import rows
from ..store import schema as t
from . import conflicts as xconflicts
from .actors import LinkedActor
from .identity import event_key, ledger_id
from .ledger_conflicts import update_conflict

__all__ = ["EventLinks", "event_conflicts", "link_events"]


@dataclass(frozen=True, slots=True)
class EventLinks:
    """The clusters one document's events belong to."""

    cluster_pks: list[int | None]
    """The cluster of each event, in order (None: not clustered)."""
    clusters: dict[str, tuple[int, str]]
    """Event key -> (cluster pk, cluster id), for every cluster this document reports on."""


def link_events(conn: Connection, events: Sequence[Event], ents: Mapping[str, LinkedActor],
                whens: Sequence[dt.date | None]) -> EventLinks:
    """The cluster of each of ``events`` (on the day ``whens`` gives), creating the clusters the ledger lacks."""
    keys: list[str | None] = []
    new: dict[str, dict[str, Any]] = {}
    for e, when in zip(events, whens, strict=True):
        src, tgt = ents.get(e.source or ""), ents.get(e.target or "")
        key = (event_key(e.type, src.actor_id if src else None, tgt.actor_id if tgt else None, when)
               if e.modality == "actual" else None)
        keys.append(key)
        if key is not None:
            new[key] = {"id": ledger_id("evt", key), "key": key, "type": e.type, "date": when,
                        "source_actor_pk": src and src.actor_pk, "target_actor_pk": tgt and tgt.actor_pk}
    if not new:
        return EventLinks([None] * len(keys), {})
    ec = t.event_clusters
    conn.execute(rows.insert(conn, ec).on_conflict_do_nothing(), list(new.values()))
    pks: dict[str, int] = dict(conn.execute(select(ec.c.key, ec.c.pk).where(ec.c.key.in_(list(new)))).tuples().all())
    return EventLinks([pks.get(key) if key else None for key in keys],
                      {key: (pk, str(new[key]["id"])) for key, pk in pks.items()})


def event_conflicts(conn: Connection, doc_pk: int, links: EventLinks) -> None:
    """Create or extend the ``existence`` conflict of each cluster document ``doc_pk`` reports on.

    Call it once the document's events are stored: its own reports are among the claims.
    """
    for key, (cluster_pk, cluster_id) in sorted(links.clusters.items()):
        _existence(conn, doc_pk, cluster_pk, cluster_id, key.split("|")[0])


def _existence(conn: Connection, doc_pk: int, cluster_pk: int, cluster_id: str, type_: str) -> None:
    ev, d, st, ac = t.events, t.documents, t.statements, t.actors
    polarities = conn.execute(select(ev.c.polarity, func.count(distinct(ev.c.doc_pk)))
                              .where(ev.c.cluster_pk == cluster_pk).group_by(ev.c.polarity)).all()
    if len(polarities) < 2:  # every report agrees: nothing to compare
        return
    q = (select(ev.c.doc_pk, ev.c.polarity, ev.c.evidence_start_char, ev.c.evidence_end_char, ev.c.evidence_text,
                d.c.source, st.c.actor_pk, st.c.speaker, ac.c.name)
         .join(d, d.c.pk == ev.c.doc_pk)
         .outerjoin(st, and_(st.c.doc_pk == ev.c.doc_pk, st.c.local_id == ev.c.reported_by))
         .outerjoin(ac, ac.c.pk == st.c.actor_pk)
         .where(ev.c.cluster_pk == cluster_pk))
    update_conflict(conn, "existence", cluster_id, xconflicts.event_name(type_, cluster_id), q,
                    ev.c.doc_pk == doc_pk, xconflicts.existence)
