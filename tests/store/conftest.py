"""Ledger fixtures over SQLite and PostgreSQL (see tests/ledger_backends.py)."""

import sys
from pathlib import Path

# tests/ is not a package; make its shared ledger helpers importable from here.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ledger_backends import ledger, ledger_url  # noqa: F401
