"""A body changing its own count in one sentence (issue 14, helper quant41, stop 41).

"X raised its count of homes destroyed by the storm in the west to more than 220, up from the 140 it gave on
Wednesday": the parse hangs "to 220" on the participle inside the count's ``of`` phrase, and "up from the 140" names
the former level. Both figures are the body's levels of one count (the class of the ``of`` phrase), the former one
dated by its own relative clause, so the two make a revision in time order, never the outlet's figure or a conflict.
Invented news text in our own words, with made-up names and places.
"""

from __future__ import annotations

from collections.abc import Callable

from newsledger import Analysis

_TONGA = ("NUKU'ALOFA, March 3 - Tonga's national emergency office on Friday raised its count of houses flattened "
          "by Cyclone Pita on the island of Vava'u to more than 220, up from the 140 it gave on Wednesday, as survey "
          "teams reached the outer islands.")


def _counts(a: Analysis) -> dict[float, tuple[str | None, str]]:
    return {c.value.low: (c.claimant, c.predicate) for c in a.claims
            if c.kind == "quantity" and c.value is not None and c.value.low in (220.0, 140.0, 3000.0, 5500.0)}


def test_a_new_level_hung_on_the_participle_is_the_bodys_count(analyze: Callable[..., Analysis]) -> None:
    a = analyze(_TONGA, "2026-03-03")
    counts = _counts(a)
    assert set(counts) == {220.0, 140.0}, [(c.predicate, c.value, c.claimant) for c in a.claims]
    (owner_new, cls_new), (owner_old, cls_old) = counts[220.0], counts[140.0]
    assert owner_new is not None and owner_new == owner_old
    assert cls_new == cls_old and not cls_new.startswith("figure:")


def test_the_former_level_is_revised_by_the_new_one(analyze: Callable[..., Analysis]) -> None:
    a = analyze(_TONGA, "2026-03-03")
    by_id = {c.id: c for c in a.claims}
    revising = [c for c in a.claims if c.revises]
    assert len(revising) == 1, [(c.value, c.revises) for c in a.claims]
    new, old = revising[0], by_id[revising[0].revises]
    assert new.value is not None and old.value is not None
    assert (new.value.low, old.value.low) == (220.0, 140.0)
    assert not a.conflicts, [c.summary for c in a.conflicts]


def test_a_lowered_estimate_down_from_a_former_one(analyze: Callable[..., Analysis]) -> None:
    a = analyze("Malawi's health ministry on Monday lowered its estimate of people displaced by the floods in the "
                "north to about 3,000, down from the 5,500 it gave last week.", "2026-03-03")
    counts = _counts(a)
    assert set(counts) == {3000.0, 5500.0}, [(c.predicate, c.value, c.claimant) for c in a.claims]
    assert counts[3000.0] == counts[5500.0] and counts[3000.0][0] is not None
    assert any(c.revises for c in a.claims)
    about = next(c.about for c in a.claims if c.value is not None and c.value.low == 3000.0)
    assert about is not None and not about.text.endswith(" to"), about


def test_a_total_of_things_counts_them_by_the_totals_verb(analyze: Callable[..., Analysis]) -> None:
    # "a total of 160 sheep have been culled": the total is the verb's subject, the sheep are what was culled
    a = analyze("MASERU, 8 May - On 3 May Lesotho's Department of Livestock Services reported that 90 sheep had been "
                "culled near Mokhotlong. Its latest update says a total of 160 sheep were culled across four farms "
                "in the district.", "2026-05-08")
    sheep = {c.value.low: c for c in a.claims if c.kind == "quantity" and c.value is not None
             and c.value.low in (90.0, 160.0)}
    assert set(sheep) == {90.0, 160.0}, [(c.predicate, c.value) for c in a.claims]
    assert sheep[90.0].predicate == sheep[160.0].predicate, (sheep[90.0].predicate, sheep[160.0].predicate)
    assert sheep[160.0].revises == sheep[90.0].id
    assert not a.conflicts, [c.summary for c in a.conflicts]


def test_the_numbers_of_a_communiques_paragraphs_are_no_figures(analyze: Callable[..., Analysis]) -> None:
    a = analyze("COMMUNIQUE No. 31/2026\n"
                "1. The Ministry of Transport of Moldova expresses its concern at the queue at the border.\n"
                "2. According to the consulate, more than 900 Moldovan lorries are waiting at the crossing.\n"
                "3. The Ministry asks for the crossing to be opened at once.\n")
    values = sorted(c.value.low for c in a.claims if c.kind == "quantity" and c.value is not None
                    and c.value.low is not None)
    assert not {1.0, 2.0, 3.0} & set(values), [(c.predicate, c.value) for c in a.claims]


def test_a_figure_said_after_a_full_stop_in_a_sentence_is_still_one(analyze: Callable[..., Analysis]) -> None:
    a = analyze("Lesotho's Department of Livestock Services said 40 sheep had died. 12 more were found on Friday.")
    assert any(c.value is not None and c.value.low == 40.0 for c in a.claims if c.kind == "quantity")
