"""The ledger commands: ingest (with skips, re-runs and a killed run), and every query command's output."""

from __future__ import annotations

import csv
import io
import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/ is not a package

from ledger_backends import agreement_article, drop_pg_schema, ledger_url, new_url  # noqa: F401
from newsledger.serve.cli import cli
from newsledger.store import Ledger
from newsledger.store.queries import COLUMNS

LEDGER_COMMANDS = ["ingest", "statements", "events", "agreements", "claims", "conflicts", "actors", "search", "show",
                   "export"]
COUNTRIES = [("Kenya", "Nairobi"), ("Peru", "Lima"), ("Norway", "Oslo"), ("Vietnam", "Hanoi"), ("Morocco", "Rabat"),
             ("Chile", "Santiago"), ("Poland", "Warsaw"), ("Egypt", "Cairo"), ("Indonesia", "Jakarta")]
TOPICS = ["fishing rights", "rail links", "grain exports", "border patrols", "power lines", "student visas"]


def article(i: int) -> str:
    (a, city), (b, _) = COUNTRIES[i % len(COUNTRIES)], COUNTRIES[(i * 7 + 3) % len(COUNTRIES)]
    topic = TOPICS[i % len(TOPICS)]
    return (f"The foreign minister of {a} met the ambassador of {b} in {city} on day {i} of the talks to discuss "
            f"{topic}. \"We want an agreement on {topic} before the winter,\" the minister said, according to a "
            f"statement from the ministry. Officials from {b} said item {i} on the agenda was still open.")


def write_jsonl(path: Path, n: int) -> Path:
    with path.open("w") as fh:
        for i in range(n):
            fh.write(json.dumps({"text": article(i), "source": f"Outlet {i % 5}", "published": "2024-02-01"}) + "\n")
            if i % 25 == 0:  # a reprint with a dateline: a near-duplicate copy
                fh.write(json.dumps({"text": "(Wire) " + article(i), "source": "Reprints",
                                     "published": "2024-02-02"}) + "\n")
    return path


def test_every_ledger_command_has_help() -> None:
    runner = CliRunner()
    for name in LEDGER_COMMANDS:
        result = runner.invoke(cli, [name, "--help"])
        assert result.exit_code == 0, result.output
        assert len(result.output.split("\n\n")[1].strip()) > 20  # a real description
        assert "--db" in result.output


def test_ingest_summary_skips_and_rerun(tmp_path: Path, nlp: object) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(article(1))
    (src / "b.txt").write_text(article(2))
    (src / "b-copy.txt").write_text("(Wire) " + article(2))
    (src / "broken.rss").write_text("<?xml version='1.0'?><rss><channel><item><title>cut")
    (src / "cut.warc.gz").write_bytes(b"\x1f\x8b\x08\x00" + b"\x00" * 40)
    db = str(tmp_path / "l.db")
    runner = CliRunner()
    args = ["ingest", str(src), "http://127.0.0.1:1/story", "--allow-private", "--db", db, "--no-progress"]
    first = runner.invoke(cli, args)
    assert first.exit_code == 2, first.output  # inputs were skipped: a partial failure scripts can see
    assert "analysed: 3\nlinked as copies: 1\nalready present: 0\n" in first.stdout
    # the broken feed: one empty item and the break itself; the WARC: the break; the URL: unreachable
    assert "skipped: 4 (EmptyInput 1, FetchError 1, MalformedInput 2)" in first.stdout
    assert "127.0.0.1:1/story" in first.stderr and "broken.rss" in first.stderr and "cut.warc.gz" in first.stderr
    again = runner.invoke(cli, args)
    assert "analysed: 0\nlinked as copies: 0\nalready present: 3\n" in again.stdout
    with Ledger(db) as led:
        assert led.count() == 3 and led.count("runs") == 2


def test_query_commands_and_formats(tmp_path: Path, ledger_url: str) -> None:  # noqa: F811  (a fixture)
    with Ledger(ledger_url) as ledger:
        _query_commands_and_formats(tmp_path, ledger)


