"""Snapshot the pipeline's output on a fixed corpus, or compare two snapshots: the check for "no behaviour change".

A refactoring that must not change what newsledger extracts is run against a snapshot made before it:

    python tools/snapshot_outputs.py write before.jsonl          # on the old code
    python tools/snapshot_outputs.py write after.jsonl           # on the new code
    python tools/snapshot_outputs.py diff before.jsonl after.jsonl
    python tools/snapshot_outputs.py diff before.jsonl after.jsonl --only entities,events --drop claim_id,confidence

``--only`` compares the named sections alone; ``--drop`` leaves the named keys out of every record
(fields a change adds on purpose).

The corpus: the bundled sample, the scored articles and agreement articles under ``tests/data``, and, where
``$NEWSLEDGER_EVAL_DATA`` is set, the founding article, the real pages' extracted text and the first 80
PolNeAR dev articles. ``diff`` prints, per document and section, the records that differ, and exits 1 if any.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def _corpus() -> Iterator[tuple[str, str, dt.date | None]]:
    import yaml

    sample = json.loads((ROOT / "src/newsledger/data/sample_article.json").read_text("utf-8"))
    yield "sample", sample["text"], dt.date.fromisoformat(sample["published"][:10])
    for path in sorted((ROOT / "tests/data/scored_articles").rglob("article.txt")):
        gold = path.parent / "gold.json"
        published = None
        if gold.is_file():
            meta = json.loads(gold.read_text("utf-8")).get("document", {})
            published = dt.date.fromisoformat(meta["published"][:10]) if meta.get("published") else None
        yield str(path.relative_to(ROOT)), path.read_text("utf-8"), published
    for name in ("agreement_articles.yaml", "agreement_articles_heldout.yaml"):
        data = yaml.safe_load((ROOT / "tests/data" / name).read_text("utf-8"))
        items = data.get("articles", data) if isinstance(data, dict) else data
        for n, item in enumerate(items):
            if isinstance(item, dict) and item.get("text"):
                pub = item.get("published")
                yield f"{name}#{n}", item["text"], dt.date.fromisoformat(str(pub)[:10]) if pub else None
    eval_dir = os.environ.get("NEWSLEDGER_EVAL_DATA")
    if not eval_dir:
        return
    ev = Path(eval_dir)
    seed = ev / "seed"
    gold = json.loads((seed / "gold.json").read_text("utf-8"))
    pub = (gold.get("document") or {}).get("published")
    yield "seed", (seed / "article.txt").read_text("utf-8"), dt.date.fromisoformat(pub[:10]) if pub else None
    pages = json.loads((ev / "real_pages/ground-truth.json").read_text("utf-8"))
    for key in sorted(pages):
        body = pages[key].get("articleBody") or ""
        if body.strip():
            yield f"real_pages/{key[:12]}", body, dt.date(2024, 6, 1)
    with (ev / "quotes_polnear/dev.jsonl").open(encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            if n >= 80:
                break
            rec = json.loads(line)
            yield f"polnear/{rec['doc_id']}", rec["text"], dt.date.fromisoformat(rec["date"]) if rec.get("date") \
                else None


def write(out: Path) -> None:
    from newsledger.config import load_settings
    from newsledger.models import Analysis, Document
    from newsledger.pipeline import analyze_documents

    items = list(_corpus())
    docs = [Document(text=t, published=p, origin=name) for name, t, p in items]
    # Results are matched to their input by origin, never by position: a stage may emit a skip before
    # the analyses of earlier documents of its batch.
    results: dict[str, dict[str, Any]] = {}
    for result in analyze_documents(docs, load_settings()):
        if isinstance(result, Analysis):
            record: dict[str, Any] = result.to_dict()
            record["document"] = {"sha256": record["document"].get("sha256")}
            results[result.document.origin] = record
        else:
            results[result.origin] = {"skipped": result.reason}
    with out.open("w", encoding="utf-8") as fh:
        for name, _, _ in items:
            fh.write(json.dumps({"name": name, **results[name]}, sort_keys=True, ensure_ascii=False) + "\n")
    print(f"{len(items)} documents -> {out}")


def _strip(value: Any, drop: frozenset[str]) -> Any:
    if isinstance(value, dict):
        return {k: _strip(v, drop) for k, v in value.items() if k not in drop}
    if isinstance(value, list):
        return [_strip(v, drop) for v in value]
    return value


def _load(path: Path, only: frozenset[str], drop: frozenset[str]) -> dict[str, Any]:
    out = {}
    for record in map(json.loads, path.read_text("utf-8").splitlines()):
        kept = {k: v for k, v in record.items() if not only or k in only or k in ("name", "skipped")}
        out[record["name"]] = _strip(kept, drop)
    return out


def diff(a: Path, b: Path, only: frozenset[str] = frozenset(), drop: frozenset[str] = frozenset()) -> int:
    left = _load(a, only, drop)
    right = _load(b, only, drop)
    changed = 0
    for name in sorted(set(left) | set(right)):
        ra, rb = left.get(name), right.get(name)
        if ra == rb:
            continue
        changed += 1
        if ra is None or rb is None:
            print(f"== {name}: only in {'after' if ra is None else 'before'}")
            continue
        for section in sorted(set(ra) | set(rb)):
            if ra.get(section) != rb.get(section):
                va, vb = ra.get(section), rb.get(section)
                if isinstance(va, list) and isinstance(vb, list):
                    gone = [x for x in va if x not in vb]
                    new = [x for x in vb if x not in va]
                    print(f"== {name} {section}: -{len(gone)} +{len(new)}")
                    for x in gone[:3]:
                        print("   -", json.dumps(x, ensure_ascii=False)[:300])
                    for x in new[:3]:
                        print("   +", json.dumps(x, ensure_ascii=False)[:300])
                else:
                    print(f"== {name} {section}: {str(va)[:200]} -> {str(vb)[:200]}")
    print(f"{changed} of {len(set(left) | set(right))} documents differ")
    return 1 if changed else 0


def main(argv: list[str]) -> int:
    if len(argv) == 2 and argv[0] == "write":
        write(Path(argv[1]))
        return 0
    if len(argv) >= 3 and argv[0] == "diff":
        opts = dict(zip(argv[3::2], argv[4::2], strict=False))
        if len(argv) % 2 == 0 or set(opts) - {"--only", "--drop"}:
            print(__doc__, file=sys.stderr)
            return 2
        return diff(Path(argv[1]), Path(argv[2]), frozenset(filter(None, opts.get("--only", "").split(","))),
                    frozenset(filter(None, opts.get("--drop", "").split(","))))
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
