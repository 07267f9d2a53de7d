"""Acceptance claims: who accepted (or refused) which proposal, by whose account.

Three frames:

* a verb of the acceptance vocabulary and its object: "X accepted the offer", "X agreed to the timetable",
  "X said yes to the amnesty", "the plan was approved by X", "X rejected the deal"; "X agreed to extend the
  arrangement" (the thing is the complement's object, where that names a proposal); "agreed to let the crews go
  home" (the subject of the small clause after the complement); "agreed to joint inspections" (the noun after an
  adjective the parser took for an infinitive); "accepted that the census would use the old forms" (the subject of
  a clause of what is to be done);
* a consent noun given or withheld (``consent_nouns`` with ``consent_verbs`` / ``withhold_verbs``): "X gave
  its consent", "X granted approval for the plan", "X withheld its blessing";
* a bare verb of accepting (``bare_acceptance_verbs``) whose thing the story named just before: "Russia
  agreed too"; in the passive, its subject the thing ("no map was agreed", "the timetable was never agreed");
  "agree" with a direct object of ``acceptance_objects`` ("Latvia agreed the new timetable");
* an accord denied as a whole (``accord_nouns``): "there is no agreement on price", "no deal was reached", "they
  reached no agreement".

A thing that is an indefinite pronoun (``indefinite_things``) is the thing named before; a negative one denies
it ("we signed nothing", "has not agreed to anything"). A denial with no accepter of its own ("nothing had been
signed", "the offer was never accepted", "there is no agreement", "no timetable had been settled") said by a speaker
denies the acceptance claim before: its accepters and its thing are that claim's. The narrator's ("no deal was
reached") and an affirmation with no accepter make no claim (whose consent it is stays open).

A verb that means nothing but accepting (``bare_acceptance_verbs``) takes any noun after "to", or any act on a
thing, as its thing ("agreed to a new depot", "agreed to keep its trawlers out"), and a consent noun an act
("gave its consent to widen the road"), in a speaker's words only. A denial whose accepter is a negative pronoun
("nobody agreed to anything") answers the last acceptance told, for its accepters; one whose accepter is a common
noun or a reported pronoun said by the spokesperson of an accepter before ("the group had signed nothing") is that
accepter's.

The accepter may be a pronoun or a plural noun that stands for the accepters of the acceptance claim before it
(``acceptance_agent_anaphors``: "they", "both parties": one claim each); with no claim before, "the two sides" and
"both parties" are the speaker and the one other state or body named in that sentence or the two before. The
thing may be a pronoun ("it"), a
demonstrative ("that offer"), a noun of the same word family as the thing before ("any extension" after "agreed
to extend the arrangement"; "any amnesty" after "an amnesty for his fighters"), or absent: it is then the thing
of the nearest acceptance claim before, within :data:`WINDOW` sentences, else a proposal noun of the two
sentences before. Such a claim's ``about`` is the antecedent's words, so two accounts of one acceptance are
about one thing. A claim needs an accepter (an entity) and a thing; otherwise there is none.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import numpy as np
from spacy.attrs import LEMMA
from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from ...lexicon import Lexicon
from ...lexicon.claims import phrase_words
from ...models import Claim, Polarity, Span
from ..walk import among, kids_of, misread_content_clause, word_keys
from .acceptance_idioms import idiom, idiom_lemmas
from .context import Context, Match, Voice

__all__ = ["STEP", "WINDOW", "acceptance_claims"]

WINDOW = 5
"""Sentences back in which a pronoun, a demonstrative or an absent thing finds its antecedent."""

STEP = "accepted:step"
"""The predicate of a lesser step's acceptance ("agreed only to hold talks"): a proposition of its own, never compared
with the acceptances of the whole thing (the same side's denial of the whole is no revision of it, another side's
account of the whole no corroboration)."""

_GIVING = frozenset({"make", "give", "take"})
"""Verbs that make or give an accord besides the agreement vocabulary's: "no commitment had been made", "no
decision was taken"."""

_OBJECT_DEPS = ("dobj", "xcomp", "ccomp", "attr", "oprd", "acomp")
_CLAUSE_DEPS = ("advcl", "acl", "relcl", "amod", "pcomp")
_THING_PREPS = ("to", "for", "on")
_CONSENT_PREPS = ("to", "for")
_AGREED_PREPS = ("to", "on", "upon")  # "agreed to a new plant", "agreed on a working group"
_SIDE_TYPES = frozenset({"GPE", "ORG", "NORP"})  # the entities "the two sides" may stand for
_ANAPHORIC_PRONOUNS = frozenset({"it", "this", "that"})
_STEM = 5
_ACCORD_PREPS = ("on", "over", "to", "for", "about")
_NOT_OCCASION = frozenset({"with", "upon", "about", "of", "by"})  # a partner, a thing, the accepter
_ACCOMPANYING = "with"  # "agreed to start patrols, with mixed crews": how the act is done (:func:`_verbal`)
_MANNER_PREPS = frozenset({"in"})  # "in principle", "in full", "in part", "in writing"
_TIMES = frozenset({"DATE", "TIME"})


@dataclass(frozen=True, slots=True)
class _Frame:
    """One acceptance as the parse gives it: the clause's verb, the predicate words, accepter and thing."""

    verb: Token
    first: Token  # the predicate words, for the evidence
    last: Token
    agent: Token | None
    thing: Token | None  # None: the thing named before
    polarity: Polarity  # of the words: "reject" and "withhold consent" deny
    complement: Token | None = None  # "agreed to extend the arrangement": "extend"
    implicit: bool = False  # no accepter of its own ("nothing had been signed"): a denial takes the claim before's
    accord: bool = False  # an accord noun denied by its own "no" ("no deal was reached"): negated once
    deferred: bool = False  # "any deal will be a matter for the ministers": no accord yet, told in the future tense
    promise: bool = False  # "accepted that the census would use the old forms": the thing the clause's subject
    other_words: bool = False  # "the offer was never on the table": the frame's polarity is the claim's
    lesser: bool = False  # "agreed only to a trial": the thing before denied, in another side's answer only
    # "agreed only to a trial", "agreed to hold talks", "agreed to study the plan": the first word of the lesser
    # thing, a weighing or a step short of the whole, that was accepted (an acceptance of its own, asserted)
    limited: Token | None = None


@dataclass(frozen=True, slots=True)
class _Found:
    """A claim found, with what later pronouns and demonstratives may refer back to."""

    claim: Claim
    sent: int
    agents: tuple[str, ...]
    about: Span
    stems: frozenset[str]


@dataclass(frozen=True, slots=True)
class _Words:
    """The acceptance lists of one lexicon, indexed: consent phrases by their head word, and the lemmas that
    start a consent, bare or accord frame."""

    consent: dict[str, tuple[tuple[str, ...], ...]]  # head word -> the words before it, per phrase
    accord: frozenset[str]
    indefinite: frozenset[str]
    lemmas: tuple[str, ...]


