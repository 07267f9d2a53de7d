"""Metonymy: a capital that acts or speaks stands for its government.

"Beijing announced tariffs" names China's government; "his visit to Baghdad"
names a place. :func:`mention_use` reads how each mention of a place name is
used (from its dependency role and the word it depends on) and
:func:`split_metonymy` codes an acting capital as its government (GOV),
splitting off the mentions that only locate into a place entity of their own.
Where the story also names the country, :func:`join_states` makes the state one
actor: the capital's mentions that are no places and the government named by
the country alone ("the Peruvian government") join the country's.
"""

from __future__ import annotations

from spacy.tokens import Token

from ...lexicon.actors import Place
from ...textutil import form_key
from .context import Actor, Context

__all__ = ["join_states", "mention_use", "split_metonymy"]

_DATELINE_NEXT = {"—", "–", "--", "-", "(", ","}


def _dateline(ctx: Context, start: int, end: int) -> bool:
    """A dateline opening a paragraph ("NAIROBI —", "GENEVA (Reuters) -"): where the story was filed."""
    doc = ctx.doc
    line_start = start == 0 or "\n" in doc[start - 1].text_with_ws
    following = doc[end].text if end < len(doc) else ""
    return line_start and following in _DATELINE_NEXT and (doc[start:end].text.isupper() or following != ",")


def mention_use(ctx: Context, start: int, end: int) -> str:
    """How a place name is used: "agent" (acts or speaks), "place" (where something happens) or "other"."""
    if ctx.in_dateline(start, end) or _dateline(ctx, start, end):
        return "place"
    tok = ctx.head(start, end)
    hops = 0
    while tok.dep_ == "conj" and hops < 4:
        tok = tok.head
        hops += 1
    dep = tok.dep_
    lists = ctx.lists
    if dep == "nsubj":
        return "other" if tok.head.lemma_ in lists.non_agentive_verbs else "agent"
    if dep == "poss":
        return "agent" if tok.head.lemma_.lower() in lists.stance_nouns else "other"
    if dep == "dobj" and tok.head.lemma_ in lists.target_verbs:
        return "agent"
    if dep == "pobj":
        prep = tok.head
        word = prep.lower_
        if word == "by" and prep.head.tag_ == "VBN":
            return "agent"
        if word in ("with", "against", "on", "toward", "towards") and prep.head.lemma_.lower() in lists.relation_words:
            return "agent"
        if word in ("to", "toward", "towards") and _addressed(ctx, prep):
            return "agent"  # "a signal to Tokyo", "caving to Tokyo": the actor addressed, not where anyone goes
        if word == "in" and prep.head.lemma_.lower() in lists["seated_power_nouns"]:
            return "agent"  # "the regime in Damascus": the place's government
        if word in lists.place_prepositions:
            return "place"
    return "other"


def _addressed(ctx: Context, prep: Token) -> bool:
    """The "to"/"toward(s)" ``prep`` addresses an actor: it hangs on a word of ``address_words`` ("a signal to",
    "caving to"; or on one joined to such a word: "anger and warmth toward") or on a verb whose object is one ("send
    a message to", "called the step a signal to")."""
    head = prep.head
    words = ctx.lists["address_words"]
    if head.lemma_.lower() in words or any(c.dep_ == "conj" and c.lemma_.lower() in words for c in head.children):
        return True
    return head.pos_ in ("VERB", "AUX") and any(c.dep_ in ("dobj", "oprd") and c.lemma_.lower() in words
                                                for c in head.children)


def split_metonymy(ctx: Context, actors: list[Actor]) -> list[Actor]:
    """Code acting capitals as their government; split off the mentions that are only places."""
    out: list[Actor] = []
    for actor in actors:
        out.append(actor)
        if actor.place is None or actor.place.kind != "capital" or actor.type not in ("GPE", "LOC"):
            continue
        uses = {m: mention_use(ctx, *m) for m in actor.mentions}
        agent = [m for m, u in uses.items() if u == "agent"]
        if not agent:
            continue
        places = [m for m, u in uses.items() if u == "place"]
        actor.sector = "GOV"
        if places:
            actor.mentions = [m for m in actor.mentions if uses[m] != "place"]
            out.append(Actor(actor.name, actor.type, places, country=actor.country, place=actor.place))
    return out


def _modifier(ctx: Context, start: int, end: int) -> bool:
    """The place name modifies a noun ("<capital> residents", "<capital> hospitals"): it names the city's people or
    things, not the state."""
    tok = ctx.head(start, end)
    return tok.dep_ in ("compound", "amod", "nmod") and tok.head.pos_ in ("NOUN", "PROPN")


def _states(actors: list[Actor]) -> dict[str, Actor]:
    """The actor of each country the story names as a country, by ISO3."""
    return {a.place.iso3: a for a in actors
            if a.place is not None and a.place.kind == "country" and a.type == "GPE" and a.named}


