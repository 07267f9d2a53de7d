"""The dateline's place and agency: where the story was filed and who filed it, never an actor in it.

"ISLAMABAD, March 3 (Reuters) -" names a place and a news agency. The NER tags
the upper-case city as an organisation or a person as often as a place; here
it becomes a place (GPE) with the country the vocabulary, or the region after
it (", Ukraine"), gives, and no sector. The agency in parentheses is a media
organisation (MED). A later mention of the same name in the story keeps its
own reading: the dateline's mention is split off into an entity of its own.
The parse has already made the dateline a sentence of its own
(:mod:`newsledger.parse.components`), so neither becomes a speaker or the
subject of an event.
"""

from __future__ import annotations

from spacy.tokens import Token

from ...textutil import form_key
from .context import Actor, Context

__all__ = ["FOREIGN_TAGS", "bare_title_before", "code_dateline", "home_offices"]

_PORTFOLIO_WORDS = 4  # capitalised words of a portfolio between "of" and a name ("Minister of Foreign Affairs X")


def _region_country(ctx: Context) -> str | None:
    d = ctx.dateline
    if d is None or d.region is None:
        return None
    text = ctx.text(*d.region)
    # AP-style state abbreviations ("N.H.") are the USA here only: several are ordinary words elsewhere.
    if text.lower() in ctx.lists.us_states:
        return "USA"
    place = ctx.vocab.place(text)
    return place.iso3 if place is not None else None


def code_dateline(ctx: Context, actors: list[Actor]) -> list[Actor]:
    """Code the dateline's place and agency (see the module docstring); the actors, with any split off."""
    d = ctx.dateline
    if d is None:
        return actors
    region_country = _region_country(ctx)
    ps, pe = d.place
    whole_place = "/" not in ctx.text(ps, pe)  # "WASHINGTON/BRUSSELS" names two places
    out: list[Actor] = []
    agency_found = placed = False
    for actor in actors:
        inside = [m for m in actor.mentions if ctx.in_dateline(*m)]
        if not inside:
            out.append(actor)
            continue
        agency = d.agency is not None and all(d.agency[0] <= s and e <= d.agency[1] for s, e in inside)
        if len(inside) < len(actor.mentions):
            # The story names it again: that mention keeps its reading, the dateline's is split off.
            name = actor.name
            actor.mentions = [m for m in actor.mentions if m not in inside]
            actor.name = ctx.text(*max(actor.mentions, key=lambda m: (m[1] - m[0], -m[0])))
            out.append(actor)
            if agency:
                continue
            actor = Actor(name, actor.type, inside, country=actor.country, place=actor.place)
        if agency:
            agency_found = True
            actor.type, actor.sector, actor.place = "ORG", "MED", None
            if ctx.vocab.institution(actor.name) is None:
                actor.country = None
        else:
            if whole_place and all(ps <= s and e <= pe for s, e in actor.mentions):
                if placed:
                    continue  # a second piece of the same city name
                placed = True
                actor.mentions = [(ps, pe)]  # "LA" tagged in "LA CROSSE, Wisc."
                actor.name = ctx.text(ps, pe)
            _as_place(ctx, actor, region_country)
        out.append(actor)
    # A city the NER left untagged ("ANKARA, July 8 (Reuters) -") is still the place of filing, where the
    # vocabulary knows it or the dateline is a full one; a bare "FEATURE -" may be a headline kicker.
    full = d.agency is not None or d.region is not None or any(ctx.tokens[i].like_num for i in range(pe, d.body))
    if (full or ctx.vocab.place(ctx.text(ps, pe)) is not None) \
            and not any(s < pe and ps < e for actor in out for s, e in actor.mentions):
        city = Actor(ctx.text(ps, pe), "GPE", [(ps, pe)])
        _as_place(ctx, city, region_country)
        out.append(city)
    if d.agency is not None and not agency_found:
        # "(UPI)", "(AP)": agencies the NER leaves untagged in parentheses.
        s, e = d.agency
        known = ctx.vocab.institution(ctx.text(s, e))
        out.append(Actor(ctx.text(s, e), "ORG", [(s, e)], country=known[0] if known else None, sector="MED"))
    return out


