"""Actors: who each entity is, and every way the document refers to it.

Takes the named entities of the entities stage and returns them coded, the
way an analyst reads them:

- **country** (ISO 3166-1 alpha-3) and **sector** (CAMEO agent code) from the
  name, from possessives and modifiers ("Japan's defence ministry", "US
  Chargé d'Affaires"), titles, institutions and appositions;
- **roles** (titles as written: "Foreign Minister", "spokesperson") and
  **affiliation** (the organisation a person speaks for);
- **metonymy**: a capital that acts or speaks is its government;
- **within-document reference**: surnames (entities stage), titles and
  nominal references ("the minister", "the advisory", "his office") and
  pronouns become mentions of the entity they refer to;
- **new entities** for actor noun phrases the NER does not tag (groups,
  anonymous sources, unnamed bodies).

What no rule codes stays ``None``: an unknown name is left uncoded rather
than guessed. Vocabularies are data files in ``data/actors/``
(:mod:`.actor_vocab`); the steps live in :mod:`.actor_codes` and
:mod:`.actor_refs`.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..models import Entity
from .actor_codes import (
    code_name,
    code_person,
    drop_title_entities,
    merge_country_aliases,
    missed_names,
    split_metonymy,
)
from .actor_context import Actor, Context
from .actor_refs import resolve_references
from .actor_vocab import vocabulary

__all__ = ["actors"]


def actors(doc: Doc, entities: tuple[Entity, ...]) -> tuple[Entity, ...]:
    """Entities of ``doc`` coded as actors, with nominal and pronoun mentions and unnamed actors added."""
    if len(doc) == 0:
        return entities
    ctx = Context(doc, vocabulary())
    work = [a for a in (ctx.actor_from(e) for e in entities) if a.mentions]
    ctx.index(work)
    work = drop_title_entities(ctx, work)
    for actor in work:
        _trim_leading_title(ctx, actor)
    ctx.index(work)
    work += missed_names(ctx)
    for actor in work:
        code_name(ctx, actor)
    work = merge_country_aliases(work)
    ctx.index(work)
    for actor in work:
        if actor.type == "PERSON":
            code_person(ctx, actor)
        elif actor.type == "ORG" and actor.sector is None and actor.place is None and actor.country is None:
            # The NER sometimes tags a person as an organisation; a person's title around it tells.
            code_person(ctx, actor)
            if actor.roles:
                actor.type = "PERSON"
    work = split_metonymy(ctx, work)
    ctx.index(work)
    work += resolve_references(ctx, work)
    for actor in work:
        # Organisations found only now (unnamed bodies) can still be a person's affiliation.
        if actor.type == "PERSON" and actor.named and actor.affiliation is None:
            code_person(ctx, actor)
    for actor in work:
        aff = actor.affiliation
        if aff is not None:
            actor.country = actor.country or aff.country
            actor.sector = actor.sector or aff.sector
    return _records(ctx, work)


def _trim_leading_title(ctx: Context, actor: Actor) -> None:
    """A person mention that starts with a title ("Foreign Minister Wang Yi") keeps only the name."""
    if actor.type != "PERSON":
        return
    trimmed = []
    for s, e in actor.mentions:
        i = s
        while i < e - 1 and (ctx.doc[i].lower_ in ctx.title_words or ctx.place_at(i, i + 1) is not None
                             or ctx.doc[i].text in ("'s", "’s")):
            i += 1
        if i > s and ctx.vocab.title(ctx.text(s, i)) is False and not ctx.title_words & {
            ctx.doc[k].lower_ for k in range(s, i)
        }:
            i = s
        trimmed.append((i, e))
    if trimmed != actor.mentions:
        actor.mentions = trimmed
        longest = max(trimmed, key=lambda m: (m[1] - m[0], -m[0]))
        actor.name = ctx.text(*longest)


def _records(ctx: Context, work: list[Actor]) -> tuple[Entity, ...]:
    live = [a for a in work if a.mentions]
    live.sort(key=lambda a: a.first)
    ids = {id(a): f"e{n}" for n, a in enumerate(live, 1)}
    out = []
    for actor in live:
        spans = sorted(set(actor.mentions))
        aff = actor.affiliation
        out.append(Entity(
            id=ids[id(actor)],
            name=actor.name,
            type=actor.type,
            mentions=tuple(ctx.record_span(s, e) for s, e in spans),
            country=actor.country,
            sector=actor.sector,
            roles=tuple(actor.roles),
            affiliation=ids.get(id(aff)) if aff is not None else None,
        ))
    return tuple(out)
