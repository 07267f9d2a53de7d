"""Actors: who each entity is, and every way the document refers to it.

Takes the named entities of the entities stage and returns them coded, the
way an analyst reads them:

- **country** (ISO 3166-1 alpha-3) and **sector** (CAMEO agent code) from the
  name, from possessives and modifiers ("Japan's defence ministry", "US
  Chargé d'Affaires"), titles, institutions and appositions;
- **roles** (titles as written: "Foreign Minister", "spokesperson") and
  **affiliation** (the organisation a person speaks for);
- **metonymy**: a capital that acts or speaks is its government;
- **one actor per state**: beside the country's own name, a capital that is
  no mere place and the government named by the country alone are the
  country's actor;
- **datelines**: the place and agency of "CAIRO, May 3 (Reuters) -" are a
  place and a media organisation, never actors of the story;
- **within-document reference**: surnames (entities stage), titles and
  nominal references ("the minister", "the advisory", "his office") and
  pronouns become mentions of the entity they refer to;
- **new entities** for actor noun phrases the NER does not tag (groups,
  anonymous sources, unnamed bodies);
- **people the NER typed otherwise**: a name after a role noun ("goalkeeper
  X") is a person, and a bare surname of exactly one person of the story joins
  that person whatever the NER tagged it.

What no rule codes stays ``None``: an unknown name is left uncoded rather
than guessed. Vocabularies are data files in ``data/actors/``
(:mod:`newsledger.lexicon.actors`). The steps live in the modules of this
package, one per step: :mod:`.entities` (spaCy's named entities grouped, run
before this function, with the names of results and standings lines typed by
:mod:`.tables`), :mod:`.titles`, :mod:`.codes`, :mod:`.datelines`,
:mod:`.persons`, :mod:`.metonymy` and :mod:`.refs`, sharing the working state
of :mod:`.context`. Their word lists are in ``data/actors/lists.yaml`` and
``data/english.yaml``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from spacy.tokens import Doc

from ...lexicon import Lexicon
from ...models import Entity
from ...textutil import form_key, mend_mojibake
from ..walk import kids_of
from .aka import join_known_as
from .appositions import appositive_names, tagged_names
from .bodies import merge_bare_bodies
from .citizens import code_citizens
from .codes import (
    code_joined_bodies,
    code_name,
    code_owned_bodies,
    document_bodies,
    merge_body_aliases,
    merge_country_aliases,
    merge_state_bodies,
    missed_names,
    place_before,
    titled_names,
    titled_speakers,
    untagged_bodies,
)
from .context import Actor, Context
from .datelines import code_dateline, home_offices
from .descriptions import (
    code_described_acronyms,
    code_heads_of_bodies,
    code_pronoun_owned_bodies,
    code_waters_bodies,
)
from .gazetteer import code_pointed_bodies, join_mistyped_places, missed_capitals, retype_named_regions
from .home import (
    code_bodies_here,
    code_described_officials,
    code_field_bodies,
    code_foreign_named_bodies,
    code_home_bodies,
    code_kin_bodies,
    code_local_bodies,
    code_named_officials,
    code_seated_bodies,
    code_short_named_bodies,
    home_country,
    state_country,
)
from .joint import joint_groups
from .known import code_known
from .members import (
    code_body_heads,
    code_led_bodies,
    code_party_members,
    code_single_state_offices,
    code_voices_of_people,
)
from .metonymy import join_states, split_metonymy
from .nationality import code_nationalities
from .persons import code_person
from .placed import (
    code_bodies_of_places,
    code_letterhead_bodies,
    code_modified_bodies,
    code_named_subdivisions,
    code_placed_police,
    code_possessed_places,
    code_towns_by_region,
)
from .refs import resolve_references
from .seats import code_capital_bodies, code_seated_institutions, code_workplaces
from .shared import recode_shared_bodies
from .sides import (
    code_answering_sides,
    code_body_officials,
    code_owned_officials,
    code_shared_demonyms,
    code_yielding_demonyms,
)
from .titles import drop_title_entities, portfolio_title, unname_offices

__all__ = ["actors"]


def actors(doc: Doc, entities: tuple[Entity, ...], lexicon: Lexicon,
           published: dt.date | dt.datetime | None = None) -> tuple[Entity, ...]:
    """Entities of ``doc`` coded as actors, with nominal and pronoun mentions and unnamed actors added; the
    people lists' codes valid on the ``published`` day (today where unknown) code the people they know."""
    if len(doc) == 0:
        return entities
    ctx = Context(doc, lexicon)
    # A "person" the NER found in lower-case words ("a general election matchup") is no name.
    work = [a for a in (ctx.actor_from(e) for e in entities) if a.mentions
            and (a.type != "PERSON" or any(ch.isupper() for s, e in a.mentions for ch in ctx.text(s, e)))]
    ctx.index(work)
    work = drop_title_entities(ctx, work)
    for actor in work:
        _trim_leading_possessive(ctx, actor)
        _trim_leading_title(ctx, actor)
        _trim_leading_preposition(ctx, actor)
    work = _join_bare_surnames(ctx, work)
    work = _split_by_possessor(ctx, work)
    ctx.index(work)
    work = join_known_as(ctx, work)
    ctx.index(work)
    work += missed_names(ctx)
    work += missed_capitals(ctx)
    work += titled_names(ctx)
    work += appositive_names(ctx)
    work = tagged_names(ctx, work)
    work += untagged_bodies(ctx)
    for actor in work:
        code_name(ctx, actor)
        _code_cut_before_state(ctx, actor)
    work = code_dateline(ctx, work)
    work = merge_body_aliases(ctx, merge_country_aliases(work))
    work = join_mistyped_places(ctx, work)
    retype_named_regions(ctx, work)
    ctx.index(work)
    code_named_subdivisions(ctx, work)
    for actor in work:
        if actor.type == "PERSON" and _described_as_body(ctx, actor):
            actor.type = "ORG"  # "Haki Sasa, a rights group, said": the NER's "person" is an organisation
            code_name(ctx, actor)
        if actor.type == "PERSON":
            code_person(ctx, actor)
        elif actor.type == "ORG" and actor.sector is None and actor.place is None and actor.country is None:
            _person_tagged_organisation(ctx, actor)
    work = code_known(ctx, work, published.date() if isinstance(published, dt.datetime) else published)
    work = split_metonymy(ctx, work)
    ctx.index(work)
    work += resolve_references(ctx, work)
    for actor in work:
        _code_owned_by_pronoun(ctx, actor)
    work = merge_state_bodies(ctx, merge_bare_bodies(ctx, work))
    work += titled_speakers(ctx, work)
    work += document_bodies(ctx, work)
    work += joint_groups(ctx, work)
    for actor in work:
        # Organisations found only now (unnamed bodies) can still be a person's affiliation.
        if actor.type == "PERSON" and actor.named and (actor.affiliation is None or actor.sector is None):
            code_person(ctx, actor, final=True)
    code_nationalities(ctx, work)
    code_party_members(ctx, work)
    code_single_state_offices(ctx, work)
    code_voices_of_people(ctx, work)
    code_body_heads(ctx, work)
    code_led_bodies(ctx, work)
    home_offices(ctx, work)
    code_owned_bodies(ctx, work)
    code_pronoun_owned_bodies(ctx, work)
    code_joined_bodies(ctx, work)
    recode_shared_bodies(ctx, work)
    unname_offices(ctx, work)
    code_pointed_bodies(ctx, work)
    code_letterhead_bodies(ctx, work)
    code_named_subdivisions(ctx, work)  # again: regions placed by the bodies found since, before their bodies
    code_bodies_of_places(ctx, work)
    code_modified_bodies(ctx, work)
    code_described_acronyms(ctx, work)
    code_short_named_bodies(ctx, work)
    home = home_country(ctx, work)
    code_foreign_named_bodies(ctx, work, home)
    code_bodies_here(ctx, work)
    code_home_bodies(ctx, work, home)
    if home is None:
        code_kin_bodies(ctx, work)
        code_field_bodies(ctx, work)
    code_seated_bodies(ctx, work)
    code_waters_bodies(ctx, work)
    code_possessed_places(ctx, work)
    code_towns_by_region(ctx, work)
    code_seated_institutions(ctx, work)
    code_capital_bodies(ctx, work)
    code_workplaces(ctx, work)
    code_local_bodies(ctx, work)
    code_described_officials(ctx, work)
    code_placed_police(ctx, work)
    code_yielding_demonyms(ctx, work)
    code_shared_demonyms(ctx, work)
    code_body_officials(ctx, work)
    code_owned_officials(ctx, work)
    code_answering_sides(ctx, work)
    code_named_officials(ctx, work)
    code_heads_of_bodies(ctx, work)
    if home is None:
        # No dateline, heading or single country: the one country every state body and official belongs to, for
        # the officials and bodies no rule above codes.
        code_home_bodies(ctx, work, state_country(ctx, work))
    work = join_states(ctx, work)
    for actor in work:
        aff = actor.affiliation
        if aff is not None:
            actor.country = actor.country or aff.country
            actor.sector = actor.sector or aff.sector
    code_citizens(ctx, work, home)  # after: a person who speaks for a body the home country reaches keeps none
    return _records(ctx, work)


