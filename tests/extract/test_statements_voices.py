"""Statements whose words or speaker an earlier rule missed (helper speakers33): a side that casts a thing as
something ("described the accord as a draft"), and a speaker phrase that ends before the relative clause on its
last noun (a place that clause names is not the speaker).

Invented news text in our own words.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/ is not a package
from statement_speakers import speaker_of as _speaker_of
from statement_speakers import speakers


def _speakers(nlp: Any, text: str) -> dict[str, str | None]:
    return speakers(nlp, text, dt.date(2025, 3, 9))


def test_described_as_is_the_sides_version_with_its_trailing_phrases(nlp: Any) -> None:
    text = ("Lowland farmers say the canal deal is binding. In Port Anselm, the water board's spokesman, "
            "Jorge Paredes, described the same papers as a working draft, nothing more, with no force in law.")
    found = _speakers(nlp, text)
    assert _speaker_of(found, "a working draft") == "Jorge Paredes"
    assert _speaker_of(found, "no force in law") == "Jorge Paredes"


def test_dismissed_as_is_the_sides_version(nlp: Any) -> None:
    text = "The fishermen's union dismissed the ministry's count as guesswork."
    assert "union" in (_speaker_of(_speakers(nlp, text), "as guesswork") or "")


def test_a_place_in_the_relative_clause_of_a_speaker_phrase_does_not_speak(nlp: Any) -> None:
    text = ("08:47 - A spokeswoman for the Houlton Sector of the Border Patrol, which covers Maine and parts of New "
            "Hampshire, said the account was wrong.")
    assert _speaker_of(_speakers(nlp, text), "the account was wrong") != "New Hampshire"
