"""Causes told in words no cause class names, new frames (issue 14, helper quant40, stop 40).

- What sank or turned over a boat, its subject a thing: "the wave it raised swamped the loaded ferry", "the extra
  weight alone sent it under" (claims ``open_cause_harms``: swamp, send under, overturn, ...).
- A change put down to a cause in the passive: "the rise of the river is explained by the melting of deep snow"
  (``open_cause_links``: explained by; ``open_cause_effects``: rise).

Two sides naming such causes for one incident dispute its cause. Invented news text in our own words, with made-up
names and places.
"""

from __future__ import annotations

from collections.abc import Callable

from newsledger import Analysis


def _causes(a: Analysis) -> list[str]:
    return [c.predicate for c in a.claims if c.kind == "cause"]


def _cause_conflicts(a: Analysis) -> list[str]:
    return [c.summary for c in a.conflicts if c.kind == "cause"]


def test_a_wave_that_swamped_a_boat_and_weight_that_sent_it_under(analyze: Callable[..., Analysis]) -> None:
    a = analyze("A river ferry capsized on the Kasai near Ilebo on Sunday. Angola's provincial governor said a "
                "speeding patrol boat of the Congolese navy passed close by and the wave it raised swamped the loaded "
                "ferry. Congo's interior ministry said the ferry was carrying 70 people when its licence allowed "
                "30, and that the extra weight alone sent it under.")
    assert any("extra weight" in p for p in _causes(a)), [(c.kind, c.predicate) for c in a.claims]
    assert len(_cause_conflicts(a)) == 1, [(c.kind, c.predicate, c.claimant) for c in a.claims]


def test_a_rise_explained_by_a_cause(analyze: Callable[..., Analysis]) -> None:
    a = analyze("The Siret flooded three villages near Galati on Tuesday. Romania's water agency said the flood was "
                "caused by water released from a Ukrainian reservoir upstream without warning. Ukraine's water "
                "directorate said the rise in the level near Vaslui is explained by snow thawing fast on the slopes "
                "after a warm week.")
    assert any("snow" in p for p in _causes(a)), [(c.kind, c.predicate) for c in a.claims]
    assert len(_cause_conflicts(a)) == 1, [(c.kind, c.predicate, c.claimant) for c in a.claims]
