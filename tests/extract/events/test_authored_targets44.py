"""What a party asked for or warned of stands for that party as an event's target (issue 15, h-case44): a call, demand,
appeal, plea, request, invitation, ultimatum, warning or criticism "by" someone, rejected or answered, makes its author
the target, as a proposal or a remark by someone already did (``lists.authored_nouns``). Sentences written for these
tests, made-up events."""

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
    ("Portugal rejected renewed calls by Angola's rulers for a new debt deal.", "REJECT", "Portugal", "Angola"),
    ("Peru rejected a plea by Ecuador's president to open the border.", "REJECT", "Peru", "Ecuador"),
    ("Thailand rejected an urgent request by Laos's rulers for more electricity.", "REJECT", "Thailand", "Laos"),
    ("Kenya rejected an appeal by Somalia's president to reopen the border.", "REJECT", "Kenya", "Somalia"),
]


@pytest.mark.parametrize(("text", "etype", "source", "target"), CODED, ids=[f"{c[1]}:{c[0][:40]}" for c in CODED])
def test_author_is_target(analyze: Callable[..., Analysis], text: str, etype: str, source: str, target: str) -> None:
    assert_coded(analyze(text, PUBLISHED), etype, source, target)
