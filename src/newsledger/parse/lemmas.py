"""The model's rule lemmatizer, asked once per distinct word form instead of once per token: the same lemmas.

spaCy's rule ``lemmatizer`` walks every token of a document in Python: it makes a ``Token``, reads its part of
speech and morphology, looks its lemma up and sets it through the string store, which costs about a thirtieth of
the whole parse of the small English model, although most of its answers come from its own cache. Its answer for
a token depends on the token's word (ORTH), part of speech (POS) and morphology (MORPH) alone (its cache is keyed
by the three; the paths it does not cache, white space and base forms, read nothing else), so
:class:`TableLemmatizer` reads those columns for the whole document, asks the stock lemmatizer once for each
combination it has not seen yet (with a token that has it) and writes every lemma back with one
``Doc.from_array``. Tokens that already have a lemma (from the attribute ruler) keep it, as the stock component
leaves them when it does not overwrite. A lemmatizer of any other kind or mode keeps its own component.

``tests/parse/test_lemmas.py`` checks that both give the same lemmas on real and hostile text.
"""

from __future__ import annotations

from typing import Any

import numpy
from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.errors import Errors
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc

__all__ = ["LEMMATIZER_COMPONENT", "TableLemmatizer", "use_table_lemmatizer"]

LEMMATIZER_COMPONENT = "lemmatizer"  # the component keeps the stock lemmatizer's name and place
_KNOWN = (Lemmatizer, EnglishLemmatizer)  # classes whose rule lemmas depend on ORTH, POS and MORPH alone
_MEMO_LIMIT = 500_000  # word forms remembered before the memo starts again


class TableLemmatizer:
    """The stock rule lemmatizer asked once per (word, part of speech, morphology): call it as spaCy calls a
    component."""

    def __init__(self, stock: Any = None) -> None:
        self.stock = stock
        self.memo: dict[tuple[int, int, int], int] = {}  # (ORTH, POS, MORPH) -> lemma hash

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        stock = self.stock
        if n == 0 or stock is None:
            return doc
        if not stock._validated:
            stock._validate_tables(Errors.E1004)
        arr = doc.to_array([ORTH, POS, MORPH, LEMMA])
        todo = numpy.flatnonzero(arr[:, 3] == 0)  # a lemma already set (by the attribute ruler) stays
        if todo.size == 0:
            return doc
        memo = self.memo
        if len(memo) > _MEMO_LIMIT:
            memo.clear()
        strings = doc.vocab.strings
        lemmas: Any = arr[:, 3:4].copy()
        for i, (orth, pos, morph) in zip(todo.tolist(), arr[todo, :3].tolist(), strict=True):
            key = (orth, pos, morph)
            found = memo.get(key)
            if found is None:
                found = memo[key] = strings.add(stock.lemmatize(doc[i])[0])
            lemmas[i, 0] = found
        doc.from_array([LEMMA], lemmas)
        return doc


def use_table_lemmatizer(nlp: Language) -> bool:
    """Replace the model's rule ``lemmatizer`` by a :class:`TableLemmatizer` that asks it once per word form."""
    if LEMMATIZER_COMPONENT not in nlp.pipe_names:
        return False
    stock: Any = nlp.get_pipe(LEMMATIZER_COMPONENT)
    if isinstance(stock, TableLemmatizer):
        return True
    if type(stock) not in _KNOWN or stock.mode != "rule" or stock.overwrite \
            or stock.lemmatize.__func__ is not Lemmatizer.rule_lemmatize:
        return False
    nlp.replace_pipe(LEMMATIZER_COMPONENT, TABLE_LEMMATIZER_FACTORY)
    replacement = nlp.get_pipe(LEMMATIZER_COMPONENT)
    assert isinstance(replacement, TableLemmatizer)
    replacement.stock = stock
    return True


TABLE_LEMMATIZER_FACTORY = "newsledger_table_lemmatizer"


def _make_table_lemmatizer(nlp: Language, name: str) -> TableLemmatizer:
    """An empty table lemmatizer; :func:`use_table_lemmatizer` gives it the stock lemmatizer."""
    return TableLemmatizer()


# spaCy validates a factory's arguments from its annotations, which this module's postponed annotations
# leave as strings: hand it the objects.
_make_table_lemmatizer.__annotations__ = {"nlp": Language, "name": str, "return": TableLemmatizer}
Language.factory(TABLE_LEMMATIZER_FACTORY, func=_make_table_lemmatizer)
