"""Bodies whose country only their own description gives.

:func:`code_described_acronyms`: a company or utility named by an acronym alone ("CEET", "GRIDCo") that nothing
codes takes the country of the common-noun description set right before it or in apposition ("Togo's power
distributor CEET", "the Ghanaian grid operator GRIDCo", "ZESCO, Zambia's power company"). Every described mention
must name the same country. :func:`code_waters_bodies`: a bare coast guard that nothing codes takes the one country
whose waters its own sentences name ("the coast guard says the trawlers were inside Norwegian waters").
:func:`code_pronoun_owned_bodies`: a named body of no sector yet, whose name ends in a body's head word, takes the
country of the possessive pronoun before it, also where the NER left the first capitalised words of the name
out ("Norway's answer came from the head of its State Water Works delegation": "its" is Norway's).
:func:`code_heads_of_bodies`: a named person set in apposition to "the head of <a body's team>" ("the head of its
Water Works delegation, Oskar Vendel") that nothing codes belongs to that body and takes its country.
"""

from __future__ import annotations

from bisect import bisect_left

from ...textutil import form_key
from .codes import place_before
from .context import Actor, Context

__all__ = ["code_described_acronyms", "code_heads_of_bodies", "code_pronoun_owned_bodies", "code_waters_bodies"]

_DESCRIPTION_NOUNS = 3  # common nouns of a description before an acronym ("power distributor", "grid operator")
_NOUN_TAGS = frozenset({"NN", "NNS"})
_CUT_WORDS = 2  # capitalised words of a body's name the NER may leave between "its" and the name it tags


def _acronym(name: str) -> bool:
    """One word of letters (digits allowed) with at least two capitals and more capitals than not: "CEET", "GRIDCo"."""
    if " " in name or len(name) < 2 or not name.isalnum() or not name[0].isupper():
        return False
    upper = sum(ch.isupper() for ch in name)
    return upper >= 2 and upper * 2 > sum(ch.isalpha() for ch in name)


def code_described_acronyms(ctx: Context, work: list[Actor]) -> None:
    """Give an uncoded acronym body the country its description names (see the module docstring)."""
    for actor in work:
        if actor.country is not None or actor.place is not None or actor.type not in ("ORG", "GPE", "LOC") \
                or not actor.mentions or not _acronym(actor.name):
            continue
        found: set[str] = set()
        # Every bare use of the acronym counts: a description may have swallowed the first into its own span.
        name, raw, firsts, ends = actor.name, ctx.raw, ctx.idx, ctx.end_char
        for s in _tokens_reading(name, raw, firsts, ends):
            if ctx.quoted[s] or ctx.place_at(s, s + 1) is not None:
                continue
            country = _country_before(ctx, s) or _country_in_apposition(ctx, actor, s)
            if country is not None:
                found.add(country)
        if len(found) == 1:
            actor.country = found.pop()
            if actor.type != "ORG":
                actor.type = "ORG"  # a described acronym is a body, not a place the NER took it for


def _tokens_reading(name: str, raw: str, firsts: list[int], ends: list[int]) -> list[int]:
    """The indexes of the tokens whose text is ``name``, in text order: where ``name`` stands in the document's
    string ``raw`` as a whole token (``firsts`` and ``ends``: each token's first character and the one after its
    last), no loop over every token."""
    out = []
    at = raw.find(name)
    while at >= 0:
        s = bisect_left(firsts, at)
        if s < len(firsts) and firsts[s] == at and ends[s] == at + len(name):
            out.append(s)
        at = raw.find(name, at + 1)
    return out


def _country_before(ctx: Context, s: int) -> str | None:
    """The country of "X's" or a demonym before the common nouns that describe the acronym at ``s``."""
    doc = ctx.tokens
    j = s
    # The words run straight up to the acronym; the parse may hang them on it or make them its sibling.
    while j > 0 and s - j < _DESCRIPTION_NOUNS and doc[j - 1].tag_ in _NOUN_TAGS and doc[j - 1].text.isalpha() \
            and doc[j - 1].text.islower():
        j -= 1
    if j == s:
        return None
    return place_before(ctx, j)


def _country_in_apposition(ctx: Context, actor: Actor, s: int) -> str | None:
    """The country of an unnamed body set in apposition to the acronym at ``s`` ("GRIDCo" after "the Ghanaian
    grid operator", "Zambia's power company" after "ZESCO")."""
    tok = ctx.tokens[s]
    others = [tok.head] if tok.dep_ == "appos" else []
    others += [k for k in tok.children if k.dep_ == "appos"]
    for other in others:
        body = ctx.owner[other.i]
        if body is not None and body is not actor and body.type in ("ORG", "GROUP") and not body.named \
                and body.country is not None and not ctx.quoted[other.i]:
            return body.country
    return None


