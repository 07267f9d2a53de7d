"""Alembic migrations of the ledger schema, run programmatically by :func:`newsledger.store.migrate`."""
