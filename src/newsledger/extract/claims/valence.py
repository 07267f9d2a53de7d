"""Characterisation by valence: what a claimant calls an act or a policy, told by the praise or the blame in the
label's words (issue 14). "The ministry calls the scheme a model of fair reform" praises the scheme; "it is a
betrayal of the workers" blames it. Two camps whose labels of one thing have opposite valence disagree, even where
no frame of the ``characterisation`` vocabulary knows the dispute (those labels stay the frames' claims:
:mod:`.characterisation`).

The label is a noun said of the thing in the plain frames of :mod:`.characterisation` and :mod:`.labels` ("X is a
Y", "calls X a Y", "regards X as Y", "a model of Y"); its valence comes from its head and the nouns conjoined to it,
the adjectives and nouns that modify them and the noun of their ``of`` phrase, against ``lists.praise_words`` and
``lists.blame_words`` (mixed words give none). A label denied ("not a success") claims nothing: it is as often a
hedge ("not a perfect solution but a necessary one") as a denial. The thing is the link verb's subject or the
calling verb's object; a pronoun ("this", "it") stands for the thing labelled last in the four sentences before it,
and nothing else: a label of no thing the text names claims nothing. The predicate is ``praise`` or ``blame`` in
the frame ``valence``; the claim's ``about`` is the thing, so labels of two different things never meet (the
comparison reads ``about`` for this frame). Only claimants :func:`.sides.placed` lets stand make these claims.
"""

from __future__ import annotations

from spacy.tokens import Token

from ...models import Claim, Span
from ..walk import kids_of
from .characterisation import called_by, split_thing
from .context import Context, Match
from .labels import limited
from .sides import placed

__all__ = ["VALENCE", "valence_claims"]

VALENCE = "valence"
_LABEL_DEPS = ("attr", "oprd", "pobj")
_MODS = ("amod", "compound")
_REACH = 4  # sentences back in which a pronoun finds the thing labelled before
_POINTERS = frozenset({"this", "that", "it"})


def _words(head: Token) -> list[Token]:
    """The label's words that carry its valence: the head and the nouns conjoined to it ("a swindle and a
    disaster"), their modifiers, the noun of their "of" phrase and that noun's modifiers ("a model of fair reform":
    model, reform, fair)."""
    nouns = [head, *(c for c in kids_of(head) if c.dep_ == "conj" and c.pos_ == "NOUN")]
    out: list[Token] = []
    for noun in nouns:
        out += [noun, *(c for c in kids_of(noun) if c.dep_ in _MODS)]
        for of in (c for c in kids_of(noun) if c.dep_ == "prep" and c.lower_ == "of"):
            for obj in (p for p in kids_of(of) if p.dep_ == "pobj" and p.pos_ == "NOUN"):
                out += [obj, *(c for c in kids_of(obj) if c.dep_ in _MODS)]
    return out


def _valence(words: list[Token], ctx: Context) -> str | None:
    lists = ctx.lexicon.claims.lists
    lemmas = {t.lemma_.lower() for t in words} | {t.lower_ for t in words}
    good, bad = bool(lemmas & lists.praise_words), bool(lemmas & lists.blame_words)
    if good == bad:
        return None  # neither, or both: "a rescue turned disaster" says no one thing
    return "praise" if good else "blame"


def _thing(verb: Token, head: Token, ctx: Context) -> Token | None:
    """What the label is said of: the subject of a link verb, else the object of the calling verb. A label held to
    no more than itself ("it is no more than a shelter") is said of what the word in its place is said of."""
    head = limited(head, ctx) or head
    split = split_thing(head, ctx)
    if split is not None:
        return split  # "calls this law censorship": the thing the parse compounded to the label
    if head.dep_ in ("attr", "acomp") and verb.lemma_.lower() in ctx.words.link_verbs:
        return ctx.subject(verb) or next((c for c in kids_of(verb) if c.dep_ == "csubj"), None)
    return next((c for c in kids_of(verb) if c.dep_ == "dobj"), None)


def _not_before(head: Token) -> bool:
    """ "not a success", "is not a reform": a "not" just before the label (its determiner and modifiers between)."""
    i = head.left_edge.i - 1
    return i >= 0 and head.doc[i].lower_ in ("not", "never", "n't")


def valence_claims(ctx: Context) -> list[Claim]:
    """One claim per label of praise or blame a placed claimant says of a thing the text names, in text order."""
    framed = _framed(ctx)
    out: list[Claim] = []
    labelled: list[tuple[int, Token]] = []  # (sentence, thing) of every label seen, framed ones too
    for head in ctx.tokens(deps=(*_LABEL_DEPS, "dobj")):
        if head.pos_ != "NOUN" or (head.dep_ == "dobj" and split_thing(head, ctx) is None):
            continue
        words = [t for t in _words(head) if t.i != head.i - 1 or t.dep_ != "compound"]
        in_frame = any(t.i in framed for t in words)
        valence = None if in_frame else _valence(words, ctx)
        if valence is None and not in_frame:
            continue
        found = called_by(head, ctx)
        if found is None:
            continue
        verb, voice = found
        said_of = thing = _thing(verb, head, ctx)
        k = ctx.sentence_of(head)
        if thing is not None and thing.lower_ in _POINTERS:
            thing = next((t for s, t in reversed(labelled) if k - s <= _REACH and t.i < head.i), None)
        if thing is None or thing.pos_ not in ("NOUN", "PROPN"):
            continue
        labelled.append((k, thing))
        if valence is None or not placed(voice.claimant, ctx):
            continue  # a label of a frame is the frame's claim
        polarity, modality = ctx.factuality(verb)
        if polarity == "negated" or _not_before(head):
            continue  # "not a perfect solution but a necessary one": a label denied is as often a hedge
        assert said_of is not None
        out.append(Claim(
            id="", kind="characterisation", predicate=valence, evidence=label_evidence(ctx, head, verb, said_of),
            claimant=voice.claimant, arguments=(("frame", VALENCE),), polarity="asserted", modality=modality,
            statement=voice.statement.id if voice.statement is not None else None, about=ctx.phrase(thing),
        ))
    return out


def label_evidence(ctx: Context, head: Token, verb: Token, said_of: Token) -> Span:
    """The words of a label ``head`` given by ``verb``: from the thing it is said of where that stands just before it
    ("the plan is a Y", "it is a Y", "calls it a Y"), else from the label's own first word, to its last word."""
    last = max(t.i for t in head.subtree if t.i - head.i <= 12 and not t.is_punct)
    near = said_of.i < head.i and head.i - said_of.i <= 12
    first = min(said_of.left_edge.i, verb.i) if near else head.left_edge.i
    return ctx.token_span(ctx.doc[first], ctx.doc[last])


def _framed(ctx: Context) -> frozenset[int]:
    """The tokens of the labels of the ``characterisation`` frames (those labels are the frames' claims)."""
    found: set[int] = set()
    for sent in ctx.sents:
        for match in ctx.matches(sent):
            if match.entry.kind == "characterisation":
                found.update(range(match.start, match.end))
                found.add(_noun_after(match).i)
    return frozenset(found)


def _noun_after(match: Match) -> Token:
    head = match.head
    nxt = head.head
    return nxt if head.dep_ in ("compound", "amod") and nxt.pos_ == "NOUN" and nxt.i == match.end else head
