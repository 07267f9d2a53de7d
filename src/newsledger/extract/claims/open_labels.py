"""Labels in any words (issue 14): what a side calls a thing where no frame of the ``characterisation`` vocabulary,
no agreement's label and no claim of praise or blame reads the label ("the director calls the scheme a land grab",
"for us it is a border toll", "the minister described the reform as a housekeeping measure").

The frames are those of :mod:`.valence` ("X is a Y", "calls X a Y", "describes X as Y", and :mod:`.labels`); the
thing is the link verb's subject or the calling verb's object, and a pronoun ("it", "this") stands for the thing
labelled last in the four sentences before it, else for the thing of another side's later label whose noun the
text gave in those sentences ("passed a river law ... calls it a navigation code ... 'this law is a toll gate'"),
else for a thing left unnamed (``about`` None: "it is a relic" is still the speaker's word for what was
discussed); a subject that is no noun claims nothing, but for a clause of "what" ("what they put up is a weather
station", and "calls what happened a safety escort", where the parse makes the label the object of the clause).
A label denied
("not a Y") claims nothing here (:mod:`.echoes` reads a denial of another side's word), nor does a word too general
to name a thing (``lists.echo_fillers``: "problem", "question"; a noun compounded before it makes one a name: "a
work plan"), nor a label another claim of the speaker already
reads at these words (a frame's, an agreement's, a valence, a state, a cause), nor a figure ("turnout was 47
percent": a quantity's) or a thing said to exist ("there is a permit").

Each gives a claim of kind ``characterisation``, predicate ``LABEL`` + the noun's lemma with the nouns compounded
before it ("label: border toll"), ``about`` the thing, with no agreement. Any speaker the text names makes them, not
only one that stands as a side (:func:`.sides.placed`); the outlet's own words make none.

Two sides' labels of one thing are compared only where the thing is named by a noun of its own (:func:`_referent`:
"the deployment", "it" for it, or a name the text gives a noun: "Exercise Blue Anchor", "Blue Anchor, a naval
drill"), and the label says what the thing is beyond that noun: not the noun itself ("the drill is an annual
drill"), nor a word general enough to hold any label under it (``lists.label_general_nouns``: "a facility", "a
measure"); the thing's noun is not one that asks for an answer rather than a name (``lists.label_question_nouns``:
"the issue is funding", "the problem is the pumps"). Such a label carries the frame ``THING`` + the thing's noun
("thing: deployment"), and the comparison (:mod:`newsledger.compare`) sets two sides' different labels of it
against each other ("a military build-up" vs "a relief column"); a label without the frame is recorded only.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from ...compare import LABEL, THING
from ...models import Claim
from ..walk import kids_of
from .characterisation import called_by, quoted_label
from .context import Context
from .valence import _LABEL_DEPS, _POINTERS, _REACH, _framed, _not_before, _thing, _words, label_evidence

__all__ = ["LABEL", "open_label_claims"]

_WH = frozenset({"what", "whatever"})
_NOT_THINGS = frozenset({"PERSON", "NORP", "GPE", "DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL",
                         "ORDINAL"})  # names whose labels are not what a thing is
_READ = frozenset({"characterisation", "status", "cause"})  # kinds of claims that already read a label's words
_KINDS = frozenset({"set", "kind", "sort", "form", "type"})  # "a kind of siege": the label is the noun after "of"


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


def _of_kind(head: Token) -> Token:
    """The noun a head of kind or quantity passes the label to (:data:`_KINDS`): "it is a set of notes", "a kind
    of truce", "a form of blockade" label "note", "truce", "blockade"; ``head`` itself where no such noun follows
    it, or where it has a determiner of its own before the noun ("a form of the old tariff" names a thing). The
    caller keeps ``head`` where the noun is no open label (:func:`_open`: a unit of time, "a set of minutes")."""
    if head.lemma_.lower() not in _KINDS:
        return head
    of = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    noun = next((c for c in of.rights if c.dep_ == "pobj"), None) if of is not None else None
    if noun is None or noun.pos_ != "NOUN" or any(c.dep_ in ("det", "poss") for c in noun.lefts):
        return head
    return noun


def _free_relative(tok: Token, ctx: Context) -> bool:
    """``tok`` heads a clause of "what" that is the subject of a link verb, naming the thing by what was done with it
    or seen of it: "what they put up is a weather station", "what we see is a convoy"."""
    telling = ctx.lexicon.claims.lists.telling_verbs  # "what he said is nonsense" judges a telling (reports.py)
    return tok.dep_ in ("csubj", "ccomp", "xcomp") and tok.pos_ in ("VERB", "AUX") and (
        tok.lemma_.lower() not in telling) and any(c.lower_ in _WH and c.i < tok.i for c in kids_of(tok))


def _wh_object(head: Token, ctx: Context) -> Token | None:
    """The clause of "what" whose object the parse made the label of a verb of calling: "calls what happened a
    security deployment" (the label is the claimant's word for what happened, not a thing that happened)."""
    clause = head.head
    if head.dep_ != "dobj" or clause.dep_ not in ("ccomp", "xcomp") or (
            clause.head.lemma_.lower() not in ctx.words.call_verbs):
        return None
    return clause if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _WH and c.i < clause.i
                         for c in kids_of(clause)) else None


