"""Time expressions scored on TempEval-3 and MEANTIME (dev halves), beside a dateparser baseline.

Gold records -> our ``times`` extractor (anchored on each document's creation
date, as the gold values are) -> prediction lines ``{doc_id, timexes: [{start,
end, value}]}`` -> the shared scorer ``score_timex.py`` in ``../shared/eval``,
run as a script (it is one) and its report parsed. The baseline is
``dateparser.search.search_dates`` with ``RELATIVE_BASE`` set to the same date,
its matches located in the text in order and obvious junk ("we", "may") dropped.

    python -m newsledger.evaluation.timex [--eval-dir ../shared/eval] [--no-baseline]
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import json
import os
import re
import subprocess
import sys
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

__all__ = ["DATASETS", "baseline_dateparser", "creation_date", "load_gold", "main", "predict", "score", "value_f1"]

DATASETS = {"te3": "timex_tempeval3", "meantime": "meantime_wikinews_en"}
SCORER = "score_timex.py"


def load_gold(eval_dir: Path, dataset: str, split: str = "dev") -> list[dict[str, Any]]:
    """The gold records of one dataset ("te3" or "meantime")."""
    path = Path(eval_dir) / DATASETS[dataset] / f"{split}.jsonl"
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def creation_date(record: dict[str, Any]) -> dt.date | None:
    """The document creation time the gold values are anchored on (None where the record has none)."""
    value = (record.get("dct") or {}).get("value") or ""
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def predict(records: Sequence[dict[str, Any]], docs: Iterable[Any] | None = None) -> list[dict[str, Any]]:
    """Our time expressions for each record; ``docs`` are their spaCy parses if already made."""
    from ..extract.times import times
    from ..models import Document
    from . import shipped_lexicon

    lexicon = shipped_lexicon()

    if docs is None:
        from ..config import load_settings
        from ..parse import load_model

        settings = load_settings()
        nlp = load_model(settings.spacy_model)
        docs = nlp.pipe((r["text"] for r in records), batch_size=settings.batch_size)
    out = []
    for record, doc in zip(records, docs, strict=True):
        document = Document(text=record["text"], published=creation_date(record), origin=record["doc_id"])
        found = times(doc, document, lexicon)
        out.append({"doc_id": record["doc_id"],
                    "timexes": [{"start": t.span.start, "end": t.span.end, "value": t.value} for t in found]})
    return out


# Words that make a dateparser match worth keeping; single common words ("we", "may", "now") are not.
_DATE_WORD = re.compile(
    r"(?i)\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*\d|\b(?:january|february|march|"
    r"april|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|today|yesterday|tomorrow|ago|week|month|year)\b")


def baseline_dateparser(records: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """``dateparser.search.search_dates`` anchored on each record's creation date (measurement only)."""
    # Imported by name: a measurement-only dependency, without type stubs.
    search_dates = importlib.import_module("dateparser.search").search_dates

    out = []
    for record in records:
        text, base = record["text"], creation_date(record)
        settings: dict[str, Any] = {"RETURN_AS_TIMEZONE_AWARE": False}
        if base is not None:
            settings["RELATIVE_BASE"] = dt.datetime(base.year, base.month, base.day)
        try:
            found = search_dates(text, languages=["en"], settings=settings) or []
        except Exception as exc:  # a crash on one document is the baseline's failure, counted as such
            out.append({"doc_id": record["doc_id"], "error": f"{type(exc).__name__}: {exc}", "timexes": []})
            continue
        cursor, timexes = 0, []
        for surface, when in found:
            start = text.find(surface, cursor)
            if start < 0 or not _DATE_WORD.search(surface):
                continue
            cursor = start + len(surface)
            timexes.append({"start": start, "end": cursor, "value": when.date().isoformat()})
        out.append({"doc_id": record["doc_id"], "timexes": timexes})
    return out


_HEADER = re.compile(r"^== (\S+) (\S+): docs=(\d+) gold=(\d+) pred=(\d+)")
_PRF = re.compile(r"^\s+(strict|relaxed)\s+P/R/F\s+([\d.]+) / ([\d.]+) / ([\d.]+)")
_VALUE = re.compile(r"^\s+value (\w+)\s*: gold=(\d+) matched=(\d+) correct=(\d+)")


def score(eval_dir: Path, dataset: str, predictions: Sequence[dict[str, Any]]) -> dict[str, dict[str, float]]:
    """Run the shared scorer on ``predictions``; per subset ("all", "te3_platinum", ...) a flat dict of
    strict/relaxed P/R/F (0-1), value accuracy per granularity and overall (correct / matched)."""
    gold = Path(eval_dir) / DATASETS[dataset] / "dev.jsonl"
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as fh:
        for p in predictions:
            fh.write(json.dumps(p) + "\n")
        pred_path = fh.name
    try:
        report = subprocess.run([sys.executable, str(Path(eval_dir) / SCORER), dataset, pred_path, str(gold)],
                                capture_output=True, text=True, check=True).stdout
    finally:
        os.unlink(pred_path)
    return parse_report(report)


