"""Open counts: figures for things no count class names ("1,200 cholera cases", "41 notices"), compared within one
article when the same noun is counted by the same verb. Texts written for these tests (invented bodies)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsledger import Analysis


def _open(analysis: Analysis) -> list[tuple[str, float | None]]:
    return [(c.predicate, c.value.low if c.value else None) for c in analysis.claims
            if c.kind == "quantity" and c.predicate.startswith("count:")]


def test_two_sides_count_one_thing_differently(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze("Peru's health ministry said 1,200 cholera cases had been recorded in Piura since March. "
                       "The regional doctors' association said 4,800 cases had been recorded in the same period.")
    assert ("count:case:record", 1200) in _open(analysis)
    assert ("count:case:record", 4800) in _open(analysis)
    assert [c.kind for c in analysis.conflicts] == ["quantity"]


def test_one_side_raising_its_count_is_a_revision(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze("Chad's water agency said in May that 30 wells had been dug in Kanem. The agency said on "
                       "Friday that 55 wells had been dug there.")
    counts = [c for c in analysis.claims if c.predicate == "count:well:dig"]
    assert [c.value.low for c in counts if c.value] == [30, 55]
    assert counts[1].revises == counts[0].id
    assert analysis.conflicts == ()


def test_one_count_told_by_two_verbs_of_one_class_is_one_count(analyze: Callable[..., Analysis]) -> None:
    """ "had burned" and "had been destroyed": what befell the shops is one class, so the second figure revises the
    first."""
    analysis = analyze("The Kumasi fire service said on Tuesday that about 80 shops had burned at Kejetia market. On "
                       "Wednesday the fire service said 210 shops had been destroyed.")
    counts = [c for c in analysis.claims if c.kind == "quantity"]
    assert len({c.predicate for c in counts}) == 1 and len(counts) == 2
    assert counts[1].revises == counts[0].id
    assert analysis.conflicts == ()


@pytest.mark.parametrize("text", [
    # one noun, two verbs: two different counts
    "The customs office said 300 containers were inspected at Mombasa. The shippers' council said 40 containers "
    "were seized there.",
    # the outlet's own figure is no one's claim
    "Some 2,000 lorries crossed the bridge on Monday.",
    # measures, sums and time are no open counts
    "The ministry said the works would take 18 months and cost 40 million dollars.",
])
def test_no_conflict_without_one_counted_thing(analyze: Callable[..., Analysis], text: str) -> None:
    analysis = analyze(text)
    assert [c for c in analysis.conflicts if c.kind == "quantity"] == []
    if "months" in text or "lorries" in text:
        assert _open(analysis) == []
