"""The context of one document's statements: quote marks, cue candidates, and the clause around a quote.

:class:`QuoteContext` builds the per-document look-ups once (quote spans and
their tokens, cue candidates from one array pass, time and speaker indexes,
the word sets of the lexicon). The frames are the words a quote's cue is
looked for in: after its closing mark and before its opening mark, up to the
sentence end or another quote. Cue and subject finding is
:mod:`~newsledger.extract.statements.cues`.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass

import numpy
from spacy.attrs import LEMMA, LOWER, POS
from spacy.strings import hash_string  # type: ignore[attr-defined]
from spacy.symbols import ADJ, AUX, NOUN, VERB
from spacy.tokens import Doc, Token

from ...lexicon import Lexicon
from ...lexicon.cues import Cues
from ...models import Entity, TimeExpr
from ..walk import among, doc_text, in_subtree_of, word_keys
from .marks import QuoteSpan, quote_spans
from .speakers import SpeakerIndex
from .words import document_verb, statement_words, telling_object

__all__ = ["QuoteContext", "after_frame", "before_frame", "in_subtree", "is_verb"]

_FINAL = {".", "!", "?"}
_FRAME_LIMIT = 40  # tokens a frame reaches from a quote mark



@dataclass(frozen=True)
class _CueKeys:
    verb_lemmas: numpy.ndarray
    noun_lemmas: numpy.ndarray
    adj_lemmas: numpy.ndarray
    phrases: tuple[tuple[int, int], ...]  # hashes of the first two words of each source phrase
    verb_pos: numpy.ndarray
    noun_pos: int
    adj_pos: int


@functools.cache
def _cue_keys(cues: Cues) -> _CueKeys:
    """String hashes of the lexicon, for array look-ups (spaCy's hashes do not depend on the vocab)."""
    def hashes(words: Iterable[str]) -> numpy.ndarray:
        return numpy.array(sorted({hash_string(w) for w in words}), dtype="uint64")

    return _CueKeys(
        verb_lemmas=hashes(cues.speech_verbs | cues.characterising_verbs | cues.xcomp_verbs | cues.object_verbs),
        noun_lemmas=hashes(cues.speech_nouns | cues.lists.proposal_nouns),  # and "floated the idea of ..."
        adj_lemmas=hashes(cues.stance_adjectives),
        phrases=tuple((hash_string(p[0]), hash_string(p[1] if len(p) > 1 else "")) for p in cues.source_phrases),
        verb_pos=numpy.array([VERB, AUX], dtype="uint64"),
        noun_pos=int(NOUN),
        adj_pos=int(ADJ),
    )


class QuoteContext:
    """Per-document look-ups, each built once."""

    def __init__(self, doc: Doc, entities: tuple[Entity, ...], times: tuple[TimeExpr, ...],
                 lexicon: Lexicon) -> None:
        self.doc = doc
        self.text = doc_text(doc)  # Doc.text joins every token on each call: read once per document
        self.cues = lexicon.cues
        self.words = statement_words(lexicon)
        self.body_heads = lexicon.actors.lists["name_body_heads"]  # "Board", "Authority": a body's name ends in one
        self.quotes: list[QuoteSpan] = []
        self.quoted = bytearray(len(doc) + 1)
        self.quote_tokens: list[tuple[int, int, int, int]] = []  # open mark, first, last+1 content, close mark
        for q in quote_spans(self.text, self.words.elisions):
            bounds = self._token_bounds(q)
            if bounds is None:
                continue
            self.quotes.append(q)
            self.quote_tokens.append(bounds)
            o, _, _, c = bounds
            self.quoted[o:c + 1] = b"\x01" * (c + 1 - o)
        self.time_at: dict[int, str] = {}
        for t in times:
            span = doc.char_span(t.span.start, t.span.end, alignment_mode="expand")
            if span is not None:
                for i in range(span.start, span.end):  # no Token per word
                    self.time_at.setdefault(i, t.id)
        self.speakers = SpeakerIndex(doc, entities, self.quoted, self.words)
        # Candidate cue tokens, found with one array pass instead of a Python loop over every token.
        arr = doc.to_array([LEMMA, LOWER, POS]) if len(doc) else numpy.zeros((0, 3), dtype="uint64")
        keys = _cue_keys(self.cues)
        verbal = among(arr[:, 2], keys.verb_pos)
        lower = arr[:, 1]
        phrase_start = numpy.zeros(len(doc), dtype=bool)
        for first, second in keys.phrases:
            phrase_start[:-1] |= (lower[:-1] == first) & (lower[1:] == second)
        hits = (among(arr[:, 0], keys.verb_lemmas) & verbal) | phrase_start | \
            (among(arr[:, 0], keys.noun_lemmas) & (arr[:, 2] == keys.noun_pos)) | \
            (among(arr[:, 0], keys.adj_lemmas) & (arr[:, 2] == keys.adj_pos))
        # "by the ministry's count": "by" with a count noun of ``reckoning_nouns`` owned by someone
        counts = among(arr[:, 0], word_keys(self.cues.lists.reckoning_nouns))
        for i in numpy.flatnonzero(counts).tolist():
            if doc[i].dep_ != "pobj" or not any(c.dep_ == "poss" for c in doc[i].children):
                continue
            up = doc[i].head
            for _ in range(3):  # "by X's count", "by the Congress of Trade Unions' count"
                if up.lower_ == "by" and up.dep_ == "prep":
                    hits[up.i] = True
                    break
                up = up.head
        # "the note goes on": a document verb with its particle (``document_verbs`` written with a space)
        phrasal = frozenset(w for w in self.words.document_verbs if " " in w)
        firsts = among(arr[:, 0], word_keys(frozenset(w.split()[0] for w in phrasal))) & verbal if phrasal else None
        for i in numpy.flatnonzero(firsts).tolist() if firsts is not None else ():
            if document_verb(doc[i], phrasal):
                hits[i] = True
        # "figures which speak of 300 dead": a verb with its particle whose object is what was said
        telling = self.words.telling_particles
        firsts = among(arr[:, 0], word_keys(frozenset(w.split()[0] for w in telling))) & verbal if telling else None
        for i in numpy.flatnonzero(firsts).tolist() if firsts is not None else ():
            if telling_object(doc[i], telling) is not None:
                hits[i] = True
        self.candidates: list[int] = [int(i) for i in numpy.flatnonzero(hits) if not self.quoted[int(i)]]
        self.cue_set = set(self.candidates)

    def _token_bounds(self, q: QuoteSpan) -> tuple[int, int, int, int] | None:
        doc = self.doc
        outer = doc.char_span(q.open, q.close + 1, alignment_mode="expand")
        inner = doc.char_span(q.start, q.end, alignment_mode="expand")
        if outer is None or inner is None or len(inner) == 0 or len(outer) == 0:
            return None  # marks inside one token: nothing to attribute
        return outer.start, inner.start, inner.end, outer.end - 1



def is_verb(tok: Token) -> bool:
    """A verb or auxiliary by its part of speech or its fine-grained tag (the two disagree on some parses)."""
    return tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB")



# ---------------------------------------------------------------- frames around a quote

def after_frame(ctx: QuoteContext, close: int) -> list[Token]:
    """The tokens after a closing mark, up to the sentence end, a line break or another quote.

    A line break right after the mark does not end the frame when the next line opens in lower case on a cue
    (a text broken into lines mid-sentence: "… .”\nsaid the minister ."): that line is the quote's attribution.
    """
    doc = ctx.doc
    out: list[Token] = []
    for i in range(close + 1, min(len(doc), close + 1 + _FRAME_LIMIT)):
        t = doc[i]
        if "\n" in t.text and not out and t.is_space and _cue_opens_line(ctx, i + 1):
            continue
        if ctx.quoted[i] or "\n" in t.text or t.text in _FINAL:
            break
        out.append(t)
    return out


def _cue_opens_line(ctx: QuoteContext, i: int) -> bool:
    """Whether the token at ``i`` opens its line in lower case and is a cue candidate ("said the minister")."""
    doc = ctx.doc
    return i < len(doc) and doc[i].is_lower and doc[i].is_alpha and i in ctx.cue_set and not ctx.quoted[i]


def before_frame(ctx: QuoteContext, open_: int) -> list[Token]:
    """The tokens before an opening mark, back to the previous sentence end, line break or quote, in text order."""
    doc, out = ctx.doc, []
    for i in range(open_ - 1, max(-1, open_ - 1 - _FRAME_LIMIT), -1):
        t = doc[i]
        if ctx.quoted[i] or "\n" in t.text or t.text in _FINAL:
            break
        out.append(t)
    out.reverse()
    return out


def in_subtree(tok: Token, root: Token) -> bool:
    """Whether ``tok`` is ``root`` or one of its dependents, however deep."""
    # the walk up by head indexes (Token.ancestors makes a Token per step)
    return root.left_edge.i <= tok.i <= root.right_edge.i and in_subtree_of(tok.doc, tok.i, root.i)

