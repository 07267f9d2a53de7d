"""No hostile input crashes, hangs, vanishes or takes a good article with it (issue 13, item 8).

Each class of ``bench/hostile_corpus.py`` at its small size, every input between good articles, through
``analyze`` and through ``ingest`` on SQLite and PostgreSQL. ``bench/hostile.py`` runs the full sizes.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import hostile  # bench/ is put on sys.path by conftest.py
from hostile_corpus import CLASSES, Case, Placed

PAIRS = [(name, mode) for name in CLASSES for mode in hostile.MODES]


@pytest.mark.parametrize(("name", "mode"), PAIRS)
def test_no_input_crashes_hangs_goes_silent_or_loses_a_good_one(name: str, mode: str, outcome) -> None:
    res = outcome(name, mode)
    assert res.counts["inputs"] > 0
    assert not res.failures(), f"{name} under {mode}: {res.failures()}\n" + "\n".join(res.notes)


@pytest.mark.parametrize(("name", "mode"), PAIRS)
def test_inputs_are_read_as_what_they_are_and_the_exit_status_says_so(name: str, mode: str, outcome) -> None:
    res = outcome(name, mode)
    assert not res.failures(("misread", "bad exit")), f"{name} under {mode}:\n" + "\n".join(res.notes)


# --- the classifier itself: each failure it exists to find is found ------------------------------------------


def _placed(tmp_path: Path) -> list[Placed]:
    return [Placed(tmp_path / "000-good.txt", None, ("zq00001",)),
            Placed(tmp_path / "001-bad.json", Case("bad.json", b"[", "refuse"), ()),
            Placed(tmp_path / "002-good.txt", None, ("zq00002",)),
            Placed(tmp_path / "003-ok.txt", Case("ok.txt", b"", "analyse", markers=("zq00003",)), ("zq00003",)),
            Placed(tmp_path / "004-good.txt", None, ("zq00004",))]


def test_classifier_counts_clear_errors_and_analyses(tmp_path: Path) -> None:
    placed = _placed(tmp_path)
    run = hostile.RunResult(2, f"newsledger: skipped {placed[1].path}: malformed JSON\n",
                            ["a zq00001", "b zq00002", "c zq00003", "d zq00004"])
    res, unresolved = hostile.classify("t", "analyze", placed, run)
    assert unresolved == [] and res.failures(hostile.COLUMNS[3:]) == {}
    assert (res.counts["clear error"], res.counts["analysed"]) == (1, 1)


def test_classifier_finds_silence_loss_misreading_and_a_wrong_exit(tmp_path: Path) -> None:
    placed = _placed(tmp_path)
    run = hostile.RunResult(0, "", ["a zq00001", "garbage with no marker"])
    res, _ = hostile.classify("t", "ingest-sqlite", placed, run)
    assert res.counts["silent"] == 2 and res.counts["lost"] == 2
    assert res.counts["misread"] == 2  # the unknown analysis, and the input that should have been analysed
    run = hostile.RunResult(0, f"newsledger: skipped {placed[1].path}: malformed JSON\n",
                            ["a zq00001", "b zq00002", "c zq00003", "d zq00004"])
    assert hostile.classify("t", "ingest-sqlite", placed, run)[0].counts["bad exit"] == 1


def test_classifier_leaves_inputs_after_a_crash_unresolved(tmp_path: Path) -> None:
    placed = _placed(tmp_path)
    run = hostile.RunResult(1, "Traceback (most recent call last):\nRecursionError: deep\n", ["a zq00001"],
                            crashed=True)
    res, unresolved = hostile.classify("t", "analyze", placed, run)
    assert [p.path.name for p in unresolved] == ["001-bad.json", "003-ok.txt"] and res.counts["lost"] == 2
    assert hostile.aborted(1, run.stderr) and not hostile.aborted(2, "newsledger: skipped x: empty\n")
