#!/usr/bin/env python3
"""Reliability check: hostile inputs between good articles, and ingests killed mid-way and resumed.

1. **Hostile inputs.** For each class of :mod:`hostile_corpus` (empty, binary, deep JSON, wrong
   encodings, feeds, WARC, edge dates, FIFOs, ...), the class's folder is run through
   ``newsledger analyze`` (the files, ``--format jsonl``) and ``newsledger ingest`` (the folder, into
   SQLite and into a PostgreSQL schema), each in a subprocess with a timeout. Each hostile input is
   classified as

   - *analysed*: its text came out (a marker of it is in an analysed or stored text);
   - *clear error*: reported as skipped, with a reason;
   - *crash*: the run aborted (an uncaught exception, ``newsledger: error:``, a signal: an exit status
     other than 0 or 2) before the input was analysed or reported;
   - *hang*: the run passed the timeout before the input was analysed or reported;
   - *silent*: neither analysed nor reported by a run that finished;

   and every good article around it that did not come out is *lost* (so are the good records inside
   a hostile input, such as the valid lines of a JSON Lines file). A run that crashed or hung is
   followed by one run per unresolved hostile input, alone between two good articles, to find which
   input did it. *misread* counts inputs read as something they are not (a feed analysed as text, a
   UTF-32 file whose text lost its marker, a refused edge date, an analysis of no known input), and
   *bad exit* runs whose exit status was not 2 with skips or 0 without.
2. **Crash and resume.** A folder of good articles is ingested cleanly, and again with the ingest
   killed (SIGKILL) ``--kills`` times at growing counts of stored documents, each time re-run; after
   a last complete run, the ledger is compared with the clean one (``Ledger.snapshot``: every row of
   every table, run bookkeeping aside), on both backends.

    NEWSLEDGER_BENCH_PG=postgresql://postgres@127.0.0.1:5432/test .venv/bin/python bench/hostile.py \\
        [--size full|small] [--classes deep-json,feeds] [--modes analyze,ingest-sqlite,ingest-postgresql] \\
        [--timeout 300] [--kills 5] [--resume-docs 300] [--json out.json]

The same checks run at small sizes, in-process, in ``tests/reliability/``.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from hostile_corpus import CLASSES, Case, Markers, Placed, good_folder, markers_in, write_class

PG = os.environ.get("NEWSLEDGER_BENCH_PG", "postgresql://postgres@127.0.0.1:5432/test")
MODES = ("analyze", "ingest-sqlite", "ingest-postgresql")
COLUMNS = ("inputs", "analysed", "clear error", "crash", "hang", "silent", "lost", "misread", "bad exit")
SKIP_LINE = re.compile(r"^newsledger: skipped (.+?): (.*)$")


@dataclass
class RunResult:
    """What one ``analyze`` or ``ingest`` run gave: exit status, skips and the texts that came out."""

    exit_code: int | None
    stderr: str
    texts: list[str]
    crashed: bool = False
    timed_out: bool = False
    detail: str = ""

    @property
    def skips(self) -> list[tuple[str, str]]:
        return [(m.group(1), m.group(2)) for m in map(SKIP_LINE.match, self.stderr.splitlines()) if m]


# A runner runs one mode over a class: (mode, placed inputs, the class folder, ledger URL or None) -> result.
Runner = Callable[[str, list[Placed], Path, str | None], RunResult]


@dataclass
class ClassResult:
    """Counts for one class in one mode, and a line per input that was not simply analysed or refused."""

    name: str
    mode: str
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(COLUMNS, 0))
    notes: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def failures(self, columns: Iterable[str] = ("crash", "hang", "silent", "lost")) -> dict[str, int]:
        return {c: self.counts[c] for c in columns if self.counts[c]}


def belongs(origin: str, path: Path) -> bool:
    """Whether a skip's origin is ``path`` or a record inside it (``path:3``, ``path[0]``, ``path#item1``)."""
    s = str(path)
    return origin == s or (origin.startswith(s) and origin[len(s)] in ":[#")


def first_error_line(stderr: str) -> str:
    lines = [x for x in stderr.splitlines() if x.strip()]
    if "Traceback (most recent call last)" in stderr:
        return next((x for x in reversed(lines) if not x.startswith(" ")), "traceback")[:300]
    errors = [x for x in lines if x.startswith("newsledger: error:")]
    return (errors[-1] if errors else (lines[-1] if lines else ""))[:300]


