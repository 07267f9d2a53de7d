"""A figure given as the level of a reference noun that numbers a noun of its own ("its count is 3,150 cases"): where
no count before it answers, an open count of that noun (extract/claims/quantity.py: ``_answered_or_own``).
Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

from newsledger import Analysis


def _values(analysis: Analysis) -> list[tuple[str, float | None]]:
    return [(c.predicate, c.value.low if c.value else None) for c in analysis.claims if c.kind == "quantity"]


def test_a_level_with_a_noun_of_its_own_and_nothing_to_answer(analyze: Callable[..., Analysis]) -> None:
    got = analyze("Kenya's health ministry said its tally stands at 2,870 cases since May, with 36 deaths.")
    assert any(v == 2870 for _, v in _values(got)), _values(got)