def _code_cut_before_state(ctx: Context, actor: Actor) -> None:
    """A body's name the NER cut before the state it belongs to ("the Ministry of Energy of" + "the Republic of
    Kazakhstan"): the name loses its dangling "of" and the body takes the state named next, whatever country the
    words before it gave."""
    if actor.type != "ORG" or not actor.mentions:
        return
    doc = ctx.tokens
    country = None
    trimmed = []
    for s, e in actor.mentions:
        if e - s < 3 or doc[e - 1].lower_ != "of":
            trimmed.append((s, e))
            continue
        i = e
        if i < len(doc) and doc[i].lower_ == "the":
            i += 1
        forms = ctx.lists["state_form_words"]
        while i < len(doc) and (doc[i].lower_ in forms or doc[i].lower_ == "of") and ctx.owner[i] is None:
            i += 1
        owner = ctx.owner[i] if i < len(doc) else None
        place = ctx.vocab.place(owner.name) if owner is not None and owner.type == "GPE" else None
        if place is None or place.kind != "country" or not place.iso3:
            trimmed.append((s, e))
            continue
        country = country or place.iso3
        trimmed.append((s, e - 1))
    if country is None:
        return
    actor.mentions = trimmed
    if actor.name.endswith(" of"):
        actor.name = actor.name[:-3]
    actor.country = country


