"""``newsledger.Ledger``: the command line's queries from Python, on both backends, as records or columns."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

import newsledger
from ledger_backends import agreement_article, event_article
from newsledger.errors import ConfigError, QueryError
from newsledger.store import queries as q


def _fill(url: str) -> None:
    with newsledger.Ledger(url) as api:
        assert api.add(event_article("Ostra fired rockets at Varn overnight.", "Delta Herald", "2024-06-01",
                                     "ASSAULT", ("Ostra", "Ostra", "GPE", "OST"), ("Varn", "Varn", "GPE", "VRN"),
                                     "fired rockets")) == "added"
        api.add(agreement_article("Varn's foreign minister said Varn and Ostra signed a truce accord.",
                                  "Plains Gazette", "2024-06-05", [("Varn", "Varn", "GPE", "VRN"),
                                  ("Ostra", "Ostra", "GPE", "OST")], ("Varn's foreign minister", "Ida Morrow",
                                  "PERSON", "VRN"), "truce accord"))


def test_queries_match_the_command_line_functions(ledger_url: str) -> None:
    _fill(ledger_url)
    with newsledger.Ledger(ledger_url) as api:
        events = api.events(from_actor="OST", to_actor="Varn", since="2024-05-01")
        assert [e["type"] for e in events] == ["ASSAULT"]
        with api._read().read() as conn:  # the same rows as the query layer gives the CLI
            assert list(events) == q.events(conn, q.Filters(from_actor="OST", to_actor="Varn"))
        cols = events.columns()
        assert list(cols)[:3] == ["date", "date_source", "published"] and cols["cameo"] == [None]
        assert all(len(v) == len(events) for v in cols.values())
        ids = {a["name"]: a["actor"] for a in api.actors()}
        assert [s["speaker"] for s in api.statements(actor=ids["Ida Morrow"])] == ["Ida Morrow"]
        assert len(api.agreements(actor="VRN")) == 1 and api.conflicts() == []
        assert api.claims() == [] and api.claims().columns()["claim"] == []
        (hit,) = api.search('"truce accord" OR ceasefire')
        shown = api.show(hit["document"])
        assert shown is not None and shown.agreements[0].labels[0].label == "truce accord"
        assert api.show("doc-0000000000000000") is None
        with pytest.raises(QueryError, match="YYYY-MM-DD"):
            api.events(since="June")


def test_exports_by_suffix_and_streamed_records(ledger_url: str, tmp_path: Path) -> None:
    _fill(ledger_url)
    with newsledger.Ledger(ledger_url) as api:
        assert api.export("events", str(tmp_path / "events.csv")) == 1
        assert (tmp_path / "events.csv").read_text("utf-8").startswith("document,url,outlet,published,")
        stream = io.StringIO()
        assert api.export("agreements", stream, format="jsonl") == 1
        assert json.loads(stream.getvalue())["parties"] == ["Varn", "Ostra"]
        import pyarrow.parquet as pq

        api.export("mentions", str(tmp_path / "m.parquet"))
        assert pq.read_table(tmp_path / "m.parquet").num_rows == sum(1 for _ in api.iter_records("mentions"))
        (statement,) = list(api.iter_records("statements"))
        assert statement["outlet"] == "Plains Gazette" and statement["evidence"] == "truce accord"


def test_a_query_never_creates_a_ledger(tmp_path: Path) -> None:
    missing = tmp_path / "none.db"
    with pytest.raises(ConfigError, match="no ledger"):
        newsledger.Ledger(str(missing)).events()
    assert not missing.exists()
    assert "Ledger" in newsledger.__all__ and newsledger.Ledger.__doc__
