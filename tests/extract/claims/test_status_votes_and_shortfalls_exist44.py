"""Status disputes told in other words, stop 44: a vote that did or did not meet the conditions of a free election,
or that offered voters no genuine choice, is judged on the free-and-fair scale ("the commission declared the poll
free and fair" against "the poll did not meet even the minimum conditions for a free vote"); a thing that fell short of
an instrument is not compliant with it ("in full compliance with the treaty" against "fell far short of the
treaty"). Guard: one side's words only. Sentences written for these tests (invented names and places)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from newsledger import Analysis

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/ is not a package
from claim_views import status_conflicts


@pytest.mark.parametrize("text", [
    ("Nigeria's electoral commission said the governorship poll in Kwara was free, fair and credible. The head of "
     "the European Union observer team, Marta Olsen, said the poll did not meet even the minimum "
     "conditions for a free vote."),
    ("Kazakhstan's central election commission said the referendum was free and fair. The head of the observer "
     "mission of the Council of Europe, Jonas Berg, said voters had not been offered a genuine choice."),
    ("Serbia's interior ministry said the new border checks were in full compliance with the 2019 transit "
     "treaty. Hungary's foreign ministry said on Friday that the checks fell far short of the 2019 transit treaty."),
])
def test_other_words_for_a_vote_or_a_breach(analyze: Callable[..., Analysis], text: str) -> None:
    assert status_conflicts(analyze(text))


def test_one_side_alone_is_no_dispute(analyze: Callable[..., Analysis]) -> None:
    text = ("The head of the observer mission of the Council of Europe, Jonas Berg, said voters had not been "
            "offered a genuine choice and that the count fell far short of the commitments the country had made.")
    assert not status_conflicts(analyze(text))