@functools.lru_cache(maxsize=8)
def _words(lexicon: Lexicon) -> _Words:
    """The acceptance lists of ``lexicon`` (built once per lexicon)."""
    lists = lexicon.claims.lists
    consent: dict[str, list[tuple[str, ...]]] = {}
    for phrase in lists.consent_nouns:
        words = tuple(w for w in phrase_words(phrase) if w != "-")
        consent.setdefault(words[-1], []).append(words[:-1])
    lemmas = set(consent) | lists.bare_acceptance_verbs | lists.accord_nouns | idiom_lemmas(lists)
    return _Words({k: tuple(v) for k, v in consent.items()}, lists.accord_nouns, lists.indefinite_things,
                  tuple(sorted(lemmas)))


def _candidates(ctx: Context) -> dict[int, list[Token]]:
    """The tokens whose lemma may start a consent, bare or accord frame, by sentence (one array pass)."""
    doc = ctx.doc
    words = _words(ctx.lexicon)
    lemmas = doc.to_array([LEMMA]).reshape(len(doc))
    mask = among(lemmas, word_keys(words.lemmas))
    out: dict[int, list[Token]] = {}
    for i in np.flatnonzero(mask):
        tok = doc[int(i)]
        out.setdefault(ctx.sentence_of(tok), []).append(tok)
    return out


def _stems(tokens: list[Token]) -> frozenset[str]:
    return frozenset(t.lemma_.lower()[:_STEM] for t in tokens if t.pos_ in ("NOUN", "VERB", "PROPN") and len(t) > 3)


def _prep_object(tok: Token, preps: tuple[str, ...]) -> Token | None:
    for p in kids_of(tok):
        if p.dep_ in ("prep", "dative") and p.lower_ in preps:
            return next((c for c in kids_of(p) if c.dep_ == "pobj"), None)
    return None


def _passive_agent(verb: Token) -> Token | None:
    for c in kids_of(verb):
        if c.dep_ == "agent":
            return next((p for p in kids_of(c) if p.dep_ == "pobj"), None)
    return None


def _manner(prep: Token) -> bool:
    """A preposition that tells how or when the thing was accepted, not what: "agreed in principle to the map",
    "accepted in full", "rejected on Monday"."""
    return prep.lower_ in _MANNER_PREPS or any(p.dep_ == "pobj" and p.ent_type_ in _TIMES for p in kids_of(prep))


def _verbal(match: Match, ctx: Context) -> _Frame | None:
    """ "X accepted the offer", "the plan was approved by X", "X agreed to extend the arrangement"."""
    verb = match.head
    if verb.pos_ not in ("VERB", "AUX") or verb.dep_ in ("amod", "compound"):
        return None
    first, last = ctx.doc[match.start], ctx.doc[match.end - 1]
    polarity = match.entry.polarity
    subj, first = _verbal_subject(verb, first, ctx)
    told = _passive(verb, first, last, subj, polarity) or _cleft_study(verb, ctx) or (
        _lesser(verb, ctx) if polarity == "asserted" else None)
    if told is not None:  # "the plan was approved by X", "what we signed was a plan to study it", "signed up only to
        return told  # an exchange of data": a lesser acceptance, as "agreed only to" is
    for c in verb.children:
        # not the phrase's own noun ("shook hands on", "put its name to"); "taking it to our members is not
        # accepting it": an act, no accepter, as subject
        if c.dep_ == "dobj" and not match.start <= c.i < match.end:
            clausal = subj is None and any(s.dep_ == "csubj" for s in verb.children)
            return _Frame(verb, first, last, subj, c, polarity, implicit=clausal)
    inner = [t for t in ctx.doc[match.start:match.end] if t.dep_ == "prep"]
    # a "with" phrase after the complement of what is to be done ("agreed to begin joint patrols, with mixed teams of
    # police") tells how it is to be done, never the thing accepted: the complement names it
    acts = [c.i for c in kids_of(verb) if c.dep_ == "xcomp" and c.pos_ == "VERB" and c.i > verb.i]
    after = [c for c in kids_of(verb) if c.dep_ == "prep" and c.i >= match.end and not _manner(c)
             and not (c.lower_ == _ACCOMPANYING and any(i < c.i for i in acts))]
    for p in inner + after[:1]:
        pobj = next((c for c in kids_of(p) if c.dep_ == "pobj"), None)
        if pobj is not None:
            return _Frame(verb, first, last, subj, pobj, polarity)
    unparsed = _unparsed_thing(verb, first, last, subj, polarity, ctx)
    if unparsed is not None:
        return unparsed
    for c in kids_of(verb):
        if c.dep_ == "xcomp" and c.pos_ == "VERB":  # "agreed to extend the arrangement"; not "agreed to meet"
            obj = next((o for o in kids_of(c) if o.dep_ == "dobj"), None) or _causee(c)
            if obj is not None and c.lemma_.lower() in ctx.lexicon.claims.lists.deliberation_verbs:
                # "agreed only to discuss the plan": the plan weighed, not accepted
                return _Frame(verb, first, c, subj, obj, "negated" if polarity == "asserted" else "asserted",
                              limited=c if polarity == "asserted" and _limited(verb, c, ctx) else None)
            if obj is not None and _weighed(obj, ctx):
                # "agreed to hold talks (on the plan)": the plan, or the thing named before, still to be weighed
                return _Frame(verb, first, obj, subj, _weighed_thing(obj, ctx),
                              "negated" if polarity == "asserted" else "asserted",
                              limited=c if polarity == "asserted" and _limited(verb, c, ctx) else None)
            if obj is not None and (obj.lemma_.lower() in ctx.words.acceptance_objects or _committed(verb, obj, ctx)):
                return _Frame(verb, first, c, subj, obj, polarity, complement=c)
            return None
    if any(c.dep_ in _OBJECT_DEPS for c in kids_of(verb)) or verb.dep_ in _CLAUSE_DEPS:
        return None
    return _Frame(verb, first, last, subj, None, polarity)  # "they accepted": the thing named before


def _verbal_subject(verb: Token, first: Token, ctx: Context) -> tuple[Token | None, Token]:
    """The subject of an acceptance verb and the first word of its evidence."""
    subj = ctx.subject(verb)
    if subj is None and verb.dep_ == "xcomp":  # "the union refused to accept the plan"
        subj = ctx.subject(verb.head)
    if subj is None:
        subj = _outbid_subject(verb, ctx)
        if subj is not None:  # the evidence from the thing denied: "no postponement was discussed, let alone ..."
            return subj, subj.left_edge
    return subj, first


def _outbid_subject(verb: Token, ctx: Context) -> Token | None:
    """ "no postponement was discussed, let alone accepted": a verb after a link that outbids the verb before it
    (``outbidding_links``) shares that verb's passive subject where "no" denies it (the thing denied the lesser act is
    denied the stronger one); the parse hangs the verb on the link's "let" or on the verb outbid."""
    if verb.i < 2 or " ".join(t.lower_ for t in ctx.doc[verb.i - 2:verb.i]) not in (
            ctx.lexicon.claims.lists.outbidding_links):
        return None
    outbid = verb.head
    if outbid.i == verb.i - 2 and outbid.dep_ == "conj":  # hung on "let"
        outbid = outbid.head
    if outbid.i >= verb.i - 2 or outbid.pos_ != "VERB":
        return None
    subj = next((c for c in kids_of(outbid) if c.dep_ == "nsubjpass"), None)
    return subj if subj is not None and _negative_thing(subj, ctx) else None


