"""docs/TUTORIAL.md runs: its Python blocks are executed in order, in an empty folder, sharing one namespace."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

TUTORIAL = Path(__file__).resolve().parents[1] / "docs" / "TUTORIAL.md"


def blocks() -> list[str]:
    return re.findall(r"```python\n(.*?)```", TUTORIAL.read_text(encoding="utf-8"), re.S)


def test_the_tutorial_runs(nlp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                           capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("NEWSLEDGER_DB", raising=False)
    code = blocks()
    assert len(code) >= 6, "the tutorial lost its code"
    namespace: dict[str, object] = {"__name__": "tutorial"}
    for i, block in enumerate(code, 1):
        exec(compile(block, f"TUTORIAL.md block {i}", "exec"), namespace)
    out = capsys.readouterr().out
    assert "3 analysed, 0 skipped" in out
    assert "ACCUSE" in out  # Chile's accusation, found by the dyad query with Chile's id
    assert "[fisheries agreement]" in out or "[memorandum]" in out  # search snippets keep the words
    assert (tmp_path / "events.csv").read_text(encoding="utf-8").startswith("document,url,outlet,published,")
    assert (tmp_path / "tutorial.db").is_file()
    assert re.search(r"^2025-03-0\d #+$", out, re.M)  # the text chart of events per day
