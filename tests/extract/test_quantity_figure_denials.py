"""Figures denied without a verb of denial over a named figure (issue 14, helper quantity38b, stop 38).

- A figure noun the speaker calls wrong or groundless with no owner and no figure of its own ("the number is
  invented", "That count has no basis") points back to the count one other side gave just before: its denial.
- The figure alone, denied: "It is not four thousand." or "Two hundred. Not four thousand." deny the count another
  side gave that holds the figure; the counter-figure stays a claim of its own.
- Guards: a figure denied that no other side gave ("It is not 400") denies nothing; a figure noun with two sides'
  counts just before it leaves which one open.

Invented news text in our own words, about real countries.
"""

from __future__ import annotations

import datetime as dt

from newsledger import Analysis
from newsledger.pipeline import analyze_text

DAY = dt.date(2031, 6, 12)
_TOLD = "Chile's navy said 900 fishing boats had entered its waters near Arica in May. "


def _run(text: str) -> Analysis:
    return analyze_text(text, DAY)


def _denials(a: Analysis) -> list[tuple[float | None, str | None]]:
    names = {e.id: e.name for e in a.entities}
    return [(c.value.low if c.value else None, names.get(c.claimant or "")) for c in a.claims
            if c.kind == "quantity" and c.polarity == "negated"]


def _quantity_conflict(a: Analysis) -> bool:
    return any(c.kind == "quantity" for c in a.conflicts)


def test_a_number_with_no_basis_is_denied() -> None:
    a = _run(_TOLD + "Peru's fisheries minister, Rosa Quispe, disagreed. \"That number has no basis,\" she said.")
    assert [v for v, _ in _denials(a)] == [900.0], _denials(a)
    assert _quantity_conflict(a)


def test_a_figure_called_invented_is_denied() -> None:
    a = _run(_TOLD + "Peru's fisheries minister, Rosa Quispe, said the figure was invented.")
    assert [v for v, _ in _denials(a)] == [900.0], _denials(a)
    assert _quantity_conflict(a)


def test_it_is_not_the_figure() -> None:
    a = _run(_TOLD + "Peru's fisheries ministry rejected that. \"It is not nine hundred,\" Peru's fisheries minister, "
             "Rosa Quispe, told reporters in Lima.")
    assert [v for v, _ in _denials(a)] == [900.0], _denials(a)
    assert _quantity_conflict(a)


def test_a_bare_correction_denies_the_figure_and_gives_its_own() -> None:
    a = _run(_TOLD + "Peru's fisheries minister, Rosa Quispe, said: \"Forty boats entered Chilean waters. "
             "Not nine hundred.\"")
    assert [v for v, _ in _denials(a)] == [900.0], _denials(a)
    assert any(c.kind == "quantity" and c.polarity == "asserted" and c.value and c.value.low == 40.0
               for c in a.claims)


def test_a_figure_nobody_gave_is_not_denied() -> None:
    # guard: "It is not 90" answers no other side's figure
    a = _run(_TOLD + "Peru's fisheries minister, Rosa Quispe, disagreed. \"It is not 90. It is 900,\" she said.")
    assert _denials(a) == []


def test_a_figure_noun_after_two_sides_counts_is_left_open() -> None:
    # guard: two sides' counts just before "the figure is invented": which one is not said
    a = _run("Chile's navy said 900 fishing boats had entered its waters near Arica in May. Ecuador's navy said 300 "
             "fishing boats had entered Chilean waters in May. Peru's fisheries minister, Rosa Quispe, said the "
             "figure was invented.")
    assert _denials(a) == []


def test_a_bare_counter_figure_before_the_correction_counts_the_same() -> None:
    a = _run("Kenya's fisheries ministry said 63 Kenyan fishermen had been arrested by Tanzanian police near Shirati "
             "overnight. Tanzania's police commander, Joseph Mollel, disagreed. \"About a dozen. Not sixty-three,\" he "
             "told reporters.")
    assert [v for v, _ in _denials(a)] == [63.0], _denials(a)
    told = [c for c in a.claims if c.kind == "quantity" and c.polarity == "asserted" and c.predicate == "arrests"
            and c.value and c.value.low == 12.0]
    assert told and any(c.kind == "quantity" for c in a.conflicts)
