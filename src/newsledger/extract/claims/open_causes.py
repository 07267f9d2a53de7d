"""Causes named in any words (issue 14): a claimant links an effect to a cause phrase the cause vocabulary has no
class for ("the pumps stopped because of a jammed intake", "the smell comes from the tannery", "the roof fell
in because nobody repaired it").

The frames (``open_cause`` in the claims vocabulary, ``lists.open_cause_links`` and ``lists.open_cause_verbs``):

* **a link phrase before the cause** ("because of", "due to", "owing to", "caused by", "came from", "the
  result of"): the cause is the noun phrase the link's last preposition governs;
* **"because" with a clause**: the cause is the clause ("the wall fell because nobody shored it up");
* **a verb of causing with the incident as its object** ("a jammed intake caused the flood"): the cause is the
  subject's phrase;
* **the cause named by a cause noun** ("the cause was a jammed intake", "the source of the smoke is ...").

The effect must be a happening, not someone's act: the clause the link hangs on has no first-person or named
doer ("we closed the road because of the flood" gives a reason for an act, not a cause of an incident), and the
document names an incident (:func:`.causes.first_incident`). Only a statement's speaker who can stand as a side
(:func:`.sides.placed`) claims such a cause, in a sentence whose cause no vocabulary frame read already.

The claim's predicate is ``OPEN_CAUSE`` followed by the content lemmas of the cause phrase ("cause: intake jam");
:mod:`newsledger.compare` reads two such causes with no word in common, told by two sides, as two causes of one
incident.
"""

from __future__ import annotations

import functools
from bisect import bisect_right

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from ...compare import OPEN_CAUSE
from ...models import Claim
from .causes import first_incident, verb_over
from .context import Context, Voice
from .sides import placed

__all__ = ["open_cause_claims"]

_CONTENT = ("NOUN", "PROPN", "VERB", "ADJ")
_MAX_WORDS = 6  # content lemmas kept of one cause phrase
_DOERS = ("PERSON", "ORG", "NORP", "GPE")


def _link_at(sent: SpacySpan, i: int, links: tuple[tuple[str, ...], ...]) -> int:
    """The length of the longest link phrase of ``links`` (those whose first word the token at ``i`` has)
    starting at token ``i`` of ``sent`` (words matched on the form or the lemma), 0 where none does."""
    doc = sent.doc
    best = 0
    for phrase in links:
        end = i + len(phrase)
        if len(phrase) > best and end <= sent.end and all(
                doc[i + k].lower_ == w or doc[i + k].lemma_.lower() == w for k, w in enumerate(phrase)):
            best = len(phrase)
    return best


def _content(toks: list[Token], ctx: Context) -> tuple[str, ...]:
    """The content lemmas of a cause phrase, in text order, without the words that name no cause of their own."""
    skip = ctx.lexicon.claims.lists.open_cause_fillers
    out: list[str] = []
    for t in toks:
        lemma = t.lemma_.lower()
        if t.pos_ in _CONTENT and t.is_alpha and lemma not in skip and lemma not in out:
            out.append(lemma)
    return tuple(out[:_MAX_WORDS])


def _doer(verb: Token, ctx: Context) -> bool:
    """The clause of ``verb`` tells someone's act: its subject is a person, a body or a place that acts, a
    pronoun of a person, or the speaker ("we"); or the clause has an object ("the crew closed the valve")."""
    subj = ctx.subject(verb)
    lists = ctx.lexicon.claims.lists
    if any(c.dep_ == "dobj" for c in verb.children) and verb.lemma_.lower() not in lists.open_cause_verbs:
        return True
    if subj is None:
        return False
    if subj.lower_ in lists.open_cause_doer_pronouns or subj.ent_type_ in _DOERS:
        return True
    return ctx.entity(subj) is not None


def _negated_link(first: Token) -> bool:
    """A "not" just before the link: "not because of the rain"."""
    i = first.i - 1
    return i >= 0 and first.doc[i].lower_ in ("not", "n't", "never")


def _claim(ctx: Context, voice: Voice, effect: Token, cause: list[Token], first: Token, last: Token,
           negated: bool) -> Claim | None:
    words = _content(cause, ctx)
    if not words:
        return None
    polarity, modality = ctx.factuality(effect)
    if negated:
        polarity = "negated" if polarity == "asserted" else "asserted"
    assert voice.statement is not None
    return Claim(
        id="", kind="cause", predicate=OPEN_CAUSE + " ".join(words), evidence=ctx.token_span(first, last),
        claimant=voice.claimant, polarity=polarity, modality=modality, statement=voice.statement.id,
    )


def _voice(ctx: Context, first: Token, last: Token) -> Voice | None:
    voice = ctx.voice(first.idx, last.idx + len(last))
    if voice is None or voice.statement is None or voice.claimant is None:
        return None
    return voice if placed(voice.claimant, ctx, office=True) else None


