"""Local forces named with their own place: "police in the Presov region", "the police of the port city".

Police answer to the state whose ground they stand on, so a police force or gendarmerie that nothing else
codes takes the country of the place its own noun phrase puts it in ("in", "of" hung on the noun itself, not
on the clause: "police said 12 people were held in Kyiv" seats nobody). Every mention that names such a place
must name the same country. Troops are left alone: an army "in" a country may be another's; unnamed officials
take a town's or region's country, never a country's or a capital's ("officials in Brussels" may be the EU's). A town
or region takes the country a possessive before it names ("Chile's Maule region"). A state body named by its
own "of" phrase ("the ministry of the state of X", "the regional government of Y") is the body of the place that
phrase names, whatever country the rest of the story is about: a region's body speaks for the region's country.
"""

from __future__ import annotations

from spacy.tokens import Token

from ...textutil import form_key
from ..walk import indexes_holding, kids_of
from .codes import place_before
from .context import Actor, Context

__all__ = ["code_bodies_of_places", "code_letterhead_bodies", "code_modified_bodies", "code_named_subdivisions",
           "code_placed_police", "code_possessed_places", "code_towns_by_region"]

_LOCAL_SECTORS = frozenset({"COP"})
# Places whose officials may be another country's: "officials in Kenya", "officials in Brussels" (the EU's).
_NATIONAL = frozenset({"country", "capital"})
_DASHES = frozenset({"-", "–", "—", "|"})
# A letterhead is the release's first lines; the tokens a body's line may run on before its dash.
_HEAD_LINES, _HEAD_RUN = 2, 8
_STEM = 5  # letters a level's adjective shares with its subdivision noun: "provincial", "province"


def code_possessed_places(ctx: Context, work: list[Actor]) -> None:
    """Give a town or region that nothing codes the country a possessive or demonym right before one of its
    mentions names ("Chile's Maule region", "the Kenyan town of Kitale" is left to the parse): every such
    mention outside quotations must name the same country."""
    for actor in work:
        if actor.country is not None or actor.type not in ("GPE", "LOC") or not actor.mentions:
            continue
        found = {c for s, _ in actor.mentions if not ctx.quoted[s] and (c := place_before(ctx, s)) is not None}
        if len(found) == 1:
            actor.country = found.pop()


def code_modified_bodies(ctx: Context, work: list[Actor]) -> None:
    """Give a body that nothing codes the country a possessive or demonym right before a later mention names
    ("the government ... according to Indian government figures", "the ministry ... the Kenyan ministry"); the
    first mention was read when the body was found. Every such mention outside quotations must name the same
    country, and the body must have a sector that has a country (not an international one). A group of a state
    sector ("police", "troops") whose demonym the NER took for a place of its own ("<Demonym> police seized ...")
    is read at every mention, its first included."""
    for actor in work:
        if actor.country is not None or actor.place is not None or actor.sector is None \
                or actor.sector in ctx.vocab.countryless_sectors:
            continue
        group = actor.type == "GROUP" and actor.sector in ctx.vocab.state_sectors
        if not group and (actor.type != "ORG" or len(actor.mentions) < 2):
            continue
        found = {c for s, _ in actor.mentions if not ctx.quoted[s] and (c := place_before(ctx, s)) is not None}
        if len(found) == 1:
            actor.country = found.pop()


