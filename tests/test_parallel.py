"""``--jobs``: the stages in worker processes give what one process gives, record for record and in order.

Each test that starts workers pays for loading the model in two fresh processes (a few seconds), so the
tests share a corpus and the comparisons are made on it once per reader.
"""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

from newsledger import Analysis, ConfigError, Document, Skipped
from newsledger.config import Settings
from newsledger.parallel import WorkerPool, analyze_stream, default_jobs
from newsledger.pipeline import analyze_paths

# Short reports written for these tests; each names different places so that every analysis differs.
REPORTS = [
    "Chile and Argentina agreed on Monday to reopen a mountain border crossing, the two foreign ministries "
    "said in a joint statement. \"Trade will move again within days,\" said Chile's trade minister, Rosa Vidal.",
    "Officials from Vietnam and Laos met in Hanoi on Tuesday to discuss a hydropower dam on the Mekong. "
    "Laos said the project would go ahead, while Vietnam asked for a study of its effect on farmers downstream.",
    "Morocco's foreign minister told reporters that talks with Spain over fishing rights had made progress. "
    "He added that a new accord could be signed before the end of the year.",
    "Estonia accused Russia of jamming satellite signals over the Baltic Sea, the Estonian defence ministry said "
    "on Wednesday. Moscow denied the claim and called it a provocation.",
    "Kenya and Tanzania signed a memorandum on cross-border electricity trade in Arusha on Thursday. "
    "Tanzania described the document as a first step; Kenya's energy minister called it a binding deal.",
    "The Philippine coast guard said a Chinese vessel fired a water cannon at a supply boat near a disputed shoal. "
    "Beijing's embassy said the Philippine boat had entered Chinese waters without permission.",
    "Peru's president met the Bolivian foreign minister in Lima to talk about a shared lake that both countries "
    "use for fishing. Bolivia said the two sides would set up a joint commission.",
    "Norway pledged 40 million dollars in aid for flood victims in Pakistan, the Norwegian embassy said on Friday. "
    "Pakistan's planning minister thanked Oslo and asked other donors to follow.",
    "Ghana's parliament approved a loan agreement with the World Bank on Saturday, lawmakers said. "
    "The opposition called the terms a burden on the next generation.",
    "Portugal and Brazil renewed a cultural cooperation treaty during a visit by the Brazilian president to Lisbon. "
    "\"Our languages bind us,\" the Portuguese prime minister said at a dinner in his honour.",
    "Egypt said it had hosted indirect talks between two rival delegations in Cairo. An Egyptian official said "
    "the sides had agreed to meet again next week, but one delegation denied any agreement was reached.",
    "Japan and South Korea held their first defence dialogue in five years in Seoul on Sunday, officials said. "
    "Tokyo described the meeting as constructive.",
]
FRENCH = ("Les deux gouvernements ont signé mardi à Paris un accord sur la pêche, a indiqué le ministère des "
          "affaires étrangères dans un communiqué publié en fin de journée.")


