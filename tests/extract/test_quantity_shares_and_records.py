"""Shares given as a range, a share told by two verbs, the level of a count of things at a place, and a release's
own records (issue 14, helper quantity38, stop 38).

- "between 26 and 30 per cent": one share from 26 to 30 (the percent word after the second end only), not 30.
- A share of one flow taken off it, told by two verbs of one family (claims ``count_act_families``: take, draw,
  divert, withdraw): "the canal drew 70 per cent of the flow" and "took between 30 and 35 per cent of the flow" are
  one share, compared.
- "the highest number of trucks waiting at the gate ... was 212": the level of an open count of the noun of the
  ``of`` phrase, its act the verb of a clause on it (those waiting: present), where no class counts the noun (a
  class whose noun needs a context, "trucks" of aid, needs that context here too); things "held" at a place are
  present there, as those waiting are.
- A figure told "according to the gate register" (a record that names no owner) between two statements of one
  speaker (a release's issuer) is that speaker's, not nobody's.
- A queue's length told in a relative clause on the queue ("a tailback that runs for 22 km").

Invented news text in our own words, with made-up names and places.
"""

from __future__ import annotations

from collections.abc import Callable

from newsledger import Analysis


def _counts(a: Analysis, figure: float) -> list[tuple[str, str | None, float | None, float | None]]:
    names = {e.id: e.name for e in a.entities}
    return [(c.predicate, names.get(c.claimant) if c.claimant else None, c.value.low, c.value.high)
            for c in a.claims
            if c.kind == "quantity" and c.value is not None and figure in (c.value.low, c.value.high)]


def test_a_share_given_as_a_range(analyze: Callable[..., Analysis]) -> None:
    a = analyze("Armenia's irrigation agency said the Armenian canal took between 26 and 30 per cent of the river "
                "over the same two months.")
    assert [(p, lo, hi) for p, _, lo, hi in _counts(a, 30.0)] == [("count:percent:river:take", 26.0, 30.0)], a.claims


def test_a_share_drawn_and_a_share_taken_are_compared(analyze: Callable[..., Analysis]) -> None:
    a = analyze("Ghana's water ministry said the canal on the Togolese bank drew 70 per cent of the river's flow in "
                "June. Togo's irrigation agency said on Friday that the Togolese canal took between 30 and 35 per "
                "cent of the flow in June.")
    assert len([c for c in a.conflicts if c.kind == "quantity"]) == 1, [(c.predicate, c.value) for c in a.claims]


def test_the_number_of_things_waiting_is_a_count_of_those_present(analyze: Callable[..., Analysis]) -> None:
    a = analyze("Kenya's revenue authority said the largest number of Tanzanian trucks waiting at Namanga on any day "
                "last month was 140.")
    assert [p for p, *_ in _counts(a, 140.0)] == ["count:truck:present"], a.claims


def test_things_held_at_a_place_are_present_there(analyze: Callable[..., Analysis]) -> None:
    a = analyze("Tanzania's transport ministry said some 1,900 Tanzanian trucks were held at Namanga last month "
                "awaiting inspection.")
    assert [p for p, *_ in _counts(a, 1900.0)] == ["count:truck:present"], a.claims


def test_a_release_counts_by_its_own_register(analyze: Callable[..., Analysis]) -> None:
    a = analyze("PRESS RELEASE - Kenya Revenue Authority, Nairobi\n"
                "The Kenya Revenue Authority has seen claims by Tanzania's transport ministry that some 1,900 "
                "Tanzanian trucks were held at Namanga last month awaiting inspection.\n"
                "The Authority states that the claim is without foundation. The largest number of Tanzanian trucks "
                "waiting at Namanga on any day last month, according to the gate register, was 140, on a Monday.\n"
                "New scanners installed in March have cut average inspection time to under three hours.\n")
    assert [who for _, who, *_ in _counts(a, 140.0)] == ["Kenya Revenue Authority"], a.claims


def test_a_queue_that_stretches(analyze: Callable[..., Analysis]) -> None:
    a = analyze("Peru's foreign ministry said more than 1,700 Peruvian lorries are waiting at the post, in a long "
                "queue that now stretches for 22 kilometres.")
    assert [p for p, *_ in _counts(a, 22.0)] == ["queue_length"], a.claims