def _query_commands_and_formats(tmp_path: Path, ledger: Ledger) -> None:
    first = agreement_article("Iran's energy minister said Tehran and Baghdad signed a water-sharing treaty.",
                              "Tehran Daily", "2024-03-04", [("Tehran", "Iran", "GPE", "IRN"),
                              ("Baghdad", "Iraq", "GPE", "IRQ")], ("Iran's energy minister", "Mehdi Karimi", "PERSON",
                              "IRN"), "water-sharing treaty", subject="water-sharing")
    second = agreement_article("Iraq's water ministry said the text agreed with Iran was a memorandum of "
                               "understanding, nothing more.", "Baghdad Observer", "2024-03-06",
                               [("Iraq's", "Iraq", "GPE", "IRQ"), ("Iran", "Iran", "GPE", "IRN")],
                               ("Iraq's water ministry", "Ministry of Water Resources", "ORG", "IRQ"),
                               "memorandum of understanding", subject=None)  # type: ignore[arg-type]
    ledger.add(first)
    ledger.add(second)
    runner = CliRunner()
    db = ["--db", ledger.url.replace("postgresql+psycopg://", "postgresql://").replace("sqlite:///", "")]

    out = runner.invoke(cli, ["conflicts", *db, "--format", "jsonl"])
    assert out.exit_code == 0, out.output
    (row,) = [json.loads(line) for line in out.stdout.splitlines()]
    assert row["kind"] == "characterisation" and row["scope"] == "ledger"
    assert set(row["outlets"].split("; ")) == {"Tehran Daily", "Baghdad Observer"}

    out = runner.invoke(cli, ["agreements", *db, "--format", "csv", "--actor", "IRQ"])
    (agr,) = list(csv.DictReader(io.StringIO(out.stdout)))
    assert "water-sharing treaty" in agr["labels"] and "memorandum of understanding" in agr["labels"]
    assert agr["documents"] == "2"

    parquet = tmp_path / "statements.parquet"
    out = runner.invoke(cli, ["statements", *db, "--format", "parquet", "-o", str(parquet), "--outlet", "observer"])
    assert out.exit_code == 0, out.output
    import pyarrow.parquet as pq

    table = pq.read_table(parquet)
    assert table.column("outlet").to_pylist() == ["Baghdad Observer"]
    assert table.column("speaker").to_pylist() == ["Ministry of Water Resources"]

    out = runner.invoke(cli, ["actors", *db, "--country", "IRN", "--format", "table"])
    assert "Karimi" in out.stdout and "Water" not in out.stdout  # a table: long names wrap
    out = runner.invoke(cli, ["search", "memorandum", *db, "--format", "jsonl"])
    assert [json.loads(x)["outlet"] for x in out.stdout.splitlines()] == ["Baghdad Observer"]
    out = runner.invoke(cli, ["events", *db, "--format", "csv", "--since", "2024-01-01"])
    assert out.stdout.splitlines() == [",".join(COLUMNS["events"])]
    assert out.stdout.startswith("date,date_source,published,type,mode,cameo,quad_class,intensity,source,source_id,")
    out = runner.invoke(cli, ["statements", *db, "--format", "parquet"])
    assert out.exit_code != 0 and "--output" in out.output
    out = runner.invoke(cli, ["statements", *db, "--since", "2024-13-01"])
    assert out.exit_code != 0 and "YYYY-MM-DD" in out.output


def test_query_without_ledger_says_so(tmp_path: Path) -> None:
    out = CliRunner().invoke(cli, ["actors", "--db", str(tmp_path / "none.db")])
    assert out.exit_code != 0 and "no ledger at" in out.output


def _count(url: str) -> int:
    try:
        with Ledger(url, upgrade=False) as led:
            return led.count()
    except Exception:  # not created yet
        return 0


@pytest.mark.parametrize(("backend", "sig"), [("sqlite", signal.SIGKILL), ("postgresql", signal.SIGINT)])
def test_killed_ingest_then_rerun_equals_one_clean_run(tmp_path: Path, backend: str, sig: int, nlp: object) -> None:
    source = write_jsonl(tmp_path / "many.jsonl", 120)
    clean_url, clean_schema = new_url(backend, tmp_path)
    killed_url, killed_schema = new_url(backend, tmp_path)
    args = ["ingest", str(source), "--no-progress", "--db"]
    runner = CliRunner()
    try:
        assert runner.invoke(cli, [*args, clean_url]).exit_code == 0  # the model is loaded here already
        # only the run to be killed needs a process of its own
        proc = subprocess.Popen([sys.executable, "-m", "newsledger.serve.cli", *args, killed_url],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))  # as a terminal's
        # Ctrl-C finds it even where the test run itself was started in the background (which ignores SIGINT)
        deadline = time.monotonic() + 240
        while _count(killed_url) < 20 and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert proc.poll() is None, "the ingest finished before it could be interrupted; give it more input"
        proc.send_signal(sig)
        assert proc.wait(timeout=60) == (130 if sig == signal.SIGINT else -signal.SIGKILL)
        stored = _count(killed_url)
        with Ledger(clean_url, upgrade=False) as clean:
            total = clean.count()
            assert 20 <= stored < total
            rerun = runner.invoke(cli, [*args, killed_url])
            assert rerun.exit_code == 0 and f"already present: {stored}\n" in rerun.stdout
            with Ledger(killed_url, upgrade=False) as resumed:
                assert resumed.snapshot() == clean.snapshot()
                assert resumed.count("runs") == 2
    finally:
        for schema in (clean_schema, killed_schema):
            if schema:
                drop_pg_schema(schema)


