"""Where a claimant's label of an act stands beyond the plain frames of :mod:`.characterisation` (issue 14,
"counts" frames): the verbs and nouns around a label that still make it the claimant's word for the act.

* a verb of presenting ("presents the deaths as a confrontation", "portrayed the raid as self-defence",
  "paints the returns as voluntary repatriation"), the label after "as" on the verb or on its object, or after "for
  what it is" ("sees the levy for what it is: a tax on wine");
* a frame noun between ("as the outcome of a confrontation", "a case of restoring order", "an act of
  aggression"): the label of the frame noun's ``of`` phrase stands in the noun's place;
* "calls what is happening here the orderly repatriation": the label is the object of a clause of "what"
  under a verb of calling;
* a verb of condemning with the label as its object ("denounced the massacre of civilians");
* a label quoted from a speaker after a verb outside the quote ('told us it was "a normal arrest"').

Only claimants :func:`.sides.placed` lets stand as a side call an act here. The word lists are
``lists.presenting_verbs``, ``lists.condemning_verbs`` and ``lists.label_frame_nouns`` of
the claims vocabulary, with the agreement vocabulary's verbs of calling.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from ..walk import kids_of
from .context import Context, Voice
from .sides import caller_entity, placed

__all__ = ["called_around", "limited"]

Called = Callable[[Token, Context], "tuple[Token, Voice] | None"]
_WH = frozenset({"what", "whatever"})


def limited(head: Token, ctx: Context) -> Token | None:
    """The word that stands in the place of a label held to no more than itself: "more" of "it is no more than a
    shelter", "is little more than a shelter", "described it as no more than a shelter", "nothing" of "it was
    nothing more than a shelter" (``lists.label_limiters``); None where ``head`` is no such label ("it is more
    than a shelter" says it is not only one)."""
    than = head.head
    if head.dep_ != "pobj" or than.lower_ != "than" or than.head.lower_ != "more":
        return None
    more = than.head
    limiters = ctx.lexicon.claims.lists.label_limiters
    if more.dep_ == "amod" and more.head.lower_ in limiters:
        return more.head  # "nothing more than": "nothing" is the complement
    if any(c.lower_ in limiters and c.dep_ in ("neg", "det", "advmod") for c in kids_of(more)):
        return more
    return None


def _lift(head: Token, ctx: Context) -> Token:
    """The frame noun a label stands under ("the outcome of a confrontation": "outcome"), else the label itself."""
    frames = ctx.lexicon.claims.lists.label_frame_nouns
    cur = head
    for _ in range(2):
        of = cur.head
        if cur.dep_ in ("pobj", "pcomp") and of.lower_ == "of" and of.head.lemma_.lower() in frames:
            cur = of.head
        else:
            break
    return cur


def _voice_of(verb: Token, head: Token, caller: Token | None, ctx: Context) -> tuple[Token, Voice] | None:
    """The voice that calls an act so: the statement's speaker, else the subject of the verb of calling when it
    names an entity (directly, or as the owner of "the ministry's communique")."""
    voice = ctx.voice(verb.idx, head.idx + len(head))
    if voice is None:
        return None
    if voice.statement is not None:
        return verb, voice
    if caller is None or caller.dep_ != "nsubj":
        return None
    eid = caller_entity(caller, ctx)
    return (verb, Voice(eid, None)) if eid is not None else None


def _for_what_it_is(prep: Token) -> bool:
    """``prep`` is the "for" of "for what it is", whose object is the label named after it ("regards the levy for
    what it is: a tax on wine")."""
    return prep.lower_ == "for" and any(
        c.dep_ == "pcomp" and c.lemma_.lower() == "be" and any(w.lower_ in _WH for w in kids_of(c))
        for c in kids_of(prep))


def _presented(head: Token, ctx: Context) -> tuple[Token, Token | None] | None:
    """(verb, caller) where ``head`` follows "as" (or "for what it is") on a verb of presenting or calling, or on its
    object."""
    lists = ctx.lexicon.claims.lists
    verbs = lists.presenting_verbs | ctx.words.call_verbs
    prep = head.head
    if head.dep_ != "pobj" or (prep.lower_ not in ctx.words.as_words and not _for_what_it_is(prep)):
        return None
    verb = prep.head
    if verb.dep_ == "dobj" and verb.head.pos_ == "VERB":
        verb = verb.head  # "presents the deaths as ...": "as" hangs on the object
    if verb.lemma_.lower() not in verbs:
        return None
    return verb, ctx.subject(verb)


def _wh_called(head: Token, ctx: Context) -> tuple[Token, Token | None] | None:
    """ "calls what is happening here the orderly repatriation": the object of a "what" clause under a verb of
    calling."""
    clause = head.head
    if head.dep_ != "dobj" or clause.dep_ not in ("ccomp", "xcomp"):
        return None
    verb = clause.head
    if verb.lemma_.lower() not in ctx.words.call_verbs:
        return None
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _WH for c in kids_of(clause)):
        return None
    return verb, ctx.subject(verb)


def _condemned(head: Token, ctx: Context) -> tuple[Token, Token | None] | None:
    """ "denounced the massacre", "condemned the crackdown": the label as the object of a verb of condemning."""
    verb = head.head
    if head.dep_ != "dobj" or verb.lemma_.lower() not in ctx.lexicon.claims.lists.condemning_verbs:
        return None
    return verb, ctx.subject(verb)


def _quoted(head: Token, ctx: Context) -> tuple[Token, Voice] | None:
    """A label quoted from a speaker after a link verb outside the quote: 'a spokesman told us it was "a normal
    arrest"' (the quote is the speaker's word for the act, though the verb is the outlet's)."""
    verb = head.head
    if head.dep_ not in ("attr", "acomp") or verb.lemma_.lower() not in ctx.words.link_verbs:
        return None
    voice = ctx.voice(head.idx, head.idx + len(head))
    return (verb, voice) if voice is not None and voice.statement is not None else None


def called_around(head: Token, ctx: Context, called: Called) -> tuple[Token, Voice] | None:
    """The verb by which a claimant calls an act ``head`` in the frames of this module, with the claimant's voice,
    or None. ``called`` is the plain frames' test (:func:`.characterisation._called`), tried on the frame noun a
    label stands under ("it was the result of a clash")."""
    lifted = _lift(head, ctx)
    found = called(lifted, ctx) if lifted is not head else _quoted(head, ctx)
    for frame in (_presented, _wh_called, _condemned):
        if found is not None:
            break
        hit = frame(lifted, ctx)
        if hit is not None:
            found = _voice_of(hit[0], head, hit[1], ctx)
    return found if found is not None and placed(found[1].claimant, ctx) else None