def code_letterhead_bodies(ctx: Context, work: list[Actor]) -> None:
    """Give a state body a release's letterhead names the country its own line names after a dash
    ("MINISTRY OF MINES - REPUBLIC OF X", the NER may swallow "- REPUBLIC" into the body's name), and each uncoded
    body the story names by the same words ("the Ministry of Mines", in any case) the same country."""
    doc = ctx.doc
    newlines = indexes_holding(doc, "\n")
    limit = newlines[_HEAD_LINES - 1] if len(newlines) >= _HEAD_LINES else len(doc)
    state = ctx.vocab.state_sectors
    coded: dict[str, str] = {}
    for actor in work:
        if actor.country is not None or actor.type != "ORG" or actor.sector not in state:
            continue
        for s, e in actor.mentions:
            if s >= limit:
                continue
            dash = next((k for k in range(s + 1, min(e + _HEAD_RUN, limit)) if doc[k].text in _DASHES), None)
            if dash is None or any("\n" in doc[k].text for k in range(s, dash)):
                continue
            end = dash + 1
            while end < limit and "\n" not in doc[end].text and not doc[end].is_punct:
                end += 1
            place = next((p for k in range(end, dash + 1, -1) if (p := ctx.place_at(dash + 1, k)) is not None), None)
            if place is None or place.kind != "country" or not place.iso3:
                continue
            actor.country = place.iso3
            coded[form_key(doc[s:dash].text)] = place.iso3
            coded[form_key(doc[s:min(e, dash)].text)] = place.iso3
    if not coded:
        return
    for actor in work:
        if actor.country is None and actor.type == "ORG" and actor.sector in state \
                and (country := coded.get(form_key(actor.name))) is not None:
            actor.country = country


def code_bodies_of_places(ctx: Context, work: list[Actor]) -> None:
    """Give each state body or group of ``work`` that nothing codes yet the country of the place an "of" hung on
    its own noun names ("the ministry of the state of X", "the regional government of Y", "officials of the Z
    province"), before the story's home country is given to bare bodies: the body of a region of another country
    than the one the story is about is that country's. Every mention that names such a place must name the same
    country; a go-between ("the envoy of X") is left alone. A government or ministry the "in" on its own noun seats
    ("the government in Tripoli", "the defence ministry in Vilnius"), or a body named as a nation's ("the National
    Crisis Centre in Vilnius"), is the body of that place's country."""
    state = ctx.vocab.state_sectors
    seated = frozenset(ctx.lists["seated_body_nouns"])
    for actor in work:
        words = form_key(actor.name).split()
        national = actor.type == "ORG" and actor.named and bool(words) \
            and words[0] in ctx.lists["national_name_openers"]
        if actor.country is not None or actor.place is not None or actor.type not in ("ORG", "GROUP") \
                or (actor.sector not in state and not national) or ctx.lists["envoy_titles"].intersection(words):
            continue
        found: set[str] = set()
        for s, e in actor.mentions:
            if ctx.quoted[s]:
                continue
            head = ctx.head(s, e)
            preps = ("of", "in") if actor.type == "ORG" and (national or head.lemma_.lower() in seated) else ("of",)
            for prep in kids_of(head):
                if prep.dep_ != "prep" or prep.lower_ not in preps or prep.i != e:
                    continue
                for obj in kids_of(prep):
                    if obj.dep_ == "pobj" and (country := _country_of_place(ctx, obj, actor)) is not None:
                        found.add(country)
        if len(found) == 1:
            actor.country = found.pop()


def code_named_subdivisions(ctx: Context, work: list[Actor]) -> None:
    """Give a region or province that nothing codes the country its own words name it a subdivision of ("the
    Swiss canton of X", "X, a province of Peru", "the department of X in Peru"), or, written bare with its noun
    ("X province"), the one country of the story's bodies of that level; before the bodies are coded, and give
    each uncoded body named by the region's possessive ("X's environment office") the same country: a region's
    body speaks for the region's country. Every mention so placed must name the same country."""
    nouns = ctx.lists["subdivision_nouns"]
    regions: dict[str, str] = {}
    for actor in work:
        if actor.country is not None or actor.type not in ("GPE", "LOC") or not actor.mentions:
            continue
        found: set[str] = set()
        for s, e in actor.mentions:
            for country in (_demonym_town_before(ctx, s, nouns), _subdivision_of(ctx, s, e, nouns)):
                if country is not None:
                    found.add(country)
        if len(found) == 1:
            actor.country = found.pop()
            regions[form_key(actor.name)] = actor.country
    for actor in work:
        if actor.country is None and actor.type in ("GPE", "LOC") and actor.place is None and actor.mentions \
                and (country := _level_country(ctx, actor, work)) is not None:
            actor.country = country
            regions[form_key(actor.name)] = country
    if not regions:
        return
    doc = ctx.tokens
    for actor in work:
        if actor.country is not None or actor.type != "ORG" or actor.place is not None or not actor.mentions:
            continue
        found = set()
        for s, e in actor.mentions:
            k = next((k for k in range(s + 1, min(e, s + 4)) if doc[k].text in ctx.possessive), None)
            if k is not None and (country := regions.get(form_key(ctx.doc[s:k].text))) is not None:
                found.add(country)
        if len(found) == 1:
            actor.country = found.pop()


