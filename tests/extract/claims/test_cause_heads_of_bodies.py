"""A cause named by a person the text introduces as the head of a named body ("Amadou bin Sow, who heads the Saint-Louis
fishermen's cooperative, said"): such a speaker stands as a side of the cause frames (extract/claims/sides.py), as a
named official does, even with particles of the name in lower case ("Amadou bin Sow"). Guard: a named person of no
body, in a relative clause of another verb, does not. Texts written for these tests (invented people and bodies)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from newsledger import Analysis

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/ is not a package
from claim_views import cause_conflicts as _cause_conflicts
from claim_views import causes_by_claimant as _causes_by_claimant

KILL = ("Thousands of fish died in the Langue de Barbarie lagoon in Senegal on Monday. Senegal's environment "
        "directorate says the deaths were caused by a heatwave. ")
SAID = " said effluent from the new tannery upstream had killed the fish."


def test_the_head_of_a_body_names_a_cause(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze(KILL + "Amadou bin Sow, who heads the Saint-Louis fishermen's cooperative," + SAID)
    assert ("pollution", "Amadou bin Sow") in _causes_by_claimant(analysis)
    assert _cause_conflicts(analysis)


def test_a_person_of_no_body_names_no_cause(analyze: Callable[..., Analysis]) -> None:
    # Boats of a second country fish there too: the story is not wholly Senegal's, so the fisherman has no country
    # (in a story wholly of one country he has that country, and stands as a side: stop 44, actors44).
    analysis = analyze(KILL + "Mauritanian boats fish there too. Amadou bin Sow, who fishes the lagoon every morning,"
                       + SAID)
    assert [who for _, who in _causes_by_claimant(analysis) if who == "Amadou bin Sow"] == []
