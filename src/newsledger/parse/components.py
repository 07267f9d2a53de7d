"""The spaCy components newsledger adds to a model, registered in this one module.

``newsledger_dateline`` runs before the parser. A wire dateline ("ISLAMABAD,
March 3 (Reuters) -") is not part of the sentence after it, but the parser
reads it as the subject or a modifier of that sentence; marking the first
word after the dash as a sentence start (and the dateline's words as no
sentence start) keeps the two apart, since the parser respects boundaries
set before it runs. The dateline itself is found by
:func:`~newsledger.ingest.dateline.find_dateline`; :func:`dateline_tokens`
gives the extractors the same answer in token positions.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from ..ingest.dateline import Dateline, find_dateline

__all__ = ["DATELINE_COMPONENT", "DatelineTokens", "add_components", "dateline_tokens"]

DATELINE_COMPONENT = "newsledger_dateline"
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


def _token_at(doc: Doc, char: int, limit: int) -> int:
    """Index of the first token starting at or after ``char`` (``limit`` where none does)."""
    for tok in doc[:limit]:
        if tok.idx >= char and not tok.is_space:
            return tok.i
    return limit


def _bounds(doc: Doc, span: tuple[int, int] | None, limit: int) -> tuple[int, int] | None:
    if span is None:
        return None
    start, end = _token_at(doc, span[0], limit), _token_at(doc, span[1], limit)
    return (start, end) if end > start else None


def dateline_tokens(doc: Doc) -> DatelineTokens | None:
    """The dateline of ``doc`` in token positions, or None. Cheap: it reads only the first tokens."""
    limit = min(len(doc), _HEAD_TOKENS)
    if limit == 0:
        return None
    head = doc[:limit].text
    found: Dateline | None = find_dateline(head)
    if found is None:
        return None
    place = _bounds(doc, found.place, limit)
    body = _token_at(doc, found.body, limit)
    if place is None or body >= limit:
        return None
    return DatelineTokens(place[0], body, place, _bounds(doc, found.region, limit), _bounds(doc, found.agency, limit),
                          (doc[place[0]].idx, doc[body].idx))


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


def add_components(nlp: Language) -> Language:
    """Add newsledger's components to a loaded model (once; a model without a parser is left alone)."""
    if "parser" in nlp.pipe_names and DATELINE_COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(DATELINE_COMPONENT, before="parser")
    return nlp
