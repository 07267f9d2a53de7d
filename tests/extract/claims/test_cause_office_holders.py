"""A titled official named by name stands as a side of the cause cues (extract/claims/sides.py ``placed`` with
``office``), and an official of no stated country stands for the state body of their sector only where the story
names one such body (extract/conflicts.py ``party``): a mayor is not the ministry, nor the government, when both are
named. Texts written for these tests (invented companies, people and places).
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

FLOOD = ("A river burst its banks near Vlora in Albania on Sunday night and flooded 300 homes. Adriatic Power, which "
         "runs the dam upstream, said the flooding was caused by heavy rain. ")


@pytest.mark.parametrize("speaker", [
    "The mayor of Vlora, Edi Hoxha,",
    "Deputy governor Arta Deda",
])
def test_a_titled_official_names_a_cause(analyze: Callable[..., Analysis], speaker: str) -> None:
    a = analyze(FLOOD + f"{speaker} said the company flooded the town by opening the spillway gates at midnight.")
    assert ("works", "asserted") in _causes(a)
    assert _cause_conflicts(a)


@pytest.mark.parametrize("speaker", [
    "A passer-by, Edi Hoxha,",  # a bystander: no title of office
    "Our correspondent, Edi Hoxha,",  # a reporter
])
def test_no_office_no_side(analyze: Callable[..., Analysis], speaker: str) -> None:
    a = analyze(FLOOD + f"{speaker} said the company flooded the town by opening the spillway gates at midnight.")
    assert ("works", "asserted") not in _causes(a)


def test_an_official_of_several_state_bodies_speaks_for_themselves(analyze: Callable[..., Analysis]) -> None:
    a = analyze(FLOOD + "The mayor of Vlora, Edi Hoxha, said the company flooded the town by opening the spillway "
                "gates at midnight. Albania's government said it would send aid, and Albania's interior ministry "
                "sent police.")
    summaries = _cause_conflicts(a)
    assert summaries and all("government" not in s and "ministry" not in s for s in summaries), summaries
