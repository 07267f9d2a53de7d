"""Walks over a parsed document that do not build a Python object for every word.

Iterating a spaCy ``Doc`` creates a ``Token`` per word, which costs more than most rules do with it; the
extractors that only look at some parts of speech, dependencies or words take their candidates from one
pass over the document's attribute array instead (:func:`tokens_where`).
"""

from __future__ import annotations

import weakref
from bisect import bisect_right
from collections.abc import Collection, Iterable
from operator import itemgetter

import numpy as np
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, IDX, LEMMA, LENGTH, LOWER, ORTH, POS, SENT_START, SPACY
from spacy.strings import StringStore
from spacy.tokens import Doc, Span, Token

__all__ = ["among", "distinct", "doc_ents", "doc_text", "doc_tokens", "head_indexes", "in_subtree_of",
           "indexes_holding", "kids_of", "misread_content_clause", "pos_dep_lower", "seed_text", "sentence_at",
           "sentence_bounds", "tokens_where", "tokens_with_lemma", "word_forms", "word_keys"]

_FEW = 4  # values up to which _among compares each instead of a binary search (more cost more than the search)


def tokens_where(doc: Doc, pos: Iterable[str] = (), deps: Iterable[str] = (), lowers: Iterable[str] = (),
                 attrs: np.ndarray | None = None, lemmas: Iterable[str] = ()) -> list[Token]:
    """The tokens of ``doc`` with one of the parts of speech ``pos``, one of the dependency labels ``deps``, one of
    the lower-case forms ``lowers`` or a lemma that is one of ``lemmas`` in lower, title or upper case, in text
    order. ``attrs`` is ``doc.to_array([POS, DEP, LOWER])`` where the caller already has it.

    The lemma test is a pre-filter: a caller that reads ``tok.lemma_.lower()`` keeps its own check (a lemma in
    some other mix of cases is not returned)."""
    if attrs is None:
        attrs = pos_dep_lower(doc)
    strings = doc.vocab.strings
    mask = np.zeros(len(doc), dtype=bool)
    for column, values in ((0, pos), (1, deps), (2, lowers)):
        keys = _keys(strings, values)
        if len(keys):
            mask |= _among(attrs[:, column], keys)
    if lemmas:
        mask |= _among(doc.to_array([LEMMA]).reshape(len(doc)), _keys(strings, lemmas, cased=True))
    tokens = doc_tokens(doc)
    return [tokens[i] for i in np.flatnonzero(mask).tolist()]


_LAST: list[tuple[weakref.ref[Doc], int, np.ndarray]] = []  # pos_dep_lower's array of the last document asked


def pos_dep_lower(doc: Doc) -> np.ndarray:
    """``doc.to_array([POS, DEP, LOWER])`` as rows, read-only: read once per document (the extractors ask for it
    several times, one document after the other) and kept for the last document asked only."""
    if _LAST:
        ref, size, arr = _LAST[0]
        if ref() is doc and size == len(doc):
            return arr
    arr = doc.to_array([POS, DEP, LOWER]).reshape(len(doc), 3)
    arr.flags.writeable = False
    _LAST[:] = [(weakref.ref(doc), len(doc), arr)]
    return arr


_TOKENS: list[tuple[weakref.ref[Doc], int, list[Token]]] = []  # doc_tokens's list of the last document asked


def doc_tokens(doc: Doc) -> list[Token]:
    """Every Token of ``doc``, by index: made once per document (``doc[i]`` makes a new Token on every call, and the
    walks above hand out the same tokens to extractor after extractor, several thousand per document) and kept for
    the last document asked only (its Tokens keep that one document alive until the next is asked). A caller never
    changes the list."""
    if _TOKENS:
        ref, size, tokens = _TOKENS[0]
        if ref() is doc and size == len(doc):
            return tokens
    tokens = list(doc)
    _TOKENS[:] = [(weakref.ref(doc), len(doc), tokens)]
    return tokens


# kids_of's table of the last document asked, with that document and its length. Its Tokens keep the document alive
# anyway, so the document is held as it is: the test on each of the many look-ups is two comparisons.
_kids_doc: Doc | None = None
_kids_size = -1
_kids_table: list[list[Token]] = []
_kids_heads: list[int] = []