def aborted(exit_code: int | None, stderr: str) -> bool:
    """A run that did not finish its inputs: a one-line fatal error, or a status other than 0 and 2.

    An uncaught exception exits with status 1. A traceback that was only logged (an extractor's failure
    turned into a reported skip) is not an abort: the run went on.
    """
    return "newsledger: error:" in stderr or exit_code not in (0, 2)


# --- classification -----------------------------------------------------------------------------------------


def _outcome(p: Placed, run: RunResult, found: set[str]) -> tuple[str, list[str]]:
    reasons = [r for origin, r in run.skips if belongs(origin, p.path)]
    if reasons:
        return "clear error", reasons
    if found & set(p.markers):
        return "analysed", []
    if run.timed_out:
        return "hang", []
    if run.crashed:
        return "crash", []
    return "silent", []


def _misread(case: Case, mode: str, outcome: str, found: set[str]) -> str:
    expect = case.expected(mode)
    mine = found & set(case.markers)
    if expect == "analyse" and (outcome != "analysed" or mine != set(case.markers)):
        return f"should be analysed, was {outcome}" + (" without all its text" if outcome == "analysed" else "")
    if expect == "refuse" and mine:
        return "should be refused, but text from it was analysed"
    return ""


def classify(name: str, mode: str, placed: list[Placed], run: RunResult) -> tuple[ClassResult, list[Placed]]:
    """Counts for one run over one class, and the hostile inputs a crash or hang left unresolved."""
    res = ClassResult(name, mode)
    known = {m for p in placed for m in p.markers}
    found: set[str] = set()
    for text in run.texts:
        marks = set(markers_in(text))
        found |= marks
        if not marks & known:
            res.counts["misread"] += 1
            res.notes.append(f"an analysis of no known input: {text[:80]!r}")
    unresolved = []
    for p in placed:
        if p.case is None:
            if p.markers[0] not in found:
                res.counts["lost"] += 1
                res.notes.append(f"good article lost: {p.path.name}")
            continue
        res.counts["inputs"] += 1
        outcome, reasons = _outcome(p, run, found)
        if outcome in ("crash", "hang"):
            unresolved.append(p)
        else:
            res.counts[outcome] += 1
            if outcome == "silent":
                res.notes.append(f"{p.path.name}: silent (neither analysed nor reported)")
        why = _misread(p.case, mode, outcome, found) if outcome not in ("crash", "hang") else ""
        if why:
            res.counts["misread"] += 1
            res.notes.append(f"{p.path.name}: {why}" + (f" ({reasons[0][:120]})" if reasons else ""))
        if p.case.expected(mode) != "refuse":
            for m in set(p.case.keep) - found:
                res.counts["lost"] += 1
                res.notes.append(f"{p.path.name}: record {m} inside it lost")
        for bad in p.case.forbid:
            if any(bad in t for t in run.texts):
                res.counts["misread"] += 1
                res.notes.append(f"{p.path.name}: output contains {bad!r}")
    if not run.crashed and not run.timed_out and run.exit_code != (2 if run.skips else 0):
        res.counts["bad exit"] += 1
        res.notes.append(f"exit status {run.exit_code} with {len(run.skips)} skip(s)")
    return res, unresolved


def check_class(name: str, placed: list[Placed], mode: str, runner: Runner, folder: Path, db: str | None,
                mk: Markers, isolate_hangs: bool = True) -> ClassResult:
    """Run one class in one mode; inputs left unresolved by a crash or hang are re-run one at a time.

    Without ``isolate_hangs``, the inputs a hung run left unresolved all count as hangs (each re-run of
    a hang costs the whole timeout).
    """
    start = time.monotonic()
    run = runner(mode, placed, folder, db)
    res, unresolved = classify(name, mode, placed, run)
    if run.crashed or run.timed_out:
        res.notes.append(("hung" if run.timed_out else "crashed") + f": {run.detail}")
    if run.timed_out and not isolate_hangs:
        res.counts["hang"] += len(unresolved)
        res.notes += [f"{p.path.name}: unresolved when the run hung" for p in unresolved]
        unresolved = []
    blamed = not unresolved and run.timed_out and not isolate_hangs
    for p in unresolved:
        assert p.case is not None
        alone = folder.parent / f"{folder.name}-alone-{p.path.name}"
        shutil.rmtree(alone, ignore_errors=True)
        trio = _alone(alone, p, mk)
        again = runner(mode, trio, alone, db)
        outcome = _outcome(trio[1], again, {m for t in again.texts for m in markers_in(t)})[0]
        res.counts[outcome] += 1
        blamed |= outcome in ("crash", "hang")
        if outcome in ("crash", "hang"):
            res.notes.append(f"{p.path.name}: {outcome} when run alone: {again.detail}")
    if (run.crashed or run.timed_out) and not blamed:
        res.counts["hang" if run.timed_out else "crash"] += 1
        res.notes.append("the run failed, but no input fails alone")
    res.seconds = round(time.monotonic() - start, 1)
    return res


