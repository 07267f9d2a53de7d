#!/usr/bin/env python3
"""Fit the statement-pair conflict model (``extract/pairs.py``) on the dev contradiction gold, and measure it.

Reads the eight dev gold files of ``tests/data/contradictions`` (never a ``*heldout*`` file: the tool refuses
one), runs the pipeline with the rules alone on every article (texts of real articles from
``$NEWSLEDGER_EVAL_DATA``), and takes every candidate statement pair (:func:`~newsledger.extract.conflicts.
pair_candidates`) with its features. A pair is labelled positive when the scorer would match its two parties
to the two sides of one of the article's gold conflicts (``evaluation.contradictions._Matcher.pair``).

The model is a logistic regression (numpy, L2, Newton steps) trained as a multiple-instance learner: all the
pairs of one pair of parties form a bag, and a positive bag needs only one conflicting pair, so after a first
fit on all pairs only the best-scoring pair of each positive bag stays positive (three rounds).

Measures, with the real scorer (:func:`~newsledger.evaluation.contradictions.score_analysis`), the rules alone and
rules + pair model: IN-SAMPLE (trained on all eight files) and LEAVE-ONE-FILE-OUT (trained on seven, scored on
the eighth: the honest figure), for a grid of thresholds. The threshold written is the lowest one at which the
pair model's own conflicts reach ``--precision`` (0.9) in leave-one-file-out with no conflict on an agreeing
article, and the combined precision is not below the rules'.

    python tools/train_conflict_pairs.py [--write] [--report FILE.json] [--cache FILE.pkl]

``--write`` puts the weights into ``src/newsledger/data/conflict_pairs.yaml`` (its ``model:`` part);
``--cache`` keeps the analysed articles between runs (delete it when the extractors change).
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import os
import pickle
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from newsledger.config import load_settings
from newsledger.evaluation.contradictions import (
    GoldArticle,
    Totals,
    _Matcher,
    is_heldout,
    load_articles,
    score_analysis,
)
from newsledger.extract import analyze_parsed
from newsledger.extract.conflicts import pair_candidates, taken_parties
from newsledger.extract.pairs import FEATURES, Candidates, report
from newsledger.ingest import read_text
from newsledger.lexicon import Lexicon, PairModel, load_lexicon
from newsledger.models import Analysis, Conflict, Document
from newsledger.parse import Parsed
from newsledger.pipeline import default_stages, run

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "data" / "contradictions"
DEV_FILES = ("written_dev.yaml", "written_dev2.yaml", "real_dev.yaml", "real_dev2.yaml",
             "written_fresh3.yaml", "written_fresh4.yaml", "real_fresh4.yaml", "written_fresh5.yaml")
DATA = ROOT / "src" / "newsledger" / "data" / "conflict_pairs.yaml"
# The learner's settings tried (L2 penalty, multiple-instance rounds) and the probability thresholds: each
# leave-one-file-out selection picks one of each.
CONFIGS: tuple[tuple[float, int], ...] = ((1.0, 3), (3.0, 3), (10.0, 5), (30.0, 5))
THRESHOLDS = tuple(round(float(t), 2) for t in np.arange(0.50, 0.99, 0.05))


@dataclasses.dataclass
class Item:
    """One analysed dev article: its gold, its rules-only analysis and its candidate pairs with labels."""

    article: GoldArticle
    analysis: Analysis
    found: Candidates
    labels: np.ndarray
    taken: set[frozenset[str]]
    names: dict[str, str]
    keys: dict[str, str]


def _labels(analysis: Analysis, found: Candidates, expect: dict[str, Any]) -> np.ndarray:
    if expect.get("no_conflicts") or not found.pairs:
        return np.zeros(len(found.pairs))
    m = _Matcher(analysis)
    gold = [g["between"] for g in expect.get("conflicts") or []]
    return np.array([float(any(m.pair([pa, pb], a, b) for a, b in gold)) for _s, _t, pa, pb in found.pairs])


def analyse(articles: Sequence[GoldArticle], lexicon: Lexicon) -> list[Item]:
    """The rules-only analysis of each article and its candidate pairs."""
    settings = load_settings()
    rules_only = dataclasses.replace(lexicon, pairs=PairModel(lexicon.pairs.lists))
    docs = [read_text(a.text, f"{a.file}:{a.id}", a.published) for a in articles]
    items = []
    for art, parsed in zip(articles, run(docs, default_stages(settings)[:-1]), strict=True):
        if not isinstance(parsed, Parsed):
            empty = Candidates((), (), np.zeros((0, len(FEATURES))), ())
            blank = Analysis(Document(art.text, published=art.published))
            items.append(Item(art, blank, empty, np.zeros(0), set(), {}, {}))
            continue
        analysis = analyze_parsed(parsed, rules_only)
        found, parties = pair_candidates(parsed.doc, analysis.entities, analysis.statements, analysis.claims,
                                        analysis.times, lexicon)
        taken = taken_parties(analysis.conflicts, analysis.claims, parties)
        names = {e.id: e.name for e in analysis.entities}
        keys = {e.id: parties.key(e.id) for e in analysis.entities}
        items.append(Item(art, analysis, found, _labels(analysis, found, art.expect), taken, names, keys))
    return items


# --- the learner -------------------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Fit:
    weights: np.ndarray
    bias: float
    mean: np.ndarray
    scale: np.ndarray

    def logit(self, x: np.ndarray) -> np.ndarray:
        return np.asarray(((x - self.mean) / self.scale) @ self.weights + self.bias)


def _newton(z: np.ndarray, y: np.ndarray, l2: float) -> tuple[np.ndarray, float]:
    """L2-penalised logistic regression (the bias unpenalised) by Newton steps."""
    a = np.hstack([z, np.ones((len(z), 1))])
    w = np.zeros(a.shape[1])
    penalty = np.full(a.shape[1], l2)
    penalty[-1] = 0.0
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-(a @ w)))
        grad = a.T @ (p - y) + penalty * w
        hess = (a * (p * (1 - p))[:, None]).T @ a + np.diag(penalty) + 1e-9 * np.eye(a.shape[1])
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w[:-1], float(w[-1])


# The features the model weighs (a subset of extract/pairs.py's FEATURES; --features changes it).
USED: list[str] = list(FEATURES)


def _columns() -> list[int]:
    return [FEATURES.index(f) for f in USED]


def train(items: Sequence[Item], l2: float, rounds: int) -> Fit:
    """Multiple-instance logistic regression over the items' pairs (a bag: one article's pair of parties)."""
    xs = [it.found.x[:, _columns()] for it in items if len(it.found.pairs)]
    x = np.vstack(xs) if xs else np.zeros((0, len(USED)))
    y = np.concatenate([it.labels for it in items if len(it.found.pairs)]) if xs else np.zeros(0)
    bags = [f"{n}:{sorted(b)}" for n, it in enumerate(items) for b in it.found.bags]
    mean = x.mean(axis=0) if len(x) else np.zeros(len(USED))
    scale = x.std(axis=0) if len(x) else np.ones(len(USED))
    scale[scale == 0] = 1.0
    z = (x - mean) / scale
    keep = np.ones(len(y), dtype=bool)
    target = y.copy()
    w, b = _newton(z, target, l2)
    for _ in range(rounds):
        score = z @ w + b
        best: dict[str, int] = {}
        for n, bag in enumerate(bags):
            if y[n] and (bag not in best or score[n] > score[best[bag]]):
                best[bag] = n
        keep = (y == 0) | np.isin(np.arange(len(y)), list(best.values()))
        w, b = _newton(z[keep], target[keep], l2)
    return Fit(w, b, mean, scale)


def model_of(fit: Fit, lists: Any, threshold: float) -> PairModel:
    return PairModel(lists, tuple(USED), fit.weights, fit.mean, fit.scale, fit.bias, threshold)


# --- scoring -----------------------------------------------------------------------------------------------


def with_pairs(it: Item, lexicon: Lexicon, model: PairModel | None) -> tuple[Analysis, int]:
    """The item's analysis with the pair model's conflicts added (none for ``model`` None), and how many."""
    if model is None or not it.found.pairs:
        return it.analysis, 0
    lex = dataclasses.replace(lexicon, pairs=model)
    extra = report(it.found, lex, it.taken, lambda e: it.names.get(e or "", "the outlet"),
                   lambda e: it.keys.get(e or "", "?"))
    start = len(it.analysis.conflicts)
    added = tuple(Conflict(f"c{start + n + 1}", r.kind, r.about, r.sides, r.summary, r.confidence)  # type: ignore[arg-type]
                  for n, r in enumerate(extra))
    return dataclasses.replace(it.analysis, conflicts=it.analysis.conflicts + added), len(added)


def _file(it: Item) -> str:
    return Path(it.article.file).name


def _brief(summary: dict[str, Any]) -> dict[str, Any]:
    keys = ("articles", "conflicts_expected", "conflict_recall", "conflict_recall_kind_exact", "conflicts_reported",
            "conflict_precision", "false_alarm_articles")
    return {k: summary[k] for k in keys}


class Scorer:
    """Scores the items with a pair model per file; an article where the model adds nothing keeps its rules-only
    score (computed once)."""

    def __init__(self, items: Sequence[Item], lexicon: Lexicon) -> None:
        self.items = items
        self.lexicon = lexicon
        self.rules = [score_analysis(it.article.id, it.article.expect, it.analysis) for it in items]

    def run(self, models: Mapping[str, PairModel | None], files: Sequence[str] | None = None) -> dict[str, Any]:
        """Per file and over all (of ``files``, default every file): the scorer's summary with each file's pair
        model (none: rules alone), and the pair model's own conflicts: reported, right, false alarms, precision."""
        by_file: dict[str, list[Any]] = {}
        own = {"reported": 0, "right": 0, "false_alarms": 0}
        for it, rules in zip(self.items, self.rules, strict=True):
            name = _file(it)
            if files is not None and name not in files:
                continue
            analysis, added = with_pairs(it, self.lexicon, models.get(name))
            s = score_analysis(it.article.id, it.article.expect, analysis) if added else rules
            by_file.setdefault(name, []).append(s)
            if added:
                own["reported"] += added
                own["right"] += s.reported_right - rules.reported_right
                own["false_alarms"] += int(s.false_alarm)
        out: dict[str, Any] = {name: _brief(Totals(tuple(v)).summary()) for name, v in sorted(by_file.items())}
        out["all"] = _brief(Totals(tuple(s for v in by_file.values() for s in v)).summary())
        out["pair_model"] = {**own, "precision": round(own["right"] / own["reported"], 3) if own["reported"] else 1.0}
        return out


