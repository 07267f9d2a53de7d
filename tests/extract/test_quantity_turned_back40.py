"""People stopped at a border and made to go back, counted by two sides (issue 14, helper quant40, stop 40).

- "were sent back", "were turned back", "were refused entry", "were denied entry" count one class (quantities
  ``turned_back``): the side that turned them back and the side they came from tell one count in their own verbs.
- A count of people at large below a count of a group of them ("180 people were refused entry" against "2,500
  traders were sent back") cannot hold of one act: the group cannot outnumber all the people it is part of, so
  the two figures are read as one count; the other way round ("2,500 people", "180 children") both may hold.

Invented news text in our own words, with made-up names and places.
"""

from __future__ import annotations

from collections.abc import Callable

from newsledger import Analysis


def _classes(a: Analysis) -> list[str]:
    return [c.predicate for c in a.claims if c.kind == "quantity" and c.value is not None and c.value.low in
            (2500.0, 180.0, 90.0, 600.0)]


def _quantity_conflicts(a: Analysis) -> list[str]:
    return [c.summary for c in a.conflicts if c.kind == "quantity"]


def test_sent_back_and_refused_entry_count_one_class(analyze: Callable[..., Analysis]) -> None:
    a = analyze("Belize's foreign ministry said about 2,500 Belizean traders were sent back at the Melchor crossing "
                "between Monday and Friday. Guatemala's migration institute said only 180 people had been refused "
                "entry at Melchor in those five days, all of them without valid papers.")
    assert sorted(_classes(a)) == ["turned_back", "turned_back"], [(c.predicate, c.value) for c in a.claims]
    assert len(_quantity_conflicts(a)) == 1, [(c.predicate, c.claimant, c.about) for c in a.claims]


def test_turned_back_and_denied_entry_count_one_class(analyze: Callable[..., Analysis]) -> None:
    a = analyze("Bhutan's immigration department said 90 Indian tourists were turned back at Phuentsholing on "
                "Sunday. India's home ministry said 600 Indian tourists were denied entry there that day.")
    assert sorted(_classes(a)) == ["turned_back", "turned_back"], [(c.predicate, c.value) for c in a.claims]
    assert len(_quantity_conflicts(a)) == 1, [(c.predicate, c.claimant, c.about) for c in a.claims]


def test_a_group_below_all_the_people_is_no_conflict(analyze: Callable[..., Analysis]) -> None:
    a = analyze("Belize's foreign ministry said about 2,500 people were sent back at the Melchor crossing between "
                "Monday and Friday. Guatemala's migration institute said 180 children had been refused entry "
                "at Melchor in those five days.")
    assert sorted(_classes(a)) == ["turned_back", "turned_back"], [(c.predicate, c.value) for c in a.claims]
    assert _quantity_conflicts(a) == [], [c.summary for c in a.conflicts]
