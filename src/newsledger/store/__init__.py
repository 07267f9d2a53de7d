"""Store: the ledger database (SQLite by default, PostgreSQL by URL), its schema and its migrations.

>>> from newsledger.store import Ledger
>>> with Ledger("ledger.db") as ledger:          # or "postgresql://user@host/db"
...     result = ledger.add(analysis)            # one transaction per document
...     ledger.get(result.doc_id) == analysis
True

Schema changes go only through the Alembic migrations in ``store/migrations``,
applied when a ledger is opened.
"""

from __future__ import annotations

from .db import DEFAULT_DB, ENV_DB, migrate, resolve_url
from .ledger import Ledger
from .writer import AddResult

__all__ = ["DEFAULT_DB", "ENV_DB", "AddResult", "Ledger", "migrate", "resolve_url"]
