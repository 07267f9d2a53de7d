"""A word of one side denied as the name of the thing by another (issue 14): "That was no consultation", "this is
not a truce", "the law is not a reform", said by one claimant, against another claimant who used that word for it
("we held a consultation in every village", "the truce we signed").

Where the label is a class of the ``characterisation`` vocabulary, :mod:`.characterisation` reads it; this frame
takes any noun (not ``lists.echo_fillers``, words too general to name a thing: "problem", "question"), read only
where the denial echoes a word another side said. The denial is the attribute of a link verb with its own "not"
(or "no"), whose subject is a pronoun or a demonstrative noun standing for what was said before, or a noun the other
side's sentence names too; the other side's use is the same noun (lemma) in a statement of another speaker, not
denied there. Both must be sides (:func:`.sides.placed`).

"What X calls a Y is a Z", said by one side, answers X's word in the same way (:func:`_what_called_claims`): X's
word Y is X's label, and the speaker's sentence denies it (the speaker's own Z is read by the other frames).

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
from .sides import caller_entity, placed

__all__ = ["echoed_denial_claims"]

_WH = frozenset({"what", "whatever"})

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


def _what_called_claims(ctx: Context) -> list[Claim]:
    """ "What Ankara calls a buffer zone is an occupation", said by a side: the caller's word ("buffer zone",
    asserted by the caller) and its denial by the speaker, whose sentence says the thing is something else (an
    attribute of another noun). Nothing where the speaker and the caller are one side or either stands as none, where
    the attribute repeats the word ("what they call a drill is a drill"), or in the outlet's own words."""
    out: list[Claim] = []
    for calls in ctx.tokens(deps=("csubj",)):
        if calls.lemma_.lower() not in ctx.words.call_verbs or calls.head.lemma_.lower() not in ("be",):
            continue
        if calls.left_edge.lower_ not in _WH:
            continue
        word = next((c for c in kids_of(calls) if c.dep_ in ("dobj", "oprd") and c.pos_ == "NOUN"), None)
        caller = next((c for c in kids_of(calls) if c.dep_ == "nsubj"), None)
        other = next((c for c in kids_of(calls.head) if c.dep_ == "attr" and c.pos_ == "NOUN"), None)
        if word is None or caller is None or other is None or other.lemma_.lower() == word.lemma_.lower():
            continue
        if ctx.factuality(calls.head)[0] != "asserted":
            continue  # "what they call a drill is not an invasion": no other name given
        voice = ctx.voice(calls.idx, other.idx + len(other))
        named = caller_entity(caller, ctx)
        if voice is None or voice.statement is None or voice.claimant is None or named is None:
            continue
        if named == voice.claimant or not placed(named, ctx, office=True) or not placed(
                voice.claimant, ctx, office=True):
            continue
        lemma = " ".join([c.lower_ for c in word.lefts if c.dep_ == "compound" and c.pos_ == "NOUN"]
                         + [word.lemma_.lower()])  # "buffer zone"
        frame = (("frame", ECHO + lemma),)
        out.append(Claim(id="", kind="characterisation", predicate=ECHO + lemma,
                         evidence=ctx.token_span(calls.left_edge, word), claimant=named, arguments=frame))
        out.append(Claim(id="", kind="characterisation", predicate=ECHO + lemma,
                         evidence=ctx.token_span(calls.left_edge, other.right_edge), claimant=voice.claimant,
                         arguments=frame, polarity="negated", statement=voice.statement.id))
    return out


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
    return out + _what_called_claims(ctx)
