"""A person's other name given with "known as": "X Y, 44, known online as "Zed," was sentenced".

The name after "known as" (or "alias", "a.k.a.") right after a person's name is another name of that person: the
actor the NER made of it joins the person, unless one of its mentions names something else (other words).
"""

from __future__ import annotations

from ...textutil import form_key
from .context import Actor, Context

__all__ = ["join_known_as"]

_REACH = 6  # tokens between the person's name and the other name ("known online as", an age set off by commas)


def join_known_as(ctx: Context, work: list[Actor]) -> list[Actor]:
    """``work`` with each actor named by "known as" after a person's name joined to that person."""
    gone: set[int] = set()
    for actor in work:
        if actor.type != "PERSON" or id(actor) in gone:
            continue
        for _, e in sorted(actor.mentions):
            other = _named_after(ctx, actor, e)
            if other is None or id(other) in gone:
                continue
            actor.mentions.extend(other.mentions)
            gone.add(id(other))
    return [a for a in work if id(a) not in gone]


def _named_after(ctx: Context, actor: Actor, e: int) -> Actor | None:
    """The actor named right after "known ... as" or "alias" that follows the name ending at ``e``."""
    doc = ctx.tokens
    i = e
    if i + 2 < len(doc) and doc[i].text == "," and doc[i + 1].like_num and doc[i + 2].text == ",":
        i += 3  # an age set off by commas
    elif i < len(doc) and doc[i].text == ",":
        i += 1
    marker = None
    markers, words = ctx.lists["aka_markers"], ctx.lists["aka_words"]
    for k in range(i, min(i + _REACH, len(doc))):
        if doc[k].lower_ in markers or (doc[k].lower_ == "as" and any(
                doc[j].lower_ == "known" for j in range(i, k))):
            marker = k
            break
        if doc[k].lower_ not in words or ctx.sent_of[k] != ctx.sent_of[e - 1]:
            return None
    if marker is None:
        return None
    k = marker + 1
    while k < len(doc) and doc[k].is_quote:
        k += 1
    other = ctx.owner[k] if k < len(doc) else None
    if other is None or other is actor or other.type not in ("PERSON", "ORG", "OTHER", "NORP", "GPE") \
            or other.place is not None:
        return None
    forms = {form_key(ctx.text(s, t)) for s, t in other.mentions}
    return other if len(forms) == 1 else None
