"""One handover told from both ends: the side that handed people back and the side that received them count one
movement (data/claims.yaml ``count_act_families``: "hand" with "cross arrive enter receive"), and people handed back
are no homes handed over (extract/claims/counted.py: a thing class is for things, never for a noun of people);
"handed over 90 people" is no hedge "over" (extract/claims/figures.py ``_hedge_before``). Texts
written for these tests, about made-up handovers."""

from __future__ import annotations

import datetime as dt

from newsledger.pipeline import analyze_text

DAY = dt.date(2031, 6, 2)


def _quantity_conflicts(text: str) -> list[str]:
    return [c.summary for c in analyze_text(text, DAY).conflicts if c.kind == "quantity"]


def test_handed_back_and_received_are_one_handover() -> None:
    assert _quantity_conflicts(
        "Croatia's interior ministry said on Sunday that 340 people were handed back to Bosnian police at the "
        "Maljevac crossing over the weekend. Bosnia's border police said its officers received 52 people from "
        "their Croatian colleagues at Maljevac over the same weekend.")
    # figures within the tolerance of one count are no dispute
    assert _quantity_conflicts(
        "Hungary's police said on Monday that 61 people were handed back to Serbian officers at Roszke during the "
        "week. Serbia's interior ministry said its border police received 60 people from Hungary at the crossing "
        "during the week.") == []


def test_people_handed_back_are_no_homes() -> None:
    claims = analyze_text("Greece's coast guard said 75 people were handed back to Turkish officials at Kipi on "
                          "Tuesday.", DAY).claims
    predicates = [c.predicate for c in claims if c.kind == "quantity" and c.value is not None and c.value.low == 75]
    assert predicates and not any("homes" in p for p in predicates)


def test_particle_over_is_no_hedge() -> None:
    """"handed over 90 people": the verb's particle, not "more than 90"."""
    claims = analyze_text("Romania's border police said they handed over 90 people to Moldovan officers at "
                          "Sculeni on Friday.", DAY).claims
    values = [c.value for c in claims if c.kind == "quantity" and c.value is not None and c.value.low == 90]
    assert values and all(v.high == 90 and v.hedge is None for v in values)
