"""Quality gate: the statement-pair conflict model (extract/pairs.py) on the eight dev contradiction files.

Re-runs the trainer's leave-one-file-out estimate (``tools/train_conflict_pairs.py``: fitted on seven dev files,
scored on the eighth with the real scorer) with the configuration and threshold the shipped data file records,
and pins it; also the figures of the pipeline as shipped (in sample: the rules, plus the pair model where the
data file turns it on). Never a held-out file. Skips when ``NEWSLEDGER_EVAL_DATA`` is unset.

Figures of stop 25 (docs/ACCURACY.md): rules alone recall 0.328, precision 0.824, no false alarm; leave-one-file-out
at the selected threshold 0.85 recall 0.336, precision 0.83 (the pair model's own conflicts 2 of 2 right, none on
an agreeing article); the nested estimate (threshold chosen inside each fold) did not beat the rules, so the
shipped threshold is 1 (off).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from newsledger.evaluation.contradictions import is_heldout, load_articles
from newsledger.lexicon import Lexicon
from newsledger.lexicon.loader import read_yaml

pytestmark = pytest.mark.eval

TOOL = Path(__file__).resolve().parents[2] / "tools" / "train_conflict_pairs.py"
# On main after the events work of stop 25 was merged the leave-one-file-out recall is 0.328, the rules' own figure
# (the pair model's one extra conflict of its branch is gone): the floor is just under it.
LOFO_FLOORS = {"conflict_recall": 0.32, "conflict_precision": 0.82}
SHIPPED_FLOORS = {"conflict_recall": 0.32, "conflict_precision": 0.82}


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("train_conflict_pairs", TOOL)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["train_conflict_pairs"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def trained(eval_dir: Path, lexicon: Lexicon) -> tuple[ModuleType, Any, list[Any]]:
    tool = _tool()
    paths = [tool.GOLD / name for name in tool.DEV_FILES]
    missing = [p.name for p in paths if not p.is_file()]
    if missing:
        pytest.skip(f"contradiction gold not in this checkout: {', '.join(missing)}")
    assert not any(is_heldout(p) for p in paths)
    items = tool.analyse(load_articles(paths, eval_dir), lexicon)
    return tool, tool.Scorer(items, lexicon), items


def _shipped() -> dict[str, Any]:
    spec = read_yaml("conflict_pairs.yaml", None, schema="conflict_pairs", version=1)["model"]
    assert isinstance(spec, dict)
    return spec


def test_leave_one_file_out_estimate(trained: tuple[ModuleType, Any, list[Any]], lexicon: Lexicon) -> None:
    tool, scorer, items = trained
    spec = _shipped()
    config = (float(spec["l2"]), int(spec["rounds"]))
    files = list(tool.DEV_FILES)
    fits = tool.lofo_fits(items, config, files)
    models = {n: tool.model_of(f, lexicon.pairs.lists, float(spec["selected_threshold"])) for n, f in fits.items()}
    res = scorer.run(models, files)
    rules = scorer.run({}, files)["all"]
    own = res["pair_model"]
    assert own["false_alarms"] == 0 and res["all"]["false_alarm_articles"] == 0, res
    assert own["precision"] >= 0.9, res
    assert res["all"]["conflict_precision"] >= rules["conflict_precision"], (res, rules)
    for metric, floor in LOFO_FLOORS.items():
        assert res["all"][metric] >= floor, (metric, res)


def test_pipeline_as_shipped(trained: tuple[ModuleType, Any, list[Any]], lexicon: Lexicon) -> None:
    tool, scorer, _items = trained
    files = list(tool.DEV_FILES)
    res = scorer.run({n: lexicon.pairs for n in files}, files)
    assert res["all"]["false_alarm_articles"] == 0, res
    for metric, floor in SHIPPED_FLOORS.items():
        assert res["all"][metric] >= floor, (metric, res)
