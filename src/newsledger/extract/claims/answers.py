"""Answers without content of their own: "that is a lie", "the reverse is true", "nothing of the sort happened".

A side often answers another's claim by calling it untrue without saying it again: "That is a lie", "None of this
is true", "This is not what happened", "That never happened", "The opposite is true", or a bare "Nonsense." in a
quote. Such an answer claims the denial of what it answers: the nearest earlier claim of another camp (within
:data:`_LOOKBACK_SENTS` sentences), of whatever kind it is: an event did not happen, a status does not hold, a
cause is not the cause, an actor did not accept. Only when that claim is unambiguous: the answered side's claims in
that statement (or sentence) must state one proposition (figures aside, which an answer does not turn into a
figure of its own), and no other side may have spoken after it (the answer may then be to words that carry no
claim the extractors read); otherwise the answer claims nothing. The answer's claim copies the answered one (its
predicate, arguments, time, place and what it is about) with the other polarity and the answerer's evidence, so the
comparison sets the two against each other like any other pair.

Only a named speaker answers (the outlet's own voice does not); a question, a condition or a clause that says
what is untrue itself ("it is false that ...") is no answer; an answer already denied by the report denials of
:mod:`.reports` or the event denials of :mod:`.events` (the same speaker denying at the same words) is not told
twice.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace

from spacy.tokens import Token

from ...lexicon import Lexicon
from ...models import Claim
from ..walk import kids_of
from .context import Context, Voice
from .denials import one_side
from .posts import voice_at

__all__ = ["answer_claims"]

_LOOKBACK_SENTS = 2  # an answer answers a claim this many sentences back at most
_PRED_DEPS = ("acomp", "attr", "oprd")
_OWN_CONTENT = ("ccomp", "csubj", "xcomp", "advcl")  # "it is false that ...", "it is a lie to say ..."
_NOT_FRAGMENTS = frozenset({"so", "case", "right", "happened"})
_FRAGMENT_WORDS = 4  # "Utter nonsense", "Lies, all of it", "Quite the opposite"
_ALPHA = re.compile(r"[A-Za-z]+")


@dataclass(frozen=True, slots=True)
class _Words:
    """The answer vocabulary of one lexicon (built once per lexicon)."""

    subjects: frozenset[str]
    falsity: frozenset[str]
    truth: frozenset[str]
    reversals: frozenset[str]
    truth_subjects: frozenset[str]
    occurrence: frozenset[str]
    nothing: frozenset[str]


@functools.lru_cache(maxsize=8)
def _words(lexicon: Lexicon) -> _Words:
    lists = lexicon.claims.lists
    falsity = frozenset(w for w in lists["falsity_words"] | lists["answer_falsity"] if " " not in w)
    return _Words(lists["answer_subjects"], falsity, frozenset(w.split()[-1] for w in lists["answer_truth"]),
                  lists["answer_reversals"], lists["answer_truth_subjects"], lists["occurrence_verbs"],
                  lists["nothing_words"])


def _is(tok: Token, words: frozenset[str]) -> bool:
    return tok.lower_ in words or tok.lemma_.lower() in words


def _preds(verb: Token) -> list[Token]:
    return [c for c in kids_of(verb) if c.dep_ in _PRED_DEPS]


def _what_happened(verb: Token, w: _Words) -> bool:
    """ "(is not) what happened": a clause of an occurrence verb whose subject is "what"."""
    return any(c.dep_ in ("ccomp", "attr") and _is(c, w.occurrence)
               and any(s.lower_ == "what" and s.dep_ == "nsubj" for s in kids_of(c)) for c in kids_of(verb))


def _untrue(verb: Token, negated: bool, w: _Words) -> bool:
    """The clause of ``verb`` calls its subject untrue: "is a lie", "was invented", "is not true", "is not what
    happened", "never happened"."""
    if _what_happened(verb, w):
        return negated
    if any(c.dep_ in _OWN_CONTENT for c in kids_of(verb)):
        return False
    preds = _preds(verb)
    if not negated:
        return _is(verb, w.falsity) or any(_is(p, w.falsity) for p in preds)
    return _is(verb, w.occurrence) or any(_is(p, w.truth) for p in preds)


