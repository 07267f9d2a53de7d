#!/usr/bin/env python3
"""Dump the analysis JSON of a fixed corpus, or compare two dumps: the check that a speed change changes no output.

The corpus: the first ``--docs`` PolNeAR dev articles (``$NEWSLEDGER_EVAL_DATA``) and the written contradiction dev
files (``tests/data/contradictions/written_dev*.yaml``), each run through ``analyze_documents`` and serialised as
``bench/throughput.py`` does (``to_dict`` then ``json.dumps``), one line per document.

    .venv/bin/python bench/same_output.py dump before.jsonl      # on the old code
    .venv/bin/python bench/same_output.py dump after.jsonl       # on the new code
    .venv/bin/python bench/same_output.py compare before.jsonl after.jsonl
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _documents(limit: int) -> Iterator[tuple[str, str, str | None]]:
    import yaml

    eval_dir = os.environ.get("NEWSLEDGER_EVAL_DATA")
    if eval_dir:
        with (Path(eval_dir) / "quotes_polnear" / "dev.jsonl").open(encoding="utf-8") as fh:
            lines = [line for line in fh if line.strip()][:limit]
        for n, line in enumerate(lines):
            yield f"polnear:{n}", json.loads(line)["text"], None
    for path in sorted((ROOT / "tests/data/contradictions").glob("written_dev*.yaml")):
        for article in yaml.safe_load(path.read_text("utf-8"))["articles"]:
            if article.get("text"):
                yield f"{path.name}:{article['id']}", article["text"], article.get("published")


def dump(out: str, limit: int) -> int:
    from newsledger import Document, Skipped, analyze_documents, load_settings

    docs = (Document(text=t, origin=o, published=p) for o, t, p in _documents(limit))
    with open(out, "w", encoding="utf-8") as fh:
        for item in analyze_documents(docs, load_settings()):
            line = json.dumps(item.__dict__ if isinstance(item, Skipped) else item.to_dict(), ensure_ascii=False,
                              default=str)
            fh.write(line + "\n")
    return 0


def compare(before: str, after: str) -> int:
    a = Path(before).read_text("utf-8").splitlines()
    b = Path(after).read_text("utf-8").splitlines()
    differ = [n for n, (x, y) in enumerate(zip(a, b, strict=False)) if x != y]
    if len(a) != len(b) or differ:
        print(f"DIFFERENT: {len(a)} / {len(b)} documents, lines differing: {differ[:20]}")
        return 1
    print(f"identical: {len(a)} documents")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump")
    d.add_argument("out")
    d.add_argument("--docs", type=int, default=50)
    c = sub.add_parser("compare")
    c.add_argument("before")
    c.add_argument("after")
    args = ap.parse_args()
    return dump(args.out, args.docs) if args.cmd == "dump" else compare(args.before, args.after)


if __name__ == "__main__":
    sys.exit(main())
