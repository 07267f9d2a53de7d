"""Lawfulness told as breaking or keeping to rules that a body owns or that the text determines its own way ("broke the
Lake Nalu Fisheries Authority's rules", "denied that the boat had broken any rule", "had kept to the rules"): the
owner of the rules, however many its words, and a determiner of the text's own ("any", "every") stand where the
vocabulary's phrase has its article (extract/claims/context.py). Guards: a negative determiner ("broke no rule")
gives no asserted status, and a record that was broken is no rule. Texts written for these tests (invented boats and
bodies)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from newsledger import Analysis

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/ is not a package
from claim_views import status_conflicts as _status_conflicts
from claim_views import statuses as _statuses


@pytest.mark.parametrize(("text", "status"), [
    # the owner of the rules, of several words, in place of the phrase's article
    ("Kenya's fisheries ministry said the fishing boat Sea Lark broke the Lake Nalu Fisheries Authority's rules on "
     "Monday.", ("unlawful", "asserted")),
    ("The Orvin River Council said the dredger broke the Orvin Basin Water Commission's rules.",
     ("unlawful", "asserted")),
    # a determiner of the text's own, in a denial
    ("Uganda's fisheries minister denied that the fishing boat had broken any rule.", ("unlawful", "negated")),
    # keeping to the rules
    ("Uganda's fisheries minister said the fishing boat had kept to the rules.", ("lawful", "asserted")),
])
def test_rules_owned_or_determined_by_the_text(analyze: Callable[..., Analysis], text: str,
                                               status: tuple[str, str]) -> None:
    assert status in _statuses(analyze(text))


def test_rules_broken_and_any_rule_denied_conflict(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze(
        "Kenya's fisheries ministry said the fishing boat Sea Lark broke the lake authority's rules on Monday. "
        "Uganda's fisheries minister denied that the boat had broken any rule.")
    assert _status_conflicts(analysis)


def test_rules_broken_and_kept_conflict(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze(
        "Kenya's fisheries ministry said the fishing boat Sea Lark broke the lake authority's rules on Monday. "
        "Uganda's fisheries minister said the boat had kept to the rules.")
    assert _status_conflicts(analysis)


@pytest.mark.parametrize("text", [
    # a negative determiner is the clause's polarity, not the phrase's article
    "The Orvin River Council said the dredger had broken no rule.",
    # a record broken is no rule
    "The Orvin River Council said the dredger had broken the basin commission's record for a single season.",
])
def test_no_asserted_breach(analyze: Callable[..., Analysis], text: str) -> None:
    assert ("unlawful", "asserted") not in _statuses(analyze(text))
