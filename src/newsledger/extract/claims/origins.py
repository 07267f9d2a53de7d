"""Origin claims: an incident's cause placed on one party's side, with no verb of causing (issue 14).

"The first flames were seen on the Algerian side", "the fire began just inside France", "satellite images show the
first hot spot inside Tunisia", "a fault on the Ghanaian section of the line", "the cause was a broken rail on the
Italian side of the border", "raiders who came across the border from Chad" put the start of an incident, its
cause or its doers on one country's ground: a claim that the country (its side) is responsible (predicate
``responsible``, the agent the country named), which another side's origin on other ground, or a cause of the
blamed side's own, answers (:func:`newsledger.compare.blame_answered`). Where a thing fired came from is
:mod:`.agency`'s; this module reads the incident's own start.

A place is read as an origin only where the words it hangs on are one (``lists.onset_*``): a verb by which an
incident set in ("began", "broke out"), a verb of motion from the place whose subject is an incident, a thing that
spreads or a doer ("the smoke drifted from", "gunmen came from"), a noun of origin or fault ("the point of
origin", "a fault on"), a first sighting ("the first flames were seen on"), a thing that failed ("a transformer on
the Togolese side tripped"), a doer ("poachers operating from the Namibian side"), or the thing a cause noun names
("the cause was a broken rail on"). The place is a country's ``side`` noun ("the Algerian side", "Nepalese
territory", "the Angolan bank") or the country itself after a preposition of place ("inside France", "from
Chad"). "The flood cut off villages on the Indian side" (the harm, not the origin) claims nothing.

Only a statement's speaker the reader can place (:func:`.sides.placed`) claims an origin here: the outlet telling
where a fire started is the story, not a side. Polarity and modality are those of the clause's verb.
"""

from __future__ import annotations

from spacy.tokens import Token

from ...models import Claim
from ..walk import kids_of
from .causes import first_incident
from .context import Context
from .responsibility import PREDICATE
from .sides import placed

__all__ = ["origin_claims"]

# Entities that name a country's ground or people ("France", "Algerian").
_GROUND = ("GPE", "NORP", "LOC")
# Dependencies a walk from the place to its anchor climbs through ("the point of origin, some 600 metres inside").
_CLIMB = ("pobj", "prep", "appos", "compound", "npadvmod", "nmod", "pcomp", "acl", "relcl", "conj")
_STEPS = 5


def _country(place: Token, ctx: Context, thing: bool = False) -> str | None:
    """The entity of the country a place after a preposition names: a side noun with its country ("the Algerian
    side", "Nepalese territory"), the country itself ("inside France", "from Angola's northern province"), or,
    after "from" or with ``thing`` (an incident that set in inside a thing), any thing of the country ("the virus
    came from Angolan cattle", "the fire started in a Latvian lorry")."""
    lists = ctx.lexicon.claims.lists
    eid = ctx.entity(place)
    own = ctx.entities.get(eid) if eid is not None else None
    if own is None or own.country is None:
        return None
    ground = place.lemma_.lower() in lists.onset_ground_nouns
    if own.type not in _GROUND and not ground:  # "the Slovak bank" read as a lender still names Slovakia's bank
        return None
    if not (ground or place.pos_ == "PROPN" or place.ent_type_ or any(c.dep_ == "poss" for c in place.children)
            or place.head.lower_ in lists.onset_motion_preps or (thing and own.type == "NORP")):
        return None
    return _countries(ctx).get(own.country, eid if own.type in _GROUND else None)


def _countries(ctx: Context) -> dict[str, str]:
    """Each country's entity: the country the document names, else its first place of the country, else its first
    people ("Slovak"): one agent for "the Slovak bank" and "inside Slovakia" (once per document)."""
    cached = ctx.cache.get("onset_countries")
    if isinstance(cached, dict):
        return cached
    found: dict[str, str] = {}
    places = ctx.lexicon.actors
    for ent in ctx.entities.values():  # the country itself first ("Peru", not its town "Puno")
        named = places.place(ent.name) if ent.type == "GPE" and ent.country is not None else None
        if ent.country is not None and named is not None and named.kind == "country":
            found.setdefault(ent.country, ent.id)
    for kind in ("GPE", "NORP"):
        for ent in ctx.entities.values():
            if ent.type == kind and ent.country is not None:
                found.setdefault(ent.country, ent.id)
    ctx.cache["onset_countries"] = found
    return found


def _first(noun: Token, ctx: Context) -> bool:
    """A noun of origin or a first sighting: "the point of origin", "the first flames", "the first hot spot"."""
    lists = ctx.lexicon.claims.lists
    lemma = noun.lemma_.lower()
    if lemma in lists.onset_nouns or lemma in lists.cause_nouns:
        return True
    if lemma in lists.onset_things and any(c.dep_ == "amod" and c.lower_ in lists.first_words
                                            for c in kids_of(noun)):
        return True
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(
        p.dep_ == "pobj" and p.lemma_.lower() in lists.onset_nouns for p in kids_of(c)) for c in kids_of(noun))


