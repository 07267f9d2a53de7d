"""Quality gate: entities and actors on CoNLL-2003 and MEANTIME (dev halves), and the founding article.

Floors sit about 0.02 below the figures measured when they were pinned (see
docs/ACCURACY.md); our pipeline must also stay ahead of bare spaCy on NER.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
from pathlib import Path
from typing import Any

import pytest

from newsledger.config import load_settings
from newsledger.evaluation import ner
from newsledger.lexicon import load_lexicon

LEXICON = load_lexicon(load_settings())  # the shipped vocabularies

pytestmark = pytest.mark.eval

CONLL_TYPED_F1 = 0.785  # 0.7977 measured at stop 35 (0.787 h-actors15; 0.783 at stop 25, 0.666 before issue 15)
CONLL_UNTYPED_F1 = 0.87  # 0.897 measured
MEANTIME_NER_F1 = 0.745  # 0.7554 measured at stop 35
MEANTIME_PRONOUN_RECALL = 0.68
MEANTIME_PRONOUN_PRECISION = 0.92
MEANTIME_NOMINAL_RECALL = 0.26
MEANTIME_COUNTRY = 0.98


def _run(eval_dir: Path, name: str) -> dict[str, Any]:
    from newsledger.extract.actors import actors
    from newsledger.extract.actors.entities import entities

    records = ner.load_gold(eval_dir, name)
    docs, _ = ner.parse_records(records)
    ours = [actors(d, entities(d, LEXICON), LEXICON) for d in docs]
    scorer = ner.score_conll if name == "conll" else ner.score_meantime
    return scorer(records, docs, ours)


@pytest.fixture(scope="module")
def conll(eval_dir: Path) -> dict[str, Any]:
    return _run(eval_dir, "conll")


@pytest.fixture(scope="module")
def meantime(eval_dir: Path) -> dict[str, Any]:
    return _run(eval_dir, "meantime")


def test_conll_ner_floors_and_beats_bare_spacy(conll: dict[str, Any]) -> None:
    ours, bare = conll["ours"], conll["spacy"]
    assert ours["typed"]["f1"] >= CONLL_TYPED_F1, ours
    assert ours["untyped"]["f1"] >= CONLL_UNTYPED_F1, ours
    assert ours["typed"]["f1"] > bare["typed"]["f1"], (ours, bare)


def test_meantime_ner_floor_and_close_to_bare_spacy(meantime: dict[str, Any]) -> None:
    # Measured 0.002 above bare spaCy; surname propagation and vocabulary names add mentions that
    # MEANTIME leaves unannotated, so allow a small margin rather than a strict win.
    ours, bare = meantime["ner"]["ours"], meantime["ner"]["spacy"]
    assert ours["f1"] >= MEANTIME_NER_F1, ours
    assert ours["f1"] >= bare["f1"] - 0.02, (ours, bare)


def test_meantime_reference_floors(meantime: dict[str, Any]) -> None:
    pron, nom = meantime["pronouns"]["ours"], meantime["nominals"]["ours"]
    assert pron["recall"] >= MEANTIME_PRONOUN_RECALL, pron
    assert pron["precision"] >= MEANTIME_PRONOUN_PRECISION, pron
    assert nom["recall"] >= MEANTIME_NOMINAL_RECALL, nom


def test_meantime_country_coding_floor(meantime: dict[str, Any]) -> None:
    assert meantime["country"]["gold"] > 0
    assert meantime["country"]["ours"] >= MEANTIME_COUNTRY, meantime["country"]


def test_founding_article_entity_checks_all_pass(eval_dir: Path, nlp: Any) -> None:
    """The shared scorer's entity checks (country, sector, role, merged aliases) on the founding article."""
    from newsledger.extract.actors import actors
    from newsledger.extract.actors.entities import entities
    from newsledger.models import Analysis, Document

    spec = importlib.util.spec_from_file_location("shared_score", eval_dir / "score.py")
    assert spec is not None and spec.loader is not None
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    import json

    gold = json.loads((eval_dir / "seed" / "gold.json").read_text("utf-8"))
    text = (eval_dir / "seed" / "article.txt").read_text("utf-8")
    doc = nlp(text)
    analysis = Analysis(document=Document(text=text, published=dt.date.fromisoformat(gold["published"])),
                        entities=actors(doc, entities(doc, LEXICON), LEXICON))
    misses: list[str] = []
    report = score.score_entities(gold, score.Analysis(analysis.to_dict()), misses)
    assert report["entity_accuracy"] == 1.0, misses
