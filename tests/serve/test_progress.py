"""Progress: a total and an ETA where the total is known, a plain counter where not, no bar off a terminal."""

from __future__ import annotations

import io
import json
from pathlib import Path

from click.testing import CliRunner

from newsledger.ingest.sources import count_records
from newsledger.serve.cli import cli
from newsledger.serve.progress import ProgressBar, _columns


class Clock:
    """A clock the test moves by hand, so the rate (and the ETA) is exact."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def _rendered(bar: ProgressBar) -> str:
    task = bar._rich.tasks[0]
    return " ".join(str(column.render(task)) for column in bar._rich.columns[3:] if hasattr(column, "render"))


def test_known_total_shows_done_of_total_and_an_eta() -> None:
    clock = Clock()
    bar = ProgressBar("ingest", True, total=40, stream=io.StringIO(), terminal=True, get_time=clock)
    for _ in range(10):
        clock.now += 2.0  # one document every two seconds: 30 left, 60 seconds
        bar.advance()
    text = _rendered(bar)
    assert "10/40" in text and "eta 0:01:00" in text
    bar.stop()


def test_unknown_total_is_a_counter_without_eta() -> None:
    clock = Clock()
    bar = ProgressBar("ingest", True, stream=io.StringIO(), terminal=True, get_time=clock)
    for _ in range(7):
        clock.now += 1.0
        bar.advance()
    text = _rendered(bar)
    assert "7" in text and "/" not in text.split()[0] and "eta" not in text
    bar.stop()


def test_off_a_terminal_nothing_by_default_and_plain_lines_when_asked() -> None:
    quiet = io.StringIO()
    with ProgressBar("ingest", None, total=20, stream=quiet, terminal=False) as bar:
        for _ in range(20):
            bar.advance()
    assert quiet.getvalue() == ""
    log = io.StringIO()
    with ProgressBar("ingest", True, total=20, stream=log, terminal=False) as bar:
        for _ in range(20):
            bar.advance(counts="some counts")
    lines = log.getvalue().splitlines()
    assert lines[0] == "ingest: 2/20 (some counts)" and lines[-1] == "ingest: 20/20 (some counts)"
    assert len(lines) == 10 and "\x1b" not in log.getvalue()  # a tenth at a time, no cursor codes


def test_plain_lines_without_a_total_count_by_the_hundred() -> None:
    log = io.StringIO()
    with ProgressBar("load", True, stream=log, terminal=False) as bar:
        for _ in range(250):
            bar.advance()
    assert log.getvalue().splitlines() == ["load: 100", "load: 200", "load: 250"]


def test_columns_are_built_for_the_label() -> None:
    assert len(_columns("batch")) == 7


def test_count_records_knows_files_and_json_lines(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Ministers met in the capital on Monday.")
    (tmp_path / "b.html").write_text("<html><body><p>Envoys met.</p></body></html>")
    (tmp_path / "c.jsonl").write_text("".join(json.dumps({"text": f"Story {i}."}) + "\n" for i in range(5)))
    assert count_records([str(tmp_path)]) == 7
    assert count_records([str(tmp_path / "c.jsonl"), str(tmp_path / "missing.txt")]) == 6  # a skip is one
    assert count_records([str(tmp_path), "https://news.example/feed"]) is None
    (tmp_path / "d.json").write_text(json.dumps([{"text": "One."}, {"text": "Two."}]))
    assert count_records([str(tmp_path)]) is None  # an array: only reading it counts it


def test_ingest_with_progress_off_a_terminal_writes_plain_lines(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"text": f"The foreign ministers of Chile and Peru met in Lima on "
                                                f"day {i} to discuss fishing rights, officials said."}) + "\n"
                           for i in range(3)))
    result = CliRunner().invoke(cli, ["ingest", str(src), "--db", str(tmp_path / "l.db"), "--progress"])
    assert result.exit_code == 0, result.output
    assert "ingest: 3/3 (3 analysed, 0 copies, 0 present, 0 skipped)" in result.stderr
    assert "\x1b[" not in result.stderr
