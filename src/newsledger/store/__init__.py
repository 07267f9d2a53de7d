"""Store: the ledger database (SQLite by default, PostgreSQL by URL), its schema and its migrations.

>>> from newsledger.store import Ledger
>>> with Ledger("ledger.db") as ledger:          # or "postgresql://user@host/db"
...     result = ledger.add(analysis)            # one transaction per document
...     ledger.get(result.doc_id) == analysis
True

Schema changes go only through the Alembic migrations in ``store/migrations``,
applied when a ledger is opened.

``Ledger`` and ``AddResult`` are imported on first use (PEP 562): the writer
uses :mod:`newsledger.link`, whose ledger modules use this package's schema,
so importing the writer here would make the two packages import each other.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .db import DEFAULT_DB, ENV_DB, migrate, resolve_url

if TYPE_CHECKING:
    from .ledger import Ledger
    from .writer import AddResult

__all__ = ["DEFAULT_DB", "ENV_DB", "AddResult", "Ledger", "migrate", "resolve_url"]


def __getattr__(name: str) -> Any:
    if name == "Ledger":
        from .ledger import Ledger

        return Ledger
    if name == "AddResult":
        from .writer import AddResult

        return AddResult
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
