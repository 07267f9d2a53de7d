"""A person's nationality from a demonym on the noun that names them: "British cyclist X", "X, a Romanian hacker".

A demonym (or a country's abbreviation used as one: "U.S.", "UK") that modifies the person's own noun tells
the person's country: the noun right before the name ("Assistant U.S. Attorney X", "Norwegian skier X") or
the noun of an apposition on the name ("X, a Peruvian novelist,"). The noun must name one person by what they
do (the ``role_nouns`` and ``nationality_nouns`` lists, or a title): "a Peruvian company's lawyer" is the
company's, not Peru's. A country written by its name is a brief, not a nationality ("a Syria analyst"), and a
place elsewhere in the clause ("X, who lives in Lima") says nothing of it; a "from" phrase on the apposition's
noun does ("X, a trader from Chongqing,"). Only people nothing else coded.
"""

from __future__ import annotations

from spacy.tokens import Token

from ...textutil import form_key
from .context import Actor, Context

__all__ = ["code_nationalities"]

_MODIFIER_DEPS = ("amod", "compound", "nmod", "npadvmod")
_APPOS_DETS = ("a", "an", "the")


def code_nationalities(ctx: Context, work: list[Actor]) -> None:
    """Give each uncoded named person of ``work`` the country of the demonym on its own noun (see the module
    docstring); every such noun of its mentions must name the same country."""
    for actor in work:
        if actor.type != "PERSON" or actor.country is not None or not actor.named:
            continue
        found: set[str] = set()
        for s, e in actor.mentions:
            if (e - s < 2 and not ctx.tokens[s].is_title) or ctx.quoted[s]:
                continue  # a bare pronoun or surname carries no noun of its own
            for noun in _own_nouns(ctx, actor, s, e):
                country = _demonym_on(ctx, actor, noun)
                if country is None and noun.i == s - 1:
                    country = _demonym_in_run(ctx, actor, noun.i)
                if country is None and noun.i > s:
                    country = _origin_on(ctx, actor, noun)
                if country is not None:
                    found.add(country)
        if len(found) == 1:
            actor.country = found.pop()


def _own_nouns(ctx: Context, actor: Actor, s: int, e: int) -> list[Token]:
    """The nouns that name the person of the mention ``[s, e)``: the one right before it and the head of an
    apposition right after it."""
    out = []
    if s > 0 and _person_noun(ctx, ctx.tokens[s - 1]) and ctx.owner[s - 1] is None:
        out.append(ctx.tokens[s - 1])
    head = ctx.head(s, e)
    if e < len(ctx.doc) and ctx.tokens[e].text == ",":
        for child in head.rights:
            if child.dep_ == "appos" and child.i > e and _person_noun(ctx, child) and ctx.owner[child.i] is None \
                    and ctx.tokens[e + 1].lower_ in _APPOS_DETS:
                out.append(child)
    return out


def _person_noun(ctx: Context, tok: Token) -> bool:
    """``tok`` is a noun naming one person by an occupation or office."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.tag_ in ("NNS", "NNPS"):
        return False
    word = form_key(tok.text)
    lemma = form_key(tok.lemma_)
    nouns = ctx.lists.role_nouns | ctx.lists["nationality_nouns"]
    return word in nouns or lemma in nouns or ctx.vocab.title(word) not in (False, None)


def _demonym_on(ctx: Context, actor: Actor, noun: Token) -> str | None:
    """The country of a demonym modifying ``noun`` directly or through the words of a title ("U.S. District
    Judge"), or None."""
    stack = [c for c in noun.lefts if c.dep_ in _MODIFIER_DEPS]
    while stack:
        tok = stack.pop()
        country = _demonym(ctx, actor, tok)
        if country is not None:
            return country
        if ctx.owner[tok.i] is None and (form_key(tok.text) in ctx.title_words
                                         or form_key(tok.text) in ctx.lists["rank_words"]):
            stack.extend(c for c in tok.lefts if c.dep_ in _MODIFIER_DEPS)
    return None


def _origin_on(ctx: Context, actor: Actor, noun: Token) -> str | None:
    """The country of the place an apposition's noun says the person comes from: "X, a trader from <city>",
    "X, a 40-year-old teacher from <country>" (a "from" phrase on the person's own noun; not "X, who flew in
    from Lima", whose place is a clause's)."""
    for prep in noun.rights:
        if prep.dep_ != "prep" or prep.lower_ != "from":
            continue
        for obj in prep.children:
            owner = ctx.owner[obj.i]
            if obj.dep_ == "pobj" and owner is not None and owner is not actor and owner.type == "GPE" \
                    and owner.country:
                return owner.country
    return None


def _demonym_in_run(ctx: Context, actor: Actor, noun: int) -> str | None:
    """The country of a demonym in the run of title words right before the noun at ``noun`` ("Assistant U.S.
    Attorney", parsed flat), or None."""
    for i in range(noun - 1, max(noun - 5, -1), -1):
        tok = ctx.tokens[i]
        if ctx.sent_of[i] != ctx.sent_of[noun]:
            return None
        country = _demonym(ctx, actor, tok)
        if country is not None:
            return country
        word = form_key(tok.text)
        if ctx.owner[i] is not None or not (word in ctx.title_words or word in ctx.lists["rank_words"]):
            return None
    return None


def _demonym(ctx: Context, actor: Actor, tok: Token) -> str | None:
    """The country ``tok`` names as a demonym: a people or nationality word ("Romanian"), or a country's short
    form used as one ("U.S.", "UK"); never a country's name ("Syria analyst": the brief)."""
    owner = ctx.owner[tok.i]
    if owner is None or owner is actor or not owner.country:
        return None
    if tok.i > 0 and ctx.tokens[tok.i - 1].lower_ in ctx.lists["ethnic_modifiers"]:
        return None  # "an ethnic Russian activist" may be any state's citizen
    if owner.type == "NORP":
        return owner.country
    text = tok.text.replace(".", "")
    if owner.type == "GPE" and text.isupper() and 2 <= len(text) <= 3 \
            and (owner.place is None or owner.place.kind in ("country", "demonym")):
        return owner.country
    return None