def parse_report(report: str) -> dict[str, dict[str, float]]:
    """The scorer's text report as numbers."""
    out: dict[str, dict[str, float]] = {}
    current: dict[str, float] = {}
    for line in report.splitlines():
        if m := _HEADER.match(line):
            current = out.setdefault(m[2], {"docs": int(m[3]), "gold": int(m[4]), "pred": int(m[5])})
        elif m := _PRF.match(line):
            for key, v in zip(("p", "r", "f"), m.groups()[1:], strict=True):
                current[f"{m[1]}_{key}"] = float(v) / 100
        elif m := _VALUE.match(line):
            gran, _, matched, correct = m[1], int(m[2]), int(m[3]), int(m[4])
            current[f"value_{gran}"] = correct / matched if matched else 0.0
            current["value_matched"] = current.get("value_matched", 0) + matched
            current["value_correct"] = current.get("value_correct", 0) + correct
    for sub in out.values():
        sub["value_acc"] = sub["value_correct"] / sub["value_matched"] if sub.get("value_matched") else 0.0
    return out


def value_f1(records: Sequence[dict[str, Any]], predictions: Sequence[dict[str, Any]],
             subset: str | None = None) -> float:
    """TempEval-3-style value F1, computed here (the shared scorer has no such line): relaxed one-to-one
    pairs as the scorer makes them (largest overlap first), a pair counting when the two TIMEX3 values are
    equal as strings, over every gold timex of every type (MEANTIME's creation time left out).
    Precision over predictions, recall over gold."""
    by_id = {p["doc_id"]: p for p in predictions}
    correct = n_pred = n_gold = 0
    for record in records:
        if subset and record.get("subset") != subset:
            continue
        gold = [g for g in record["timexes"] if g.get("functionInDocument") != "CREATION_TIME"]
        dct = [(g["start"], g["end"]) for g in record["timexes"] if g.get("functionInDocument") == "CREATION_TIME"]
        preds = [p for p in by_id.get(record["doc_id"], {}).get("timexes", [])
                 if not any(_overlap((p["start"], p["end"]), d) for d in dct)]
        if "sentences" in record:  # MEANTIME: only the first sentences are annotated, as the scorer does
            end = record["sentences"][min(5, len(record["sentences"]) - 1)][1]
            preds = [p for p in preds if p["start"] < end]
        n_pred, n_gold = n_pred + len(preds), n_gold + len(gold)
        pairs = sorted(((_overlap((p["start"], p["end"]), (g["start"], g["end"])), i, j)
                        for i, p in enumerate(preds) for j, g in enumerate(gold)), reverse=True)
        used_p: set[int] = set()
        used_g: set[int] = set()
        for size, i, j in pairs:
            if size <= 0:
                break
            if i in used_p or j in used_g:
                continue
            used_p.add(i)
            used_g.add(j)
            correct += preds[i].get("value") == gold[j]["value"]
    p = correct / n_pred if n_pred else 0.0
    r = correct / n_gold if n_gold else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _row(subset: str, system: str, s: dict[str, float]) -> str:
    cells = [s.get(k, 0.0) for k in ("strict_f", "relaxed_p", "relaxed_r", "relaxed_f", "value_acc", "value_full",
                                     "value_f1")]
    numbers = " | ".join(f"{c:.3f}" for c in cells)
    return f"| {subset} | {system} | {numbers} | {int(s.get('value_matched', 0))} |"


def main(argv: Sequence[str] | None = None) -> int:
    """Print the ACCURACY.md table: ours beside dateparser, per dataset and TE3 subset."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    ap.add_argument("--eval-dir", default=os.environ.get("NEWSLEDGER_EVAL_DATA", "../shared/eval"))
    ap.add_argument("--no-baseline", action="store_true", help="skip dateparser (slow)")
    args = ap.parse_args(argv)
    eval_dir = Path(args.eval_dir)
    print("| set | system | strict F1 | relaxed P | relaxed R | relaxed F1 | value acc | full-date acc | value F1 "
          "| valued |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for dataset in DATASETS:
        records = load_gold(eval_dir, dataset)
        systems = {"newsledger": predict(records)}
        if not args.no_baseline:
            systems["dateparser"] = baseline_dateparser(records)
        scores = {name: score(eval_dir, dataset, preds) for name, preds in systems.items()}
        for name, preds in systems.items():
            for subset, numbers in scores[name].items():
                numbers["value_f1"] = value_f1(records, preds, None if subset == "all" else subset)
        for subset in scores["newsledger"]:
            for name, by_subset in scores.items():
                print(_row(f"{dataset} {subset}", name, by_subset[subset]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
