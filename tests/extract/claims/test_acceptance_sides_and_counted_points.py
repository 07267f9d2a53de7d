"""Acceptances the events saw but the claims did not: an accepter named as a country's side ("the Dunmark side
accepted"), a thing counted back to what was told just before ("accepted both points"; not "accepted three other
points", points of their own), and a verb of agreeing that the parser hung on the speech noun before it as a
relative clause ("said in a statement that Dunmark agreed, at a meeting in the capital on 3 May, to delay the
levy"). Sentences written for these tests (invented countries and bodies).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from newsledger import Analysis

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/ is not a package
from claim_views import acceptance_conflicts, acceptances_by_claimant

TOLD = "Ostravia's trade ministry said that Dunmark had agreed to delay the new road levy and to exempt school buses."


@pytest.mark.parametrize("side", [
    '"The Dunmark side accepted both points," the ministry said.',
    '"The Dunmark side accepted both of them," the ministry said.',
])
def test_a_side_accepting_the_points_told_before(analyze: Callable[..., Analysis], side: str) -> None:
    got = analyze(f"{TOLD} {side}")
    assert acceptances_by_claimant(got).count(("Ostravia's trade ministry", "asserted")) == 2


def test_the_side_answered_by_a_denial(analyze: Callable[..., Analysis]) -> None:
    got = analyze("Ostravia's trade ministry said on Friday that the Dunmark side had accepted the quota plan. "
                  "The Dunmark fisheries ministry said Dunmark had never accepted the plan.")
    assert ("Ostravia's trade ministry", "asserted") in acceptances_by_claimant(got)
    assert len(acceptance_conflicts(got)) == 1


def test_a_side_of_no_state_accepts_nothing(analyze: Callable[..., Analysis]) -> None:
    got = analyze(f'{TOLD} "The other side accepted both points," the ministry said.')
    assert acceptances_by_claimant(got).count(("Ostravia's trade ministry", "asserted")) == 1


@pytest.mark.parametrize("occasion", [
    "at a meeting of the border commission in Velka on 3 May",
    "at talks in the capital last week",
])
def test_agreed_in_a_statement_with_an_occasion(analyze: Callable[..., Analysis], occasion: str) -> None:
    got = analyze(f"Ostravia's trade ministry said in a statement that Dunmark agreed, {occasion}, to delay the "
                  "road levy until June and to exempt school buses.")
    assert ("Ostravia's trade ministry", "asserted") in acceptances_by_claimant(got)


def test_a_number_of_things_is_no_thing_before(analyze: Callable[..., Analysis]) -> None:
    got = analyze(f'{TOLD} "The Dunmark side accepted three other points," the ministry said.')
    assert acceptances_by_claimant(got).count(("Ostravia's trade ministry", "asserted")) == 1


def test_a_relative_clause_of_agreeing_is_no_acceptance(analyze: Callable[..., Analysis]) -> None:
    got = analyze("Ostravia's trade ministry published the statement that Dunmark agreed with, on its website.")
    assert acceptances_by_claimant(got) == []
