"""The claims context answers a walk asked again from its own document's last answer, never another document's."""

from __future__ import annotations

from typing import Any

from newsledger.extract.claims.context import Context
from newsledger.lexicon import Lexicon


def _context(nlp: Any, lexicon: Lexicon, text: str) -> Context:
    return Context(nlp(text), (), (), lexicon)


def test_a_walk_asked_again_is_the_same_and_each_documents_own(nlp: Any, lexicon: Lexicon) -> None:
    first = _context(nlp, lexicon, "The ferry crews walked out and the port closed early.")
    second = _context(nlp, lexicon, "Inspectors found cracks, so the county shut the bridge.")
    verbs = first.tokens(pos=("VERB",))
    assert [t.text for t in verbs] == [t.text for t in first.doc if t.pos_ == "VERB"]
    assert first.tokens(pos=("VERB",)) is verbs  # asked again: the same answer
    assert [t.text for t in second.tokens(pos=("VERB",))] == [t.text for t in second.doc if t.pos_ == "VERB"]
    assert [t.text for t in first.tokens(pos=("VERB",))] == [t.text for t in verbs]
    # Another walk of the same document is its own answer; a set of words equal to a frozenset asks the same walk.
    nouns = first.tokens(pos=("NOUN",), lowers=frozenset({"early"}))
    assert [t.text for t in nouns] == [t.text for t in first.doc if t.pos_ == "NOUN" or t.lower_ == "early"]
    assert first.tokens(pos=("NOUN",), lowers=frozenset({"early"})) is nouns
