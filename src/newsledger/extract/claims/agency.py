"""Who did one act, told with the act as the topic: agency claims (predicate ``responsible``, issue 14).

Sides who dispute who fired, bombed or set off something often put the act or the thing fired first and name
its author after it, with no verb of perpetration:

* "the rounds were fired by X", "the rocket was launched by X" (a passive of ``agency_verbs`` with its "by");
* "the shells came from X's positions", "the rockets were fired from the X side" (a verb of ``origin_verbs``,
  or a passive of ``agency_verbs``, with "from" a place of ``origin_nouns`` that X holds, or X itself), "the
  rounds came from an X army battalion" (an armed unit of ``origin_forces`` that X's force fields);
* "the blast was the work of X" (a noun of ``authorship_nouns`` with "of");
* "our post came under fire from X" (the act, ``under_fire_nouns``, named after "under"; its author after
  "from"), and "X opened fire on our post" in a side's words (the target its own: each side saying the other
  opened fire disputes one act's author; the claim keeps the place of the firing and the day it was told, so
  firings in two sectors or told on two days are not set against each other);
* "X fired them", "X planted it": a pronoun object standing for the thing fired or the act named just before
  (its own sentence or the one before), which is the act the claim is about;
* "X staged / launched / ordered the bombing" (``authorship_verbs``), "the bombing bore the hallmarks of X",
  "Z blamed the bombing on X" (Z's claim).

Each is X's responsibility for the act, claimed by the statement's speaker (or the outlet), as the frames of
:mod:`.responsibility` read "X carried out the attack". The act or the thing fired must be definite ("the
rounds", "these shells"): a story names the one incident it is about so, while "shells were fired by both
sides" tells no single act. "Our" before the author is the speaker's own side. Two sides naming different
authors of one act disagree (the comparison's ``responsible`` rule); the words of ``about`` tell one act under
different names through the ``act_families``. An author asserted is a deliberate act too (the cause class
:data:`DELIBERATE`), against another side's accident or act of nature ("caused by a gas leak"); of a blame, only
where the act is hostile or the one blamed bears arms ("blamed the sinking on the port authority" is no attack).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from ...lexicon.loader import WordLists
from ...models import Claim
from ..walk import kids_of, word_forms
from .context import Context, Voice
from .responsibility import PREDICATE

__all__ = ["DELIBERATE", "agency_claims"]

DELIBERATE = "deliberate attack"
"""The cause class an asserted author of an act claims besides it (``cause:`` group intentional): a side that says
X fired the shells or planted the bomb disagrees with one that calls the blast an accident."""

_MODIFIERS = ("compound", "amod", "poss", "nmod")


def _definite(noun: Token, ctx: Context) -> bool:
    """The noun is determined: "the rounds", "these shells", "our post", "the army's rockets"."""
    definite = ctx.lexicon.english["definite_determiners"]
    return any((c.dep_ == "det" and c.lower_ in definite) or c.dep_ == "poss" for c in kids_of(noun))


def _author(tok: Token, ctx: Context, voice: Voice) -> str | None:
    """The actor a noun phrase names: its own entity, or, for "our troops", the speaker."""
    if voice.statement is not None and any(c.dep_ == "poss" and c.lower_ in ctx.words.first_person
                                           for c in kids_of(tok)):
        return voice.claimant
    return ctx.actor(tok, voice)


def _holder(place: Token, ctx: Context, voice: Voice) -> str | None:
    """Who a place fired from belongs to: the place is an actor ("from Cambodia"), or a place noun of
    ``origin_nouns`` with its holder before it or after "of" ("from Cambodian army positions", "from the
    positions of the army", "from our side"), or an armed unit of ``origin_forces`` with the force it belongs to
    ("from a Ruritanian army battalion")."""
    lists = ctx.lexicon.claims.lists
    if place.lemma_.lower() not in lists.origin_nouns and place.lower_ not in lists.origin_forces:
        # a name ("from Cambodia"), not a common noun that names no side ("from the direction of the town")
        return _author(place, ctx, voice) if place.pos_ == "PROPN" else None
    own = _author(place, ctx, voice)
    if own is not None:
        return own
    for tok in sorted(place.subtree, key=lambda t: t.i):
        if tok.i == place.i or not (tok.dep_ in _MODIFIERS or tok.dep_ == "pobj"):
            continue
        found = _author(tok, ctx, voice)
        if found is not None:
            return found
    return None


def _from(verb: Token) -> Token | None:
    """The object of "from" on ``verb`` (or on the noun after "under" on it: "came under fire from X")."""
    for c in kids_of(verb):
        if c.dep_ == "prep" and c.lower_ == "from":
            return next((p for p in kids_of(c) if p.dep_ == "pobj"), None)
    return None


def _under(verb: Token, ctx: Context) -> Token | None:
    """The act noun of "came under fire", "came under attack"."""
    nouns = ctx.lexicon.claims.lists.under_fire_nouns
    for c in kids_of(verb):
        if c.dep_ == "prep" and c.lower_ == "under":
            return next((p for p in kids_of(c) if p.dep_ == "pobj" and p.lemma_.lower() in nouns), None)
    return None


def _acts(ctx: Context) -> frozenset[str]:
    return ctx.words.incident_nouns | ctx.lexicon.claims.lists.projectile_nouns


def _frame(verb: Token, ctx: Context, voice: Voice) -> tuple[Token, Token, str] | None:
    """(the act noun, the token naming the author, the author) of an agency frame on ``verb``."""
    lists = ctx.lexicon.claims.lists
    lemma = verb.lemma_.lower()
    subj = ctx.subject(verb)
    if lemma in lists.origin_verbs:
        under = _under(verb, ctx)
        place = _from(verb) or (_from(under) if under is not None else None)
        if place is None:
            return None
        if under is not None:  # "our post came under fire from X": the act is the fire
            act = under
        elif subj is not None and subj.dep_ == "nsubj" and subj.lemma_.lower() in _acts(ctx) \
                and _definite(subj, ctx):
            act = subj
        else:
            return None
        # under fire "from" the firers themselves ("from Chinese troops"), else from a place they hold
        named = under is not None and not any(c.dep_ == "prep" and c.lower_ == "of" for c in kids_of(place))
        holder = (_author(place, ctx, voice) if named else None) or _holder(place, ctx, voice)
        return (act, place, holder) if holder is not None else None
    agency = lemma in lists.agency_verbs or any(f"{lemma} {c.lower_}" in lists.agency_verbs
                                                for c in kids_of(verb) if c.dep_ == "prt")
    authorship = lemma in lists.authorship_verbs
    if (agency or authorship) and subj is not None and subj.dep_ == "nsubj":
        return _active(verb, subj, ctx, voice, authorship)
    if subj is None or subj.dep_ != "nsubjpass" or subj.lemma_.lower() not in _acts(ctx) \
            or not _definite(subj, ctx):
        return None
    if agency or authorship:
        by = next((c for c in kids_of(verb) if c.dep_ == "agent"), None)
        agent = next((p for p in kids_of(by) if p.dep_ == "pobj"), None) if by is not None else None
        if agent is not None:
            author = _author(agent, ctx, voice)
            return (subj, agent, author) if author is not None else None
        place = _from(verb) if agency else None
        holder = _holder(place, ctx, voice) if place is not None else None
        return (subj, place, holder) if place is not None and holder is not None else None
    return None


def _active(verb: Token, subj: Token, ctx: Context, voice: Voice,
            authorship: bool = False) -> tuple[Token, Token, str] | None:
    """ "X fired the rounds", "X did not fire a single round", "X staged the bombing" (``authorship``: a verb of
    ``authorship_verbs`` with an incident noun): the subject is the author of the thing fired or the act, where
    it is definite or the clause denies it (sides each firing shells, as told, may be two acts; a side denying
    that it fired at all answers the one act another side lays on it)."""
    things = ctx.words.incident_nouns if authorship else ctx.lexicon.claims.lists.projectile_nouns
    thing = next((c for c in kids_of(verb) if c.dep_ == "dobj" and c.lemma_.lower() in things), None)
    if thing is None:
        pron = next((c for c in kids_of(verb) if c.dep_ == "dobj" and c.lower_ in _STAND_INS), None)
        if pron is not None and _antecedent(pron, things, ctx) is not None:
            author = _author(subj, ctx, voice)
            return (pron, subj, author) if author is not None else None
    if thing is None or not (_definite(thing, ctx) or ctx.factuality(verb)[0] == "negated"):
        return None
    author = _author(subj, ctx, voice)
    return (thing, subj, author) if author is not None else None


_STAND_INS = ("it", "them")  # pronouns that stand for a thing fired named just before: "the army fired them"


def _antecedent(pron: Token, things: frozenset[str], ctx: Context) -> Token | None:
    """The thing fired (or the act) a pronoun object stands for: the last noun of ``things`` before it in its own
    sentence or the one before, of the pronoun's number ("it" a singular, "them" a plural): "Shells hit the
    town. X said Y fired them"."""
    sent = ctx.sentence_of(pron)
    first = ctx.sents[max(0, sent - 1)].start
    plural = pron.lower_ == "them"
    for i in range(pron.i - 1, first - 1, -1):
        tok = ctx.doc[i]
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in things and (tok.tag_ in ("NNS", "NNPS")) == plural:
            return tok
    return None


def _work_frame(noun: Token, ctx: Context, voice: Voice) -> tuple[Token, Token, str] | None:
    """ "the blast was the work of X", "the bombing bore the hallmarks of X": (the act noun, the author token, the
    author)."""
    verb = noun.head
    lemma = verb.lemma_.lower()
    if not ((noun.dep_ == "attr" and lemma in ctx.words.link_verbs)
            or (noun.dep_ == "dobj" and lemma in ctx.lexicon.claims.lists.bearing_verbs)):
        return None
    subj = ctx.subject(verb)
    if subj is None or subj.lemma_.lower() not in ctx.words.incident_nouns or not _definite(subj, ctx):
        return None
    of = next((c for c in kids_of(noun) if c.dep_ == "prep" and c.lower_ == "of"), None)
    who = next((p for p in kids_of(of) if p.dep_ == "pobj"), None) if of is not None else None
    author = _author(who, ctx, voice) if who is not None else None
    return (subj, who, author) if who is not None and author is not None else None


_ON = frozenset({"on", "at", "upon"})
_OWNERS = frozenset({"its", "their"})
_BODIES = frozenset({"ORG", "GPE", "GROUP", "NORP"})


def _country(eid: str | None, ctx: Context) -> str | None:
    ent = ctx.entities.get(eid or "")
    return ent.country if ent is not None else None


def _own_side(target: Token, ctx: Context, voice: Voice) -> bool:
    """The target of a firing is the claimant's own: "our post", "its launch" in a body's words, or a body of
    the claimant's country."""
    speaker = ctx.entities.get(voice.claimant or "")
    if speaker is None:
        return False
    for c in kids_of(target):
        if c.dep_ == "poss" and (c.lower_ in ctx.words.first_person or (c.lower_ in _OWNERS
                                                                        and speaker.type in _BODIES)):
            return True
    eid = ctx.entity(target)
    return eid is not None and (eid == speaker.id or (speaker.country is not None
                                                      and _country(eid, ctx) == speaker.country))


def _opened_fire(verb: Token, ctx: Context, voice: Voice) -> tuple[Token, Token, str] | None:
    """ "X opened fire on our post", "X fired on its launch" in a side's words: X is the author of the firing
    the side underwent (each side saying the other opened fire is a dispute about one act's author)."""
    lemma = verb.lemma_.lower()
    fire = next((c for c in kids_of(verb) if c.dep_ == "dobj" and c.lemma_.lower() == "fire"), None)
    if not ((lemma == "open" and fire is not None) or (lemma in ("fire", "shoot") and fire is None)):
        return None
    on = next((c for c in kids_of(verb) if c.dep_ == "prep" and c.lower_ in _ON), None)
    target = next((p for p in kids_of(on) if p.dep_ == "pobj"), None) if on is not None else None
    subj = ctx.subject(verb)
    if target is None or subj is None or subj.dep_ != "nsubj" or not _own_side(target, ctx, voice):
        return None
    author = _author(subj, ctx, voice)
    mine = _country(voice.claimant, ctx)
    if author is None or author == voice.claimant or (mine is not None and _country(author, ctx) == mine):
        return None  # a side telling of its own fire, or of its own side's
    return (fire if fire is not None else verb), subj, author


def _place_of(verb: Token, author: Token, ctx: Context) -> str | None:
    """The first place (a GPE, LOC or FAC entity) in the clause of ``verb`` outside the author's words."""
    for tok in verb.subtree:
        if author.left_edge.i <= tok.i <= author.right_edge.i:
            continue
        eid = ctx.entity(tok)
        ent = ctx.entities.get(eid or "")
        if ent is not None and ent.type in ("GPE", "LOC", "FAC"):
            return ent.id
    return None


def _blamed_on(verb: Token, ctx: Context, voice: Voice) -> tuple[Token, Token, str, Voice] | None:
    """ "Z blamed the bombing on X", "the bombing was blamed on X": (the act, the author token, the author, the
    voice of the one who blames: Z where the text names Z, else the statement's)."""
    obj = next((c for c in kids_of(verb) if c.dep_ in ("dobj", "nsubjpass")
                and c.lemma_.lower() in ctx.words.incident_nouns), None)
    on = next((c for c in (*verb.children, *(obj.children if obj is not None else ()))
               if c.dep_ == "prep" and c.lower_ == "on"), None)  # on the verb, or hung on its object
    who = next((p for p in kids_of(on) if p.dep_ == "pobj"), None) if on is not None else None
    if obj is None or who is None:
        return None
    blamer = next((c for c in kids_of(verb) if c.dep_ == "nsubj"), None)
    if blamer is not None:
        eid = ctx.actor(blamer, voice)
        if eid is None:
            return None  # someone the text names no actor for blames it: not the teller's claim
        if eid != voice.claimant:
            voice = Voice(eid, None)
    elif voice.statement is None:
        return None
    author = _author(who, ctx, voice)
    return (obj, who, author, voice) if author is not None else None


_HEADS: dict[int, tuple[WordLists, frozenset[str], frozenset[str]]] = {}  # _heads's, by the word lists' identity


def _heads(lists: WordLists) -> tuple[frozenset[str], frozenset[str]]:
    """The verb lemmas an agency frame starts at, and those with the blame verbs and the authorship nouns (every
    lemma :func:`agency_claims` reads further): built once per lexicon, not per document."""
    kept = _HEADS.get(id(lists))
    if kept is not None and kept[0] is lists:
        return kept[1], kept[2]
    heads = (lists.origin_verbs | lists.agency_verbs | lists.authorship_verbs
             | frozenset(v.split()[0] for v in lists.agency_verbs) | {"open"})
    wanted = heads | lists.blame_verbs | lists.authorship_nouns
    if len(_HEADS) >= 8:
        _HEADS.clear()
    _HEADS[id(lists)] = (lists, heads, wanted)
    return heads, wanted


def agency_claims(ctx: Context) -> list[Claim]:
    """The document's agency claims, in text order."""
    lists = ctx.lexicon.claims.lists
    out: list[Claim] = []
    heads, wanted = _heads(lists)
    lemmas = word_forms(ctx.doc)[1]  # each token's lemma, lower-cased: no string made per word
    for tok in ctx.tokens(pos=("VERB", "NOUN")):
        lemma = lemmas[tok.i]
        if lemma not in wanted:
            continue  # none of the heads, blame verbs or authorship nouns below
        blame = tok.pos_ == "VERB" and lemma in lists.blame_verbs
        opened = None
        is_verb = tok.pos_ == "VERB" and lemma in heads
        if not (is_verb or blame) and not (tok.pos_ == "NOUN" and lemma in lists.authorship_nouns):
            continue
        voice = ctx.voice(tok.idx, tok.idx + len(tok))
        if voice is None:
            continue
        if blame:
            blamed = _blamed_on(tok, ctx, voice)
            found = blamed[:3] if blamed is not None else None
            voice = blamed[3] if blamed is not None else voice
        elif voice.statement is None:
            continue  # the outlet's own telling of who fired is left to the event claims
        else:
            found = _frame(tok, ctx, voice) if is_verb else _work_frame(tok, ctx, voice)
            opened = _opened_fire(tok, ctx, voice) if is_verb and found is None else None
            found = found or opened
        if found is None:
            continue
        act, who, author = found
        place = time = None
        if not blame and opened is not None:  # one firing of many: tied to its place and day where told
            place = _place_of(tok, who, ctx)
            time = voice.statement.time if voice.statement is not None else None
        verb = tok if is_verb or blame else tok.head
        # the act's phrase; for a blame, its words before "on" the one blamed
        about = ctx.token_span(act.left_edge if blame else act, act) if blame or act.pos_ == "VERB" \
            else ctx.phrase(act)
        start, end = min(about.start, verb.idx, who.left_edge.idx), max(who.idx + len(who), about.end)
        told = _antecedent(act, _acts(ctx), ctx) if act.pos_ == "PRON" else None
        if told is not None:  # "Y fired them": the shells named before are the act compared
            about = ctx.phrase(told)
        polarity, modality = ctx.factuality(verb)
        claim = Claim(
            id="", kind="cause", predicate=PREDICATE, evidence=ctx.span(start, end),
            claimant=voice.claimant, arguments=(("agent", author),), polarity=polarity, modality=modality,
            statement=voice.statement.id if voice.statement else None, about=about, place=place, time=time,
        )
        out.append(claim)
        if polarity == "asserted" and (not blame or _hostile(act, author, ctx)):
            out.append(replace(claim, predicate=DELIBERATE, arguments=()))  # no accident, no act of nature
    return out


def _hostile(act: Token, author: str, ctx: Context) -> bool:
    """A blamed act that was an attack: a hostile act (``hostile_incidents``) or one laid on an armed actor
    (``armed_sectors``); a crash or a sinking blamed on an operator is its negligence, not an attack."""
    lists = ctx.lexicon.claims.lists
    ent = ctx.entities.get(author)
    return (act.lemma_.lower() in lists.hostile_incidents or act.lower_ in lists.hostile_incidents
            or (ent is not None and (ent.sector or "").lower() in lists.armed_sectors))  # the lists are lower case