def join_states(ctx: Context, actors: list[Actor]) -> list[Actor]:
    """One actor per state the story names as a country: its capital's mentions that are no places ("Lima said",
    "pressure on Lima"; a city's people, "Lima residents", stay with the place) and its government named by the
    country alone ("the Peruvian government", "the government of Peru"; the nouns are
    ``national_government_nouns``) or by its level ("the federal government": ``national_levels``) join the
    country's actor, which takes their sector. A body of a government
    ("the Peruvian foreign ministry") or one named by its leader ("the Humala government") stays an actor of its
    own. A demonym named with "the" alone ("the Peruvians said") is the state too (:func:`_definite_people`). Run
    once references are resolved, so that joining changes no reading of "the country" or "it"."""
    states = _states(actors)
    if not states:
        return actors
    joined: set[int] = set()
    out: list[Actor] = []
    for actor in actors:
        out.append(actor)
        state = states.get(actor.place.iso3) if actor.place is not None and actor.place.kind == "capital" \
            else states.get(actor.country or "") if _seat(ctx, actor) else None
        if state is None or actor.type not in ("GPE", "LOC", "ORG", "FAC"):
            continue
        seat = actor.place is None  # a seat of government: "Kremlin officials" are the government's, no city's
        places = [m for m in actor.mentions if mention_use(ctx, *m) == "place" or (_modifier(ctx, *m) and not seat)]
        if len(places) == len(actor.mentions):
            continue
        if places:
            actor.mentions = [m for m in actor.mentions if m not in places]
            kept = next((p for p in actors if p is not actor and p.place is actor.place and p.sector is None
                         and p.name == actor.name), None)  # the place split off by split_metonymy: one place
            if kept is not None:
                kept.mentions.extend(places)
                kept.mentions.sort()
            else:
                out.append(Actor(actor.name, "GPE" if actor.type == "ORG" else actor.type, places,
                                 country=actor.country, place=actor.place))
        state.absorb(actor)
        joined.add(id(actor))
    actors = out
    for actor in actors:
        state = states.get(actor.country or "")
        if actor.type != "ORG" or state is None or state is actor or not actor.mentions \
                or not any(_national_government(ctx, s, e, state.place) or _national_level(ctx, s, e)
                           for s, e in actor.mentions) \
                or not all(_national_government(ctx, s, e, state.place) or _bare_reference(ctx, s, e)
                           for s, e in actor.mentions):
            continue
        state.absorb(actor)
        joined.add(id(actor))
    for actor in actors:  # "the Russians said", "offered the Belgians a deal": the state, by its people's name
        state = states.get(actor.country or "")
        if actor.type == "NORP" and state is not None and actor.mentions \
                and all(_definite_people(ctx, s, e) for s, e in actor.mentions):
            state.absorb(actor)
            joined.add(id(actor))
    if not joined:
        return actors
    for actor in actors:
        if actor.affiliation is not None and id(actor.affiliation) in joined:
            actor.affiliation = states[actor.affiliation.country or ""]
    return [a for a in actors if id(a) not in joined]


def _definite_people(ctx: Context, start: int, end: int) -> bool:
    """ "the Russians", "the Chinese": a demonym after "the" that modifies no noun after it, the way a story names
    a state by its people ("the Russians said", "getting the Chinese to agree"); "Russians" without the article
    are people ("Russians queued for bread"), and "the Russian people" is a noun's modifier."""
    doc = ctx.tokens
    if doc[start].lower_ == "the":
        start += 1
    elif start == 0 or doc[start - 1].lower_ != "the":
        return False
    place = ctx.place_at(start, end)
    return place is not None and place.kind == "demonym" and not ctx.quoted[start] \
        and (end >= len(doc) or doc[end].pos_ not in ("NOUN", "PROPN", "ADJ", "NUM"))


def _seat(ctx: Context, actor: Actor) -> bool:
    """A state's seat of power named for its government ("the Kremlin": ``government_seats``), tagged a body or,
    with no place of the gazetteer, a place or a building."""
    return (actor.type == "ORG" or (actor.type in ("GPE", "LOC", "FAC") and actor.place is None)) \
        and actor.country is not None \
        and any(form_key(ctx.text(s, e)).removeprefix("the ") in ctx.lists["government_seats"]
                for s, e in actor.mentions)


def _national_level(ctx: Context, start: int, end: int) -> bool:
    """ "the federal government", "the central government": the whole state's government, named by its level."""
    doc = ctx.tokens
    while start < end and doc[start].lower_ in ctx.articles:
        start += 1
    return end - start == 2 and doc[start].lower_ in ctx.lists["national_levels"] \
        and doc[start + 1].lower_ in ctx.lists.national_government_nouns


def _bare_reference(ctx: Context, start: int, end: int) -> bool:
    """A mention that refers back without a name: a pronoun, or a government noun after an article ("the
    government"), also of the national level ("the federal government")."""
    doc = ctx.tokens
    while start < end and doc[start].lower_ in ctx.articles:
        start += 1
    if _national_level(ctx, start, end):
        return True  # "the federal government", "the central government"
    return end - start == 1 and (doc[start].tag_ in ("PRP", "PRP$")
                                 or doc[start].lower_ in ctx.lists.national_government_nouns)


def _national_government(ctx: Context, start: int, end: int, place: Place | None) -> bool:
    """The mention ``[start, end)`` is a government noun with the country ``place`` and nothing else: the country or
    its demonym before it, or "of" and the country after it, inside the mention or right after it ("the government"
    of "the government of Peru"); an article may open either."""
    nouns = ctx.lists.national_government_nouns
    doc = ctx.tokens
    while start < end and doc[start].lower_ in ctx.articles:
        start += 1
    if place is None or start >= end:
        return False
    if doc[end - 1].lower_ in nouns and end - start >= 2:
        found = ctx.place_at(start, end - 1)
        return found is not None and found.iso3 == place.iso3
    if doc[start].lower_ not in nouns or start + 1 >= len(doc) or doc[start + 1].lower_ != "of":
        return False
    k = start + 2
    while k < len(doc) and doc[k].lower_ in ctx.articles:
        k += 1
    ends = [end] if end > start + 1 else range(min(k + 3, len(doc)), k, -1)
    return any((found := ctx.place_at(k, j)) is not None and found.iso3 == place.iso3 for j in ends)