def _records(items: list[Any]) -> list[Any]:
    """Analyses as their JSON documents (ids included), skips as (origin, reason, kind)."""
    return [a.to_dict() if isinstance(a, Analysis) else (a.origin, a.reason, a.kind) for a in items]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A JSON Lines file of the reports with three bad records among them: empty, French, not an object."""
    folder = tmp_path_factory.mktemp("parallel")
    lines = [json.dumps({"text": text, "published": f"2025-03-{i + 3:02d}", "source": f"desk {i % 3}"})
             for i, text in enumerate(REPORTS)]
    lines.insert(3, json.dumps({"text": "   "}))
    lines.insert(7, json.dumps({"text": FRENCH}))
    lines.insert(10, "[1, 2, 3]")
    path = folder / "reports.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def in_process(corpus: Path, settings: Settings) -> list[Any]:
    return list(analyze_paths([str(corpus)], settings, jobs=1))


def test_two_workers_give_what_one_process_gives_record_for_record(corpus: Path, settings: Settings,
                                                                  in_process: list[Any]) -> None:
    with WorkerPool(settings, jobs=2, chunk=2) as pool:
        from newsledger.ingest.sources import read_ledger_sources

        parallel = list(pool.analyze(read_ledger_sources([str(corpus)], settings)))
    assert _records(parallel) == _records(in_process)
    kinds = [type(i).__name__ for i in parallel]
    assert kinds.count("Analysis") == len(REPORTS) and kinds.count("Skipped") == 3
    # order kept: the skips sit where their records were, the analyses follow the file
    assert [i for i, k in enumerate(kinds) if k == "Skipped"] == [3, 7, 10]
    texts = [a.document.text for a in parallel if isinstance(a, Analysis)]
    assert texts == REPORTS


def test_a_bad_document_in_a_parallel_chunk_is_skipped_and_counted(settings: Settings) -> None:
    """A document over the character cap and one in French, inside chunks of good ones, become skips in place."""
    small = settings.replace(max_chars=400)
    docs: list[Document | Skipped] = [Document(text=t, origin=f"doc{i}") for i, t in enumerate(REPORTS[:6])]
    docs.insert(2, Document(text=" ".join(REPORTS), origin="too-long"))
    docs.insert(5, Document(text=FRENCH, origin="french"))
    one = list(analyze_stream(docs, small, jobs=1))
    two = list(analyze_stream(docs, small, jobs=2, chunk=3))
    assert _records(two) == _records(one)
    skips = [s for s in two if isinstance(s, Skipped)]
    assert [(s.origin, s.kind) for s in skips] == [("too-long", "TooLarge"), ("french", "UnsupportedLanguage")]
    assert [i.origin if isinstance(i, Skipped) else i.document.origin for i in two] == [d.origin for d in docs]


def test_workers_render_each_analysis_where_it_was_made(settings: Settings) -> None:
    """``render`` runs in the workers: the parent receives the strings, in order, and skips untouched."""
    from newsledger.serve.cli import json_line

    small = settings.replace(max_chars=400)
    docs: list[Document | Skipped] = [Document(text=t, origin=f"doc{i}") for i, t in enumerate(REPORTS[:6])]
    docs.insert(3, Document(text=FRENCH, origin="french"))
    plain = list(analyze_stream(docs, small, jobs=1))
    for jobs in (1, 2):
        rendered = list(analyze_stream(docs, small, jobs=jobs, chunk=2, render=json_line))
        assert [type(r).__name__ for r in rendered] == ["str"] * 3 + ["Skipped"] + ["str"] * 3
        assert rendered == [p if isinstance(p, Skipped) else json_line(p) for p in plain]


def test_a_short_input_is_analysed_in_this_process(settings: Settings) -> None:
    """Workers only pay off past one chunk: a short input never starts them (no pool is entered)."""
    docs = [Document(text=t, origin=f"d{i}") for i, t in enumerate(REPORTS[:3])]
    entered: list[int] = []
    original = WorkerPool.__enter__

    def spy(self: WorkerPool) -> WorkerPool:
        entered.append(1)
        return original(self)

    WorkerPool.__enter__ = spy  # type: ignore[method-assign]
    try:
        out = list(analyze_stream(docs, settings, jobs=2, chunk=3))
    finally:
        WorkerPool.__enter__ = original  # type: ignore[method-assign]
    assert not entered and [a.document.origin for a in out if isinstance(a, Analysis)] == ["d0", "d1", "d2"]


def test_a_model_the_workers_cannot_load_is_a_configuration_error(settings: Settings) -> None:
    broken = settings.replace(spacy_model="no_such_spacy_model_xyz")
    docs = [Document(text=t, origin=f"d{i}") for i, t in enumerate(REPORTS)]
    with pytest.raises(ConfigError, match="no_such_spacy_model_xyz"):
        list(analyze_stream(docs, broken, jobs=2, chunk=2))


def test_default_jobs_is_the_cores_this_process_may_use() -> None:
    expected = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    assert default_jobs() == expected and default_jobs() >= 1


# --- the commands -------------------------------------------------------------------------------------------


def _cli(*args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    exe = Path(sys.executable).with_name("newsledger")
    return subprocess.run([str(exe), *args], capture_output=True, text=True, timeout=timeout,
                          env={**os.environ, "PYTHONWARNINGS": "ignore"})


def _warc(pages: list[tuple[str, str]]) -> bytes:
    """A WARC file holding one HTML response per (url, paragraph)."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True)
    for url, paragraph in pages:
        html = (f"<html><head><title>Report from {url}</title></head><body><article><h1>Report</h1>"
                f"<p>{paragraph}</p><p>{paragraph}</p></article></body></html>")
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(html.encode()),
                                                      http_headers=headers))
    return out.getvalue()


