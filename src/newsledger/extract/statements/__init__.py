"""Statements: direct, partial and indirect speech, each with its speaker, cue and time.

Three passes over one parsed document, then speaker resolution in text order:

1. **Quotes.** :func:`~newsledger.extract.statements.marks.quote_spans` pairs the
   quotation marks (any style, never raising on stray ones). Each quote looks
   for its cue in the clause around it: after the closing mark (“…,” she
   said), before the opening mark (he said: “…”), in the previous sentence
   when that ends with a colon, or in the words between two halves of an
   interrupted quote. A quote that opens its clause is ``direct``; one
   embedded in the reporter's own clause is ``partial``; an unattributed
   embedded quote is a scare quote, and a short title-case one names a work:
   both are dropped. A standalone quote right after another speaker's quote
   continues that speaker.
2. **Indirect speech.** A reporting verb from the cue lexicon with a clause
   complement (said (that) …, told reporters …, has argued …), an infinitive
   (vowed to …) or an object (announced new limits …) where the lexicon
   allows it, a reporting noun or stance adjective with a that-clause, and
   "according to X, …". The content is the reported clause, "that" included;
   a clause that is mostly a quote is left to pass 1.
3. **Speakers** are the subject of the cue, inherited from the governing verb
   for participles ("…, stressing that …"), or the author behind a document
   noun ("a statement from the ministry said"); they resolve to entities
   through :class:`~newsledger.extract.statements.speakers.SpeakerIndex`. Cue and
   subject finding live in :mod:`~newsledger.extract.statements.context`.

:func:`attributions` returns the richer internal records (speaker and cue
spans) that the PolNeAR adapter scores; :func:`statements` is the stage.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from spacy.tokens import Doc, Token

from ...lexicon import Lexicon
from ...models import Entity, Span, Statement, StatementKind, TimeExpr
from .context import (
    Cue,
    QuoteContext,
    after_frame,
    before_frame,
    colon_cue,
    cue_after,
    cue_before,
    in_subtree,
    is_verb,
    make_cue,
    outer_speaker_verb,
    source_phrase_at,
    subject_of,
)
from .speakers import speaker_phrase

__all__ = ["Attribution", "attributions", "statements"]

_INTRO_PUNCT = {":", ",", "—", "–", "-", "--"}
_CONTINUATION_GAP = 400  # characters between a quote and the one it continues
_EDGE_PUNCT = " \t\n,;:—–-"
_ANCHOR_DEPS = {"npadvmod", "prep", "advmod", "tmod", "obl", "nmod"}


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


# ---------------------------------------------------------------- building records

def _clean(ctx: QuoteContext, start: int, end: int) -> Span | None:
    text = ctx.text
    while start < end and text[start] in _EDGE_PUNCT:
        start += 1
    while end > start and text[end - 1] in _EDGE_PUNCT:
        end -= 1
    if end - start < 2:
        return None
    return Span(start, end, text[start:end])


def _time(ctx: QuoteContext, anchors: tuple[Token, ...], skip: set[int]) -> str | None:
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


def _speaker_fields(cue: Cue | None) -> tuple[tuple[int, int] | None, int | None, int | None]:
    if cue is None or cue.subject is None:
        return None, None, None
    s, e = speaker_phrase(cue.subject)
    doc = cue.subject.doc
    return (doc[s].idx, doc[e - 1].idx + len(doc[e - 1])), cue.subject.i, \
        cue.antecedent.i if cue.antecedent is not None else None


def _quote_records(ctx: QuoteContext) -> list[Attribution]:
    doc, out = ctx.doc, []
    group = 0
    prev_after: Cue | None = None  # cue found after the previous quote, for “X,” he said, “Y.”
    prev_close = -10
    for q, (o, first, last, c) in zip(ctx.quotes, ctx.quote_tokens, strict=True):
        if last <= first:
            continue
        content = _clean(ctx, q.start, q.end)
        if content is None:
            continue
        before, after = before_frame(ctx, o), after_frame(ctx, c)
        cue_a = cue_after(ctx, after) if after else None
        cue_b, introduces = cue_before(ctx, before, doc[first]) if before else (None, False)
        if cue_b is None and before and prev_after is not None and before[0].i == prev_close + 1:
            cue_b, introduces = prev_after, True  # the second half of an interrupted quote
        cue: Cue | None
        if cue_a is not None and cue_b is not None:
            # An introducing cue ("he said: “…”", "saying that “…”") wins; else the nearer one.
            cue = cue_b if introduces or (o - cue_b.token.i) < (cue_a.token.i - c) else cue_a
        else:
            cue = cue_a or cue_b
        if cue is None:
            cue = colon_cue(ctx, before, o)
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


def _content_span(ctx: QuoteContext, head: Token, minus: Token | None = None) -> Span | None:
    toks = [t for t in head.subtree if minus is None or not in_subtree(t, minus)]
    if not toks:
        return None
    # The complementizer stays: "that the talks had failed" is the reported clause, as PolNeAR marks it.
    while toks and (toks[0].is_punct or toks[0].is_space):
        toks.pop(0)
    while toks and ((toks[-1].is_punct and toks[-1].text not in "”\"’'»") or toks[-1].is_space or
                    toks[-1].dep_ == "cc"):  # "X would not block it but [warned ...]"
        toks.pop()
    if len(toks) < 2:
        return None
    return _clean(ctx, toks[0].idx, toks[-1].idx + len(toks[-1]))


def _mostly_quoted(ctx: QuoteContext, span: Span) -> bool:
    inside = sum(max(0, min(span.end, q.close + 1) - max(span.start, q.open)) for q in ctx.quotes
                 if q.open < span.end and q.close >= span.start)
    return inside * 2 >= span.end - span.start


_NAMING = {"name", "identify", "quote", "cite"}


def _anonymity(comp: Token) -> bool:
    """"asked not to be named / identified": how a source is protected, not what it said."""
    return comp.lemma_.lower() in _NAMING and any(c.dep_ == "auxpass" for c in comp.children)


def _indirect_records(ctx: QuoteContext, first_group: int) -> list[Attribution]:
    doc, cues, out = ctx.doc, ctx.cues, []
    group = first_group
    for i in ctx.candidates:
        tok = doc[i]
        content: Span | None = None
        n = source_phrase_at(ctx, tok)
        if n:
            verb = tok.head
            while not is_verb(verb) and verb.head.i != verb.i:
                verb = verb.head
            content = _content_span(ctx, verb, minus=tok) if verb.i != tok.i else None
            cue_tok = tok
        elif is_verb(tok) and cues.is_verb_cue(lemma := tok.lemma_.lower()):
            comp = next((c for c in tok.children if c.dep_ == "ccomp"), None)
            if comp is None and lemma in cues.xcomp_verbs:
                comp = next((c for c in tok.children if c.dep_ == "xcomp"), None)
                if comp is not None and _anonymity(comp):
                    continue
            if comp is None and lemma in cues.object_verbs:
                comp = next((c for c in tok.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")), None)
            if comp is None and tok.dep_ == "parataxis" and lemma not in cues.quote_only_verbs:
                content = _content_span(ctx, tok.head, minus=tok)
            elif comp is not None:
                has_that = any(c.dep_ == "mark" and c.lower_ == "that" for c in comp.children)
                if lemma in cues.quote_only_verbs and not has_that:
                    continue
                # "said X would help and called it ...": the second cue is not part of what was said.
                outer = next((c for c in comp.children if c.dep_ == "conj" and outer_speaker_verb(ctx, c) == tok),
                             None)
                content = _content_span(ctx, comp, minus=outer)
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
        cue = make_cue(ctx, cue_tok, max(0, cue_tok.i - 12))
        if cue_tok.pos_ == "ADJ":
            subject = subject_of(ctx, cue_tok.head)[0] if cue_tok.dep_ == "acomp" else None
            cue = replace(cue, subject=subject, anchors=(cue_tok.head,))
        elif cue_tok.pos_ == "NOUN":
            owner = next((c for c in cue_tok.children if c.dep_ == "poss"), None)
            # "issued a statement that ...", "said in a statement that ...": whoever issued or said it.
            verb = cue_tok.head.head if cue_tok.dep_ == "pobj" else cue_tok.head
            subject = owner or (subject_of(ctx, verb)[0] if cue_tok.dep_ in ("dobj", "pobj") else None)
            cue = replace(cue, subject=subject, anchors=(cue_tok.head,))
        group += 1
        span, head, antecedent = _speaker_fields(cue)
        skip = set(range(content.start, content.end))
        skip = {t.i for t in doc.char_span(content.start, content.end, alignment_mode="expand") or ()}
        out.append(Attribution(
            kind="indirect", content=content, cue=cue.text, cue_span=cue.span, speaker_span=span,
            speaker_head=head, antecedent=antecedent, time=_time(ctx, cue.anchors, skip), group=group))
    return out


def _resolve(ctx: QuoteContext, records: list[Attribution]) -> list[Attribution]:
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


def _attributions(ctx: QuoteContext) -> list[Attribution]:
    quotes = _quote_records(ctx)
    first_group = max((r.group for r in quotes), default=0)
    return _resolve(ctx, quotes + _indirect_records(ctx, first_group))


def attributions(doc: Doc, entities: tuple[Entity, ...], times: tuple[TimeExpr, ...],
                 lexicon: Lexicon) -> list[Attribution]:
    """Every statement of ``doc`` with its speaker and cue spans, in text order."""
    return _attributions(QuoteContext(doc, entities, times, lexicon.cues))


def statements(doc: Doc, entities: tuple[Entity, ...], times: tuple[TimeExpr, ...],
               lexicon: Lexicon) -> tuple[Statement, ...]:
    """Direct, partial and indirect statements of ``doc``, with speakers resolved to ``entities``."""
    ctx = QuoteContext(doc, entities, times, lexicon.cues)
    text = ctx.text
    out = []
    for n, rec in enumerate(_attributions(ctx), 1):
        speaker_text = text[rec.speaker_span[0]:rec.speaker_span[1]] if rec.speaker_span else None
        out.append(Statement(id=f"s{n}", kind=rec.kind, content=rec.content, speaker=rec.speaker,
                             speaker_text=speaker_text, cue=rec.cue, time=rec.time))
    return tuple(out)
