"""No word list lives in extractor code: linguistic knowledge is data (``data/``, read through the lexicon).

A literal set, list, tuple or dict in ``src/newsledger/extract/`` holding more than a handful of words
fails here. Not counted as words: spaCy's own labels (dependency relations, part-of-speech and
fine-grained tags, entity labels), which name the parse rather than the language, punctuation, and
``__all__``. Move a failing list into the data file of its family and read it from the lexicon.
"""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Any

import pytest

EXTRACT = Path(__file__).resolve().parents[2] / "src" / "newsledger" / "extract"
HANDFUL = 5  # more words than this in one literal is a word list


def _labels(nlp: Any) -> frozenset[str]:
    labels: set[str] = set()
    for _, pipe in nlp.pipeline:
        labels.update(str(label) for label in getattr(pipe, "labels", ()) or ())
    labels.update(nlp.vocab.morphology.tag_map if hasattr(nlp.vocab.morphology, "tag_map") else ())
    from spacy.parts_of_speech import IDS

    labels.update(IDS)
    return frozenset(labels) | {"ROOT", "obl", "tmod", "nmod"}  # labels of other treebanks some rules accept


def _word_lists(path: Path, labels: frozenset[str]) -> list[tuple[int, list[str]]]:
    tree = ast.parse(path.read_text("utf-8"))
    skip: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets):
            skip.add(id(node.value))
    found = []
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        if isinstance(node, ast.Set | ast.List | ast.Tuple):
            items = node.elts
        elif isinstance(node, ast.Dict):
            items = [k for k in node.keys if k is not None]
        else:
            continue
        words = [e.value for e in items if isinstance(e, ast.Constant) and isinstance(e.value, str)
                 and any(ch.isalpha() for ch in e.value) and e.value not in labels]
        if len(words) > HANDFUL:
            found.append((node.lineno, words))
    return found


@pytest.mark.parametrize("path", sorted(EXTRACT.rglob("*.py")), ids=lambda p: str(p.relative_to(EXTRACT)))
def test_no_word_list_in_extractor_code(path: Path, nlp: Any) -> None:
    found = _word_lists(path, _labels(nlp))
    assert not found, "word lists in code (move them to the family's data file):\n" + "\n".join(
        f"  {path.name}:{line}: {len(words)} words {words[:6]}" for line, words in found)


def test_the_check_finds_a_word_list(tmp_path: Path, nlp: Any) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text('X = {"army", "navy", "police", "militia", "guard", "rebels"}\n'
                      'DEPS = {"nsubj", "dobj", "prep", "pobj", "amod", "compound"}\n'
                      '__all__ = ["a", "b", "c", "d", "e", "f"]\n', "utf-8")
    assert [line for line, _ in _word_lists(sample, _labels(nlp))] == [1]