def test_analyze_reads_what_ingest_reads_in_input_order_on_two_workers(corpus: Path, tmp_path: Path,
                                                                      in_process: list[Any]) -> None:
    """A directory holding a WARC archive and a JSON Lines file: analyze reads both, as ingest would."""
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "a_crawl.warc.gz").write_bytes(_warc([(f"https://news.example/{i}", REPORTS[i]) for i in (4, 5)]))
    (folder / "b_reports.jsonl").write_text(corpus.read_text("utf-8"), encoding="utf-8")
    one = _cli("analyze", str(folder), "--format", "jsonl", "--jobs", "1")
    two = _cli("analyze", str(folder), "--format", "jsonl", "--jobs", "2")
    assert one.returncode == two.returncode == 2, two.stderr  # the three bad records are reported
    assert two.stdout == one.stdout
    docs = [json.loads(line) for line in two.stdout.splitlines()]
    assert [d["document"]["url"] for d in docs[:2]] == ["https://news.example/4", "https://news.example/5"]
    assert [d["document"]["text"] for d in docs[2:]] == [a.document.text for a in in_process
                                                         if isinstance(a, Analysis)]
    assert two.stderr.count("skipped") == one.stderr.count("skipped") == 4  # three lines and the count
    assert "3 input(s) skipped" in two.stderr


def _count_documents(db: Path) -> int:
    from newsledger.store import Ledger

    with Ledger(str(db)) as ledger:
        return ledger.count()


def test_ingest_on_two_workers_stores_what_one_process_stores(corpus: Path, tmp_path: Path) -> None:
    from newsledger.store import Ledger

    one, two = tmp_path / "one.db", tmp_path / "two.db"
    a = _cli("ingest", str(corpus), "--db", str(one), "--jobs", "1", "--no-progress")
    b = _cli("ingest", str(corpus), "--db", str(two), "--jobs", "2", "--no-progress")
    assert a.returncode == b.returncode == 2 and a.stdout == b.stdout, (a.stdout, b.stdout, b.stderr)
    assert f"analysed: {len(REPORTS)}" in b.stdout and "skipped: 3" in b.stdout
    with Ledger(str(one)) as x, Ledger(str(two)) as y:
        assert x.snapshot() == y.snapshot()


def _children(pid: int) -> set[int]:
    """The processes whose parent is ``pid`` (Linux /proc)."""
    out = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat[stat.rindex(")") + 2:].split()[1]) == pid:
                out.add(int(entry.name))
    return out


def _descendants(pid: int) -> set[int]:
    found, todo = set(), [pid]
    while todo:
        kids = _children(todo.pop())
        found |= kids
        todo += list(kids)
    return found


def _alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(") ", 1)[1][0] not in "ZX"
    except OSError:
        return False


