"""Bare body words: "army", "ministry", "commission" standing for the body of that kind the story named before.

A title often names a body by its head noun only ("army spokesman Colonel X", "commission chair Y") after the
story has named it in full ("the Kenyan army", "Malawi's electoral commission"). :func:`body_before` finds
that body; :func:`merge_bare_bodies` makes an organisation the NER tagged as the bare word alone ("army" in
"army spokesman") a mention of it, so whoever speaks for the bare word speaks for the body.
"""

from __future__ import annotations

from ...textutil import form_key
from .context import Actor, Context
from .titles import Title

__all__ = ["body_before", "body_of_title", "merge_bare_bodies"]

_LOOK_BACK = 2000  # tokens a bare body word looks back for the body it names


def _head(ctx: Context, name: str) -> str | None:
    """The head word of a name, folded, with words for the same body made one ("military" -> "army"): the last
    word, or the last before "of" ("Ministry of Labour" -> "ministry")."""
    words = form_key(name).split()
    if not words:
        return None
    cut = next((k for k, w in enumerate(words) if w in ("of", "for", "on") and k > 0), len(words))
    return ctx.vocab.same_body.get(words[cut - 1], words[cut - 1])


def body_of_title(ctx: Context, actor: Actor, title: Title) -> Actor | None:
    """The body a bare title right before a name belongs to, named just before it.

    - An office holder ("Deputy Minister X", "Energy Minister X") belongs to the one body of the title's kind
      (:attr:`office_bodies`: a minister to a ministry) named in the same or the previous sentence, whose name
      holds the title's portfolio words: "Peru's energy ministry welcomed the plan. ... Deputy Minister X".
    - A spokesperson ("spokeswoman X") speaks for the organisation that was the main subject of the previous
      sentence: "The UN refugee agency said ... . '...,' spokeswoman X told reporters."

    None when none fits or two ministries do.
    """
    words = form_key(title.role).split()
    if not words or title.start <= 0:
        return None
    head, vocab = words[-1], ctx.vocab
    n = ctx.sent_of[title.start]
    before = _sentence_before(ctx, n)
    if head in vocab.office_bodies:
        kinds = vocab.office_bodies[head]
        portfolio = set(words[:-1]) - ctx.lists["rank_words"]
        floor = ctx.sents[before][0] if before is not None else ctx.sents[n][0]
        found: list[Actor] = []
        for i in range(floor, title.start):
            owner = ctx.owner[i]
            if owner is None or owner is actor or owner.type != "ORG" or owner in found:
                continue
            name = set(form_key(owner.name).split())
            if _head(ctx, owner.name) in kinds and portfolio <= name:
                found.append(owner)
        return found[0] if len(found) == 1 and actor.country in (None, found[0].country) else None
    # Nothing before the title modifies it ("China's foreign ministry spokesperson X" names its own body).
    prev = ctx.tokens[title.start - 1]
    bare = ctx.sent_of[prev.i] != n or prev.is_punct or prev.head.i < title.start
    if head in ctx.lists["spokesperson_titles"] and len(words) == 1 and bare and before is not None:
        start, end = ctx.sents[before]
        for i in ctx.subjects_in(start, end):
            owner = ctx.owner[i]
            if ctx.tokens[i].head.dep_ == "ROOT" and not ctx.quoted[i] and owner is not None and owner is not actor \
                    and (owner.type == "ORG" or (owner.type == "GROUP" and owner.sector is not None)) \
                    and actor.country in (None, owner.country):
                return owner
    return None


def _sentence_before(ctx: Context, n: int) -> int | None:
    """The sentence before sentence ``n``, or the last one before a quotation running over several
    sentences; None at the start."""
    for back in range(n - 1, max(-1, n - 4), -1):
        start, end = ctx.sents[back]
        if not all(ctx.quoted[start:end - 1]):
            return back
    return None


def body_before(ctx: Context, word: str, before: int, skip: Actor | None = None) -> Actor | None:
    """The organisation named before token ``before`` whose head word is the body word ``word``: the nearest
    one, or None when none is, or when those named belong to different countries (which army is meant?) unless
    the nearest is the only one named in the sentence of ``before`` or the one before it."""
    key = ctx.vocab.same_body.get(word, word)
    found: list[Actor] = []
    nearest = -1  # token of the nearest mention of the nearest body found
    seen: set[int] = set()
    for j in range(before - 1, max(-1, before - 1 - _LOOK_BACK), -1):
        owner = ctx.owner[j]
        if owner is None or owner is skip or id(owner) in seen:
            continue
        seen.add(id(owner))
        if owner.type == "ORG" and not _bare(ctx, owner) and _head(ctx, owner.name) == key:
            found.append(owner)
            nearest = j if nearest < 0 else nearest
    if not found:
        return None
    if len({a.country for a in found if a.country}) > 1:
        # Bodies of two countries: the one the sentence or the one before it has just named is meant ("Turkey's
        # defence ministry held its briefing. ... ministry spokesman X said"), where it is the only one there.
        floor = ctx.sents[max(0, ctx.sent_of[before] - 1)][0]
        if nearest < floor or any(s >= floor and s < before for other in found[1:] for s, _ in other.mentions):
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
