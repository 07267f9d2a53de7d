"""None of a stance or a concession given, and the market's demand (stop 34): a light verb that gives none of a
stance or a concession ("gives no backing to", "has made no apology for") tells a stance held, no act, while
giving some is still one; "demand" in the singular with no determiner, owner or number is the market's ("the
plant will meet growing demand"), while meeting someone's demands is still a concession.
Own sentences, made-up names."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsledger import Analysis

NOT_CODED = [
    # none of a stance or a concession given
    ("Chadian ministers say their government gives no support to armed groups in the north.", ("SUPPORT",)),
    ("The Peruvian envoy has made no apologies for his blunt words.", ("CONCEDE",)),
    ("The Ghanaian premier made no apology for the remarks on Tuesday.", ("CONCEDE",)),
    # the market's demand
    ("The airline said the new aircraft would meet extra demand on regional routes.", ("CONCEDE",)),
]


@pytest.mark.parametrize(("text", "types"), NOT_CODED, ids=[c[0][:40] for c in NOT_CODED])
def test_not_coded(analyze: Callable[..., Analysis], text: str, types: tuple[str, ...]) -> None:
    got = [(e.type, e.polarity) for e in analyze(text).events]
    assert not any(t in types for t, _p in got), got


def test_support_given_is_still_support(analyze: Callable[..., Analysis]) -> None:
    got = [e.type for e in analyze("Chadian ministers gave support to the armed groups in the north.").events]
    assert "SUPPORT" in got, got


def test_an_apology_made_is_still_a_concession(analyze: Callable[..., Analysis]) -> None:
    got = [e.type for e in analyze("The Ghanaian premier made an apology to the families on Tuesday.").events]
    assert "CONCEDE" in got, got


@pytest.mark.parametrize("text", [
    "The Bolivian government met the miners' demand for higher wages.",
    "The Bolivian government met the demands of the striking miners.",
])
def test_someones_demands_met_are_still_a_concession(analyze: Callable[..., Analysis], text: str) -> None:
    got = [e.type for e in analyze(text).events]
    assert "CONCEDE" in got, got
