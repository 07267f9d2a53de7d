"""Acceptance as leave given to a party ("agreed that Chile may go ahead with the bridge": ``permission_auxiliaries``
with an entity as the clause's subject), and a consent noun given or refused with any thing after "to" or "for"
("did not give its consent to any bridge"), in a speaker's words (extract/claims/acceptance.py). Sentences written
for these tests (invented places; real countries so that the sides have one).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from newsledger import Analysis

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/ is not a package
from claim_views import acceptance_conflicts, acceptances_by_claimant

LEAVE = ("Chile's transport ministry announced that Peru's delegation had agreed that Chile can start building the "
         "new bridge over the Sorra. ")


@pytest.mark.parametrize("refusal", [
    "Peru did not give consent to any bridge.",
    "Peru has given no consent for a bridge.",
])
def test_leave_given_and_consent_refused(analyze: Callable[..., Analysis], refusal: str) -> None:
    got = analyze(LEAVE + "A spokesman for Peru's foreign ministry said " + refusal)
    assert ("Chile's transport ministry", "asserted") in acceptances_by_claimant(got)
    assert ("spokesman for Peru's foreign ministry", "negated") in acceptances_by_claimant(got)
    assert len(acceptance_conflicts(got)) == 1


def test_no_consent_is_denied_once(analyze: Callable[..., Analysis]) -> None:
    """ "gave no consent": the clause's factuality and the noun's own "no" are one denial, not two."""
    got = analyze("A spokesman for Peru's foreign ministry said Peru has given no consent to the plan.")
    assert acceptances_by_claimant(got) == [("spokesman for Peru's foreign ministry", "negated")]


def test_consent_to_a_thing_that_is_no_proposal_noun(analyze: Callable[..., Analysis]) -> None:
    got = analyze("A spokesman for Peru's mining ministry said Peru had given its consent to the new quarry.")
    assert ("spokesman for Peru's mining ministry", "asserted") in acceptances_by_claimant(got)


@pytest.mark.parametrize("text", [
    # a clause that concurs with a view: no party given leave
    "Chile's transport ministry said the two sides agreed that prices may rise next year.",
    # consent to a person is no thing consented to
    "Chile's transport ministry said the council gave its consent to the minister.",
])
def test_no_leave_no_thing(analyze: Callable[..., Analysis], text: str) -> None:
    assert acceptances_by_claimant(analyze(text)) == []


def test_an_addendum_signed_and_denied(analyze: Callable[..., Analysis]) -> None:
    """An addendum is a proposal a side signs (``acceptance_objects``), as an amendment is."""
    got = analyze("A spokesman for Chile's energy ministry said Peru's gas regulator had signed an addendum in "
                  "May. A Peruvian official said Peru's gas regulator has never signed such an "
                  "addendum.")
    assert ("spokesman for Chile's energy ministry", "asserted") in acceptances_by_claimant(got)
    assert len(acceptance_conflicts(got)) == 1