def test_writer_failure_stops_the_ingest_with_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                             nlp: object) -> None:
    """The writer process failing (not one refused record: the store itself) ends the run with StoreError."""
    import multiprocessing

    from newsledger.config import load_settings
    from newsledger.errors import StoreError
    from newsledger.store import load

    if "fork" not in multiprocessing.get_all_start_methods():
        pytest.skip("the failure is planted in the parent and reaches the writer only by fork")

    def broken(*_args: object) -> object:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(load, "_store", broken)
    source = write_jsonl(tmp_path / "few.jsonl", 6)
    with Ledger(str(tmp_path / "l.db")) as ledger:
        with pytest.raises(StoreError, match="writer stopped unexpectedly"):
            load.ingest_sources([str(source)], ledger, load_settings())
        assert ledger.count() == 0
        with ledger.read() as conn:
            assert [r[0] for r in conn.exec_driver_sql("SELECT status FROM runs")] == ["failed"]


@pytest.fixture
def small_db(tmp_path: Path) -> list[str]:
    """``--db`` options of a SQLite ledger holding one article."""
    db = str(tmp_path / "small.db")
    with Ledger(db) as ledger:
        ledger.add(agreement_article("Iran's energy minister said Tehran and Baghdad signed a water treaty.",
                                     "Tehran Daily", "2024-03-04", [("Tehran", "Iran", "GPE", "IRN"),
                                     ("Baghdad", "Iraq", "GPE", "IRQ")], ("Iran's energy minister", "Mehdi Karimi",
                                     "PERSON", "IRN"), "water treaty"))
    return ["--db", db]


def _one_line_error(args: list[str], *expected: str) -> None:
    """The command fails with one line naming the problem: no traceback, no other output."""
    out = CliRunner().invoke(cli, args)
    assert out.exit_code != 0, out.output
    assert isinstance(out.exception, SystemExit), out.exception  # click's exit, not an escaped exception
    assert len(out.output.strip().splitlines()) == 1 and "Traceback" not in out.output, out.output
    for text in expected:
        assert text in out.output, (text, out.output)


@pytest.mark.parametrize("fmt", ["table", "jsonl", "csv", "parquet"])
def test_output_in_a_missing_folder_is_one_line(tmp_path: Path, small_db: list[str], fmt: str) -> None:
    target = tmp_path / "no-such-folder" / f"out.{fmt}"
    _one_line_error(["statements", *small_db, "--format", fmt, "-o", str(target)], "no-such-folder", "does not exist")
    _one_line_error(["search", "water", *small_db, "--format", fmt, "-o", str(target)], "no-such-folder")
    assert not target.parent.exists()


def test_unwritable_output_is_one_line(tmp_path: Path, small_db: list[str]) -> None:
    """A folder that exists but cannot take the file (here: a path through a regular file)."""
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    _one_line_error(["actors", *small_db, "--format", "csv", "-o", str(blocker / "out.csv")], "cannot write")


@pytest.mark.parametrize("words", ["", "   ", "!!! ???", "* « » …"])
def test_search_without_words_is_one_line(small_db: list[str], words: str) -> None:
    _one_line_error(["search", words, *small_db], "search needs at least one word", repr(words))
    _one_line_error(["statements", "--text", words, *small_db], "statements --text needs at least one word")


@pytest.mark.parametrize("option", ["--actor", "--country", "--outlet", "--text", "--type"])
def test_over_long_pattern_is_one_line(small_db: list[str], option: str) -> None:
    from newsledger.store.queries import MAX_PATTERN_CHARS

    long = "w" * (MAX_PATTERN_CHARS + 1)
    for command in ("statements", "events", "agreements", "conflicts", "actors"):
        _one_line_error([command, option, long, *small_db], option, f"{MAX_PATTERN_CHARS + 1:,} characters")
    _one_line_error(["search", "water " * (MAX_PATTERN_CHARS // 5), *small_db], "search words")
    at_limit = CliRunner().invoke(cli, ["statements", option, "w" * MAX_PATTERN_CHARS, *small_db])
    assert at_limit.exit_code == 0, at_limit.output  # the limit itself is allowed


def test_the_pattern_limit_is_documented() -> None:
    from newsledger.serve.ledger_cli import LIMITS
    from newsledger.store.queries import MAX_PATTERN_CHARS

    assert f"{MAX_PATTERN_CHARS:,} characters" in LIMITS
    for command in ("statements", "search"):
        assert "at most" in CliRunner().invoke(cli, [command, "--help"]).output


def test_query_errors_through_the_entry_point_are_one_line_and_exit_2(tmp_path: Path, small_db: list[str]) -> None:
    exe = Path(sys.executable).with_name("newsledger")
    missing = str(tmp_path / "missing" / "x.csv")
    for args in (["search", ""], ["actors", "-o", missing], ["actors", "--actor", "x" * 5000]):
        done = subprocess.run([str(exe), *args, *small_db], capture_output=True, text=True, timeout=120)
        assert done.returncode == 2, done.stderr
        assert done.stdout == "" and done.stderr.startswith("newsledger: error: ")
        assert len(done.stderr.strip().splitlines()) == 1, done.stderr
