"""A cause word that only says who someone is, before a noun of someone ("the dredging firm works only at night",
"the sand mining company stops every Sunday"; ``open_cause_harm_doers``), is no claim of that cause: a side that
names the cause of the other side's account that way does not agree with it (extract/claims/causes.py
``_names_doer``). Texts written for these tests, about made-up incidents."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from newsledger import Analysis

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/ is not a package
from claim_views import cause_conflicts as _cause_conflicts
from claim_views import causes_by_claimant as _causes_by_claimant

DOERS = [
    "Dead fish covered a ten-kilometre stretch of the Sava near Brcko on Monday. Croatia's environment ministry "
    "said the fish were killed by sediment from dredging on the Bosnian bank. Bosnia's water agency said the fish "
    "died because of a heatwave. The agency added that the dredging firm operates only at night.",
    "Dead fish covered a ten-kilometre stretch of the Sava near Brcko on Monday. Croatia's environment ministry "
    "said the fish were killed by sediment from the sand mining on the Bosnian bank. Bosnia's water agency said the "
    "fish died because of a heatwave. The agency also told us that the sand mining company stops work every Sunday.",
]


@pytest.mark.parametrize("text", DOERS, ids=["dredging firm", "sand mining company"])
def test_a_cause_word_naming_a_doer_is_no_cause(analyze: Callable[..., Analysis], text: str) -> None:
    analysis = analyze(text)
    assert len(_cause_conflicts(analysis)) == 1, _causes_by_claimant(analysis)
    assert [p for p, who in _causes_by_claimant(analysis) if who and "water agency" in who] == ["heat"]


def test_a_doer_word_with_a_link_keeps_its_cause(analyze: Callable[..., Analysis]) -> None:
    """With a link in the sentence ("was caused by dredging works ... by the dredging firm") the cause stays."""
    analysis = analyze("A landslide buried a road near Ohrid on Monday. North Macedonia's police said the slide "
                       "was caused by dredging works on the shore by the dredging firm.")
    assert [p for p, _ in _causes_by_claimant(analysis)] == ["works"], _causes_by_claimant(analysis)
