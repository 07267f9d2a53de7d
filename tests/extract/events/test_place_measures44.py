"""A curfew, a state of emergency or martial law imposed, lifted or eased "in" a place (issue 15, h-case44): the
measure is aimed at that place's people, so the place is the event's target, as it already is for the bare noun ("a
curfew in the capital"). Sentences written for these tests, made-up events."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from newsledger import Analysis

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/ is not a package
from event_participants import assert_coded

PUBLISHED = "2023-03-14"

# (text, type, source, target)
CODED = [
    ("The Peruvian government imposed a curfew in Arequipa after two days of riots.", "COERCE", "Peru", "Arequipa"),
    ("Ecuador's president declared martial law in Guayaquil on Thursday.", "COERCE", "Ecuador", "Guayaquil"),
    ("The junta lifted the curfew in Bamako after a week of calm.", "CONCEDE", None, "Bamako"),
    ("Ghana eased lockdown restrictions in Kumasi on Monday.", "CONCEDE", "Ghana", "Kumasi"),
    ("Nepal lifted a state of emergency in Pokhara that had been imposed after the floods.", "CONCEDE", "Nepal",
     "Pokhara"),
    # a target named with "on" stays
    ("The Bolivian army imposed a curfew on Cochabamba in the evening.", "COERCE", "Bolivia", "Cochabamba"),
]


@pytest.mark.parametrize(("text", "etype", "source", "target"), CODED, ids=[f"{c[1]}:{c[0][:40]}" for c in CODED])
def test_place_is_target(analyze: Callable[..., Analysis], text: str, etype: str, source: str | None,
                         target: str) -> None:
    assert_coded(analyze(text, PUBLISHED), etype, source, target)
