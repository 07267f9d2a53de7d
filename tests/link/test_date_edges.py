"""Agreements dated at the edges of the calendar are linked and stored on both backends.

Linking looks for ledger agreements within a window of days around the new one's
date; the window used to be computed past 9999-12-31 (or before 0001-01-01),
which raised in the writer and ended the whole ingest run.
"""

from __future__ import annotations

import datetime as dt

import pytest

from newsledger import analyze_text
from newsledger.config import Settings
from newsledger.store import queries

TEXT = ("Chile and Peru signed a fisheries agreement on Monday, officials said. "
        "The deal will take effect next week, the foreign minister said.")


@pytest.mark.parametrize("published", [dt.date(9999, 12, 31), dt.date(1, 1, 1)])
def test_agreements_at_the_calendar_edges_are_linked(ledger, settings: Settings, published: dt.date) -> None:
    first = analyze_text(TEXT, published, settings)
    second = analyze_text(TEXT + " The text was filed late.", published, settings)
    assert first.agreements and second.agreements, "the test needs an agreement to link"
    assert ledger.add(first).status == "added"
    assert ledger.add(second).status == "added"
    with ledger.read() as conn:
        (row,) = queries.agreements(conn, queries.Filters())  # the two documents' agreement is one
    assert row["documents"] == 2 and row["first_seen"] == published, row
