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

import html
import re
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from serve import Client, run


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
    run(__doc__.splitlines()[0], PageClient, pages, "page")

if __name__ == "__main__":
    main()
