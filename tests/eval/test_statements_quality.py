"""Quality gate: statements on PolNeAR (dev half, every third article) and on the founding article.

Floors sit about 0.02 below the figures measured when they were pinned (see
docs/ACCURACY.md, which also gives the full dev set and textacy's baseline).
PolNeAR is scored by the shared ``score_quotes.py``; the founding article by
the shared ``score.py``, both imported by path from the eval folder.
"""

from __future__ import annotations

import importlib.util
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from newsledger.evaluation import quotes

pytestmark = pytest.mark.eval

EVERY = 3  # a fixed, deterministic subset: the full dev set takes several minutes to parse

CONTENT_OVERLAP_F1 = 0.68
CONTENT_OVERLAP_PRECISION = 0.91
CONTENT_OVERLAP_RECALL = 0.54
DIRECT_OVERLAP_F1 = 0.82
DIRECT_OVERLAP_RECALL = 0.92
DIRECT_LENIENT_F1 = 0.86
EXACT_ATTRIBUTION_F1 = 0.44
EXACT_DIRECT_RECALL = 0.85
SOURCE_OVERLAP = 0.86
SOURCE_EXACT = 0.70


@pytest.fixture(scope="module")
def polnear(eval_dir: Path) -> dict[str, Any]:
    return quotes.score_dir(eval_dir, every=EVERY)


def test_polnear_content_floors(polnear: dict[str, Any]) -> None:
    p, r, f = polnear["overlap_o2o_all"]
    assert f >= CONTENT_OVERLAP_F1, polnear
    assert p >= CONTENT_OVERLAP_PRECISION, polnear
    assert r >= CONTENT_OVERLAP_RECALL, polnear
    assert polnear["overlap_o2o_direct"][1] >= DIRECT_OVERLAP_RECALL, polnear
    assert polnear["overlap_o2o_direct"][2] >= DIRECT_OVERLAP_F1, polnear
    assert polnear["overlap_m2m_direct"][2] >= DIRECT_LENIENT_F1, polnear
    assert polnear["exact_attr_all"][2] >= EXACT_ATTRIBUTION_F1, polnear
    assert polnear["exact_attr_direct_R"] >= EXACT_DIRECT_RECALL, polnear


def test_polnear_source_floors(polnear: dict[str, Any]) -> None:
    assert polnear["source_ovl_among_matched"] >= SOURCE_OVERLAP, polnear
    assert polnear["source_exact_among_matched"] >= SOURCE_EXACT, polnear


def test_polnear_never_fails_a_document(polnear: dict[str, Any]) -> None:
    assert polnear["err_doc_rate"] == 0.0, polnear["counts"]


def _seed_scorer(eval_dir: Path) -> Any:
    spec = importlib.util.spec_from_file_location("newsledger_seed_score", eval_dir / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_founding_article_statements(eval_dir: Path, analyze: Callable[..., Any]) -> None:
    gold = json.loads((eval_dir / "seed" / "gold.json").read_text("utf-8"))
    text = (eval_dir / "seed" / gold["article"]).read_text("utf-8")
    analysis = analyze(text, gold["published"]).to_dict()
    score = _seed_scorer(eval_dir)
    misses: list[str] = []
    result = score.score_statements(gold, score.Analysis(analysis), misses)
    assert result["quote_recall"] == 1.0, misses
    assert result["speaker_accuracy"] == 1.0, misses
    assert result["indirect_recall"] == 1.0, misses
    assert result["quotes_extra"] == 0, misses