def kids_of(tok: Token) -> list[Token]:
    """``list(tok.children)``: the tokens whose head is ``tok``, in text order, from a table of every token's
    children made once per document from the HEAD column (each walk over ``Token.children`` scans the token's
    subtree and makes its Tokens again) and kept for the last document asked only. A caller never changes the
    list."""
    doc = tok.doc
    if doc is _kids_doc and _kids_size == len(doc):
        return _kids_table[tok.i]
    _build_kids(doc)
    return _kids_table[tok.i]


def _build_kids(doc: Doc) -> None:
    """Make :func:`kids_of`'s table and :func:`head_indexes`' list of ``doc`` (one read of the HEAD column)."""
    global _kids_doc, _kids_size, _kids_table, _kids_heads
    tokens = doc_tokens(doc)
    table: list[list[Token]] = [[] for _ in range(len(doc))]
    column = doc.to_array([HEAD]).astype("int64").reshape(len(doc))
    offsets: list[int] = column.tolist() if len(doc) else []
    heads: list[int] = (column + np.arange(len(doc))).tolist() if len(doc) else []
    for i, offset in enumerate(offsets):
        if offset:
            table[i + offset].append(tokens[i])
    _kids_doc, _kids_size, _kids_table, _kids_heads = doc, len(doc), table, heads


def head_indexes(doc: Doc) -> list[int]:
    """Every token's head index, by token index (a root is its own head): ``[t.head.i for t in doc]`` without a Token
    per look, from the table :func:`kids_of` makes once per document, kept for the last document asked only. For
    walks up the tree (``Token.ancestors`` makes a Token per step). A caller never changes the list."""
    if doc is not _kids_doc or _kids_size != len(doc):
        _build_kids(doc)
    return _kids_heads


def in_subtree_of(doc: Doc, i: int, root: int) -> bool:
    """Whether token ``i`` is token ``root`` or one of its dependents, however deep: the walk up ``i``'s heads over
    :func:`head_indexes` (``root == i or root in [a.i for a in doc[i].ancestors]``, no Token made)."""
    heads = head_indexes(doc)
    for _ in range(len(heads) + 1):
        if i == root:
            return True
        up = heads[i]
        if up == i:
            return False
        i = up
    return False


def misread_content_clause(clause: Token) -> Token | None:
    """A that-clause after a noun that the parse hung on the noun as a relative clause, "that" its verb's object
    ("said in a statement that Iceland agreed, at a meeting, to lower the quota"), though the verb has a subject of
    its own and a complement with an object of its own: nothing is left for "that" to stand for, so "that" opens the
    noun's content, as a complementizer, and the clause's verb is a main verb of what was said. A true relative
    clause leaves a gap ("a statement that Iceland issued", "a statement that Iceland wants to publish"). The last
    word of the content (past an infinitive the parse hung on the noun, on its preposition or on the verb of saying:
    "agreed, at the summit, to reopen the border"), else None. The one test for this misparse, for statements (the
    noun's content) and claims (the clause's verb is not a relative one)."""
    if clause.dep_ != "relcl" or clause.i <= clause.head.i:
        return None
    kids = kids_of(clause)
    that = next((c for c in kids if c.dep_ == "dobj" and c.lower_ == "that"), None)
    if that is None or that.i != clause.head.i + 1 or not any(c.dep_ == "nsubj" for c in kids):
        return None
    if any(c.dep_ in ("xcomp", "ccomp") and c.i > clause.i and _with_object(c) for c in kids):
        return clause.right_edge
    doc = clause.doc
    k = clause.right_edge.i + 1
    while k < len(doc) and doc[k].text == ",":
        k += 1
    if k >= len(doc) or doc[k].lower_ != "to" or doc[k].dep_ != "aux":
        return None
    verb, noun = doc[k].head, clause.head
    holders = {noun.i, noun.head.i, noun.head.head.i}  # the noun, its "in", the verb of saying
    return verb.right_edge if verb.head.i in holders and _with_object(verb) else None


def _with_object(verb: Token) -> bool:
    return any(g.dep_ == "dobj" for g in kids_of(verb))


_ENTS: list[tuple[weakref.ref[Doc], bytes, tuple[Span, ...]]] = []  # doc_ents's spans of the last document asked


