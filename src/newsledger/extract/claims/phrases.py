"""The whole phrase as a claim's evidence (issue 14): a cause, a status or a label read from a few words of a noun
or an adjective phrase ("a frayed cable", "a ferry contract", "calm, orderly") is said by the whole phrase
those words head, with its modifiers, its prepositional phrases, its conjuncts, an apposition and a reduced or
relative clause ("a frayed cable owned by the power company", "a ferry contract between two ports", "calm,
orderly and quiet at every gate"). The claim's words are widened to the end of that phrase, within its sentence, before
a quotation mark and :data:`REACH` tokens past the words at most; its kind, predicate and ``about`` stay as they
were.

This pass runs last, on the claims as found: the frames that read each other's evidence ("a claim of the speaker
already reads these words") see the words the frames themselves took.
"""

from __future__ import annotations

from dataclasses import replace

from ...models import Claim
from ..walk import doc_tokens, head_indexes, kids_of, sentence_at
from .context import Context

__all__ = ["REACH", "whole_phrases"]

REACH = 20
"""Tokens past a claim's own words that its phrase may add."""

_KINDS = frozenset({"cause", "status", "characterisation"})
_HEADS = frozenset({"NOUN", "PROPN", "ADJ"})
_LINK_COMPLEMENTS = ("attr", "acomp", "oprd")


def whole_phrases(ctx: Context, claims: list[Claim]) -> list[Claim]:
    """``claims`` with the evidence of each cause, status and label claim widened to the whole phrase its words
    head (see the module's doc)."""
    doc = ctx.doc
    out: list[Claim] = []
    for c in claims:
        span = doc.char_span(c.evidence.start, c.evidence.end, alignment_mode="expand") if c.kind in _KINDS else None
        if span is None or len(span) == 0:
            out.append(c)
            continue
        inside = range(span.start, span.end)
        tokens, up = doc_tokens(doc), head_indexes(doc)  # no Token made per word, nor per head
        heads = [tokens[i] for i in inside if up[i] not in inside or up[i] == i]
        if len(heads) != 1:
            out.append(c)
            continue
        head = heads[0]
        if head.pos_ not in _HEADS:  # "it was an accident": the complement of a link verb
            head = next((k for k in kids_of(head) if k.dep_ in _LINK_COMPLEMENTS and k.i in inside), head)
        last = span[-1]
        if head.pos_ in ("ADJ", "NOUN") and head.i == last.i and head.dep_ in ("amod", "compound") \
                and head.head.i == last.i + 1:
            head = head.head  # "a registered [party]": the noun the last word modifies
        if head.pos_ not in _HEADS:
            out.append(c)
            continue
        sent_end = sentence_at(head)[1] - 1
        end_i = min(head.right_edge.i, sent_end, last.i + REACH)
        # a quotation closes: what follows is a speech tag the parse hung on the phrase ('... states," he said')
        end_i = next((i - 1 for i in range(last.i + 1, end_i + 1) if doc[i].is_quote), end_i)
        while end_i > last.i and (doc[end_i].is_punct or doc[end_i].is_space):
            end_i -= 1
        if end_i <= last.i:
            out.append(c)
            continue
        end = doc[end_i].idx + len(doc[end_i].text)
        out.append(replace(c, evidence=ctx.span(c.evidence.start, end)))
    return out
