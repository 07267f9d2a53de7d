#!/usr/bin/env python3
"""CPU seconds of the extractors alone, and a hash of what they write: the before/after check of a speed change.

Parses a fixed set of texts once (the first ``--docs`` PolNeAR dev articles in ``$NEWSLEDGER_EVAL_DATA`` and the
written contradiction dev files, as ``bench/same_output.py`` reads them), then runs ``analyze_parsed`` over the
parsed documents ``--rounds`` times, each round from the documents as the parse left them (``Doc.user_data``
restored, so what an extractor caches per document is made again each round, as in ``analyze``). It prints the
best round's CPU seconds (``time.process_time``: the load of other processes on shared cores moves it least), the
post-parse work only (the extractors, ``to_dict`` and ``json.dumps``), and the SHA-256 of the analyses' JSON, which
must not change when only the speed does. ``--profile N`` prints cProfile's top N functions of one more round.

To compare with an older commit, run the same command over its source tree (``git archive COMMIT src | tar -x -C
DIR`` then ``PYTHONPATH=DIR/src``) with the same ``PYTHONHASHSEED``, at the same minutes.

``--cache FILE`` keeps the parse between runs (the documents pickled, the parses as a ``DocBin`` with their user
data, read back into the model's own vocabulary): the first run with a new FILE parses and writes it, later runs
read it and parse nothing. The hash is the same either way (checked at stop 39).

    PYTHONHASHSEED=0 .venv/bin/python bench/extract_cpu.py [--docs 100] [--rounds 5] [--profile 40] [--cache F]
"""

# ruff: noqa: E402  (the thread settings below come before numpy is imported)
from __future__ import annotations

import argparse
import hashlib
import json
import os
import pickle
import sys
import time
from pathlib import Path

for _name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_name, "1")

sys.path.insert(0, str(Path(__file__).resolve().parent))  # bench/ is not a package
from newsledger.config import load_settings
from newsledger.extract import analyze_parsed
from newsledger.ingest.dateline import fill_published
from newsledger.lexicon import load_lexicon
from newsledger.models import Document, Skipped
from newsledger.parse import Parsed, check_language, load_model, parse
from same_output import _documents


def _round(items: list[Parsed], as_parsed: list[dict[object, object]], lexicon: object) -> tuple[float, str]:
    digest = hashlib.sha256()
    clock = time.process_time
    spent = 0.0
    for item, data in zip(items, as_parsed, strict=True):
        item.doc.user_data.clear()
        item.doc.user_data.update(data)  # what the extractors cached there in the last round is gone
        t = clock()
        line = json.dumps(analyze_parsed(item, lexicon).to_dict(), ensure_ascii=False)  # type: ignore[arg-type]
        spent += clock() - t
        digest.update(line.encode("utf-8") + b"\n")
    return spent, digest.hexdigest()


def _save(path: Path, items: list[Parsed]) -> None:
    from spacy.tokens import DocBin

    bin_ = DocBin(store_user_data=True)
    for item in items:
        bin_.add(item.doc)
    with path.open("wb") as fh:
        pickle.dump(([item.document for item in items], bin_.to_bytes()), fh)


def _load(path: Path, model: str) -> list[Parsed]:
    from spacy.tokens import DocBin

    with path.open("rb") as fh:
        documents, data = pickle.load(fh)  # a file this script wrote
    vocab = load_model(model).vocab
    docs = list(DocBin(store_user_data=True).from_bytes(data).get_docs(vocab))
    return [Parsed(document=d, doc=doc) for d, doc in zip(documents, docs, strict=True)]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=100, help="PolNeAR dev articles (default 100)")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--profile", type=int, default=0, help="cProfile one more round, print the top N by own time")
    ap.add_argument("--profile-out", help="also write that round's profile to this file (pstats)")
    ap.add_argument("--cache", help="read the parse from this file, or parse and write it there when it is missing")
    args = ap.parse_args(argv)
    settings = load_settings()
    lexicon = load_lexicon(settings)
    if args.cache and Path(args.cache).exists():
        items = _load(Path(args.cache), settings.spacy_model)
    else:
        docs = [Document(text=t, origin=o, published=p) for o, t, p in _documents(args.docs)]
        docs = [d for d in check_language(fill_published(docs), settings) if not isinstance(d, Skipped)]
        items = [p for p in parse(docs, settings) if isinstance(p, Parsed)]
        if args.cache:
            _save(Path(args.cache), items)
    as_parsed = [dict(p.doc.user_data) for p in items]
    words = sum(len(p.document.text.split()) for p in items)
    best, hashes = float("inf"), set()
    for _ in range(args.rounds):
        spent, digest = _round(items, as_parsed, lexicon)
        best = min(best, spent)
        hashes.add(digest)
    if len(hashes) != 1:
        print(f"the output changed between rounds: {sorted(hashes)}")
        return 1
    print(f"{len(items)} documents, {words:,} words; post-parse CPU, best of {args.rounds}: {best:.3f} s "
          f"({1e6 * best / words:.2f} ms per 1,000 words)")
    print(f"sha256 of the analyses' JSON: {hashes.pop()}")
    if args.profile:
        import cProfile
        import pstats

        prof = cProfile.Profile()
        prof.enable()
        _round(items, as_parsed, lexicon)
        prof.disable()
        if args.profile_out:
            prof.dump_stats(args.profile_out)
        pstats.Stats(prof).sort_stats("tottime").print_stats(args.profile)
    return 0


if __name__ == "__main__":
    sys.exit(main())