def _incidental(tok: Token, ctx: Context) -> bool:
    """``tok`` (an object of a verb of causing) names an incident, or stands for one ("it", "this")."""
    lists = ctx.lexicon.claims.lists
    lemma = tok.lemma_.lower()
    return (lemma in ctx.words.incident_nouns or lemma in lists.natural_incidents
            or tok.lower_ in lists.incident_anaphors or lemma in lists.open_cause_effects)


def _linked(tok: Token, size: int, ctx: Context) -> Claim | None:
    """A link phrase of ``size`` words from ``tok``: "because of X", "caused by X", "came from X"."""
    link = ctx.doc[tok.i:tok.i + size]
    obj = next((c for t in link for c in t.children if c.dep_ == "pobj" and c.i >= link.end), None)
    if obj is None:
        return None
    effect = verb_over(tok if tok.pos_ in ("VERB", "AUX") else tok.head)
    if _doer(effect, ctx):
        return None
    phrase = list(obj.subtree)
    subj = ctx.subject(effect)
    first = subj.left_edge if subj is not None and subj.i < tok.i else tok
    voice = _voice(ctx, first, phrase[-1])
    return None if voice is None else _claim(ctx, voice, effect, phrase, first, phrase[-1], _negated_link(tok))


def _because(tok: Token, ctx: Context) -> Claim | None:
    """ "because" with a clause: "the wall fell because nobody shored it up"."""
    clause, effect = tok.head, tok.head.head
    if _doer(effect, ctx):
        return None
    phrase = [t for t in clause.subtree if t.i > tok.i]
    if not phrase:
        return None
    first = (ctx.subject(effect) or effect).left_edge
    if first.i > tok.i:
        first = tok
    last = max(phrase, key=lambda t: t.i)
    voice = _voice(ctx, first, last)
    return None if voice is None else _claim(ctx, voice, effect, phrase, first, last, _negated_link(tok))


def _caused(tok: Token, ctx: Context) -> Claim | None:
    """A verb of causing with the incident as its object: "a jammed intake caused the flood"."""
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    subj = ctx.subject(tok)
    if obj is None or subj is None or subj.dep_ != "nsubj" or not _incidental(obj, ctx):
        return None
    if subj.lower_ in ctx.lexicon.claims.lists.incident_anaphors or subj.pos_ == "PRON" or ctx.entity(subj):
        return None  # "it caused the flood" names no cause; "the company caused it" is responsibility's
    phrase = list(subj.subtree)
    last = max(obj.subtree, key=lambda t: t.i)
    voice = _voice(ctx, phrase[0], last)
    return None if voice is None else _claim(ctx, voice, tok, phrase, phrase[0], last, False)


@functools.cache
def _links_by_first(links: frozenset[str]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The link phrases by their first word (built once per list)."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for phrase in links:
        words = tuple(phrase.split())
        out.setdefault(words[0], []).append(words)
    return {first: tuple(phrases) for first, phrases in out.items()}


def _sentence_claims(sent: SpacySpan, ctx: Context) -> list[Claim]:
    lists = ctx.lexicon.claims.lists
    by_first = _links_by_first(frozenset(lists.open_cause_links))
    verbs = lists.open_cause_verbs
    lowers, lemmas = ctx.forms()  # strings read once per document: no Token made for a word that starts nothing
    out: list[Claim] = []
    for i in range(sent.start, sent.end):
        lower, lemma = lowers[i], lemmas[i]
        links = by_first.get(lower, ()) + (by_first.get(lemma, ()) if lemma != lower else ())
        if not links and lower != "because" and lemma not in verbs:
            continue
        tok = sent.doc[i]
        claim: Claim | None = None
        size = _link_at(sent, i, links) if links else 0
        if size:
            claim = _linked(tok, size, ctx)
        elif lower == "because" and tok.dep_ == "mark" and tok.head.dep_ == "advcl":
            claim = _because(tok, ctx)
        elif tok.pos_ == "VERB" and lemma in verbs:
            claim = _caused(tok, ctx)
        if claim is not None:
            out.append(claim)
    return out


def open_cause_claims(ctx: Context, found: list[Claim]) -> list[Claim]:
    """The open causes of the document (see the module docstring); ``found`` are the claims made so far: a
    sentence holding a cause claim among them is left alone."""
    if "open_cause_links" not in ctx.lexicon.claims.lists:
        return []
    starts = [sent.start_char for sent in ctx.sents]
    done = {max(0, bisect_right(starts, c.evidence.start) - 1) for c in found if c.kind == "cause"}
    incident: bool | None = None
    out: list[Claim] = []
    for n, sent in enumerate(ctx.sents):
        if n in done:
            continue
        got = _sentence_claims(sent, ctx)
        if not got:
            continue
        if incident is None:
            incident = first_incident(ctx) is not None
        if not incident:
            return []
        seen: set[str] = set()
        for claim in got:
            if claim.predicate not in seen:
                seen.add(claim.predicate)
                out.append(claim)
    return out