def _split_by_possessor(ctx: Context, work: list[Actor]) -> list[Actor]:
    """A body the NER named by a common noun after two countries' possessives ("Armenia's defence ministry said
    ... Azerbaijan's defence ministry said") is two bodies, one per country: a mention with no country of its own
    goes with the one before it (the first where none is)."""
    out: list[Actor] = []
    for actor in work:
        name = actor.name.strip()
        if actor.type != "ORG" or len(actor.mentions) < 2 or not name or not name[0].islower():
            out.append(actor)
            continue
        mentions = sorted(actor.mentions)
        countries = [place_before(ctx, s) for s, _ in mentions]
        if len({c for c in countries if c is not None}) < 2:
            out.append(actor)
            continue
        parts: dict[str, list[tuple[int, int]]] = {}
        current = next(c for c in countries if c is not None)
        for mention, country in zip(mentions, countries, strict=True):
            current = country or current
            parts.setdefault(current, []).append(mention)
        out += [dataclasses.replace(actor, mentions=m, roles=list(actor.roles)) for m in parts.values()]
    return out


def _trim_leading_possessive(ctx: Context, actor: Actor) -> None:
    """An organisation tagged with the pronoun before it ("Its State Committee for National Security"):
    the pronoun is left to reference resolution, which finds whose committee it is."""
    if actor.type != "ORG" or not any(e - s > 1 and ctx.tokens[s].tag_ == "PRP$" for s, e in actor.mentions):
        return
    actor.mentions = [(s + 1, e) if e - s > 1 and ctx.tokens[s].tag_ == "PRP$" else (s, e) for s, e in actor.mentions]
    actor.name = ctx.text(*max(actor.mentions, key=lambda m: (m[1] - m[0], -m[0])))


def _trim_leading_preposition(ctx: Context, actor: Actor) -> None:
    """A "person" or organisation the NER made of a sentence-opening preposition and a place ("Inside Ghana, the
    prefecture said", "Across Chile, ..."): every mention is the preposition and a place the gazetteer knows, so the
    actor is that place, named without the preposition."""
    if actor.type not in ("PERSON", "ORG") or not actor.mentions:
        return
    doc = ctx.tokens
    trimmed = []
    place = None
    for s, e in actor.mentions:
        if e - s < 2 or doc[s].tag_ != "IN" or not doc[s].is_title:
            return
        found = ctx.vocab.place(ctx.text(s + 1, e))
        if found is None or found.kind == "demonym" or (place is not None and found != place):
            return
        place = found
        trimmed.append((s + 1, e))
    if place is None:
        return
    actor.mentions = trimmed
    actor.name = ctx.text(*trimmed[0])
    actor.type = "GPE"


