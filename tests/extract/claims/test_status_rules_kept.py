"""Lawfulness told as keeping to or breaking the rules ("the count respected the ballot act in every respect",
"the tally observed the ballot act", "the plant broke the water code"): a ``lawful`` status, asserted or denied, that
meets another side's "unlawful" / "lawful" (pairing34). Texts written for these tests (invented bodies)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from newsledger import Analysis

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/ is not a package
from claim_views import statuses as _statuses


@pytest.mark.parametrize(("text", "predicate"), [
    ("The Orvin Electoral Commission said the vote count respected the Ballot Act in every respect.", "lawful"),
    ("The Orvin Port Authority said the harbour master followed the Port Code.", "lawful"),
    ("The Orvin River Council said the plant broke the water code.", "unlawful"),
])
def test_keeping_or_breaking_the_rules_is_a_status(analyze: Callable[..., Analysis], text: str,
                                                   predicate: str) -> None:
    assert (predicate, "asserted") in _statuses(analyze(text))


def test_a_count_kept_to_the_act_and_one_called_unlawful_conflict(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze(
        "The district's returning officer, Mara Olsen, says the tally observed the Ballot Act at each stage.\n"
        "The Green Harbour Party says the tally was unlawful because its observers were shut out.")
    assert [c.kind for c in analysis.conflicts] == ["status"]


def test_two_sides_keeping_to_the_rules_agree(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze(
        "The district's returning officer, Mara Olsen, says the tally observed the Ballot Act at each stage.\n"
        "The Green Harbour Party says the tally was lawful.")
    assert analysis.conflicts == ()
    assert [c.predicate for c in analysis.claims if c.corroborates] == ["lawful"]