Choice = tuple[tuple[float, int], float]  # ((l2, rounds), threshold)


def lofo_fits(items: Sequence[Item], config: tuple[float, int], files: Sequence[str]) -> dict[str, Fit]:
    """For each of ``files``, a fit on the other ones."""
    return {name: train([it for it in items if _file(it) in files and _file(it) != name], *config) for name in files}


def select(items: Sequence[Item], scorer: Scorer, lexicon: Lexicon, files: Sequence[str],
           precision: float) -> tuple[Choice | None, dict[str, Any]]:
    """Leave-one-file-out over ``files``: the configuration and threshold that add the most right conflicts with
    the pair model's own precision at least ``precision``, no conflict on an agreeing article and a combined
    precision not below the rules' (ties: the higher threshold, the stronger penalty); None where none
    qualifies. Also each (configuration, threshold)'s pooled figures."""
    rules = scorer.run({}, files)["all"]["conflict_precision"]
    best: tuple[tuple[int, float, float], Choice] | None = None
    grid: dict[str, Any] = {}
    for config in CONFIGS:
        fits = lofo_fits(items, config, files)
        for t in THRESHOLDS:
            res = scorer.run({n: model_of(f, lexicon.pairs.lists, t) for n, f in fits.items()}, files)
            grid[f"l2={config[0]} rounds={config[1]} t={t}"] = {"all": res["all"], "pair_model": res["pair_model"]}
            own = res["pair_model"]
            ok = (own["reported"] > 0 and own["precision"] >= precision and own["false_alarms"] == 0
                  and res["all"]["conflict_precision"] >= rules)
            rank = (own["right"], t, config[0])
            if ok and (best is None or rank > best[0]):
                best = (rank, (config, t))
    return (best[1] if best else None), grid


