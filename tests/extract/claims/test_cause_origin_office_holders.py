"""Origins told by a person named with a title of office whom the text ties to no country or body ("A spokesman for the
forestry service, Jorge Rivas, said satellite images show the first hot spot inside Bolivia"): such a speaker stands
as a side of an origin claim (extract/claims/origins.py), as of a cause cue (test_cause_office_holders.py). Guard: a
bystander does not. Texts written for these tests (invented district, fire and people)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from newsledger import Analysis

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/ is not a package
from claim_views import cause_conflicts as _cause_conflicts
from claim_views import causes_by_claimant as _causes_by_claimant

FIRE = "A forest fire burned 400 hectares of pine in the hills above Tarlo on Sunday. "


def test_an_office_holder_places_the_origin(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze(FIRE + "A spokesman for the forestry service, Jorge Rivas, said satellite images show the "
                              "first hot spot inside Bolivia.")
    assert ("responsible", "Jorge Rivas") in _causes_by_claimant(analysis)


def test_two_office_holders_placing_the_origin_on_two_sides_conflict(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze(FIRE + "The governor of the district, Elena Marsh, said the first flames were seen on the "
                              "Chilean side on Saturday afternoon. A spokesman for the forestry service, Jorge Rivas, "
                              "said satellite images show the first hot spot inside Bolivia.")
    assert _cause_conflicts(analysis)


def test_a_bystander_places_no_origin(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze(FIRE + "Elena Marsh, a local shopkeeper, said the first flames were seen on the Chilean side "
                              "on Saturday afternoon.")
    assert _causes_by_claimant(analysis) == []
