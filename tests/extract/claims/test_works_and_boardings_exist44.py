"""Existence and status disputes told in other words, stop 44: digging is putting up works ("the quarry firm dug a
ditch across the common" against "its crews built nothing there"), and the boarding or interception of a vessel
is the act its seizure names ("the boarding was lawful" against "the seizure breaks the accord"). Guard: one
side's own words. Sentences written for these tests (invented names and places)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from newsledger import Analysis

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/ is not a package
from claim_views import existence_conflicts, status_conflicts


@pytest.mark.parametrize("text", [
    ("A graziers' cooperative in the Orvel hills says the Tessbrook Quarry company dug a drainage ditch across "
     "the common pasture in March. The company said in a statement that its crews had built nothing on the "
     "common."),
    ("Villagers in Karsk told the regional council that contractors of the Molvan Rail company excavated a "
     "cutting through the old orchard last month. The company's engineer, Petr Sobol, said the firm had "
     "constructed nothing near the orchard."),
])
def test_digging_meets_works_denied(analyze: Callable[..., Analysis], text: str) -> None:
    assert existence_conflicts(analyze(text))


@pytest.mark.parametrize("text", [
    ("Ireland's navy said the boarding of the trawler was in line with international law. Spain's fisheries "
     "ministry said the seizure was unlawful and that Spanish boats had always fished legally in those waters."),
    ("The Latvian coast guard said the interception of the Estonian ferry Tallinna was lawful and "
     "proportionate. Estonia's transport ministry called the seizure illegal and said the ferry had sailed "
     "lawfully on its usual route."),
])
def test_a_boarding_is_the_seizure_judged(analyze: Callable[..., Analysis], text: str) -> None:
    assert status_conflicts(analyze(text))


def test_one_side_digging_and_building_nothing_else(analyze: Callable[..., Analysis]) -> None:
    text = ("Tessbrook's site manager, Hanna Velde, said its crews dug a drainage ditch across the common pasture "
            "in March and had built nothing else on the common.")
    assert not existence_conflicts(analyze(text))
