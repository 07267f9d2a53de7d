#!/usr/bin/env python3
"""``newsledger analyze --jobs 2`` against ``--jobs 1``: the speed-up of worker processes, and their memory.

Both runs are the real command (``newsledger analyze CORPUS.jsonl --format jsonl --jobs N``), started
fresh, on the same JSON Lines corpus, with the output written to a file and hashed: the two outputs
must be identical (same records, same ids, same order), or the benchmark fails. Runs alternate
``--rounds`` times; the best of each counts. Model loading counts too: it is what a user waits for.

While a run goes, the resident memory of the command and of every process under it (the workers, under
the fork server) is read from Linux's ``/proc/PID/status`` twice a second; the peak (``VmHWM``) of each
process is reported, the workers' separately from the parent's.

It prints words per second of each run, the speed-up (jobs N / jobs 1; 1.0 is no gain, N the ceiling),
the CPU seconds the run used (all its processes, sampled from ``/proc/PID/stat``: on a machine other
jobs share, CPU / wall time shows how much of the cores the run actually got), and the peak memory
per process.

Corpus: ``--corpus FILE.jsonl`` (records with a ``text`` field), else the PolNeAR dev articles in
``$NEWSLEDGER_EVAL_DATA`` (read at run time, never copied into the repository), cycled until
``--words`` words, each copy made distinct so that no document is a duplicate of another.

    NEWSLEDGER_EVAL_DATA=../shared/eval .venv/bin/python bench/jobs.py [--words 200000] [--jobs 2] [--rounds 1]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from throughput import ONE_CORE, corpus_texts, stream  # bench/ is not a package: its folder is on sys.path


def write_corpus(texts: list[str], words: int, path: Path) -> tuple[int, int]:
    """The corpus cycled to ``words`` words as JSON Lines; (documents, words) written."""
    docs = total = 0
    with path.open("w", encoding="utf-8") as out:
        for i, text in enumerate(stream(texts, words)):
            body = text if i < len(texts) else f"{text}\n\n(Copy {i // len(texts)} of this report.)"
            out.write(json.dumps({"text": body}) + "\n")
            docs += 1
            total += len(body.split())
    return docs, total


def _status(pid: int) -> dict[str, int]:
    """VmRSS and VmHWM of ``pid`` in kB, and its parent; empty if it is gone."""
    out: dict[str, int] = {}
    try:
        with open(f"/proc/{pid}/status", encoding="utf-8") as fh:
            for line in fh:
                key, _, value = line.partition(":")
                if key in ("VmRSS", "VmHWM"):
                    out[key] = int(value.split()[0])
                elif key == "PPid":
                    out["PPid"] = int(value)
    except (OSError, ValueError):
        return {}
    return out


def _cpu_seconds(pid: int) -> float | None:
    """User + system CPU time of ``pid`` so far (``/proc/PID/stat`` fields 14 and 15)."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as fh:
            fields = fh.read().rsplit(b")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _descendants(root: int) -> list[int]:
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            st = _status(int(entry))
            if "PPid" in st:
                parents[int(entry)] = st["PPid"]
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        kids = [p for p, pp in parents.items() if pp == pid]
        found += kids
        todo += kids
    return found


class MemoryWatch(threading.Thread):
    """Peak resident memory (kB) of a process and each process under it, sampled until stopped."""

    def __init__(self, root: int) -> None:
        super().__init__(daemon=True)
        self.root = root
        self.peaks: dict[int, int] = {}
        self.cpu: dict[int, float] = {}  # CPU seconds (user + system) each process had used when last seen
        self.halt = threading.Event()

    def run(self) -> None:
        while not self.halt.wait(0.5):
            for pid in [self.root, *_descendants(self.root)]:
                st = _status(pid)
                if "VmHWM" in st:
                    self.peaks[pid] = max(self.peaks.get(pid, 0), st["VmHWM"])
                used = _cpu_seconds(pid)
                if used is not None:
                    self.cpu[pid] = used


def run_command(corpus: Path, jobs: int, out: Path) -> dict[str, object]:
    exe = Path(sys.executable).with_name("newsledger")
    env = {**os.environ, **ONE_CORE, "PYTHONWARNINGS": "ignore"}
    start = time.perf_counter()
    with out.open("wb") as sink:
        proc = subprocess.Popen([str(exe), "analyze", str(corpus), "--format", "jsonl", "--jobs", str(jobs)],
                                stdout=sink, stderr=subprocess.PIPE, env=env)
        watch = MemoryWatch(proc.pid)
        watch.start()
        _out, err = proc.communicate()
        watch.halt.set()
        watch.join()
    seconds = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"jobs {jobs}: exit status {proc.returncode}\n{err.decode(errors='replace')[-2000:]}")
    cpu = sum(watch.cpu.values())
    parent_cpu = watch.cpu.get(proc.pid, 0.0)
    parent = watch.peaks.pop(proc.pid, 0)
    # The fork server holds no model: the workers are the processes that grew past it.
    worker_pids = [pid for pid, kb in watch.peaks.items() if kb > 200_000]
    workers = sorted((watch.peaks[pid] for pid in worker_pids), reverse=True)
    worker_cpu = sorted((watch.cpu.get(pid, 0.0) for pid in worker_pids), reverse=True)
    digest = hashlib.sha256(out.read_bytes()).hexdigest()
    return {"jobs": jobs, "seconds": seconds, "parent_mb": parent / 1024, "worker_mb": [kb / 1024 for kb in workers],
            "cpu_seconds": cpu, "parent_cpu_seconds": parent_cpu, "worker_cpu_seconds": worker_cpu, "sha256": digest}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", help="JSON Lines file with a text field (default: PolNeAR dev articles)")
    parser.add_argument("--words", type=int, default=200_000)
    parser.add_argument("--jobs", type=int, default=2, help="worker processes of the parallel run")
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--json", help="write the figures to this file")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="newsledger-jobs-") as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        docs, words = write_corpus(corpus_texts(args.corpus), args.words, corpus)
        print(f"corpus: {docs} documents, {words:,} words; {os.cpu_count()} cores; load {os.getloadavg()[0]:.2f}")
        best: dict[int, dict[str, object]] = {}
        for r in range(args.rounds):
            for jobs in (1, args.jobs):
                res = run_command(corpus, jobs, Path(tmp) / f"out{jobs}.jsonl")
                print(f"round {r + 1} jobs {jobs}: {res['seconds']:.1f} s, {words / float(res['seconds']):,.0f} words/s"
                      f", CPU {res['cpu_seconds']:.1f} s (parent {res['parent_cpu_seconds']:.1f} s)"
                      f", parent {res['parent_mb']:.0f} MB, workers {[round(m) for m in res['worker_mb']]} MB"
                      f", load {os.getloadavg()[0]:.2f}")
                if jobs not in best or float(res["seconds"]) < float(best[jobs]["seconds"]):
                    best[jobs] = res
        one, many = best[1], best[args.jobs]
        if one["sha256"] != many["sha256"]:
            raise SystemExit("the outputs of --jobs 1 and --jobs N differ")
        speedup = float(one["seconds"]) / float(many["seconds"])
        per_worker = max(many["worker_mb"], default=0.0)
        print(f"speed-up jobs {args.jobs} / jobs 1: {speedup:.2f} (outputs identical: {docs} documents)")
        # On a busy machine the wall-clock ratio says more about the other jobs than about this code. The CPU
        # each process used does not: a run that had the cores to itself would take about as long as its
        # busiest process, so this is the speed-up to expect on an idle machine (model loading included).
        slowest = max([*many["worker_cpu_seconds"], many["parent_cpu_seconds"]])
        print(f"CPU seconds: jobs 1 {one['cpu_seconds']:.1f}; jobs {args.jobs}: workers "
              f"{[round(c, 1) for c in many['worker_cpu_seconds']]}, parent {many['parent_cpu_seconds']:.1f}, "
              f"all {many['cpu_seconds']:.1f}; CPU-bound speed-up (idle machine) "
              f"{float(one['cpu_seconds']) / float(slowest):.2f}")
        print(f"peak memory: jobs 1 {one['parent_mb']:.0f} MB; jobs {args.jobs}: parent {many['parent_mb']:.0f} MB, "
              f"largest worker {per_worker:.0f} MB")
        if args.json:
            Path(args.json).write_text(json.dumps({"documents": docs, "words": words, "runs": best,
                                                   "speedup": speedup}, indent=2))


if __name__ == "__main__":
    main()
