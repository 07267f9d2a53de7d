"""Stop 44 speed work: the walks that replace ``Token.sent`` and the search for a part of a word give what spaCy's
own attributes give, on a text of several sentences, line breaks and words that hold a part more than once."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.tokens import Doc

from newsledger.extract.walk import doc_text, indexes_holding, sentence_at

TEXT = ("Mr. Okonkwo met the Baltic envoys in Tallinn.\nThe Aalto band played aaah-long notes, and the\n\n"
        "Landsberg delegation left at 9.30 p.m. on Sunday. Did Brandt's aides answer? They did not.\n"
        "Sandra and Andreas, both standing by, said nothing  -  not a word.")


@pytest.fixture(scope="module")
def doc(nlp: Any) -> Doc:
    return nlp(TEXT)


def test_sentence_at_gives_the_bounds_of_token_sent(doc: Doc) -> None:
    assert len(list(doc.sents)) >= 4
    for tok in doc:
        sent = tok.sent
        assert sentence_at(tok) == (sent.start, sent.end, sent.start_char, sent.end_char)


def test_sentence_at_on_a_document_of_one_word(nlp: Any) -> None:
    tok = nlp("Agreed.")[0]
    assert sentence_at(tok) == (tok.sent.start, tok.sent.end, tok.sent.start_char, tok.sent.end_char)


@pytest.mark.parametrize("part", [".", "and", "\n", "aa", "an", "'s", "-", " ", "Aa", "s.", "\n\n", "zz", ""])
def test_indexes_holding_finds_a_part_wherever_a_word_holds_it(doc: Doc, part: str) -> None:
    assert indexes_holding(doc, part) == [t.i for t in doc if part in t.text]


def test_indexes_holding_reads_the_text_the_document_was_seeded_with(nlp: Any) -> None:
    text = "Gandalf and Randall stood by.\nAnd then they left."
    doc = nlp(text)
    assert doc_text(doc) == text
    found = indexes_holding(doc, "and")
    assert found == [t.i for t in doc if "and" in t.text] and len(found) == 3
