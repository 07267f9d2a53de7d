"""People and companies of a story set wholly in one country: they are that country's.

A story whose every place, demonym and country belongs to one country ("the council in Leeds ... a
shop in Hull ... British regulators") names its people and firms without their country: a shop owner
quoted, the chain that runs the shop, a lawyer for the family. :func:`code_citizens` gives them the
story's home country (found by :func:`.home.home_country`) where nothing else codes them.

It stays out of every story that names a second country anywhere, even as a place inside a name ("Real
Madrid", "the Milan office"), a region of the world ("Europe", "the Balkans") or an international body:
there a name without a title may be anyone's. A body the vocabulary lists without a country (a wire agency, an
international organisation) keeps none, and so does a person the people lists know.
"""

from __future__ import annotations

from ...textutil import form_key
from .context import Actor, Context

__all__ = ["code_citizens", "wholly_in"]

_PLACE_TYPES = ("GPE", "LOC", "NORP")


def wholly_in(ctx: Context, work: list[Actor], home: str) -> bool:
    """Every place, demonym and country the story names, alone or inside a name, is of ``home``; it names no
    region of the world beyond it (``world_regions``) and no international body. A town or group the gazetteer
    does not know ("Coconut Creek", "Hispanics") says nothing either way."""
    regions = ctx.lists["world_regions"]
    for actor in work:
        if not actor.mentions:
            continue
        if actor.type in _PLACE_TYPES and actor.country not in (None, home):
            return False  # another country's place or demonym
        if actor.type in _PLACE_TYPES and actor.country is None \
                and any(form_key(ctx.text(s, e)) in regions for s, e in actor.mentions):
            return False  # "Europe", "Asian"
        if actor.country not in (None, home) and actor.sector in ctx.vocab.state_sectors:
            return False  # another state's body or official
        if actor.sector == "IGO":
            return False  # the United Nations, the European Union
    return all(place.iso3 == home for _, place in ctx.places_in(0, len(ctx.doc), skip_owned=False))


def code_citizens(ctx: Context, work: list[Actor], home: str | None) -> None:
    """Give ``home`` to the named people and organisations nothing codes, in a story set wholly in it."""
    if home is None or not wholly_in(ctx, work, home):
        return
    countryless = ctx.vocab.countryless_sectors
    for actor in work:
        if actor.country is not None or not actor.named or not actor.mentions or actor.ref is not None \
                or actor.type not in ("PERSON", "ORG") or actor.place is not None \
                or all(ctx.in_dateline(s, e) for s, e in actor.mentions):
            continue
        if actor.sector in countryless and (ctx.vocab.institution(actor.name) is not None or actor.sector == "IGO"):
            continue  # listed without a country (a wire agency, a charity of many countries), or international
        aff = actor.affiliation
        if aff is not None and (aff.country not in (None, home) or aff.sector in ctx.vocab.international_sectors):
            continue
        actor.country = home
