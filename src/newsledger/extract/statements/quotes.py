"""Pass 1 of the statements extractor: quotes, each with the cue in the clause around it.

A quote's cue stands after its closing mark (“…,” she said), before its
opening mark (he said: “…”), in the previous sentence when that ends with a
colon, or in the words between two halves of an interrupted quote. A quote
that opens its clause is ``direct``; one embedded in the reporter's own clause
is ``partial``; an unattributed embedded quote is a scare quote, and a short
title-case one names a work: both are dropped. A standalone quote is kept with
``continues`` set, for the speaker of the quote before it.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from ...models import StatementKind
from .context import QuoteContext, after_frame, before_frame, is_verb
from .cues import Cue, colon_cue, cue_after, cue_before
from .marks import SINGLE
from .records import Attribution, clean_span, cue_time, speaker_fields

__all__ = ["quote_records"]

_INTRO_PUNCT = {":", ",", "—", "–", "-", "--"}


def quote_records(ctx: QuoteContext) -> list[Attribution]:
    """Pass 1: direct and partial statements, one per quote that has a cue or continues a speaker."""
    doc, out = ctx.doc, []
    group = 0
    prev_after: Cue | None = None  # cue found after the previous quote, for “X,” he said, “Y.”
    prev_close = -10
    prev_mark = -1  # character of the previous quote's closing mark
    for q, (o, first, last, c) in zip(ctx.quotes, ctx.quote_tokens, strict=True):
        if last <= first:
            continue
        content = clean_span(ctx, q.start, q.end)
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
        # A quote that opens its sentence and closes it inside its marks, in the paragraph of the quote before it,
        # stands alone whatever narration follows it ("“...,” she said. “... It is very simple.” The ministers
        # laughed."): the words after it are a sentence of their own.
        standalone = not before and (not after or (
            cue is None and prev_mark >= 0 and "\n" not in ctx.text[prev_mark:q.open]
            and _closes_sentence(ctx.text, q.start, q.end)))
        if cue is None and standalone and not before:
            cue = _spoke_before(ctx, o)
        prev_mark = q.close
        title = kind == "partial" and _is_title(doc[first:last], ctx.words.title_words)
        if (cue is None and not standalone) or title:
            prev_after, prev_close = None, c
            continue  # a scare quote or a title: nobody is quoted
        if cue is not None and prev_after is cue:
            pass  # same group as the previous half
        else:
            group += 1
        span, head, antecedent = speaker_fields(ctx, cue)
        inside = doc[first:last]
        skip = set(range(inside.start, inside.end))
        out.append(Attribution(
            kind=kind, content=content, cue=cue.text if cue else None, cue_span=cue.span if cue else None,
            speaker_span=span, speaker_head=head, antecedent=antecedent,
            time=cue_time(ctx, cue.anchors, skip) if cue else None, group=group,
            continues=cue is None, marks=(q.open, q.close + _mark_width(ctx.text, q.close))))
        prev_after, prev_close = (cue_a if cue is cue_a else None), c
    return out


def _spoke_before(ctx: QuoteContext, open_: int) -> Cue | None:
    """A cue for a quote that opens its sentence with no cue of its own, where the sentence right before it says
    that someone spoke and gives no words ("The minister spoke at length in Lome. “We have asked ...”"): a verb of
    ``speaking_verbs`` as that sentence's root, its subject a noun outside quotes, no quote in the sentence."""
    doc = ctx.doc
    i = open_ - 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    if i < 0 or doc[i].text != "." or ctx.quoted[i]:
        return None
    sent = doc[i].sent
    root = sent.root
    if root.lemma_.lower() not in ctx.words.speaking_verbs or not is_verb(root) or \
            any(ctx.quoted[t.i] for t in sent) or any(c.dep_ in ("ccomp", "xcomp") for c in root.children):
        return None
    subject = next((c for c in root.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN", "PRON")
                    and c.lower_ not in ctx.words.first_second_person and c.lower_ not in ctx.words.expletives),
                   None)
    if subject is None:
        return None
    return Cue(root, root.text, (root.idx, root.idx + len(root)), subject, None, (root,))


def _closes_sentence(text: str, start: int, end: int) -> bool:
    """The quoted words end with a full stop, question or exclamation mark (a nested quote's mark may follow)."""
    words = text[start:end].rstrip(SINGLE + " ")
    return words.endswith((".", "!", "?"))


def _is_title(tokens: Iterable[Token], small: frozenset[str]) -> bool:
    """A short quoted run of capitalised words ("Autumn Light", "Saturday Night Live") names a work.

    ``small`` are the words a title leaves lower-case ("of", "the").
    """
    words = [t for t in tokens if t.is_alpha]
    if not words or len(words) > 8:
        return False
    return words[0].is_title and all(t.is_title or t.is_upper or t.lower_ in small for t in words)


def _mark_width(text: str, i: int) -> int:
    """Characters of the closing mark at ``i``: two for the typewriter forms '' and ``."""
    return 2 if text[i:i + 2] in ("''", "``") else 1
