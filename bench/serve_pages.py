#!/usr/bin/env python3
"""Load check of the web UI of ``newsledger serve``: latency of every page, from a second process.

The companion of ``bench/serve.py`` (which times the JSON API), on the same synthesised ledger
(``--keep DIR`` and ``--pg-schema`` reuse one that script built). The server runs in its own
process on 127.0.0.1; this one sends ``--requests`` GET requests per page (dashboard, every list
with and without filters and its second page, search, and one article, agreement, conflict and
actor page), one at a time over one kept-alive connection, within ``--time-limit`` seconds in all.
Prints the median and p95 per page (the target at 50,000 documents: p95 < 200 ms).

    NEWSLEDGER_EVAL_DATA=../shared/eval .venv/bin/python bench/serve_pages.py \\
        [--ledger-docs 2000] [--backends sqlite,postgresql] [--requests 30] [--json out.json]
"""

from __future__ import annotations

import argparse
import html
import json
import re
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ingest import PG, drop, pg_url
from serve import Client, build, free_port, measure, start_server


class PageClient(Client):
    """GETs of HTML pages, timed; the body is returned as text."""

    def get(self, path: str) -> tuple[float, int, Any]:
        start = time.perf_counter()
        self.conn.request("GET", path)
        response = self.conn.getresponse()
        body = response.read()
        return (time.perf_counter() - start) * 1000, response.status, body.decode("utf-8", "replace")


LISTS = (("documents", {"outlet": "Lagos"}), ("statements", {"type": "direct"}), ("events", {"type": "ASSAULT"}),
         ("actors", {"type": "PERSON"}), ("agreements", {"type": "treaty"}),
         ("conflicts", {"type": "characterisation"}), ("claims", {"kind": "quantity"}))


def pages(client: PageClient) -> dict[str, list[str]]:
    """The pages to time, named; ids and next-page links are read from the list pages first."""

    def found(path: str, pattern: str) -> str | None:
        _, status, body = client.get(path)
        m = re.search(pattern, body) if status == 200 else None
        return html.unescape(m.group(1)) if m else None

    out: dict[str, list[str]] = {"/": ["/"]}
    for name, filters in LISTS:
        query = "&".join(f"{k}={v}" for k, v in filters.items())
        out[f"/{name}"] = [f"/{name}", f"/{name}?{query}"]
        nxt = found(f"/{name}", r'<a href="([^"]+)" rel="next">')
        if nxt:
            out[f"/{name} page 2"] = [nxt]
    actor = found("/actors?type=GPE", r'href="/actors/(act-[0-9a-f]+)"')
    out["/events dyad"] = [f"/events?from={actor}" if actor else "/events?from=USA", "/events?from=USA&to=RUS"]
    out["/search"] = ["/search?text=president", "/search?text=talks+minister&outlet=Oslo"]
    for kind, prefix in (("documents", "doc"), ("agreements", "agr"), ("conflicts", "con"), ("actors", "act")):
        ident = found(f"/{kind}?limit=5", rf'href="/{kind}/({prefix}-[0-9a-f]+)"')
        if ident:
            out[f"/{kind}/{{id}}"] = [f"/{kind}/{ident}"]
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--ledger-docs", type=int, default=2000)
    ap.add_argument("--articles", type=int, default=20, help="PolNeAR dev articles the synthetic ledger copies")
    ap.add_argument("--backends", default="sqlite,postgresql")
    ap.add_argument("--requests", type=int, default=30, help="requests per page (after one warm-up each)")
    ap.add_argument("--time-limit", type=float, default=300, help="seconds of requests in all, per backend")
    ap.add_argument("--keep", metavar="DIR", help="keep the SQLite ledger here (and reuse it)")
    ap.add_argument("--pg-schema", help="use an existing PostgreSQL ledger in this schema (kept)")
    ap.add_argument("--json", metavar="FILE")
    args = ap.parse_args()
    report: dict[str, Any] = {"ledger_docs": args.ledger_docs}
    with tempfile.TemporaryDirectory() as tmpdir:
        tmp = Path(tmpdir)
        for backend in [b for b in args.backends.split(",") if b]:
            schema = ""
            if backend == "sqlite":
                url = str((Path(args.keep) if args.keep else tmp) / f"serve-{args.ledger_docs}.db")
            elif args.pg_schema:
                url = f"{PG}?schema={args.pg_schema}"
            else:
                url, schema = pg_url("serve")
            start = time.perf_counter()
            build(url, args.ledger_docs, args.articles, tmp)
            print(f"{backend}: ledger ready in {time.perf_counter() - start:.0f} s", file=sys.stderr, flush=True)
            port = free_port()
            server = start_server(url, port)
            try:
                client = PageClient(port)
                paths = pages(client)
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


if __name__ == "__main__":
    main()
