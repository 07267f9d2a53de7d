"""The ledger commands as analysts use them, on both backends: dyads, --outlet (and the old --source),
the --limit warning, `show`, `export`, and tables that stay readable off a terminal."""

from __future__ import annotations

import io
import json
import os
import re
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/ is not a package

from ledger_backends import agreement_article, event_article, ledger_url  # noqa: F401
from newsledger.serve.cli import cli
from newsledger.serve.tables import print_rows
from newsledger.store import Ledger


@pytest.fixture
def db(ledger_url: str) -> list[str]:  # noqa: F811  (a fixture)
    """``--db`` options of a ledger on each backend holding two events and an agreement."""
    with Ledger(ledger_url) as ledger:
        ledger.add(event_article("Ostra fired rockets at Varn's border town, officials said.", "Delta Herald",
                                 "2024-06-01", "ASSAULT", ("Ostra", "Ostra", "GPE", "OST"),
                                 ("Varn", "Varn", "GPE", "VRN"), "fired rockets"))
        ledger.add(event_article("Varn condemned Ostra on Sunday for the strike.", "Plains Gazette", "2024-06-03",
                                 "ACCUSE", ("Varn", "Varn", "GPE", "VRN"), ("Ostra", "Ostra", "GPE", "OST"),
                                 "condemned", when=("Sunday", "2024-06-02")))
        ledger.add(agreement_article("Varn's foreign minister said Varn and Ostra signed a truce accord.",
                                     "Plains Gazette", "2024-06-05", [("Varn", "Varn", "GPE", "VRN"),
                                     ("Ostra", "Ostra", "GPE", "OST")], ("Varn's foreign minister", "Ida Morrow",
                                     "PERSON", "VRN"), "truce accord"))
        url = ledger.url
    return ["--db", url.replace("postgresql+psycopg://", "postgresql://").replace("sqlite:///", "")]


def _jsonl(args: list[str]) -> list[dict]:
    out = CliRunner().invoke(cli, [*args, "--format", "jsonl"])
    assert out.exit_code == 0, out.output
    return [json.loads(line) for line in out.stdout.splitlines()]


def test_dyads_and_actor_ids(db: list[str]) -> None:
    (row,) = _jsonl(["events", *db, "--from", "OST", "--to", "Varn"])
    assert (row["type"], row["source_country"], row["target_country"]) == ("ASSAULT", "OST", "VRN")
    assert row["date"] is None and row["date_source"] == "published" and row["published"] == "2024-06-01"
    ids = {r["name"]: r["actor"] for r in _jsonl(["actors", *db])}
    (back,) = _jsonl(["events", *db, "--from", ids["Varn"], "--to", ids["Ostra"]])
    assert back["type"] == "ACCUSE" and back["date"] == "2024-06-02" and back["date_source"] == "event"
    assert [r["speaker"] for r in _jsonl(["statements", *db, "--actor", ids["Ida Morrow"]])] == ["Ida Morrow"]
    assert len(_jsonl(["agreements", *db, "--actor", ids["Ostra"]])) == 1  # a party
    assert len(_jsonl(["agreements", *db, "--actor", ids["Ida Morrow"]])) == 1  # who labelled it
    assert len(_jsonl(["search", "truce", *db, "--actor", ids["Ida Morrow"]])) == 1
    assert _jsonl(["search", "truce", *db, "--actor", ids["Ostra"]])[0]["outlet"] == "Plains Gazette"


def test_outlet_and_the_deprecated_source(db: list[str]) -> None:
    assert {r["outlet"] for r in _jsonl(["events", *db, "--outlet", "herald"])} == {"Delta Herald"}
    old = CliRunner().invoke(cli, ["events", *db, "--source", "herald", "--format", "jsonl"])
    assert old.exit_code == 0, old.output
    assert [json.loads(x)["outlet"] for x in old.stdout.splitlines()] == ["Delta Herald"]
    assert "--source is deprecated" in old.stderr and "--outlet" in old.stderr
    assert "--source" not in CliRunner().invoke(cli, ["events", "--help"]).output  # hidden
    assert "--outlet" in CliRunner().invoke(cli, ["events", "--help"]).output


def test_limit_warns_when_it_truncates(db: list[str]) -> None:
    cut = CliRunner().invoke(cli, ["events", *db, "--limit", "1", "--format", "jsonl"])
    assert cut.exit_code == 0 and len(cut.stdout.splitlines()) == 1
    assert "showing the first 1 events rows; more match" in cut.stderr
    whole = CliRunner().invoke(cli, ["events", *db, "--limit", "2", "--format", "jsonl"])
    assert len(whole.stdout.splitlines()) == 2 and "warning" not in whole.stderr


