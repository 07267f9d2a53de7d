"""Revisions and corroborations across documents: ``claim_links``.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-04

A claim compared with the claims of earlier documents about the same
proposition was stored only when the two contradicted each other (as a
ledger-scope conflict). A camp changing its own figure or position from one
document to the next (a death toll revised from 12 to 20) and two sides saying
the same thing in different articles are now kept too, as links between the
two claims; deleting either document deletes the link.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "claim_links",
        sa.Column("pk", sa.Integer(), primary_key=True),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("claim_pk", sa.Integer(), sa.ForeignKey("claims.pk", ondelete="CASCADE"), nullable=False),
        sa.Column("other_claim_pk", sa.Integer(), sa.ForeignKey("claims.pk", ondelete="CASCADE"), nullable=False),
        sa.Column("confidence", sa.Float(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.UniqueConstraint("claim_pk", "other_claim_pk", "kind", name="uq_claim_links"),
    )
    op.create_index("ix_claim_links_other", "claim_links", ["other_claim_pk"])


def downgrade() -> None:
    op.drop_index("ix_claim_links_other", table_name="claim_links")
    op.drop_table("claim_links")
