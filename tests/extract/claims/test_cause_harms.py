"""Causes told as a harm a thing did: "the silt choked the gills of the fish", "the fissures let the rainwater in"
(extract/claims/open_causes.py, ``lists.open_cause_harms``). Texts written for these tests (invented towns, bodies
and people).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from newsledger import Analysis
from newsledger.compare import OPEN_CAUSE

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/ is not a package
from claim_views import cause_conflicts as _cause_conflicts
from claim_views import causes_by_claimant as _causes


def test_a_thing_that_choked_the_victims(analyze: Callable[..., Analysis]) -> None:
    """The parser reads "said the silt, ..., choked" with "silt" the object of "said": the silt is still the cause."""
    text = ("Thousands of fish died in the Vensa estuary last week. The Vensa Port Authority said the fish died for "
            "lack of oxygen in warm water. The Vensa Anglers Union said the silt, stirred up by the dredgers, choked "
            "the gills of the fish.")
    got = analyze(text)
    assert (OPEN_CAUSE + "silt stir dredger", "Vensa Anglers Union") in _causes(got)
    assert len(_cause_conflicts(got)) == 1


def test_a_thing_that_let_the_water_in(analyze: Callable[..., Analysis]) -> None:
    text = ("A mudslide buried the hamlet of Korro on Friday. The Korro Residents Committee said the fissures the "
            "quarry blasts opened let the rainwater in.")
    assert (OPEN_CAUSE + "fissure quarry blast open", "Korro Residents Committee") in _causes(analyze(text))


def test_someone_who_did_it_is_no_thing(analyze: Callable[..., Analysis]) -> None:
    """Workers, engineers and the incident itself name no harm done by a thing."""
    text = ("A mudslide buried the hamlet of Korro on Friday. The Korro Residents Committee said the workers let the "
            "water out of the pond. The Korro Quarry Company said its engineers brought down the old crane.")
    assert not any(p.startswith(OPEN_CAUSE) for p, _ in _causes(analyze(text)))
    text = ("The river washed away a bridge at Telmi on Monday. The Telmi Farmers Union said the river washed away "
            "the bridge.")
    assert not any(p.startswith(OPEN_CAUSE) for p, _ in _causes(analyze(text)))


def test_a_harm_a_body_considers_found(analyze: Callable[..., Analysis]) -> None:
    """ "believes that" reports a finding; "could have clogged" tells a guess and names no cause."""
    text = ("Hundreds of fish died in Lake Halvik on Tuesday. The Halvik Water Board said it believes that the sludge, "
            "washed down from the old mine, clogged the gills of the fish.")
    assert (OPEN_CAUSE + "sludge", "Halvik Water Board") in _causes(analyze(text))
    text = ("Hundreds of fish died in Lake Halvik on Tuesday. The Halvik Water Board said the sludge could "
            "have clogged the gills of the fish.")
    assert not any(p.startswith(OPEN_CAUSE) for p, _ in _causes(analyze(text)))
