"""The shipped JSON Schema, and real output validated against it."""

from __future__ import annotations

import copy
from collections.abc import Callable

import pytest

from newsledger import Analysis
from newsledger.schema import SchemaViolation, load_schema, validate

TEXT = (
    "Brazil's President met Argentina's foreign minister in Brasilia on Tuesday. "
    "Officials from both countries said the talks covered trade and energy."
)


def test_schema_is_the_published_format() -> None:
    schema = load_schema()
    assert schema["properties"]["schema"]["const"] == "newsledger.analysis/1"
    assert set(schema["required"]) == {"schema", "document", "entities", "statements", "times", "events",
                                       "agreements", "conflicts"}


def test_real_output_validates(analyze: Callable[..., Analysis]) -> None:
    doc = analyze(TEXT).to_dict()
    validate(doc)
    assert doc["document"]["text"] == TEXT
    assert doc["entities"], "entities are extracted"


@pytest.mark.parametrize(
    ("mutate", "problem"),
    [
        (lambda d: d.update(schema="newsledger.analysis/2"), "schema"),
        (lambda d: d["entities"][0]["mentions"][0].update(start=1), "mention"),
        (lambda d: d["entities"][0].update(type="COUNTRY"), "type"),
        (lambda d: d["entities"][0].update(country="Brazil"), "country"),
        (lambda d: d["entities"][0].update(affiliation="e999"), "not a entity id"),
        (lambda d: d["statements"][0].update(speaker="e999"), "speaker: 'e999' is not a entity id"),
        (lambda d: d["events"][0].update(reported_by="e1"), "reported_by: 'e1' is not a statement id"),
        (lambda d: d.pop("conflicts"), "conflicts"),
        (lambda d: d["document"].update(published="Tuesday"), "published"),
        (lambda d: d["entities"].append(copy.deepcopy(d["entities"][0])), "unique"),
    ],
)
def test_violations_are_caught(analyze: Callable[..., Analysis], mutate: Callable[[dict], object],
                               problem: str) -> None:
    doc = analyze(TEXT).to_dict()
    mutate(doc)
    with pytest.raises(SchemaViolation, match=problem):
        validate(doc)
