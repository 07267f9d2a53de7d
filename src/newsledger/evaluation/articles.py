"""Score whole analyses of newsledger's own test articles with the shared ``score.py``.

Each article folder under a set (``tests/data/scored_articles/dev``, ``.../heldout``)
holds ``article.txt`` and ``gold.json`` in the format of ``../shared/eval/seed``.
Every article is analysed as ``newsledger analyze article.txt --published DATE``
would analyse it and scored by ``score.py`` from the eval folder, imported by
path (it is not part of the project). The per-article ratios are then summed
over the set with their own denominators (quotes, indirect statements, times,
entity checks, events, dated events found, agreement checks, conflicts), so an
article with more gold items weighs more.

    python -m newsledger.evaluation.articles ../shared/eval tests/data/scored_articles/dev [--explain]
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

from ..config import Settings, load_settings
from ..models import Analysis
from ..pipeline import analyze_paths

__all__ = ["ArticleResult", "aggregate", "load_scorer", "score_set"]

# ratio in the report -> how many gold items it is a share of
_RATIOS = {
    "quote_recall": "quotes",
    "speaker_accuracy": "quotes",
    "indirect_recall": "indirect",
    "time_accuracy": "times",
    "entity_accuracy": "entity_checks",
    "event_recall": "events",
    "event_date_accuracy": "dated_events",
    "agreement_accuracy": "agreement_checks",
    "conflict_recall": "conflicts",
}
_SUMS = ("quotes_found", "quotes_extra", "events_extra_actual", "forbidden_violations", "conflict_false_alarms")


@dataclass(frozen=True, slots=True)
class ArticleResult:
    """One article's report and misses from ``score.py``, with the gold counts behind its ratios."""

    name: str
    report: dict[str, Any]
    misses: list[str]
    counts: dict[str, int]


def load_scorer(eval_dir: Path) -> ModuleType:
    """``score.py`` of the eval folder, imported by path."""
    spec = importlib.util.spec_from_file_location("newsledger_shared_score", Path(eval_dir) / "score.py")
    if spec is None or spec.loader is None:
        raise FileNotFoundError(f"no score.py in {eval_dir}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _dated_found(scorer: ModuleType, gold: dict[str, Any], doc: dict[str, Any]) -> int:
    """Gold events with a date that the analysis found: what ``event_date_accuracy`` is a share of."""
    analysis = scorer.Analysis(doc)
    return sum(1 for g in gold.get("events", []) if g.get("date")
               and any(scorer.event_matches(g, ev, analysis) for ev in analysis.events))


def _counts(gold: dict[str, Any], report: dict[str, Any], dated_found: int) -> dict[str, int]:
    statements = gold.get("statements", [])
    return {
        "quotes": sum(1 for s in statements if s.get("kind", "direct") != "indirect"),
        "indirect": sum(1 for s in statements if s.get("kind") == "indirect"),
        "times": len(gold.get("times", [])),
        "entity_checks": int(report.get("entity_checks") or 0),
        "events": len(gold.get("events", [])),
        "dated_events": dated_found,
        "agreement_checks": int(report.get("agreement_checks") or 0),
        "conflicts": len(gold.get("conflicts", [])),
    }


def _analyse(article: Path, published: dt.date, settings: Settings) -> dict[str, Any]:
    (item,) = list(analyze_paths([str(article)], settings, published))
    if not isinstance(item, Analysis):
        raise ValueError(f"{article} was skipped: {item.reason}")
    return item.to_dict()


def score_set(eval_dir: Path, set_dir: Path, settings: Settings | None = None) -> list[ArticleResult]:
    """Analyse and score every article folder of ``set_dir`` (sorted by name)."""
    scorer = load_scorer(eval_dir)
    settings = settings or load_settings()
    out = []
    for folder in sorted(p for p in Path(set_dir).iterdir() if (p / "gold.json").is_file()):
        gold = json.loads((folder / "gold.json").read_text("utf-8"))
        doc = _analyse(folder / gold.get("article", "article.txt"), dt.date.fromisoformat(gold["published"]),
                       settings)
        report, misses = scorer.score(gold, doc)
        out.append(ArticleResult(folder.name, report, misses, _counts(gold, report, _dated_found(scorer, gold, doc))))
    return out


def aggregate(results: list[ArticleResult]) -> dict[str, Any]:
    """Each ratio over the whole set, weighted by its gold count; counts summed; ``n_<count>`` totals."""
    totals: dict[str, Any] = {}
    for metric, count in _RATIOS.items():
        weight = right = 0.0
        for r in results:
            n = r.counts[count]
            value = r.report.get(metric)
            if n and value is not None:
                weight += n
                right += round(value * n)
        totals[metric] = round(right / weight, 3) if weight else None
    found = sum(r.report.get("quotes_found", 0) for r in results)
    extra = sum(r.report.get("quotes_extra", 0) for r in results)
    totals["quote_precision"] = round(found / (found + extra), 3) if found + extra else None
    for key in _SUMS:
        totals[key] = sum(int(r.report.get(key) or 0) for r in results)
    for count in sorted(set(_RATIOS.values())):
        totals[f"n_{count}"] = sum(r.counts[count] for r in results)
    totals["articles"] = len(results)
    return totals


def main(argv: list[str]) -> int:
    """Command line (see the module docstring for the arguments); returns the exit status."""
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    results = score_set(Path(argv[1]), Path(argv[2]))
    report: dict[str, Any] = {"total": aggregate(results)}
    if "--explain" in argv:
        report["articles"] = {r.name: {"report": r.report, "misses": r.misses} for r in results}
    print(json.dumps(report, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
