"""Missed events read from the judged real news (issue 15 item 3, h-events38b): an actor pushed to act is asked to
act (REQUEST), and an actor hammered is criticised (ACCUSE). Sentences written for these tests, other names and
places than any gold article."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from newsledger import Analysis

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/ is not a package
from event_participants import assert_coded, assert_not_coded

PUBLISHED = "2022-05-04"

# (text, type, source, target): an event of that type with those parties (None: not checked).
CODED = [
    ("The minister pushed Ghana to open its market to Nigerian rice.", "REQUEST", None, "Ghana"),
    ("Senator Ruiz pushed Brazil and Argentina to curb logging in the Amazon.", "REQUEST", "Ruiz", "Brazil"),
    ("Mr. Okafor hammered Mensah on Sunday for his handling of the strike.", "ACCUSE", "Okafor", "Mensah"),
]

# (text, type): no event of that type.
NOT_CODED = [
    ("The drought pushed prices to record highs.", "REQUEST"),
    ("Rebels pushed the army to the edge of the city.", "REQUEST"),
    ("Workers hammered the nails into the roof of the school.", "ACCUSE"),
    ("The blogger has accused Senator Dube of pushing to jail him while she ran the ministry.", "REQUEST"),
    ("His rivals hope that the governor's pro-Chinese stance is hammered home to voters in Lagos.", "ACCUSE"),
]


@pytest.mark.parametrize(("text", "etype", "source", "target"), CODED, ids=[c[0][:40] for c in CODED])
def test_coded(analyze: Callable[..., Analysis], text: str, etype: str, source: str | None,
               target: str | None) -> None:
    assert_coded(analyze(text, PUBLISHED), etype, source, target)


@pytest.mark.parametrize(("text", "etype"), NOT_CODED, ids=[c[0][:40] + c[1] for c in NOT_CODED])
def test_not_coded(analyze: Callable[..., Analysis], text: str, etype: str) -> None:
    assert_not_coded(analyze(text, PUBLISHED), etype)
