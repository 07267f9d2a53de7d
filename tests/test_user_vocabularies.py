"""A user vocabulary named in the settings reaches the extractors, however the setting is given.

Each vocabulary setting (``actors_file``, ``people_file``, ``events_file``, ``cues_file``, ``agreements_file``,
``claims_file``) is given
three ways: in a ``--config`` settings file (a path relative to that file's folder), to
``load_settings(path)``, and as the environment variable ``NEWSLEDGER_<KEY>``. Each time the user's entry
must show in the analysis, and without the setting it must not (so the test can fail). Until the
lexicon layer read every vocabulary from ``Settings``, an ``actors_file`` in a ``--config`` file was
silently ignored: only the environment variable reached the actor vocabulary.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from newsledger.config import VOCABULARY_KEYS, load_settings
from newsledger.pipeline import analyze_text
from newsledger.serve.cli import cli

PUBLISHED = dt.date(2025, 3, 3)


@dataclass(frozen=True)
class Case:
    """One user vocabulary file, a text, and what its entry must add to that text's analysis."""

    key: str
    file: str
    content: str
    text: str
    shows: Callable[[dict[str, Any]], bool]


def _coded_board(analysis: dict[str, Any]) -> bool:
    return any(e["name"] == "Kelvor Harbour Board" and e["country"] == "NOR" and e["sector"] == "GOV"
               for e in analysis["entities"])


def _coded_person(analysis: dict[str, Any]) -> bool:
    return any(e["name"] == "Ilsabet Varnholm" and e["country"] == "NOR" and e["sector"] == "GOV"
               for e in analysis["entities"])


def _grumble_cue(analysis: dict[str, Any]) -> bool:
    return any(s["cue"] == "grumbled" and s["kind"] == "indirect" for s in analysis["statements"])


def _snub_event(analysis: dict[str, Any]) -> bool:
    return any(e["type"] == "REJECT" and e["evidence"]["text"] == "snubbed" for e in analysis["events"])


def _covenant_label(analysis: dict[str, Any]) -> bool:
    return any(lb["label"] == "covenant" for a in analysis["agreements"] for lb in a["labels"])


def _seemly_status(analysis: dict[str, Any]) -> bool:
    return any(c["kind"] == "status" and c["predicate"] == "seemly" for c in analysis.get("claims", []))


# Words the shipped vocabularies do not have (checked by the "without" half of each test).
CASES = [
    Case("actors_file", "actors.tsv", "institution\tKelvor Harbour Board\tNOR\tGOV\n",
         "The Kelvor Harbour Board said on Monday that the port would reopen next week.", _coded_board),
    Case("people_file", "people.csv",
         "name,aliases,country,sector,role,start,end\nIlsabet Varnholm,,NOR,GOV,,2024-01-01,\n",
         "Ilsabet Varnholm said on Monday that the fishing talks would resume.", _coded_person),
    Case("cues_file", "cues.yaml", "version: 1\nspeech_verbs: [grumble]\n",
         "The foreign minister of Denmark grumbled that the talks had dragged on for years.", _grumble_cue),
    Case("events_file", "events.yaml", 'version: 1\nverbs:\n  snub: {type: REJECT, cameo: "120"}\n',
         "Swedish officials snubbed Finland at the summit on Monday.", _snub_event),
    Case("agreements_file", "agreements.yaml",
         "version: 1\ndocument_types:\n  covenant:\n    rank: 6\n    heads: [covenant]\n",
         "Norway and Denmark signed a covenant on fishing rights on Monday, officials said.", _covenant_label),
    Case("claims_file", "claims.yaml",
         "version: 1\nstatus:\n  seemly:\n    words: [seemly]\n    opposites: [unseemly]\n",
         "The Danish minister said the fishing quota was unseemly.", _seemly_status),
]
IDS = [c.key for c in CASES]


@pytest.fixture(autouse=True)
def _no_outside_settings(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Neither the developer's own settings file nor their environment may decide these tests."""
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    for name in ("NEWSLEDGER_CONFIG", "NEWSLEDGER_EVENT_PATTERNS", "NEWSLEDGER_CUES",
                 *(f"NEWSLEDGER_{key.upper()}" for key in VOCABULARY_KEYS)):
        monkeypatch.delenv(name, raising=False)


def _project(tmp_path: Path, case: Case) -> Path:
    """A settings file beside a ``vocab/`` folder holding the user's file, named by a relative path."""
    project = tmp_path / "project"
    (project / "vocab").mkdir(parents=True)
    (project / "vocab" / case.file).write_text(case.content, encoding="utf-8")
    settings = project / "settings.toml"
    settings.write_text(f'{case.key} = "vocab/{case.file}"\n', encoding="utf-8")
    return settings


def _analyze_cli(tmp_path: Path, text: str, *options: str) -> dict[str, Any]:
    article = tmp_path / "article.txt"
    article.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(cli, ["analyze", str(article), "--published", PUBLISHED.isoformat(), *options])
    assert result.exit_code == 0, result.output
    parsed: dict[str, Any] = json.loads(result.output)
    return parsed


def test_every_vocabulary_setting_is_tested() -> None:
    assert sorted(IDS) == sorted(VOCABULARY_KEYS)


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_analyze_config_reads_the_vocabulary_relative_to_the_settings_file(
        nlp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, case: Case) -> None:
    settings = _project(tmp_path, case)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)  # the relative path must not be read from the working folder
    assert not case.shows(_analyze_cli(tmp_path, case.text)), "the shipped vocabulary already has the entry"
    assert case.shows(_analyze_cli(tmp_path, case.text, "--config", str(settings)))


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_load_settings_path_reads_the_vocabulary(nlp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                 case: Case) -> None:
    settings_file = _project(tmp_path, case)
    monkeypatch.chdir(tmp_path)
    settings = load_settings(settings_file)
    assert getattr(settings, case.key) == str((settings_file.parent / "vocab" / case.file).resolve())
    assert case.shows(analyze_text(case.text, PUBLISHED, settings).to_dict())
    assert not case.shows(analyze_text(case.text, PUBLISHED, load_settings()).to_dict())


ENVIRONMENT = [(c, f"NEWSLEDGER_{c.key.upper()}") for c in CASES]
ENVIRONMENT += [(c, name) for c in CASES for name, key in (("NEWSLEDGER_EVENT_PATTERNS", "events_file"),
                                                           ("NEWSLEDGER_CUES", "cues_file")) if c.key == key]


@pytest.mark.parametrize(("case", "variable"), ENVIRONMENT, ids=[v for _, v in ENVIRONMENT])
def test_environment_variable_reads_the_vocabulary(nlp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                   case: Case, variable: str) -> None:
    path = tmp_path / case.file
    path.write_text(case.content, encoding="utf-8")
    monkeypatch.setenv(variable, str(path))
    assert getattr(load_settings(), case.key) == str(path)
    assert case.shows(_analyze_cli(tmp_path, case.text))