def _as_place(ctx: Context, actor: Actor, region_country: str | None) -> None:
    """The dateline's city (or its region) as a place: GPE, country from the vocabulary or the region."""
    place = ctx.vocab.place(actor.name)
    if place is not None and place.kind == "demonym":
        place = None
    institution = ctx.vocab.institution(actor.name)
    actor.type = "LOC" if institution is not None and place is None else "GPE"  # "UNITED NATIONS (AP) -"
    actor.sector = None
    actor.roles = []
    actor.affiliation = None
    actor.place = place
    actor.country = place.iso3 if place is not None else region_country
    if actor.country is None and ctx.text(*actor.mentions[0]).lower() in ctx.lists.us_states:
        actor.country = "USA"


def home_offices(ctx: Context, actors: list[Actor]) -> None:
    """A government office named without a country in a datelined story is the home government's.

    Wire style names a foreign official's country ("Russian Foreign Minister X") and leaves the
    home government's bare: under "JAKARTA, Feb 3 (Reuters) -", "Trade Minister X" is Indonesia's.
    Only a named person with a government title and nothing else to place them takes the country of
    the dateline's city; a dateline of two cities ("WASHINGTON/BRUSSELS") places no one.
    """
    d = ctx.dateline
    if d is None:
        return
    ps, pe = d.place
    if "/" in ctx.text(ps, pe):
        return
    home = next((a.country for a in actors if a.type in ("GPE", "LOC") and a.country and a.mentions
                 and all(ps <= s and e <= pe for s, e in a.mentions)), None)
    if home is None:
        return
    for actor in actors:
        aff = actor.affiliation
        if actor.type == "PERSON" and actor.named and actor.roles and actor.country is None \
                and actor.sector == "GOV" and (aff is None or (aff.country is None and aff.sector == "GOV")) \
                and any(bare_title_before(ctx, s, actor) for s, _ in actor.mentions):
            actor.country = home
            if aff is not None and aff.type == "ORG":
                aff.country = home


FOREIGN_TAGS = {"NORP", "GPE", "LOC", "PERSON", "FAC"}


def bare_title_before(ctx: Context, start: int, actor: Actor) -> bool:
    """The words right before a name are a title with nothing in it that could name another country.

    "Trade Minister X" is bare; "Tajik Foreign Minister X" is not, even where the demonym went
    unrecognised (the NER tagged it, or another actor owns it).
    """
    doc = ctx.tokens
    i = start - 1
    sent_to = _sent_to(ctx, start, actor)
    if sent_to is not None:
        # "special envoy to Ukraine X": where the envoy is sent names no country of his; the title's own words do.
        # (A description the references made an actor of, "the former envoy", is no other country.)
        return not any(((o := ctx.owner[c.i]) is not None and o is not actor and o.type != "PERSON")
                       or c.ent_type_ in FOREIGN_TAGS
                       for c in sent_to.lefts if c.dep_ in ("compound", "amod", "nmod", "poss"))
    seen = False
    k = i
    while k >= 0 and i - k < _PORTFOLIO_WORDS and ctx.capitalised(k) and doc[k].is_alpha \
            and ctx.owner[k] is None and doc[k].ent_type_ not in FOREIGN_TAGS and ctx.place_at(k, k + 1) is None:
        k -= 1
    if k < i and k >= 1 and doc[k].lower_ in ("of", "for") and form_key(doc[k - 1].text) in ctx.title_words \
            and ctx.sent_of[k - 1] == ctx.sent_of[start]:
        # "Minister of Energy X": a title with its portfolio after "of"; its own modifiers may name a country.
        return not any((ctx.owner[c.i] is not None and ctx.owner[c.i] is not actor) or c.ent_type_ in FOREIGN_TAGS
                       or ctx.place_at(c.i, c.i + 1) is not None for c in doc[k - 1].lefts)
    while i >= 0 and ctx.sent_of[i] == ctx.sent_of[start] and doc[i].dep_ in ("compound", "amod", "nmod") \
            and doc[i].head.i >= start - 1:
        tok = doc[i]
        if (ctx.owner[i] is not None and ctx.owner[i] is not actor) or tok.ent_type_ in FOREIGN_TAGS:
            return False
        seen = True
        i -= 1
    return seen


def _sent_to(ctx: Context, start: int, actor: Actor) -> Token | None:
    """The title word of "envoy to Ukraine X" right before the name at ``start`` (None where there is none)."""
    j = start - 1
    owner = ctx.owner[j] if j >= 0 else None
    if owner is None or owner is actor or owner.type != "GPE":
        return None
    while j >= 0 and ctx.owner[j] is owner:
        j -= 1
    if j < 1 or ctx.tokens[j].lower_ != "to" or ctx.sent_of[j] != ctx.sent_of[start]:
        return None
    title = ctx.tokens[j - 1]
    return title if form_key(title.text) in ctx.title_words else None
