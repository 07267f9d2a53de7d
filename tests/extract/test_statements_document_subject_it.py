"""A body's document as the main subject of the sentence before ("The Sammarinese foreign ministry's letter was two
lines long. Its surveyors, it said, ..."): "it" is the document's author, which that sentence has just
brought in, not a state or body named as a subject before it. Sentences written for these tests.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/ is not a package
from statement_speakers import speaker_of, speakers

_OPENING = (
    "Andorra's interior ministry said on Friday that a Sammarinese survey team had walked into the Canillo forest "
    "reserve. An answer reached Andorra la Vella by Monday, and it pleased nobody there. "
)

ANSWER = _OPENING + ("The Sammarinese foreign ministry's letter was two lines long. Its surveyors, it said, spent the "
                     "whole week at their desks and have made no trip abroad this year.")

NO_DOCUMENT = _OPENING + ("The Sammarinese foreign ministry's offices were shut for the holiday. Its surveyors, it "
                          "said, spent the whole week at their desks.")


def _speaker(nlp: Any, text: str, words: str) -> str | None:
    return speaker_of(speakers(nlp, text), words)


def test_it_after_a_bodys_document_as_subject_is_that_body(nlp: Any) -> None:
    assert _speaker(nlp, ANSWER, "no trip abroad") == "Sammarinese foreign ministry"


def test_a_body_owning_no_document_is_not_taken(nlp: Any) -> None:
    assert _speaker(nlp, NO_DOCUMENT, "spent the whole week") != "Sammarinese foreign ministry"
