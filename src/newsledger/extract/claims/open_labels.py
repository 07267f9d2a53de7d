"""Labels in any words (issue 14): what a side calls a thing where no frame of the ``characterisation`` vocabulary,
no agreement's label and no claim of praise or blame reads the label ("the director calls the scheme a land grab",
"for us it is a border toll", "the minister described the reform as a housekeeping measure").

The frames are those of :mod:`.valence` ("X is a Y", "calls X a Y", "describes X as Y", and :mod:`.labels`); the
thing is the link verb's subject or the calling verb's object, and a pronoun ("it", "this") stands for the thing
labelled last in the four sentences before it, else for a thing left unnamed (``about`` None: "it is a relic" is
still the speaker's word for what was discussed); a subject that is no noun claims nothing, but for a clause of
"what" ("what they put up is a weather station"). A label denied
("not a Y") claims nothing here (:mod:`.echoes` reads a denial of another side's word), nor does a word too general
to name a thing (``lists.echo_fillers``: "problem", "question"; a noun compounded before it makes one a name: "a
work plan"), nor a label another claim of the speaker already
reads at these words (a frame's, an agreement's, a valence, a state, a cause), nor a figure ("turnout was 47
percent": a quantity's) or a thing said to exist ("there is a permit").

Each gives a claim of kind ``characterisation``, predicate ``LABEL`` + the noun's lemma with the nouns compounded
before it ("label: border toll"), ``about`` the thing, with no frame and no agreement: the ledger records who calls
the thing what, and the comparison never sets two such labels against each other (two sides' different words for one
thing are as often the same account as two). As the labels are never compared, any speaker the text names makes
them, not only one that stands as a side (:func:`.sides.placed`); the outlet's own words make none.
"""

from __future__ import annotations

from spacy.tokens import Token

from ...models import Claim
from .characterisation import called_by
from .context import Context
from .valence import _LABEL_DEPS, _POINTERS, _REACH, _framed, _not_before, _thing, _words, label_evidence

__all__ = ["LABEL", "open_label_claims"]

LABEL = "label: "
_WH = frozenset({"what", "whatever"})
_READ = frozenset({"characterisation", "status", "cause"})  # kinds of claims that already read a label's words


def _open(head: Token, framed: frozenset[int], ctx: Context) -> bool:
    """``head`` is a label no frame of the ``characterisation`` vocabulary reads: a common noun, not a filler
    (unless a noun is compounded before it), not a figure. An agreement type or a word of praise or blame is one
    here where the agreement's label or the valence made no claim of the speaker at these words (:func:`_read`):
    the agreement was not found, or the speaker stands as no side."""
    lemma = head.lemma_.lower()
    compounded = any(c.dep_ == "compound" and c.pos_ == "NOUN" for c in head.lefts)  # "a work plan": no filler
    lists = ctx.lexicon.claims.lists
    if head.pos_ != "NOUN" or not lemma.isalpha() or (lemma in lists.echo_fillers and not compounded):
        return False
    if lemma in lists.cause_nouns:
        return False  # "the manoeuvre was the cause of the contact" names a cause (open_causes.py), not a label
    counts = ctx.lexicon.quantities
    figure = head.like_num or lemma in counts.numbers or lemma in counts.multipliers
    if figure or lemma in counts.open_count_stop or head.lower_ in counts.not_counts or any(
            c.like_num or c.dep_ == "nummod" or (c.dep_ == "det" and c.lower_ in ctx.words.negative_determiners)
            for c in head.lefts):
        return False  # a figure ("turnout was 47 percent", "two boats") or a denial ("there is no permit")
    return not any(t.i in framed for t in _words(head))


def _free_relative(tok: Token, ctx: Context) -> bool:
    """``tok`` heads a clause of "what" that is the subject of a link verb, naming the thing by what was done with it
    or seen of it: "what they put up is a weather station", "what we see is a convoy"."""
    telling = ctx.lexicon.claims.lists.telling_verbs  # "what he said is nonsense" judges a telling (reports.py)
    return tok.dep_ == "csubj" and tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() not in telling and any(
        c.lower_ in _WH and c.i < tok.i for c in tok.children)


def _name(head: Token) -> str:
    """The label's name: the lemma of its noun with the nouns compounded before it ("housekeeping measure")."""
    return " ".join([c.lower_ for c in head.lefts if c.dep_ == "compound" and c.pos_ == "NOUN"]
                    + [head.lemma_.lower()])


def _read(head: Token, claimant: str | None, found: list[Claim]) -> bool:
    """A claim of ``claimant`` of a kind that reads labels holds ``head`` already."""
    at = head.idx
    return any(c.kind in _READ and c.claimant == claimant and c.evidence.start <= at < c.evidence.end for c in found)


def open_label_claims(ctx: Context, found: list[Claim]) -> list[Claim]:
    """One claim per label in any words a named speaker says of a thing the text names, in text order; ``found``
    are the claims made so far (a label one of them reads is theirs)."""
    framed = _framed(ctx)
    out: list[Claim] = []
    labelled: list[tuple[int, Token]] = []  # (sentence, thing) of every label seen
    for head in ctx.tokens(deps=_LABEL_DEPS):
        if head.pos_ != "NOUN":
            continue
        called = called_by(head, ctx, cued=True)  # the labels are never compared: a speaker the attribution finds
        if called is None:
            continue
        verb, voice = called
        said_of = thing = _thing(verb, head, ctx)
        k = ctx.sentence_of(head)
        pointer = thing is not None and thing.lower_ in _POINTERS
        if pointer:
            thing = next((t for s, t in reversed(labelled) if k - s <= _REACH and t.i < head.i), None)
        if ((thing is None and not pointer)
                or (thing is not None and thing.pos_ not in ("NOUN", "PROPN") and not _free_relative(thing, ctx))
                or (said_of is not None and said_of.dep_ == "expl")):
            continue  # no thing, or "there is a Y": a Y said to exist, not a label
        if thing is not None:
            labelled.append((k, thing))
        if voice.claimant is None or not _open(head, framed, ctx):
            continue
        polarity, modality = ctx.factuality(verb)
        if polarity == "negated" or _not_before(head) or _read(head, voice.claimant, found):
            continue
        assert said_of is not None
        out.append(Claim(
            id="", kind="characterisation", predicate=LABEL + _name(head),
            evidence=label_evidence(ctx, head, verb, said_of), claimant=voice.claimant, polarity="asserted",
            modality=modality, statement=voice.statement.id if voice.statement is not None else None,
            about=ctx.phrase(thing) if thing is not None else None,
        ))
    return out
