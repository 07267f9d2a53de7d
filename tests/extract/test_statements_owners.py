"""Speakers named by a common noun whose owner the text gave earlier, and spokespeople placed where they are.

Invented news text in our own words. Each test names the statement by words of its content and checks the
entity it is attributed to.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/ is not a package
from statement_speakers import speaker_of, speakers


def _speakers(nlp: Any, text: str) -> dict[str, str | None]:
    return speakers(nlp, text, dt.date(2025, 4, 14))


# --- "the mission said": the body that owned the same noun before ("the observer mission of X") -----------------


@pytest.mark.parametrize(("text", "words", "speaker"), [
    ("The observer mission of the Commonwealth, which sent 30 monitors to the islands, issued its report on "
     "Tuesday. The count \"was orderly and transparent\", the mission said.", "orderly and transparent",
     "Commonwealth"),
    ("The audit panel of the World Bank visited the dam site in March. The panel said the spillway had been "
     "finished without the agreed tests.", "the spillway had been finished", "World Bank"),
])
def test_a_definite_noun_speaks_for_the_body_that_owned_it_before(nlp: Any, text: str, words: str,
                                                                  speaker: str) -> None:
    assert speaker_of(_speakers(nlp, text), words) == speaker


# --- "a spokeswoman in the capital said": where the spokesperson is, not whom they speak for ------------------


@pytest.mark.parametrize(("text", "words", "speaker"), [
    ("The World Food Programme says its lorries cannot reach the upper valley. A spokeswoman in Lusaka said about "
     "2,000 families had been cut off since the bridge fell.", "2,000 families had been cut off",
     "World Food Programme"),
    ("The International Organization for Migration says the camp is full. A spokesman in Nairobi said some 600 "
     "people were sleeping outside the fence.", "600 people were sleeping", "International Organization for Migration"),
])
def test_a_spokesperson_placed_in_a_city_speaks_for_the_body_before(nlp: Any, text: str, words: str,
                                                                     speaker: str) -> None:
    found = _speakers(nlp, text)
    assert speaker_of(found, words) == speaker
    # whom a spokesperson speaks "for" stays the speaker
    other = _speakers(nlp, "The World Food Programme says its lorries cannot reach the valley. A spokeswoman for "
                           "Zambia said the road would reopen within a week.")
    assert speaker_of(other, "the road would reopen") == "Zambia"
