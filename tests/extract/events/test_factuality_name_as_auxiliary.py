"""A name the parser hangs on a verb as an auxiliary is no modal (issue 14): a place name ending in "Ca" read as
the "ca" of "can't" made "the hamlets of Koro Ca were flooded by water from the dam" hypothetical, so the side's
cause was never compared. A real modal auxiliary still makes the clause hypothetical. Parses built by hand (the
misparse needs particular names); names invented for this test.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

from newsledger.lexicon import Lexicon

_WORDS = ["the", "hamlets", "of", "Koro", "Ca", "were", "flooded", "."]
_HEADS = [1, 6, 1, 4, 6, 6, 6, 6]
_DEPS = ["det", "nsubjpass", "prep", "compound", "aux", "auxpass", "ROOT", "punct"]


def _doc(nlp: Any, ca_tag: str, ca_word: str = "Ca") -> Doc:
    words = [*_WORDS[:4], ca_word, *_WORDS[5:]]
    tags = ["DT", "NNS", "IN", "NNP", ca_tag, "VBD", "VBN", "."]
    return Doc(nlp.vocab, words=words, heads=_HEADS, deps=_DEPS, tags=tags)


def test_a_name_hung_as_an_auxiliary_is_no_modal(nlp: Any, lexicon: Lexicon) -> None:
    from newsledger.extract.events.factuality import factuality

    doc = _doc(nlp, "NNP")
    assert factuality(doc[6], lexicon.events).modality == "actual"


def test_a_real_modal_auxiliary_still_counts(nlp: Any, lexicon: Lexicon) -> None:
    from newsledger.extract.events.factuality import factuality

    doc = _doc(nlp, "MD", "could")
    assert factuality(doc[6], lexicon.events).modality != "actual"
