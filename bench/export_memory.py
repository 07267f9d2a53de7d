#!/usr/bin/env python3
"""Export benchmark: ``newsledger export KIND`` streams a large ledger in constant memory.

Each (kind, format) pair runs the real command (``newsledger export KIND --format F --out FILE
--db URL``) in a process of its own, so no measurement inherits another's memory. Inside that
process the stream of chunks is watched: after each chunk the process's peak resident set so far
(``VmHWM`` in ``/proc/self/status``) is noted against the rows written so far. The report gives,
per pair, the peak after the first 10%, 40% and 100% of the rows (in stored order, so for
``documents`` of a 50,000-document ledger: after 5,000, 20,000 and 50,000 documents; for the other
kinds the rows of about as many documents), the whole process's peak from ``wait4``, the rows, the
seconds of the whole command and of the stream itself (first chunk asked to last chunk written), and rows/s
over the stream. Constant memory means the three peaks are about equal:
``growth_mb`` (peak at 100% less peak at 10%) is the figure to watch. The output file is deleted.

    PYTHONPATH=src .venv/bin/python bench/export_memory.py --db /path/ledger.db \\
        [--kinds documents,events] [--formats csv,jsonl,parquet] [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

MARKS = (0.1, 0.4, 1.0)


def _hwm_kb() -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return 0


def child(db: str, kind: str, fmt: str, out: str, report: str) -> None:
    """Run the export command in this process, noting the peak RSS as the rows stream by."""
    from newsledger.serve.cli import main
    from newsledger.store import export

    marks: list[tuple[int, int]] = []  # (rows so far, peak kB so far)
    clock: list[float] = []  # when the stream started, and when its last chunk was written
    original = export.export_rows

    def watched(conn: Any, kind: str) -> Iterator[list[dict[str, Any]]]:
        n = 0
        clock[:] = [time.perf_counter()] * 2
        for rows in original(conn, kind):
            yield rows
            n += len(rows)  # the chunk has been written when the writer asks for the next one
            marks.append((n, _hwm_kb()))
            clock[1] = time.perf_counter()

    export.export_rows = watched  # type: ignore[assignment]  # write_export looks it up at call time
    start = time.perf_counter()
    try:
        sys.argv = ["newsledger", "export", kind, "--format", fmt, "--out", out, "--db", db]
        main()
    finally:
        seconds = time.perf_counter() - start
        stream = clock[1] - clock[0] if clock else 0.0
        Path(report).write_text(json.dumps({"marks": marks, "seconds": seconds, "stream_seconds": stream}))


def measure(db: str, kind: str, fmt: str, tmp: Path) -> dict[str, Any]:
    out, report = tmp / f"{kind}.{fmt}", tmp / f"{kind}.{fmt}.json"
    cmd = [sys.executable, __file__, "--child", db, kind, fmt, str(out), str(report)]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    assert proc.stderr is not None
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"export {kind} {fmt} failed ({proc.returncode}): {err.decode()[-2000:]}")
    data = json.loads(report.read_text())
    size = out.stat().st_size if out.exists() else 0
    out.unlink(missing_ok=True)
    marks: list[list[int]] = data["marks"]
    rows = marks[-1][0] if marks else 0
    peaks = {}
    for share in MARKS:
        upto = [kb for n, kb in marks if n <= max(1, share * rows)] or [marks[0][1] if marks else 0]
        peaks[f"peak_mb_at_{int(share * 100)}pct"] = round(max(upto) / 1024, 1)
    stream = data["stream_seconds"]
    result: dict[str, Any] = {"kind": kind, "format": fmt, "rows": rows, "command_s": round(data["seconds"], 2),
                              "stream_s": round(stream, 2), "rows_per_s": round(rows / stream) if stream else 0,
                              **peaks,
                              "growth_mb": round(peaks["peak_mb_at_100pct"] - peaks["peak_mb_at_10pct"], 1),
                              "process_peak_mb": round(usage.ru_maxrss / 1024, 1), "file_mb": round(size / 2**20, 1)}
    return result


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        child(*sys.argv[2:7])
        return
    from newsledger.store.export import FORMATS, KINDS

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", required=True, action="append", help="ledger path or URL (repeat for several)")
    ap.add_argument("--kinds", default=",".join(KINDS))
    ap.add_argument("--formats", default=",".join(FORMATS))
    ap.add_argument("--tmp", help="where the export files go while they are measured (default: a temp dir)")
    ap.add_argument("--json", metavar="FILE")
    args = ap.parse_args()
    results: dict[str, list[dict[str, Any]]] = {}
    with tempfile.TemporaryDirectory(dir=args.tmp) as tmpdir:
        for db in args.db:
            results[db] = []
            for kind in args.kinds.split(","):
                for fmt in args.formats.split(","):
                    r = measure(db, kind, fmt, Path(tmpdir))
                    results[db].append(r)
                    print(json.dumps({"db": db, **r}), flush=True)
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
