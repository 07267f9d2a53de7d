"""A denied agreement label is a column, not a word: ``agreement_labels.negated``.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01

Labels were stored as the analysis format writes them, a denial as
``"not memorandum"``, and the ledger read the denial back from the words with a
rule of its own (a first word "not", "no", "never" or "non"), so a
"non aggression pact" read as a denial. The label column now holds the words
alone and ``negated`` the denial; this migration moves the stored prefix into
the column (and back on downgrade).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

# As in newsledger.models.NEGATED_PREFIX when this was written: the only prefix the writer ever stored.
PREFIX = "not "


def upgrade() -> None:
    with op.batch_alter_table("agreement_labels") as batch:
        batch.add_column(sa.Column("negated", sa.Boolean(), nullable=False, server_default=sa.false()))
    op.get_bind().execute(
        sa.text("UPDATE agreement_labels SET negated = :yes, label = SUBSTR(label, :rest) "
                "WHERE SUBSTR(label, 1, :n) = :prefix"),
        {"yes": True, "rest": len(PREFIX) + 1, "n": len(PREFIX), "prefix": PREFIX})


def downgrade() -> None:
    op.get_bind().execute(sa.text("UPDATE agreement_labels SET label = :prefix || label WHERE negated = :yes"),
                          {"yes": True, "prefix": PREFIX})
    with op.batch_alter_table("agreement_labels") as batch:
        batch.drop_column("negated")
