"""What a told act was done to (extract/claims/acts.py, denials.py): "from" names where the act started, not its
target ("crossed from Andorra into San Marino": San Marino); a place of no known country is the scene, a state the
target ("crossed at the hamlet of Vall Fosca into San Marino"); and a denial that opens on two determiners of no
particular thing ("any such trucks had entered the republic") denies the act told, whatever its words
(extract/conflicts.py). Sentences written for these tests."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from newsledger import Analysis

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/ is not a package
from claim_views import entity_name as _name
from claim_views import existence_conflicts as _conflicts


def _crossing_target(analysis: Analysis) -> str | None:
    told = [c for c in analysis.claims if c.kind == "event" and c.predicate == "act:cross" and c.polarity == "asserted"]
    assert told, [c.to_dict() for c in analysis.claims]
    return _name(analysis, told[0].argument("target"))


@pytest.mark.parametrize("text", [
    "Liechtenstein's forestry office said on Thursday that four timber trucks crossed from Andorra into San Marino "
    "before dawn.",
    "Liechtenstein's forestry office said on Thursday that four timber trucks crossed at the hamlet of Vall Fosca "
    "into San Marino before dawn.",
])
def test_the_target_of_a_crossing_is_where_it_went(analyze: Callable[..., Analysis], text: str) -> None:
    assert _crossing_target(analyze(text)) == "San Marino"


_TOLD = ("Andorra's forestry office said on Thursday that four timber trucks crossed at the hamlet of Vall Fosca into "
         "San Marino before dawn. ")


def test_a_denial_of_any_such_act_answers_the_act_told(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze(_TOLD + "San Marino's customs agency denied that any such trucks had entered the republic.")
    assert _conflicts(analysis), [c.to_dict() for c in analysis.claims]


def test_another_act_of_the_other_side_is_no_denial(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze(_TOLD + "San Marino's customs agency said its officers had inspected the trucks at the border "
                               "post.")
    assert not _conflicts(analysis)
