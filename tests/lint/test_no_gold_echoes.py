"""Test sentences are our own words: no line of a test shares eight consecutive words with a dev gold text.

The gold texts are the articles written for the contradiction and judged sets (``tests/data``) and, where
``NEWSLEDGER_EVAL_DATA`` is set, the PolNeAR dev texts that the judged sets read. A test written by swapping the
names in a gold sentence checks that one item, not the class of phrasing it stands for; eight words in a row is
past what news boilerplate shares ("the foreign ministry said in a statement that" is seven). The held-out files
are never read.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from pathlib import Path

import yaml

TESTS = Path(__file__).resolve().parents[1]
SPAN = 8
_WORD = re.compile(r"[a-z0-9']+")


def _grams(text: str) -> Iterator[tuple[str, ...]]:
    words = _WORD.findall(text.lower())
    return (tuple(words[i:i + SPAN]) for i in range(len(words) - SPAN + 1))


def _gold_texts() -> Iterator[tuple[str, str]]:
    for path in sorted((TESTS / "data").glob("*/*.yaml")):
        if "heldout" in path.name:
            continue
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for article in data.get("articles") or []:
            if isinstance(article, dict) and article.get("text"):
                yield f"{path.name}:{article.get('id')}", article["text"]
    eval_dir = os.environ.get("NEWSLEDGER_EVAL_DATA")
    polnear = Path(eval_dir) / "quotes_polnear" / "dev.jsonl" if eval_dir else None
    if polnear is not None and polnear.is_file():
        for line in polnear.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            if record.get("text"):
                yield f"polnear:{record.get('doc_id')}", record["text"]


def echoes(gold: dict[tuple[str, ...], str], files: list[Path]) -> list[str]:
    """``file:line (gold item)`` for each line of ``files`` holding eight words in a row of a gold text."""
    out = []
    for path in files:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            hit = next((gold[g] for g in _grams(line) if g in gold), None)
            if hit:
                out.append(f"{path.relative_to(TESTS) if path.is_relative_to(TESTS) else path.name}:{number} ({hit})")
    return out


def test_no_test_line_echoes_a_gold_text() -> None:
    gold: dict[tuple[str, ...], str] = {}
    for name, text in _gold_texts():
        for g in _grams(text):
            gold.setdefault(g, name)
    assert len(gold) > 10_000  # the written sets alone hold far more
    files = [p for p in TESTS.rglob("*.py") if p.name != Path(__file__).name]
    assert echoes(gold, files) == []


def test_the_scan_finds_a_sentence_with_its_names_swapped(tmp_path: Path) -> None:
    gold = {g: "item" for g in _grams("Police in the capital said the two men had been released on bail late on "
                                      "Monday.")}
    echo = tmp_path / "test_echo.py"
    echo.write_text('text = "Police in Lima said the two men had been released on bail late on Friday."\n'
                    'other = "The two suspects walked free on Monday."\n', encoding="utf-8")
    assert echoes(gold, [echo]) == ["test_echo.py:1 (item)"]