def _level_country(ctx: Context, actor: Actor, work: list[Actor]) -> str | None:
    """The one country of the bodies the story names at the level of the region ``actor`` names with its noun at
    every mention ("X province ... the Congolese provincial government", "X canton ... the Swiss cantonal police"):
    a region written bare is the region those bodies govern. The level's adjective shares the noun's stem."""
    doc = ctx.tokens
    nouns = {form_key(doc[e].text) if e < len(doc) else "" for _, e in actor.mentions}
    if len(nouns) != 1 or (noun := nouns.pop()) not in ctx.lists["subdivision_nouns"]:
        return None
    levels = {w for w in ctx.lists["local_levels"] if w[:_STEM] == noun[:_STEM] and w != noun}
    found = {b.country for b in work if b is not actor and b.country and b.type in ("ORG", "GROUP")
             and levels.intersection(form_key(b.name).split())}
    return found.pop() if len(found) == 1 else None


def _subdivision_of(ctx: Context, s: int, e: int, nouns: frozenset[str] | list[str]) -> str | None:
    """The country a subdivision noun around the place at ``s``..``e`` names it part of: "X, a province of
    <country>" (or "in"), "the <subdivision> of X in <country>"."""
    doc = ctx.tokens
    j: int | None = None
    if e + 3 < len(doc) and doc[e].text == "," and doc[e + 1].lower_ in ("a", "an"):
        k = e + 2
        if doc[k].pos_ == "ADJ" and k + 1 < len(doc):
            k += 1  # "X, a northern province of <country>"
        if form_key(doc[k].text) in nouns and k + 1 < len(doc) and doc[k + 1].lower_ in ("of", "in"):
            j = k + 2
    elif s >= 2 and doc[s - 1].lower_ == "of" and form_key(doc[s - 2].text) in nouns \
            and e < len(doc) and doc[e].lower_ == "in":
        j = e + 1
    if j is None or j >= len(doc) or ctx.sent_of[j] != ctx.sent_of[s]:
        return None
    if doc[j].lower_ == "the":
        j += 1
    owner = ctx.owner[j] if j < len(doc) else None
    if owner is not None:
        if owner.type == "GPE" and owner.place is not None and owner.place.kind == "country" and owner.country:
            return owner.country
        return None
    place = next((p for n in (3, 2, 1) if (p := ctx.place_at(j, min(j + n, len(doc)))) is not None), None)
    return place.iso3 if place is not None and place.kind == "country" and place.iso3 else None


def code_towns_by_region(ctx: Context, work: list[Actor]) -> None:
    """Give a town or region that nothing codes the country of the region or country written right after it
    ("Dayton, Ohio,", "Bogor, Indonesia") or of a demonym on the settlement noun it names ("the Kazakh city of
    X", "the nearest Kazakh city, X"; outside quotations): every mention so placed must name the same country,
    and a list ("Dayton, Ohio and Toledo") places nothing."""
    for actor in work:
        if actor.country is not None or actor.type not in ("GPE", "LOC") or not actor.mentions:
            continue
        found: set[str] = set()
        for s, e in actor.mentions:
            after = _region_after(ctx, actor, e)  # geography, whoever writes it
            if after is not None:
                found.add(after)
            before = None if ctx.quoted[s] else _demonym_town_before(ctx, s)
            if before is not None:
                found.add(before)
        if len(found) == 1:
            actor.country = found.pop()