def _code_owned_by_pronoun(ctx: Context, actor: Actor) -> None:
    """An organisation named after a possessive pronoun that refers back to another organisation ("The African
    Union ... Its Peace and Security Council") is a body of that organisation: it takes it as affiliation, and
    the sector and country of an international one (no country: not the country the story is about)."""
    if actor.type != "ORG" or not actor.named:
        return
    for s, e in actor.mentions:
        if s == 0 or ctx.tokens[s - 1].tag_ != "PRP$" or not s <= ctx.tokens[s - 1].head.i < e:
            continue
        owner = ctx.owner[s - 1]
        if owner is None or owner is actor or owner.type not in ("ORG", "GROUP") or owner.plural:
            continue
        actor.affiliation = actor.affiliation or owner
        if owner.sector in ctx.vocab.international_sectors:
            actor.sector, actor.country = owner.sector, owner.country
        elif actor.country is None:
            actor.country = owner.country
        return


def _trim_leading_title(ctx: Context, actor: Actor) -> None:
    """A name mention that starts with a title ("Foreign Minister Wang Yi") keeps only the name.

    The title's tokens are left to :func:`code_person`, which reads them as the role. The NER also
    tags some titled people as organisations ("General Antoine Lahd"): those become people.
    """
    if actor.type not in ("PERSON", "ORG"):
        return
    trimmed = []
    roles = ctx.lists.role_nouns
    for s, e in actor.mentions:
        i = s
        while i < e and (ctx.place_at(i, i + 1) is not None or ctx.text(i, i + 1) in ("'s", "’s")):
            i += 1
        if e - i >= 3 and form_key(ctx.text(i, i + 1)) in roles and all(ctx.capitalised(k) for k in range(i, e)) \
                and (actor.type == "PERSON" or _looks_like_person(ctx, i + 1, e)):
            trimmed.append((i + 1, e))  # "Defender Anna Berg": a role noun, then the person
            continue
        if actor.type == "ORG" and s > 0 and form_key(ctx.text(s - 1, s)) in roles and not ctx.capitalised(s - 1) \
                and _looks_like_person(ctx, s, e):
            trimmed.append((s, e))
            actor.type = "PERSON"  # "goalkeeper Anna Berg", tagged an organisation
            continue
        cut = s
        for j in range(min(e - 1, i + 5), i, -1):
            if (ctx.vocab.title(ctx.text(i, j)) is not False or portfolio_title(ctx, i, j)) \
                    and all(ctx.capitalised(k) for k in range(j, e)):
                cut = j
                break
        if cut > s and actor.type == "ORG" and not _looks_like_person(ctx, cut, e):
            cut = s  # "General Motors", "Chief Executive Group": an organisation after all
        trimmed.append((cut, e))
    if trimmed != actor.mentions:
        actor.mentions = trimmed
        actor.type = "PERSON"
        longest = max(trimmed, key=lambda m: (m[1] - m[0], -m[0]))
        actor.name = ctx.text(*longest)


_SURNAME_TYPES = ("ORG", "NORP", "PERSON")


def _join_bare_surnames(ctx: Context, work: list[Actor]) -> list[Actor]:
    """A one-word name that is the surname of exactly one person of the document is that person: its mentions
    join the person's. The entities stage joins people it saw as people; this catches a bare surname the NER
    typed otherwise ("General X Varga ... Varga said", the bare "Varga" tagged an organisation) and a person
    found only now ("goalkeeper X Varga", the full name tagged an organisation, then retyped here). A word
    the vocabulary knows (a place, an organisation word, a title) stays apart, and so does a surname two
    people of the story share."""
    owners: dict[str, list[Actor]] = {}
    for actor in work:
        if actor.type == "PERSON":
            for s, e in actor.mentions:
                if e - s >= 2 and ctx.capitalised(e - 1):
                    found = owners.setdefault(form_key(ctx.text(e - 1, e)), [])
                    if actor not in found:
                        found.append(actor)
    if not owners:
        return work
    out = []
    for actor in work:
        words = {form_key(ctx.text(s, e)) for s, e in actor.mentions}
        person = owners.get(next(iter(words)), []) if actor.type in _SURNAME_TYPES and len(words) == 1 else []
        if len(person) == 1 and all(e - s == 1 for s, e in actor.mentions) and not _known_word(ctx, *words):
            person[0].mentions.extend(actor.mentions)
            continue
        out.append(actor)
    return out


