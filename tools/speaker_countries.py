#!/usr/bin/env python3
"""How many attributed statements have a speaker with a country (issue 15: who the people are).

Runs the whole pipeline over the first ``--docs`` PolNeAR dev articles (``$NEWSLEDGER_EVAL_DATA``, read at
run time, never copied), each with its publication date, and counts the statements that have a speaker
entity, and those whose speaker has a country. ``--sample N`` prints N of the coded ones (a fixed seed) with
their sentence, for checking the country by hand.

    python tools/speaker_countries.py [--docs 300] [--sample 40]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import sys
from pathlib import Path

from newsledger.config import load_settings
from newsledger.extract import analyze_parsed
from newsledger.ingest import read_text
from newsledger.lexicon import load_lexicon
from newsledger.parse import Parsed, parse


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=300)
    ap.add_argument("--sample", type=int, default=0)
    args = ap.parse_args(argv)
    eval_dir = os.environ.get("NEWSLEDGER_EVAL_DATA")
    if not eval_dir:
        sys.exit("set NEWSLEDGER_EVAL_DATA")
    records = []
    with (Path(eval_dir) / "quotes_polnear" / "dev.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                records.append(json.loads(line))
            if len(records) >= args.docs:
                break
    settings = load_settings()
    lexicon = load_lexicon(settings)
    docs = []
    for r in records:
        published = dt.date.fromisoformat(r["date"]) if r.get("date") else None
        docs.append(read_text(r["text"], r["doc_id"], published))
    total = coded = 0
    coded_rows: list[tuple[str, str, str, str | None, str]] = []
    for item in parse(docs, settings):
        if not isinstance(item, Parsed):
            continue
        a = analyze_parsed(item, lexicon)
        ents = {e.id: e for e in a.entities}
        for s in a.statements:
            speaker = ents.get(s.speaker) if s.speaker else None
            if speaker is None:
                continue
            total += 1
            if speaker.country:
                coded += 1
                sent = next((x.text for x in item.doc.sents if x.start_char <= s.content.start < x.end_char), "")
                coded_rows.append((a.document.origin, speaker.name, speaker.country, speaker.sector,
                                   " ".join(sent.split())[:220]))
    print(f"statements with a speaker: {total:,}; with a speaker country: {coded:,} "
          f"({coded / max(total, 1):.1%}) in {len(docs)} articles")
    for row in random.Random(15).sample(coded_rows, min(args.sample, len(coded_rows))):
        print("\t".join(str(x) for x in row))
    return 0


if __name__ == "__main__":
    sys.exit(main())
