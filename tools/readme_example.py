#!/usr/bin/env python3
"""The README's example output, cut from a real run of ``newsledger analyze --sample``.

    .venv/bin/python tools/readme_example.py            # print the example
    .venv/bin/python tools/readme_example.py --write    # replace the ```json block of README.md

One record of each section is shown, chosen by rule so that they tell one story:
the first conflict, the agreement it is about, the actor on its first side, the
statement holding its second side with that statement's time, and the first
event whose source opposes the agreement. ``tests/test_readme.py`` checks that
every record shown is exactly what the pipeline produces.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

README = Path(__file__).resolve().parents[1] / "README.md"
BLOCK = re.compile(r"```json\n(.*?)\n```", re.S)
TEXT_SHOWN = 48  # characters of the document text kept in the example


def sample_analysis() -> dict[str, Any]:
    from newsledger.config import load_settings
    from newsledger.pipeline import analyze_paths
    from newsledger.serve.cli import sample_path

    (analysis,) = analyze_paths([sample_path()], load_settings())
    return analysis.to_dict()  # type: ignore[union-attr]


def example(d: dict[str, Any]) -> dict[str, Any]:
    conflict = d["conflicts"][0]
    agreement = next(a for a in d["agreements"] if a["id"] == conflict["about"])
    side = conflict["sides"][1]["evidence"]
    statement = next(s for s in d["statements"]
                     if s["content"]["start"] <= side["start"] and side["end"] <= s["content"]["end"])
    entity = next(e for e in d["entities"] if e["id"] == conflict["sides"][0]["actor"])
    time = next(t for t in d["times"] if t["id"] == statement["time"])
    opposed = {s["actor"] for s in agreement["stances"] if s["stance"] == "oppose"}
    event = next(v for v in d["events"] if v["source"] in opposed)
    document = dict(d["document"], text=d["document"]["text"][:TEXT_SHOWN] + "…")
    return {"schema": d["schema"], "document": document, "entities": [entity], "statements": [statement],
            "times": [time], "events": [event], "agreements": [agreement], "conflicts": [conflict]}


def dumps(value: Any) -> str:
    """JSON with two-space indents, each span ({start, end, text}) on one line."""
    text = json.dumps(value, indent=2, ensure_ascii=False)
    span = re.compile(r'\{\n\s+"start": (\d+),\n\s+"end": (\d+),\n\s+"text": ("(?:[^"\\]|\\.)*")\n\s+\}')
    return span.sub(r'{"start": \1, "end": \2, "text": \3}', text)


def main() -> None:
    block = dumps(example(sample_analysis()))
    if "--write" not in sys.argv:
        print(block)
        return
    readme = README.read_text(encoding="utf-8")
    README.write_text(BLOCK.sub(lambda _m: f"```json\n{block}\n```", readme, count=1), encoding="utf-8")


if __name__ == "__main__":
    main()