def _name(head: Token) -> str:
    """The label's name: the lemma of its noun with the nouns compounded before it ("housekeeping measure")."""
    return " ".join([c.lower_ for c in head.lefts if c.dep_ == "compound" and c.pos_ == "NOUN"]
                    + [head.lemma_.lower()])


def _is_name(tok: Token) -> bool:
    """``tok`` is a word of a name: a proper noun, or a word in capitals ("SEA WARDEN", which the parse may take for
    a common noun)."""
    return tok.pos_ == "PROPN" or (tok.is_upper and tok.is_alpha and len(tok) > 1)


def _name_noun(name: Token, ctx: Context) -> str | None:
    """The common noun the text gives the name ``name`` heads, anywhere in it: a title before the name ("Exercise
    Blue Anchor", "Operation Dawn") or a noun set beside it ("Blue Anchor, a naval drill"); None where it gives none."""
    words = {t.lower_ for t in name.subtree if _is_name(t) or t.pos_ == "NUM"}
    for tok in ctx.doc:
        if tok.lower_ != name.lower_ or not _is_name(tok):
            continue
        first = min((t for t in tok.subtree if t.lower_ in words), key=lambda t: t.i, default=tok)
        before = ctx.doc[first.i - 1] if first.i > 0 else None
        if before is not None and before.is_title and before.head.i == tok.i and before.dep_ == "compound" and (
                before.lower_ not in words):
            return before.lemma_.lower()  # "Exercise Blue Anchor": the title's noun
        noun = next((c for c in kids_of(tok) if c.dep_ == "appos" and c.pos_ == "NOUN"), None)
        if noun is not None:
            return noun.lemma_.lower()  # "Blue Anchor, a naval drill"
    return None


def _referent(thing: Token | None, ctx: Context) -> str | None:
    """The noun that names the thing labelled, for comparing two sides' labels of it: a common noun's lemma ("the
    deployment"), or the noun the text gives a name (:func:`_name_noun`); None for a clause ("what they put up"), a
    name the text gives no noun, and a noun that asks for an answer (``lists.label_question_nouns``)."""
    if thing is None or thing.ent_type_ in _NOT_THINGS:
        return None  # a person's or a people's label is a role ("president", "founder"), a place's another matter
    noun = _name_noun(thing, ctx) if _is_name(thing) else thing.lemma_.lower() if thing.pos_ == "NOUN" else None
    if noun is None or not noun.isalpha() or noun in ctx.lexicon.claims.lists.label_question_nouns:
        return None
    return noun


def _frame(head: Token, thing: Token | None, referent: str | None, ctx: Context) -> tuple[tuple[str, str], ...]:
    """The frame ``THING`` + the thing's noun of a label that says what the thing is beyond that noun; none else. A
    noun compounded before the thing's own noun says so ("the law is a transparency law", "it is a customs fence"
    of the fence), unless the thing's name has the same words ("the media law is a media law"); a general noun
    stays too general to set against another label however it is compounded ("a housekeeping measure")."""
    lemma = head.lemma_.lower()
    if referent is None:
        return ()
    name = _name(head)
    compounded = lemma == referent and name != lemma and (thing is None or _name(thing) != name)
    if not compounded and (lemma == referent or lemma in ctx.lexicon.claims.lists.label_general_nouns):
        return ()
    return (("frame", THING + referent),)


