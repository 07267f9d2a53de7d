"""Institutions and companies placed by their seat, and the people who work at them.

- "the X Institute in Stockholm", "the Oslo-based X Foundation": an institution (a name ending in one of the
  ``seated_heads`` words: institute, university, museum, ...) that nothing codes takes the country of the town,
  region or country its own name is written "in" or "-based" with (a foundation too: its seat is written, no
  country of the people who work for it). A company, a state body or an intergovernmental one is left alone: "a
  bank in London" may be a foreign bank's office, "the Chinese embassy in Oslo" is China's. Any body but a state
  or intergovernmental one takes the seat it is said to have ("X is based in Oslo", "X, headquartered in Oslo,",
  "the Oslo-based X").
- "X, an expert on trade at the Y Institute,": the institution an apposition's person noun works "at" is the
  person's affiliation (so the person takes its country where nothing else codes one, as affiliations do).
"""

from __future__ import annotations

from spacy.tokens import Token

from ...textutil import form_key
from ..walk import kids_of
from .context import Actor, Context

__all__ = ["code_capital_bodies", "code_seated_institutions", "code_workplaces"]

_APPOSITION_REACH = 12  # tokens of an apposition read for its person noun and "at" phrase


def code_seated_institutions(ctx: Context, work: list[Actor]) -> None:
    """Give each uncoded institution of ``work`` the one country its mentions are seated in (module docstring)."""
    heads = ctx.lists["seated_heads"]
    for actor in work:
        if actor.type != "ORG" or actor.country is not None or not actor.named or not actor.mentions \
                or actor.sector in ctx.vocab.state_sectors or actor.sector == "IGO":
            continue
        institution = any(form_key(ctx.text(e - 1, e)) in heads for _, e in actor.mentions)
        found = {c for s, e in actor.mentions if (c := _seat(ctx, actor, s, e, institution)) is not None}
        if len(found) == 1:
            actor.country = found.pop()


def code_capital_bodies(ctx: Context, work: list[Actor]) -> None:
    """Give each state body of ``work`` with no country the country of the capital its name is written with, after a
    comma and before another or the sentence's end ("distributed by the office of the Ministry of Interior, Vaduz,
    4 June": the city a head line issues it from), where its mentions name one such country."""
    doc = ctx.doc
    for actor in work:
        if actor.type != "ORG" or actor.country is not None or not actor.mentions \
                or actor.sector not in ctx.vocab.state_sectors:
            continue
        found = set()
        for _s, e in actor.mentions:
            if e + 2 >= len(doc) or doc[e].text != ",":
                continue
            for k in range(e + 2, min(e + 5, len(doc))):
                place = ctx.place_at(e + 1, k)
                if place is not None and place.kind == "capital" and doc[k].text in (",", ".") \
                        and ctx.owner[e + 1] is not actor:
                    found.add(place.iso3)
                    break
        if len(found) == 1:
            actor.country = found.pop()


def _seat(ctx: Context, actor: Actor, s: int, e: int, institution: bool) -> str | None:
    """The country of the place written right after the mention ("in Oslo", for an ``institution`` only), before
    it ("Oslo-based") or in the seat its own clause gives it ("X is based in Oslo", "X, headquartered in Oslo,")."""
    doc = ctx.tokens
    head = ctx.head(s, e)
    seated = ctx.lists["seat_verbs"]
    clauses: list[Token] = [c for c in head.rights if c.dep_ in ("acl", "relcl") and c.lower_ in seated]
    verb = head.head if head.dep_ == "nsubjpass" else (clauses[0] if clauses else None)
    if verb is not None and verb.lower_ in seated:
        for prep in kids_of(verb):
            if prep.dep_ == "prep" and prep.lower_ == "in":
                for obj in kids_of(prep):
                    country = _place_country(ctx, actor, obj.i) if obj.dep_ == "pobj" else None
                    if country is not None:
                        return country
    k = e + 1
    if institution and e < len(doc) and doc[e].lower_ == "in":
        while k < len(doc) and doc[k].lower_ in ctx.articles:
            k += 1
        country = _place_country(ctx, actor, k)
        if country is not None:
            return country
    i = s
    while i > 0 and doc[i - 1].lower_ in ctx.articles:
        i -= 1
    if i >= 3 and doc[i - 1].lower_ in seated and doc[i - 2].text in ("-", "‐"):
        return _place_country(ctx, actor, i - 3)
    return None


def _place_country(ctx: Context, actor: Actor, k: int) -> str | None:
    if k < 0 or k >= len(ctx.doc):
        return None
    owner = ctx.owner[k]
    if owner is not None and owner is not actor and owner.country and (
            owner.type in ("GPE", "LOC") or owner.place is not None):  # "Oslo-based" tagged a body with it
        return owner.country
    place = ctx.place_at(k, k + 1)
    return place.iso3 if owner is None and place is not None else None


def code_workplaces(ctx: Context, work: list[Actor]) -> None:
    """Give each named person of ``work`` with no affiliation the institution or company an apposition's person
    noun works "at" ("X, an expert on trade at the Y Institute,")."""
    nouns = ctx.lists.role_nouns | ctx.lists["nationality_nouns"] | ctx.lists["workplace_nouns"]
    for actor in work:
        if actor.type != "PERSON" or actor.affiliation is not None or not actor.named:
            continue
        for s, e in sorted(actor.mentions):
            place = _workplace(ctx, actor, s, e, nouns)
            if place is not None:
                actor.affiliation = place
                actor.country = actor.country or place.country
                break


def _workplace(ctx: Context, actor: Actor, s: int, e: int, nouns: frozenset[str]) -> Actor | None:
    """The named organisation of the "at" phrase in an apposition on the name ``[s, e)`` whose head is a person
    noun (", an international relations expert at ORG", ", a fellow in trade policy at ORG")."""
    doc = ctx.tokens
    if e + 1 >= len(doc) or doc[e].text != "," or doc[e + 1].lower_ not in ctx.articles:
        return None
    for appos in ctx.head(s, e).rights:
        if appos.dep_ != "appos" or appos.i <= e or appos.pos_ != "NOUN" or appos.i - e > _APPOSITION_REACH \
                or (form_key(appos.text) not in nouns and form_key(appos.lemma_) not in nouns):
            continue
        for tok in appos.subtree:
            if tok.lower_ != "at" or tok.i < appos.i:
                continue
            for obj in kids_of(tok):
                owner = ctx.owner[obj.i] if obj.dep_ == "pobj" else None
                if owner is not None and owner is not actor and owner.type == "ORG" and owner.named:
                    return owner
    return None
