"""What struck the thing hit, told in the passive, as the cause of the incident (extract/claims/open_causes.py,
``lists.open_cause_strikes`` in data/claims.yaml): "the depot was hit by drones", "the plane was shot down by a
rocket", against another side's cause of the same incident. Texts written for these tests (invented groups, people
and incidents).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from newsledger import Analysis

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/ is not a package
from claim_views import cause_conflicts as _cause_conflicts
from claim_views import causes as _causes

DISAGREE = [
    # a weapon against a fault of the plant
    "A fire destroyed the fuel depot at Kidal on Friday. The depot was hit by four drones launched by the Azawad "
    "Front, Mali's defence ministry said. The Azawad Front said the fire was caused by a gas leak.",
    # a weapon against a fault of the machine
    "A cargo plane crashed near Abeche on Monday, killing its crew of six. Chad's opposition Union Party said the "
    "plane was shot down by a rocket. The Chadian civil aviation authority said the crash was caused by engine "
    "failure.",
    # a thing that struck against the weather
    "A passenger ferry sank off Mahajanga on Sunday and 14 people drowned. Madagascar's port authority said the "
    "ferry was struck by a drifting cargo barge. The owners, Boina Lines, said the sinking was caused by a storm.",
]


@pytest.mark.parametrize("text", DISAGREE, ids=[t[:48] for t in DISAGREE])
def test_what_struck_against_another_cause_conflicts(analyze: Callable[..., Analysis], text: str) -> None:
    analysis = analyze(text)
    assert len(_cause_conflicts(analysis)) == 1, [c.to_dict() for c in analysis.claims if c.kind == "cause"]


def test_what_struck_and_the_same_cause_agree(analyze: Callable[..., Analysis]) -> None:
    """Two sides naming the one thing that struck: a corroboration, no conflict."""
    analysis = analyze("A fire gutted a warehouse in Lamu on Sunday. The warehouse was struck by lightning, the "
                       "Kenyan fire service said. The owners, Pwani Traders, said the blaze was started by lightning.")
    assert _cause_conflicts(analysis) == []
    assert _causes(analysis)


def test_a_doer_that_struck_is_no_open_cause(analyze: Callable[..., Analysis]) -> None:
    """ "was damaged by the militia" names who did it (responsibility's frames), not a thing that did the harm."""
    analysis = analyze("A fire burned a school in Tarvo on Sunday. The bridge at Tarvo was damaged by the militia, "
                       "Moldova's army said.")
    assert not [p for p, _ in _causes(analysis) if p.startswith("cause: ")], _causes(analysis)


def test_no_incident_no_strike_cause(analyze: Callable[..., Analysis]) -> None:
    """A strike's "by" phrase names a cause only in a text that names an incident."""
    analysis = analyze("Mali's defence ministry said the convoy was hit by heavy rain near Gao.")
    assert _causes(analysis) == []


def test_a_place_struck_in_the_outlets_background_is_no_cause(analyze: Callable[..., Analysis]) -> None:
    """The outlet's background of a place ("the country is struck by storms every year") names no side's cause."""
    analysis = analyze("A cyclone killed nine people in Fiji on Monday. Fiji's disaster office said the cyclone "
                       "caused the deaths. Some background: Fiji is struck by around five tropical storms a year.")
    assert not [p for p, _ in _causes(analysis) if p.startswith("cause: ")], _causes(analysis)
    assert _cause_conflicts(analysis) == []
