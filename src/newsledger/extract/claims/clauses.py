"""The clause as a spoken claim's evidence (issue 14): a status, a cause, a label or an acceptance read from a few
words of a speaker's clause is said by the clause those words stand in. The frames take the words that carry the
proposition ("lawfully placed", "signed nothing", "is the occupation"); the speaker said more: the thing the words
are said of ("the nets were lawfully placed"), the phrase they begin ("a registered union, with a charter from
2010"), the predicates joined to them ("signed nothing, promised nothing and was asked nothing"; "has taken no
decision, and nothing has been signed") and, after a verb of accepting, what was accepted ("accepted, in writing,
that the boats will be sent back").

The evidence is widened, never narrowed: to the left edge of its clause's subject where that stands at most
:data:`LEFT_REACH` tokens before it, and to the right edge of the clause's complements and conjoined predicates
that begin inside it or right after it, :data:`RIGHT_REACH` tokens past it at most (a cause keeps its own words
after its verb: "sank because of the weather and nothing else" says the cause in "the weather" alone); always
within its sentence and within the words of its statement, never over a quotation mark (what stands on the other
side is the speech tag or another quotation). Words that run from a reported clause into a quotation of the same
speaker and stop inside it run on to its end, :data:`RIGHT_REACH` tokens past them at most: the quoted words are
said as one ('said the group had "signed nothing, promised nothing and been asked nothing"', where the parse hangs
each predicate on the cue). A noun phrase that is an argument of its verb (an agreement's label, "signed a
memorandum on fees") keeps its words. The outlet's own claims keep their words (what they overlap
decides whose voice they are).
Kind, predicate, polarity and ``about`` stay as they were.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from ...models import Claim, Statement
from ..walk import doc_tokens, head_indexes, kids_of
from .context import Context

__all__ = ["LEFT_REACH", "RIGHT_REACH", "whole_clauses"]

LEFT_REACH = 12
"""Tokens before a claim's words that its clause's subject may start."""
RIGHT_REACH = 20
"""Tokens past a claim's words that its clause's complements and conjoined predicates may add."""

_KINDS = frozenset({"cause", "status", "characterisation", "acceptance"})
_SUBJECTS = ("nsubj", "nsubjpass")
_COMPLEMENTS = frozenset({"attr", "acomp", "oprd", "dobj", "xcomp", "prep", "advmod", "conj", "npadvmod"})
_PREDICATES = frozenset({"attr", "acomp", "oprd", "advmod"})
_ACCEPTED = frozenset({"ccomp"})  # "accepted that ...": what a verb of accepting took
_QUOTES = frozenset({"partial", "direct"})


def _clause_verb(tok: Token) -> Token | None:
    """The verb of the clause whose predicate ``tok`` is: itself, or the verb it is the complement or manner of ("a
    registered union" after "is"). A noun phrase that is an argument ("signed a memorandum on fees": the agreement's
    label) is said of itself, not of the clause: None."""
    if tok.pos_ in ("VERB", "AUX"):
        return tok
    if tok.dep_ in _PREDICATES and tok.head.pos_ in ("VERB", "AUX"):
        return tok.head
    return None


def _quote_run_on(c: Claim, stmt: Statement, ctx: Context) -> Statement | None:
    """The quotation of the claim's speaker that the claim's words run into and stop inside, where it goes on past
    them (a reported clause that leads into the quote: 'said the group had "signed nothing')."""
    end = c.evidence.end
    return next((s for s in ctx.statements.values() if s.kind in _QUOTES and s.speaker == stmt.speaker
                 and c.evidence.start < s.content.start < end < s.content.end), None)


def _quoted_between(ctx: Context, a: int, b: int) -> bool:
    return any(ctx.doc[i].is_quote for i in range(a, b))


def whole_clauses(ctx: Context, claims: list[Claim]) -> list[Claim]:
    """``claims`` with the evidence of each spoken status, cause, label and acceptance claim widened to its clause
    (see the module's doc)."""
    doc = ctx.doc
    out: list[Claim] = []
    for c in claims:
        stmt = ctx.statements.get(c.statement or "") if c.kind in _KINDS and c.claimant is not None else None
        span = doc.char_span(c.evidence.start, c.evidence.end, alignment_mode="expand") if stmt is not None else None
        if stmt is None or span is None or len(span) == 0:
            out.append(c)
            continue
        inside = range(span.start, span.end)
        tokens, up = doc_tokens(doc), head_indexes(doc)  # no Token made per word, nor per head
        roots = [tokens[i] for i in inside if up[i] not in inside or up[i] == i]
        verb = _clause_verb(roots[0]) if len(roots) == 1 else next(
            (t for t in roots if t.pos_ in ("VERB", "AUX")), None)
        if verb is None:
            out.append(c)
            continue
        sent = ctx.sents[ctx.sentence_of(span[0])]
        first, last = span.start, span.end - 1
        subj = ctx.subject(verb)
        if subj is not None and subj.i < first:
            left = subj.left_edge.i
            if left >= sent.start and first - left <= LEFT_REACH and not _quoted_between(ctx, left, first):
                first = left
        kids = [] if c.kind == "cause" else [k for k in kids_of(verb) if k.i > verb.i and (
            k.dep_ in _COMPLEMENTS or (k.dep_ in _ACCEPTED and c.kind == "acceptance"))]
        limit = min(sent.end - 1, span.end - 1 + RIGHT_REACH)
        for k in kids:  # in text order: each one that begins inside the words or right after the words so far
            if k.left_edge.i > last + 3:
                break
            edge = k.right_edge.i
            if edge <= last:
                continue
            stop = next((i - 1 for i in range(last + 1, min(edge, limit) + 1) if doc[i].is_quote), None)
            if stop is not None:
                last = max(last, stop)
                break
            if edge > limit:
                break
            last = edge
        while last > span.end - 1 and (doc[last].is_punct or doc[last].is_space):
            last -= 1
        start = max(doc[first].idx, stmt.content.start) if first < span.start else c.evidence.start
        end = min(doc[last].idx + len(doc[last].text), stmt.content.end) if last > span.end - 1 else c.evidence.end
        quote = _quote_run_on(c, stmt, ctx)
        if quote is not None:
            tail = doc.char_span(c.evidence.end, quote.content.end, alignment_mode="expand")
            if tail is not None and tail.end <= sent.end and len(tail) <= RIGHT_REACH:
                end = max(end, quote.content.end)
        start, end = min(start, c.evidence.start), max(end, c.evidence.end)
        same = (start, end) == (c.evidence.start, c.evidence.end)
        out.append(c if same else replace(c, evidence=ctx.span(start, end)))
    return out
