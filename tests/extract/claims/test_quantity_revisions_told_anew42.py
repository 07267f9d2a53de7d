"""A side's later figure told with "now" right before a verb of telling ("it now says 37 workers signed in") is a
new telling of its count, as strong as "updated" (data/claims.yaml ``now_telling``; extract/conflicts.py
``_updated_tolls``): it revises the side's earlier count of people though the two name them in other words. A "now"
on the count's own verb ("40 people are now sheltering") stays weak. People or things "stuck" somewhere are there
(``presence_verbs``), so two sides' counts of the stuck and the waiting meet. Texts written for these tests, about
made-up places."""

from __future__ import annotations

import datetime as dt

from newsledger.pipeline import analyze_text

DAY = dt.date(2031, 8, 2)


def test_now_says_revises_the_sides_earlier_count() -> None:
    text = ("09:10 A five-storey hotel under construction has collapsed in the old quarter of Marrow. The city's "
            "disaster agency says builders were on site when it fell.\n"
            "09:50 Roughly 20 people were in the building, the agency thinks. Cranes are lifting the slabs.\n"
            "11:30 Update from the agency: the figure of 20 came from passers-by in the first confusion. Having "
            "checked the site register, it now says 37 workers signed in this morning.")
    a = analyze_text(text, DAY)
    by_id = {c.id: c for c in a.claims}
    revised = [(by_id[c.revises].value, c.value) for c in a.claims if c.revises and c.revises in by_id]
    assert any(old is not None and new is not None and old.low == 20 and new.low == 37 for old, new in revised), \
        [(c.predicate, c.value, c.revises) for c in a.claims if c.kind == "quantity"]
    assert not [c for c in a.conflicts if c.kind == "quantity"]


def test_now_on_the_counts_own_verb_stays_weak() -> None:
    text = ("The Velta flood agency said 120 people had been evacuated from Kessa on Monday. On Tuesday the agency "
            "said 40 people were now sheltering in the school gym.")
    a = analyze_text(text, DAY)
    assert not [c for c in a.claims if c.revises], [(c.predicate, c.value, c.revises) for c in a.claims]


def test_the_stuck_and_the_waiting_are_one_count() -> None:
    text = ("The Dorvan border police say about 200 travellers are stuck at the Kessa bridge. The Ostrian roads "
            "agency says more than 900 travellers are waiting at the Kessa bridge.")
    a = analyze_text(text, DAY)
    classes = {c.predicate for c in a.claims if c.kind == "quantity" and c.value is not None
               and c.value.low in (200, 900)}
    assert len(classes) == 1, classes
