"""A cause told in a participle on what a clause says a thing was ("the blasts might have been old mines set off by a
grass fire"): the participle is as hedged, or as denied, as that clause (extract/claims/context.py), so a hedged
guess is no firm cause claim and meets no other side's cause. Texts written for these tests (invented incidents)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from newsledger import Analysis

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/ is not a package
from claim_views import cause_conflicts as _cause_conflicts

BLASTS = "A series of blasts shook the border town of Oyapock on Friday. "


def _grass_fire(analysis: Analysis) -> list[tuple[str, str]]:
    return [(c.polarity, c.modality) for c in analysis.claims if c.kind == "cause" and "grass fire" in c.predicate]


@pytest.mark.parametrize(("said", "reading"), [
    ("Brazil's army said the blasts might have been old mines set off by a grass fire.", ("asserted", "hypothetical")),
    ("Brazil's army suggested the blasts could have been old mines set off by a grass fire.",
     ("asserted", "hypothetical")),
    ("Brazil's army said the blasts were not old mines set off by a grass fire.", ("negated", "actual")),
    # told as fact, a fact
    ("Brazil's army said the blasts were old mines set off by a grass fire.", ("asserted", "actual")),
])
def test_a_participle_takes_the_reading_of_what_the_thing_was(analyze: Callable[..., Analysis], said: str,
                                                              reading: tuple[str, str]) -> None:
    assert _grass_fire(analyze(BLASTS + said)) == [reading]


def test_a_hedged_cause_meets_no_other_cause(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze("French Guiana's prefecture said a Brazilian army drone struck a camp near Oyapock on Friday, "
                       "killing two people. Brazil's army said the blasts might have been old mines set off by a "
                       "grass fire.")
    assert not _cause_conflicts(analysis)
