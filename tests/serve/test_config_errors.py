"""A bad settings or vocabulary file stops a command once, before any input: one line, exit status 3."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from newsledger.config import load_settings
from newsledger.errors import ConfigError
from newsledger.serve.options import EXIT_BAD_INPUT, EXIT_CONFIG

# Line 4 gives a verb an event type PLOVER does not have: the schema check reports that line.
BAD_EVENTS = "version: 1\nverbs:\n  sign:\n    type: NOT_A_TYPE\n"
ARTICLE = "Norway and Chile signed a fisheries agreement in Oslo on Friday, officials said."


def newsledger(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """The installed command, run as a user runs it (its exit status and standard error are the contract)."""
    exe = Path(sys.executable).with_name("newsledger")
    src = str(Path(__file__).resolve().parents[2] / "src")  # this checkout, wherever the test runs from
    path = os.pathsep.join(p for p in (src, os.environ.get("PYTHONPATH", "")) if p)
    return subprocess.run([str(exe), *args], capture_output=True, text=True, timeout=300,
                          env={**os.environ, "PYTHONPATH": path, "PYTHONWARNINGS": "ignore", **(env or {})})


@pytest.fixture
def bad_events(tmp_path: Path) -> Path:
    path = tmp_path / "vocab" / "bad_events.yaml"
    path.parent.mkdir()
    path.write_text(BAD_EVENTS, encoding="utf-8")
    return path


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def _config(tmp_path: Path, bad_events: Path) -> Path:
    """A settings file naming the events file relative to itself, as users write them."""
    config = bad_events.parent / "settings.toml"
    config.write_text(f'events_file = "{bad_events.name}"\n', encoding="utf-8")
    return config


def _assert_stopped_once(result: subprocess.CompletedProcess[str], bad_events: Path) -> None:
    assert result.returncode == EXIT_CONFIG != EXIT_BAD_INPUT, result.stderr
    assert result.stdout == ""  # nothing analysed, nothing stored
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr  # one message, not one per document, and no traceback
    assert lines[0].startswith("newsledger: error: ")
    assert f"{bad_events}:4:" in lines[0] and "NOT_A_TYPE" in lines[0]  # the file and the line at fault


@pytest.mark.parametrize("how", ["config", "environment"])
def test_bad_events_file_stops_analyze_before_any_document(how: str, tmp_path: Path, bad_events: Path,
                                                          article: Path) -> None:
    missing = tmp_path / "missing.txt"  # were any input read first, its own error would be printed too
    if how == "config":
        result = newsledger("analyze", str(article), str(missing), "--config", str(_config(tmp_path, bad_events)))
    else:
        result = newsledger("analyze", str(article), str(missing), env={"NEWSLEDGER_EVENTS_FILE": str(bad_events)})
    _assert_stopped_once(result, bad_events)


@pytest.mark.parametrize("how", ["config", "environment"])
def test_bad_events_file_stops_ingest_before_the_ledger_opens(how: str, tmp_path: Path, bad_events: Path,
                                                             article: Path) -> None:
    db = tmp_path / "ledger.db"
    args = ["ingest", str(article), "--db", str(db), "--no-progress"]
    if how == "config":
        result = newsledger(*args, "--config", str(_config(tmp_path, bad_events)))
    else:
        result = newsledger(*args, env={"NEWSLEDGER_EVENTS_FILE": str(bad_events)})
    _assert_stopped_once(result, bad_events)
    assert not db.exists()  # no ledger created, no run recorded


def test_bad_settings_file_is_a_configuration_error(tmp_path: Path, article: Path) -> None:
    config = tmp_path / "settings.toml"
    config.write_text("no_such_setting = 1\n", encoding="utf-8")
    result = newsledger("analyze", str(article), "--config", str(config))
    assert result.returncode == EXIT_CONFIG
    assert "no_such_setting" in result.stderr and "Traceback" not in result.stderr


def test_ingest_sources_refuses_a_bad_vocabulary_before_recording_a_run(tmp_path: Path, bad_events: Path,
                                                                       article: Path) -> None:
    from newsledger.store import Ledger
    from newsledger.store.load import ingest_sources

    settings = load_settings(None, events_file=str(bad_events))
    with Ledger(str(tmp_path / "ledger.db")) as ledger:
        with pytest.raises(ConfigError, match=r"bad_events\.yaml:4:"):
            ingest_sources([str(article)], ledger, settings)
        assert ledger.count("runs") == 0 and ledger.count("documents") == 0


def test_info_lists_shipped_and_user_vocabulary_files(tmp_path: Path) -> None:
    cues = tmp_path / "my_cues.yaml"
    cues.write_text("version: 1\n", encoding="utf-8")
    result = newsledger("info", env={"NEWSLEDGER_CUES_FILE": str(cues)})
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)["vocabularies"]
    assert {"vocabulary": "cues", "file": str(cues), "origin": "user"} in rows
    assert {"vocabulary": "events", "file": "data/events.yaml", "origin": "shipped"} in rows
    assert all(r["origin"] == "shipped" for r in rows if r["vocabulary"] != "cues")
