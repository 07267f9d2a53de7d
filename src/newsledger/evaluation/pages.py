"""HTML extraction against the hand-extracted text of real pages (``real_pages`` in the eval folder).

Scores ``document.text`` of each page against its ``articleBody`` as the article-extraction
benchmark does (word 4-gram shingles: precision, recall, F1, averaged over pages), and counts the
gold sentences that come out whole, garbled (its first and last three words there, but not the
sentence as one run of words: a link's words dropped from the middle, furniture spliced in) or
missing. Run with alternative trafilatura settings to choose the ones :mod:`newsledger.ingest.html`
ships (``furniture: False`` in a variant turns off :mod:`newsledger.ingest.furniture`)::

    NEWSLEDGER_EVAL_DATA=/work/shared/eval python -m newsledger.evaluation.pages [--every N]
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..ingest.html import EXTRACTION, read_html

__all__ = ["VARIANTS", "PageScore", "score_pages", "score_text"]

_WORD = re.compile(r"\w+")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’]?\s+(?=[\"'“‘A-Z])|\n+")
_SHINGLE = 4

# The settings compared: the shipped ones first, then one change at a time.
VARIANTS: dict[str, dict[str, object]] = {
    "shipped": {},
    "shipped, no furniture filter": {"furniture": False},
    "favor_precision": {"favor_precision": True},
    "favor_recall": {"favor_recall": True},
    "favor_precision, no furniture filter (before)": {"favor_precision": True, "furniture": False},
    "include_links": {"include_links": True},
    "deduplicate": {"deduplicate": True},
    "favor_precision, deduplicate": {"favor_precision": True, "deduplicate": True},
}


@dataclass(frozen=True, slots=True)
class PageScore:
    """One page: shingle precision/recall and the gold sentences whole, garbled or missing."""

    precision: float
    recall: float
    whole: int
    garbled: int
    missing: int

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall (0 when both are 0)."""
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def _shingles(words: list[str]) -> set[tuple[str, ...]]:
    if len(words) < _SHINGLE:
        return {tuple(words)} if words else set()
    return {tuple(words[i:i + _SHINGLE]) for i in range(len(words) - _SHINGLE + 1)}


def _sentences(text: str) -> list[str]:
    return [s for s in (p.strip() for p in _SENTENCE_END.split(text)) if len(_words(s)) >= 6]


def score_text(predicted: str, gold: str) -> PageScore:
    """Score one extracted text against the hand-extracted one."""
    pred, ref = _shingles(_words(predicted)), _shingles(_words(gold))
    common = len(pred & ref)
    precision = common / len(pred) if pred else (1.0 if not ref else 0.0)
    recall = common / len(ref) if ref else 1.0
    joined = " ".join(_words(predicted))
    whole = garbled = missing = 0
    for sentence in _sentences(gold):
        words = _words(sentence)
        if " ".join(words) in joined:
            whole += 1
        elif " ".join(words[:3]) in joined and " ".join(words[-3:]) in joined:
            garbled += 1
        else:
            missing += 1
    return PageScore(precision, recall, whole, garbled, missing)


def _pages(eval_dir: Path, every: int) -> Iterable[tuple[str, str, str, str]]:
    folder = eval_dir / "real_pages"
    gold = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    for n, (page_id, item) in enumerate(sorted(gold.items())):
        if n % every:
            continue
        with gzip.open(folder / "html" / f"{page_id}.html.gz", "rb") as fh:
            html = fh.read().decode("utf-8", "replace")
        yield page_id, html, item["url"], item["articleBody"]


def score_pages(eval_dir: Path, options: Mapping[str, object], every: int = 1) -> dict[str, Any]:
    """Mean shingle precision/recall/F1 and sentence counts over the pages, with ``options`` for trafilatura."""
    scores: list[PageScore] = []
    for page_id, html, url, gold in _pages(eval_dir, every):
        try:
            extraction = {k: v for k, v in options.items() if k != "furniture"}
            text = read_html(page_id, html, url=url, options=extraction,
                             furniture=bool(options.get("furniture", True))).text
        except InputError:
            text = ""
        scores.append(score_text(text, gold))
    n = len(scores) or 1
    sentences = sum(s.whole + s.garbled + s.missing for s in scores) or 1
    return {
        "pages": len(scores),
        "precision": sum(s.precision for s in scores) / n,
        "recall": sum(s.recall for s in scores) / n,
        "f1": sum(s.f1 for s in scores) / n,
        "empty": sum(1 for s in scores if s.precision == 0 and s.recall == 0),
        "whole": sum(s.whole for s in scores) / sentences,
        "garbled": sum(s.garbled for s in scores),
        "sentences": sentences,
        "missing": sum(s.missing for s in scores) / sentences,
    }


def main(argv: list[str] | None = None) -> None:
    """Print a Markdown table: one row per variant of the extraction settings."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--every", type=int, default=1, help="score every Nth page only")
    args = parser.parse_args(argv)
    eval_dir = Path(os.environ.get("NEWSLEDGER_EVAL_DATA", "../shared/eval"))
    print("shipped settings:", ", ".join(f"{k}={v}" for k, v in EXTRACTION.items()))
    print("| settings | pages | precision | recall | F1 | no text | sentences whole | garbled (count) | missing |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for name, options in VARIANTS.items():
        r = score_pages(eval_dir, options, args.every)
        print(f"| {name} | {r['pages']} | {r['precision']:.3f} | {r['recall']:.3f} | {r['f1']:.3f} | {r['empty']} "
              f"| {r['whole']:.3f} | {r['garbled']} of {r['sentences']} | {r['missing']:.3f} |")


if __name__ == "__main__":
    main()
