"""Roll-ups on ledger agreements and conflicts: parties, labels, outlets and document counts.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29

Listing agreements and conflicts used to read every report of each one; on a
ledger where one agreement is reported a thousand times that is slow. The
writer now keeps these columns current; this migration adds them and fills
them in for what is already stored.
"""

from __future__ import annotations

import json
from collections import defaultdict

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

CAP = 50  # as in newsledger.store.writer.ROLLUP_CAP at the time of writing


def _add(items: list[str], value: str | None) -> None:
    if value and value not in items and len(items) < CAP:
        items.append(value)


def upgrade() -> None:
    with op.batch_alter_table("ledger_agreements") as batch:
        batch.add_column(sa.Column("parties", sa.Text(), nullable=False, server_default=""))
        batch.add_column(sa.Column("labels", sa.Text(), nullable=False, server_default="[]"))
        batch.add_column(sa.Column("outlets", sa.Text(), nullable=False, server_default="[]"))
        batch.add_column(sa.Column("n_documents", sa.Integer(), nullable=False, server_default="0"))
    with op.batch_alter_table("conflicts") as batch:
        batch.add_column(sa.Column("outlets", sa.Text(), nullable=False, server_default="[]"))
        batch.add_column(sa.Column("n_documents", sa.Integer(), nullable=False, server_default="0"))
    _backfill(op.get_bind())


def _backfill(conn: sa.Connection) -> None:
    labels: dict[int, list[str]] = defaultdict(list)
    outlets: dict[int, list[str]] = defaultdict(list)
    docs: dict[int, set[int]] = defaultdict(set)
    for r in conn.execute(sa.text(
            "SELECT g.ledger_pk, g.doc_pk, d.source FROM agreements g JOIN documents d ON d.pk = g.doc_pk "
            "ORDER BY g.pk")):
        docs[r.ledger_pk].add(r.doc_pk)
        _add(outlets[r.ledger_pk], r.source)
    for r in conn.execute(sa.text(
            "SELECT g.ledger_pk, lb.label, a.name, d.source FROM agreement_labels lb "
            "JOIN agreements g ON g.pk = lb.agreement_pk JOIN documents d ON d.pk = g.doc_pk "
            "LEFT JOIN actors a ON a.pk = lb.actor_pk ORDER BY lb.pk")):
        _add(labels[r.ledger_pk], f"{r.label!r} by {r.name or 'unattributed'} ({r.source or 'unknown outlet'})")
    for pk in docs:
        conn.execute(sa.text("UPDATE ledger_agreements SET labels = :l, outlets = :o, n_documents = :n WHERE pk = :pk"),
                     {"l": json.dumps(labels[pk]), "o": json.dumps(outlets[pk]), "n": len(docs[pk]), "pk": pk})
    c_outlets: dict[int, list[str]] = defaultdict(list)
    c_docs: dict[int, set[int]] = defaultdict(set)
    for r in conn.execute(sa.text(
            "SELECT s.conflict_pk, s.doc_pk, d.source FROM conflict_sides s JOIN documents d ON d.pk = s.doc_pk "
            "ORDER BY s.pk")):
        c_docs[r.conflict_pk].add(r.doc_pk)
        _add(c_outlets[r.conflict_pk], r.source)
    for pk in c_docs:
        conn.execute(sa.text("UPDATE conflicts SET outlets = :o, n_documents = :n WHERE pk = :pk"),
                     {"o": json.dumps(c_outlets[pk]), "n": len(c_docs[pk]), "pk": pk})


def downgrade() -> None:
    with op.batch_alter_table("conflicts") as batch:
        batch.drop_column("n_documents")
        batch.drop_column("outlets")
    with op.batch_alter_table("ledger_agreements") as batch:
        for column in ("n_documents", "outlets", "labels", "parties"):
            batch.drop_column(column)
