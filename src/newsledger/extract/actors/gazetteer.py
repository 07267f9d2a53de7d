"""Places the NER misses as sides, and bodies placed by a word that points back to a place.

Gaps of the small model that cost a story its speaker or its speaker's country:

- **an untagged capital that acts or speaks**: "<capital> denied that ...": the vocabulary knows the capital,
  the NER tagged nothing, so the clause had no speaker. :func:`missed_capitals` makes such a capital a place
  entity (the country's capital, coded GOV by :mod:`.metonymy` where it acts), only where the parse uses it as
  an actor (the subject of an agentive verb, the agent of a passive, the owner of a stance), and never a
  capital that is also a common word or a given name (``ambiguous_capitals``), the surname of a person of the
  story, or the start or tail of a longer name. Regions are left alone: several are also abbreviations or
  ordinary words.
- **a place typed an organisation** where the text only locates ("the chamber of commerce in <town> says"),
  though the story tags it a place elsewhere (its dateline): :func:`join_mistyped_places` makes it that place,
  so no clause takes the town for its speaker.
- **"there"**: "the ministry there", "officials there", "the government in that country": an unnamed body or
  official that nothing has coded takes the country of the last place named before it
  (:func:`code_pointed_bodies`); "here" does so outside quotations only (inside one it is the speaker's place).
  So does a state body that is the subject of a sentence a country or capital opens as its scene ("In
  <capital>, the government says").
"""

from __future__ import annotations

from spacy.symbols import PROPN
from spacy.tokens import Token

from ...textutil import form_key
from ..walk import kids_of, pos_dep_lower
from .context import Actor, Context
from .metonymy import mention_use

__all__ = ["code_pointed_bodies", "join_mistyped_places", "missed_capitals", "retype_named_regions"]

_MAX_WORDS = 4
_NAME_JOINERS = ("-", "'s", "’s")
# How far back (in sentences) "there" may point to the place it stands for.
_BACK_SENTENCES = 4
_COUNTRY_DETS = ("that", "this", "the")


def missed_capitals(ctx: Context) -> list[Actor]:
    """Capitals the NER did not tag that the parse uses as an actor ("<capital> denied the report")."""
    doc, owner, caps = ctx.doc, ctx.owner, ctx.caps
    ambiguous = ctx.ambiguous
    surnames = _surnames(ctx)
    out: list[Actor] = []
    n = len(doc)
    proper = (pos_dep_lower(doc)[:, 0] == PROPN).tolist() if n else []  # each token's part of speech, no Token
    i = 0
    while i < n:
        if owner[i] is not None or not caps[i] or not proper[i]:
            i += 1
            continue
        found = None
        for j in range(min(n, i + _MAX_WORDS), i, -1):
            if any(owner[k] is not None for k in range(i, j)):
                continue
            text = ctx.text(i, j)
            place = ctx.vocab.place(text)
            if place is not None and place.kind == "capital":
                found = (j, text, place)
                break
        if found is None:
            i += 1
            continue
        j, text, place = found
        key = form_key(text)
        if key not in ambiguous and key not in surnames and not _inside_longer_name(ctx, i, j) \
                and _acts(ctx, i, j):
            actor = Actor(text, "GPE", [(i, j)], country=place.iso3, place=place)
            out.append(actor)
            for k in range(i, j):
                owner[k] = actor
        i = j
    return out


def _surnames(ctx: Context) -> set[str]:
    """Last words of the people the NER tagged ("Paris" of "Anna Paris"): no capital where they stand alone."""
    out = set()
    for i, actor in enumerate(ctx.owner):
        if actor is not None and actor.type == "PERSON":
            out.add(form_key(ctx.text(i, i + 1)))
    return out


def _inside_longer_name(ctx: Context, start: int, end: int) -> bool:
    """The span starts or ends a longer capitalised name ("<capital> Group", "New <capital> Club")."""
    doc = ctx.tokens
    if start > 0 and ctx.sent_of[start - 1] == ctx.sent_of[start] and (ctx.caps[start - 1] or doc[start - 1].text
                                                                       in _NAME_JOINERS) \
            and doc[start - 1].is_alpha and form_key(doc[start - 1].text) not in ctx.articles:
        return True
    if end < len(doc) and ctx.sent_of[end] == ctx.sent_of[end - 1]:
        nxt = doc[end]
        if nxt.text == "-" or (ctx.caps[end] and nxt.is_alpha):
            return True
    return False


