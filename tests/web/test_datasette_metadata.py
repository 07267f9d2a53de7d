"""The datasette metadata shipped with the web UI matches a real, migrated ledger (SQLite).

Every table and column it labels exists, every table and column of the ledger is labelled (so a
migration that adds one fails here until it is described), and each ``fts_table`` is the FTS5
index of its table, keyed as ``fts_pk`` says, answering the query datasette sends for ``?_search=``.
"""

from __future__ import annotations

import json
import re
import sqlite3
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/ is not a package

from ledger_backends import event_article

METADATA = Path(__file__).resolve().parents[2] / "src" / "newsledger" / "web" / "datasette-metadata.json"


@pytest.fixture(scope="module")
def ledger_db(tmp_path_factory: pytest.TempPathFactory) -> sqlite3.Connection:
    from newsledger.store import Ledger

    path = tmp_path_factory.mktemp("datasette") / "newsledger.db"
    with Ledger(str(path)) as ledger:
        ledger.add(event_article("Borduria's army shelled a border post of Syldavia on Sunday.", "Plains Gazette",
                                 "2024-05-06", "ASSAULT", ("Borduria", "Borduria", "GPE", "BRD"),
                                 ("Syldavia", "Syldavia", "GPE", "SYL"), "shelled"))
    return sqlite3.connect(path)


def tables(conn: sqlite3.Connection) -> dict[str, str]:
    return dict(conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'").fetchall())


def test_metadata_labels_exactly_the_ledger(ledger_db: sqlite3.Connection) -> None:
    meta = json.loads(METADATA.read_text(encoding="utf-8"))
    described = meta["databases"]["newsledger"]["tables"]
    real = tables(ledger_db)
    fts = {n for n, sql in real.items() if "VIRTUAL TABLE" in (sql or "").upper()}
    shadow = {n for n in real if any(n.startswith(f + "_") for f in fts)}
    wanted = set(real) - fts - shadow - {n for n in real if n.startswith("sqlite_")}
    assert set(described) == wanted, (set(described) ^ wanted)
    for name, spec in described.items():
        columns = [r[1] for r in ledger_db.execute(f"PRAGMA table_info({name})")]
        if spec.get("hidden") and "columns" not in spec:
            continue
        assert spec["title"] and spec["description"], name
        assert set(spec["columns"]) == set(columns), (name, set(spec["columns"]) ^ set(columns))
        assert all(isinstance(v, str) and v for v in spec["columns"].values()), name
        for key in ("label_column", "sort_desc", "fts_pk"):
            if key in spec:
                assert spec[key] in columns, (name, key)


def test_fts_tables_are_the_tables_full_text_indexes(ledger_db: sqlite3.Connection) -> None:
    meta = json.loads(METADATA.read_text(encoding="utf-8"))
    real = tables(ledger_db)
    searchable = {n: s for n, s in meta["databases"]["newsledger"]["tables"].items() if "fts_table" in s}
    assert set(searchable) == {"documents", "statements"}
    for name, spec in searchable.items():
        sql = real[spec["fts_table"]]
        assert re.search(r"USING\s+fts5", sql, re.I), sql
        assert re.search(rf"content\s*=\s*'{name}'", sql) and re.search(rf"content_rowid\s*=\s*'{spec['fts_pk']}'", sql)
    # What datasette asks for ?_search=shelled on the documents table.
    spec = searchable["documents"]
    found = ledger_db.execute(f"SELECT id FROM documents WHERE {spec['fts_pk']} IN "
                              f"(SELECT rowid FROM [{spec['fts_table']}] WHERE [{spec['fts_table']}] MATCH ?)",
                              ("shelled",)).fetchall()
    assert len(found) == 1 and found[0][0].startswith("doc-")
