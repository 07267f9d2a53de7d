"""Claims and their contradictions: ``claims``, ``claim_arguments``, ``conflicts.confidence``,
``conflict_sides.claim_local_id``.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-04

Each document's claims (who asserts what, about whom, with which figure, when)
are stored with the ledger actors of their claimant and arguments, so that a
new document's claims can be compared with the claims of earlier documents
about the same proposition through an index. A conflict now carries how sure
its detector is (conflicts stored before this revision keep 1.0) and each side
the local id of the claim it comes from (NULL before this revision, and for
sides that are labels, stances or event reports).
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def _span(prefix: str) -> list[sa.Column[Any]]:
    return [sa.Column(f"{prefix}start_char", sa.Integer(), nullable=False),
            sa.Column(f"{prefix}end_char", sa.Integer(), nullable=False),
            sa.Column(f"{prefix}text", sa.Text(), nullable=False)]


def upgrade() -> None:
    op.create_table(
        "claims",
        sa.Column("pk", sa.Integer(), primary_key=True),
        sa.Column("doc_pk", sa.Integer(), sa.ForeignKey("documents.pk", ondelete="CASCADE"), nullable=False),
        sa.Column("local_id", sa.String(40), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("predicate", sa.String(80), nullable=False),
        sa.Column("claimant", sa.String(40)),
        sa.Column("claimant_text", sa.Text()),
        sa.Column("claimant_actor_pk", sa.Integer(), sa.ForeignKey("actors.pk")),
        sa.Column("arguments", sa.Text(), nullable=False),
        sa.Column("arguments_key", sa.Text()),
        sa.Column("has_value", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("value_low", sa.Float()),
        sa.Column("value_high", sa.Float()),
        sa.Column("value_unit", sa.String(80)),
        sa.Column("value_hedge", sa.Text()),
        sa.Column("polarity", sa.String(20), nullable=False),
        sa.Column("modality", sa.String(20), nullable=False),
        sa.Column("time", sa.String(40)),
        sa.Column("time_value", sa.String(40)),
        sa.Column("time_date", sa.Date()),
        sa.Column("date", sa.Date()),
        sa.Column("place", sa.String(40)),
        sa.Column("place_actor_pk", sa.Integer(), sa.ForeignKey("actors.pk")),
        *_span("evidence_"),
        sa.Column("about_start_char", sa.Integer()),
        sa.Column("about_end_char", sa.Integer()),
        sa.Column("about_text", sa.Text()),
        sa.Column("statement", sa.String(40)),
        sa.Column("event", sa.String(40)),
        sa.Column("revises", sa.String(40)),
        sa.Column("corroborates", sa.Text(), nullable=False),
        sa.UniqueConstraint("doc_pk", "local_id", name="uq_claims_doc_local"),
    )
    op.create_index("ix_claims_proposition", "claims", ["kind", "predicate", "arguments_key"])
    op.create_index("ix_claims_claimant_date", "claims", ["claimant_actor_pk", "date", "pk"])
    op.create_index("ix_claims_date", "claims", ["date", "pk"])
    op.create_index("ix_claims_kind_date", "claims", ["kind", "date"])
    op.create_table(
        "claim_arguments",
        sa.Column("pk", sa.Integer(), primary_key=True),
        sa.Column("claim_pk", sa.Integer(), sa.ForeignKey("claims.pk", ondelete="CASCADE"), nullable=False),
        sa.Column("role", sa.String(40), nullable=False),
        sa.Column("local_id", sa.String(40), nullable=False),
        sa.Column("actor_pk", sa.Integer(), sa.ForeignKey("actors.pk")),
    )
    op.create_index("ix_claim_arguments_claim_pk", "claim_arguments", ["claim_pk"])
    op.create_index("ix_claim_arguments_actor_pk", "claim_arguments", ["actor_pk", "claim_pk"])
    with op.batch_alter_table("conflicts") as batch:
        batch.add_column(sa.Column("confidence", sa.Float(), nullable=False, server_default="1.0"))
    with op.batch_alter_table("conflict_sides") as batch:
        batch.add_column(sa.Column("claim_local_id", sa.String(40), nullable=True))
    op.create_index("ix_conflict_sides_claim", "conflict_sides", ["doc_pk", "claim_local_id"])


def downgrade() -> None:
    op.drop_index("ix_conflict_sides_claim", "conflict_sides")
    with op.batch_alter_table("conflict_sides") as batch:
        batch.drop_column("claim_local_id")
    with op.batch_alter_table("conflicts") as batch:
        batch.drop_column("confidence")
    op.drop_index("ix_claim_arguments_actor_pk", "claim_arguments")
    op.drop_index("ix_claim_arguments_claim_pk", "claim_arguments")
    op.drop_table("claim_arguments")
    for name in ("ix_claims_kind_date", "ix_claims_date", "ix_claims_claimant_date", "ix_claims_proposition"):
        op.drop_index(name, "claims")
    op.drop_table("claims")
