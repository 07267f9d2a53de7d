"""Reported speech that runs on past the clause its cue governs, in the same sentence.

Three signals in the sentence itself hand further words to the same speaker:

- a colon right after the reported clause, or after a cue that closes or interrupts it, followed by a clause
  that spells it out: "The board says the fish suffocated: the lake is at its lowest in years";
- a semicolon right after a cue set after the clause it reports: "None of its lorries left, the firm says; the
  convoy has stayed in the yard";
- a predicate coordinated with a cue set after its clause, with no subject of its own and a tense of its own
  (an auxiliary), so that it shares the reported clause's subject: "Mr Brandt was in Oslo, a spokeswoman said,
  and has never met Mr Kessel" (not "'...,' he said, and hung up"); or a clause with a subject of its own in
  the perfect or with a modal, the tenses of reported speech: "the rails were old, the union said, and drivers
  had reported the curve" (not "..., she said, and the crowd cheered").

What follows must be a clause (its head a verb), not a noun phrase (the outlet's gloss: "...: a claim no one
could check"), must hold no cue that reports words of its own ("...: the union, however, says ..."), and ends
at the sentence's end or a line break.
"""

from __future__ import annotations

from spacy.tokens import Token

from ...models import Span
from ..walk import kids_of
from .context import QuoteContext, in_subtree, is_verb
from .cues import source_phrase_at
from .records import clean_span

__all__ = ["continued_spans"]

_FINAL = {".", "!", "?"}
_SUBJECT_DEPS = ("nsubj", "nsubjpass", "expl", "csubj")


def continued_spans(ctx: QuoteContext, cue: Token, content: Span) -> list[Span]:
    """The spans that continue ``content``, the words ``cue`` reports, within its sentence (see the module)."""
    doc = ctx.doc
    after = content.end <= cue.idx  # the cue closes or interrupts its clause: "..., the firm says"
    out = []
    if after:
        out += [s for c in kids_of(cue) if (s := _shared_predicate(ctx, cue, c)) is not None]
    # the first word after both the reported clause and the cue's own words ("the firm says on Monday")
    k = cue.i + 1 if after else _token_at(ctx, content.end)
    while after and k < len(doc) and doc[k].text not in (":", ";") and doc[k].text not in _FINAL and \
            in_subtree(doc[k], cue):
        k += 1  # "..., says W, who speaks for the committee: ..."
    if k < len(doc) and (doc[k].text == ":" or (doc[k].text == ";" and after)):
        span = _clause_after(ctx, k)
        if span is not None:
            out.append(span)
    return out


def _token_at(ctx: QuoteContext, char: int) -> int:
    """The index of the first token that starts at or after character ``char``."""
    doc = ctx.doc
    span = doc.char_span(char, len(ctx.text), alignment_mode="expand")
    return span.start if span is not None else len(doc)


def _shared_predicate(ctx: QuoteContext, cue: Token, conj: Token) -> Span | None:
    """A finite predicate coordinated after a closing cue with no subject of its own ("..., she said, and has
    never met him"): the reported clause's subject goes on."""
    if conj.dep_ != "conj" or conj.i < cue.i or not is_verb(conj):
        return None
    subject = next((c for c in kids_of(conj) if c.dep_ in _SUBJECT_DEPS), None)
    if conj.i in ctx.cue_set and (subject is None or _reports(ctx, conj)):
        return None  # a cue of its own ("put" in "has put a signature" reports nothing)
    # A tense of its own, with an auxiliary ("has never met", "had passed every check"): a verb in the cue's own
    # form shares the cue's subject instead ("'...,' he said, and hung up").
    finite = any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBZ", "VBP", "MD") for c in kids_of(conj))
    if not finite or not any(c.dep_ == "cc" for c in kids_of(cue) if cue.i < c.i < conj.i):
        return None
    if subject is not None and (subject.lower_ in ctx.words.first_second_person or ctx.quoted[subject.i]
                                or not _perfect_or_modal(conj)):
        # A clause with its own subject goes on with the report only in a tense the report shifts it to ("...,
        # the union said, and drivers had reported the curve", "..., she told reporters, and nobody has signed"):
        # a past perfect, a present perfect or a modal; a plain past is the outlet's narration again.
        return None
    end = conj.right_edge.i
    while end > conj.i and ctx.doc[end].is_punct:
        end -= 1  # the sentence's full stop hangs on the last verb
    return _clean_clause(ctx, conj.left_edge.i, end + 1)


def _perfect_or_modal(verb: Token) -> bool:
    """``verb`` has a perfect auxiliary ("had reported", "has put") or a modal ("would close")."""
    return any(c.dep_ in ("aux", "auxpass") and (c.lemma_.lower() == "have" or c.tag_ == "MD") for c in kids_of(verb))


def _clause_after(ctx: QuoteContext, mark: int) -> Span | None:
    """The clause after a colon or semicolon at ``mark``, to the sentence's end or a line break, if it is one."""
    doc = ctx.doc
    end = mark + 1
    while end < len(doc) and doc[end].text not in _FINAL and "\n" not in doc[end].text:
        end += 1
    return _clean_clause(ctx, mark + 1, end)


def _clean_clause(ctx: QuoteContext, start: int, end: int) -> Span | None:
    """Tokens ``start``..``end`` as a span, if they make a clause of no other speaker: a verb heads them, no cue
    stands among them, and they are not mostly quoted (a quote is pass 1's)."""
    doc = ctx.doc
    toks = doc[start:end]
    if len(toks) < 3 or any(t.i in ctx.cue_set and _reports(ctx, t) for t in toks) or \
            2 * sum(ctx.quoted[t.i] for t in toks) >= len(toks):
        return None
    roots = [t for t in toks if not start <= t.head.i < end or t.head.i == t.i]
    if not roots or not all(is_verb(t) for t in roots if not t.is_punct and t.dep_ != "cc"):
        return None
    return clean_span(ctx, toks[0].idx, toks[-1].idx + len(toks[-1]))


def _reports(ctx: QuoteContext, cue: Token) -> bool:
    """A cue that reports words of its own (a clause, a parenthetical, a source phrase, a noun of speech with its
    clause), not a word of the lexicon in another sense ("its GPS records will show it", "in the yard")."""
    if not is_verb(cue):
        return bool(source_phrase_at(ctx, cue)) or any(c.dep_ in ("acl", "ccomp") for c in kids_of(cue))
    kids = list(kids_of(cue))
    if cue.dep_ == "parataxis" or any(c.dep_ in ("ccomp", "parataxis") for c in kids):
        return True
    # another source with what it found or shows: "a poll found Mr X about even" (not "its logs will show it")
    return any(c.dep_ == "nsubj" and c.pos_ != "PRON" for c in kids) and \
        any(c.dep_ in ("dobj", "oprd", "xcomp") and c.pos_ != "PRON" for c in kids)
