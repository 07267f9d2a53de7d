#!/usr/bin/env python3
"""Time of each extractor against the spaCy parse of the same documents.

Parses the corpus with the model as shipped (the bare parse) and with newsledger's (its components, the attribute
ruler as tables), alternating the two ``--rounds`` times, then runs the extractors in ``analyze_parsed``'s order
over the parsed documents ``--rounds`` times; the best round of each counts. Every figure is CPU seconds of this
process, the bare parse's among them: wall-clock seconds on shared cores move with the load of other processes
(a parse timed once at a busy minute against extractors' best rounds made them look a third of their true share).
Each round of the extractors starts from the documents as the parse left them (``Doc.user_data`` restored), so
what the first extractor of a document caches there is made again each round, as in ``analyze``. It prints
each extractor's seconds and its share of the bare parse, so a slow stage shows before it moves the
``bench/throughput.py`` ratio (which is too noisy on shared cores to tell 1% from 3%), then the work of ``analyze``
outside the parse and the extractors (the publication date and the language check before the parse, building the
``Analysis``, ``to_dict`` and ``json.dumps`` after it), and the throughput ratio the parts add up to.

Corpus: the PolNeAR dev articles in ``$NEWSLEDGER_EVAL_DATA`` (read at run time, never copied), or
``--corpus FILE.jsonl`` (records with a ``text`` field).

    .venv/bin/python bench/stages.py [--docs 150] [--rounds 3]
"""

# ruff: noqa: E402  (the thread settings below come before numpy is imported)
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

# One thread for the linear algebra, as bench/throughput.py runs both: CPU seconds of idle BLAS threads are no work.
for _name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_name, "1")

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
    outside: dict[str, float] = {}
    c0 = time.process_time()
    docs = list(fill_published(docs))
    outside["dateline"] = time.process_time() - c0
    c0 = time.process_time()
    docs = [d for d in check_language(docs, settings) if not isinstance(d, Skipped)]
    outside["language"] = time.process_time() - c0
    stock = load_stock_model(settings.spacy_model)
    for _ in stock.pipe([d.text for d in docs[:20]], batch_size=settings.batch_size):
        pass  # both models warmed on the same documents before they are timed
    list(parse(docs[:20], settings))
    parse_s = ours_s = float("inf")
    items: list[Parsed] = []
    for _ in range(args.rounds):
        c0 = time.process_time()
        for _ in stock.pipe([d.text for d in docs], batch_size=settings.batch_size):
            pass
        parse_s = min(parse_s, time.process_time() - c0)  # the model as shipped: what the shares below are of
        c0 = time.process_time()
        items = [p for p in parse(docs, settings) if isinstance(p, Parsed)]
        ours_s = min(ours_s, time.process_time() - c0)  # newsledger's parse: its components, the ruler as tables
    parsed = [p.doc for p in items]
    docs = [p.document for p in items]
    as_parsed = [dict(doc.user_data) for doc in parsed]
    words = sum(len(d) for d in parsed)
    best: dict[str, float] = {}
    clock = time.process_time
    for _ in range(args.rounds):
        spent: dict[str, float] = dict.fromkeys(
            ("actors", "times", "statements", "events", "agreements", "claims", "conflicts", *OUTSIDE[2:]), 0.0)
        for doc, document, data in zip(parsed, docs, as_parsed, strict=True):
            doc.user_data.clear()
            doc.user_data.update(data)  # what the extractors cached there in the last round is gone
            seed_text(doc, document.text)  # as analyze_parsed does
            t = clock()
            ents = actors.actors(doc, entities.entities(doc, lexicon), lexicon, document.published)
            spent["actors"] += clock() - t
            t = clock()
            tms = times.times(doc, document, lexicon)
            spent["times"] += clock() - t
            t = clock()
            stmts = statements.statements(doc, ents, tms, lexicon)
            spent["statements"] += clock() - t
            t = clock()
            evs = events.events(doc, ents, stmts, tms, lexicon, document.published)
            spent["events"] += clock() - t
            t = clock()
            ags = agreements.agreements(doc, ents, stmts, tms, lexicon)
            spent["agreements"] += clock() - t
            t = clock()
            cls = claims.claims(doc, ents, stmts, evs, tms, ags, lexicon)
            spent["claims"] += clock() - t
            t = clock()
            cls, cfs = conflicts.conflicts(doc, ents, stmts, evs, tms, ags, cls, lexicon)
            spent["conflicts"] += clock() - t
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
    print(f"{len(docs)} documents, {words:,} tokens; CPU seconds, best of {args.rounds}: bare parse (spaCy as "
          f"shipped) {parse_s:.2f} s, newsledger's parse {ours_s:.2f} s "
          f"({100 * ours_s / parse_s:.1f}% of the bare parse)")
    outside.update((name, best.pop(name)) for name in OUTSIDE[2:])
    for name, s in best.items():
        print(f"{name:<11} {s:6.3f} s  {100 * s / parse_s:5.1f}% of the parse")
    total = sum(best.values())
    print(f"{'all':<11} {total:6.3f} s  {100 * total / parse_s:5.1f}% of the parse")
    print("outside the parse and the extractors (dateline and language once, the rest best round):")
    for name, s in outside.items():
        print(f"{name:<11} {s:6.3f} s  {100 * s / parse_s:5.1f}% of the parse")
    rest = sum(outside.values())
    print(f"{'outside':<11} {rest:6.3f} s  {100 * rest / parse_s:5.1f}% of the parse")
    # What bench/throughput.py measures by CPU time, from its parts: the bare parse over analyze's whole work.
    print(f"throughput ratio these parts give (bare parse / (newsledger's parse + extractors + outside)): "
          f"{parse_s / (ours_s + total + rest):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
