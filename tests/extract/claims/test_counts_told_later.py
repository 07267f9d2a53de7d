"""Figures for a count that only grows (the dead, the wounded: ``growing_counts``) given by two sides on different
days (extract/conflicts.py ``_told_later_lower``): a later telling may give more, never fewer than can hold
beside the earlier one. Texts written for these tests (invented incidents).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from newsledger import Analysis

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/ is not a package
from claim_views import quantity_conflicts as _quantity_conflicts

DISAGREE = [
    "An air strike hit a market in the town of Kalaa on Monday. The Sudanese Doctors Network said on Tuesday that 43 "
    "people were killed in the strike.\n\nSudan's army, which denies targeting civilians, said on Wednesday that five "
    "people died, all of them fighters.",
    "Floods swept through the Kasai valley last week. On Monday the Red Cross said 120 people had died.\n\nOn "
    "Thursday the provincial governor, Jean Mbala of Kasai province, said 35 people had died in the floods.",
    "Clashes broke out in the port of Berbera on Thursday. The Somaliland Red Crescent said on Friday that 200 people "
    "were wounded in the clashes. On Sunday the interior ministry of Somaliland said 40 people were wounded.",
]


@pytest.mark.parametrize("text", DISAGREE, ids=[t[:48] for t in DISAGREE])
def test_a_later_lower_figure_of_another_side_conflicts(analyze: Callable[..., Analysis], text: str) -> None:
    assert len(_quantity_conflicts(analyze(text))) == 1


AGREE = [
    # told later and higher: the toll may have risen
    "A ferry capsized on Lake Kivu on Sunday. Rwanda's police said on Monday that 12 passengers had drowned. On "
    "Tuesday the Kivu Boat Owners Association said at least 60 passengers had drowned.",
    # the later figure names another place: maybe another incident
    "An air strike hit a market in Kalaa on Monday. The Sudanese Doctors Network said on Tuesday that 43 people were "
    "killed in the strike. A second strike hit the village of Tawila on Wednesday. Sudan's army said on Wednesday "
    "that five people were killed in Tawila.",
    # the later figure is of another incident, by its words
    "An air strike hit a market in Kalaa on Monday. The Sudanese Doctors Network said on Tuesday that 43 people were "
    "killed in the strike. Another strike hit the town on Wednesday. Sudan's army said on Wednesday that five people "
    "were killed in the second strike.",
    # one side lowering its own figure revises it
    "The Sudanese Doctors Network said on Tuesday that 43 people were killed in Monday's strike on Kalaa. The "
    "network said on Thursday that 30 people had been killed, revising its figure after a recount.",
]


@pytest.mark.parametrize("text", AGREE, ids=[t[:48] for t in AGREE])
def test_no_conflict_across_days(analyze: Callable[..., Analysis], text: str) -> None:
    assert _quantity_conflicts(analyze(text)) == []
