"""Alembic environment: migrations run on the connection that :func:`newsledger.store.migrate` passes in.

There is no ``alembic.ini`` and no URL here: the ledger opens its own engine
(SQLite pragmas, PostgreSQL schema) and hands Alembic a connection, so the
command-line ``alembic`` tool is only needed to write new revisions.
"""

from __future__ import annotations

from alembic import context

from newsledger.store.schema import metadata

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only when someone runs the alembic CLI by hand
    raise RuntimeError("run ledger migrations through newsledger.store.migrate(), which passes a connection")

context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=connection.dialect.name == "sqlite",  # SQLite cannot ALTER most things in place
    transaction_per_migration=True,
)
with context.begin_transaction():
    context.run_migrations()
