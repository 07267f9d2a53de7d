"""Quantity classes of real reporting: deportees, sign-ups against entries, aircraft orders, shootings.

Sentences are written for these tests (invented people and incidents). Like is compared only with
like: a count of people who registered is no count of people who came in.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsledger import Analysis
from newsledger.compare.quantity import is_recorded


def _classes(analysis: Analysis) -> list[tuple[str, float | None, float | None]]:
    """The count claims (figures recorded only, never compared, left out)."""
    return [(c.predicate, c.value.low, c.value.high) for c in analysis.claims
            if c.kind == "quantity" and c.value is not None and not is_recorded(c.predicate)]


# (text, class, low, high)
FOUND = [
    # a nationality as the counted people, the class from a passive clause after the verb
    ("Nearly 80 Afghans landed in Kabul on Monday after being deported from Turkey.", "deported", 80, 80),
    ("Malaysian immigration officers deported 45 Nigerians last week, the ministry said.", "deported", 45, 45),
    ("About 60 deportees arrived in Tegucigalpa on a charter flight, the foreign ministry said.", "deported", 60, 60),
    # sign-ups and entries: two classes
    ("Organisers said more than 9,000 people registered for the marathon in Nairobi.", "registered", 9000, None),
    ("City police said at least 4,000 people entered the stadium in Accra.", "entered", 4000, None),
    # aircraft only in the words of a sale
    ("Qantas signed a deal to buy 12 Airbus jets, its chief executive Mara Lind said.", "aircraft_orders", 12, 12),
    ("Korean Air placed an order for 20 planes from Boeing, its chairman said.", "aircraft_orders", 20, 20),
    # a class named by two words
    ("Police in Cape Town recorded 1,200 shooting incidents last year, the spokesman Andre Traut said.",
     "shootings", 1200, 1200),
]


@pytest.mark.parametrize(("text", "cls", "low", "high"), FOUND, ids=[row[0][:48] for row in FOUND])
def test_count_classes(analyze: Callable[..., Analysis], text: str, cls: str, low: float,
                       high: float | None) -> None:
    assert (cls, low, high) in _classes(analyze(text))


NONE = [
    "The airline has a fleet of 90 planes based in Doha.",  # a fleet is no order
    "Three Democrats voted with the governor in Denver.",  # a party with no class verb
    "The 40 Peruvians on the team trained in Cusco.",  # a nationality with no class verb
]


@pytest.mark.parametrize("text", NONE, ids=[row[:48] for row in NONE])
def test_no_count(analyze: Callable[..., Analysis], text: str) -> None:
    assert _classes(analyze(text)) == []


def test_these_refers_back_to_the_count_before(analyze: Callable[..., Analysis]) -> None:
    """ "These 80 Afghans" counts what the earlier "80 Afghans ... deported" counted, at its time, and bears
    it out; a count of other deportees on another date is no dispute."""
    analysis = analyze("Nearly 80 Afghans landed in Kabul on Monday after being deported from Turkey. On 3 March, "
                       "more than 200 Afghans were deported by Iranian border guards. These 80 Afghans had "
                       "overstayed their visas, the airport officials said.", published="2025-06-04")
    found = [c for c in analysis.claims if c.kind == "quantity" and c.predicate == "deported"]
    assert len(found) == 3, [c.to_dict() for c in found]
    assert found[2].time is not None and found[2].time == found[0].time
    assert not [c for c in analysis.conflicts if c.kind == "quantity"], analysis.conflicts


def test_registered_and_entered_do_not_conflict(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze("Organisers said more than 9,000 people registered for the marathon in Nairobi on Sunday. "
                       "City police said only 2,000 people entered the stadium in Nairobi on Sunday.")
    assert {c.predicate for c in analysis.claims if c.kind == "quantity"} == {"registered", "entered"}
    assert not [c for c in analysis.conflicts if c.kind == "quantity"]
