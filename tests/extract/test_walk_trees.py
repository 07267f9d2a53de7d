"""The tree and sentence walks of ``extract/walk.py`` (stop 40) answer what spaCy's Token and Doc attributes answer,
and the events stage's pre-filters turn away only words that can carry no trigger."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.tokens import Doc

from newsledger.extract.events import triggers
from newsledger.extract.events.candidates import noun_candidate, verb_candidate
from newsledger.extract.statements.context import in_subtree
from newsledger.extract.walk import (
    head_indexes,
    in_subtree_of,
    sentence_bounds,
    word_forms,
)
from newsledger.lexicon import Lexicon

TEXT = ("The harbour board of Valmora said on Tuesday that the ferries, which the union had halted in March, would "
        "sail again once the drivers' pay talks with the operator resumed.\n"
        "Two lorries were seized by customs officers near the bridge, a spokeswoman for the agency told reporters.\n"
        "In the operator's version, nobody was stopped. Talks on a sit-in ended; the strikers' demands were rejected.")


@pytest.fixture(scope="module")
def doc(nlp: Any) -> Doc:
    return nlp(TEXT)


def test_head_indexes_are_each_tokens_head(nlp: Any, doc: Doc) -> None:
    assert head_indexes(doc) == [t.head.i for t in doc]
    other = nlp("Rain closed the mountain road for a week.")
    assert head_indexes(other) == [t.head.i for t in other]  # another document is read afresh
    assert head_indexes(doc) == [t.head.i for t in doc]


def test_in_subtree_of_is_the_walk_up_the_ancestors(doc: Doc) -> None:
    for tok in doc:
        for root in doc:
            want = root.i == tok.i or any(a.i == root.i for a in tok.ancestors)
            assert in_subtree_of(doc, tok.i, root.i) == want, (tok.i, root.i)


def test_in_subtree_keeps_its_answers(doc: Doc) -> None:
    for tok in doc:
        for root in doc:
            want = root.left_edge.i <= tok.i <= root.right_edge.i and any(
                a.i == root.i for a in [tok, *tok.ancestors])
            assert in_subtree(tok, root) == want


def test_sentence_bounds_are_the_sentences(nlp: Any, doc: Doc) -> None:
    assert sentence_bounds(doc) == [(s.start, s.end, s.start_char, s.end_char) for s in doc.sents]
    assert len(sentence_bounds(doc)) >= 4
    assert sentence_bounds(nlp("")) == []
    one = nlp("Hello")
    assert sentence_bounds(one) == [(0, 1, 0, 5)]


def test_noun_and_verb_filters_turn_away_no_candidate(doc: Doc, lexicon: Lexicon) -> None:
    lex = lexicon.events
    lowers, lemmas = word_forms(doc)
    nouns = verbs = 0
    for tok in doc:
        if tok.pos_ == "NOUN" and noun_candidate(tok, lex) is not None:
            nouns += 1
            assert triggers.may_trigger_noun(tok.i, lowers, lemmas, lex), tok.text
        if tok.pos_ == "VERB" and triggers.verb_trigger(tok, lex) is not None:
            verbs += 1
            assert triggers.may_trigger_verb(lemmas[tok.i], lex), tok.text
            assert verb_candidate(tok, lex) is None or triggers.may_trigger_verb(lemmas[tok.i], lex)
    assert nouns and verbs  # the text has events of both kinds
    assert not any(triggers.may_trigger_noun(t.i, lowers, lemmas, lex) for t in doc if t.lower_ in ("harbour", "week"))


def test_hyphenated_noun_passes_the_filter_by_its_joined_form(nlp: Any, lexicon: Lexicon) -> None:
    lex = lexicon.events
    assert "cut-off" in lex.lists.nominal_forms  # (the lexicon's one hyphenated nominal form)
    doc = nlp("The cut-off of fuel supplies to the island angered residents.")
    lowers, lemmas = word_forms(doc)
    at = next(t.i for t in doc if t.lower_ == "off")
    assert lowers[at - 1] == "-"
    assert triggers.may_trigger_noun(at, lowers, lemmas, lex)
    assert not triggers.may_trigger_noun(lowers.index("fuel"), lowers, lemmas, lex)


def test_is_passive_kept_per_document_answers_as_computed(nlp: Any, doc: Doc) -> None:
    triggers.forget_passives()
    verbs = [t for t in doc if t.pos_ in ("VERB", "AUX")]
    first = [triggers.is_passive(t) for t in verbs]
    assert first == [triggers._is_passive(t) for t in verbs]
    assert any(first) and not all(first)  # "were seized", "was stopped", "were rejected"
    assert [triggers.is_passive(t) for t in verbs] == first  # kept answers are the same
    other = nlp("The bridge was closed by the police. The police closed the bridge.")
    assert [triggers.is_passive(t) for t in other if t.pos_ == "VERB"] == [True, False]
    assert [triggers.is_passive(t) for t in verbs] == first  # back on the first document: asked afresh