def _passive(verb: Token, first: Token, last: Token, subj: Token | None, polarity: Polarity) -> _Frame | None:
    """ "the plan was approved by X": the passive subject the thing, the "by" phrase the accepter (else none)."""
    if subj is None or subj.dep_ != "nsubjpass":
        return None
    agent = _passive_agent(verb)
    return _Frame(verb, first, last, agent, subj, polarity, implicit=agent is None)


def _unparsed_thing(verb: Token, first: Token, last: Token, subj: Token | None, polarity: Polarity,
                    ctx: Context) -> _Frame | None:
    """A thing that stands where no object or preposition of the verb holds it: after "to" misread as the mark
    of an infinitive ("agreed to joint inspections"), or as the subject of a clause of what is to be done ("accepted
    that the census would use the old forms")."""
    misread = _to_object(verb)
    if misread is not None:
        return _Frame(verb, first, last, subj, misread, polarity)
    promised = _promised(verb, ctx)
    if promised is not None:
        return _Frame(verb, first, last, subj, promised[1], polarity, complement=promised[0], promise=True)
    return None


def _promised(verb: Token, ctx: Context) -> tuple[Token, Token] | None:
    """ "accepted that the census would use the old forms", "agreed that the inspections will start in May": a
    clause after the verb of accepting that tells what is to be done (a future or conditional auxiliary,
    ``deferral_auxiliaries``) is the thing accepted: (the clause's verb, its subject), where that is a noun. So is
    one that gives a party leave to act (``permission_auxiliaries`` with an entity as the subject: "agreed that
    Chile may go ahead with the bridge")."""
    lists = ctx.lexicon.claims.lists
    auxiliaries, permissions = lists.deferral_auxiliaries, lists.permission_auxiliaries
    for c in kids_of(verb):
        if c.dep_ != "ccomp" or c.pos_ not in ("VERB", "AUX") or c.i < verb.i:
            continue
        subj = next((t for t in kids_of(c) if t.dep_ in ("nsubj", "nsubjpass")), None)
        if not any(a.dep_ == "aux" and (a.lower_ in auxiliaries or (
                a.lower_ in permissions and subj is not None and subj.dep_ == "nsubj"
                and ctx.entity(subj) is not None)) for a in kids_of(c)):
            continue
        if subj is not None and subj.pos_ in ("NOUN", "PROPN"):
            return c, subj
    return None


def _to_object(verb: Token) -> Token | None:
    """ "agreed to joint inspections": the parser may read "to" before an adjective as the mark of an infinitive, the
    adjective as the verb's complement and the noun after it as the adjective's object; that noun is what "to"
    governs (the adjective acts on nothing)."""
    for c in kids_of(verb):
        if c.dep_ == "xcomp" and c.pos_ == "ADJ" and any(a.dep_ == "aux" and a.lower_ == "to" for a in kids_of(c)):
            return next((o for o in kids_of(c) if o.dep_ == "dobj" and o.pos_ in ("NOUN", "PROPN")), None)
    return None


def _causee(act: Token) -> Token | None:
    """ "agreed to let the crew go home": a complement that lets or has someone act (a small clause after it, not an
    object) acts on the small clause's subject, where that is a noun."""
    return next((s for c in kids_of(act) if c.dep_ == "ccomp" and c.pos_ == "VERB" for s in kids_of(c)
                 if s.dep_ == "nsubj" and s.pos_ in ("NOUN", "PROPN")), None)


def _bare(tok: Token, ctx: Context) -> _Frame | None:
    """ "Russia agreed too": a verb of accepting with no object, no complement and no preposition of its own; or
    one whose thing follows a phrase of manner ("agreed in principle to the map", which the vocabulary's "agree
    to" does not match)."""
    lists = ctx.lexicon.claims.lists
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in lists.bare_acceptance_verbs or (
            tok.dep_ in _CLAUSE_DEPS and misread_content_clause(tok) is None):
        return None
    weighed = _weighing(tok, ctx)  # "agreed only to hold talks": "only" stands between the verb and its "to"
    if weighed is not None:
        return weighed
    lesser = _lesser(tok, ctx) or _cleft_study(tok, ctx)
    if lesser is not None:
        return lesser
    promised = _promised(tok, ctx)
    if promised is not None:  # "agreed that the inspections will start in May"
        subj = ctx.subject(tok)
        if subj is None or subj.dep_ != "nsubj":
            return None
        return _Frame(tok, tok, tok, subj, promised[1], "asserted", complement=promised[0], promise=True)
    if any(c.dep_ == "prep" and _manner(c) for c in kids_of(tok)):  # "agreed in principle to the map"
        thing = next((p for c in kids_of(tok) if c.dep_ == "prep" and c.lower_ in _THING_PREPS and c.i > tok.i
                      for p in kids_of(c) if p.dep_ == "pobj"), None)
        subj = ctx.subject(tok) or _parenthetical_subject(tok)
        if thing is not None and subj is not None and subj.dep_ in ("nsubj", "appos"):
            return _Frame(tok, tok, tok, subj, thing, "asserted")
    if any((c.dep_ == "prep" and (_manner(c) or _occasion(c, tok))) or (c.dep_ == "npadvmod" and c.ent_type_ in _TIMES)
           for c in tok.children if c.i > tok.i):
        timed = _timed_act(tok, ctx.subject(tok) or _parenthetical_subject(tok))
        if timed is not None:  # "had agreed in January to let the crews answer calls", "agreed last week to ..."
            return timed
    passive = _agreed_passive(tok, ctx) or _agreed_object(tok, ctx)
    if passive is not None:
        return passive
    if any(c.dep_ in _OBJECT_DEPS or c.dep_ in ("agent", "dative") or (c.dep_ == "prep" and c.lower_ in (
            *_THING_PREPS, "with", "upon", "about", "that")) or c.dep_ == "mark" for c in kids_of(tok)):
        return None
    subj = ctx.subject(tok)
    if subj is None or subj.dep_ != "nsubj":
        return None
    return _Frame(tok, tok, tok, subj, None, "asserted")


def _occasion(prep: Token, verb: Token) -> bool:
    """ "agreed, at talks in the capital last week, to reopen the crossing": a phrase of where or on what occasion
    (a preposition that never names the thing accepted) between the verb of accepting and the "to" of its
    complement."""
    if prep.lower_ in _THING_PREPS or prep.lower_ in _NOT_OCCASION:
        return False
    return any(c.dep_ == "xcomp" and c.i > prep.i and c.pos_ == "VERB" for c in verb.children)


