"""Statements: direct, partial and indirect speech, each with its speaker, cue and time.

Three passes over one parsed document, then speaker resolution in text order:

1. **Quotes.** :func:`~newsledger.extract.quote_marks.quote_spans` pairs the
   quotation marks (any style, never raising on stray ones). Each quote looks
   for its cue in the clause around it: after the closing mark (“…,” she
   said), before the opening mark (he said: “…”), in the previous sentence
   when that ends with a colon, or in the words between two halves of an
   interrupted quote. A quote that opens its clause is ``direct``; one
   embedded in the reporter's own clause is ``partial``; an unattributed
   embedded quote is a scare quote and is dropped. A standalone quote right
   after another speaker's quote continues that speaker.
2. **Indirect speech.** A reporting verb from the cue lexicon with a clause
   complement (said (that) …, told reporters …, has argued …), a reporting
   noun with a that-clause, and "according to X, …". The content is the
   reported clause; a clause that is mostly a quote is left to pass 1.
3. **Speakers** are the subject of the cue, inherited from the governing verb
   for participles ("…, stressing that …"), or the author behind a document
   noun ("a statement from the ministry said"); they resolve to entities
   through :class:`~newsledger.extract.quote_speakers.SpeakerIndex`.

:func:`attributions` returns the richer internal records (speaker and cue
spans) that the PolNeAR adapter scores; :func:`statements` is the stage.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

import numpy
from spacy.attrs import LEMMA, LOWER, POS
from spacy.strings import hash_string  # type: ignore[attr-defined]
from spacy.symbols import ADJ, AUX, NOUN, VERB
from spacy.tokens import Doc, Token

from ..models import Entity, Span, Statement, StatementKind, TimeExpr
from .quote_cues import Cues, load_cues
from .quote_marks import QuoteSpan, quote_spans
from .quote_speakers import SpeakerIndex, speaker_phrase

__all__ = ["Attribution", "attributions", "statements"]

_FINAL = {".", "!", "?"}
_INTRO_PUNCT = {":", ",", "—", "–", "-", "--"}
_SUBJECT_DEPS = ("nsubj", "nsubjpass")
_INHERIT_DEPS = {"advcl", "xcomp", "conj", "pcomp", "acl"}
_FRAME_LIMIT = 40  # tokens a frame reaches from a quote mark
_CONTINUATION_GAP = 400  # characters between a quote and the one it continues
_EDGE_PUNCT = " \t\n,;:—–-"
_ANCHOR_DEPS = {"npadvmod", "prep", "advmod", "tmod", "obl", "nmod"}
_EXPLETIVES = {"it", "there"}


@dataclass(frozen=True, slots=True)
class Attribution:
    """A statement before speaker resolution, with the spans the scorers need.

    ``speaker_span``/``cue_span`` are (start, end) character offsets or None;
    ``group`` is shared by the parts of one quote that an attribution
    interrupts, so an evaluation can join them into one relation.
    """

    kind: StatementKind
    content: Span
    cue: str | None
    cue_span: tuple[int, int] | None
    speaker_span: tuple[int, int] | None
    speaker_head: int | None  # token index of the head of the speaker phrase
    antecedent: int | None  # token index of the noun a relative pronoun speaker refers to
    time: str | None
    group: int
    continues: bool = False  # a standalone quote that continues the previous quote's speaker
    speaker: str | None = None  # entity id, after resolution
    marks: tuple[int, int] | None = None  # a quote's span with its quotation marks


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


class _Context:
    """Per-document look-ups, each built once."""

    def __init__(self, doc: Doc, entities: tuple[Entity, ...], times: tuple[TimeExpr, ...]) -> None:
        self.doc = doc
        self.text = doc.text  # a property that joins every token: read it once
        self.cues: Cues = load_cues()
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

def _is_verb(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB")


def _source_phrase_at(ctx: _Context, tok: Token) -> int:
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


def _phrase_source(ctx: _Context, tok: Token, n: int) -> Token | None:
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


def _is_cue(ctx: _Context, tok: Token) -> bool:
    return tok.i in ctx.cue_set and tok.pos_ in ("VERB", "AUX") and ctx.cues.is_verb_cue(tok.lemma_.lower())


def _subject(ctx: _Context, cue: Token) -> tuple[Token | None, Token | None]:
    """(subject, antecedent) of a cue verb; the subject is inherited up participles and conjuncts."""
    verb = cue
    for _ in range(4):
        for child in verb.children:
            if child.dep_ in _SUBJECT_DEPS and not ctx.quoted[child.i]:
                if child.lower_ in _EXPLETIVES and any(c.dep_ == "auxpass" for c in verb.children):
                    return None, None  # "it was reported that ...": no source
                antecedent = verb.head if verb.dep_ == "relcl" else None
                return _author(ctx, child), antecedent
        if verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN"):
            return verb.head, None
        if verb.dep_ not in _INHERIT_DEPS or verb.head.i == verb.i:
            break
        verb = verb.head
        if not _is_verb(verb):
            return (verb, None) if verb.pos_ in ("NOUN", "PROPN") and verb.dep_ in _SUBJECT_DEPS else (None, None)
    return None, None


def _impersonal(verb: Token) -> bool:
    """ "It was reported that ...", "it is believed ...": a passive cue with an expletive subject."""
    return any(c.dep_ == "auxpass" for c in verb.children) and \
        any(c.dep_ in _SUBJECT_DEPS and c.lower_ in _EXPLETIVES for c in verb.children)


def _author(ctx: _Context, head: Token) -> Token:
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


def _adjacent_subject(ctx: _Context, cue: Token, lo: int) -> Token | None:
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
        return tok.lower_ not in _EXPLETIVES
    return tok.pos_ == "PROPN" or (tok.pos_ == "NOUN" and tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"))


# ---------------------------------------------------------------- frames around a quote

def _after_frame(ctx: _Context, close: int) -> list[Token]:
    doc, out = ctx.doc, []
    for i in range(close + 1, min(len(doc), close + 1 + _FRAME_LIMIT)):
        t = doc[i]
        if ctx.quoted[i] or "\n" in t.text or t.text in _FINAL:
            break
        out.append(t)
    return out


def _before_frame(ctx: _Context, open_: int) -> list[Token]:
    doc, out = ctx.doc, []
    for i in range(open_ - 1, max(-1, open_ - 1 - _FRAME_LIMIT), -1):
        t = doc[i]
        if ctx.quoted[i] or "\n" in t.text or t.text in _FINAL:
            break
        out.append(t)
    out.reverse()
    return out


def _in_subtree(tok: Token, root: Token) -> bool:
    return root.left_edge.i <= tok.i <= root.right_edge.i and any(a.i == root.i for a in [tok, *tok.ancestors])


@dataclass(frozen=True, slots=True)
class _Cue:
    token: Token
    text: str
    span: tuple[int, int]
    subject: Token | None
    antecedent: Token | None
    anchors: tuple[Token, ...]


def _make_cue(ctx: _Context, tok: Token, lo: int) -> _Cue:
    n = _source_phrase_at(ctx, tok)
    if n:
        end_tok = ctx.doc[tok.i + n - 1]
        return _Cue(tok, ctx.doc[tok.i:tok.i + n].text, (tok.idx, end_tok.idx + len(end_tok)),
                    _phrase_source(ctx, tok, n), None, (tok.head,))
    subject, antecedent = _subject(ctx, tok)
    if subject is None and not _impersonal(tok):
        subject = _adjacent_subject(ctx, tok, lo)
    anchors = (tok,) if subject is None or subject.head.i == tok.i else (tok, subject.head)
    return _Cue(tok, tok.text, (tok.idx, tok.idx + len(tok)), subject, antecedent, anchors)


def _cue_after(ctx: _Context, frame: list[Token]) -> _Cue | None:
    """“…,” she said / “…,” said the minister / “…,” according to X."""
    for k, tok in enumerate(frame[:24]):
        if _source_phrase_at(ctx, tok) or (_is_cue(ctx, tok) and tok.tag_ != "VBG"):
            cue = _make_cue(ctx, tok, frame[0].i)
            between = frame[:k]
            subj = cue.subject
            ok = all(t.is_punct or t.pos_ in ("ADV", "AUX", "PART", "PROPN") or t.i in ctx.speakers.by_token or
                     (subj is not None and _in_subtree(t, subj)) for t in between)
            return cue if ok else None
        if (_is_verb(tok) and tok.pos_ != "AUX") or tok.pos_ == "SCONJ":
            return None  # another clause starts before any cue
    return None


def _cue_before(ctx: _Context, frame: list[Token], first_content: Token) -> tuple[_Cue | None, bool]:
    """(cue, introduces) for he said: “…” / saying that “…” / called the talks “…”."""
    for k in range(len(frame) - 1, -1, -1):
        tok = frame[k]
        n = _source_phrase_at(ctx, tok)
        if not n and not _is_cue(ctx, tok):
            continue
        cue = _make_cue(ctx, tok, frame[0].i)
        between = frame[k + max(n, 1):]
        # Introducing: nothing but the cue's own objects and a colon, comma or "that" before the quote.
        introduces = all(t.is_punct or t.lower_ == "that" or _in_subtree(t, tok) for t in between) and \
            (not between or between[-1].is_punct or between[-1].lower_ == "that")
        governs = _in_subtree(first_content, tok) or _in_subtree(first_content.head, tok)
        if introduces or governs:
            return cue, introduces
        return None, False
    return None, False


def _colon_cue(ctx: _Context, frame: list[Token], open_: int) -> _Cue | None:
    """The minister was blunt: “…” / Her reply — “…” — (a subject before a colon or dash)."""
    doc = ctx.doc
    if not frame:
        # A quote that opens its paragraph or sentence: the previous sentence may end with a colon.
        i = open_ - 1
        while i >= 0 and doc[i].is_space:
            i -= 1
        if i < 0 or doc[i].text != ":" or ctx.quoted[i]:
            return None
        frame = _before_frame(ctx, i + 1)[:-1] if i + 1 <= open_ else []
        if not frame:
            return None
        cues = [t for t in frame if _is_cue(ctx, t)]
        if cues:
            return _make_cue(ctx, cues[-1], frame[0].i)
    elif frame[-1].text not in (":", "—", "–", "--"):
        return None
    for t in frame:
        if t.dep_ in _SUBJECT_DEPS and t.lower_ not in _EXPLETIVES:
            mark = frame[-1] if frame[-1].text in (":", "—", "–", "--") else t.head
            return _Cue(mark, mark.text, (mark.idx, mark.idx + len(mark)), _author(ctx, t), None, (t.head,))
    return None


# ---------------------------------------------------------------- building records

def _clean(ctx: _Context, start: int, end: int) -> Span | None:
    text = ctx.text
    while start < end and text[start] in _EDGE_PUNCT:
        start += 1
    while end > start and text[end - 1] in _EDGE_PUNCT:
        end -= 1
    if end - start < 2:
        return None
    return Span(start, end, text[start:end])


def _time(ctx: _Context, anchors: tuple[Token, ...], skip: set[int]) -> str | None:
    """A time expression attached to the cue (or the verb its subject came from): "said Tuesday"."""
    if not ctx.time_at:
        return None
    for anchor in anchors:
        for child in anchor.children:
            if child.dep_ not in _ANCHOR_DEPS or child.i in skip:
                continue
            for t in child.subtree:
                found = ctx.time_at.get(t.i)
                if found is not None:
                    return found
    return None


def _speaker_fields(cue: _Cue | None) -> tuple[tuple[int, int] | None, int | None, int | None]:
    if cue is None or cue.subject is None:
        return None, None, None
    s, e = speaker_phrase(cue.subject)
    doc = cue.subject.doc
    return (doc[s].idx, doc[e - 1].idx + len(doc[e - 1])), cue.subject.i, \
        cue.antecedent.i if cue.antecedent is not None else None


def _quote_records(ctx: _Context) -> list[Attribution]:
    doc, out = ctx.doc, []
    group = 0
    prev_after: _Cue | None = None  # cue found after the previous quote, for “X,” he said, “Y.”
    prev_close = -10
    for q, (o, first, last, c) in zip(ctx.quotes, ctx.quote_tokens, strict=True):
        if last <= first:
            continue
        content = _clean(ctx, q.start, q.end)
        if content is None:
            continue
        before, after = _before_frame(ctx, o), _after_frame(ctx, c)
        cue_a = _cue_after(ctx, after) if after else None
        cue_b, introduces = _cue_before(ctx, before, doc[first]) if before else (None, False)
        if cue_b is None and before and prev_after is not None and before[0].i == prev_close + 1:
            cue_b, introduces = prev_after, True  # the second half of an interrupted quote
        cue: _Cue | None
        if cue_a is not None and cue_b is not None:
            # An introducing cue ("he said: “…”", "saying that “…”") wins; else the nearer one.
            cue = cue_b if introduces or (o - cue_b.token.i) < (cue_a.token.i - c) else cue_a
        else:
            cue = cue_a or cue_b
        if cue is None:
            cue = _colon_cue(ctx, before, o)
            introduces = cue is not None
        opens_clause = not before or introduces or before[-1].text in _INTRO_PUNCT
        kind: StatementKind = "direct" if opens_clause else "partial"
        standalone = not before and not after
        if (cue is None and not standalone) or (kind == "partial" and _is_title(doc[first:last])):
            prev_after, prev_close = None, c
            continue  # a scare quote or a title: nobody is quoted
        if cue is not None and prev_after is cue:
            pass  # same group as the previous half
        else:
            group += 1
        span, head, antecedent = _speaker_fields(cue)
        skip = {t.i for t in doc[first:last]}
        out.append(Attribution(
            kind=kind, content=content, cue=cue.text if cue else None, cue_span=cue.span if cue else None,
            speaker_span=span, speaker_head=head, antecedent=antecedent,
            time=_time(ctx, cue.anchors, skip) if cue else None, group=group,
            continues=cue is None, marks=(q.open, q.close + _mark_width(ctx.text, q.close))))
        prev_after, prev_close = (cue_a if cue is cue_a else None), c
    return out


def _is_title(tokens: Any) -> bool:
    """A short quoted run of capitalised words ("Autumn Light", "Saturday Night Live") names a work."""
    words = [t for t in tokens if t.is_alpha]
    if not words or len(words) > 8:
        return False
    small = {"a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "from", "by"}
    return words[0].is_title and all(t.is_title or t.is_upper or t.lower_ in small for t in words)


def _mark_width(text: str, i: int) -> int:
    return 2 if text[i:i + 2] in ("''", "``") else 1


def _content_span(ctx: _Context, head: Token, minus: Token | None = None) -> Span | None:
    toks = [t for t in head.subtree if minus is None or not _in_subtree(t, minus)]
    if not toks:
        return None
    # The complementizer stays: "that the talks had failed" is the reported clause, as PolNeAR marks it.
    while toks and (toks[0].is_punct or toks[0].is_space):
        toks.pop(0)
    while toks and ((toks[-1].is_punct and toks[-1].text not in "”\"’'»") or toks[-1].is_space):
        toks.pop()
    if len(toks) < 2:
        return None
    return _clean(ctx, toks[0].idx, toks[-1].idx + len(toks[-1]))


def _mostly_quoted(ctx: _Context, span: Span) -> bool:
    inside = sum(max(0, min(span.end, q.close + 1) - max(span.start, q.open)) for q in ctx.quotes
                 if q.open < span.end and q.close >= span.start)
    return inside * 2 >= span.end - span.start


def _indirect_records(ctx: _Context, first_group: int) -> list[Attribution]:
    doc, cues, out = ctx.doc, ctx.cues, []
    group = first_group
    for i in ctx.candidates:
        tok = doc[i]
        content: Span | None = None
        n = _source_phrase_at(ctx, tok)
        if n:
            verb = tok.head
            while not _is_verb(verb) and verb.head.i != verb.i:
                verb = verb.head
            content = _content_span(ctx, verb, minus=tok) if verb.i != tok.i else None
            cue_tok = tok
        elif _is_verb(tok) and cues.is_verb_cue(lemma := tok.lemma_.lower()):
            comp = next((c for c in tok.children if c.dep_ == "ccomp"), None)
            if comp is None and lemma in cues.xcomp_verbs:
                comp = next((c for c in tok.children if c.dep_ == "xcomp"), None)
            if comp is None and lemma in cues.object_verbs:
                comp = next((c for c in tok.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")), None)
            if comp is None and tok.dep_ == "parataxis" and lemma not in cues.quote_only_verbs:
                content = _content_span(ctx, tok.head, minus=tok)
            elif comp is not None:
                has_that = any(c.dep_ == "mark" and c.lower_ == "that" for c in comp.children)
                if lemma in cues.quote_only_verbs and not has_that:
                    continue
                content = _content_span(ctx, comp)
            cue_tok = tok
        elif tok.pos_ == "ADJ" and tok.lemma_.lower() in cues.stance_adjectives:
            comp = next((c for c in tok.children if c.dep_ == "ccomp" and
                         any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
            if comp is None:
                continue
            content = _content_span(ctx, comp)
            cue_tok = tok
        elif tok.pos_ == "NOUN" and tok.lemma_.lower() in cues.speech_nouns:
            comp = next((c for c in tok.children if c.dep_ in ("acl", "ccomp") and
                         any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
            if comp is None:
                continue
            content = _content_span(ctx, comp)
            cue_tok = tok
        else:
            continue
        if content is None or _mostly_quoted(ctx, content):
            continue
        cue = _make_cue(ctx, cue_tok, max(0, cue_tok.i - 12))
        if cue_tok.pos_ == "ADJ":
            subject = _subject(ctx, cue_tok.head)[0] if cue_tok.dep_ == "acomp" else None
            cue = replace(cue, subject=subject, anchors=(cue_tok.head,))
        elif cue_tok.pos_ == "NOUN":
            owner = next((c for c in cue_tok.children if c.dep_ == "poss"), None)
            subject = owner or (_subject(ctx, cue_tok.head)[0] if cue_tok.dep_ in ("dobj", "pobj") else None)
            cue = replace(cue, subject=subject, anchors=(cue_tok.head,))
        group += 1
        span, head, antecedent = _speaker_fields(cue)
        skip = set(range(content.start, content.end))
        skip = {t.i for t in doc.char_span(content.start, content.end, alignment_mode="expand") or ()}
        out.append(Attribution(
            kind="indirect", content=content, cue=cue.text, cue_span=cue.span, speaker_span=span,
            speaker_head=head, antecedent=antecedent, time=_time(ctx, cue.anchors, skip), group=group))
    return out


def _resolve(ctx: _Context, records: list[Attribution]) -> list[Attribution]:
    """Speakers in text order, so a pronoun can fall back on the speaker before it."""
    doc = ctx.doc
    order = sorted(records, key=lambda r: r.content.start)
    last: tuple[int, Entity] | None = None
    prev: Attribution | None = None
    out = []
    for rec in order:
        if rec.continues:
            if prev is not None and prev.kind != "indirect" and prev.speaker_span is not None and \
                    rec.content.start - prev.content.end <= _CONTINUATION_GAP:
                rec = replace(rec, speaker=prev.speaker, speaker_span=prev.speaker_span,
                              speaker_head=prev.speaker_head, group=prev.group)
            out.append(rec)
            prev = rec
            continue
        if rec.speaker_head is not None and rec.speaker_span is not None:
            head = doc[rec.speaker_head]
            s, e = speaker_phrase(head)
            antecedent = doc[rec.antecedent] if rec.antecedent is not None else None
            entity = ctx.speakers.resolve(s, e, head, last, antecedent)
            if entity is not None:
                rec = replace(rec, speaker=entity.id)
                last = (head.idx, entity)
        out.append(rec)
        prev = rec
    return out


def _attributions(ctx: _Context) -> list[Attribution]:
    quotes = _quote_records(ctx)
    first_group = max((r.group for r in quotes), default=0)
    return _resolve(ctx, quotes + _indirect_records(ctx, first_group))


def attributions(doc: Doc, entities: tuple[Entity, ...], times: tuple[TimeExpr, ...]) -> list[Attribution]:
    """Every statement of ``doc`` with its speaker and cue spans, in text order."""
    return _attributions(_Context(doc, entities, times))


def statements(doc: Doc, entities: tuple[Entity, ...], times: tuple[TimeExpr, ...]) -> tuple[Statement, ...]:
    """Direct, partial and indirect statements of ``doc``, with speakers resolved to ``entities``."""
    ctx = _Context(doc, entities, times)
    text = ctx.text
    out = []
    for n, rec in enumerate(_attributions(ctx), 1):
        speaker_text = text[rec.speaker_span[0]:rec.speaker_span[1]] if rec.speaker_span else None
        out.append(Statement(id=f"s{n}", kind=rec.kind, content=rec.content, speaker=rec.speaker,
                             speaker_text=speaker_text, cue=rec.cue, time=rec.time))
    return tuple(out)
