"""A body that puts out figures of its own in one sentence ("the hydrology office later released its figures")
gives the figures the outlet's words tell in the next sentence of the paragraph (data/quantities.yaml
``publishing_verbs``, ``published_nouns``; extract/claims/quantity.py ``_published_before``): that body's claim,
set against another side's figure for the same count. Across a blank line, or after a sentence that puts out no
figures of the body's own, the outlet keeps its words. Texts written for these tests, about made-up places."""

from __future__ import annotations

import datetime as dt

import pytest

from newsledger.pipeline import analyze_text

DAY = dt.date(2031, 6, 10)
_RELEASE = ("LIVE: High water on the Velta\n\n"
            "10 June, 09:05\n"
            "Dorvan's state power company opened the floodgates of the Kessa dam on Monday morning after a week "
            "of storms. A company statement puts the outflow at 900 cubic metres per second.\n\n"
            "10 June, 15:50\n")


def _claimants(text: str, value: float) -> list[str | None]:
    a = analyze_text(text, DAY)
    names = {e.id: e.name for e in a.entities}
    return [names.get(c.claimant or "", c.claimant) for c in a.claims
            if c.kind == "quantity" and c.value is not None and value in (c.value.low, c.value.high)]


def test_the_next_sentence_gives_the_bodys_figure() -> None:
    text = _RELEASE + ("The Ostrian hydrology office later released its figures. Downstream, at the gauge near "
                       "Kessa, the flow came to about 420 cubic metres per second by midday.")
    a = analyze_text(text, DAY)
    names = {e.id: e.name for e in a.entities}
    assert any("office" in str(n) for n in _claimants(text, 420)), _claimants(text, 420)
    sides = {names.get(s.actor or "", "") for c in a.conflicts if c.kind == "quantity" for s in c.sides}
    assert any("office" in s for s in sides) and any("company" in s for s in sides), sides


@pytest.mark.parametrize("text", [
    # a blank line between: another entry
    "The Ostrian hydrology office later released its figures.\n\nDownstream, at the gauge near Kessa, the flow came "
    "to about 420 cubic metres per second by midday.",
    # the sentence before puts out no figures of the body's own
    "The Ostrian hydrology office called the figure wrong. Downstream, at the gauge near Kessa, the flow came to "
    "about 420 cubic metres per second by midday.",
])
def test_no_body_without_its_own_figures_right_before(text: str) -> None:
    assert not any(c for c in _claimants(text, 420)), _claimants(text, 420)