def _timed_act(verb: Token, subj: Token | None) -> _Frame | None:
    """ "had agreed in January to let ambulances answer calls", "agreed last week to reopen the crossing": a phrase
    of time or manner between the verb of accepting and its "to" (which the vocabulary's "agree to" then does not
    match), and a complement that acts on a noun (its object, or the subject of the small clause it lets happen)."""
    if subj is None or subj.dep_ != "nsubj":
        return None
    for c in verb.children:
        if c.dep_ == "xcomp" and c.pos_ == "VERB" and c.i > verb.i and any(
                a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            obj = next((o for o in c.children if o.dep_ == "dobj" and o.pos_ in ("NOUN", "PROPN")), None)
            obj = obj or _causee(c)
            return _Frame(verb, verb, c, subj, obj, "asserted", complement=c) if obj is not None else None
    return None


def _parenthetical_subject(verb: Token) -> Token | None:
    """ "the alliance, it said, had agreed in principle to the map": a verb with no subject of its own, a speech
    clause set off by commas before it, and the noun just before that clause (which the parser hung on the
    sentence before as an apposition) its subject."""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in kids_of(verb)):
        return None
    for c in kids_of(verb):
        if c.dep_ != "parataxis" or c.i > verb.i or not any(s.dep_ == "nsubj" for s in kids_of(c)):
            continue
        doc = verb.doc
        edge = c.left_edge.i  # the comma that opens the clause, whether or not the parser gave it to the clause
        edge = edge if doc[edge].text == "," else edge - 1
        if edge >= 1 and doc[edge].text == "," and doc[edge - 1].dep_ == "appos" and doc[edge - 1].pos_ in (
                "NOUN", "PROPN") and doc[edge - 1].ent_type_ in _SIDE_TYPES:
            return doc[edge - 1]
    return None


def _agreed_passive(tok: Token, ctx: Context) -> _Frame | None:
    """ "No map was agreed", "the timetable was never agreed (by the union)": a bare verb of accepting in the
    passive, its subject the thing; with no "by" its accepter is left open (a denial answers the claim before).
    Not "it was agreed that ..." (a clause, not a thing) nor "the map was agreed to" (the vocabulary's)."""
    subj = ctx.subject(tok)
    if subj is None or subj.dep_ != "nsubjpass" or subj.pos_ not in ("NOUN", "PROPN"):
        return None
    if any(c.dep_ in _OBJECT_DEPS or c.dep_ in ("dative", "mark") or (c.dep_ == "prep" and c.lower_ in (
            *_THING_PREPS, "with", "upon", "about")) for c in kids_of(tok)):
        return None
    agent = _passive_agent(tok)
    return _Frame(tok, tok, tok, agent, subj, "asserted", implicit=agent is None)


def _agreed_object(tok: Token, ctx: Context) -> _Frame | None:
    """ "Latvia agreed the new timetable", "we never agreed that timetable": "agree" with a direct object that
    the acceptance vocabulary names as a thing (``acceptance_objects``); not "agreed a date to meet"."""
    if tok.lemma_.lower() != "agree":
        return None
    subj = ctx.subject(tok)
    obj = next((c for c in kids_of(tok) if c.dep_ == "dobj"), None)
    if subj is None or subj.dep_ != "nsubj" or obj is None or obj.lemma_.lower() not in ctx.words.acceptance_objects:
        return None
    return _Frame(tok, tok, tok, subj, obj, "asserted")


def _weighing(verb: Token, ctx: Context) -> _Frame | None:
    """ "agreed (only) to hold talks on the quota", "agreed to hold consultations": a complement whose object is a
    noun of weighing a thing together (``deliberation_objects``) accepts nothing yet: a denial that the thing (the
    talks' own, or the one named before) was accepted."""
    subj = ctx.subject(verb)
    if subj is None or subj.dep_ != "nsubj":
        return None
    for c in kids_of(verb):
        if c.dep_ != "xcomp" or c.pos_ != "VERB":
            continue
        obj = next((o for o in kids_of(c) if o.dep_ == "dobj"), None)
        if obj is not None and _weighed(obj, ctx):
            return _Frame(verb, verb, obj, subj, _weighed_thing(obj, ctx), "negated",
                          limited=c if _limited(verb, c, ctx) else None)
    return None


