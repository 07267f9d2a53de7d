"""A flow told as unbroken, against a cut-off: "the supplier switched off the line for four days" and
"electricity flowed to the city without interruption all week" (a counter-fact with no denial word).

A clause in a speaker's reported words whose verb goes on "without" a noun of a break (``lists.break_nouns``:
"without interruption", "without a single outage") or with an adverb of an unbroken course
(``lists.unbroken_adverbs``: "ran uninterrupted", "flowed continuously"), actual and asserted, denies that what
it tells of was cut off: an ``event`` claim of the cut-off act class (``lists.unbroken_denies``, a class of
``existence_classes``: switching or cutting off, shutting down), negated, so that the comparison sets it against
another side's telling of that act. Its ``about`` is left open: the flow ("electricity", "gas") and the line cut
("the 220-kilovolt line") are one thing told in other words. A verb that is itself a cut-off, a stop or an end
("the talks ended without a break") tells nothing unbroken; nor does the outlet's own telling.
"""

from __future__ import annotations

from spacy.tokens import Token

from ...models import Claim
from ..walk import kids_of
from .context import Context
from .denials import verb_class

__all__ = ["continuity_claims"]

_ACT_PREFIX = "act:"
_WITHOUT = frozenset({"without"})


def _unbroken_verbs(ctx: Context) -> list[Token]:
    """The verbs qualified as going on unbroken: "without interruption", "uninterrupted", "continuously"."""
    lists = ctx.lexicon.claims.lists
    out: dict[int, Token] = {}
    for prep in ctx.tokens(lowers=_WITHOUT):
        if prep.dep_ != "prep" or prep.head.pos_ != "VERB":
            continue
        if any(o.dep_ == "pobj" and o.lemma_.lower() in lists["break_nouns"] for o in kids_of(prep)):
            out.setdefault(prep.head.i, prep.head)
    for adv in ctx.tokens(lowers=lists["unbroken_adverbs"]):
        if adv.head.pos_ == "VERB" and adv.head.i != adv.i:
            out.setdefault(adv.head.i, adv.head)
    return [out[i] for i in sorted(out)]


def continuity_claims(ctx: Context) -> list[Claim]:
    """The negated cut-off claims of the flows a speaker tells as unbroken."""
    lists = ctx.lexicon.claims.lists
    denied = sorted(lists["unbroken_denies"])
    if not denied:
        return []
    act = denied[0]
    found: list[Claim] = []
    for verb in _unbroken_verbs(ctx):
        if verb_class(verb, ctx.lexicon) == act or verb.lemma_.lower() in lists["unbroken_not_flows"]:
            continue  # "they shut the line without warning": a cut-off itself; "ended without a break"
        voice = ctx.voice(verb.idx, verb.idx + len(verb.text))
        if voice is None or voice.claimant is None or voice.statement is None:
            continue
        if ctx.factuality(verb) != ("asserted", "actual"):
            continue
        found.append(Claim(id="", kind="event", predicate=f"{_ACT_PREFIX}{act}",
                           evidence=ctx.clause_span(verb, verb), claimant=voice.claimant, polarity="negated",
                           modality="actual", statement=voice.statement.id))
    return found
