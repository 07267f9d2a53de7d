"""Where an event's date comes from: ``events.date_source``.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-04

An event whose clause names no time of its own was filed under the day its
article was published (``event_date``, which the date filters and the date
index use), and shown with that day as if the article had dated it. The new
column says which it is: ``event`` (the event's own time expression) or
``published`` (the publication day, or no day at all when the article has no
date). ``event_date`` keeps the day the filters sort and select by; the queries
show ``date`` only for ``event``. Rows stored before this revision are
backfilled from the local time id the document gave the event.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.add_column(sa.Column("date_source", sa.String(20), nullable=True))
    # An event with a time id whose time had no calendar day also fell back to the publication day.
    op.get_bind().execute(sa.text(
        "UPDATE events SET date_source = CASE WHEN date IS NOT NULL AND EXISTS (SELECT 1 FROM times "
        "WHERE times.doc_pk = events.doc_pk AND times.local_id = events.date AND times.date IS NOT NULL) "
        "THEN 'event' ELSE 'published' END"))


def downgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.drop_column("date_source")
