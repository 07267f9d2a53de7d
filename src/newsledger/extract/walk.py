"""Walks over a parsed document that do not build a Python object for every word.

Iterating a spaCy ``Doc`` creates a ``Token`` per word, which costs more than most rules do with it; the
extractors that only look at some parts of speech, dependencies or words take their candidates from one
pass over the document's attribute array instead (:func:`tokens_where`).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable

import numpy as np
from spacy.attrs import DEP, LEMMA, LOWER, ORTH, POS, SPACY
from spacy.tokens import Doc, Token

__all__ = ["doc_text", "seed_text", "tokens_where", "tokens_with_lemma"]

_FEW = 12  # values up to which tokens_where compares each instead of calling np.isin


def tokens_where(doc: Doc, pos: Iterable[str] = (), deps: Iterable[str] = (), lowers: Iterable[str] = (),
                 attrs: np.ndarray | None = None, lemmas: Iterable[str] = ()) -> list[Token]:
    """The tokens of ``doc`` with one of the parts of speech ``pos``, one of the dependency labels ``deps``, one of
    the lower-case forms ``lowers`` or a lemma that is one of ``lemmas`` in lower, title or upper case, in text
    order. ``attrs`` is ``doc.to_array([POS, DEP, LOWER])`` where the caller already has it.

    The lemma test is a pre-filter: a caller that reads ``tok.lemma_.lower()`` keeps its own check (a lemma in
    some other mix of cases is not returned)."""
    if attrs is None:
        attrs = doc.to_array([POS, DEP, LOWER]).reshape(len(doc), 3)
    strings = doc.vocab.strings
    mask = np.zeros(len(doc), dtype=bool)
    for column, values in ((0, tuple(pos)), (1, tuple(deps)), (2, tuple(lowers))):
        if values:
            mask |= _among(attrs[:, column], [strings.as_int(v) for v in values])
    if lemmas:
        forms = {f for w in lemmas for f in (w, w.capitalize(), w.title(), w.upper())}
        mask |= _among(doc.to_array([LEMMA]).reshape(len(doc)), [strings.as_int(f) for f in forms])
    return [doc[i] for i in np.flatnonzero(mask).tolist()]


def tokens_with_lemma(doc: Doc, lemmas: Collection[str]) -> list[Token]:
    """The tokens whose lemma, lower-cased, is one of ``lemmas``, in text order: exactly the tokens a loop over the
    document testing ``tok.lemma_.lower() in lemmas`` keeps, from one look at each distinct lemma of the document
    instead of a Token for every word."""
    if not len(doc) or not lemmas:
        return []
    column = doc.to_array([LEMMA]).reshape(len(doc))
    strings = doc.vocab.strings
    keep = [h for h in np.unique(column).tolist() if strings[h].lower() in lemmas]
    if not keep:
        return []
    return [doc[i] for i in np.flatnonzero(_among(column, keep)).tolist()]


def _among(column: np.ndarray, hashes: list[int]) -> np.ndarray:
    """Which entries of ``column`` are one of ``hashes``: a comparison each for a few (np.isin sorts both arrays
    on every call, which costs more on a document-sized column)."""
    if len(hashes) > _FEW:
        return np.isin(column, hashes)
    mask = np.zeros(len(column), dtype=bool)
    for h in hashes:
        mask |= column == h
    return mask


_TEXT = "newsledger.text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per document from the attribute array (``Doc.text`` makes a Token of every
    word on each call) and kept in ``doc.user_data``."""
    text = doc.user_data.get(_TEXT)
    if isinstance(text, str):
        return text
    arr = doc.to_array([ORTH, SPACY])
    strings = doc.vocab.strings
    text = "".join([strings[o] + " " if sp else strings[o] for o, sp in arr.tolist()])
    doc.user_data[_TEXT] = text
    return text


def seed_text(doc: Doc, text: str) -> None:
    """Record ``text``, the string ``doc`` was parsed from, as its :func:`doc_text` (same characters: the
    tokenizer keeps every one); ignored when its length says otherwise."""
    if len(doc) == 0 or doc[-1].idx + len(doc[-1].text_with_ws) == len(text):
        doc.user_data[_TEXT] = text