def _lesser(verb: Token, ctx: Context) -> _Frame | None:
    """ "had agreed only to extend opening hours on a trial basis", "agreed merely to a trial": a limiter
    (``acknowledgement_limiters``) before the thing of a verb that means nothing but accepting says that this
    thing, and no more, was accepted: a denial that the thing told before (a larger one) was. Read only as an
    answer to another claimant's acceptance (``lesser``)."""
    limiters = ctx.lexicon.claims.lists.acknowledgement_limiters
    subj = ctx.subject(verb)
    if subj is None or subj.dep_ != "nsubj":
        return None
    for c in verb.children:
        if c.i < verb.i or not any(a.dep_ == "advmod" and a.lower_ in limiters and a.i < c.i
                                   for a in (*c.children, *verb.children)):
            continue
        if c.dep_ == "xcomp" and c.pos_ == "VERB":
            obj = next((o for o in c.children if o.dep_ == "dobj" and o.pos_ in ("NOUN", "PROPN")), None)
            last = obj or _causee(c)
        elif c.dep_ == "prep" and c.lower_ == "to":
            last = next((o for o in c.children if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN")), None)
        else:
            continue
        if last is not None:
            return _Frame(verb, verb, last, subj, None, "negated", lesser=True, limited=c)
    return None


def _limited(verb: Token, act: Token, ctx: Context) -> bool:
    """ "agreed only to hold talks", "agreed to study the plan, nothing more": a limiter (``acknowledgement_limiters``)
    before the complement ``act``, or a limiting phrase (``limiting_sentences``) after it in its sentence, says that
    this step, and no more, was accepted."""
    lists = ctx.lexicon.claims.lists
    if any(a.dep_ == "advmod" and a.lower_ in lists.acknowledgement_limiters and a.i < act.i
           for a in (*kids_of(act), *kids_of(verb))):
        return True
    sent = act.sent
    rest = ctx.text[act.idx:sent.end_char].lower()
    return any(f", {phrase}" in rest for phrase in lists.limiting_sentences)


def _cleft(verb: Token) -> bool:
    """ "What we signed in the capital was ...": the verb of accepting in a free relative ("what" its object) that is
    the subject of "be"."""
    return verb.dep_ == "csubj" and verb.head.lemma_ == "be" and any(
        c.dep_ == "dobj" and c.lower_ == "what" and c.i < verb.i for c in verb.children)


def _cleft_study(verb: Token, ctx: Context) -> _Frame | None:
    """ "What we signed in the capital was a plan to study longer hours", "what they agreed was to consider it",
    "what we accepted was a feasibility study": a pseudo-cleft whose complement is only a weighing of the thing (a
    noun of ``deliberation_objects``, or an act of ``deliberation_verbs``, bare or after a noun) says that this,
    and no more, was accepted: a lesser acceptance (``lesser``), as "agreed only to study it"."""
    if not _cleft(verb):
        return None
    subj = ctx.subject(verb)
    if subj is None or subj.dep_ != "nsubj":
        return None
    lists = ctx.lexicon.claims.lists
    for c in verb.head.children:
        if c.i < verb.i or c.dep_ not in ("attr", "xcomp", "ccomp", "acomp"):
            continue
        acts = [c] if c.pos_ == "VERB" else [a for a in c.children if a.dep_ in ("acl", "relcl") and a.pos_ == "VERB"]
        act = acts[0] if acts else None
        weighs = (act is not None and act.lemma_.lower() in lists.deliberation_verbs) or _weighed(c, ctx)
        if weighs:
            last = c.right_edge
            while last.is_punct and last.i > c.i:
                last = last.nbor(-1)
            first = next(w for w in verb.children if w.dep_ == "dobj")
            return _Frame(verb, first, last, subj, None, "negated", lesser=True, limited=c)
    return None


def _weighed(obj: Token, ctx: Context) -> bool:
    """``obj`` is a noun of weighing a thing together ("talks", "consultations")."""
    weighing = ctx.lexicon.claims.lists.deliberation_objects
    return obj.pos_ == "NOUN" and (obj.lower_ in weighing or obj.lemma_.lower() in weighing)


def _weighed_thing(obj: Token, ctx: Context) -> Token | None:
    """The proposal the talks are on ("talks on the plan"), else None: the thing named before."""
    thing = _prep_object(obj, _ACCORD_PREPS)
    return thing if thing is not None and thing.lemma_.lower() in ctx.words.acceptance_objects else None


def _consent(tok: Token, ctx: Context) -> _Frame | None:
    """ "X gave its consent (to the plan)", "X granted approval", "X withheld its blessing", "gave no consent"."""
    lists = ctx.lexicon.claims.lists
    if tok.pos_ != "NOUN" or tok.dep_ != "dobj" or not _consent_noun(tok, ctx):
        return None
    verb = tok.head
    lemma = verb.lemma_.lower()
    if lemma in lists.consent_verbs:
        polarity: Polarity = "asserted"
    elif lemma in lists.withhold_verbs:
        polarity = "negated"
    else:
        return None
    if any(c.dep_ == "det" and c.lower_ in ctx.words.negative_determiners for c in kids_of(tok)) and (
            ctx.factuality(verb)[0] != "negated"):  # the clause's factuality may have read the "no" already: once
        polarity = "negated" if polarity == "asserted" else "asserted"
    subj = ctx.subject(verb)
    if subj is None or subj.dep_ != "nsubj":
        return None
    thing = _prep_object(tok, _CONSENT_PREPS) or _prep_object(verb, _CONSENT_PREPS)
    if thing is None:  # "gave its consent to reopen the crossing": the act consented to and its thing
        act = next((c for c in (*tok.children, *verb.children) if c.dep_ in ("acl", "xcomp", "advcl")
                    and c.pos_ == "VERB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in kids_of(c))), None)
        obj = next((o for o in kids_of(act) if o.dep_ == "dobj" and o.pos_ in ("NOUN", "PROPN")), None) \
            if act is not None else None
        if act is not None and obj is not None:
            return _Frame(verb, verb, tok, subj, obj, polarity, complement=act)
    return _Frame(verb, verb, tok, subj, thing, polarity)


def _consent_noun(tok: Token, ctx: Context) -> bool:
    """``tok`` heads a phrase of ``consent_nouns``: "consent", "the green light", "its go-ahead"."""
    doc = ctx.doc
    for before in _words(ctx.lexicon).consent.get(tok.lemma_.lower(), ()):
        i = tok.i - 1
        for word in reversed(before):
            while i >= 0 and doc[i].text == "-":
                i -= 1
            if i < 0 or doc[i].lower_ != word:
                break
            i -= 1
        else:
            return True
    return False


def _accord(tok: Token, ctx: Context) -> _Frame | None:
    """ "there is no agreement on price", "no deal was reached", "they reached no agreement": an accord noun
    with a negative determiner, there-existential or the object of a making verb (a denial: "negated")."""
    words = _words(ctx.lexicon)
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in words.accord:
        return None
    if not any(c.dep_ == "det" and c.lower_ in ctx.words.negative_determiners for c in kids_of(tok)):
        return _deferred(tok, ctx)
    verb = tok.head
    making = ctx.lexicon.agreements.making_verbs | _GIVING
    agent: Token | None = None
    if tok.dep_ == "attr" and verb.lemma_ == "be" and any(c.dep_ == "expl" for c in kids_of(verb)):
        pass
    elif tok.dep_ == "nsubjpass" and verb.lemma_.lower() in making:
        agent = _passive_agent(verb)
    elif tok.dep_ == "dobj" and verb.lemma_.lower() in making:
        agent = ctx.subject(verb)
        if agent is None or agent.dep_ != "nsubj":
            return None
    else:
        return None
    thing = _prep_object(tok, _ACCORD_PREPS)
    if thing is None or thing.lemma_.lower() not in ctx.words.acceptance_objects:
        thing = next((o for c in kids_of(tok) if c.dep_ == "acl" for o in kids_of(c) if o.dep_ == "dobj"), None)
    if thing is not None and thing.lemma_.lower() not in ctx.words.acceptance_objects:
        thing = None  # "no agreement on price": the thing named before
    first, last = (verb, tok) if verb.i < tok.i else (tok.left_edge, verb)  # "reached no deal", "no deal was reached"
    return _Frame(verb, first, last, agent, thing, "negated", implicit=agent is None, accord=True)


def _deferred(tok: Token, ctx: Context) -> _Frame | None:
    """ "Any deal will be a matter for the ministers", "any agreement would be reached by the cabinet": an
    accord noun under a blanket determiner, the subject of a clause that puts it in others' hands or in the future
    (``deferral_verbs``, with a future or modal auxiliary), says no accord was reached yet (a denial, with no
    accepter of its own: it answers the acceptance claim before)."""
    lists = ctx.lexicon.claims.lists
    if tok.dep_ not in ("nsubj", "nsubjpass") or not any(
            c.dep_ == "det" and c.lower_ in lists.blanket_determiners for c in kids_of(tok)):
        return None
    verb = tok.head
    if verb.lemma_.lower() not in lists.deferral_verbs or not any(
            c.dep_ == "aux" and c.lower_ in lists.deferral_auxiliaries for c in kids_of(verb)):
        return None
    thing = _prep_object(tok, _ACCORD_PREPS)
    if thing is not None and thing.lemma_.lower() not in ctx.words.acceptance_objects:
        thing = None
    return _Frame(verb, tok.left_edge, verb, None, thing, "negated", implicit=True, accord=True, deferred=True)


def _other_words(tok: Token, ctx: Context) -> _Frame | None:
    """A denial in other words (:mod:`.acceptance_idioms`): "the timetable was never on the table"."""
    found = idiom(tok, ctx)
    if found is None:
        return None
    return _Frame(found.verb, found.first, found.last, found.agent, found.thing, found.polarity,
                  implicit=found.agent is None, other_words=True)


def _antecedent(found: list[_Found], k: int) -> _Found | None:
    """The nearest acceptance claim of the :data:`WINDOW` sentences before (or this one)."""
    return next((f for f in reversed(found) if k - f.sent <= WINDOW), None)


def _kin_antecedent(frame: _Frame, found: list[_Found], voice: Voice) -> _Found | None:
    """For a speaker's denial with no accepter of its own whose thing is a noun of the word family of an earlier
    acceptance's thing, asserted by another claimant ("No extension was ever agreed" hours after "the ministry agreed to
    extend the permit", entries of a live blog apart): that claim, however far back; None otherwise. The noun of the
    same family ties the answer to the claim as a pronoun cannot beyond :data:`WINDOW` sentences."""
    thing = frame.thing
    if (frame.agent is not None or not frame.implicit or voice.statement is None or thing is None
            or thing.pos_ != "NOUN" or len(thing) <= 3):
        return None
    stem = thing.lemma_.lower()[:_STEM]
    return next((f for f in reversed(found) if stem in f.stems and f.claim.polarity == "asserted"
                 and f.claim.claimant != voice.claimant), None)


def _proposal(tok: Token, ctx: Context, sents: list[SpacySpan]) -> Token | None:
    """A proposal noun named in the sentence of ``tok`` before it, or in the two sentences before."""
    k = next(n for n, s in enumerate(sents) if s.start <= tok.i < s.end)
    for i in range(tok.i - 1, sents[max(0, k - 2)].start - 1, -1):
        t = ctx.doc[i]
        if (t.pos_ == "NOUN" and t.lemma_.lower() in ctx.words.acceptance_objects
                and t.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass")):
            return t
    return None


def _thing(frame: _Frame, before: _Found | None, ctx: Context, sents: list[SpacySpan],
           spoken: bool = True) -> tuple[Span, frozenset[str]] | None:
    """What was accepted: (the words ``about`` holds, their stems), or None where nothing names it. A thing that
    is no proposal noun, taken because the verb means nothing but accepting ("agreed to a new plant", "agreed to
    keep its trawlers out"), is taken only in a speaker's words (``spoken``): the outlet's own telling may be an
    issuer's (a press release) or nobody's, and the text does not say which."""
    thing = frame.thing
    indefinite = thing is not None and thing.lower_ in _words(ctx.lexicon).indefinite
    if thing is None or indefinite or (thing.pos_ == "PRON" and thing.lower_ in _ANAPHORIC_PRONOUNS):
        if before is not None:
            return before.about, before.stems
        noun = _proposal(frame.verb, ctx, sents)
        if noun is None and frame.accord:  # "we reached no truce of any kind": the accord denied is the thing
            accord = _words(ctx.lexicon).accord
            noun = next((t for t in ctx.doc[frame.first.i:frame.last.i + 1] if t.pos_ == "NOUN"
                         and t.lemma_.lower() in accord and t.lemma_.lower() in ctx.words.acceptance_objects), None)
        if noun is not None:
            return ctx.phrase(noun), _stems([noun])
        if thing is not None and indefinite and any(c.dep_ == "prep" for c in kids_of(thing)):
            return ctx.phrase(thing), frozenset()  # "never agreed to anything of the sort"
        return None
    if thing.pos_ == "PRON":
        if not any(c.dep_ == "prep" for c in kids_of(thing)):
            return None  # "said yes to everything": no thing named
        if before is not None:  # "never agreed to anything of the sort"
            return before.about, before.stems
        return ctx.phrase(thing), frozenset()
    if thing.pos_ not in ("NOUN", "PROPN") or thing.lower_ in ctx.words.first_person:
        return None
    lists = ctx.lexicon.claims.lists
    referring = lists["referring_determiners"] | lists["blanket_determiners"]
    anaphoric = any(c.lower_ in referring and c.dep_ in ("det", "amod", "predet") for c in kids_of(thing))
    if before is not None and (anaphoric or thing.lemma_.lower()[:_STEM] in before.stems or _counted(thing)):
        return before.about, before.stems
    if thing.lemma_.lower() not in ctx.words.acceptance_objects and not (spoken and (
            _agreed_to(frame, thing, ctx) or frame.promise or frame.other_words or _consented_to(frame, thing, ctx)
            or (frame.complement is not None and (_committed(frame.verb, thing, ctx)
                                                  or _consent_noun(frame.last, ctx))))):
        return None
    about = ctx.phrase(thing)
    if frame.complement is not None:
        about = ctx.span(min(about.start, frame.complement.idx), about.end)
    if frame.promise and frame.complement is not None:  # "that Chile can start building the bridge": the whole clause
        last = frame.complement.right_edge
        while last.i > frame.complement.i and last.is_punct:
            last = ctx.doc[last.i - 1]
        about = ctx.span(about.start, max(about.end, last.idx + len(last)))
    words = ctx.doc.char_span(about.start, about.end, alignment_mode="expand")
    return about, _stems(list(words) if words is not None else [thing])


def _counted(thing: Token) -> bool:
    """ "accepted both points": a plural common noun under "both" counts back the things of the acceptance told just
    before, whatever the noun. Not a number ("the commission did agree on three matters" names matters of its own)."""
    return thing.tag_ == "NNS" and any(c.dep_ in ("det", "predet") and c.lower_ == "both" for c in thing.children)


def _committed(verb: Token, obj: Token, ctx: Context) -> bool:
    """ "agreed to keep its trawlers out", "consented to hand back the land": a verb that means nothing but
    accepting, with a complement that acts on a thing (a noun object), commits to that act whatever the thing."""
    return verb.lemma_.lower() in ctx.lexicon.claims.lists.bare_acceptance_verbs and obj.pos_ in ("NOUN", "PROPN")


def _agreed_to(frame: _Frame, thing: Token, ctx: Context) -> bool:
    """ "agreed to a new plant", "consented to the mine", "agreed on a working group": a verb that means nothing but
    accepting (``bare_acceptance_verbs``) takes any noun after "to" (or "on") as its thing, not only a proposal
    noun."""
    if frame.verb.lemma_.lower() not in ctx.lexicon.claims.lists.bare_acceptance_verbs or thing.pos_ != "NOUN":
        return False
    misread = _to_object(frame.verb)  # "agreed to joint inspections", misparsed
    return (thing.dep_ == "pobj" and thing.head.lower_ in _AGREED_PREPS and thing.head.head.i == frame.verb.i) or (
        misread is not None and misread.i == thing.i)


def _consented_to(frame: _Frame, thing: Token, ctx: Context) -> bool:
    """ "gave its consent to the new quarry", "refused consent for any dredging": a noun that means nothing but leave
    given (``leave_nouns``) takes any common noun after "to" or "for" as its thing, as a verb that means nothing but
    accepting does (:func:`_agreed_to`); not a person ("gave its consent to the minister")."""
    lists = ctx.lexicon.claims.lists
    return (thing.pos_ == "NOUN" and thing.dep_ == "pobj" and thing.head.lower_ in _CONSENT_PREPS
            and ctx.entity(thing) is None and thing.lemma_.lower() not in lists.office_roles
            and frame.last.lemma_.lower() in lists.leave_nouns and _consent_noun(frame.last, ctx))


def _nobody(tok: Token, ctx: Context) -> bool:
    """A negative pronoun that denies for everyone: "nobody", "no one", "none (of us)"; not "nobody else"."""
    if any(c.lower_ in ("else", "other") for c in kids_of(tok)):
        return False
    if tok.lower_ == "one":
        return any(c.dep_ == "det" and c.lower_ == "no" for c in kids_of(tok))
    return tok.lower_ in ctx.words.negative_determiners and tok.pos_ in ("PRON", "NOUN") and tok.lower_ != "nothing"


def _denied_for(agent: Token, before: _Found, voice: Voice, ctx: Context) -> tuple[str, ...]:
    """The accepters of the claim before that a denial whose subject names no entity speaks for: a negative
    pronoun denies for all of them ("nobody agreed to anything", said by another claimant); the speaker's own
    organisation, named by a third-person pronoun in reported speech or a definite common noun ("the group had
    signed nothing", says its spokesman), for that one."""
    if _nobody(agent, ctx):
        return before.agents if before.claim.claimant != voice.claimant else ()
    speaker = ctx.entities.get(voice.claimant or "")
    own = speaker.affiliation if speaker is not None else None
    if own is None or own not in before.agents or voice.statement is None:
        return ()
    english = ctx.lexicon.english
    third = english["third_person_neuter"] | english["third_person_plural"]
    if agent.pos_ == "PRON":
        return (own,) if voice.statement.kind == "indirect" and agent.lower_ in third else ()
    definite = any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "its", "our") for c in kids_of(agent))
    return (own,) if agent.pos_ == "NOUN" and definite and not agent.ent_type_ else ()


def _agents(frame: _Frame, before: _Found | None, voice: Voice, ctx: Context, denied: bool) -> tuple[str, ...]:
    """The accepters: each conjoined subject's entity, or those of the claim before for "they", "both parties",
    or, for a ``denied`` acceptance with no accepter of its own ("nothing had been signed") or one made by a body
    where the sides meet (``meeting_bodies``: "the committee agreed only to a survey"), for none."""
    agent = frame.agent
    if agent is None:  # a denial said by a speaker, answering the claim before (never the narrator's summary)
        answer = frame.implicit and denied and before is not None and voice.statement is not None
        return before.agents if answer and before is not None else ()
    if denied and before is not None and _meeting_body(agent, ctx) and before.claim.claimant != voice.claimant:
        return before.agents  # "the commission had agreed only to continue consultations": no side of its own
    out: list[str] = []
    for conj in [agent, *agent.conjuncts]:
        if conj is not agent and conj.ent_type_ == "ORG" and not any(c.dep_ == "det" for c in kids_of(conj)):
            continue  # "Customs and Border Protection": more likely one body's name than two bodies
        eid = ctx.actor(conj, voice) or _side_of(conj, ctx)
        if conj.lower_ in ctx.lexicon.english.first_person_plural and before is not None:
            eid = _ours(eid, before.agents, ctx)
        if eid is not None and eid not in out:
            out.append(eid)
    anaphors = ctx.lexicon.claims.lists.acceptance_agent_anaphors
    plural = agent.pos_ == "PRON" or agent.tag_ in ("NNS", "NNPS")
    if not out and plural and agent.lemma_.lower() in anaphors and before is not None:
        return before.agents
    if not out and before is None and _pair_word(agent):
        return _two_sides(agent, voice, ctx)
    if not out and denied and before is not None:
        return _denied_for(agent, before, voice, ctx)
    return tuple(out)


def _side_of(agent: Token, ctx: Context) -> str | None:
    """ "the Dunmark side", "the Ostravian side": a noun of one side at a table (``side_nouns``) named by the
    state it stands for (a name or an adjective of a state before it) is that state; "the other side" is none."""
    if agent.lemma_.lower() not in ctx.lexicon.claims.lists.side_nouns:
        return None
    for c in agent.children:
        if c.dep_ in ("compound", "amod", "poss") and c.i < agent.i and c.ent_type_ in _SIDE_TYPES:
            eid = ctx.entity(c)
            if eid is not None:
                return eid
    return None


def _meeting_body(agent: Token | None, ctx: Context) -> bool:
    """``agent`` is a body where the sides meet (``meeting_bodies``: "the commission", "the talks"), no side."""
    return agent is not None and agent.lemma_.lower() in ctx.lexicon.claims.lists.meeting_bodies


def _pair_word(agent: Token) -> bool:
    """ "the two sides", "both parties", "both countries": a plural noun that counts two accepters."""
    return agent.tag_ in ("NNS", "NNPS") and any(
        (c.dep_ == "nummod" and c.lower_ == "two") or (c.dep_ in ("det", "predet") and c.lower_ == "both")
        for c in kids_of(agent))


def _two_sides(agent: Token, voice: Voice, ctx: Context) -> tuple[str, ...]:
    """The two accepters "the two sides" stands for where no acceptance was told before: the speaker's side (the
    speaker, or the country it speaks for) and the one other state or body named in its sentence before it or the
    two sentences before ("the busiest crossing between A and B. The gates close at six. A's ministry says the two
    governments agreed ..."); none where the text names no other, or more than one. A place of no known country (a
    village the gazetteer lacks) is the scene, not a side."""
    speaker = ctx.entities.get(voice.claimant or "")
    if speaker is None:
        return ()
    own = {speaker.id, speaker.country, speaker.affiliation} - {None}
    k = ctx.sentence_of(agent)
    start = ctx.sents[max(0, k - 2)].start
    others: dict[str, str] = {}  # one per state: "East Timor's delegation in Dili" names one other side
    for tok in ctx.doc[start:agent.i]:
        ent = ctx.entities.get(ctx.entity(tok) or "")
        if ent is None or ent.type not in _SIDE_TYPES or own & {ent.id, ent.country, ent.affiliation}:
            continue
        if ent.type == "GPE" and ent.country is None:
            continue  # a town or village no gazetteer places ("a raid near Zebu"): a scene, never one of the sides
        others.setdefault(ent.country or ent.id, ent.id)
    return (speaker.id, *others.values()) if len(others) == 1 else ()


def _ours(speaker: str | None, agents: tuple[str, ...], ctx: Context) -> str | None:
    """ "we" said by ``speaker``: the accepter of the claim before that is the speaker's own organisation ("the
    union accepted", says the ministry; "we signed nothing", says the union's leader), else the speaker."""
    ent = ctx.entities.get(speaker or "")
    if ent is not None and speaker not in agents and ent.affiliation in agents:
        return ent.affiliation
    return speaker


def _evidence(frame: _Frame, about: Span | None, ctx: Context) -> Span:
    """From the accepter (where it stands just before the verb) to the end of the predicate and its own thing."""
    start = frame.first.idx
    lead = frame.agent if frame.agent is not None else frame.thing  # "nothing had been signed"
    if lead is not None and lead.i < frame.verb.i and frame.verb.i - lead.right_edge.i <= 4:
        start = min(start, lead.left_edge.idx)
    for c in kids_of(frame.verb):
        if c.dep_ == "expl" and c.i < frame.first.i:  # "there is no agreement"
            start = min(start, c.idx)
        if c.dep_ == "csubj" and frame.implicit and frame.verb.i - c.right_edge.i <= 4:  # "taking it home is not ..."
            start = min(start, c.left_edge.idx)
    end = frame.last.idx + len(frame.last)
    thing = frame.thing
    if thing is not None and thing.pos_ == "PRON" and 0 < thing.i - frame.last.i <= 3:  # "signed nothing"
        end = max(end, thing.idx + len(thing))
    for c in kids_of(frame.verb):
        if c.dep_ == "advmod" and c.i > frame.last.i and c.i - frame.last.i <= 2:  # "agreed too"
            end = max(end, c.idx + len(c))
    if about is not None and about.start >= start and about.start - end <= 40:
        end = max(end, about.end)
    return ctx.span(start, end)


def _negative_thing(thing: Token | None, ctx: Context) -> bool:
    """The thing denies the acceptance: "signed nothing", "accepted none of it", "signed no deal"."""
    if thing is None:
        return False
    negative = ctx.words.negative_determiners
    return thing.lower_ in negative or (thing.pos_ != "PRON" and any(
        c.dep_ == "det" and c.lower_ in negative for c in kids_of(thing)))


def _flip(polarity: Polarity, negated: bool) -> Polarity:
    if not negated:
        return polarity
    return "asserted" if polarity == "negated" else "negated"


def _claims(frame: _Frame, k: int, found: list[_Found], ctx: Context, sents: list[SpacySpan]) -> list[_Found]:
    doc = ctx.doc
    voice = ctx.voice(frame.first.idx, frame.last.idx + len(frame.last))
    if voice is None:
        return []
    if frame.other_words and voice.statement is None:
        return []  # "officials took note of the plan" in the outlet's words: whose reading it is stays open
    before = _antecedent(found, k) or _kin_antecedent(frame, found, voice)
    if _meeting_body(frame.agent, ctx) and frame.polarity == "negated":
        # "the commission had agreed only to continue consultations": an answer to the other side's account of what
        # the meeting agreed, however far back
        before = next((f for f in reversed(found) if f.claim.claimant != voice.claimant
                       and f.claim.polarity == "asserted"), before)
    if frame.lesser and (before is None or before.claim.claimant == voice.claimant
                         or before.claim.polarity != "asserted"):
        return []  # "agreed only to a trial" answers another's "agreed to the whole"; else a restatement
    if before is None and found and frame.agent is not None and _nobody(frame.agent, ctx):
        before = found[-1]  # "Nobody consented to anything": a denial for all answers the last acceptance told
    thing = _thing(frame, before, ctx, sents, voice.statement is not None)
    if thing is None:
        return []
    about, stems = thing
    polarity, modality = ctx.factuality(frame.verb)
    # A negative thing denies once, whether or not the clause's factuality read it already ("nothing had been signed").
    final = _flip(frame.polarity, polarity == "negated" or _negative_thing(frame.thing, ctx))
    if frame.accord:
        final = "negated"
    if frame.other_words:  # "was never on the table": the frame read the clause's negation
        final = frame.polarity  # "no deal was reached": the clause's negation is the accord noun's own "no", read once
    if frame.deferred and modality in ("future", "hypothetical"):
        modality = "actual"  # "any decision will be for them": that none was taken is said of the present
    agents = _agents(frame, before, voice, ctx, final == "negated")
    if not agents:
        return []
    if frame.agent is None and before is not None and agents == before.agents:
        about, stems = before.about, before.stems  # "no timetable had been settled": the answer to the claim before
    own = frame.thing is not None and frame.thing.pos_ != "PRON" and doc[frame.thing.i].idx >= frame.first.idx
    local = ctx.phrase(frame.thing) if own and frame.thing is not None else None
    evidence = _evidence(frame, local, ctx)
    out = []
    for agent in agents:
        claim = Claim(
            id="", kind="acceptance", predicate="accepted", evidence=evidence, claimant=voice.claimant,
            arguments=(("agent", agent),), polarity=final,
            modality=modality, statement=voice.statement.id if voice.statement else None, about=about,
        )
        out.append(_Found(claim, k, agents, about, stems))
    return out


def acceptance_claims(ctx: Context) -> list[Claim]:
    """The acceptance claims of the document, in text order; one per accepter."""
    found: list[_Found] = []
    out: list[Claim] = []
    sents = ctx.sents
    candidates = _candidates(ctx)
    for k, sent in enumerate(sents):
        frames: dict[int, _Frame] = {}
        for match in ctx.matches(sent):
            if match.entry.kind == "acceptance" and (frame := _verbal(match, ctx)) is not None:
                frames.setdefault(frame.verb.i, frame)
        for tok in candidates.get(k, ()):
            frame = _consent(tok, ctx) or _accord(tok, ctx) or (_bare(tok, ctx) if tok.i not in frames else None) or (
                _other_words(tok, ctx) if tok.i not in frames else None)
            if frame is not None:
                frames.setdefault(frame.verb.i, frame)
        for i in sorted(frames):
            told = _claims(frames[i], k, found, ctx, sents)
            found += told
            # the lesser thing's own acceptance is told beside, never an antecedent: a later "it" or "they" answers
            # the whole thing disputed
            out += [f.claim for f in told] + _limited_claims(frames[i], told, ctx)
    return out


def _limited_claims(frame: _Frame, told: list[_Found], ctx: Context) -> list[Claim]:
    """ "agreed only to create a working group", "agreed to hold talks on the quota", "agreed to study the plan, nothing
    more", in a speaker's words: the step short of the whole (or the weighing) was accepted, an acceptance of its own,
    asserted, by the accepters of the denial told with it (a meeting body's are the sides it answers for), else the
    frame's own. Its ``about`` is the lesser thing's words, so it meets only accounts of that same step."""
    first = frame.limited
    if first is None:
        return []
    voice = ctx.voice(frame.first.idx, frame.last.idx + len(frame.last))
    if voice is None or voice.statement is None:
        return []
    polarity, modality = ctx.factuality(frame.verb)
    if polarity != "asserted" or modality != "actual":
        return []
    agents = told[0].agents if told else _agents(frame, None, voice, ctx, False)
    if not agents:
        return []
    head = next((o for o in kids_of(first) if o.dep_ == "pobj"), None) if first.dep_ == "prep" else first
    if head is None:
        return []
    last = head.right_edge
    comma = next((t.i for t in ctx.doc[head.i:last.i + 1] if t.text == ","), None)
    if comma is not None:  # "to study the plan, nothing more": the step ends before the limiting phrase
        last = ctx.doc[max(head.i, comma - 1)]
    while last.i > head.i and (last.is_punct or last.dep_ == "cc"):
        last = ctx.doc[last.i - 1]
    about = ctx.span(head.left_edge.idx if first.dep_ == "prep" else head.idx, last.idx + len(last))
    evidence = _evidence(frame, about, ctx)
    return [Claim(id="", kind="acceptance", predicate=STEP, evidence=evidence, claimant=voice.claimant,
                  arguments=(("agent", agent),), polarity="asserted", modality=modality,
                  statement=voice.statement.id, about=about) for agent in agents]
