"""Two more wordings of one count of people (issue 14, helper quant40, stop 40).

- A count given as the level of a reference noun after "is" ("the navy's figure is 52 people") is a count, as
  "counted" tells one (``count:<noun>:counted``).
- People packed somewhere ("at least 120 people crowded on deck", "crammed into the hold") are those present there
  (quantities ``presence_verbs``: crowd, cram, pack).

Counted, present and given are one family (claims ``count_act_families``), so two sides' figures meet. Invented news
text in our own words, with made-up names and places.
"""

from __future__ import annotations

from collections.abc import Callable

from newsledger import Analysis


def _predicates(a: Analysis) -> list[str]:
    return sorted(c.predicate for c in a.claims if c.kind == "quantity" and c.value is not None
                  and c.value.low in (52.0, 120.0))


def test_a_figure_that_is_a_count_meets_people_crowded_on_deck(analyze: Callable[..., Analysis]) -> None:
    a = analyze("A wooden boat was found drifting off the reef on Sunday. The Nauruan police's figure is 52 people. "
                "Palau's maritime authority says its aircraft photographed at least 120 people crowded on deck an "
                "hour earlier.")
    assert _predicates(a) == ["count:people:counted", "count:people:present"], [(c.predicate, c.value)
                                                                               for c in a.claims]
    assert len([c for c in a.conflicts if c.kind == "quantity"]) == 1, [c.summary for c in a.conflicts]


def test_people_crammed_into_a_hold_are_present(analyze: Callable[..., Analysis]) -> None:
    a = analyze("Palau's maritime authority said at least 120 people were crammed into the hold of the trawler.")
    assert _predicates(a) == ["count:people:present"], [(c.predicate, c.value) for c in a.claims]