def _known_word(ctx: Context, word: str) -> bool:
    """The vocabulary reads ``word`` as a place, an organisation word, an institution or a title word."""
    return bool(ctx.vocab.place(word) or ctx.vocab.word("body", word) or ctx.vocab.institution(word)
                or word in ctx.title_words)


def _person_tagged_organisation(ctx: Context, actor: Actor) -> None:
    """The NER sometimes tags a person as an organisation; a person's title around it tells, and so does an
    occupation in apposition, even to a one-word name ("Fashola, a political scientist")."""
    longest = max(actor.mentions, key=lambda m: m[1] - m[0])
    if _looks_like_person(ctx, *longest):
        code_person(ctx, actor)
        if actor.roles or _described_by_role(ctx, actor):
            actor.type = "PERSON"
    elif longest[1] - longest[0] == 1 and ctx.capitalised(longest[0]) \
            and not _known_word(ctx, form_key(ctx.text(*longest))) and _described_by_role(ctx, actor):
        code_person(ctx, actor)
        actor.type = "PERSON"


def _described_as_body(ctx: Context, actor: Actor) -> bool:
    """A name with no title that an apposition right after it describes as an organisation: "Haki Sasa, a Kenyan
    rights group, said", "Valora, the state body that runs the parks, says" (the head of the description is an
    organisation, business or group noun of the vocabulary, never a role)."""
    if actor.roles:
        return False
    vocab = ctx.vocab
    for s, e in actor.mentions:
        if e >= len(ctx.doc) or ctx.tokens[e].text != ",":
            continue
        for noun in ctx.head(s, e).children:
            key = form_key(noun.text)
            if noun.dep_ == "appos" and noun.i > e and noun.pos_ == "NOUN" and ctx.owner[noun.i] is None and (
                    noun.lemma_.lower() in vocab.org_nouns or key in vocab.kind_nouns
                    or vocab.word("body", key) is not None):
                return True
    return False


def _described_by_role(ctx: Context, actor: Actor) -> bool:
    """A name set off by a comma and described by an occupation ("X Y, a trade professor at Z, said"): the
    apposition's head is one of the role nouns (lists.yaml), which name people, never organisations."""
    roles = ctx.lists.role_nouns
    for s, e in actor.mentions:
        if e >= len(ctx.doc) or ctx.tokens[e].text != ",":
            continue
        head = ctx.head(s, e)
        for child in kids_of(head):
            if child.dep_ == "appos" and child.i > e and child.pos_ == "NOUN" and child.tag_ == "NN" \
                    and form_key(child.lemma_) in roles and ctx.owner[child.i] is None:
                return True
    return False


def _looks_like_person(ctx: Context, start: int, end: int) -> bool:
    """Two or more capitalised words, none of them an organisation word, a place or a title."""
    if end - start < 2:
        return False
    for k in range(start, end):
        word = form_key(ctx.text(k, k + 1))
        if (not word.isalpha() and "-" not in word) or ctx.vocab.word("body", word) or ctx.place_at(k, k + 1) \
                or word in ctx.title_words:
            return False
    return True


def _records(ctx: Context, work: list[Actor]) -> tuple[Entity, ...]:
    live = [a for a in work if a.mentions]
    live.sort(key=lambda a: a.first)
    ids = {id(a): f"e{n}" for n, a in enumerate(live, 1)}
    out = []
    for actor in live:
        spans = sorted(set(actor.mentions))
        aff = actor.affiliation
        out.append(Entity(
            id=ids[id(actor)],
            name=mend_mojibake(actor.name),  # the canonical name has its accents back; mentions stay as written
            type=actor.type,
            mentions=tuple(ctx.record_span(s, e) for s, e in spans),
            country=actor.country,
            sector=actor.sector,
            roles=tuple(actor.roles),
            affiliation=ids.get(id(aff)) if aff is not None else None,
            ref=actor.ref,
        ))
    return tuple(out)