def doc_ents(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents``, made once per document (each read of ``Doc.ents`` makes a new Span of every name, and the
    actors and times stages read them several times per document) and kept for the last document asked only,
    with the names' bounds and labels they were made from (one array read, no Span): a document whose names
    changed since is read again. A caller never changes the spans."""
    names = doc.to_array([ENT_IOB, ENT_TYPE]).tobytes()
    if _ENTS:
        ref, seen, ents = _ENTS[0]
        if ref() is doc and seen == names:
            return ents
    ents = tuple(doc.ents)
    _ENTS[:] = [(weakref.ref(doc), names, ents)]
    return ents


def indexes_holding(doc: Doc, part: str) -> list[int]:
    """The indexes of the tokens whose text holds ``part``, in text order: exactly ``[t.i for t in doc if part in
    t.text]``, from the places ``part`` stands in :func:`doc_text` (found by ``str.find``, overlapping places too),
    each looked up among the tokens' offsets, instead of a Token, or a look at each distinct word, for every word."""
    if not len(doc):
        return []
    if not part:
        return list(range(len(doc)))
    text = doc_text(doc)
    places: list[int] = []
    at = text.find(part)
    while at >= 0:
        places.append(at)
        at = text.find(part, at + 1)  # the next place may overlap this one ("aa" in "aaa")
    if not places:
        return []
    firsts, ends = _offsets(doc)
    tok = np.searchsorted(firsts, places, side="right") - 1  # the token starting at or before each place
    inside = (tok >= 0) & (np.asarray(places) + len(part) <= ends[np.maximum(tok, 0)])  # not in the space after it
    found: list[int] = distinct(tok[inside]).tolist()
    return found


_OFFSETS: list[tuple[weakref.ref[Doc], int, np.ndarray, np.ndarray]] = []  # _offsets' arrays of the last document


def _offsets(doc: Doc) -> tuple[np.ndarray, np.ndarray]:
    """Each token's first character and the character after its last (int64), read-only: read once per document
    and kept for the last document asked only, like :func:`pos_dep_lower`."""
    if _OFFSETS:
        ref, size, firsts, ends = _OFFSETS[0]
        if ref() is doc and size == len(doc):
            return firsts, ends
    arr = doc.to_array([IDX, LENGTH]).astype("int64").reshape(len(doc), 2)
    firsts, ends = arr[:, 0].copy(), arr[:, 0] + arr[:, 1]
    firsts.flags.writeable = False
    ends.flags.writeable = False
    _OFFSETS[:] = [(weakref.ref(doc), len(doc), firsts, ends)]
    return firsts, ends


def tokens_with_lemma(doc: Doc, lemmas: Collection[str]) -> list[Token]:
    """The tokens whose lemma, lower-cased, is one of ``lemmas``, in text order: exactly the tokens a loop over the
    document testing ``tok.lemma_.lower() in lemmas`` keeps, from one look at each distinct lemma of the document
    instead of a Token for every word."""
    if not len(doc) or not lemmas:
        return []
    column, seen = _lemma_column(doc)
    keep = _lemmas_in(doc.vocab.strings, seen, lemmas)
    if not len(keep):
        return []
    tokens = doc_tokens(doc)
    return [tokens[i] for i in np.flatnonzero(_among(column, keep)).tolist()]


_LEMMAS: list[tuple[weakref.ref[Doc], int, np.ndarray, np.ndarray]] = []  # _lemma_column's of the last document


def _lemma_column(doc: Doc) -> tuple[np.ndarray, np.ndarray]:
    """``doc``'s LEMMA column and its distinct values (sorted), read-only: read once per document (the actors,
    statements and events ask :func:`tokens_with_lemma` one after the other) and kept for the last document asked
    only, like :func:`pos_dep_lower`."""
    if _LEMMAS:
        ref, size, column, seen = _LEMMAS[0]
        if ref() is doc and size == len(doc):
            return column, seen
    column = doc.to_array([LEMMA]).reshape(len(doc))
    seen = distinct(column)
    column.flags.writeable = False
    seen.flags.writeable = False
    _LEMMAS[:] = [(weakref.ref(doc), len(doc), column, seen)]
    return column, seen


_EMPTY = np.zeros(0, dtype="uint64")
_LEMMA_MEMO: dict[frozenset[str], tuple[np.ndarray, np.ndarray]] = {}
_MEMO_WORDS = 1 << 16  # lemma hashes a memo of _lemmas_in keeps (emptied when full)


def _lemmas_in(strings: StringStore, seen: np.ndarray, lemmas: Collection[str]) -> np.ndarray:
    """Those of the sorted distinct lemma hashes ``seen`` whose lemma, lower-cased, is one of ``lemmas``. For a
    frozenset (the lexicon's word sets come back for every document; a hash does not depend on the document) the
    answers are kept across documents as two sorted arrays, the hashes looked at and those found in, so that only
    the lemmas not seen before are looked up; any other collection is looked up lemma by lemma."""
    if not isinstance(lemmas, frozenset):
        return seen[[strings[h].lower() in lemmas for h in seen.tolist()]]
    looked, found = _LEMMA_MEMO.get(lemmas, (_EMPTY, _EMPTY))
    new = seen[~_among(seen, looked)] if len(looked) else seen
    if len(new):
        hits = new[[strings[h].lower() in lemmas for h in new.tolist()]]
        if len(looked) + len(new) > _MEMO_WORDS:
            looked, found = new, hits  # full: start again from this document's lemmas
        else:
            looked, found = _merged(looked, new), _merged(found, hits)
        if lemmas not in _LEMMA_MEMO and len(_LEMMA_MEMO) >= _KEPT:
            _LEMMA_MEMO.clear()
        _LEMMA_MEMO[lemmas] = (looked, found)
    keep: np.ndarray = seen[_among(seen, found)]
    return keep


def _merged(ordered: np.ndarray, more: np.ndarray) -> np.ndarray:
    """``np.union1d`` of two sorted arrays with no value in common, by one stable sort of the two end to end (a merge
    of two runs; np.union1d sorts them afresh and looks for repeats)."""
    joined: np.ndarray = np.sort(np.concatenate((ordered, more)), kind="stable")
    return joined


_STRINGS = StringStore()  # for word_keys: a hash does not depend on the store

_KEYS: dict[tuple[bool, tuple[str, ...] | frozenset[str]], np.ndarray] = {}
_KEPT = 512  # word sets whose hashes _keys keeps (emptied when full)


def _keys(strings: StringStore, values: Iterable[str], cased: bool = False) -> np.ndarray:
    """The string hashes of ``values`` (with each word's capitalised, title and upper case where ``cased``),
    sorted; built once per word set where ``values`` is a tuple or a frozenset (the sets of the lexicon and the
    extractors come back for every document). A hash does not depend on the document's string store."""
    key = (cased, values) if isinstance(values, tuple | frozenset) else None
    found = _KEYS.get(key) if key is not None else None
    if found is not None:
        return found
    words = set(values)
    if cased:
        words = {f for w in words for f in (w, w.capitalize(), w.title(), w.upper())}
    found = np.array(sorted({strings.as_int(w) for w in words}), dtype="uint64")
    if key is not None:
        if len(_KEYS) >= _KEPT:
            _KEYS.clear()
        _KEYS[key] = found
    return found


def word_keys(words: tuple[str, ...] | frozenset[str]) -> np.ndarray:
    """The string hashes of ``words``, sorted and distinct (uint64): what :func:`among` takes; built once per
    word set."""
    return _keys(_STRINGS, words)


def distinct(column: np.ndarray) -> np.ndarray:
    """The distinct values of ``column``, sorted: what ``np.unique`` answers, by one sort (np.unique hashes
    instead, which costs several times more on a document-sized column)."""
    ordered = np.sort(column)
    if len(ordered) < 2:
        return ordered
    keep = np.empty(len(ordered), dtype=bool)
    keep[0] = True
    np.not_equal(ordered[1:], ordered[:-1], out=keep[1:])
    found: np.ndarray = ordered[keep]
    return found


def among(column: np.ndarray, keys: np.ndarray) -> np.ndarray:
    """Which entries of the uint64 attribute column ``column`` are one of the sorted distinct ``keys``: what
    ``np.isin`` answers, without sorting both arrays on every call."""
    return _among(column, keys)


def _among(column: np.ndarray, keys: np.ndarray) -> np.ndarray:
    """Which entries of ``column`` are one of the sorted ``keys``: a comparison each for a few, else a binary
    search each (np.isin sorts both arrays on every call, which costs more on a document-sized column)."""
    if len(keys) > _FEW:
        at = keys.searchsorted(column)
        np.minimum(at, len(keys) - 1, out=at)
        found: np.ndarray = keys.take(at) == column
        return found
    mask = np.zeros(len(column), dtype=bool)
    for h in keys.tolist():
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


_FORMS = "newsledger.forms"


def word_forms(doc: Doc) -> tuple[list[str], list[str]]:
    """Every token's lower-case form and lower-cased lemma, by token index: built once per document from the
    attribute array (one string look-up per distinct word, no Token per word) and kept in ``doc.user_data``.
    Shared by the extractors that read them: a caller never changes the lists."""
    found = doc.user_data.get(_FORMS)
    if isinstance(found, tuple) and len(found[0]) == len(doc):
        return found
    strings = doc.vocab.strings
    if len(_WORDS) > _MEMO_WORDS:
        _WORDS.clear()
        _LOWERED.clear()
    if len(doc):
        codes = doc.to_array([LOWER, LEMMA]).reshape(len(doc), 2)
        # One string per distinct word, spread over the tokens by one array gather (no Python int per token's hash)
        lower_seen = distinct(codes[:, 0])
        lemma_seen = distinct(codes[:, 1])
        lower_of = np.array([_WORDS.get(h) or _word(strings, h) for h in lower_seen.tolist()], dtype=object)
        lemma_of = np.array([_LOWERED.get(h) or _lowered(strings, h) for h in lemma_seen.tolist()], dtype=object)
        forms: tuple[list[str], list[str]] = (lower_of[lower_seen.searchsorted(codes[:, 0])].tolist(),
                                              lemma_of[lemma_seen.searchsorted(codes[:, 1])].tolist())
    else:
        forms = ([], [])
    doc.user_data[_FORMS] = forms
    return forms


_WORDS: dict[int, str] = {}  # the string of each hash word_forms has read (a hash does not depend on the document)
_LOWERED: dict[int, str] = {}  # and its lower case, for the lemmas


def _word(strings: StringStore, h: int) -> str:
    word = _WORDS[h] = strings[h]
    return word


def _lowered(strings: StringStore, h: int) -> str:
    word = _LOWERED[h] = strings[h].lower()
    return word


def seed_text(doc: Doc, text: str) -> None:
    """Record ``text``, the string ``doc`` was parsed from, as its :func:`doc_text` (same characters: the
    tokenizer keeps every one); ignored when its length says otherwise."""
    if len(doc) == 0 or doc[-1].idx + len(doc[-1].text_with_ws) == len(text):
        doc.user_data[_TEXT] = text


def sentence_bounds(doc: Doc) -> list[tuple[int, int, int, int]]:
    """(first token, token after the last, first character, character after the last) of each sentence of
    ``doc.sents``, in text order, from the SENT_START and offset columns: no Span, and no Token, per sentence (each
    walk over ``Doc.sents`` makes a Span of every sentence). Made once per document (the statements stage walks the
    sentences several times) and kept for the last document asked only; a caller never changes the list."""
    if _SENTS:
        ref, size, found = _SENTS[0]
        if ref() is doc and size == len(doc):
            return found
    if "sents" in doc.user_hooks or not doc.has_annotation("SENT_START") or not len(doc):
        found = [(s.start, s.end, s.start_char, s.end_char) for s in doc.sents]
    else:
        arr = doc.to_array([SENT_START, IDX, LENGTH]).reshape(len(doc), 3)
        firsts = np.flatnonzero(arr[:, 0] == 1)
        firsts = np.concatenate(([0], firsts[firsts > 0]))  # the first token opens a sentence, whatever its flag
        lasts = np.append(firsts[1:], len(doc)) - 1
        # (only the bounds' offsets read into Python: a list of every token's costs more than Doc.sents)
        found = list(zip(firsts.tolist(), (lasts + 1).tolist(), arr[firsts, 1].tolist(),
                         (arr[lasts, 1] + arr[lasts, 2]).tolist(), strict=True))
    _SENTS[:] = [(weakref.ref(doc), len(doc), found)]
    return found


_SENTS: list[tuple[weakref.ref[Doc], int, list[tuple[int, int, int, int]]]] = []  # sentence_bounds' last document


def sentence_at(tok: Token) -> tuple[int, int, int, int]:
    """``tok.sent``'s first token, the token after its last, its first character and the character after its last,
    from :func:`sentence_bounds` (``Token.sent`` looks at the document's annotation, walks the sentence's flags both
    ways and makes a Span on every call). A document with hooks of its own asks ``tok.sent``."""
    doc = tok.doc
    if doc.user_hooks or doc.user_span_hooks or doc.user_token_hooks:
        sent = tok.sent
        return sent.start, sent.end, sent.start_char, sent.end_char
    bounds = sentence_bounds(doc)
    return bounds[bisect_right(bounds, tok.i, key=itemgetter(0)) - 1]
