"""A figure a side "puts it at" after the text asks "how many <noun>" (extract/claims/quantity.py ``_put_at_it``):
"it" is the count asked for, so the side's figure counts what the question asks, and meets another side's figure
for that count. A figure put at a level of a named noun, one with no question before it, and a question asking
no count are left alone. Texts written for these tests, about made-up people and places."""

from __future__ import annotations

import datetime as dt

import pytest

from newsledger import Analysis
from newsledger.compare.quantity import is_recorded
from newsledger.pipeline import analyze_text

DAY = dt.date(2031, 3, 14)


def _figures(a: Analysis, value: float) -> list[tuple[str, str | None]]:
    """(class, claimant) of the count claims of ``value`` (figures recorded only, never compared, left out)."""
    return [(c.predicate, c.claimant) for c in a.claims
            if c.kind == "quantity" and c.value and value in (c.value.low, c.value.high)
            and not is_recorded(c.predicate)]


def _name(a: Analysis, actor: str | None) -> str:
    return next((e.name for e in a.entities if e.id == actor), "")


@pytest.mark.parametrize(("text", "value", "word"), [
    # a class the question's words give (workers laid off)
    ("Winter has emptied the shipyards along the Marl estuary. How many welders have been laid off since the "
     "autumn? The Marl Metalworkers' Guild puts it at 2,300, spread over four yards.", 2300, ""),
    # an open count of the question's noun and verb, the figure in words
    ("Fishing boats have been leaving the harbour at Dunmere for weeks. How many boats have been sold abroad? "
     "The Dunmere Boatmen's Association estimates it at about ninety, most of them to buyers over the border.",
     90, "boat"),
])
def test_put_it_at_counts_what_was_asked(text: str, value: float, word: str) -> None:
    a = analyze_text(text, DAY)
    found = _figures(a, value)
    assert any(word in pred and claimant is not None for pred, claimant in found), found


def test_put_it_at_meets_the_other_side() -> None:
    text = ("Winter has emptied the shipyards along the Marl estuary. How many welders have been laid off since the "
            "autumn? The Marl Metalworkers' Guild puts it at 2,300, spread over four yards.\n\n"
            "The Ministry of Industry counts otherwise. Only 600 welders were laid off, according to Ilse Varnholm, "
            "who heads its shipbuilding department, and half of them are back at work.")
    a = analyze_text(text, DAY)
    quantity = [c for c in a.conflicts if c.kind == "quantity"]
    assert quantity, [(c.predicate, c.value) for c in a.claims if c.kind == "quantity"]
    names = {_name(a, s.actor) for c in quantity for s in c.sides}
    assert any("Guild" in n for n in names) and any("Varnholm" in n or "Ministry" in n for n in names), names


@pytest.mark.parametrize("text", [
    # no question before it: "it" asks for nothing counted
    "Winter has emptied the shipyards along the Marl estuary. The Marl Metalworkers' Guild puts it at 2,300, "
    "spread over four yards.",
    # the question asks no count
    "Winter has emptied the shipyards along the Marl estuary. Why have the yards closed? The Marl Metalworkers' "
    "Guild puts it at 2,300, spread over four yards.",
])
def test_no_count_for_it_without_a_count_asked(text: str) -> None:
    a = analyze_text(text, DAY)
    assert not [p for p, _ in _figures(a, 2300) if p], _figures(a, 2300)
