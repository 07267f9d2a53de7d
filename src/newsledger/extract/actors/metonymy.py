"""Metonymy: a capital that acts or speaks stands for its government.

"Beijing announced tariffs" names China's government; "his visit to Baghdad"
names a place. :func:`mention_use` reads how each mention of a place name is
used (from its dependency role and the word it depends on) and
:func:`split_metonymy` codes an acting capital as its government (GOV),
splitting off the mentions that only locate into a place entity of their own.
"""

from __future__ import annotations

from .context import Actor, Context

__all__ = ["mention_use", "split_metonymy"]

_DATELINE_NEXT = {"—", "–", "--", "-", "(", ","}


def _dateline(ctx: Context, start: int, end: int) -> bool:
    """A dateline opening a paragraph ("NAIROBI —", "GENEVA (Reuters) -"): where the story was filed."""
    doc = ctx.doc
    line_start = start == 0 or "\n" in doc[start - 1].text_with_ws
    following = doc[end].text if end < len(doc) else ""
    return line_start and following in _DATELINE_NEXT and (doc[start:end].text.isupper() or following != ",")


def mention_use(ctx: Context, start: int, end: int) -> str:
    """How a place name is used: "agent" (acts or speaks), "place" (where something happens) or "other"."""
    if ctx.in_dateline(start, end) or _dateline(ctx, start, end):
        return "place"
    tok = ctx.head(start, end)
    hops = 0
    while tok.dep_ == "conj" and hops < 4:
        tok = tok.head
        hops += 1
    dep = tok.dep_
    lists = ctx.lists
    if dep == "nsubj":
        return "other" if tok.head.lemma_ in lists.non_agentive_verbs else "agent"
    if dep == "poss":
        return "agent" if tok.head.lemma_.lower() in lists.stance_nouns else "other"
    if dep == "dobj" and tok.head.lemma_ in lists.target_verbs:
        return "agent"
    if dep == "pobj":
        prep = tok.head
        word = prep.lower_
        if word == "by" and prep.head.tag_ == "VBN":
            return "agent"
        if word in ("with", "against", "on", "toward", "towards") and prep.head.lemma_.lower() in lists.relation_words:
            return "agent"
        if word in lists.place_prepositions:
            return "place"
    return "other"


def split_metonymy(ctx: Context, actors: list[Actor]) -> list[Actor]:
    """Code acting capitals as their government; split off the mentions that are only places."""
    out: list[Actor] = []
    for actor in actors:
        out.append(actor)
        if actor.place is None or actor.place.kind != "capital" or actor.type not in ("GPE", "LOC"):
            continue
        uses = {m: mention_use(ctx, *m) for m in actor.mentions}
        agent = [m for m, u in uses.items() if u == "agent"]
        if not agent:
            continue
        places = [m for m, u in uses.items() if u == "place"]
        actor.sector = "GOV"
        if places:
            actor.mentions = [m for m in actor.mentions if uses[m] != "place"]
            out.append(Actor(actor.name, actor.type, places, country=actor.country, place=actor.place))
    return out
