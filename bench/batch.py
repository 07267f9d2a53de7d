#!/usr/bin/env python3
"""``newsledger batch`` on a local Ray cluster against ``newsledger analyze --jobs N``, and a killed worker.

1. Speed: the same JSON Lines corpus through ``analyze --jobs N --format jsonl`` and through ``batch
   --workers N`` (a local Ray instance with N CPUs, started by the command: its start-up counts), each a
   fresh command; the ratio is analyze's time over batch's (1.0: as fast; the target is 0.9 or more).
   The Parquet of the batch run is checked against the analyze output, document for document.
2. A worker killed mid-way: a second batch run into a new folder, one of its Ray workers killed with
   SIGKILL once a third of the shards are done. Ray restarts the actor and runs the shard it held again;
   the command is then run again, which must find every shard done. The two folders must hold the same
   Parquet content (row counts and a content hash per record kind), and no finished shard may have been
   redone (each completion marker is written once: its time and process stay as they were).

Corpus as ``bench/jobs.py`` (PolNeAR dev articles in ``$NEWSLEDGER_EVAL_DATA``, cycled to ``--words``).

    NEWSLEDGER_EVAL_DATA=../shared/eval .venv/bin/python bench/batch.py [--words 100000] [--workers 2]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from jobs import MemoryWatch, write_corpus  # bench/ is not a package: its folder is on sys.path
from throughput import ONE_CORE, corpus_texts

KINDS = ["documents", "entities", "statements", "times", "events", "agreements", "claims", "conflicts"]


def command(*args: str) -> list[str]:
    return [str(Path(sys.executable).with_name("newsledger")), *args]


def timed(args: list[str], stdout: Any = subprocess.DEVNULL) -> tuple[float, float, subprocess.Popen[bytes]]:
    """Run a command; (wall seconds, CPU seconds of its process tree, the finished process)."""
    env = {**os.environ, **ONE_CORE, "PYTHONWARNINGS": "ignore", "RAY_DEDUP_LOGS": "0"}
    start = time.perf_counter()
    proc = subprocess.Popen(args, stdout=stdout, stderr=subprocess.PIPE, env=env)
    watch = MemoryWatch(proc.pid)
    watch.start()
    _out, err = proc.communicate()
    watch.halt.set()
    watch.join()
    if proc.returncode not in (0, 2):
        tail = err.decode(errors="replace")[-3000:]
        raise SystemExit(f"{' '.join(args[1:3])}: exit status {proc.returncode}\n{tail}")
    return time.perf_counter() - start, sum(watch.cpu.values()), proc


def content(out: Path) -> dict[str, tuple[int, str]]:
    """Row count and a hash of every row, in shard order, per record kind."""
    import pyarrow.parquet as pq

    found = {}
    for kind in KINDS:
        digest, rows = hashlib.sha256(), 0
        for path in sorted((out / kind).glob("*.parquet")):
            table = pq.read_table(path)
            rows += table.num_rows
            digest.update(json.dumps(table.to_pylist(), sort_keys=True, default=str).encode())
        found[kind] = (rows, digest.hexdigest()[:16])
    return found


def markers(out: Path) -> dict[str, tuple[str, int]]:
    return {p.stem: (json.loads(p.read_text())["finished_at"], json.loads(p.read_text())["pid"])
            for p in (out / "_done").glob("*.json")}


def ray_workers(root: int) -> list[int]:
    """Processes of Ray actors of newsledger (their command line names the actor class), anywhere on the host."""
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                cmd = Path(f"/proc/{entry}/cmdline").read_bytes()
            except OSError:
                continue
            if b"ShardWorker" in cmd and int(entry) != root:
                found.append(int(entry))
    return found


def kill_run(corpus: Path, out: Path, workers: int, shard_docs: int, shards: int) -> dict[str, Any]:
    args = command("batch", str(corpus), "--out", str(out), "--workers", str(workers), "--shard-docs", str(shard_docs),
                   "--no-progress")
    env = {**os.environ, **ONE_CORE, "PYTHONWARNINGS": "ignore"}
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    killed: list[int] = []
    while proc.poll() is None and not killed:
        time.sleep(0.5)
        done = len(list((out / "_done").glob("*.json"))) if (out / "_done").is_dir() else 0
        if done >= max(1, shards // 3):
            victims = ray_workers(proc.pid)
            if victims:
                os.kill(victims[0], signal.SIGKILL)
                killed.append(victims[0])
    stdout, stderr = proc.communicate()
    first = markers(out)
    again_wall, _cpu, again = timed(args)
    return {"killed": killed, "done_when_killed": max(1, shards // 3), "exit": proc.returncode,
            "first_run": stdout.decode().strip().splitlines()[:1], "markers_after_first": len(first),
            "rerun_unchanged_markers": markers(out) == first, "rerun_seconds": again_wall,
            "stderr_tail": stderr.decode(errors="replace")[-400:] if proc.returncode not in (0, 2) else ""}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", help="JSON Lines file with a text field (default: PolNeAR dev articles)")
    parser.add_argument("--words", type=int, default=100_000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--shard-docs", type=int, default=16)
    parser.add_argument("--skip-kill", action="store_true", help="measure the speed only")
    parser.add_argument("--json", help="write the figures to this file")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="newsledger-batch-") as tmp:
        work = Path(tmp)
        corpus = work / "corpus.jsonl"
        docs, words = write_corpus(corpus_texts(args.corpus), args.words, corpus)
        shards = -(-docs // args.shard_docs)
        print(f"corpus: {docs} documents, {words:,} words, {shards} shards; {os.cpu_count()} cores; "
              f"load {os.getloadavg()[0]:.2f}")
        with (work / "analyze.jsonl").open("wb") as sink:
            a_wall, a_cpu, _ = timed(command("analyze", str(corpus), "--format", "jsonl", "--jobs", str(args.workers)),
                                     stdout=sink)
        print(f"analyze --jobs {args.workers}: {a_wall:.1f} s, {words / a_wall:,.0f} words/s, CPU {a_cpu:.1f} s, "
              f"load {os.getloadavg()[0]:.2f}")
        b_wall, b_cpu, _ = timed(command("batch", str(corpus), "--out", str(work / "one"), "--workers",
                                         str(args.workers), "--shard-docs", str(args.shard_docs), "--no-progress"))
        print(f"batch --workers {args.workers}: {b_wall:.1f} s, {words / b_wall:,.0f} words/s, CPU {b_cpu:.1f} s "
              f"(Ray start-up included), load {os.getloadavg()[0]:.2f}")
        print(f"ratio analyze / batch: {a_wall / b_wall:.2f}")
        expected = [json.loads(line)["document"]["id"] for line in (work / "analyze.jsonl").open(encoding="utf-8")]
        import pyarrow.parquet as pq

        got = [i for p in sorted((work / "one" / "documents").glob("*.parquet")) for i in pq.read_table(p)["doc_id"]
               .to_pylist()]
        print(f"documents in input order, as analyze gives them: {got == expected} ({len(got)})")
        figures: dict[str, Any] = {"documents": docs, "words": words, "analyze_seconds": a_wall,
                                   "batch_seconds": b_wall, "ratio": a_wall / b_wall, "same_documents": got == expected}
        if not args.skip_kill:
            kill = kill_run(corpus, work / "two", args.workers, args.shard_docs, shards)
            same = content(work / "one") == content(work / "two")
            print(f"worker killed mid-way (pid {kill['killed']}, after {kill['done_when_killed']} shards): first run "
                  f"exit {kill['exit']}, {kill['markers_after_first']} of {shards} shards done; re-run found every "
                  f"shard done and redid none: {kill['rerun_unchanged_markers']} ({kill['rerun_seconds']:.1f} s)")
            print(f"same Parquet content as the undisturbed run (rows and hash per kind): {same}")
            print("  " + ", ".join(f"{k} {n}" for k, (n, _h) in content(work / "two").items()))
            figures.update(kill=kill, same_content=same)
        if args.json:
            Path(args.json).write_text(json.dumps(figures, indent=2, default=str))


if __name__ == "__main__":
    main()