def _antecedent(pointer: Token, k: int, noun: str, ctx: Context) -> Token | None:
    """The last noun ``noun`` (a lemma) before ``pointer`` in its sentence or the :data:`_REACH` sentences before it:
    what "it" of "calls it a Y" stands for where no label named a thing before ("Chile passed a press law. The
    minister calls it a transparency law")."""
    for tok in reversed(ctx.doc[:pointer.i]):
        if k - ctx.sentence_of(tok) > _REACH:
            return None
        if tok.pos_ == "NOUN" and tok.lemma_.lower() == noun:
            return tok
    return None


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
    unnamed: list[tuple[int, Token, Token, int]] = []  # (index in out, label, pointer, sentence): no label before
    loose: list[tuple[int, Token]] = []  # (index in out, label) of a label of a clause of "what"
    for head in ctx.tokens(deps=(*_LABEL_DEPS, "dobj", "appos")):
        wh = _wh_object(head, ctx)
        quoted = quoted_label(head, ctx)
        if head.pos_ != "NOUN" or (head.dep_ in ("dobj", "appos") and wh is None and quoted is None):
            continue
        called = called_by(head, ctx, cued=True)  # the labels are never compared: a speaker the attribution finds
        if called is None:
            continue
        verb, voice = called
        said_of = thing = wh or quoted or _thing(verb, head, ctx)
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
        kind_of = _of_kind(head)
        if kind_of is not head and _open(kind_of, framed, ctx):
            head = kind_of  # "a kind of siege" labels "siege"; a noun no label is ("a set of minutes") leaves "set"
        if voice.claimant is None or not _open(head, framed, ctx):
            continue
        polarity, modality = ctx.factuality(verb)
        if polarity == "negated" or _not_before(head) or _read(head, voice.claimant, found):
            continue
        assert said_of is not None
        if pointer and thing is None:
            unnamed.append((len(out), head, said_of, k))
        elif thing is not None and _free_relative(thing, ctx):
            loose.append((len(out), head))
        out.append(Claim(
            id="", kind="characterisation", predicate=LABEL + _name(head),
            evidence=label_evidence(ctx, head, verb, said_of), claimant=voice.claimant, polarity="asserted",
            modality=modality, statement=voice.statement.id if voice.statement is not None else None,
            about=ctx.phrase(thing) if thing is not None else None,
            arguments=_frame(head, thing, _referent(thing, ctx), ctx),
        ))
    out = _named_later(out, unnamed, ctx)
    return _one_thing(out, loose, ctx)


def _country(claimant: str | None, ctx: Context) -> str | None:
    ent = ctx.entities.get(claimant or "")
    return ent.country if ent is not None else None


def _one_thing(out: list[Claim], loose: list[tuple[int, Token]], ctx: Context) -> list[Claim]:
    """``out`` with each label of a thing named by a clause of "what" ("what Denmark has built is a closed border")
    given the frame of the one thing the document's other labels name, where they name exactly one and a speaker of
    another known country labels it: "the minister describes the measures as spot checks" (two countries' words for
    the one thing the piece is about). ("It" with no antecedent may be any
    thing the text named: :func:`_named_later` asks for its noun.)"""
    frames = {f for c in out if (f := c.argument("frame")) is not None and f.startswith(THING)}
    if len(frames) != 1:
        return out
    frame = next(iter(frames))
    for at, head in loose:
        claim = out[at]
        mine = _country(claim.claimant, ctx)
        if claim.argument("frame") is not None or mine is None or not any(
                c.argument("frame") == frame and _country(c.claimant, ctx) not in (None, mine) for c in out):
            continue
        framed = _frame(head, None, frame[len(THING):], ctx)
        if framed:
            out[at] = replace(claim, arguments=framed)
    return out


def _named_later(out: list[Claim], unnamed: list[tuple[int, Token, Token, int]], ctx: Context) -> list[Claim]:
    """``out`` with each label said of a pointer that found no label before it ("calls it a Y") given the frame of a
    later label of another speaker whose thing's noun the text names just before the pointer (:func:`_antecedent`):
    "Chile passed a press law. The minister calls it a transparency law. ... 'This law is a gag,' the editor said"
    labels one law twice."""
    for at, head, pointer, k in unnamed:
        claim = out[at]
        for later in out[at + 1:]:
            frame = later.argument("frame")
            if frame is None or not frame.startswith(THING) or later.claimant == claim.claimant:
                continue
            noun = _antecedent(pointer, k, frame[len(THING):], ctx)
            if noun is None:
                continue
            framed = _frame(head, noun, frame[len(THING):], ctx)
            if framed:
                out[at] = replace(claim, about=ctx.phrase(noun), arguments=framed)
            break
    return out
