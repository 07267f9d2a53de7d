"""A body that lists a count in its record gives it (issue 14, helper quant41, stop 41).

"The Ecuadorian interior ministry lists 64 foreign citizens deported": the body itself is the subject of the verb of
recording (also where the parse makes a body, not its register, the subject of "lists"), so the figure is the body's,
not the outlet's, as it is when the body's register is the subject. A register of no named owner stays in the voice it
is told in. Invented news text in our own words, with made-up names and figures.
"""

from __future__ import annotations

from collections.abc import Callable

from newsledger import Analysis


def _owner(a: Analysis, value: float) -> str | None:
    found = [c for c in a.claims if c.kind == "quantity" and c.value is not None and c.value.low == value]
    assert found, [(c.predicate, c.value) for c in a.claims]
    return found[0].claimant


def test_a_ministry_that_lists_a_count_gives_it(analyze: Callable[..., Analysis]) -> None:
    a = analyze("The Ecuadorian interior ministry lists 64 foreign citizens deported at Rumichaca in the same "
                "fortnight.")
    owner = _owner(a, 64.0)
    names = {e.id: e.name for e in a.entities}
    assert owner is not None and "ministry" in names.get(owner, "").lower(), (owner, names)


def test_a_register_of_no_named_owner_stays_in_the_outlets_voice(analyze: Callable[..., Analysis]) -> None:
    a = analyze("The daily register lists 64 foreign citizens expelled at Desaguadero in the same fortnight.")
    assert _owner(a, 64.0) is None
