"""The JSON Schema of ``newsledger.analysis/1``, shipped in the package, and a validator.

Besides the schema, :func:`validate` checks what JSON Schema cannot: that
every span's text is ``document.text[start:end]``, that ids are unique, and
that every cross-reference points at a record of the right kind.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterator
from importlib import resources
from typing import Any

__all__ = ["SchemaViolation", "load_schema", "validate"]


class SchemaViolation(ValueError):
    """An analysis document does not conform to ``newsledger.analysis/1``."""


@functools.cache
def load_schema() -> dict[str, Any]:
    """The JSON Schema of ``newsledger.analysis/1`` shipped in the package, read once."""
    schema: dict[str, Any] = json.loads(resources.files(__package__).joinpath("analysis-1.json").read_text("utf-8"))
    return schema


def _spans(doc: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    out = []
    for e in doc["entities"]:
        out += [(f"entity {e['id']} mention", m) for m in e["mentions"]]
    out += [(f"statement {s['id']} content", s["content"]) for s in doc["statements"]]
    out += [(f"time {t['id']}", t) for t in doc["times"]]
    out += [(f"event {e['id']} evidence", e["evidence"]) for e in doc["events"]]
    for a in doc["agreements"]:
        out += [(f"agreement {a['id']} label", lb["evidence"]) for lb in a["labels"]]
        out += [(f"agreement {a['id']} stance", st["evidence"]) for st in a["stances"]]
    for c in doc["conflicts"]:
        out += [(f"conflict {c['id']} side", s["evidence"]) for s in c["sides"]]
    return out


def validate(doc: dict[str, Any]) -> None:
    """Raise :class:`SchemaViolation` with every problem found; return None when valid."""
    import jsonschema

    validator = jsonschema.Draft202012Validator(load_schema())
    problems = [f"{'/'.join(map(str, e.absolute_path)) or '<root>'}: {e.message}"
                for e in validator.iter_errors(doc)]
    if problems:  # the checks below read fields the schema guarantees
        raise SchemaViolation("; ".join(problems[:20]))
    problems = _span_problems(doc) + _id_problems(doc) + _reference_problems(doc)
    if problems:
        raise SchemaViolation("; ".join(problems[:20]))


def _span_problems(doc: dict[str, Any]) -> list[str]:
    """Every span whose text is not ``document.text[start:end]``."""
    text = doc["document"]["text"]
    problems = []
    for where, span in _spans(doc):
        s, e = span["start"], span["end"]
        if not 0 <= s <= e <= len(text) or text[s:e] != span["text"]:
            problems.append(f"{where}: [{s}:{e}] is {text[s:e]!r} in the text, record says {span['text']!r}")
    return problems


def _id_problems(doc: dict[str, Any]) -> list[str]:
    all_ids = [r["id"] for sec in ("entities", "statements", "times", "events", "agreements", "conflicts")
               for r in doc[sec]]
    return [] if len(all_ids) == len(set(all_ids)) else ["ids are not unique within the document"]


def _references(doc: dict[str, Any]) -> Iterator[tuple[str | None, str, str]]:
    """(value, kind of record it must name, where) for every cross-reference of the document."""
    for e in doc["entities"]:
        yield e["affiliation"], "entity", f"entity {e['id']} affiliation"
    for s in doc["statements"]:
        yield s["speaker"], "entity", f"statement {s['id']} speaker"
        yield s["time"], "time", f"statement {s['id']} time"
    for ev in doc["events"]:
        for key in ("source", "target", "location"):
            yield ev[key], "entity", f"event {ev['id']} {key}"
        yield ev["date"], "time", f"event {ev['id']} date"
        yield ev["reported_by"], "statement", f"event {ev['id']} reported_by"
    for a in doc["agreements"]:
        yield from ((p, "entity", f"agreement {a['id']} party") for p in a["parties"])
        yield a["signed"], "time", f"agreement {a['id']} signed"
        yield from ((b, "agreement", f"agreement {a['id']} builds_on") for b in a["builds_on"])
        yield from ((lb["by"], "entity", f"agreement {a['id']} label by") for lb in a["labels"])
        yield from ((st["actor"], "entity", f"agreement {a['id']} stance actor") for st in a["stances"])
    for c in doc["conflicts"]:
        yield from ((side["actor"], "entity", f"conflict {c['id']} side actor") for side in c["sides"])


def _reference_problems(doc: dict[str, Any]) -> list[str]:
    """Every cross-reference that does not name a record of the right kind."""
    kinds = {"entity": {e["id"] for e in doc["entities"]}, "statement": {s["id"] for s in doc["statements"]},
             "time": {t["id"] for t in doc["times"]}, "agreement": {a["id"] for a in doc["agreements"]}}
    return [f"{where}: {value!r} is not a {kind} id" for value, kind, where in _references(doc)
            if value is not None and value not in kinds[kind]]