def code_waters_bodies(ctx: Context, work: list[Actor]) -> None:
    """Give an uncoded bare coast guard the one country whose waters its own sentences name (see the module
    docstring): "Norwegian waters", "Norway's waters", "the waters of Norway" are read, each through the words
    right before "waters" or its "of"."""
    doc = ctx.tokens
    bodies = ctx.lists["waters_bodies"]
    nouns = ctx.lists["waters_nouns"]
    for actor in work:
        if actor.country is not None or actor.type not in ("ORG", "GROUP") or not actor.mentions \
                or form_key(actor.name).removeprefix("the ") not in bodies:
            continue
        found: set[str] = set()
        for s, _ in actor.mentions:
            a, b = ctx.sents[ctx.sent_of[s]]
            for k in range(a, b):
                if doc[k].lower_ not in nouns:
                    continue
                j = k
                while j > a and doc[j - 1].dep_ in ("amod", "compound") and doc[j - 1].head.i == k \
                        and ctx.owner[j - 1] is None:
                    j -= 1
                country = place_before(ctx, j)
                if country is None and k + 2 < b and doc[k + 1].lower_ == "of":
                    owner = ctx.owner[k + 2]
                    country = owner.country if owner is not None and owner.type == "GPE" else None
                if country is not None:
                    found.add(country)
        if len(found) == 1:
            actor.country = found.pop()


def code_pronoun_owned_bodies(ctx: Context, work: list[Actor]) -> None:
    """Give an uncoded named body the country its possessive pronoun names (see the module docstring)."""
    doc = ctx.tokens
    heads = ctx.lists["name_body_heads"]
    for actor in work:
        if actor.type != "ORG" or not actor.named or actor.country is not None or actor.place is not None \
                or actor.sector is not None or not actor.mentions:
            continue
        words = form_key(actor.name).split()
        if not words or words[-1] not in heads:
            continue
        j = min(actor.mentions)[0]
        while j > 0 and actor.first - j < _CUT_WORDS and doc[j - 1].tag_ == "NNP" and ctx.capitalised(j - 1) \
                and ctx.owner[j - 1] is None:
            j -= 1
        if j > 0 and doc[j - 1].tag_ == "PRP$" and doc[j - 1].lower_ == "its" and not ctx.quoted[j - 1]:
            actor.country = place_before(ctx, j) or _owner_before(ctx, actor, j - 1)


def _owner_before(ctx: Context, actor: Actor, k: int) -> str | None:
    """The country of the nearest country or body before the pronoun at ``k`` in its own sentence (none when the
    nearest actor is a person or group, or has no country: "its" is then not read)."""
    start = ctx.sents[ctx.sent_of[k]][0]
    for i in range(k - 1, start - 1, -1):
        other = ctx.owner[i]
        if other is None or other is actor:
            continue
        if other.type in ("GPE", "ORG") and not other.plural:
            return other.country
        return None
    return None


def code_heads_of_bodies(ctx: Context, work: list[Actor]) -> None:
    """Give an uncoded person the body and country of the team they head (see the module docstring): the title's
    "of" object or the words right before it name a body of a country that takes a possessive."""
    heads = ctx.lists["head_titles"]
    for actor in work:
        if actor.type != "PERSON" or not actor.named or actor.country is not None or actor.affiliation is not None:
            continue
        found: set[int] = set()
        bodies: dict[int, Actor] = {}
        for s, e in actor.mentions:
            tok = ctx.head(s, e)
            if tok.dep_ != "appos" or ctx.quoted[s]:
                continue
            title = tok.head
            if title.lower_ in heads:  # "the head of its X team, NAME"
                objs = [o for p in title.children if p.dep_ == "prep" and p.lower_ == "of"
                        for o in p.children if o.dep_ == "pobj"]
            elif title.dep_ == "pobj" and title.head.lower_ == "of" and title.head.head.lower_ in heads:
                objs = [title]  # the parse hangs the name on the team
            else:
                continue
            for obj in objs:
                for k in range(obj.left_edge.i, obj.i + 1):
                    body = ctx.owner[k]
                    if body is not None and body.type == "ORG" and body.country is not None \
                            and body.sector not in ctx.vocab.countryless_sectors:
                        found.add(id(body))
                        bodies[id(body)] = body
        if len(found) == 1:
            body = bodies[found.pop()]
            actor.affiliation = body
            actor.country = body.country
