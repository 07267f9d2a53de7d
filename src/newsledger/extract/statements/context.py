"""The context of one document's statements: quote marks, cue candidates, and the clause around a quote.

:class:`QuoteContext` builds the per-document look-ups once (quote spans and
their tokens, cue candidates from one array pass, time and speaker indexes).
The functions below find a quote's cue in the words after its closing mark,
before its opening mark, or before a colon, and a cue's subject: its own,
inherited up participles and conjuncts ("..., stressing that"), or the author
behind a document noun ("a statement from the ministry said").
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

from ...lexicon.cues import Cues
from ...models import Entity, TimeExpr
from .marks import QuoteSpan, quote_spans
from .speakers import SpeakerIndex

__all__ = ["EXPLETIVES", "Cue", "QuoteContext", "after_frame", "before_frame", "colon_cue", "cue_after",
           "cue_before", "in_subtree", "is_verb", "make_cue", "outer_speaker_verb", "source_phrase_at",
           "subject_of"]

_FINAL = {".", "!", "?"}
_SUBJECT_DEPS = ("nsubj", "nsubjpass")
_INHERIT_DEPS = {"advcl", "xcomp", "conj", "pcomp", "acl"}
_FRAME_LIMIT = 40  # tokens a frame reaches from a quote mark
EXPLETIVES = {"it", "there"}


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
        noun_lemmas=hashes(cues.speech_nouns),
        adj_lemmas=hashes(cues.stance_adjectives),
        phrases=tuple((hash_string(p[0]), hash_string(p[1] if len(p) > 1 else "")) for p in cues.source_phrases),
        verb_pos=numpy.array([VERB, AUX], dtype="uint64"),
        noun_pos=int(NOUN),
        adj_pos=int(ADJ),
    )


class QuoteContext:
    """Per-document look-ups, each built once."""

    def __init__(self, doc: Doc, entities: tuple[Entity, ...], times: tuple[TimeExpr, ...], cues: Cues) -> None:
        self.doc = doc
        self.text = doc.text  # a property that joins every token: read it once
        self.cues = cues
        self.quotes: list[QuoteSpan] = []
        self.quoted = bytearray(len(doc) + 1)
        self.quote_tokens: list[tuple[int, int, int, int]] = []  # open mark, first, last+1 content, close mark
        for q in quote_spans(self.text):
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
                for tok in span:
                    self.time_at.setdefault(tok.i, t.id)
        self.speakers = SpeakerIndex(doc, entities, self.quoted)
        # Candidate cue tokens, found with one array pass instead of a Python loop over every token.
        arr = doc.to_array([LEMMA, LOWER, POS]) if len(doc) else numpy.zeros((0, 3), dtype="uint64")
        keys = _cue_keys(self.cues)
        verbal = numpy.isin(arr[:, 2], keys.verb_pos)
        lower = arr[:, 1]
        phrase_start = numpy.zeros(len(doc), dtype=bool)
        for first, second in keys.phrases:
            phrase_start[:-1] |= (lower[:-1] == first) & (lower[1:] == second)
        hits = (numpy.isin(arr[:, 0], keys.verb_lemmas) & verbal) | phrase_start | \
            (numpy.isin(arr[:, 0], keys.noun_lemmas) & (arr[:, 2] == keys.noun_pos)) | \
            (numpy.isin(arr[:, 0], keys.adj_lemmas) & (arr[:, 2] == keys.adj_pos))
        self.candidates: list[int] = [int(i) for i in numpy.flatnonzero(hits) if not self.quoted[int(i)]]
        self.cue_set = set(self.candidates)

    def _token_bounds(self, q: QuoteSpan) -> tuple[int, int, int, int] | None:
        doc = self.doc
        outer = doc.char_span(q.open, q.close + 1, alignment_mode="expand")
        inner = doc.char_span(q.start, q.end, alignment_mode="expand")
        if outer is None or inner is None or len(inner) == 0 or len(outer) == 0:
            return None  # marks inside one token: nothing to attribute
        return outer.start, inner.start, inner.end, outer.end - 1


# ---------------------------------------------------------------- cues and subjects

def is_verb(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB")


def source_phrase_at(ctx: QuoteContext, tok: Token) -> int:
    """Length in tokens of a source phrase ("according to") starting at ``tok``, else 0."""
    if tok.i not in ctx.cue_set:
        return 0
    doc = ctx.doc
    for phrase in ctx.cues.source_phrases:
        n = len(phrase)
        if tok.lower_ == phrase[0] and tok.i + n <= len(doc) and \
                all(doc[tok.i + k].lower_ == phrase[k] for k in range(1, n)):
            return n
    return 0


def _phrase_source(ctx: QuoteContext, tok: Token, n: int) -> Token | None:
    """The object of "according to X": the noun after the phrase."""
    last = ctx.doc[tok.i + n - 1]
    for child in last.children:
        if child.dep_ == "pobj":
            return child
    for child in tok.children:
        if child.dep_ == "pobj":
            return child
    for k in range(tok.i + n, min(len(ctx.doc), tok.i + n + 6)):
        t = ctx.doc[k]
        if t.pos_ in ("PROPN", "NOUN", "PRON"):
            while t.dep_ in ("compound", "flat") and t.head.i > t.i:
                t = t.head
            return t
    return None


def _is_cue(ctx: QuoteContext, tok: Token) -> bool:
    return tok.i in ctx.cue_set and tok.pos_ in ("VERB", "AUX") and ctx.cues.is_verb_cue(tok.lemma_.lower())


def subject_of(ctx: QuoteContext, cue: Token) -> tuple[Token | None, Token | None]:
    """(subject, antecedent) of a cue verb; the subject is inherited up participles and conjuncts."""
    verb = cue
    for _ in range(4):
        for child in verb.children:
            if child.dep_ in _SUBJECT_DEPS and not ctx.quoted[child.i]:
                if child.lower_ in EXPLETIVES and any(c.dep_ == "auxpass" for c in verb.children):
                    return None, None  # "it was reported that ...": no source
                antecedent = verb.head if verb.dep_ == "relcl" else None
                return _author(ctx, child), antecedent
        if verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN"):
            return verb.head, None
        outer = outer_speaker_verb(ctx, verb)
        if outer is None and (verb.dep_ not in _INHERIT_DEPS or verb.head.i == verb.i):
            break
        verb = outer or verb.head
        if not is_verb(verb):
            return (verb, None) if verb.pos_ in ("NOUN", "PROPN") and verb.dep_ in _SUBJECT_DEPS else (None, None)
    return None, None


_MODALS = {"would", "will", "could", "can", "may", "might", "should", "must", "shall", "'d", "'ll", "wo", "ca"}


def outer_speaker_verb(ctx: QuoteContext, verb: Token) -> Token | None:
    """The speech verb a past-tense cue is coordinated with, where the parse joined it to the reported clause.

    "She said the plan would help and called it 'a start'": "called" cannot share
    "would", so it goes with "said" (and its subject), not with "the plan". "He said
    X but warned that ...", parsed as a second complement of "said" with no subject
    of its own, goes with "said" too.
    """
    if verb.tag_ != "VBD" or not _is_cue(ctx, verb):
        return None
    if verb.dep_ == "ccomp":
        speech = verb.head
        joined = verb.i > 0 and verb.doc[verb.i - 1].dep_ == "cc"
        if joined and _is_cue(ctx, speech) and not any(c.dep_ in _SUBJECT_DEPS for c in verb.children):
            return speech
        return None
    if verb.dep_ != "conj":
        return None
    inner = verb.head
    speech = inner.head
    if inner.dep_ != "ccomp" or not _is_cue(ctx, speech):
        return None
    finite_now = inner.tag_ in ("VBZ", "VBP") or any(
        c.dep_ in ("aux", "auxpass") and (c.lower_ in _MODALS or c.tag_ in ("VBZ", "VBP")) for c in inner.children)
    return speech if finite_now else None


def _impersonal(verb: Token) -> bool:
    """ "It was reported that ...", "it is believed ...": a passive cue with an expletive subject."""
    return any(c.dep_ == "auxpass" for c in verb.children) and \
        any(c.dep_ in _SUBJECT_DEPS and c.lower_ in EXPLETIVES for c in verb.children)


def _author(ctx: QuoteContext, head: Token) -> Token:
    """The author behind a document noun: "a statement from the ministry" -> "ministry"."""
    if head.lemma_.lower() not in ctx.cues.document_nouns:
        return head
    for child in head.children:
        if child.dep_ == "poss":
            return child
        if child.dep_ == "prep" and child.lower_ in ("from", "by", "of"):
            for obj in child.children:
                if obj.dep_ == "pobj":
                    return obj
    return head


def _adjacent_subject(ctx: QuoteContext, cue: Token, lo: int) -> Token | None:
    """When the parse gave the cue no subject: the nearest noun before it (from ``lo``) or right after it."""
    doc = ctx.doc
    for i in range(cue.i - 1, lo - 1, -1):
        if _could_speak(doc[i]) and not ctx.quoted[i]:
            tok = doc[i]
            while tok.dep_ in ("compound", "flat") and cue.i > tok.head.i > tok.i:
                tok = tok.head
            return tok
    for i in range(cue.i + 1, min(len(doc), cue.i + 7)):
        t = doc[i]
        if t.is_punct or ctx.quoted[i]:
            break
        if _could_speak(t):
            while t.dep_ in ("compound", "flat") and t.head.i > t.i:
                t = t.head
            return t
    return None


def _could_speak(tok: Token) -> bool:
    """A fallback speaker must look like one: a name, a pronoun, or a named organisation's noun."""
    if tok.ent_type_ in ("DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"):
        return False
    if tok.pos_ == "PRON":
        return tok.lower_ not in EXPLETIVES
    return tok.pos_ == "PROPN" or (tok.pos_ == "NOUN" and tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"))


# ---------------------------------------------------------------- frames around a quote

def after_frame(ctx: QuoteContext, close: int) -> list[Token]:
    doc, out = ctx.doc, []
    for i in range(close + 1, min(len(doc), close + 1 + _FRAME_LIMIT)):
        t = doc[i]
        if ctx.quoted[i] or "\n" in t.text or t.text in _FINAL:
            break
        out.append(t)
    return out


def before_frame(ctx: QuoteContext, open_: int) -> list[Token]:
    doc, out = ctx.doc, []
    for i in range(open_ - 1, max(-1, open_ - 1 - _FRAME_LIMIT), -1):
        t = doc[i]
        if ctx.quoted[i] or "\n" in t.text or t.text in _FINAL:
            break
        out.append(t)
    out.reverse()
    return out


def in_subtree(tok: Token, root: Token) -> bool:
    return root.left_edge.i <= tok.i <= root.right_edge.i and any(a.i == root.i for a in [tok, *tok.ancestors])


@dataclass(frozen=True, slots=True)
class Cue:
    token: Token
    text: str
    span: tuple[int, int]
    subject: Token | None
    antecedent: Token | None
    anchors: tuple[Token, ...]


def make_cue(ctx: QuoteContext, tok: Token, lo: int) -> Cue:
    n = source_phrase_at(ctx, tok)
    if n:
        end_tok = ctx.doc[tok.i + n - 1]
        return Cue(tok, ctx.doc[tok.i:tok.i + n].text, (tok.idx, end_tok.idx + len(end_tok)),
                    _phrase_source(ctx, tok, n), None, (tok.head,))
    subject, antecedent = subject_of(ctx, tok)
    if subject is None and not _impersonal(tok):
        subject = _adjacent_subject(ctx, tok, lo)
    anchors = (tok,) if subject is None or subject.head.i == tok.i else (tok, subject.head)
    return Cue(tok, tok.text, (tok.idx, tok.idx + len(tok)), subject, antecedent, anchors)


def cue_after(ctx: QuoteContext, frame: list[Token]) -> Cue | None:
    """“…,” she said / “…,” said the minister / “…,” according to X."""
    for k, tok in enumerate(frame[:24]):
        if source_phrase_at(ctx, tok) or (_is_cue(ctx, tok) and tok.tag_ != "VBG"):
            cue = make_cue(ctx, tok, frame[0].i)
            between = frame[:k]
            subj = cue.subject
            ok = all(t.is_punct or t.pos_ in ("ADV", "AUX", "PART", "PROPN") or t.i in ctx.speakers.by_token or
                     (subj is not None and in_subtree(t, subj)) for t in between)
            return cue if ok else None
        if (is_verb(tok) and tok.pos_ != "AUX") or tok.pos_ == "SCONJ":
            return None  # another clause starts before any cue
    return None


def cue_before(ctx: QuoteContext, frame: list[Token], first_content: Token) -> tuple[Cue | None, bool]:
    """(cue, introduces) for he said: “…” / saying that “…” / called the talks “…”."""
    for k in range(len(frame) - 1, -1, -1):
        tok = frame[k]
        n = source_phrase_at(ctx, tok)
        if not n and not _is_cue(ctx, tok):
            continue
        cue = make_cue(ctx, tok, frame[0].i)
        between = frame[k + max(n, 1):]
        # Introducing: nothing but the cue's own objects and a colon, comma or "that" before the quote.
        introduces = all(t.is_punct or t.lower_ == "that" or in_subtree(t, tok) for t in between) and \
            (not between or between[-1].is_punct or between[-1].lower_ == "that")
        governs = in_subtree(first_content, tok) or in_subtree(first_content.head, tok)
        if introduces or governs:
            return cue, introduces
        return None, False
    return None, False


def colon_cue(ctx: QuoteContext, frame: list[Token], open_: int) -> Cue | None:
    """The minister was blunt: “…” / Her reply — “…” — (a subject before a colon or dash)."""
    doc = ctx.doc
    if not frame:
        # A quote that opens its paragraph or sentence: the previous sentence may end with a colon.
        i = open_ - 1
        while i >= 0 and doc[i].is_space:
            i -= 1
        if i < 0 or doc[i].text != ":" or ctx.quoted[i]:
            return None
        frame = before_frame(ctx, i + 1)[:-1] if i + 1 <= open_ else []
        if not frame:
            return None
        cues = [t for t in frame if _is_cue(ctx, t)]
        if cues:
            return make_cue(ctx, cues[-1], frame[0].i)
    elif frame[-1].text not in (":", "—", "–", "--"):
        return None
    for t in frame:
        if t.dep_ in _SUBJECT_DEPS and t.lower_ not in EXPLETIVES:
            mark = frame[-1] if frame[-1].text in (":", "—", "–", "--") else t.head
            return Cue(mark, mark.text, (mark.idx, mark.idx + len(mark)), _author(ctx, t), None, (t.head,))
    return None
