"""A bound on a reference noun told with "be" or a verb of the hedge ("the number of dead is at most seven", "the
number of dead cannot exceed nine") is the level of that noun, so it takes the class of what the noun counts
(extract/claims/tallies.py ``level_noun``: the hedge's preposition on "be", the hedge's verb); a "can" or "could"
denied inside the hedge ("cannot exceed") makes a cap the side asserts, not a possibility
(extract/claims/quantity.py ``_factuality``). Texts written for these tests, about made-up incidents."""

from __future__ import annotations

import datetime as dt

import pytest

from newsledger.pipeline import analyze_text

DAY = dt.date(2031, 3, 9)

CAPS = [
    ("A minibus fell into a ravine near Gondar on Friday. A Red Cross official said 31 people died. Ethiopia's road "
     "authority said the number of dead is at most seven.", 7),
    ("A ferry overturned on Lake Tanganyika near Kalemie on Sunday. Burundi's navy said 46 passengers drowned. "
     "Congo's transport ministry said the number of dead cannot exceed nine.", 9),
]


@pytest.mark.parametrize(("text", "cap"), CAPS, ids=["is at most", "cannot exceed"])
def test_a_bound_on_the_number_of_dead_is_a_death_toll(text: str, cap: int) -> None:
    a = analyze_text(text, DAY)
    capped = [c for c in a.claims if c.kind == "quantity" and c.value is not None and c.value.high == cap]
    assert [(c.predicate, c.value.low, c.modality) for c in capped if c.value is not None] == \
        [("deaths", None, "actual")], [(c.predicate, c.value, c.modality) for c in a.claims if c.kind == "quantity"]
    assert len([c for c in a.conflicts if c.kind == "quantity"]) == 1


def test_a_bound_both_figures_meet_is_no_conflict() -> None:
    a = analyze_text("A ferry overturned on Lake Tanganyika near Kalemie on Sunday. Burundi's navy said six "
                     "passengers drowned. Congo's transport ministry said the number of dead is at most nine.", DAY)
    assert not [c for c in a.conflicts if c.kind == "quantity"]


def test_a_possible_figure_stays_hypothetical() -> None:
    """A modal with no denial of the bound ("could be as high as 40") tells a possibility."""
    a = analyze_text("A ferry overturned on Lake Tanganyika near Kalemie on Sunday. Congo's transport ministry said "
                     "the number of dead could be as high as 40.", DAY)
    assert all(c.modality != "actual" for c in a.claims if c.kind == "quantity" and c.value is not None
               and c.value.high == 40)
