"""The ledger's own state: read-only opening, concurrent schema creation, runs killed with -9, exit status, NUL."""

from __future__ import annotations

import json
import multiprocessing as mp
import os
import signal
import sqlite3
import subprocess
import sys
import time
import uuid
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from ledger_backends import BACKENDS, drop_pg_schema, new_url, pg_base, pg_schema_url
from newsledger.errors import ConfigError
from newsledger.serve.cli import cli
from newsledger.store import Ledger, migrate
from newsledger.store.db import head_revision, open_engines

QUERIES = [["actors"], ["statements"], ["events"], ["agreements"], ["conflicts"], ["search", "minister"]]


def _state(path: Path) -> tuple[bytes, int, str, list[str]]:
    """Everything a read-only command must leave as it was: bytes, mtime, journal mode, the files beside it."""
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
    return path.read_bytes(), path.stat().st_mtime_ns, mode, sorted(os.listdir(path.parent))


# --- read-only commands never create or migrate ------------------------------------------------------------

@pytest.mark.parametrize("args", QUERIES, ids=lambda a: a[0])
def test_query_on_another_applications_sqlite_file_changes_nothing(tmp_path: Path, args: list[str]) -> None:
    other = tmp_path / "app.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
        conn.execute("INSERT INTO customers (name) VALUES ('x')")
    conn.close()
    before = _state(other)
    out = CliRunner().invoke(cli, [*args, "--db", str(other)])
    assert out.exit_code == 3, out.output
    assert "not a newsledger ledger" in out.output and "customers" in out.output
    assert len(out.output.strip().splitlines()) == 1
    assert _state(other) == before


def test_query_on_an_empty_or_missing_sqlite_file(tmp_path: Path) -> None:
    empty = tmp_path / "empty.db"
    empty.touch()
    before = _state(empty)
    out = CliRunner().invoke(cli, ["actors", "--db", str(empty)])
    assert out.exit_code == 3 and "no ledger at" in out.output and "empty database" in out.output
    assert _state(empty) == before
    missing = tmp_path / "sub" / "none.db"
    out = CliRunner().invoke(cli, ["actors", "--db", str(missing)])
    assert out.exit_code == 3 and "no ledger at" in out.output
    assert not missing.parent.exists()