def _alone(folder: Path, p: Placed, mk: Markers) -> list[Placed]:
    """``p`` between two good articles in a folder of its own."""
    from hostile_corpus import article, make_special

    assert p.case is not None
    folder.mkdir(parents=True)
    out = []
    for i, case in enumerate((None, p.case, None)):
        if case is None:
            m = mk.new()
            path = folder / f"{i:03d}-good.txt"
            path.write_text(article(m, i), "utf-8")
            out.append(Placed(path, None, (m,)))
            continue
        path = folder / f"{i:03d}-{case.name}"
        if case.special:
            make_special(path, case.special)
        else:
            path.write_bytes(case.data)
        out.append(Placed(path, case, case.markers))
    return out


# --- the ledger side ----------------------------------------------------------------------------------------


def new_db(backend: str, folder: Path) -> tuple[str, str | None]:
    """A fresh ledger location: an SQLite file, or a PostgreSQL schema (returned, to drop afterwards)."""
    if backend == "sqlite":
        return str(folder / f"ledger-{uuid.uuid4().hex[:8]}.db"), None
    schema = f"nlhostile_{os.getpid()}_{uuid.uuid4().hex[:8]}"
    return PG + ("&" if "?" in PG else "?") + f"schema={schema}", schema


def drop_schema(schema: str) -> None:
    import psycopg

    with psycopg.connect(PG, autocommit=True, connect_timeout=10) as conn:
        conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')


def last_pk(db: str) -> int:
    """The highest document key so far (documents stored by a run have higher ones)."""
    from sqlalchemy import func, select

    from newsledger.store import Ledger
    from newsledger.store import schema as t

    with Ledger(db, upgrade=False) as led, led.read() as conn:
        return int(conn.execute(select(func.coalesce(func.max(t.documents.c.pk), 0))).scalar_one())


def stored_texts(db: str, after: int) -> list[str]:
    from sqlalchemy import select

    from newsledger.store import Ledger
    from newsledger.store import schema as t

    with Ledger(db, upgrade=False) as led, led.read() as conn:
        return [r[0] for r in conn.execute(select(t.documents.c.text).where(t.documents.c.pk > after))]


# --- subprocess runs ----------------------------------------------------------------------------------------


def _command() -> list[str]:
    return [sys.executable, "-m", "newsledger.serve.cli"]


def _spawn(args: list[str], out: Path, err: Path, timeout: float) -> tuple[int | None, bool]:
    """Run the CLI in a session of its own; on timeout kill that session (the writer process included)."""
    with out.open("wb") as so, err.open("wb") as se:
        proc = subprocess.Popen([*_command(), *args], stdout=so, stderr=se, stdin=subprocess.DEVNULL,
                                start_new_session=True)
        try:
            return proc.wait(timeout=timeout), False
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
            return None, True


def subprocess_runner(timeout: float) -> Runner:
    """Runs ``newsledger analyze``/``ingest`` as a subprocess with a timeout."""

    def run(mode: str, placed: list[Placed], folder: Path, db: str | None) -> RunResult:
        out, err = folder.parent / f"{folder.name}.{mode}.out", folder.parent / f"{folder.name}.{mode}.err"
        if mode == "analyze":
            code, hung = _spawn(["analyze", "--format", "jsonl", *(str(p.path) for p in placed)], out, err, timeout)
            texts = []
            for line in out.read_text("utf-8", errors="replace").splitlines():
                try:
                    texts.append(json.loads(line)["document"]["text"])
                except (ValueError, KeyError, TypeError):  # a line cut off by a crash
                    continue
        else:
            assert db is not None
            before = last_pk(db)
            code, hung = _spawn(["ingest", str(folder), "--no-progress", "--db", db], out, err, timeout)
            texts = stored_texts(db, before)
        stderr = err.read_text("utf-8", errors="replace")
        return RunResult(code, stderr, texts, crashed=not hung and aborted(code, stderr), timed_out=hung,
                         detail=f"timeout after {timeout:.0f} s" if hung else first_error_line(stderr))

    return run


