"""Loans told from the side of the one who gets them (issue 15, h-events15): "have received $9 billion government
loans" is aid to the receiver, the lender named or not; with no receiver named there is no event. Sentences written
for these tests, made-up names."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from newsledger import Analysis

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/ is not a package
from event_participants import has as _has

PUBLISHED = "2023-03-09"

# (text, source or None, target): AID to the one who received the loans.
RECEIVED = [
    ("Since March, Halden Motors and Vexa have received $9.2 billion government loans.", None, "Halden"),
    ("The Ostran steel group obtained a $700 million bailout last autumn.", None, "Ostran"),
    ("The Merovian state railway secured new loans in January to pay its drivers.", None, "Merovian"),
]


@pytest.mark.parametrize(("text", "source", "target"), RECEIVED, ids=[t[:40] for t, _, _ in RECEIVED])
def test_loans_received_are_aid_to_the_receiver(analyze: Callable[..., Analysis], text: str, source: str | None,
                                                target: str) -> None:
    analysis = analyze(text, PUBLISHED)
    got = [(e.type, e.evidence.text) for e in analysis.events]
    assert any(e.type == "AID" and _has(analysis, e.target, target) and _has(analysis, e.source, source)
               and e.source != e.target for e in analysis.events), got
