"""The spaCy components newsledger adds to a model, registered in this one module.

Both run before the parser and only preset sentence starts, which the parser
respects:

``newsledger_paragraphs`` starts a sentence after a blank line, and after a
line break that follows the end of a sentence (the parser otherwise runs a
paragraph's last sentence into the next paragraph's first). In a text whose
paragraphs are single long lines (not wrapped at a fixed width), every line
break starts a sentence: a heading or a letterhead line without a full stop
("MINISTRY OF HEALTH", "Situation report no. 3") is not part of the first
sentence of the body.

``newsledger_dateline``: a wire dateline ("ISLAMABAD, March 3 (Reuters) -")
is not part of the sentence after it, but the parser reads it as the subject
or a modifier of that sentence; the first word after the dash starts a
sentence and the dateline's own words start none. The dateline is found by
:func:`~newsledger.ingest.dateline.find_dateline`; :func:`dateline_tokens`
gives the extractors the same answer in token positions (found once per
document and kept in ``Doc.user_data``).
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

import numpy
from spacy.attrs import IDX, IS_SPACE, ORTH, SENT_START, SPACY
from spacy.language import Language
from spacy.tokens import Doc

from ..ingest.dateline import Dateline, find_dateline

__all__ = ["DATELINE_COMPONENT", "PARAGRAPH_COMPONENT", "DatelineTokens", "add_components", "dateline_tokens"]

DATELINE_COMPONENT = "newsledger_dateline"
PARAGRAPH_COMPONENT = "newsledger_paragraphs"
_HEAD_TOKENS = 250  # enough tokens to cover the characters find_dateline looks at


@dataclass(frozen=True, slots=True)
class DatelineTokens:
    """Token bounds of a dateline: the whole of it, its place, region and agency, and the story's first token.

    ``chars`` are the character offsets of the dateline's first character and of the story's.
    """

    start: int
    body: int
    place: tuple[int, int]
    region: tuple[int, int] | None
    agency: tuple[int, int] | None
    chars: tuple[int, int]

    def holds(self, char: int) -> bool:
        """Character ``char`` lies inside the dateline."""
        return self.chars[0] <= char < self.chars[1]


_DASHES = ("-", "—", "–", "--", "‒", "―")


def _token_at(starts: list[int], space: list[bool], char: int) -> int:
    """Index of the first non-space token starting at or after ``char`` (``len(starts)`` where none does)."""
    i = bisect_left(starts, char)
    while i < len(starts) and space[i]:
        i += 1
    return i


def _bounds(starts: list[int], space: list[bool], span: tuple[int, int] | None) -> tuple[int, int] | None:
    if span is None:
        return None
    start, end = _token_at(starts, space, span[0]), _token_at(starts, space, span[1])
    return (start, end) if end > start else None


_CACHE_KEY = "newsledger.dateline"  # in Doc.user_data: plain integers, so a serialised Doc keeps it


def dateline_tokens(doc: Doc) -> DatelineTokens | None:
    """The dateline of ``doc`` in token positions, or None; found once per document, then kept with it."""
    cached = doc.user_data.get(_CACHE_KEY)
    if cached is not None and len(cached) == 10:
        return _unpack(cached) if cached[0] >= 0 else None
    found = _find(doc)
    doc.user_data[_CACHE_KEY] = _pack(found)
    return found


def _pack(d: DatelineTokens | None) -> tuple[int, ...]:
    if d is None:
        return (-1,) * 10
    return (d.start, d.body, *d.place, *(d.region or (-1, -1)), *(d.agency or (-1, -1)), *d.chars)


def _unpack(v: tuple[int, ...] | list[int]) -> DatelineTokens:
    def pair(a: int, b: int) -> tuple[int, int] | None:
        return (a, b) if a >= 0 else None

    return DatelineTokens(v[0], v[1], (v[2], v[3]), pair(v[4], v[5]), pair(v[6], v[7]), (v[8], v[9]))


def _find(doc: Doc) -> DatelineTokens | None:
    """Cheap: the first tokens come from one attribute array, and only a text with a dash there is searched."""
    limit = min(len(doc), _HEAD_TOKENS)
    if limit == 0:
        return None
    arr = doc.to_array([ORTH, SPACY, IDX, IS_SPACE])[:limit]
    strings = doc.vocab.strings
    orths = arr[:, 0].tolist()
    if not any(strings[o] in _DASHES for o in orths):
        return None
    head = "".join(strings[o] + " " if sp else strings[o] for o, sp in zip(orths, arr[:, 1].tolist(), strict=True))
    found: Dateline | None = find_dateline(head)
    if found is None:
        return None
    starts, space = arr[:, 2].tolist(), arr[:, 3].astype(bool).tolist()
    place = _bounds(starts, space, found.place)
    body = _token_at(starts, space, found.body)
    if place is None or body >= limit:
        return None
    return DatelineTokens(place[0], body, place, _bounds(starts, space, found.region),
                          _bounds(starts, space, found.agency), (starts[place[0]], starts[body]))


@Language.component(DATELINE_COMPONENT)
def mark_dateline(doc: Doc) -> Doc:
    """Sentence boundaries around a dateline, set before the parser runs (see the module docstring)."""
    found = dateline_tokens(doc)
    if found is None:
        return doc
    if found.start > 0:
        doc[found.start].is_sent_start = True
    for i in range(found.start + 1, found.body):
        doc[i].is_sent_start = False
    doc[found.body].is_sent_start = True
    return doc


_FINAL = {".", "!", "?", "”", '"', "’", "'", "…", ":"}
UNWRAPPED_LINE = 160
"""A line at least this long (in characters) shows that the text is not wrapped at a fixed width: its line
breaks end paragraphs and headings, never a line in the middle of a sentence."""


def _unwrapped(text: str) -> bool:
    """Some line of ``text`` is longer than any fixed-width wrapping makes one (:data:`UNWRAPPED_LINE`)."""
    start = 0
    while True:
        end = text.find("\n", start)
        if end < 0:
            return len(text) - start >= UNWRAPPED_LINE
        if end - start >= UNWRAPPED_LINE:
            return True
        start = end + 1


@Language.component(PARAGRAPH_COMPONENT)
def mark_paragraphs(doc: Doc) -> Doc:
    """A sentence starts after a blank line, and after a line break that follows a sentence's end.

    A single line break after any other word is left to the parser where the text may be wrapped at a fixed
    width (which breaks lines inside sentences); in a text of long lines (:func:`_unwrapped`) it starts one.
    """
    n = len(doc)
    if n < 3:
        return doc
    # One attribute array instead of a Token per white-space token and its neighbours; the text of the whole
    # document (rebuilt from every token) is read only where a break after another word needs it.
    arr = doc.to_array([IS_SPACE, ORTH, SENT_START])
    spaces = numpy.flatnonzero(arr[:, 0]).tolist()
    if not spaces:
        return doc
    is_space = arr[:, 0].tolist()
    orths = arr[:, 1].tolist()
    denied = (arr[:, 2].astype(numpy.int64) == -1).tolist()  # a sentence start already ruled out
    strings = doc.vocab.strings
    every_break: bool | None = None
    for k in spaces:
        if k == 0 or k + 1 >= n:
            continue
        text = strings[orths[k]]
        if "\n" not in text:
            continue
        if is_space[k + 1] or denied[k + 1]:
            continue
        blank = "\n\n" in text.replace("\r", "").replace(" ", "").replace("\t", "")
        if not blank and strings[orths[k - 1]] not in _FINAL:
            if every_break is None:
                every_break = _unwrapped(doc.text)
            if not every_break:
                continue
        doc[k + 1].is_sent_start = True
    return doc


def add_components(nlp: Language) -> Language:
    """Add newsledger's components to a loaded model (once; a model without a parser is left alone)."""
    if "parser" not in nlp.pipe_names:
        return nlp
    if PARAGRAPH_COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPH_COMPONENT, before="parser")
    if DATELINE_COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(DATELINE_COMPONENT, before="parser")
    return nlp
