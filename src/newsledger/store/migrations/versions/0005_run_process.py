"""Runs record the process that runs them: ``runs.host``, ``runs.pid``, ``runs.pid_start``.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-05

A run killed with ``kill -9`` (or lost with its machine) never reaches the
code that records how it ended, so it stayed ``running`` for ever. With the
host, the process id and the process's start time stored, the next opening of
the ledger on that host can tell that the process is gone and mark the run
``interrupted``. Runs stored before this revision have no process and are
left as they are.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("runs") as batch:
        batch.add_column(sa.Column("host", sa.String(255), nullable=True))
        batch.add_column(sa.Column("pid", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("pid_start", sa.BigInteger(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("runs") as batch:
        batch.drop_column("pid_start")
        batch.drop_column("pid")
        batch.drop_column("host")
