"""The array walks of ``extract/walk.py`` find the same tokens as a loop over every Token would."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest
from spacy.attrs import DEP, LOWER, POS
from spacy.tokens import Doc

from newsledger.extract.walk import (
    among,
    distinct,
    doc_ents,
    doc_tokens,
    indexes_holding,
    kids_of,
    pos_dep_lower,
    tokens_where,
    tokens_with_lemma,
    word_forms,
    word_keys,
)
from newsledger.lexicon.loader import WordLists

TEXT = ("Wants and needs differ. The council wants the port reopened, and the mayors wanted it too. "
        "Officials must decide by Friday; WANTING more time, the envoy asked for a delay. "
        "They should, could and would all agree, said a spokesman, if the talks resume.")


@pytest.fixture(scope="module")
def doc(nlp: Any) -> Doc:
    return nlp(TEXT)


@pytest.mark.parametrize(("pos", "deps", "lowers"), [
    (("VERB",), (), ()),
    (("NOUN", "PROPN"), (), ()),
    ((), ("nsubj", "dobj", "aux"), ()),
    ((), (), ("must", "should", "could", "would")),
    (("VERB",), ("mark",), ("if",)),
    # more values than the per-value comparison handles: the np.isin path
    ((), (*(f"x{i}" for i in range(20)), "nsubj"), (*(f"w{i}" for i in range(20)), "the")),
])
def test_tokens_where_matches_a_plain_loop(doc: Doc, pos: tuple[str, ...], deps: tuple[str, ...],
                                           lowers: tuple[str, ...]) -> None:
    got = [t.i for t in tokens_where(doc, pos, deps, lowers)]
    want = [t.i for t in doc if t.pos_ in pos or t.dep_ in deps or t.lower_ in lowers]
    assert got == want
    assert want  # each case selects something, so an empty result would fail


def test_tokens_where_by_lemma_keeps_every_casing_of_the_lemma(doc: Doc) -> None:
    wanted = {"want", "need"}
    got = [t.i for t in tokens_where(doc, lemmas=wanted) if t.lemma_.lower() in wanted]
    want = [t.i for t in doc if t.lemma_.lower() in wanted]
    assert got == want
    assert len(want) >= 3


def test_tokens_where_on_an_empty_doc(nlp: Any) -> None:
    assert tokens_where(nlp(""), pos=("VERB",), lemmas={"want"}) == []


@pytest.mark.parametrize("lemmas", [
    frozenset({"want", "ask"}),
    # more lemmas than the per-value comparison handles: the binary-search path
    frozenset({*(f"v{i}" for i in range(20)), "want", "decide", "agree", "official"}),
])
def test_tokens_with_lemma_matches_a_plain_loop(doc: Doc, lemmas: frozenset[str]) -> None:
    got = [t.i for t in tokens_with_lemma(doc, lemmas)]
    want = [t.i for t in doc if t.lemma_.lower() in lemmas]
    assert got == want
    assert len(want) >= 3


def test_tokens_with_lemma_on_an_empty_doc_or_set(nlp: Any, doc: Doc) -> None:
    assert tokens_with_lemma(nlp(""), frozenset({"want"})) == []
    assert tokens_with_lemma(doc, frozenset()) == []
    assert tokens_with_lemma(doc, frozenset({"zzz"})) == []


def test_tokens_where_word_sets_kept_between_calls_give_the_same_tokens(doc: Doc) -> None:
    words = frozenset({*(f"w{i}" for i in range(20)), "the", "and"})
    first = [t.i for t in tokens_where(doc, lowers=words)]
    again = [t.i for t in tokens_where(doc, lowers=words)]  # the set's hashes from the first call
    loose = [t.i for t in tokens_where(doc, lowers=(w for w in sorted(words)))]  # an iterator: not kept
    assert first == again == loose == [t.i for t in doc if t.lower_ in words]
    assert first


def test_word_lists_read_as_attributes_and_items() -> None:
    lists = WordLists({"verbs": ["Seize", "take"], "get": ["x"]}, "data/test.yaml")
    assert lists.verbs == frozenset({"seize", "take"}) == lists["verbs"]
    assert lists["get"] == frozenset({"x"})  # a list named like a Mapping method stays reachable as an item
    assert lists.get("verbs") == lists.verbs  # ... and the method keeps working
    with pytest.raises(Exception, match="no word list 'nouns'"):
        _ = lists.nouns


@pytest.mark.parametrize("words", [
    frozenset({"the", "port", "envoy"}),  # a few: one comparison each
    frozenset({*(f"w{i}" for i in range(30)), "council", "talks", "friday"}),  # many: the binary search
    frozenset(),
])
def test_among_answers_what_np_isin_answers(doc: Doc, words: frozenset[str]) -> None:
    lowers = doc.to_array([LOWER]).reshape(len(doc))
    keys = word_keys(words)
    assert list(keys) == sorted(set(keys.tolist()))  # sorted and distinct, as among needs
    want = np.isin(lowers, [doc.vocab.strings.as_int(w) for w in words])
    assert among(lowers, keys).tolist() == want.tolist()
    assert word_keys(words) is keys  # built once per word set


@pytest.mark.parametrize("column", [[5, 3, 5, 9, 3, 3, 1], [7], [], [2**64 - 1, 0, 2**63, 0]])
def test_distinct_answers_what_np_unique_answers(column: list[int]) -> None:
    arr = np.array(column, dtype="uint64")
    got = distinct(arr)
    assert got.dtype == arr.dtype
    assert got.tolist() == np.unique(arr).tolist()


def test_word_forms_are_each_tokens_lower_form_and_lemma_read_once(doc: Doc) -> None:
    lowers, lemmas = word_forms(doc)
    assert lowers == [t.lower_ for t in doc]
    assert lemmas == [t.lemma_.lower() for t in doc]
    assert "wanting" in lowers and "want" in lemmas
    assert word_forms(doc)[0] is lowers  # kept with the document


def test_pos_dep_lower_is_the_array_of_the_document_asked(nlp: Any, doc: Doc) -> None:
    arr = pos_dep_lower(doc)
    assert arr.tolist() == doc.to_array([POS, DEP, LOWER]).reshape(len(doc), 3).tolist()
    assert pos_dep_lower(doc) is arr and not arr.flags.writeable
    other = nlp("The envoy left.")
    assert pos_dep_lower(other).tolist() == other.to_array([POS, DEP, LOWER]).tolist()
    assert pos_dep_lower(doc).tolist() == arr.tolist()  # another document in between: read again, the same


def test_doc_tokens_are_the_documents_tokens_made_once(nlp: Any, doc: Doc) -> None:
    tokens = doc_tokens(doc)
    assert [(t.i, t.text) for t in tokens] == [(t.i, t.text) for t in doc]
    assert doc_tokens(doc) is tokens  # asked again for the same document: the same list
    found = tokens_where(doc, pos=("VERB",))
    assert found and all(tokens[t.i] is t for t in found)  # the walks hand out those Tokens
    other = nlp("Harbour pilots in Quellmouth went on strike.")
    assert [t.text for t in doc_tokens(other)] == [t.text for t in other]
    assert doc_tokens(doc) is not tokens and [t.i for t in doc_tokens(doc)] == [t.i for t in tokens]


def _names(ents: tuple[Any, ...]) -> list[tuple[int, int, str]]:
    return [(e.start, e.end, e.label_) for e in ents]


def test_doc_ents_are_the_names_of_the_document_asked(nlp: Any) -> None:
    first = nlp("Maria Lindqvist met officials from Norway in Bergen on Monday.")
    second = nlp("Tariq Osei flew to Accra, then Lagos, for talks with Ecobank.")
    ents = doc_ents(first)
    assert _names(ents) == _names(first.ents) and doc_ents(first) is ents  # made once for the document
    assert _names(doc_ents(second)) == _names(second.ents) != _names(ents)  # another document: its own names
    assert _names(doc_ents(first)) == _names(first.ents)  # and back again
    # The same document with other names since (a caller set them): read again, not the spans kept.
    first.ents = [first.char_span(0, len("Maria Lindqvist"), label="ORG")]
    assert _names(doc_ents(first)) == _names(first.ents) == [(0, 2, "ORG")]
    # A document of the same length made after the last one is gone (it may take its address): its own names.
    del first
    third = nlp("Maria Lindqvist met officials from Norway in Bergen on Monday.")
    assert _names(doc_ents(third)) == _names(third.ents)


def test_tokens_with_lemma_reads_each_documents_own_lemmas(nlp: Any) -> None:
    words = frozenset({"want", "strike"})
    first = nlp("The pilots want a raise and wanted it last year.")
    second = nlp("Dockers struck on Friday and want to strike again.")
    assert [t.i for t in tokens_with_lemma(first, words)] == [t.i for t in first if t.lemma_.lower() in words]
    assert [t.i for t in tokens_with_lemma(second, words)] == [t.i for t in second if t.lemma_.lower() in words]
    third = nlp("Farmers said the wheat price fell again late this week.")  # as long as the first, nothing wanted
    assert len(third) == len(first) and tokens_with_lemma(third, words) == []
    assert [t.text for t in tokens_with_lemma(first, words)] == ["want", "wanted"]


def test_indexes_holding_match_a_plain_loop(nlp: Any) -> None:
    doc = nlp("MINISTRY OF PORTS\n\nHarbour dues rise.\nThe ministry said so.\n")
    assert indexes_holding(doc, "\n") == [t.i for t in doc if "\n" in t.text]
    assert len(indexes_holding(doc, "\n")) >= 2
    assert indexes_holding(doc, "#") == [] and indexes_holding(nlp(""), "\n") == []


def test_kids_of_are_each_tokens_children_made_once(nlp: Any) -> None:
    first = nlp("The ferry crew, tired and unpaid, refused to sail from Quellmouth until the owners paid them.")
    for tok in first:
        assert [c.i for c in kids_of(tok)] == [c.i for c in tok.children]
    verb = next(t for t in first if t.dep_ == "ROOT")
    assert kids_of(verb) and kids_of(verb) is kids_of(verb)  # the table is made once for the document
    # another document of the same length in between: its own children, then the first's again
    second = nlp("Dockers at Varnholt struck on Friday, and pilots joined them on Saturday "
                 "after the long talks failed.")
    assert len(second) == len(first)
    assert [[c.i for c in kids_of(t)] for t in second] == [[c.i for c in t.children] for t in second]
    assert [[c.i for c in kids_of(t)] for t in first] == [[c.i for c in t.children] for t in first]
    assert kids_of(nlp("Hello")[0]) == []


def test_tokens_with_lemma_kept_answers_grow_with_new_documents(nlp: Any) -> None:
    words = frozenset({*(f"v{i}" for i in range(20)), "strike", "sail", "pay", "refuse"})  # the binary search
    docs = [nlp("The pilots struck and refused to sail."), nlp("Owners paid the crews late, then paid again."),
            nlp("Dockers will strike unless the owners pay."), nlp("The pilots struck and refused to sail.")]
    for doc in docs:  # each document's lemmas not seen before are looked up and kept with the earlier ones
        assert [t.i for t in tokens_with_lemma(doc, words)] == [t.i for t in doc if t.lemma_.lower() in words]
        assert tokens_with_lemma(doc, words)
    assert [t.text for t in tokens_with_lemma(docs[1], words)] == ["paid", "paid"]
    assert [t.text for t in tokens_with_lemma(docs[1], {"pay"})] == ["paid", "paid"]  # a set: looked up each time
