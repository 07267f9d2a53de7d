"""Quality gate: events on the PLOVER GSR, PETRARCH-2 GSR, CASE 2021 and PETRARCH validation dev sets,
and the founding article.

Floors sit about 0.01-0.02 below the values measured when they were pinned (docs/ACCURACY.md).
Each gold set is parsed once per module.
"""

from __future__ import annotations

import importlib.util
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from newsledger import Analysis
from newsledger.evaluation.events import evaluate_case, evaluate_petr2, evaluate_petrarch_validation, evaluate_plover

pytestmark = pytest.mark.eval

# PLOVER GSR dev (163 sentences)
PLOVER_TYPE_RECALL = 0.845  # 0.859 after h-events19 (0.853 after the type classes of issue 15; was 0.742)
PLOVER_TYPE_ACCURACY = 0.827  # 0.847 after h-events19 (0.840; was 0.730)
PLOVER_SOURCE_ACCURACY = 0.85  # 0.867 at stop 26 (was 0.858); 0.870 after the type classes
PLOVER_TARGET_ACCURACY = 0.61  # 0.629 after h-events16 (a side's own forces are no target; was 0.621)
PLOVER_EXTRA_PER_SENTENCE_MAX = 0.47  # 0.454 after the type classes (was 0.472)
# PETRARCH-2 GSR dev (36 sentences)
PETR2_TYPE_RECALL = 0.57  # 0.593 after h-events16 ("pressure on X"; was 0.556)
PETR2_SOURCE_ACCURACY = 0.92
# CASE 2021 task 2 dev (397 snippets with a PLOVER counterpart)
CASE_TYPE_RECALL = 0.85  # 0.864 after the type classes of issue 15 (was 0.851)
CASE_TYPE_ACCURACY = 0.81  # 0.821 (was 0.809)
CASE_OUT_OF_SCOPE_MAX = 0.31  # 0.297 after petr33 (0.317; was 0.337)
# PETRARCH validation suites, dev half, each run with its own actor dictionary as the user's vocabulary (its
# actors are fictional); end of stop 26: type recall 0.119 / 0.509 (0.119 / 0.397 on the shipped vocabularies
# alone), source accuracy 0.667 / 0.831, target accuracy 0.833 / 0.729 (12 / 59 checks); after the type classes of
# issue 15: type recall 0.139 / 0.569 (0.139 / 0.491 alone), source 0.714 / 0.848, target 0.857 / 0.742 (14 / 66);
# after petr33: type recall 0.149 / 0.603 (0.149 / 0.526 alone), source 0.933 / 0.886, target 0.867 / 0.757 (15 / 70)
PETRARCH_VALIDATION_TYPE_RECALL = {"petrarch2_unittest": 0.13, "udpetr_validate_2_02": 0.59}
PETRARCH_VALIDATION_SOURCE_ACCURACY = {"petrarch2_unittest": 0.9, "udpetr_validate_2_02": 0.87}
PETRARCH_VALIDATION_TARGET_ACCURACY = {"petrarch2_unittest": 0.84, "udpetr_validate_2_02": 0.72}


@pytest.fixture(scope="module")
def plover(eval_dir: Path) -> dict[str, Any]:
    return evaluate_plover(eval_dir)


@pytest.fixture(scope="module")
def petr2(eval_dir: Path) -> dict[str, Any]:
    return evaluate_petr2(eval_dir)


@pytest.fixture(scope="module")
def case(eval_dir: Path) -> dict[str, Any]:
    return evaluate_case(eval_dir)


@pytest.fixture(scope="module")
def petrarch_validation(eval_dir: Path) -> dict[str, Any]:
    return evaluate_petrarch_validation(eval_dir)


def test_petrarch_validation_floors(petrarch_validation: dict[str, Any]) -> None:
    assert set(petrarch_validation) == set(PETRARCH_VALIDATION_TYPE_RECALL), petrarch_validation
    for suite, floor in PETRARCH_VALIDATION_TYPE_RECALL.items():
        ours = petrarch_validation[suite]["newsledger"]
        assert ours["type_recall"] >= floor, (suite, ours)
        assert ours["source_accuracy"] >= PETRARCH_VALIDATION_SOURCE_ACCURACY[suite], (suite, ours)
        assert ours["target_accuracy"] >= PETRARCH_VALIDATION_TARGET_ACCURACY[suite], (suite, ours)


def test_petrarch_validation_on_the_shipped_vocabularies(eval_dir: Path) -> None:
    """Without the suites' dictionaries the fictional states are unknown: types only (0.119 / 0.397, stop 26;
    0.139 / 0.491 after the type classes of issue 15; 0.149 / 0.526 after petr33)."""
    report = evaluate_petrarch_validation(eval_dir, own_dictionary=False)
    assert report["petrarch2_unittest"]["newsledger"]["type_recall"] >= 0.13, report
    assert report["udpetr_validate_2_02"]["newsledger"]["type_recall"] >= 0.51, report


def test_plover_gsr_floors(plover: dict[str, Any]) -> None:
    ours = plover["newsledger"]
    assert ours["type_recall"] >= PLOVER_TYPE_RECALL, ours
    assert ours["type_accuracy"] >= PLOVER_TYPE_ACCURACY, ours
    assert ours["source_accuracy"] >= PLOVER_SOURCE_ACCURACY, ours
    assert ours["target_accuracy"] >= PLOVER_TARGET_ACCURACY, ours
    assert ours["extra_per_sentence"] <= PLOVER_EXTRA_PER_SENTENCE_MAX, ours


def test_plover_gsr_beats_the_keyword_baseline_on_type(plover: dict[str, Any]) -> None:
    assert plover["newsledger"]["type_recall"] > plover["baseline"]["type_recall"] + 0.05, plover


def test_petr2_gsr_floors(petr2: dict[str, Any]) -> None:
    ours = petr2["newsledger"]
    assert ours["type_recall"] >= PETR2_TYPE_RECALL, ours
    assert ours["source_accuracy"] >= PETR2_SOURCE_ACCURACY, ours


def test_case2021_floors(case: dict[str, Any]) -> None:
    ours = case["newsledger"]
    assert ours["type_recall"] >= CASE_TYPE_RECALL, ours
    assert ours["type_accuracy"] >= CASE_TYPE_ACCURACY, ours
    assert ours["out_of_scope_with_events"] <= CASE_OUT_OF_SCOPE_MAX, ours
    assert ours["type_recall"] > case["baseline"]["type_recall"], case


def _score_module(eval_dir: Path) -> Any:
    spec = importlib.util.spec_from_file_location("shared_score", eval_dir / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_founding_article_events(eval_dir: Path, analyze: Callable[..., Analysis]) -> None:
    """The shared scorer on the founding article: every gold event found, nothing forbidden coded as actual."""
    text = (eval_dir / "seed" / "article.txt").read_text("utf-8")
    score = _score_module(eval_dir)
    gold = json.loads((eval_dir / "seed" / "gold.json").read_text("utf-8"))
    analysis = score.Analysis(json.loads(json.dumps(analyze(text, "2025-08-17").to_dict())))
    report = score.score_events(gold, analysis, [])
    assert report["forbidden_violations"] == 0, report
    assert report["event_recall"] >= 0.8, report
    assert report["events_extra_actual"] <= 4, report
