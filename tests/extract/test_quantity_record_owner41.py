"""A body that lists a count in its record gives it (issue 14, helper quant41, stop 41).

"The Peruvian interior ministry's weekly bulletin lists 187 foreign nationals removed": the parse may make the
ministry the subject of "lists" (the bulletin a compound of the verb); the body then records the count itself, and
the figure is the body's, not the outlet's, as it is when its bulletin is the subject. Invented news text in our own
words, with made-up names and figures.
"""

from __future__ import annotations

from collections.abc import Callable

from newsledger import Analysis


def _owner(a: Analysis, value: float) -> str | None:
    found = [c for c in a.claims if c.kind == "quantity" and c.value is not None and c.value.low == value]
    assert found, [(c.predicate, c.value) for c in a.claims]
    return found[0].claimant


def test_a_ministry_that_lists_a_count_gives_it(analyze: Callable[..., Analysis]) -> None:
    a = analyze("The Peruvian interior ministry's weekly bulletin lists 187 foreign nationals removed through Tacna "
                "over the same week.")
    owner = _owner(a, 187.0)
    names = {e.id: e.name for e in a.entities}
    assert owner is not None and "ministry" in names.get(owner, "").lower(), (owner, names)


def test_a_record_of_no_named_owner_stays_in_the_outlets_voice(analyze: Callable[..., Analysis]) -> None:
    a = analyze("The weekly bulletin lists 187 foreign nationals removed through Tacna over the same week.")
    assert _owner(a, 187.0) is None
