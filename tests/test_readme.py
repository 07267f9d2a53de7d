"""The README's example output is a real one: every record it shows is what ``analyze --sample`` produces."""

from __future__ import annotations

import json
import re
from pathlib import Path

from newsledger.config import load_settings
from newsledger.pipeline import analyze_paths
from newsledger.serve.cli import sample_path

README = Path(__file__).resolve().parents[1] / "README.md"
FIX = "the README example is stale: run `.venv/bin/python tools/readme_example.py --write`"


def test_readme_example_is_real_output(nlp: object) -> None:
    block = re.search(r"```json\n(.*?)\n```", README.read_text(encoding="utf-8"), re.S)
    assert block, "README.md has no ```json example block"
    shown = json.loads(block.group(1))
    (analysis,) = analyze_paths([sample_path()], load_settings())
    actual = analysis.to_dict()  # type: ignore[union-attr]
    assert shown["schema"] == actual["schema"]
    text = shown["document"].pop("text")
    assert text.endswith("…") and actual["document"]["text"].startswith(text[:-1]), FIX
    assert shown["document"] == {k: v for k, v in actual["document"].items() if k in shown["document"]}, FIX
    for section in ("entities", "statements", "times", "events", "agreements", "conflicts"):
        assert shown[section], f"the example shows no {section}"
        by_id = {r["id"]: r for r in actual[section]}
        for record in shown[section]:
            assert by_id.get(record["id"]) == record, f"{section} {record['id']}: {FIX}"