def nested(items: Sequence[Item], scorer: Scorer, lexicon: Lexicon, files: Sequence[str],
           precision: float) -> tuple[dict[str, Any], dict[str, Any]]:
    """The honest estimate: for each file, the configuration and threshold are selected by leave-one-file-out on
    the OTHER files alone, the model fitted on them and scored on this file. Returns the scores and the choices."""
    models: dict[str, PairModel | None] = {}
    choices: dict[str, Any] = {}
    for name in files:
        rest = [f for f in files if f != name]
        choice, _grid = select(items, scorer, lexicon, rest, precision)
        choices[name] = None if choice is None else {"l2": choice[0][0], "rounds": choice[0][1], "threshold": choice[1]}
        if choice is not None:
            fit = train([it for it in items if _file(it) in rest], *choice[0])
            models[name] = model_of(fit, lexicon.pairs.lists, choice[1])
    return scorer.run(models, files), choices


def write_model(fit: Fit, config: tuple[float, int], selected: float, threshold: float, trained_on: Sequence[str],
                note: str) -> None:
    """Replace the ``model:`` part of data/conflict_pairs.yaml (the word lists above it stay as written):
    ``selected_threshold`` is the leave-one-file-out choice, ``threshold`` the one the pipeline uses (1: off)."""
    text = DATA.read_text("utf-8")
    head = text.split("\nmodel:\n")[0].rstrip("\n") + "\n"

    def nums(v: np.ndarray) -> str:
        return "[" + ", ".join(f"{float(x):.6g}" for x in v) + "]"

    body = [
        "model:",
        f"  trained: \"{dt.date.today().isoformat()}\"",
        "  trained_on: [" + ", ".join(trained_on) + "]",
        f"  note: \"{note}\"",
        f"  l2: {config[0]}",
        f"  rounds: {config[1]}",
        f"  selected_threshold: {selected}",
        "  features: [" + ", ".join(USED) + "]",
        f"  weights: {nums(fit.weights)}",
        f"  mean: {nums(fit.mean)}",
        f"  scale: {nums(fit.scale)}",
        f"  bias: {fit.bias:.6g}",
        f"  threshold: {threshold}",
    ]
    DATA.write_text(head + "\n".join(body) + "\n", "utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--write", action="store_true", help="write the weights into data/conflict_pairs.yaml")
    ap.add_argument("--report", type=Path, help="write the measures as JSON here")
    ap.add_argument("--cache", type=Path, help="keep the analysed articles in this pickle between runs")
    ap.add_argument("--precision", type=float, default=0.9, help="precision the pair model's conflicts must reach")
    ap.add_argument("--show", type=float, default=0.7,
                    help="also score this threshold (first configuration), to show what a looser model costs")
    ap.add_argument("--features", help="comma-separated subset of the features to weigh (default: all)")
    args = ap.parse_args(argv)
    if args.features:
        unknown = [f for f in args.features.split(",") if f not in FEATURES]
        if unknown:
            sys.exit(f"unknown features: {unknown}")
        USED[:] = args.features.split(",")
    eval_dir = Path(os.environ["NEWSLEDGER_EVAL_DATA"]) if os.environ.get("NEWSLEDGER_EVAL_DATA") else None
    paths = [GOLD / f for f in DEV_FILES]
    if any(is_heldout(p) for p in paths):
        sys.exit("refusing a held-out gold file")
    lexicon = load_lexicon(load_settings())
    if args.cache and args.cache.is_file():
        items = pickle.loads(args.cache.read_bytes())
    else:
        items = analyse(load_articles(paths, eval_dir), lexicon)
        if args.cache:
            args.cache.write_bytes(pickle.dumps(items))
    scorer = Scorer(items, lexicon)
    files = list(DEV_FILES)
    choice, grid = select(items, scorer, lexicon, files, args.precision)
    config, threshold = choice if choice is not None else (CONFIGS[0], 1.0)
    full = train(items, *config)
    lofo_models = {n: model_of(f, lexicon.pairs.lists, threshold) for n, f in lofo_fits(items, config, files).items()}
    shown = {n: model_of(f, lexicon.pairs.lists, args.show) for n, f in lofo_fits(items, CONFIGS[0], files).items()}
    honest, choices = nested(items, scorer, lexicon, files, args.precision)
    out: dict[str, Any] = {
        "candidates": int(sum(len(it.found.pairs) for it in items)),
        "positive_pairs": int(sum(it.labels.sum() for it in items)),
        "chosen": {"l2": config[0], "rounds": config[1], "threshold": threshold, "qualified": choice is not None},
        "rules": scorer.run({}),
        "in_sample": scorer.run({n: model_of(full, lexicon.pairs.lists, threshold) for n in files}),
        "lofo": scorer.run(lofo_models),
        "nested_lofo": honest,
        "nested_choices": choices,
        f"lofo_at_{args.show}": scorer.run(shown),
        f"in_sample_at_{args.show}": scorer.run({n: model_of(train(items, *CONFIGS[0]), lexicon.pairs.lists, args.show)
                                                 for n in files}),
        "lofo_grid": grid,
        "weights": dict(zip(USED, [round(float(w), 3) for w in full.weights], strict=True)),
    }
    if args.report:
        args.report.write_text(json.dumps(out, indent=1), "utf-8")
    print(json.dumps({k: out[k] for k in ("candidates", "positive_pairs", "chosen", "nested_choices")}, indent=1))
    for name in ("rules", "in_sample", "lofo", "nested_lofo", f"lofo_at_{args.show}", f"in_sample_at_{args.show}"):
        print(f"{name:>18}", json.dumps(out[name]["all"]), json.dumps(out[name]["pair_model"]))
    # Wired in only where the honest (nested) estimate passes the bar the selection set and finds more of the gold
    # conflicts than the rules alone: otherwise the weights are kept for the record with threshold 1, and the
    # pipeline does not run the model.
    own, rules_all = honest["pair_model"], out["rules"]["all"]
    passes = (own["reported"] > 0 and own["precision"] >= args.precision and own["false_alarms"] == 0
              and honest["all"]["conflict_precision"] >= rules_all["conflict_precision"]
              and honest["all"]["conflict_recall"] > rules_all["conflict_recall"])
    print("nested estimate passes:", passes)
    if args.write:
        note = (f"nested leave-one-file-out: pair conflicts {own['right']}/{own['reported']} right, "
                f"{own['false_alarms']} false alarm(s); " + ("wired in" if passes else "below the bar, not wired in"))
        write_model(full, config, threshold, threshold if passes else 1.0, DEV_FILES, note)
    return 0


if __name__ == "__main__":
    sys.exit(main())