# --- crash and resume ---------------------------------------------------------------------------------------


def _await_stop(pgid: int) -> None:
    """Wait until no process of the group ``pgid`` is running: a signal reaches another process a moment after
    ``kill`` returns, and one running (state R) may still store a document. A process asleep or inside a call (S, D:
    a parent waiting on a child it is starting) stops before it runs again. Read from /proc; where there is none,
    return at once."""
    proc_dir = Path("/proc")
    if not proc_dir.is_dir():
        return
    while True:
        running = False
        for entry in proc_dir.iterdir():
            if not entry.name.isdigit():
                continue
            try:
                fields = (entry / "stat").read_text().rpartition(")")[2].split()
            except OSError:
                continue  # gone meanwhile
            if int(fields[2]) == pgid and fields[0] == "R":
                running = True
                break
        if not running:
            return
        time.sleep(0.001)


def _kill_at(proc: subprocess.Popen[bytes], count: Callable[[], int], target: int, timeout: float) -> bool:
    """SIGKILL the session of the ingest ``proc`` once ``count()`` (the documents stored) reaches ``target``; False
    where the ingest ended first. The session is stopped (SIGSTOP) while the count is read and the kill decided, so
    nothing is stored between the reading and the kill, however slow the reading on a loaded machine; between two
    readings it runs a short slice. ``timeout`` bounds the time it runs without storing a document (a hang); the
    session is killed then too."""
    last, idle = -1, 0.0
    while True:
        try:
            os.killpg(proc.pid, signal.SIGSTOP)
        except ProcessLookupError:
            proc.wait()
            return False
        _await_stop(proc.pid)
        stored = count()
        if proc.poll() is not None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGCONT)  # a writer left behind resumes, and dies with its parent
            return False
        if stored > last:
            last, idle = stored, 0.0
        if stored >= target or idle > timeout:
            os.killpg(proc.pid, signal.SIGKILL)  # a stopped process dies of SIGKILL all the same
            return True
        os.killpg(proc.pid, signal.SIGCONT)
        time.sleep(0.05)  # the ingest runs between two readings
        idle += 0.05


def _counter(ledger: Any) -> Callable[[], int]:
    """The documents ``ledger`` holds, read through its open connections (a cheap reading); 0 where the reading
    fails for a moment."""

    def count() -> int:
        try:
            return int(ledger.count())
        except Exception:  # locked for a moment
            return 0

    return count


