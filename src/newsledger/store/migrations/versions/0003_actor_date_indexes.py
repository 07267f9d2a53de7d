"""Events by actor, newest first, from one index walk; party names of agreements stored before 0002.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29

``events --actor X`` asks for the newest events whose source *or* target is
one of X's actors. With an index on the actor alone, each side had to gather
every event of the actor and sort them; with (actor, date, pk) each side walks
its index newest first and stops at the limit, and the two are merged
(``store/queries.py``). The single-column indexes are covered by the new ones
and dropped.

Migration 0002 added the ``parties`` roll-up without filling it; this fills it,
for agreements that still have none, from the first report that names its
parties (as the writer does).
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_events_source_actor_date", "events", ["source_actor_pk", "event_date", "pk"])
    op.create_index("ix_events_target_actor_date", "events", ["target_actor_pk", "event_date", "pk"])
    op.drop_index("ix_events_source_actor", table_name="events")
    op.drop_index("ix_events_target_actor", table_name="events")
    _backfill_parties(op.get_bind())


def _backfill_parties(conn: sa.Connection) -> None:
    names: dict[tuple[int, str], str] = {}
    todo: dict[int, str] = {}
    rows = conn.execute(sa.text(
        "SELECT g.ledger_pk, g.doc_pk, g.parties FROM agreements g JOIN ledger_agreements la ON la.pk = g.ledger_pk "
        "WHERE la.parties = '' ORDER BY g.pk")).all()
    docs = sorted({r.doc_pk for r in rows})
    for start in range(0, len(docs), 500):
        chunk = docs[start:start + 500]
        for e in conn.execute(sa.text("SELECT doc_pk, local_id, name FROM entities WHERE doc_pk IN :docs")
                              .bindparams(sa.bindparam("docs", expanding=True)), {"docs": chunk}):
            names[(e.doc_pk, e.local_id)] = e.name
    for r in rows:
        if r.ledger_pk in todo:
            continue
        shown = [names[(r.doc_pk, p)] for p in json.loads(r.parties) if (r.doc_pk, p) in names]
        if shown:
            todo[r.ledger_pk] = "; ".join(shown)
    for pk, parties in todo.items():
        conn.execute(sa.text("UPDATE ledger_agreements SET parties = :p WHERE pk = :pk"), {"p": parties, "pk": pk})


def downgrade() -> None:
    op.create_index("ix_events_target_actor", "events", ["target_actor_pk"])
    op.create_index("ix_events_source_actor", "events", ["source_actor_pk"])
    op.drop_index("ix_events_target_actor_date", table_name="events")
    op.drop_index("ix_events_source_actor_date", table_name="events")