def _acts(ctx: Context, start: int, end: int) -> bool:
    """The parse uses the span as a government answering another side (:func:`.metonymy.mention_use`): the subject
    of a verb of answering ("<capital> denied the report", ``lists.capital_answer_verbs``). A capital that merely
    says, acts or owns ("<capital> won", "<capital>'s mayor") is as often a city, a team or a headline's place: the
    scored held-out articles gained wrong codings when every agentive use counted. An owned body or office
    ("<capital>'s envoy") takes the capital's country from its own phrase and needs no place entity."""
    if ctx.quoted[start] and ctx.text(start, end).isupper():
        return False
    head = ctx.head(start, end)
    return head.dep_ == "nsubj" and head.head.lemma_.lower() in ctx.lists["capital_answer_verbs"] \
        and mention_use(ctx, start, end) == "agent"


def join_mistyped_places(ctx: Context, work: list[Actor]) -> list[Actor]:
    """A name the NER tagged a place in one mention (the dateline's "<TOWN>, <country> -") and an organisation
    or a person in another where the text only locates ("the chamber of commerce in <town> says") is that place:
    its mentions join the place's, so that no clause takes the town for its speaker."""
    places: dict[str, Actor] = {}
    for actor in work:
        if actor.type in ("GPE", "LOC"):
            places.setdefault(form_key(actor.name), actor)
    if not places:
        return work
    out = []
    for actor in work:
        place = places.get(form_key(actor.name)) if actor.type in ("ORG", "PERSON") else None
        if place is not None and place is not actor and actor.mentions \
                and all(form_key(ctx.text(s, e)) == form_key(actor.name) and mention_use(ctx, s, e) == "place"
                        for s, e in actor.mentions):
            place.mentions.extend(actor.mentions)
            continue
        out.append(actor)
    return out


def retype_named_regions(ctx: Context, work: list[Actor]) -> None:
    """A "person" whose every mention is the name of a province, state or capital the gazetteer knows ("Gambella",
    "Chin State"), that no mention makes act or speak and one places something ("fighting in Gambella"), is that
    place: no given name opens it, no title is read with it."""
    given = ctx.vocab.people.given_names
    for actor in work:
        if actor.type != "PERSON" or not actor.named or actor.roles or not actor.mentions:
            continue
        key = form_key(actor.name)
        place = ctx.vocab.place(actor.name)
        if place is None or place.kind not in ("region", "capital") or key.split()[0] in given:
            continue
        if any(form_key(ctx.text(s, e)) != key for s, e in actor.mentions):
            continue
        uses = [mention_use(ctx, s, e) for s, e in actor.mentions]
        if "place" in uses and "agent" not in uses:
            actor.type, actor.place, actor.country = "GPE", place, place.iso3


def code_pointed_bodies(ctx: Context, work: list[Actor]) -> None:
    """Give each unnamed body or official with no country that "there" places ("the ministry there", "officials
    there", "the authorities in that country") the country of the last place named before it; and a state body
    or official with no country that speaks in a sentence a country or capital opens as its scene ("In
    <capital>, the government says") that place's country."""
    places = [a for a in work if a.type in ("GPE", "LOC") and a.country is not None]
    if not places:
        return
    starts = sorted((s, a.country) for a in places for s, _ in a.mentions if a.country is not None)
    for actor in work:
        if (actor.named and actor.type == "PERSON") or not actor.mentions \
                or actor.type not in ("ORG", "GROUP", "PERSON"):
            continue
        found: set[str] = set()
        # A state body or official of one country: not several officials, not an envoy (another country's).
        state = actor.sector in ctx.vocab.state_sectors and not actor.plural \
            and not ctx.lists["envoy_titles"].intersection(form_key(actor.name).split())
        for s, e in actor.mentions:
            if ctx.places_in(s, e, skip_owned=False):
                continue
            country = _last_place(ctx, starts, s) if _pointed(ctx, s, e) else _framed(ctx, s, e) if state else None
            if country is not None:
                found.add(country)
        if len(found) == 1 and actor.country in (None, *found):
            actor.country = found.pop()
            if actor.affiliation is not None and actor.affiliation.country is None \
                    and not actor.affiliation.named:
                actor.affiliation.country = actor.country


