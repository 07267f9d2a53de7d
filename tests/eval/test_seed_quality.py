"""Quality gate: the founding article (../shared/eval/seed) scored by the shared scorer.

The article is scored exactly as the hand-over hook and the external scorer do:
``newsledger analyze article.txt --published DATE --format json`` piped into
``score.py``. Nothing in the code may special-case this article; these floors
only stop a change from silently breaking what general rules already get right.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from newsledger.schema import validate

# Pinned floors (current measurements; see docs/ACCURACY.md).
FLOORS = {
    "quote_recall": 1.0,
    "speaker_accuracy": 1.0,
    "indirect_recall": 1.0,
    "time_accuracy": 1.0,
    "entity_accuracy": 1.0,
    "event_recall": 1.0,
    "event_date_accuracy": 1.0,
    "agreement_accuracy": 1.0,
    "conflict_recall": 1.0,
}
CEILINGS = {"forbidden_violations": 0, "quotes_extra": 0, "events_extra_actual": 4, "conflict_false_alarms": 0}


def _scorer(eval_dir: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("nl_seed_score", eval_dir / "score.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def seed(eval_dir: Path) -> tuple[dict[str, Any], dict[str, Any], list[str], str]:
    gold = json.loads((eval_dir / "seed" / "gold.json").read_text("utf-8"))
    article = eval_dir / "seed" / "article.txt"
    exe = Path(sys.executable).with_name("newsledger")
    out = subprocess.run([str(exe), "analyze", str(article), "--published", gold["published"], "--format", "json"],
                         capture_output=True, text=True, timeout=300, check=True)
    doc = json.loads(out.stdout)
    report, misses = _scorer(eval_dir).score(gold, doc)
    return doc, report, misses, article.read_text("utf-8")


def test_output_is_valid_and_text_is_the_article(seed: tuple[dict[str, Any], dict[str, Any], list[str], str]) -> None:
    doc, report, _, text = seed
    validate(doc)
    assert report["schema_ok"] and report["published_ok"]
    assert doc["document"]["text"] == text


def test_entities_merged_as_the_gold_expects(seed: tuple[dict[str, Any], dict[str, Any], list[str], str]) -> None:
    _, _, misses, _ = seed
    assert not [m for m in misses if "not merged" in m]


@pytest.mark.parametrize("metric", sorted(FLOORS))
def test_floor(seed: tuple[dict[str, Any], dict[str, Any], list[str], str], metric: str) -> None:
    _, report, misses, _ = seed
    assert report[metric] is not None and report[metric] >= FLOORS[metric], misses


@pytest.mark.parametrize("metric", sorted(CEILINGS))
def test_ceiling(seed: tuple[dict[str, Any], dict[str, Any], list[str], str], metric: str) -> None:
    _, report, misses, _ = seed
    assert report[metric] <= CEILINGS[metric], misses