def _listen_to_ctrl_c() -> None:
    """In the child before it starts: Ctrl-C as a terminal delivers it. A shell's background job (a CI runner
    started with ``&``, ``nohup``) ignores SIGINT, and a Python started with it ignored never raises
    KeyboardInterrupt: the test would measure how it was launched, not the command."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs Linux /proc to see the worker processes")
def test_ctrl_c_stops_the_workers_quietly_and_a_rerun_resumes(tmp_path: Path) -> None:
    records = [json.dumps({"text": f"{REPORTS[i % len(REPORTS)]} Report number {i} of the series."})
               for i in range(500)]  # enough that a quiet machine is still storing when the test looks
    source = tmp_path / "many.jsonl"
    source.write_text("\n".join(records) + "\n", encoding="utf-8")
    db = tmp_path / "ledger.db"
    exe = Path(sys.executable).with_name("newsledger")
    proc = subprocess.Popen([str(exe), "ingest", str(source), "--db", str(db), "--jobs", "2", "--no-progress"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "PYTHONWARNINGS": "ignore"}, preexec_fn=_listen_to_ctrl_c)
    deadline = time.monotonic() + 240
    stored = 0
    while time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.1)
        if db.exists():
            try:
                stored = _count_documents(db)
            except Exception:
                continue
            if stored >= 10:
                break
    assert proc.poll() is None and stored >= 10, "the ingest ended before it could be interrupted"
    family = _descendants(proc.pid)
    assert len(family) >= 3, family  # two workers (under the fork server) and the ledger writer
    proc.send_signal(signal.SIGINT)
    _out, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert "Traceback" not in err and "KeyboardInterrupt" not in err, err
    assert "run again to continue" in err
    time.sleep(1)
    assert not [p for p in family if _alive(p)], "a worker outlived the run"
    kept = _count_documents(db)
    assert 10 <= kept < len(records)
    rerun = _cli("ingest", str(source), "--db", str(db), "--jobs", "2", "--no-progress")
    assert rerun.returncode == 0, rerun.stderr
    assert f"already present: {kept}" in rerun.stdout
    assert _count_documents(db) == len(records)


def test_closing_the_stream_early_stops_the_workers(settings: Settings) -> None:
    docs = [Document(text=f"{t} Item {i}.", origin=f"d{i}") for i, t in enumerate(REPORTS * 3)]
    with closing(analyze_stream(docs, settings, jobs=2, chunk=2)) as stream:
        first = next(stream)
        assert isinstance(first, Analysis) and first.document.origin == "d0"
        before = {p for p in _descendants(os.getpid()) if _alive(p)}
    after = {p for p in _descendants(os.getpid()) if _alive(p)}
    assert len(before - after) >= 2, (before, after)  # the two workers are gone once the stream is closed



def _kill_a_worker() -> None:
    """SIGKILL one pool worker of this process (a grandchild: the pool's processes sit under the fork server)."""
    workers = [p for p in _descendants(os.getpid()) if _alive(p) and p not in _children(os.getpid())]
    assert workers, "no worker process found"
    os.kill(workers[0], signal.SIGKILL)

@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs Linux /proc to find a worker to kill")
def test_a_worker_killed_mid_run_loses_no_document(settings: Settings) -> None:
    """The pool is started again and the chunks the dead worker took down are analysed again, in order."""
    docs = [Document(text=f"{t} Filed as item {i}.", origin=f"d{i}") for i, t in enumerate(REPORTS)]
    expected = _records(list(analyze_stream(docs, settings, jobs=1)))
    with WorkerPool(settings, jobs=2, chunk=2) as pool:
        stream = pool.analyze(docs)
        got = [next(stream)]
        _kill_a_worker()
        got += list(stream)
        assert pool.restarts == 1  # the dead worker broke the pool, which was started again
    assert _records(got) == expected



@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs Linux /proc to find a worker to kill")
def test_a_pool_found_broken_when_the_next_chunk_is_sent_loses_no_document(settings: Settings) -> None:
    """The worker dies and the pool knows it before the next chunk goes out: sending it must not raise."""
    docs = [Document(text=f"{t} Sent as item {i}.", origin=f"s{i}") for i, t in enumerate(REPORTS)]
    expected = _records(list(analyze_stream(docs, settings, jobs=1)))
    with WorkerPool(settings, jobs=2, chunk=2) as pool:
        stream = pool.analyze(docs)
        got = [next(stream)]
        _kill_a_worker()
        deadline = time.monotonic() + 30
        while not getattr(pool._executor, "_broken", False) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert getattr(pool._executor, "_broken", False), "the pool never noticed the dead worker"
        got += list(stream)
        assert pool.restarts == 1
    assert _records(got) == expected


PROBE = '''
import os
from newsledger import parallel


def stages_source() -> tuple[bool, bool]:
    """In a worker: (forked with the fork server's stages, using them); and no settings left in the environment."""
    assert parallel.PRELOAD_ENV not in os.environ
    preloaded = parallel._preloaded
    return preloaded is not None, preloaded is not None and parallel._stages is preloaded[1]
'''

SCRIPT = '''
import os, sys
from newsledger.config import load_settings
from newsledger.parallel import PRELOAD_ENV, WorkerPool, start_fork_server
from probe import stages_source

settings = load_settings()
if __name__ == "__main__":
    started = start_fork_server(settings)
    assert PRELOAD_ENV not in os.environ  # the command's own environment is left as it was
    with WorkerPool(settings, jobs=2) as pool:
        same = [pool._executor.submit(stages_source).result() for _ in range(2)]
    with WorkerPool(settings.replace(batch_size=settings.batch_size + 1), jobs=2) as pool:
        other = [pool._executor.submit(stages_source).result() for _ in range(2)]
    print(started, same, other)
'''


@pytest.mark.skipif(sys.platform != "linux", reason="the fork server is the start method on Linux")
def test_workers_fork_with_the_stages_the_fork_server_loaded_for_their_settings(tmp_path: Path) -> None:
    """A fresh process (the fork server is one per process): its workers start with the model in memory, and
    workers for other settings than the fork server's load their own."""
    (tmp_path / "probe.py").write_text(PROBE, encoding="utf-8")
    (tmp_path / "script.py").write_text(SCRIPT, encoding="utf-8")
    done = subprocess.run([sys.executable, str(tmp_path / "script.py")], capture_output=True, text=True,
                          timeout=300, cwd=tmp_path, env={**os.environ, "PYTHONPATH": str(tmp_path)})
    assert done.returncode == 0, done.stderr
    assert done.stdout.split("\n")[0] == "True [(True, True), (True, True)] [(True, False), (True, False)]"