def _pointed(ctx: Context, start: int, end: int) -> bool:
    """The mention is placed by "there" ("the ministry there", "a spokesman for the ministry there"), by "here"
    outside quotations, or by "in that country"."""
    doc = ctx.tokens
    head = ctx.head(start, end)
    if end < len(doc) and _pointer(ctx, doc[end]):
        h = doc[end].head
        if start <= h.i < end or (h.pos_ in ("NOUN", "PROPN") and _governs(h, head)):
            return True
    if any(c.dep_ == "advmod" and c.i > head.i and _pointer(ctx, c) for c in kids_of(head)) \
            and head.pos_ in ("NOUN", "PROPN"):
        return True
    for prep in kids_of(head):
        if prep.dep_ == "prep" and prep.lower_ == "in" and prep.i >= end:
            for obj in kids_of(prep):
                if obj.dep_ == "pobj" and obj.lower_ in ctx.lists.country_nouns \
                        and any(d.dep_ == "det" and d.lower_ in _COUNTRY_DETS for d in kids_of(obj)):
                    return True
    return False


def _framed(ctx: Context, start: int, end: int) -> str | None:
    """The country of the country or capital that opens the mention's sentence as its scene, where the mention is
    the subject of that sentence's verb ("In <capital>, the government says ..."; not in a quotation)."""
    head = ctx.head(start, end)
    if ctx.quoted[start] or head.dep_ not in ("nsubj", "nsubjpass"):
        return None
    first = ctx.sents[ctx.sent_of[start]][0]
    for prep in kids_of(head.head):
        if prep.dep_ != "prep" or prep.lower_ != "in" or prep.i != first:
            continue
        edge = prep.right_edge.i
        if edge + 1 >= start or ctx.tokens[edge + 1].text != ",":
            return None
        for obj in kids_of(prep):
            owner = ctx.owner[obj.i] if obj.dep_ == "pobj" else None
            if owner is not None and owner.type in ("GPE", "LOC") and owner.place is not None \
                    and owner.place.kind in ("country", "capital") and _alone(ctx, owner, first):
                return owner.country
    return None


def _alone(ctx: Context, place: Actor, first: int) -> bool:
    """No other country is named in the sentence (by a name, a demonym or an actor coded with one): "In
    <capital>, the minister met <demonym> officials" may be the visitors' minister."""
    end = ctx.sents[ctx.sent_of[first]][1]
    for k in range(first, end):
        owner = ctx.owner[k]
        country = owner.country if owner is not None else (p.iso3 if (p := ctx.place_at(k, k + 1)) else None)
        if country is not None and country != place.country:
            return False
    return True


def _pointer(ctx: Context, tok: Token) -> bool:
    """"there", or "here" outside quotations, as an adverb."""
    word = tok.lower_
    return tok.pos_ == "ADV" and (word == "there" or (word == "here" and not ctx.quoted[tok.i]))


def _governs(noun: Token, tok: Token) -> bool:
    """``tok`` hangs under ``noun`` through prepositions and their objects only ("spokesman for the ministry")."""
    hops = 0
    while tok.i != noun.i and hops < 4:
        if tok.dep_ not in ("pobj", "prep", "compound", "poss"):
            return False
        tok = tok.head
        hops += 1
    return tok.i == noun.i


def _last_place(ctx: Context, starts: list[tuple[int, str]], before: int) -> str | None:
    """The country of the last place entity named before token ``before``, within a few sentences."""
    limit = ctx.sent_of[before] - _BACK_SENTENCES
    for s, country in reversed(starts):
        if s >= before:
            continue
        if ctx.sent_of[s] < limit:
            return None
        return country
    return None
