#!/usr/bin/env python3
"""Load check of ``newsledger serve``: latency of every API list and view, from a second process.

A ledger of ``--ledger-docs`` documents is synthesised by ``bench/synth_ledger.py`` (PolNeAR dev
articles from ``$NEWSLEDGER_EVAL_DATA`` analysed once, copied with scrambled words, outlets, dates
and names), or reused and topped up (``--sqlite-db PATH``, ``--pg-url URL``, ``--keep DIR``,
``--pg-schema``). ``newsledger serve`` is started on it in its own process, bound to 127.0.0.1 on a
free port, and this process sends it ``--requests`` GET requests per endpoint (lists with and
without filters, their second page, each view, search, dashboard), one at a time over one kept-alive
connection, within ``--time-limit`` seconds in all; then it stops the server. Prints the median and
p95 per endpoint (the target at 50,000 documents: p95 < 200 ms for every list and page).

    NEWSLEDGER_EVAL_DATA=../shared/eval .venv/bin/python bench/serve.py \\
        [--ledger-docs 2000] [--backends sqlite,postgresql] [--requests 30] [--json out.json]
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ingest import PG, drop, pg_url
from synth_ledger import build


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


class Client:
    """GETs to the server over one connection, timed."""

    def __init__(self, port: int) -> None:
        self.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)

    def get(self, path: str) -> tuple[float, int, Any]:
        start = time.perf_counter()
        self.conn.request("GET", path)
        response = self.conn.getresponse()
        body = response.read()
        took = (time.perf_counter() - start) * 1000
        return took, response.status, json.loads(body) if body else None


def start_server(url: str, port: int) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1] / "src")}
    proc = subprocess.Popen([sys.executable, "-m", "newsledger.serve.cli", "serve", "--db", url, "--host", "127.0.0.1",
                             "--port", str(port)], env=env, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"the server stopped: {proc.stderr.read().decode() if proc.stderr else ''}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return proc
        except OSError:
            time.sleep(0.2)
    proc.terminate()
    raise SystemExit("the server did not start within 60 s")


def endpoints(client: Client) -> dict[str, list[str]]:
    """The paths to time, named by endpoint; ids and cursors are read from the server first."""

    def first(path: str, key: str) -> tuple[str | None, str | None]:
        _, status, body = client.get(path)
        if status != 200 or not body["items"]:
            return None, None
        return body["items"][0][key], body["next"]

    out: dict[str, list[str]] = {}
    for name, key, filters in (("documents", "document", {"outlet": "Lagos"}),
                               ("statements", "statement", {"type": "direct"}),
                               ("events", "event", {"type": "ASSAULT"}),
                               ("actors", "actor", {"type": "PERSON"}),
                               ("agreements", "agreement", {"type": "treaty"}),
                               ("conflicts", "conflict", {"type": "characterisation"}),
                               ("claims", "claim", {"kind": "quantity"})):
        _, nxt = first(f"/api/{name}", key)
        out[f"/api/{name}"] = [f"/api/{name}", f"/api/{name}?{urlencode(filters)}"]
        if nxt:
            out[f"/api/{name} page 2"] = [f"/api/{name}?cursor={quote(nxt)}"]
    actor, _ = first("/api/actors?type=GPE", "actor")
    out["/api/events dyad"] = [f"/api/events?from={actor}", "/api/events?from=USA&to=RUS"]
    out["/api/search"] = ["/api/search?q=president", "/api/search?q=talks%20minister&outlet=Oslo"]
    out["/api/dashboard"] = ["/api/dashboard"]
    for name, key in (("documents", "document"), ("actors", "actor"), ("agreements", "agreement"),
                      ("conflicts", "conflict")):
        found, _ = first(f"/api/{name}?limit=5", key)
        if found:
            out[f"/api/{name}/{{id}}"] = [f"/api/{name}/{quote(found)}"]
    return out


def measure(client: Client, paths: dict[str, list[str]], requests: int, until: float) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for name, variants in paths.items():
        times, errors = [], 0
        for i in range(requests):
            if time.monotonic() > until:
                break
            took, status, _ = client.get(variants[i % len(variants)])
            times.append(took)
            errors += status >= 400
        if times:
            times.sort()
            out[name] = {"median_ms": round(statistics.median(times), 1),
                         "p95_ms": round(times[int(0.95 * (len(times) - 1))], 1), "requests": len(times),
                         "errors": errors}
    return out


def run(description: str, make_client: Callable[[int], Client], paths_of: Callable[[Any], dict[str, list[str]]],
        unit: str) -> None:
    """The command line of a load check: build (or reuse) a ledger per backend, serve it in a process of its own,
    request ``paths_of(client)`` from this one and print median and p95 per path (``unit``: what a path is)."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("--ledger-docs", type=int, default=2000)
    ap.add_argument("--articles", type=int, default=20, help="PolNeAR dev articles the synthetic ledger copies")
    ap.add_argument("--backends", default="sqlite,postgresql")
    ap.add_argument("--requests", type=int, default=30, help=f"requests per {unit} (after one warm-up each)")
    ap.add_argument("--time-limit", type=float, default=300, help="seconds of requests in all, per backend")
    ap.add_argument("--keep", metavar="DIR", help="keep the SQLite ledger here (and reuse it)")
    ap.add_argument("--pg-schema", help="use an existing PostgreSQL ledger in this schema (kept)")
    ap.add_argument("--sqlite-db", metavar="PATH", help="the SQLite ledger at this path (kept; topped up to "
                    "--ledger-docs by bench/synth_ledger.py; overrides --keep)")
    ap.add_argument("--pg-url", metavar="URL", help="the PostgreSQL ledger at this URL (kept; topped up likewise)")
    ap.add_argument("--json", metavar="FILE")
    args = ap.parse_args()
    report: dict[str, Any] = {"ledger_docs": args.ledger_docs}
    with tempfile.TemporaryDirectory() as tmpdir:
        tmp = Path(tmpdir)
        for backend in [b for b in args.backends.split(",") if b]:
            schema = ""
            if backend == "sqlite":
                url = args.sqlite_db or str((Path(args.keep) if args.keep else tmp) / f"serve-{args.ledger_docs}.db")
            elif args.pg_url:
                url = args.pg_url
            elif args.pg_schema:
                url = f"{PG}?schema={args.pg_schema}"
            else:
                url, schema = pg_url("serve")
            start = time.perf_counter()
            build(url, args.ledger_docs, articles=args.articles, cache=tmp / "templates.pkl", log=False).close()
            print(f"{backend}: ledger ready in {time.perf_counter() - start:.0f} s", file=sys.stderr, flush=True)
            port = free_port()
            server = start_server(url, port)
            try:
                client = make_client(port)
                paths = paths_of(client)
                for variants in paths.values():  # warm each once
                    client.get(variants[0])
                report[backend] = measure(client, paths, args.requests, time.monotonic() + args.time_limit)
            finally:
                server.terminate()
                server.wait(timeout=30)
                if schema:
                    drop(schema)
            print(json.dumps({backend: report[backend]}, indent=2), flush=True)
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=2))


def main() -> None:
    run(__doc__.splitlines()[0], Client, endpoints, "endpoint")

if __name__ == "__main__":
    main()
