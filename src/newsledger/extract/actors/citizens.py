"""People and companies of a story set wholly in one country: they are that country's.

A story whose every place, demonym and country belongs to one country ("the council in Leeds ... a
shop in Hull ... British regulators") names its people and firms without their country: a shop owner
quoted, the chain that runs the shop, a lawyer for the family. :func:`code_citizens` gives them the
story's home country (found by :func:`.home.home_country`) where nothing else codes them.

It stays out of every story that names a second country anywhere, even as a place inside a name ("Real
Madrid", "the Milan office"), a region of the world ("Europe", "the Balkans") or an international body:
there a name without a title may be anyone's. A body the vocabulary lists without a country (a wire agency, an
international organisation) keeps none, and so does a person the people lists know or one who speaks for a body
(they take the body's country where the stage found one, and otherwise stand for the body in conflicts).
"""

from __future__ import annotations

from ...textutil import form_key
from .context import Actor, Context

__all__ = ["code_citizens", "wholly_in"]

_PLACE_TYPES = ("GPE", "LOC", "NORP")
_HOME_MENTIONS = 3  # mentions of the home country's places, demonyms and state bodies that set a story in it


def wholly_in(ctx: Context, work: list[Actor], home: str) -> bool:
    """The story names ``home``'s places, demonyms and state bodies (not its officials) at least
    :data:`_HOME_MENTIONS` times, and every place, demonym and country it names, alone or inside a name, is of
    ``home``; it names no region of the world beyond it (``world_regions``) and no international body. A town or
    group the gazetteer does not know ("Coconut Creek", "Hispanics") says nothing either way."""
    regions = ctx.lists["world_regions"]
    state = ctx.vocab.state_sectors
    placed = sum(len(a.mentions) for a in work if a.country == home and (
        a.type in _PLACE_TYPES or (a.type in ("ORG", "GROUP") and a.sector in state)))
    if placed < _HOME_MENTIONS:
        return False  # a sentence that names a country once is no story set in it
    for actor in work:
        if not actor.mentions:
            continue
        if actor.type in _PLACE_TYPES and actor.country not in (None, home):
            return False  # another country's place or demonym
        if actor.type in _PLACE_TYPES and actor.country is None \
                and any(form_key(ctx.text(s, e)) in regions for s, e in actor.mentions):
            return False  # "Europe", "Asian"
        if actor.country not in (None, home) and actor.sector in state:
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
        if actor.type == "PERSON" and (actor.affiliation is not None or actor.roles):
            continue  # a spokesman, a director: they speak for their body, whose country they take where it has one
        if actor.type == "PERSON" and any(_titled_after(ctx, e) for _, e in actor.mentions):
            continue  # "X, the agency's country director,": a title the stage did not read; whose office, unknown
        if actor.sector in ctx.vocab.challenger_sectors:
            continue  # an armed group or a movement against the state is coded by no country of the story
        actor.country = home


_APPOSITION = 6  # words of a description set off after a name


def _titled_after(ctx: Context, end: int) -> bool:
    """A description set off after the name holds a title word: "X, the agency's country director," (a person of
    some office, not a private citizen)."""
    doc = ctx.tokens
    if end >= len(doc) or doc[end].text != ",":
        return False
    for k in range(end + 1, min(len(doc), end + 1 + _APPOSITION)):
        if doc[k].is_punct:
            return False
        if form_key(doc[k].text) in ctx.title_words:
            return True
    return False
