"""A word of one side denied as the name of the thing by another (issue 14): "That was no consultation", "this is
not a truce", "the law is not a reform", said by one claimant, against another claimant who used that word for it
("we held a consultation in every village", "the truce we signed").

Where the label is a class of the ``characterisation`` vocabulary, :mod:`.characterisation` reads it; this frame
takes any noun (not ``lists.echo_fillers``, words too general to name a thing: "problem", "question"), read only
where the denial echoes a word another side said. The denial is the attribute of a link verb with its own "not"
(or "no"), whose subject is a pronoun or a demonstrative noun standing for what was said before, or a noun the other
side's sentence names too; the other side's use is the same noun (lemma) in a statement of another speaker, not
denied there. Both must be sides (:func:`.sides.placed`).

Each gives a claim of kind ``characterisation`` with the predicate ``ECHO`` + the noun's lemma and the argument
``frame`` ``ECHO`` + the lemma: the use asserted, the denial negated ("It is not a wall": the one proposition, denied),
so the two meet (one label asserted and denied in one frame: :mod:`newsledger.compare`) and no other.
"""

from __future__ import annotations

from spacy.tokens import Token

from ...compare import ECHO
from ...models import Claim
from ..walk import kids_of
from .context import Context, Voice
from .sides import placed

__all__ = ["echoed_denial_claims"]

_NEGATORS = ("not", "n't", "never", "no")


def _denied_label(tok: Token, ctx: Context) -> bool:
    """``tok`` (a noun) is the attribute of a link verb denied by its own "not" or "no": "That was no consultation",
    "this is no truce", "the law is not a reform"."""
    if tok.dep_ != "attr" or tok.pos_ != "NOUN":
        return False
    verb = tok.head
    if verb.lemma_.lower() not in ctx.lexicon.claims.lists.link_verbs:
        return False
    subj = ctx.subject(verb)
    if subj is None or (subj.pos_ == "PRON" and subj.lower_ not in ctx.lexicon.claims.lists.incident_anaphors):
        return False  # "we are not a party": a claimant on itself, not on a thing said
    negated = any(c.dep_ == "neg" for c in kids_of(verb)) or any(
        c.dep_ == "det" and c.lower_ in _NEGATORS for c in kids_of(tok))
    return negated and not any(c.dep_ in ("amod", "compound") for c in kids_of(tok))


def _used(lemma: str, voice: Voice, ctx: Context) -> tuple[Token, Voice] | None:
    """The first use of the noun ``lemma``, not denied, in a statement of another placed speaker."""
    for tok in ctx.doc:
        if tok.pos_ != "NOUN" or tok.lemma_.lower() != lemma:
            continue
        other = ctx.voice(tok.idx, tok.idx + len(tok))
        if other is None or other.statement is None or other.claimant is None or other.claimant == voice.claimant:
            continue
        if not placed(other.claimant, ctx, office=True):
            continue
        if any(c.dep_ == "det" and c.lower_ in _NEGATORS for c in kids_of(tok)) or (
                tok.dep_ == "attr" and any(c.dep_ == "neg" for c in kids_of(tok.head))):
            continue
        verb = tok
        for _ in range(6):
            if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
                break
            verb = verb.head
        polarity, modality = ctx.factuality(verb)
        if polarity == "asserted" and modality == "actual":
            return tok, other
    return None


def _of_it(subj: Token, use: Token, ctx: Context) -> bool:
    """The denial is said of what the other side named: a pronoun or a noun with a demonstrative that stands for
    it ("That was no consultation", "this law is not a reform"), or a noun the other side's sentence names too ("the
    letter was not a consultation" answers "the letter we sent was a consultation", not "we held a consultation")."""
    pointers = ctx.lexicon.claims.lists.incident_anaphors
    if subj.lower_ in pointers or any(c.dep_ == "det" and c.lower_ in pointers for c in kids_of(subj)):
        return True
    sent = ctx.sents[ctx.sentence_of(use)]
    return any(t.lemma_.lower() == subj.lemma_.lower() for t in sent if t.i != use.i)


def _claim(tok: Token, voice: Voice, denied: bool, first: Token, ctx: Context) -> Claim:
    """The use of the word (``ECHO`` + lemma, asserted) or its denial (the same, negated), as a claimant words
    them."""
    lemma = tok.lemma_.lower()
    assert voice.statement is not None
    return Claim(
        id="", kind="characterisation", predicate=ECHO + lemma, evidence=ctx.token_span(first, tok),
        claimant=voice.claimant, arguments=(("frame", ECHO + lemma),), polarity="negated" if denied else "asserted",
        statement=voice.statement.id,
    )


def echoed_denial_claims(ctx: Context, found: list[Claim]) -> list[Claim]:
    """The echoed denials of the document and the uses they answer (see the module docstring); a label the
    vocabulary's frames read already (a characterisation claim whose evidence holds the noun) is left to them."""
    lists = ctx.lexicon.claims.lists
    if "echo_fillers" not in lists:
        return []
    out: list[Claim] = []
    done: set[str] = set()
    for tok in ctx.tokens(deps=("attr",)):
        lemma = tok.lemma_.lower()
        if lemma in done or lemma in lists.echo_fillers or not tok.is_alpha or not _denied_label(tok, ctx):
            continue
        if any(c.kind == "characterisation" and c.evidence.start <= tok.idx < c.evidence.end for c in found):
            continue
        voice = ctx.voice(tok.idx, tok.idx + len(tok))
        if voice is None or voice.statement is None or voice.claimant is None:
            continue
        if not placed(voice.claimant, ctx, office=True):
            continue
        used = _used(lemma, voice, ctx)
        subj = ctx.subject(tok.head)
        if used is None or subj is None or not _of_it(subj, used[0], ctx):
            continue
        done.add(lemma)
        first = subj.left_edge if subj is not None and subj.i < tok.i else tok.head
        out.append(_claim(tok, voice, True, first, ctx))
        use, other = used
        out.append(_claim(use, other, False, use.left_edge if use.left_edge.i >= use.i - 3 else use, ctx))
    return out