def test_query_on_an_older_ledger_does_not_migrate_it(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    with Ledger(str(path), upgrade=False) as ledger:
        migrate(ledger._writer, "0004")
    before = _state(path)
    out = CliRunner().invoke(cli, ["actors", "--db", str(path)])
    assert out.exit_code == 3 and "revision 0004" in out.output and head_revision() in out.output
    assert _state(path) == before


def test_query_on_a_ledger_reads_it_without_writing(tmp_path: Path) -> None:
    path = tmp_path / "l.db"
    Ledger(str(path)).close()
    before = _state(path)
    out = CliRunner().invoke(cli, ["actors", "--db", str(path), "--format", "jsonl"])
    assert out.exit_code == 0, out.output
    assert _state(path)[:3] == before[:3]
    with Ledger(str(path), read_only=True) as ledger, pytest.raises(Exception, match="readonly"):
        ledger.start_run({}, {})


def _pg_tables(schema: str) -> list[str]:
    import psycopg

    with psycopg.connect(pg_base(), autocommit=True, connect_timeout=10) as conn:
        return [r[0] for r in conn.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = %s ORDER BY 1", (schema,))]


def _pg_schema_exists(schema: str) -> bool:
    import psycopg

    with psycopg.connect(pg_base(), autocommit=True, connect_timeout=10) as conn:
        return conn.execute("SELECT 1 FROM pg_namespace WHERE nspname = %s", (schema,)).fetchone() is not None


def test_query_on_a_postgresql_schema_without_ledger_changes_nothing(tmp_path: Path) -> None:
    import psycopg

    _url, schema = new_url("postgresql", tmp_path)
    assert schema
    try:
        out = CliRunner().invoke(cli, ["actors", "--db", pg_schema_url(schema)])
        assert out.exit_code == 3 and "no ledger at" in out.output, out.output
        assert not _pg_schema_exists(schema)  # not even the schema is created
        with psycopg.connect(pg_base(), autocommit=True, connect_timeout=10) as conn:
            conn.execute(f'CREATE SCHEMA "{schema}"')
            conn.execute(f'CREATE TABLE "{schema}".orders (id int)')
        for args in QUERIES:
            out = CliRunner().invoke(cli, [*args, "--db", pg_schema_url(schema)])
            assert out.exit_code == 3 and "not a newsledger ledger" in out.output and "orders" in out.output
        assert _pg_tables(schema) == ["orders"]
    finally:
        drop_pg_schema(schema)


# --- two processes opening a new PostgreSQL schema at once -----------------------------------------------

def _open_at_once(url: str, barrier: Any, results: Any) -> None:
    try:
        barrier.wait(timeout=60)
        with Ledger(url) as ledger:
            results.put(("ok", ledger.count()))
    except BaseException as exc:  # reported to the test, which names it
        results.put(("failed", f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"))


def test_two_processes_create_a_new_schema_at_once(tmp_path: Path) -> None:
    method = "fork" if "fork" in mp.get_all_start_methods() else "spawn"
    ctx: Any = mp.get_context(method)
    rounds, failures = 12, []
    for _ in range(rounds):
        url, schema = new_url("postgresql", tmp_path)
        assert schema
        try:
            barrier, results = ctx.Barrier(2), ctx.Queue()
            procs = [ctx.Process(target=_open_at_once, args=(url, barrier, results)) for _ in range(2)]
            for p in procs:
                p.start()
            outcomes = [results.get(timeout=120) for _ in procs]
            for p in procs:
                p.join(timeout=30)
            failures += [why for what, why in outcomes if what != "ok"]
        finally:
            drop_pg_schema(schema)
    assert failures == [], f"{len(failures)} of {2 * rounds} opens failed: {failures[:3]}"


# --- a run killed with -9 does not stay "running" -----------------------------------------------------------

def _runs(url: str) -> list[tuple[str, str | None]]:
    with Ledger(url, read_only=True) as ledger, ledger.read() as conn:
        return [(r[0], r[1]) for r in conn.exec_driver_sql("SELECT status, summary FROM runs ORDER BY pk")]


_START_AND_WAIT = """
import sys, time
from newsledger.store import Ledger
ledger = Ledger(sys.argv[1])
ledger.start_run({}, {})
print("started", flush=True)
time.sleep(300)
"""


@pytest.mark.parametrize("backend", BACKENDS)
def test_run_of_a_killed_process_is_marked_interrupted_on_next_open(tmp_path: Path, backend: str) -> None:
    url, schema = new_url(backend, tmp_path)
    try:
        proc = subprocess.Popen([sys.executable, "-c", _START_AND_WAIT, url], stdout=subprocess.PIPE, text=True)
        try:
            assert proc.stdout is not None and proc.stdout.readline().strip() == "started"
            with Ledger(url):  # its process is alive: the run stays running
                pass
            assert [s for s, _ in _runs(url)] == ["running"]
        finally:
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=30)
        with Ledger(url):  # the next open
            pass
        ((status, summary),) = _runs(url)
        assert status == "interrupted"
        assert f"process {proc.pid}" in json.loads(summary or "{}")["reason"]
    finally:
        if schema:
            drop_pg_schema(schema)


def test_stale_runs_reused_pid_and_other_hosts(tmp_path: Path) -> None:
    from newsledger.store import schema as t
    from newsledger.store.ledger import _process_start

    me, start = os.getpid(), _process_start(os.getpid())
    with Ledger(str(tmp_path / "l.db")) as ledger:
        with ledger.write() as conn:
            for host, pid, pid_start in [("elsewhere.example", 999_999, None), (None, me, start), (None, me, -1)]:
                conn.execute(t.runs.insert().values(started_at="x", status="running", settings="{}", versions="{}",
                                                    host=host or os.uname().nodename, pid=pid, pid_start=pid_start))
        marked = ledger.mark_stale_runs()
        with ledger.read() as conn:
            statuses = [r[0] for r in conn.exec_driver_sql("SELECT status FROM runs ORDER BY pk")]
    assert marked == [3]  # the pid is alive but started at another time: a reused pid
    assert statuses == ["running", "running", "interrupted"]


@pytest.mark.usefixtures("nlp")
def test_killed_ingest_is_not_left_running(tmp_path: Path) -> None:
    source = tmp_path / "many.jsonl"
    sentence = "The minister of {0} met the envoy of {1} on day {2} to discuss rail links and fishing rights. "
    with source.open("w") as fh:
        for i in range(200):
            fh.write(json.dumps({"text": sentence.format("Peru", "Chile", i) * 6, "source": "Wire"}) + "\n")
    db = str(tmp_path / "l.db")
    proc = subprocess.Popen([sys.executable, "-m", "newsledger.serve.cli", "ingest", str(source), "--no-progress",
                             "--db", db], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline, stored = time.monotonic() + 240, 0
    while stored < 3 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.1)
        try:
            with Ledger(db, read_only=True) as ledger:
                stored = ledger.count()
        except (ConfigError, Exception):  # not created yet
            stored = 0
    assert proc.poll() is None, "the ingest ended before it could be killed; give it more input"
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert [s for s, _ in _runs(db)] == ["running"]  # nothing recorded its end
    with Ledger(db):
        pass
    assert [s for s, _ in _runs(db)] == ["interrupted"]


# --- ingest's exit status -------------------------------------------------------------------------------

@pytest.mark.usefixtures("nlp")
def test_ingest_exits_2_when_an_input_was_skipped(tmp_path: Path) -> None:
    good = "The foreign minister of Peru met the ambassador of Chile in Lima to discuss fishing rights."
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(good)
    db = str(tmp_path / "l.db")
    runner = CliRunner()
    clean = runner.invoke(cli, ["ingest", str(src), "--db", db, "--no-progress"])
    assert clean.exit_code == 0, clean.output
    (src / "empty.txt").write_text("   \n")
    (src / "b.txt").write_text(good.replace("Peru", "Kenya"))
    partial = runner.invoke(cli, ["ingest", str(src), "--db", db, "--no-progress"])
    assert partial.exit_code == 2, partial.output
    assert "analysed: 1\n" in partial.stdout and "already present: 1\n" in partial.stdout
    assert "skipped: 1 (EmptyInput 1)" in partial.stdout and "empty.txt" in partial.stderr
    assert "2 when any" in runner.invoke(cli, ["ingest", "--help"]).output


# --- NUL characters: one rule on both backends -------------------------------------------------------------

NUL_RECORDS = [
    {"text": "The minister of Peru met the envoy of Chile in Lima on Monday to discuss fishing rights.",
     "source": "Wire"},
    {"text": "The minister of Kenya met the envoy of Egypt in Nairobi.\u0000 They discussed grain exports.",
     "source": "Wire"},
    {"text": "The minister of Norway met the envoy of Poland in Oslo to discuss power lines.",
     "title": "Talks\u0000", "source": "Wire"},
    {"text": "The minister of Vietnam met the envoy of Morocco in Hanoi to discuss student visas.",
     "source": "Wire"},
]


@pytest.mark.usefixtures("nlp")
def test_nul_is_refused_the_same_way_on_both_backends(tmp_path: Path) -> None:
    from newsledger.config import load_settings
    from newsledger.store.load import ingest_sources

    source = tmp_path / "nul.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in NUL_RECORDS))
    outcomes = {}
    for backend in BACKENDS:
        url, schema = new_url(backend, tmp_path)
        try:
            with Ledger(url) as ledger:
                summary = ingest_sources([str(source)], ledger, load_settings())
                with ledger.read() as conn:
                    texts = sorted(r[0] for r in conn.exec_driver_sql("SELECT text FROM documents"))
                counts = {name: ledger.count(name) for name in ("documents", "entities", "statements", "events")}
            outcomes[backend] = (texts, counts, [(s.origin, s.kind, s.reason) for s in summary.skipped])
        finally:
            if schema:
                drop_pg_schema(schema)
    assert outcomes["sqlite"] == outcomes["postgresql"]
    texts, _counts, skipped = outcomes["sqlite"]
    assert texts == sorted([NUL_RECORDS[0]["text"], NUL_RECORDS[3]["text"]])
    assert [(origin.rsplit(":", 1)[1], kind) for origin, kind, _ in skipped] == [("2", "BinaryInput"),
                                                                                 ("3", "BinaryInput")]
    assert "text holds 1 NUL character(s) at character 56" in skipped[0][2]
    assert "title holds" in skipped[1][2]


def test_read_only_engine_cannot_create_a_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="no ledger at"):
        open_engines("sqlite:///" + str(tmp_path / f"{uuid.uuid4().hex}.db"), read_only=True)
    assert os.listdir(tmp_path) == []