def _answer(tok: Token, ctx: Context, w: _Words) -> Token | None:
    """The verb (or the fragment's head) of an answer whose subject, or fragment, is ``tok``; None if it is none."""
    verb = tok.head
    if tok.dep_ == "ROOT" or _fragment(tok, ctx, w):  # "Nonsense." "Quite the opposite." "Not true."
        untrue = _is(tok, w.falsity) or _is(tok, w.reversals) or (
            _is(tok, w.truth) and any(c.dep_ == "neg" for c in kids_of(tok)))
        if tok.pos_ in ("NOUN", "ADJ") and untrue and not any(
                c.dep_ in ("nsubj", "nsubjpass", "prep", "acl", "relcl") for c in kids_of(tok)):
            return tok
        return None
    if tok.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ in ("relcl", "acl") or verb.pos_ not in ("VERB", "AUX"):
        return None
    if not (_is(verb, w.falsity) or _is(verb, w.occurrence) or _what_happened(verb, w)
            or any(_is(p, w.falsity) or _is(p, w.truth) or _is(p, w.reversals) for p in _preds(verb))):
        return None  # no word of untruth, truth or happening: no answer (asked before the costlier factuality)
    polarity, modality = ctx.factuality(verb)
    if modality != "actual":
        return None
    negated = polarity == "negated"
    if _is(tok, w.reversals) and any(c.lower_ == "the" for c in kids_of(tok)):
        truth = any(_is(p, w.truth) for p in _preds(verb))  # "the reverse is true", "the opposite is the case"
        return verb if truth and not negated else None
    if tok.lemma_.lower() in w.truth_subjects and any(_is(p, w.reversals) for p in _preds(verb)):
        return None if negated else verb  # "the truth is the opposite", "the reality is quite the reverse"
    if tok.lower_ in w.nothing and _is(verb, w.occurrence):
        return verb  # "nothing of the sort happened"
    if tok.lower_ not in w.subjects and not (tok.pos_ == "NOUN" and tok.lower_ in w.subjects):
        return None
    return verb if _untrue(verb, negated, w) else None


def _fragment(tok: Token, ctx: Context, w: _Words) -> bool:
    """ "'Nonsense,' said X": a quote of a few words (:data:`_FRAGMENT_WORDS` at most) that calls something untrue
    or turns it around, hung on the verb of saying."""
    if not (_is(tok, w.falsity) or _is(tok, w.reversals) or _is(tok, w.truth)):
        return False
    stmt = ctx.attribution.statement_at(tok.idx, tok.idx + len(tok))
    if stmt is None or stmt.kind != "direct":
        return False
    return len(_ALPHA.findall(stmt.content.text)) <= _FRAGMENT_WORDS


def _answerable(claim: Claim) -> bool:
    """A claim whose denial is a claim of its kind: not a figure, nor an agreement's label (the label code's)."""
    if claim.kind == "quantity" or claim.modality != "actual":
        return False
    return not (claim.kind == "characterisation" and claim.argument("frame") is None)


def _family(claim: Claim) -> tuple[str, str]:
    return claim.kind, claim.predicate