def test_show_prints_a_stored_document(db: list[str]) -> None:
    (row,) = _jsonl(["events", *db, "--from", "Ostra"])
    out = CliRunner(env={"COLUMNS": "200"}).invoke(cli, ["show", row["document"], *db])
    assert out.exit_code == 0, out.output
    assert "fired rockets" in out.stdout and "ASSAULT" in out.stdout and "Ostra" in out.stdout
    as_json = CliRunner().invoke(cli, ["show", row["document"], *db, "--format", "json"])
    assert json.loads(as_json.stdout)["document"]["id"] == row["document"]
    missing = CliRunner().invoke(cli, ["show", "doc-0000000000000000", *db])
    assert missing.exit_code != 0 and "no document 'doc-0000000000000000'" in missing.output


def test_export_command(db: list[str], tmp_path: Path) -> None:
    out = CliRunner().invoke(cli, ["export", "events", *db])
    assert out.exit_code == 0, out.output
    rows = [json.loads(x) for x in out.stdout.splitlines()]
    assert {r["type"] for r in rows} == {"ASSAULT", "ACCUSE"}
    assert all(r["document"].startswith("doc-") and r["outlet"] and r["evidence"] for r in rows)
    target = tmp_path / "agreements.parquet"
    done = CliRunner().invoke(cli, ["export", "agreements", *db, "--format", "parquet", "--out", str(target)])
    assert done.exit_code == 0, done.output
    assert "wrote 1 agreements rows" in done.stderr
    import pyarrow.parquet as pq

    assert pq.read_table(target).column("parties").to_pylist() == [["Varn", "Ostra"]]
    refused = CliRunner().invoke(cli, ["export", "agreements", *db, "--format", "parquet"])
    assert refused.exit_code != 0 and "needs --output FILE" in refused.output
    assert CliRunner().invoke(cli, ["export", "gossip", *db]).exit_code != 0


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True

    def shown(self) -> str:
        return re.sub(r"\x1b\[[0-9;]*m", "", self.getvalue())


ROWS = [{"date": "2024-06-02", "published": "2024-06-03", "type": "ACCUSE", "cameo": "111", "source": "Varn",
         "target": "Ostra", "polarity": "asserted", "evidence": "condemned [sic]", "outlet": "Plains Gazette",
         "document": "doc-1", "source_id": "act-1"}]


def test_tables_off_a_terminal_are_plain(monkeypatch: pytest.MonkeyPatch) -> None:
    piped = io.StringIO()
    print_rows("events", ROWS, piped)
    lines = piped.getvalue().splitlines()
    assert lines[0] == "events (1)" and "-[ 1 ]-" in lines
    assert any(x.split() == ["evidence", "condemned", "[sic]"] for x in lines)  # whole, never folded
    assert any(x.startswith("source_id ") for x in lines)  # every column that has a value
    assert not any(x.startswith("target_id") for x in lines)  # empty ones left out
    monkeypatch.setenv("COLUMNS", "400")
    wide = _Terminal()
    print_rows("events", ROWS, wide)
    assert "┃ date" in wide.shown() and "source_id" in wide.shown()  # a table with every column
    monkeypatch.setenv("COLUMNS", "130")
    narrow = _Terminal()
    print_rows("events", ROWS, narrow)
    assert "┃ date" in narrow.shown() and "source_id" not in narrow.shown()  # the shorter list
    monkeypatch.setenv("COLUMNS", "60")
    tiny = _Terminal()
    print_rows("events", ROWS, tiny)
    assert "-[ 1 ]-" in tiny.shown()


@pytest.mark.parametrize(("typed", "meant"), [("evnts", "`events`"), ("exprot", "`export`"), ("Claims", "`claims`"),
                                              ("serach", "`search`")])
def test_a_mistyped_command_names_the_right_one(typed: str, meant: str) -> None:
    out = CliRunner().invoke(cli, [typed])
    assert out.exit_code == 2 and f"no command {typed!r}; did you mean {meant}" in out.output


def test_shell_completion_as_the_readme_documents() -> None:
    import subprocess

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    assert "_NEWSLEDGER_COMPLETE=bash_source newsledger" in readme
    exe = Path(sys.executable).with_name("newsledger")
    env = dict(os.environ)  # PYTHONPATH, where the sources under test come first
    script = subprocess.run([str(exe)], env={**env, "_NEWSLEDGER_COMPLETE": "bash_source"},
                            capture_output=True, text=True, timeout=60, check=False).stdout
    assert "complete " in script and "_newsledger_completion" in script
    words = subprocess.run([str(exe)], env={**env, "_NEWSLEDGER_COMPLETE": "bash_complete",
                                            "COMP_WORDS": "newsledger ex", "COMP_CWORD": "1"},
                           capture_output=True, text=True, timeout=60, check=False).stdout
    assert "export" in words
