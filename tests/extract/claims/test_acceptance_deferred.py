"""Acceptance denied without a denial verb (extract/claims/acceptance.py): an accord put in others' hands or in the
future ("any deal will be a matter for the ministers"), and an agreement only to talk ("agreed only to hold talks on
the quota"), against a side that says the thing was accepted. Texts written for these tests (invented bodies).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from newsledger import Analysis

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/ is not a package
from claim_views import acceptance_conflicts as _acceptance_conflicts
from claim_views import acceptances_by_claimant as _acceptances

SAID = "The Velmora foreign ministry said the Kessia Fisheries Council had agreed to a joint fishing zone. "


@pytest.mark.parametrize("answer", [
    "The Kessia Fisheries Council said any deal on a fishing zone would be a matter for the cabinet in the spring.",
    "The Kessia Fisheries Council said any agreement will be reached by the ministers next year.",
    "The Kessia Fisheries Council said it had agreed only to hold talks about the zone.",
    "The Kessia Fisheries Council said it had agreed to hold consultations.",
])
def test_no_accord_yet_answers_an_acceptance(analyze: Callable[..., Analysis], answer: str) -> None:
    got = analyze(SAID + answer)
    assert ("Kessia Fisheries Council", "negated") in _acceptances(got)
    assert len(_acceptance_conflicts(got)) == 1


def test_one_side_telling_both_is_no_conflict(analyze: Callable[..., Analysis]) -> None:
    """The side that told the acceptance adds that the rest is still to be decided: its own account, no dispute."""
    got = analyze(SAID + "The Velmora foreign ministry added that any deal on the quota would be a matter for the "
                  "cabinet.")
    assert ("Velmora foreign ministry", "negated") in _acceptances(got)
    assert _acceptance_conflicts(got) == []