def _answered(at: Token, voice: Voice, claims: list[Claim], ctx: Context) -> Claim | None:
    """The claim an answer at ``at`` answers: the nearest earlier claim of another camp, if its statement (or
    sentence) holds claims of one proposition only."""
    lower = ctx.sents[max(0, ctx.sentence_of(at) - _LOOKBACK_SENTS)].start_char
    earlier = [c for c in claims if lower <= c.evidence.start and c.evidence.end <= at.idx
               and not one_side(c.claimant, voice.claimant, ctx) and c.claimant is not None]
    if not earlier:
        return None
    nearest = max(earlier, key=lambda c: (c.evidence.end, c.evidence.start))
    last = _last_other_statement(at, voice, ctx, lower)
    if last is not None and nearest.statement != last:
        return None  # another side spoke after that claim: the answer may be to words with no claim of their own
    if nearest.statement is not None:
        group = [c for c in earlier if c.claimant == nearest.claimant and c.statement == nearest.statement]
    else:
        sent = next((s for s in ctx.sents if s.start_char <= nearest.evidence.start < s.end_char), None)
        if sent is None:
            return None
        group = [c for c in earlier if c.claimant == nearest.claimant and c.statement is None
                 and sent.start_char <= c.evidence.start < sent.end_char]
    told = [c for c in group if _answerable(c)]
    # An event told inside a claim of a kind of its own is that claim's act ("accepted" in "had accepted the offer").
    told = [c for c in told if c.kind != "event" or not any(
        o.kind != "event" and o.evidence.start <= c.evidence.start and c.evidence.end <= o.evidence.end for o in told)]
    if len({_family(c) for c in told}) != 1 or (any(c.kind == "quantity" for c in group) and len(told) != 1):
        return None
    return max(told, key=lambda c: c.evidence.end)


def _last_other_statement(at: Token, voice: Voice, ctx: Context, lower: int) -> str | None:
    """The id of the last statement before ``at`` (from ``lower`` on) of a speaker not on the answerer's side."""
    before = [st for st in ctx.statements.values() if st.speaker is not None and lower <= st.content.start
              and st.content.end <= at.idx and not one_side(st.speaker, voice.claimant, ctx)]
    return max(before, key=lambda st: st.content.end).id if before else None


def _told_already(claim: Claim, claims: list[Claim]) -> bool:
    """The speaker makes this claim at these words already (a report or event denial of the same event)."""
    return any(c.claimant == claim.claimant and c.kind == claim.kind and c.predicate == claim.predicate
               and c.polarity == claim.polarity and c.evidence.start < claim.evidence.end
               and claim.evidence.start < c.evidence.end for c in claims)


def answer_claims(ctx: Context, claims: list[Claim]) -> list[Claim]:
    """The claims of the answers in the document without content of their own, each the denial of the claim it
    answers among ``claims`` (the claims found so far), in text order."""
    w = _words(ctx.lexicon)
    out: list[Claim] = []
    # "Not true." as a fragment: the truth adjectives, not the other truth words ("so", "the case"), too common
    lowers = w.subjects | w.reversals | w.nothing | w.falsity | w.truth_subjects | (w.truth - _NOT_FRAGMENTS)
    for tok in ctx.tokens(lowers=lowers):
        head = _answer(tok, ctx, w)
        if head is None:
            continue
        voice = voice_at(ctx, head.idx, head.idx + len(head))
        if voice is None or voice.claimant is None or voice.statement is None:
            continue
        answered = _answered(min(tok, head, key=lambda t: t.i), voice, claims, ctx)
        if answered is None:
            continue
        if head.i == tok.i:  # a fragment: all its words ("Utter nonsense")
            words = [t for t in tok.subtree if not t.is_punct] or [tok]
            first, last = words[0], words[-1]
        else:
            last = max([head, tok, *_preds(head), *(c for c in kids_of(head) if c.dep_ == "ccomp" and c.i > head.i)],
                       key=lambda t: t.i)  # "That is a lie", "This is not what happened"
            last = max(last.subtree, key=lambda t: t.i) if last is not head else last
            first = min(tok, head, key=lambda t: t.i)
        claim = replace(answered, id="", claimant=voice.claimant, evidence=ctx.token_span(first, last),
                        polarity="negated" if answered.polarity == "asserted" else "asserted",
                        statement=voice.statement.id, revises=None, corroborates=())
        if not _told_already(claim, claims):
            out.append(claim)
    return out
