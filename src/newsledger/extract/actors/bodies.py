"""Bare body words: "army", "ministry", "commission" standing for the body of that kind the story named before.

A title often names a body by its head noun only ("army spokesman Colonel X", "commission chair Y") after the
story has named it in full ("the Kenyan army", "Malawi's electoral commission"). :func:`body_before` finds
that body; :func:`merge_bare_bodies` makes an organisation the NER tagged as the bare word alone ("army" in
"army spokesman") a mention of it, so whoever speaks for the bare word speaks for the body.
"""

from __future__ import annotations

from ...textutil import form_key
from .context import Actor, Context

__all__ = ["body_before", "merge_bare_bodies"]

_LOOK_BACK = 2000  # tokens a bare body word looks back for the body it names


def _head(ctx: Context, name: str) -> str | None:
    """The head word of a name, folded, with words for the same body made one ("military" -> "army")."""
    words = form_key(name).split()
    if not words:
        return None
    return ctx.vocab.same_body.get(words[-1], words[-1])


def body_before(ctx: Context, word: str, before: int, skip: Actor | None = None) -> Actor | None:
    """The organisation named before token ``before`` whose head word is the body word ``word``: the nearest
    one, or None when none is, or when those named belong to different countries (which army is meant?)."""
    key = ctx.vocab.same_body.get(word, word)
    found: list[Actor] = []
    seen: set[int] = set()
    for j in range(before - 1, max(-1, before - 1 - _LOOK_BACK), -1):
        owner = ctx.owner[j]
        if owner is None or owner is skip or id(owner) in seen:
            continue
        seen.add(id(owner))
        if owner.type == "ORG" and not _bare(ctx, owner) and _head(ctx, owner.name) == key:
            found.append(owner)
    if not found or len({a.country for a in found if a.country}) > 1:
        return None
    return found[0]


def _bare(ctx: Context, actor: Actor) -> bool:
    """Every mention of ``actor`` is one body word ("army", "Ministry"), and nothing codes its country."""
    return actor.country is None and all(
        e - s == 1 and ctx.vocab.word("body", form_key(ctx.text(s, e))) for s, e in actor.mentions)


def merge_bare_bodies(ctx: Context, work: list[Actor]) -> list[Actor]:
    """``work`` with each bare body-word organisation merged into the body it names (see the module docstring);
    people affiliated to it are affiliated to that body."""
    merged: dict[int, Actor] = {}
    for actor in work:
        if actor.type != "ORG" or not actor.mentions or not _bare(ctx, actor):
            continue
        s, e = min(actor.mentions)
        target = body_before(ctx, form_key(ctx.text(s, e)), s, skip=actor)
        if target is None:
            continue
        target.absorb(actor)
        merged[id(actor)] = target
    if not merged:
        return work
    for actor in work:
        if actor.affiliation is not None and id(actor.affiliation) in merged:
            actor.affiliation = merged[id(actor.affiliation)]
    out = [a for a in work if id(a) not in merged]
    ctx.index(out)
    return out
