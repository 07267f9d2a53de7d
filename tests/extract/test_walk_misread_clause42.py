"""One test for a that-clause the parse hung on a noun as a relative clause (issue 14, helper speak42, stop 42).

``walk.misread_content_clause`` serves both the statements (the noun's content) and the acceptance claims (the
clause's verb of accepting is a main verb of what was said). Trees built by hand, so that the test does not hang
on what the model parses today; in our own words, with made-up names.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

from newsledger.extract.walk import misread_content_clause

# (word, head index, dependency)
_MISREAD = [("said", 0, "ROOT"), ("in", 0, "prep"), ("a", 3, "det"), ("notice", 1, "pobj"), ("that", 6, "dobj"),
            ("Varnia", 6, "nsubj"), ("agreed", 3, "relcl"), ("to", 8, "aux"), ("cut", 6, "xcomp"),
            ("the", 10, "det"), ("toll", 8, "dobj"), (".", 0, "punct")]
# "said in a notice that Varnia wants to publish.": "publish" has no object, "that" fills its gap
_RELATIVE = [("said", 0, "ROOT"), ("in", 0, "prep"), ("a", 3, "det"), ("notice", 1, "pobj"), ("that", 8, "dobj"),
             ("Varnia", 6, "nsubj"), ("wants", 3, "relcl"), ("to", 8, "aux"), ("publish", 6, "xcomp"),
             (".", 0, "punct")]
# "said in a notice that Varnia agreed, at the talks, to cut the toll.": the infinitive hung on the verb of saying
_CUT_OFF = [("said", 0, "ROOT"), ("in", 0, "prep"), ("a", 3, "det"), ("notice", 1, "pobj"), ("that", 6, "dobj"),
            ("Varnia", 6, "nsubj"), ("agreed", 3, "relcl"), (",", 6, "punct"), ("at", 6, "prep"), ("the", 10, "det"),
            ("talks", 8, "pobj"), (",", 0, "punct"), ("to", 13, "aux"), ("cut", 0, "xcomp"), ("the", 15, "det"),
            ("toll", 13, "dobj"), (".", 0, "punct")]


def _doc(nlp: Any, rows: list[tuple[str, int, str]]) -> Doc:
    return Doc(nlp.vocab, words=[w for w, _, _ in rows], heads=[h for _, h, _ in rows], deps=[d for _, _, d in rows])


def test_a_clause_with_nothing_left_for_that_is_content(nlp: Any) -> None:
    doc = _doc(nlp, _MISREAD)
    last = misread_content_clause(doc[6])
    assert last is not None and last.text == "toll"


def test_an_infinitive_hung_on_the_verb_of_saying_ends_the_content(nlp: Any) -> None:
    doc = _doc(nlp, _CUT_OFF)
    last = misread_content_clause(doc[6])
    assert last is not None and last.text == "toll"


def test_a_true_relative_clause_is_none(nlp: Any) -> None:
    doc = _doc(nlp, _RELATIVE)
    assert misread_content_clause(doc[6]) is None
    assert misread_content_clause(doc[0]) is None  # not a relative clause at all
