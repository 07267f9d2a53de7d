"""Open counts: figures for things no count class names ("1,200 cholera cases", "41 notices"), compared within one
article when the same noun is counted by the same verb. Texts written for these tests (invented bodies)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsledger import Analysis
from newsledger.compare.quantity import is_recorded


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
    # the outlet's own figure is the outlet's claim, set against no one
    "Some 2,000 lorries crossed the bridge on Monday.",
    # measures, sums and time are no open counts
    "The ministry said the works would take 18 months and cost 40 million dollars.",
])
def test_no_conflict_without_one_counted_thing(analyze: Callable[..., Analysis], text: str) -> None:
    analysis = analyze(text)
    assert [c for c in analysis.conflicts if c.kind == "quantity"] == []
    if "months" in text:
        assert _open(analysis) == []
    if "lorries" in text:
        assert [(c.claimant, c.predicate) for c in analysis.claims] == [(None, "count:lorry:cross")]


def test_the_outlets_own_count_sets_the_scene_and_meets_no_side(analyze: Callable[..., Analysis]) -> None:
    """The outlet's open count ("a staff of nine", "twelve huts") is its own claim, recorded; it is never set against
    a side's figure, so a side counting the same noun differently is no conflict (what an outlet counts in passing
    is scene, not a position), and no side's figure revises or corroborates it."""
    analysis = analyze("About 140 trawlers were tied up in the harbour of Skarnes on Sunday. The fishermen's guild "
                       "said 90 trawlers were tied up in the harbour that day.")
    outlet = [c for c in analysis.claims if c.claimant is None and c.kind == "quantity"]
    assert [(c.predicate, c.value.low if c.value else None) for c in outlet] == [("count:trawler:tie", 140)]
    assert analysis.conflicts == ()
    assert not any(c.corroborates or c.revises for c in analysis.claims)


@pytest.mark.parametrize(("text", "unit", "low"), [
    ("The trawler went down about 35 kilometres north of Vesterholm on Tuesday night.", "kilometres", 35),
    ("The two states share a frontier of more than 1,400 km through the mountains.", "kilometres", 1400),
    ("The rig stands some 60 nautical miles off the southern cape.", "nautical miles", 60),
    ("The reservoir wall is 400 metres long and was finished in 1998.", "metres", 400),
])
def test_the_outlets_own_distances_are_its_claims(analyze: Callable[..., Analysis], text: str, unit: str,
                                                  low: float) -> None:
    claims = [c for c in analyze(text).claims if c.kind == "quantity"]
    got = [(c.claimant, c.predicate, c.value.low if c.value else None) for c in claims]
    assert got == [(None, f"count:{unit}", low)]


def test_a_sides_distance_is_no_claim_and_meets_no_outlet_measure(analyze: Callable[..., Analysis]) -> None:
    """A side's distance places its account ("our boats were 30 kilometres away"): recorded as given, never compared,
    as is another side's distance in the same article."""
    analysis = analyze("The ferry capsized about 12 kilometres from Ostrava Point, the coastguard of Velmar said. The "
                       "harbour master of Dunsk said his tugs were 30 kilometres away at the time.")
    sides = [c for c in analysis.claims if c.kind == "quantity" and c.claimant is not None]
    assert [(c.predicate, c.value.low if c.value else None) for c in sides] == [("figure:kilometres", 12),
                                                                                 ("figure:kilometres", 30)]
    assert all(is_recorded(c.predicate) for c in sides)
    assert analysis.conflicts == ()
