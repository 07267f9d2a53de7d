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


def test_a_dated_document_is_its_adjectives_state_not_its_date(nlp: Any) -> None:
    text = ("Romania's foreign ministry said the talks had produced no agreement. The Moldovan statement of "
            "3 March said the patrols would start in April.")
    assert _speaker_of(_speakers(nlp, text), "patrols would start") == "Moldovan"


def test_a_participle_on_a_document_speaks_for_its_author(nlp: Any) -> None:
    text = ("The army has taken note of a statement by the rebels' press office claiming that the depot fire was "
            "caused by a faulty pump.")
    assert "press office" in (_speaker_of(_speakers(nlp, text), "caused by a faulty pump") or "")


def test_a_relative_clause_before_a_cue_leaves_its_noun_the_speaker(nlp: Any) -> None:
    from newsledger.config import load_settings
    from newsledger.pipeline import analyze_text

    text = ("In the hills above Mbale, a company that few people in Nairobi had heard of until last year says it has "
            "found a large copper deposit.")
    a = analyze_text(text, dt.date(2025, 3, 9), load_settings())
    found = [s for s in a.statements if "copper deposit" in s.content.text]
    assert found and found[0].speaker_text == "a company", [(s.speaker_text, s.content.text) for s in a.statements]


def test_she_after_a_spokeswoman_given_to_a_body_is_that_body(nlp: Any) -> None:
    from newsledger.config import load_settings
    from newsledger.extract.statements.speakers import SpeakerIndex
    from newsledger.extract.statements.words import statement_words
    from newsledger.lexicon import load_lexicon
    from newsledger.models import Entity, Span

    text = ("A farmer, Joel Tremblay, said he saw the patrol car cross his field. A spokeswoman for the Harbour Guard "
            "said the account was wrong. She said the driver was arrested.")
    doc = nlp(text)

    def mention(words: str) -> Span:
        start = text.index(words)
        return Span(start, start + len(words), words)

    farmer = Entity("e1", "Joel Tremblay", "PERSON", (mention("Joel Tremblay"),))
    guard = Entity("e2", "Harbour Guard", "ORG", (mention("Harbour Guard"),))
    index = SpeakerIndex(doc, (farmer, guard), bytearray(len(doc)), statement_words(load_lexicon(load_settings())))
    spokeswoman = next(t for t in doc if t.lower_ == "spokeswoman")
    she = next(t for t in doc if t.text == "She")
    assert index.pronoun(she, (spokeswoman.idx, guard)) == guard
