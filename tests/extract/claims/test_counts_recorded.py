"""Counts a record shows ("the log showed 520 trucks parked at the depot", "the bulletin listed 90 people removed"):
the act counted is what the record tells of the counted, so the count meets another side's count of the same
crowd told in its own verb ("2,000 trucks are waiting"), pairing34. Texts written for these tests (invented bodies
and places)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsledger import Analysis


def _counts(analysis: Analysis) -> list[tuple[str, float | None]]:
    return [(c.predicate, c.value.low if c.value else None) for c in analysis.claims if c.kind == "quantity"]


@pytest.mark.parametrize("text", [
    "Brastovia's customs chief, Pavel Ostrik, said the gate log showed 520 trucks with foreign plates parked at the "
    "Orvin depot on Friday.",
    "The Orvin Harbour Office said its register showed about 300 boats moored in the bay.",
])
def test_a_record_of_those_present_counts_those_present(analyze: Callable[..., Analysis], text: str) -> None:
    assert any(p.endswith(":present") for p, _ in _counts(analyze(text)))


def test_parked_vehicles_are_present(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze("The Orvin Hauliers' Union said 900 trucks were parked along the motorway.")
    assert ("count:truck:present", 900) in _counts(analysis)


def test_a_record_and_a_waiting_crowd_of_other_figures_conflict(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze(
        "Marenia's transport minister, Ilse Darrow, said on Friday that 2,000 Marenian trucks were waiting at the "
        "Orvin depot.\nBrastovia's customs chief, Pavel Ostrik, said the gate log showed 520 trucks with Marenian "
        "plates parked at the Orvin depot on Friday.")
    trucks = sorted(v or 0 for p, v in _counts(analysis) if p == "count:truck:present")
    assert trucks == [520, 2000]
    assert [c.kind for c in analysis.conflicts] == ["quantity"]


def test_a_record_of_one_figure_with_the_same_crowd_corroborates(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze(
        "Marenia's transport minister, Ilse Darrow, said on Friday that 520 Marenian trucks were waiting at the "
        "Orvin depot.\nBrastovia's customs chief, Pavel Ostrik, said the gate log showed 520 trucks with Marenian "
        "plates parked at the Orvin depot on Friday.")
    assert analysis.conflicts == ()
    assert [c.predicate for c in analysis.claims if c.corroborates] == ["count:truck:present"]
