"""An ingest killed with SIGKILL mid-way and run again gives the ledger a clean run gives, on both backends."""

from __future__ import annotations

from pathlib import Path

import pytest

import hostile  # bench/ is put on sys.path by conftest.py
from hostile_corpus import Markers


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_killed_ingest_resumed_equals_a_clean_one(backend: str, tmp_path: Path) -> None:
    if backend == "postgresql":
        from ledger_backends import check_pg

        check_pg()
    n = 30
    res = hostile.crash_resume(backend, n, kills=1, work=tmp_path, timeout=240, mk=Markers(80_000))
    assert res["kills"] == 1 and 0 < res["stored_at_kill"][0] < n, res  # really killed mid-way
    assert res["final_exit"] == res["clean_exit"] == 0, res
    assert res["documents_resumed"] == res["documents_clean"] == n, res
    assert res["identical"], f"tables that differ after resuming: {res['differing_tables']}"
