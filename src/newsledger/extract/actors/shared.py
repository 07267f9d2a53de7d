"""Legislatures that many states have under one name: whose a bare "Senate" is.

The institution vocabulary gives a name such as "Senate" or "Congress" the country news most often means by it
(the United States), but Nigeria, the Philippines or Mexico each have a Senate too (table ``shared_bodies``).
:func:`recode_shared_bodies` reads such a body as another state's when the story says so: a country's possessive
or modifier right before it ("Nigeria's Senate"), or, for the bare name, a story that is set in one such state (its
state bodies and dateline all belong to it, and one of its places is where something happens) and names nothing
at all of the vocabulary's country. Otherwise the vocabulary's country stands: a story about a foreign state's
reaction to "the Senate" vote is still about the United States Senate unless it is set in a state that has one.
"""

from __future__ import annotations

from ...textutil import form_key
from .codes import place_before
from .context import Actor, Context
from .home import home_country
from .metonymy import mention_use

__all__ = ["recode_shared_bodies"]


def recode_shared_bodies(ctx: Context, work: list[Actor]) -> None:
    """Give each body of ``shared_bodies`` the country the story says it is of (see the module docstring)."""
    tables = ctx.vocab.shared_bodies
    shared = [a for a in work if a.type == "ORG" and a.country is not None and a.mentions
              and form_key(a.name) in tables]
    if not shared:
        return
    others = [a for a in work if not any(a is b or a.affiliation is b for b in shared)]
    for body in shared:
        default = body.country
        owner = next((c for c in (place_before(ctx, s) for s, _ in sorted(body.mentions)) if c is not None), None)
        if owner is None:
            if any(a.country == default and a.mentions for a in others):
                continue  # the story names the vocabulary's country: its body is meant
            owner = home_country(ctx, others)
            if owner not in tables[form_key(body.name)] or not _set_in(ctx, others, owner):
                continue
        if owner is None or owner == default:
            continue
        body.country = owner
        for actor in work:
            if actor.affiliation is body and actor.country == default:
                actor.country = owner


def _set_in(ctx: Context, work: list[Actor], country: str | None) -> bool:
    """Some place of ``country`` is where something of the story happens ("a march in <capital>")."""
    return any(a.type == "GPE" and a.country == country and mention_use(ctx, s, e) == "place"
               for a in work for s, e in a.mentions)
