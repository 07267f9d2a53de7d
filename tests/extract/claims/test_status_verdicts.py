"""Status told as a verdict in ordinary words (data/claims.yaml: ``valid``, ``free and fair``, ``up to standard``):
"has no legal standing" against "the quarry is in order", "a farce" against "free and fair", "only advisory"
against "binding", "meets the standard" against "unfit for swimming". Texts written for these tests (invented
places, bodies and people).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from newsledger import Analysis

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/ is not a package
from claim_views import status_conflicts as _status_conflicts
from claim_views import statuses as _statuses


@pytest.mark.parametrize(("text", "one", "other"), [
    ("The Taldor Mining Ministry said the Brenn quarry has no legal standing. \"The quarry is in order,\" said "
     "Olaf Brenn, chief executive of Brenn Minerals.", "invalid", "valid"),
    ("The Ostra town council said the result of the referendum is binding. The Ostra Planning Ministry said the "
     "result of the referendum is only advisory.", "valid", "invalid"),
    ("The Velmora electoral commission said the vote in Ostrava district was free and fair. \"The vote was a farce "
     "staged for the cameras,\" said Ivo Danek, leader of the Velmora Civic Party.", "free and fair", "unfair"),
    ("The Kessin Water Agency said the water of the lake meets the national standard again. \"The water of the "
     "lake remains unfit for swimming,\" said Mara Holt, chair of the Kessin Anglers Association.",
     "up to standard", "unsafe"),
    ("The Kessin Water Agency said the water of the lake meets the national standard again. \"The water of the "
     "lake is far above the legal limit for nitrates,\" said Mara Holt, chair of the Kessin Anglers Association.",
     "up to standard", "below standard"),
])
def test_verdicts_in_ordinary_words_conflict(analyze: Callable[..., Analysis], text: str, one: str,
                                             other: str) -> None:
    got = analyze(text)
    assert {(one, "asserted"), (other, "asserted")} <= set(_statuses(got))
    assert len(_status_conflicts(got)) == 1


@pytest.mark.parametrize(("text", "verdict"), [
    ("The Kessin Water Agency said the water of the lake meets the national standard again. \"The water of the "
     "lake is within the permitted limits,\" said Mara Holt, chair of the Kessin Anglers Association.",
     "up to standard"),
    ("The Ostra town council said the licence of the Brenn quarry is in order. The Ostra Planning Ministry said "
     "the licence of the Brenn quarry is fully in order.", "valid"),
])
def test_the_same_verdict_twice_is_no_conflict(analyze: Callable[..., Analysis], text: str, verdict: str) -> None:
    got = analyze(text)
    assert _statuses(got).count((verdict, "asserted")) == 2
    assert _status_conflicts(got) == []