def _region_after(ctx: Context, actor: Actor, e: int) -> str | None:
    """The country of the region or country named right after ", " at token ``e`` and ending the phrase."""
    doc = ctx.tokens
    if e + 1 >= len(doc) or doc[e].text != "," or ctx.sent_of[e + 1] != ctx.sent_of[e]:
        return None
    owner = ctx.owner[e + 1]
    end = e + 1
    if owner is not None and owner is not actor and owner.type in ("GPE", "LOC") and owner.country \
            and owner.place is not None and owner.place.kind in ("region", "country"):
        while end < len(doc) and ctx.owner[end] is owner:
            end += 1
        country: str | None = owner.country
    elif owner is None:
        place = next(((n, p) for n in (3, 2, 1) if (p := ctx.place_at(e + 1, min(e + 1 + n, len(doc)))) is not None),
                     None)
        if place is None or place[1].kind not in ("region", "country"):
            return None
        end, country = e + 1 + place[0], place[1].iso3
    else:
        return None
    if end < len(doc) and (doc[end].lower_ in ("and", "or") or ctx.owner[end] is not None):
        return None
    return country


def _demonym_town_before(ctx: Context, s: int, nouns: frozenset[str] | list[str] | None = None) -> str | None:
    """The country of a demonym on the settlement noun (or one of ``nouns``) right before ``s`` ("the Kazakh
    city of X", "the nearest Kazakh city, X", "the Swiss canton of X")."""
    if s < 2 or ctx.tokens[s - 1].lower_ not in ("of", ","):
        return None
    noun = ctx.tokens[s - 2]
    if form_key(noun.lemma_) not in (ctx.lists["town_nouns"] if nouns is None else nouns) \
            or noun.tag_ not in (("NN",) if nouns is None else ("NN", "NNP")):  # "the Swiss Canton of X" too
        return None
    for c in noun.lefts:
        if c.dep_ not in ("amod", "compound"):
            continue
        owner = ctx.owner[c.i]
        if owner is not None and owner.type == "NORP" and owner.country:
            return owner.country
        place = ctx.vocab.place(c.text)  # "Kazakh city" tagged whole as a place
        if place is not None and place.kind == "demonym":
            return place.iso3
    return None


def code_placed_police(ctx: Context, work: list[Actor]) -> None:
    """Give each uncoded police body or group of ``work`` the country of the place its own phrase names; and
    unnamed officials or authorities ("local officials in the X district", "authorities in the port city of Y", "the
    harbour master in Z", an office holder named by the office alone) the country of the town or region it names
    (not a country: an official "in" a country may be a foreign one)."""
    state = ctx.vocab.state_sectors
    for actor in work:
        if actor.country is not None or (actor.type == "PERSON" and actor.named):
            continue  # an office holder named by the office alone is placed as a body is ("the port captain in X")
        police = actor.sector in _LOCAL_SECTORS
        if not police and (actor.named or actor.sector not in state
                           or ctx.lists["envoy_titles"].intersection(form_key(actor.name).split())):
            continue  # "diplomats in <town>" are another country's
        found: set[str] = set()
        for s, e in actor.mentions:
            if ctx.quoted[s]:
                continue
            head = ctx.head(s, e)
            for prep in kids_of(head):
                if prep.dep_ != "prep" or prep.lower_ not in ("in", "of"):
                    continue
                for obj in kids_of(prep):
                    if obj.dep_ == "pobj":
                        country = _country_of_place(ctx, obj, actor, police)
                        if country is not None:
                            found.add(country)
        if len(found) == 1:
            actor.country = found.pop()


def _country_of_place(ctx: Context, obj: Token, actor: Actor, countries: bool = True) -> str | None:
    """The country of the place named at ``obj`` or by its compounds ("the Presov region"), or by the place an
    "of" after it names ("the Talca district of Maule region"): a place entity's country (a known place the NER
    tagged as an organisation too), or the vocabulary's for a place the NER left untagged; a country or capital
    only where ``countries``."""
    for t in [obj, *(c for c in kids_of(obj) if c.dep_ == "compound")]:
        owner = ctx.owner[t.i]
        if owner is not None and owner is not actor:
            if (owner.type in ("GPE", "LOC") or owner.place is not None) and owner.country and (
                    countries or owner.place is None or owner.place.kind not in _NATIONAL):
                return owner.country
            continue
        place = ctx.place_at(t.i, t.i + 1)
        if place is not None and place.iso3 and (countries or place.kind not in _NATIONAL):
            return place.iso3
    for prep in kids_of(obj):
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for inner in kids_of(prep):
                if inner.dep_ == "pobj":
                    return _country_of_place(ctx, inner, actor, countries)
    return None
