"""Existence disputes told with no denial word, stop 44: a flow told as unbroken ("gas ran to the city without
interruption all week", "water flowed continuously") answers another side's telling that the supply was switched,
cut or shut off. Guards: the outlet's own words, one side's own words, a verb of ending ("the talks ended without
a break"). Sentences written for these tests (invented names and places)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from newsledger import Analysis

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/ is not a package
from claim_views import existence_conflicts


@pytest.mark.parametrize("text", [
    ("Moldova's grid operator said Ukraine switched off the 400-kilovolt line that feeds the northern districts "
     "for three days last week. Ukraine's state energy company said on Friday that electricity flowed to Moldova "
     "without interruption throughout the week."),
    ("Lithuania's gas regulator says Belarus shut off the pipeline to Vilnius on Sunday night. The Belarusian "
     "transit operator said on Monday that gas ran to Lithuania uninterrupted over the weekend."),
])
def test_an_unbroken_flow_answers_a_cut_off(analyze: Callable[..., Analysis], text: str) -> None:
    assert existence_conflicts(analyze(text))


@pytest.mark.parametrize("text", [
    # the outlet's own words
    ("Moldova's grid operator said Ukraine switched off the 400-kilovolt line that feeds the northern districts "
     "for three days last week. Electricity flowed to Moldova without interruption throughout the week."),
    # a verb of ending
    ("Moldova's grid operator said Ukraine switched off the 400-kilovolt line that feeds the northern districts "
     "last week. Ukraine's energy ministry said the talks on the line ended without a break on Friday."),
    # one side's own words
    ("Ukraine's state energy company said it had switched off one transformer for repairs, and that electricity "
     "flowed to Moldova without interruption through the other line."),
])
def test_no_unbroken_flow_against_it(analyze: Callable[..., Analysis], text: str) -> None:
    assert not existence_conflicts(analyze(text))