def crash_resume(backend: str, n_docs: int, kills: int, work: Path, timeout: float = 600,
                 mk: Markers | None = None) -> dict[str, Any]:
    """Ingest ``n_docs`` good articles cleanly, and again killed ``kills`` times and resumed; compare the ledgers."""
    from newsledger.store import Ledger

    folder = work / f"resume-{backend}"
    good_folder(folder, n_docs, mk or Markers(90_000))
    (clean, s1), (killed, s2) = new_db(backend, work), new_db(backend, work)
    result: dict[str, Any] = {"backend": backend, "documents": n_docs, "kills": 0, "stored_at_kill": []}
    try:
        for db in (clean, killed):
            Ledger(db).close()  # created first, so the counting below never races the creation
        args = ["ingest", str(folder), "--no-progress", "--db"]
        code, _ = _spawn([*args, clean], work / "clean.out", work / "clean.err", timeout)
        result["clean_exit"] = code
        for k in range(1, kills + 1):
            target = max(1, n_docs * k // (kills + 1))
            # one document a parse batch: stored one by one, not in a burst that a loaded machine's slice can
            # carry past the target to the last document (results do not depend on the batch size)
            proc = subprocess.Popen([*_command(), *args, killed], stdout=subprocess.DEVNULL,
                                    stderr=subprocess.DEVNULL, start_new_session=True,
                                    env={**os.environ, "NEWSLEDGER_BATCH_SIZE": "1"})
            with Ledger(killed, upgrade=False) as led:
                if _kill_at(proc, _counter(led), target, timeout):
                    result["kills"] += 1
            proc.wait()
            with contextlib.suppress(ProcessLookupError):  # the writer dies with the ingest; nothing may outlive it
                os.killpg(proc.pid, signal.SIGKILL)
            with Ledger(killed, upgrade=False) as led:  # an error here is the check's, never a count of 0
                result["stored_at_kill"].append(led.count())
        code, _ = _spawn([*args, killed], work / "final.out", work / "final.err", timeout)
        result["final_exit"] = code
        with Ledger(clean, upgrade=False) as a, Ledger(killed, upgrade=False) as b:
            sa, sb = a.snapshot(), b.snapshot()
            result["records_clean"] = sum(len(v) for v in sa.values())
            result["records_resumed"] = sum(len(v) for v in sb.values())
            result["documents_clean"], result["documents_resumed"] = a.count(), b.count()
            result["differing_tables"] = sorted(k for k in sa.keys() | sb.keys() if sa.get(k) != sb.get(k))
            result["identical"] = sa == sb
            with b.read() as conn:
                from sqlalchemy import select

                from newsledger.store import schema as t

                result["run_statuses"] = [r[0] for r in conn.execute(select(t.runs.c.status).order_by(t.runs.c.pk))]
    finally:
        for schema in (s1, s2):
            if schema:
                drop_schema(schema)
    return result


# --- the report ---------------------------------------------------------------------------------------------


def table(results: list[ClassResult]) -> str:
    """The results as a Markdown table, one row per class and mode."""
    head = "| class | mode | " + " | ".join(COLUMNS) + " |"
    rows = [head, "|" + " --- |" * (len(COLUMNS) + 2)]
    for r in results:
        rows.append(f"| {r.name} | {r.mode} | " + " | ".join(str(r.counts[c]) for c in COLUMNS) + " |")
    totals = {c: sum(r.counts[c] for r in results) for c in COLUMNS}
    rows.append("| **all** | | " + " | ".join(f"**{totals[c]}**" for c in COLUMNS) + " |")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--size", choices=["small", "full"], default="full")
    ap.add_argument("--classes", default=",".join(CLASSES), help="comma-separated classes (default: all)")
    ap.add_argument("--modes", default=",".join(MODES))
    ap.add_argument("--timeout", type=float, default=300, help="seconds per run before it counts as a hang")
    ap.add_argument("--kills", type=int, default=5, help="SIGKILLs per backend in the crash-and-resume check")
    ap.add_argument("--resume-docs", type=int, default=300)
    ap.add_argument("--json", metavar="FILE", help="also write the results as JSON")
    args = ap.parse_args(argv)
    classes, modes = args.classes.split(","), args.modes.split(",")
    unknown = sorted(set(classes) - set(CLASSES)) + sorted(set(modes) - set(MODES))
    if unknown:
        ap.error(f"unknown class or mode: {', '.join(unknown)}; classes: {', '.join(CLASSES)}; modes: {MODES}")
    work = Path(tempfile.mkdtemp(prefix="nl-hostile-"))
    runner, mk = subprocess_runner(args.timeout), Markers()
    results: list[ClassResult] = []
    dbs = {m: new_db(m.split("-", 1)[1], work) for m in modes if m != "analyze"}
    try:
        from newsledger.store import Ledger

        for db, _ in dbs.values():
            Ledger(db).close()
        for name in classes:
            placed = write_class(name, work / name, args.size, mk)
            for mode in modes:
                res = check_class(name, placed, mode, runner, work / name, dbs[mode][0] if mode in dbs else None, mk)
                results.append(res)
                print(f"{name:16} {mode:18} {res.counts} {res.seconds} s", file=sys.stderr)
                for note in res.notes:
                    print(f"    {note}", file=sys.stderr)
        resume = [crash_resume(b, args.resume_docs, args.kills, work) for b in ("sqlite", "postgresql")
                  if args.kills and f"ingest-{b}" in modes]
    finally:
        for _, schema in dbs.values():
            if schema:
                drop_schema(schema)
    print(table(results))
    for r in resume:
        print(f"\ncrash and resume, {r['backend']}: {r['kills']} kill(s) at {r['stored_at_kill']} stored, "
              f"{r['documents_resumed']}/{r['documents_clean']} documents, {r['records_resumed']}/"
              f"{r['records_clean']} records, identical: {r['identical']} {r['differing_tables'] or ''}; "
              f"runs: {r['run_statuses']}")
    if args.json:
        Path(args.json).write_text(json.dumps({"size": args.size, "timeout": args.timeout,
                                               "classes": [asdict(r) for r in results], "resume": resume},
                                              indent=2), "utf-8")
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
