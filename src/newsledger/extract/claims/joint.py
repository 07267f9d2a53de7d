"""Claims of a joint side: what "both governments" or "officials on both sides" say is each party's claim.

The actors stage makes a joint speaker phrase a GROUP of its own (:mod:`newsledger.extract.actors.joint`); its
claims keep that group as their claimant, and each is also told once more by every party the phrase stands for,
so that a claim made jointly corroborates between the parties (it never conflicts with itself) and a third
party's contrary claim meets each of them. The parties are the countries the story is about: the ones its actors
name most (by mentions), as many as the phrase counts ("both": two); where the count does not single them out
(a tie at the last place, or fewer countries than the phrase names), the claim stays the group's alone. Each
country is told by its own actor, the place of that name (or, where the story names none, its actor named most).

The joint group itself is no side of a conflict (:func:`joint_entities` lists them for the conflicts stage): its
parties are.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from spacy.tokens import Doc

from ...lexicon import Lexicon
from ...models import Claim, Entity
from ..actors.joint import joint_size

__all__ = ["joint_claims", "joint_entities"]


def joint_entities(doc: Doc, entities: tuple[Entity, ...], lexicon: Lexicon) -> dict[str, int]:
    """The GROUP entities named by a joint phrase, each with the number of parties it stands for."""
    out: dict[str, int] = {}
    for ent in entities:
        if ent.type != "GROUP" or ent.country is not None:
            continue
        for m in ent.mentions:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            size = joint_size(span.root, lexicon.actors, lexicon.times.numbers) if span is not None else None
            if size is not None:
                out[ent.id] = size
                break
    return out


def _parties(entities: tuple[Entity, ...], joint: dict[str, int], size: int) -> list[Entity] | None:
    """The actor of each of the ``size`` countries the story names most, or None where they are not clear."""
    counts: Counter[str] = Counter()
    for ent in entities:
        if ent.country is not None and ent.id not in joint:
            counts[ent.country] += len(ent.mentions)
    ranked = counts.most_common()
    if len(ranked) < size or (len(ranked) > size and ranked[size - 1][1] == ranked[size][1]):
        return None
    out = []
    for country, _ in ranked[:size]:
        own = [e for e in entities if e.country == country]
        places = [e for e in own if e.type == "GPE"]
        out.append(max(places or own, key=lambda e: len(e.mentions)))
    return out


def joint_claims(doc: Doc, entities: tuple[Entity, ...], found: list[Claim], lexicon: Lexicon) -> list[Claim]:
    """The claims of joint groups once more for each party they stand for (the group's own claims stay)."""
    joint = joint_entities(doc, entities, lexicon)
    if not joint:
        return []
    parties = {eid: _parties(entities, joint, size) for eid, size in joint.items()}
    out = []
    for claim in found:
        members = parties.get(claim.claimant or "")
        for member in members or ():
            out.append(replace(claim, claimant=member.id))
    return out
