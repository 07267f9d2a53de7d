"""The side an unplaced state speaker answers for, in a story that names two countries.

A story about a dispute between two countries names many of its state speakers without a country: "Our
envoy's boss, their foreign minister", "a cabinet spokeswoman", "the province's governor". A reader places
them from what the text ties them to, never from a place that merely appears in their clause:

- :func:`code_shared_demonyms`: a demonym that several countries share (``shared_demonyms`` of the
  vocabulary), as a people's name or in the title before a state official's name ("<Demonym> foreign minister
  X"), is the one of those countries the story names otherwise (a country, capital, dateline city, demonym or
  state body of known country); none where it names several of them or none.
- :func:`code_body_officials`: an official named only by a body word and a title ("a ministry official", "an
  embassy aide") speaks for the body of that word the story named before (:func:`.bodies.body_before`: the
  nearest, or of bodies of two countries the one just named), where the words that qualify the body word are
  in that body's name ("a fisheries ministry official" is no official of the interior ministry).
- :func:`code_owned_officials`: an official whose title opens with "its" or "their" ("Its chief of staff,
  Admiral X", "Their trade minister") is of what the pronoun refers to: the actor the reference stage
  resolved it to, else the one country the sentence before names ("What do the Chileans say? -- Their trade
  minister ...", over a speaker's label), or where it names several, the country of that sentence's subject
  ("The navy's version is that ... Its chief of staff").
- :func:`code_answering_sides`: a paragraph that opens on one country answering or telling its version
  ("Lima's reply came by evening.", "In Tanzania's Arusha region they see it differently.", "Togo's embassy
  answers otherwise.") puts the state speakers later in that paragraph on that country's side. The opening
  sentence must answer (a word of ``answer_words``: answer, reply, version, differently, ...; a plain "X said"
  may be the side answered) and name one country, or several with one of them its subject (none where the
  subjects are two countries' bodies); never the story's first paragraph (its lead often gives both sides);
  every paragraph the actor is named in (outside quotations, not by a pronoun) must give the same side.

Only persons, bodies and groups of a state sector that nothing else codes, and no envoys (an envoy speaks in
another country's capital).
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Token

from ...textutil import form_key
from ..walk import kids_of
from .bodies import body_before
from .context import Actor, Context

__all__ = ["answering_side", "code_answering_sides", "code_body_officials", "code_owned_officials",
           "code_shared_demonyms", "code_yielding_demonyms"]

_OWNING_PRONOUNS = frozenset({"its", "their"})  # "his", "her" refer to a person, who is no side by themselves
_SIDE_TYPES = frozenset({"GPE", "NORP", "LOC"})
_NAMING_TYPES = frozenset({"GPE", "LOC", "ORG"})  # what names a state in a story: a place, or a body of its
_TITLE_RUN = 4  # words of a title before a name read for a shared demonym
_BACK = 2  # sentences read back for what "its"/"their" refers to, the nearest that names a country deciding


def _unplaced(ctx: Context, actor: Actor, types: tuple[str, ...]) -> bool:
    """A state actor of ``types`` that nothing codes with a country, and no envoy."""
    if actor.country is not None or actor.place is not None or not actor.mentions or actor.type not in types:
        return False
    if actor.sector not in ctx.vocab.state_sectors:
        return False
    if actor.affiliation is not None and actor.affiliation.country is not None:
        return False
    words = ctx.lists["envoy_titles"]
    names = actor.roles if actor.named else [*actor.roles, actor.name]
    return not any((form_key(r).split() or [""])[-1] in words for r in names)


def code_shared_demonyms(ctx: Context, work: list[Actor]) -> None:
    """Give a people or state official named by a demonym of several countries the one the story names."""
    shared = ctx.vocab.shared_demonyms
    state = ctx.vocab.state_sectors
    named = {a.country for a in work if a.country is not None and a.mentions
             and (a.type in _SIDE_TYPES or a.sector in state)}
    for actor in work:
        if actor.country is not None or not actor.mentions:
            continue
        if actor.type == "NORP":
            countries = shared.get(form_key(actor.name), frozenset())
        elif actor.type == "PERSON" and actor.sector in state:
            countries = frozenset().union(*(_title_demonym(ctx, s) for s, _ in actor.mentions if not ctx.quoted[s]))
        else:
            continue
        one = countries & named
        if len(one) == 1:
            actor.country = next(iter(one))


def code_yielding_demonyms(ctx: Context, work: list[Actor]) -> None:
    """Give the actors a yielding demonym coded with the state the wires mean ("Congolese fishermen", the person
    "the Congolese oil minister, X" names) the other state it may name, where the story names that one alone: a
    place or body of its country whose words hold no such demonym, and none of the coded state (people are
    coded from their titles, so they name no state here)."""
    yielding = ctx.vocab.yielding_demonyms
    if not yielding:
        return

    def demonyms(actor: Actor) -> set[str]:
        return {key for s, e in actor.mentions if not ctx.quoted[s] for k in range(s, e)
                if (key := form_key(ctx.tokens[k].text).removesuffix("s")) in yielding}

    held = {id(a): demonyms(a) for a in work if a.mentions}
    used = set().union(*held.values()) if held else set()
    if not used:
        return
    named = {a.country for a in work if a.country is not None and a.mentions and not held[id(a)]
             and a.type in _NAMING_TYPES}
    for key in used:
        states = yielding[key]
        other = (states & named)
        if len(other) != 1:
            continue
        to = next(iter(other))
        for actor in work:
            if actor.mentions and actor.country in states and actor.country != to:
                actor.country = to


def _title_demonym(ctx: Context, s: int) -> frozenset[str]:
    """The countries of a shared demonym in the run of title words right before a name at ``s`` ("Dominican
    foreign minister X"), none where the run has no such word."""
    shared = ctx.vocab.shared_demonyms
    k = s - 1
    while k >= 0 and s - k <= _TITLE_RUN and ctx.sent_of[k] == ctx.sent_of[s] and ctx.tokens[k].is_alpha:
        countries = shared.get(form_key(ctx.tokens[k].text)) if ctx.capitalised(k) else None
        if countries:
            return countries
        k -= 1
    return frozenset()


def code_body_officials(ctx: Context, work: list[Actor]) -> None:
    """Give an unnamed official of a body word ("a ministry official") the body of that word named before."""
    for actor in work:
        if actor.named or actor.affiliation is not None or not _unplaced(ctx, actor, ("PERSON",)):
            continue
        s, e = min(actor.mentions)
        for i in range(s, e):
            word = form_key(ctx.tokens[i].text)
            if not ctx.vocab.word("body", word):
                continue
            found = body_before(ctx, word, s)
            qualifiers = [form_key(c.text) for c in ctx.tokens[i].children
                          if c.dep_ in ("compound", "amod") and c.i < i and c.is_alpha]
            if found is not None and found.country is not None \
                    and all(q in form_key(found.name).split() for q in qualifiers):
                actor.affiliation, actor.country = found, found.country
            break


def code_owned_officials(ctx: Context, work: list[Actor]) -> None:
    """Give an unplaced state official whose title opens with "its"/"their" the country that pronoun refers to; and
    a person of no sector so titled ("its spokesman, X") right after a sentence whose subject is a state body of one
    country ("Chad's customs directorate disputed the figure."), that body's sector and country."""
    for actor in work:
        if not _unplaced(ctx, actor, ("PERSON",)):
            _code_body_spokesman(ctx, actor)
            continue
        found: set[str] = set()
        for s, e in actor.mentions:
            if ctx.quoted[s]:
                continue
            poss = _owning_pronoun(ctx.head(s, e))
            if poss is None:
                continue
            owner = ctx.owner[poss.i]
            if owner is not None and owner is not actor:
                if owner.country is not None:
                    found.add(owner.country)
                continue
            k = ctx.sent_of[poss.i]
            for back in range(k - 1, max(k - 1 - _BACK, -1), -1):  # over a speaker's label ("REPORTER:")
                side = _sentence_side(ctx, actor, *ctx.sents[back])
                if side is not None:
                    found.add(side)
                if side is not None or _names_country(ctx, actor, *ctx.sents[back]):
                    break
        if len(found) == 1:
            actor.country = found.pop()


def _code_body_spokesman(ctx: Context, actor: Actor) -> None:
    """A person of no sector, country, place or affiliation named after "its <title>" ("In a statement, its
    spokesman, X, said") in the sentence right after one whose main subject is a body of a state sector
    (``body`` words: "Chad's customs directorate disputed the figure.") naming one country: "its" is that body's,
    so the person speaks for it; takes the body word's sector and the country."""
    if (actor.type != "PERSON" or actor.sector is not None or actor.country is not None or actor.place is not None
            or actor.affiliation is not None or not actor.mentions):
        return
    found: set[tuple[str, str]] = set()
    for s, e in actor.mentions:
        if ctx.quoted[s]:
            continue
        poss = _owning_pronoun(ctx.head(s, e))
        if poss is None or poss.lower_ != "its":
            continue
        k = ctx.sent_of[poss.i]
        if k == 0:
            continue
        sector = _body_subject(ctx, *ctx.sents[k - 1])
        side = _sentence_side(ctx, actor, *ctx.sents[k - 1]) if sector is not None else None
        if sector is not None and side is not None:
            found.add((sector, side))
    if len(found) == 1:
        actor.sector, actor.country = found.pop()


def _body_subject(ctx: Context, a: int, b: int) -> str | None:
    """The state sector of the body word that heads (or qualifies the head of) the main subject of the sentence
    ``[a, b)`` ("the customs directorate", "the ministry"), outside quotations; None for any other subject."""
    for i in ctx.subjects_in(a, b):
        t = ctx.tokens[i]
        if t.head.dep_ != "ROOT" or ctx.quoted[i]:
            continue
        for w in (t, *(c for c in kids_of(t) if c.dep_ in ("compound", "nmod"))):
            found = ctx.vocab.word("body", form_key(w.text))
            if found is not None and found[1] in ctx.vocab.state_sectors:
                return found[1]
    return None


def _owning_pronoun(head: Token) -> Token | None:
    """The "its"/"their" of the name's own noun ("Their trade minister") or of the title it is set in apposition
    to ("Its chief of staff, Admiral X")."""
    nouns = [head]
    if head.dep_ == "appos":
        nouns.append(head.head)
    nouns += [c for c in kids_of(head) if c.dep_ == "appos"]
    for noun in nouns:
        for child in kids_of(noun):
            if child.dep_ == "poss" and child.tag_ == "PRP$" and child.lower_ in _OWNING_PRONOUNS:
                return child
    return None


def code_answering_sides(ctx: Context, work: list[Actor]) -> None:
    """Give an unplaced state speaker the country whose answer opens the paragraphs it is named in."""
    for actor in work:
        if not _unplaced(ctx, actor, ("PERSON", "ORG", "GROUP")):
            continue
        side = answering_side(ctx, actor)
        if side is not None:
            actor.country = side


def answering_side(ctx: Context, actor: Actor) -> str | None:
    """The one country whose answer opens every paragraph the actor is named in (outside quotations, not by a
    pronoun), where any does; None otherwise."""
    sides: set[str | None] = set()
    for s, e in actor.mentions:
        if ctx.quoted[s] or ctx.head(s, e).pos_ == "PRON":
            continue
        sides.add(_opening_side(ctx, actor, s))
    sides.discard(None)
    return sides.pop() or None if len(sides) == 1 else None


def _opening_side(ctx: Context, actor: Actor, s: int) -> str | None:
    """The country whose answer opens the paragraph of token ``s``: None where the opening sentence answers for
    no one (or ``s`` stands in it), "" where it is unclear whose answer it is."""
    start = ctx.raw.rfind("\n", 0, ctx.idx[s]) + 1
    if not ctx.raw[:start].strip():
        return None  # a story's first paragraph opens on its news, which often gives both sides
    first = bisect_left(ctx.idx, start)
    while first < s and not ctx.raw[ctx.idx[first]:ctx.end_char[first]].strip():
        first += 1
    k = ctx.sent_of[first]
    if ctx.sent_of[s] == k:
        return None
    a, b = ctx.sents[k]
    if not _answers(ctx, a, b):
        return None
    side = _sentence_side(ctx, actor, a, b)
    return "" if side is None else side


def _answers(ctx: Context, a: int, b: int) -> bool:
    """The sentence ``[a, b)`` tells a side's version or answer: a word of ``answer_words`` outside quotations
    (a plain "X said ..." opening may be the side answered, not the one answering)."""
    words = ctx.lists["answer_words"]
    return any(not ctx.quoted[i] and (ctx.tokens[i].lower_ in words or ctx.tokens[i].lemma_.lower() in words)
               for i in range(a, b))


def _sentence_side(ctx: Context, actor: Actor, a: int, b: int) -> str | None:
    """The one country the sentence ``[a, b)`` names outside quotations (a country, capital, region, demonym or
    state body), or of several, the one its subject (or the subject's possessor) names; None otherwise."""
    named: set[str] = set()
    for i in range(a, b):
        country = None if ctx.quoted[i] else _country_at(ctx, actor, i)
        if country is not None:
            named.add(country)
    if len(named) == 1:
        return named.pop()
    if not named:
        return None
    found: set[str] = set()
    for i in ctx.subjects_in(a, b):
        t = ctx.tokens[i]
        if t.head.dep_ != "ROOT" or ctx.quoted[i]:
            continue
        for head in (t, *t.conjuncts):  # "X's ministry and Y's army said": the sides of both
            for w in (head, *(c for c in kids_of(head) if c.dep_ in ("poss", "compound", "amod"))):
                country = _country_at(ctx, actor, w.i)
                if country is not None:
                    found.add(country)
    return found.pop() if len(found) == 1 else None


def _names_country(ctx: Context, actor: Actor, a: int, b: int) -> bool:
    return any(not ctx.quoted[i] and _country_at(ctx, actor, i) is not None for i in range(a, b))


def _country_at(ctx: Context, actor: Actor, i: int) -> str | None:
    """The country token ``i`` names as a side: a place or demonym, or a state body of known country."""
    owner = ctx.owner[i]
    if owner is not None:
        if owner is actor or owner.country is None:
            return None
        if owner.type in _SIDE_TYPES or owner.sector in ctx.vocab.state_sectors \
                or (owner.place is not None and owner.place.kind in ("country", "capital")):
            return owner.country  # a capital the NER typed an organisation ("Kinshasa's answer") is a side too
        return None
    place = ctx.place_at(i, i + 1)
    return place.iso3 if place is not None and place.iso3 else None
