"""One actor per person: a name never runs over a colon (issue 15; stop 43, helper actors43).

Invented text in our own words: a list of the arrested gives each name, a colon and the charges ("Marta J.
Kessel: Dealing in heroin, ..."); where the NER takes the charge's first word into the name, the name still ends
at the colon. A work's title keeps its colon.
"""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from newsledger.extract.actors.entities import _Words
from newsledger.lexicon import Lexicon


def _trimmed(lexicon: Lexicon, words: list[str], label: str, n: int) -> str:
    doc = Doc(Vocab(), words=words, ents=[f"B-{label}"] + [f"I-{label}"] * (n - 1) + ["O"] * (len(words) - n))
    bounds = _Words.of(lexicon).trim(doc.ents[0])
    assert bounds is not None
    return doc[bounds[0]:bounds[1]].text


def test_person_name_ends_at_a_colon(lexicon: Lexicon) -> None:
    words = ["Marta", "J.", "Kessel", ":", "Dealing", "in", "heroin", ",", "held", "without", "bond", "."]
    assert _trimmed(lexicon, words, "PERSON", 5) == "Marta J. Kessel"


def test_organisation_name_ends_at_a_colon(lexicon: Lexicon) -> None:
    words = ["Harbor", "Freight", "Board", ":", "Fines", "for", "late", "ships", "."]
    assert _trimmed(lexicon, words, "ORG", 5) == "Harbor Freight Board"


def test_work_title_keeps_its_colon(lexicon: Lexicon) -> None:
    words = ["Tides", ":", "Rising", "was", "printed", "in", "May", "."]
    assert _trimmed(lexicon, words, "WORK_OF_ART", 3) == "Tides : Rising"