def _mover(verb: Token, ctx: Context) -> bool:
    """A verb of motion whose subject (or the noun its relative clause qualifies) is an incident, a thing that
    spreads or a doer: "the smoke drifted from", "gunmen who came from". Where a pronoun moves an object ("it was
    moving tents from the capital"), the object is what moved: the pronoun is someone carrying it."""
    lists = ctx.lexicon.claims.lists
    if verb.lemma_.lower() not in lists.onset_motion_verbs:
        return False
    subj = ctx.subject(verb)
    if subj is not None and subj.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
        subj = verb.head
    if subj is None:
        return False
    lemma = subj.lemma_.lower()
    if lemma in lists.onset_doers:
        return True
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is not None and verb.lemma_.lower() != "cross" and (subj.pos_ == "PRON" or
                                                               subj.lower_ in lists.incident_anaphors):
        # "it was moving tents from X": "it" carries the tents, no incident moves ("it crossed the river" still
        # spreads)
        return _thing(obj, ctx)
    return _thing(subj, ctx)


def _thing(noun: Token, ctx: Context) -> bool:
    """An incident, a thing that spreads from where it started ("the smoke", "the oil") or a pronoun for one."""
    lemma = noun.lemma_.lower()
    lists = ctx.lexicon.claims.lists
    return (lemma in ctx.words.incident_nouns or lemma in lists.onset_things
            or noun.lower_ in lists.incident_anaphors)


def _set_in(verb: Token, ctx: Context) -> bool:
    """A verb by which an incident set in, said of one: "the fire began", "it started", "the blaze broke out", "the
    pressure drop began" (a fall of a supply, ``lists.onset_effects``)."""
    lists = ctx.lexicon.claims.lists
    lemma = verb.lemma_.lower()
    if lemma not in lists.onset_verbs and not any(
            f"{lemma} {c.lower_}" in lists.onset_verbs for c in kids_of(verb) if c.dep_ == "prt"):
        return False
    subj = ctx.subject(verb)
    return subj is not None and (_thing(subj, ctx) or subj.lemma_.lower() in lists.onset_effects)


def _effect_set_in(verb: Token, ctx: Context) -> bool:
    """A fall of a supply that set in, its subject one of ``lists.onset_effects``: "the pressure drop began"."""
    subj = ctx.subject(verb) if verb.pos_ in ("VERB", "AUX") else None
    return (subj is not None and subj.lemma_.lower() in ctx.lexicon.claims.lists.onset_effects
            and _set_in(verb, ctx))


def _anchor(prep: Token, ctx: Context) -> Token | None:
    """The verb of the clause where the place after ``prep`` is an origin (see the module docstring), the anchor
    word where the clause has no verb, or None."""
    lists = ctx.lexicon.claims.lists
    motion = prep.lower_ in lists.onset_motion_preps
    pointed = False  # a "to" climbed through: "samples point to a barge registered in X", "traced it to"
    cur = prep.head
    for _ in range(_STEPS):
        lemma = cur.lemma_.lower()
        if cur.pos_ in ("VERB", "AUX"):
            if _set_in(cur, ctx) or (motion and _mover(cur, ctx)):
                return cur
            if pointed and (lemma in lists.evidence_verbs or lemma in lists.open_cause_ascribers):
                return cur
            if any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "attr") and c.pos_ == "NOUN" and _first(c, ctx)
                   for c in kids_of(cur)):
                return cur  # "the first flames were seen on", "the cause was a broken rail on"
            if cur.dep_ not in ("acl", "relcl"):
                return None
        elif cur.pos_ in ("NOUN", "PROPN"):
            if _first(cur, ctx) or lemma in lists.onset_doers:
                return cur.head if cur.head.pos_ in ("VERB", "AUX") else cur
            if cur.dep_ == "nsubj" and cur.head.lemma_.lower() in lists.open_cause_failures:
                return cur.head  # "a transformer at the substation on the Togolese side tripped"
        elif cur.pos_ == "ADP":
            motion = motion or cur.lower_ in lists.onset_motion_preps  # "came from the outflow of a refinery on"
            pointed = pointed or cur.lower_ == "to"
        if cur.dep_ not in _CLIMB or cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


def origin_claims(ctx: Context) -> list[Claim]:
    """The document's origin claims, in text order: one per claimant, country and sentence."""
    lists = ctx.lexicon.claims.lists
    out: list[Claim] = []
    incident = first_incident(ctx) is not None  # else only a fall of a supply that set in: "the drop began in"
    seen: set[tuple[str | None, str, int]] = set()
    for prep in ctx.tokens(lowers=lists.onset_preps):
        if prep.dep_ != "prep":
            continue
        place = next((c for c in kids_of(prep) if c.dep_ == "pobj"), None)
        if place is None:
            continue
        agent = _country(place, ctx)
        anchor = _anchor(prep, ctx) if agent is not None or prep.lower_ in lists.onset_thing_preps else None
        if agent is None and anchor is not None and anchor.pos_ == "VERB" and _set_in(anchor, ctx):
            agent = _country(place, ctx, thing=True)  # "the fire started in a Latvian lorry", "behind the X shed"
        if agent is None or anchor is None or not (incident or _effect_set_in(anchor, ctx)):
            continue
        start = min(anchor.idx, prep.idx)
        end = max(place.right_edge.idx + len(place.right_edge), anchor.idx + len(anchor))
        voice = ctx.voice(start, end)
        if voice is None or voice.statement is None or not placed(voice.claimant, ctx):
            continue
        key = (voice.claimant, ctx.entities[agent].country or agent, ctx.sentence_of(prep))
        if key in seen:
            continue
        seen.add(key)
        polarity, modality = ctx.factuality(anchor) if anchor.pos_ in ("VERB", "AUX") else ("asserted", "actual")
        out.append(Claim(
            id="", kind="cause", predicate=PREDICATE, evidence=ctx.span(start, end), claimant=voice.claimant,
            arguments=(("agent", agent),), polarity=polarity, modality=modality, statement=voice.statement.id,
        ))
    return out
