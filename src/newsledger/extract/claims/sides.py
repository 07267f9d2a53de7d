"""Who may stand as a side of the "counts" frames (issue 14): a claimant the reader can place.

The frames of :mod:`.causes`, :mod:`.labels` and the count frames of :mod:`.tallies` read broad vocabularies
in many sentence shapes, so their claims are kept to claimants the text places: the outlet's own voice, an
actor of a known country, a named organisation or group, or a person speaking for one (their affiliation). A
body named only by a common noun of no known country ("the railway ministry", "the provincial department") or
a person who speaks for no one the text names (a correspondent whose report a broadcast label gave them, a
bystander) is where a broad frame is likeliest to have the wrong side: such a claim is not made (a false
alarm costs more than a miss).
"""

from __future__ import annotations

from spacy.tokens import Token

from ...models import Entity, Span
from ..walk import kids_of
from .context import Context

__all__ = ["caller_entity", "placed"]

_BODIES = ("ORG", "GROUP", "GPE", "NORP", "LOC")
_HEADING = frozenset({"head", "lead", "chair", "run", "direct"})  # "who heads the union": verbs of heading a body


def placed(claimant: str | None, ctx: Context, office: bool = False) -> bool:
    """Whether ``claimant`` (an entity id, None for the outlet) can stand as a side of the counts frames. With
    ``office``, a person named by name with a title of office (roles; not a reporter's or a bystander's sector)
    stands too: "the energy minister, A. B.", "its secretary-general, C. D."."""
    if claimant is None:
        return True
    ent = ctx.entities.get(claimant)
    if ent is None:
        return False
    if ent.country is not None or ent.affiliation is not None:
        return True
    if office and ent.type == "PERSON" and ent.roles and ent.sector not in ("MED", "CVL") and _named(ent.name):
        return True
    words = ent.name.split()
    if ent.type == "PERSON" and len(words) >= 2 and words[0][:1].isupper() and words[-1][:1].isupper() and (
            _heads_a_body(ent.mentions, ctx)):  # "Salim bin Hamad, who heads ...": particles of a name in lower case
        return True
    return ent.type in _BODIES and ent.name != ent.name.lower()


def _heads_a_body(mentions: tuple[Span, ...], ctx: Context) -> bool:
    """A mention of the person is followed by a relative clause saying that they head a named body ("Salma Idris,
    who heads the Kassala traders' union"): they speak for it."""
    doc = ctx.doc
    for m in mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        for clause in (c for c in kids_of(span.root) if c.dep_ == "relcl" and c.lemma_ in _HEADING):
            if any(c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in kids_of(clause)) and any(
                    o.dep_ == "dobj" and (eid := ctx.entity(o)) is not None
                    and ctx.entities[eid].type in ("ORG", "GROUP") for o in kids_of(clause)):
                return True
    return False


def _named(name: str) -> bool:
    """A name of its own, of two words at least, each capitalised ("Dana Ortiz"; not "transport minister")."""
    words = name.split()
    return len(words) >= 2 and all(w[:1].isupper() for w in words)


_SPEAKERS = ("PERSON", "ORG", "GROUP")


def caller_entity(tok: Token, ctx: Context) -> str | None:
    """The speaker a subject of calling ``tok`` names: the person or body named beside it ("Estonia's climate
    minister, Kadri Lepp, calls it ...": the minister, not the country she serves), else the entity of the phrase
    itself, else the author of a paper that calls it so ("a report published by a rights group calls it ...",
    ``lists.paper_nouns``)."""
    named = _named_beside(tok, ctx)
    if named is not None:
        return named
    eid = ctx.entity(tok)
    if eid is not None or tok.lemma_.lower() not in ctx.lexicon.claims.lists.paper_nouns:
        return eid
    for clause in (c for c in kids_of(tok) if c.dep_ in ("acl", "relcl")):  # "a report (published) by X"
        for by in (c for c in kids_of(clause) if c.dep_ in ("agent", "prep") and c.lower_ == "by"):
            for author in (p for p in kids_of(by) if p.dep_ == "pobj"):
                return ctx.entity(author)
    for by in (c for c in kids_of(tok) if c.dep_ == "prep" and c.lower_ in ("by", "from")):  # "a report by X"
        for author in (p for p in kids_of(by) if p.dep_ == "pobj"):
            return ctx.entity(author)
    return None


def _own_name(tok: Token, appos: Token, ent: Entity, ctx: Context) -> bool:
    """The apposition only spells out the name of the body ``tok`` names ("the Romanian water authority, Apele
    Romane, ..."): a bare name the NER read as a person of no country, beside a body of a known country (a person
    beside a body is named after a title: "its director, A. B.")."""
    if appos.pos_ != "PROPN" or ent.type != "PERSON" or ent.country is not None:
        return False
    own = ctx.entity(tok)
    body = ctx.entities.get(own) if own is not None else None
    return body is not None and body.type in ("ORG", "GROUP") and body.country is not None


def _named_beside(tok: Token, ctx: Context, depth: int = 2) -> str | None:
    """The person or body an apposition to ``tok`` names, through at most ``depth`` appositions ("X, its
    president, A. B.")."""
    for appos in (c for c in kids_of(tok) if c.dep_ == "appos"):
        eid = ctx.entity(appos)
        ent = ctx.entities.get(eid) if eid is not None else None
        if ent is not None and ent.type in _SPEAKERS and not _own_name(tok, appos, ent, ctx):
            return eid
        deeper = _named_beside(appos, ctx, depth - 1) if depth > 1 else None
        if deeper is not None:
            return deeper
    return None
