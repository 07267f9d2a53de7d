"""Local forces named with their own place: "police in the Presov region", "the police of the port city".

Police answer to the state whose ground they stand on, so a police force or gendarmerie that nothing else
codes takes the country of the place its own noun phrase puts it in ("in", "of" hung on the noun itself, not
on the clause: "police said 12 people were held in Kyiv" seats nobody). Every mention that names such a place
must name the same country. Troops and officials are left alone: an army "in" a country may be another's.
"""

from __future__ import annotations

from spacy.tokens import Token

from .context import Actor, Context

__all__ = ["code_placed_police"]

_LOCAL_SECTORS = frozenset({"COP"})


def code_placed_police(ctx: Context, work: list[Actor]) -> None:
    """Give each uncoded police body or group of ``work`` the country of the place its own phrase names."""
    for actor in work:
        if actor.country is not None or actor.sector not in _LOCAL_SECTORS or actor.type == "PERSON":
            continue
        found: set[str] = set()
        for s, e in actor.mentions:
            if ctx.quoted[s]:
                continue
            head = ctx.head(s, e)
            for prep in head.children:
                if prep.dep_ != "prep" or prep.lower_ not in ("in", "of"):
                    continue
                for obj in prep.children:
                    if obj.dep_ == "pobj":
                        country = _country_of_place(ctx, obj, actor)
                        if country is not None:
                            found.add(country)
        if len(found) == 1:
            actor.country = found.pop()


def _country_of_place(ctx: Context, obj: Token, actor: Actor) -> str | None:
    """The country of the place named at ``obj`` or by its compounds ("the Presov region"): a place entity's
    country, or the vocabulary's for a place the NER left untagged."""
    for t in [obj, *(c for c in obj.children if c.dep_ == "compound")]:
        owner = ctx.owner[t.i]
        if owner is not None and owner is not actor:
            if owner.type in ("GPE", "LOC") and owner.country:
                return owner.country
            continue
        place = ctx.place_at(t.i, t.i + 1)
        if place is not None and place.iso3:
            return place.iso3
    return None
