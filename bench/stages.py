#!/usr/bin/env python3
"""Time of each extractor against the spaCy parse of the same documents.

Parses the corpus once with the model as shipped (timed: the bare parse) and once with newsledger's
(its components, the attribute ruler as tables: timed apart), then runs the extractors in ``analyze_parsed``'s order
over the parsed documents ``--rounds`` times and keeps each extractor's best round. It prints each
extractor's seconds and its share of the parse time, so a slow stage shows before it moves the
``bench/throughput.py`` ratio (which is too noisy on shared cores to tell 1% from 3%). The work of ``analyze``
outside the parse and the extractors is timed too, in CPU seconds, so a gap between the two benches shows where it
is: the publication date and the language check before the parse, building the ``Analysis``, ``to_dict`` and
``json.dumps`` (what the CLI and ``bench/throughput.py`` do per document) after it.

Corpus: the PolNeAR dev articles in ``$NEWSLEDGER_EVAL_DATA`` (read at run time, never copied), or
``--corpus FILE.jsonl`` (records with a ``text`` field).

    .venv/bin/python bench/stages.py [--docs 150] [--rounds 3]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

from newsledger.config import load_settings
from newsledger.extract import actors, agreements, claims, conflicts, events, statements, times
from newsledger.extract.actors import entities
from newsledger.extract.walk import seed_text
from newsledger.ingest import read_text
from newsledger.ingest.dateline import fill_published
from newsledger.lexicon import load_lexicon
from newsledger.models import Analysis, Skipped
from newsledger.parse import Parsed, check_language, load_stock_model, parse

OUTSIDE = ("dateline", "language", "analysis", "to_dict", "json")  # analyze's work outside parse and extractors


def _texts(corpus: str | None, limit: int) -> list[str]:
    path = Path(corpus) if corpus else None
    if path is None:
        eval_dir = os.environ.get("NEWSLEDGER_EVAL_DATA")
        if not eval_dir:
            sys.exit("no corpus: pass --corpus FILE.jsonl or set NEWSLEDGER_EVAL_DATA")
        path = Path(eval_dir) / "quotes_polnear" / "dev.jsonl"
    out = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                out.append(json.loads(line)["text"])
            if len(out) >= limit:
                break
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus")
    ap.add_argument("--docs", type=int, default=150)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args(argv)
    settings = load_settings()
    lexicon = load_lexicon(settings)
    list(parse([read_text("A warm-up sentence.", "warm-up")], settings))  # the model loads here
    docs = [read_text(t, f"doc{n}") for n, t in enumerate(_texts(args.corpus, args.docs))]
    stock = load_stock_model(settings.spacy_model)
    for _ in stock.pipe([d.text for d in docs[:20]], batch_size=settings.batch_size):
        pass  # both models warmed on the same documents before they are timed
    list(parse(docs[:20], settings))
    t0 = time.perf_counter()
    for _ in stock.pipe([d.text for d in docs], batch_size=settings.batch_size):
        pass
    parse_s = time.perf_counter() - t0  # the model as shipped: what the shares below are of
    outside: dict[str, float] = {}
    c0 = time.process_time()
    docs = list(fill_published(docs))
    outside["dateline"] = time.process_time() - c0
    c0 = time.process_time()
    docs = [d for d in check_language(docs, settings) if not isinstance(d, Skipped)]
    outside["language"] = time.process_time() - c0
    t0 = time.perf_counter()
    items = [p for p in parse(docs, settings) if isinstance(p, Parsed)]
    ours_s = time.perf_counter() - t0  # newsledger's parse: its components, the ruler as tables
    parsed = [p.doc for p in items]
    docs = [p.document for p in items]
    words = sum(len(d) for d in parsed)
    best: dict[str, float] = {}
    for _ in range(args.rounds):
        spent: dict[str, float] = dict.fromkeys(
            ("actors", "times", "statements", "events", "agreements", "claims", "conflicts", *OUTSIDE[2:]), 0.0)
        for doc, document in zip(parsed, docs, strict=True):
            seed_text(doc, document.text)  # as analyze_parsed does
            t = time.perf_counter()
            ents = actors.actors(doc, entities.entities(doc, lexicon), lexicon, document.published)
            spent["actors"] += time.perf_counter() - t
            t = time.perf_counter()
            tms = times.times(doc, document, lexicon)
            spent["times"] += time.perf_counter() - t
            t = time.perf_counter()
            stmts = statements.statements(doc, ents, tms, lexicon)
            spent["statements"] += time.perf_counter() - t
            t = time.perf_counter()
            evs = events.events(doc, ents, stmts, tms, lexicon, document.published)
            spent["events"] += time.perf_counter() - t
            t = time.perf_counter()
            ags = agreements.agreements(doc, ents, stmts, tms, lexicon)
            spent["agreements"] += time.perf_counter() - t
            t = time.perf_counter()
            cls = claims.claims(doc, ents, stmts, evs, tms, ags, lexicon)
            spent["claims"] += time.perf_counter() - t
            t = time.perf_counter()
            cls, cfs = conflicts.conflicts(doc, ents, stmts, evs, tms, ags, cls, lexicon)
            spent["conflicts"] += time.perf_counter() - t
            c = time.process_time()
            analysis = Analysis(document=document, entities=ents, times=tms, statements=stmts, events=evs,
                                agreements=ags, claims=cls, conflicts=cfs)
            spent["analysis"] += time.process_time() - c
            c = time.process_time()
            record = analysis.to_dict()
            spent["to_dict"] += time.process_time() - c
            c = time.process_time()
            json.dumps(record, ensure_ascii=False)
            spent["json"] += time.process_time() - c
        for name, s in spent.items():
            best[name] = min(best.get(name, s), s)
    print(f"{len(docs)} documents, {words:,} tokens; bare parse (spaCy as shipped) {parse_s:.2f} s, "
          f"newsledger's parse {ours_s:.2f} s ({100 * ours_s / parse_s:.1f}% of the bare parse)")
    outside.update((name, best.pop(name)) for name in OUTSIDE[2:])
    for name, s in best.items():
        print(f"{name:<11} {s:6.3f} s  {100 * s / parse_s:5.1f}% of the parse")
    total = sum(best.values())
    print(f"{'all':<11} {total:6.3f} s  {100 * total / parse_s:5.1f}% of the parse")
    print("outside the parse and the extractors (CPU seconds; dateline and language once, the rest best round):")
    for name, s in outside.items():
        print(f"{name:<11} {s:6.3f} s  {100 * s / parse_s:5.1f}% of the parse")
    rest = sum(outside.values())
    print(f"{'outside':<11} {rest:6.3f} s  {100 * rest / parse_s:5.1f}% of the parse")
    return 0


if __name__ == "__main__":
    sys.exit(main())
