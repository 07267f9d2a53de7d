"""People the lists know: a named person's country, sector and dictionary id from the people list.

:func:`code_known` looks each named person up in the people list (:mod:`newsledger.lexicon.people`: the
user's list, then the one generated from the Phoenix dictionaries) by the name proper, without titles,
honorifics and country words ("Russian President Vladimir Putin" is looked up as "Vladimir Putin"). The
person's longest mention decides: a full name is looked up as written (a listed variant or the canonical
name), never by its surname alone, so "Michelle Obama" is not the "Obama" of the list; a person named only
by a surname is looked up only where the list gives that surname to a single actor. A person the
generated list knows only from a former office is taken for him only where the story names his country
(a 55-year-old actor is not the namesake who was a minister ten years before). Where the list names two
actors that disagree on the publication day, nothing is coded.

The code valid on the publication day gives the country (over a country read from the clause, which may be
a place that merely appears there) and, where the text gave none, the sector. The actor keeps the list's
name as its ``ref``, so the ledger links every form of the name to one actor. Actors the list knows as one
person become one entity (the NER's "Trump" beside "Donald J. Trump", typed apart). An organisation the NER
tagged, not as a modifier ("the Trump campaign"), whose name is a listed person's (a full name, or the one
surname the list gives a single person) becomes that person; one named as a body of the list (an armed
group, an international body, a company the hand-kept lists lack) takes its sector and the country it
lacks.
"""

from __future__ import annotations

import datetime as dt

from ...lexicon.people import Known
from ...textutil import form_key
from .context import Actor, Context

__all__ = ["code_known"]

_TITLE_RUN = 6  # words of a title run before a name ("Former U.N. Ambassador", "ex-Deputy Defence Minister")


def code_known(ctx: Context, work: list[Actor], day: dt.date | None) -> list[Actor]:
    """Code the people (and organisations that are people) of ``work`` that the people list knows; ``work``
    with the actors a list knows as one person joined into one (the first named)."""
    if not ctx.vocab.people.forms:
        return work
    _code(ctx, work, day)
    first: dict[str, Actor] = {}
    into: dict[int, Actor] = {}  # id of a joined actor -> the one it joined
    out = []
    for actor in sorted(work, key=lambda a: a.first):
        if actor.ref is None or actor.type != "PERSON":
            out.append(actor)
        elif actor.ref in first:
            first[actor.ref].absorb(actor)
            into[id(actor)] = first[actor.ref]
        else:
            first[actor.ref] = actor
            out.append(actor)
    if not into:
        return work
    for actor in out:
        if actor.affiliation is not None and id(actor.affiliation) in into:
            actor.affiliation = into[id(actor.affiliation)]
    ctx.index(out)
    return out


def _code(ctx: Context, work: list[Actor], day: dt.date | None) -> None:
    named = {a.country for a in work if a.type in ("GPE", "NORP") and a.country}
    for actor in work:
        if not actor.named or actor.plural or actor.type not in ("PERSON", "ORG") or not actor.mentions:
            continue
        if actor.type == "ORG" and _code_body(ctx, actor, day):
            continue
        known, found = _lookup_all(ctx, work, actor, day)
        if known is None or known.kind != "person":
            continue
        code = known.code_on(day)
        former = not any(c.covers(day or dt.date.today()) for c in known.codes) and _called_former(ctx, actor)
        if code is not None and ":" not in known.ident and not any(c.covers(day or dt.date.today())
                                                                   for c in known.codes) \
                and code.country not in named and not former:
            continue  # a former official of the dictionaries in a story that never names his country: a namesake
        if actor.type == "ORG":
            modifiers = sum(ctx.head(s, e).dep_ in ("compound", "amod", "poss") for s, e in actor.mentions)
            if code is None or 2 * modifiers > len(actor.mentions) or (modifiers and not _acts(ctx, actor)):
                continue  # "the Trump campaign", "Obama's administration": the name modifies an organisation
            actor.type = "PERSON"
        actor.ref = known.name
        if code is None:
            continue
        # An office the list dates, held on the day, says more than the clause; an undated or former one less.
        covering = (code.start is not None or code.end is not None) and code.sector is not None
        aff = actor.affiliation
        sectors = [actor.sector, aff.sector if aff is not None else None]
        if not covering and not former and any(x in ctx.vocab.countryless_sectors for x in sectors if x is not None):
            continue  # "UN Secretary-General X": the text's international office, not his former country
        # (A "former U.N. ambassador" the list knows only from his own state's office is of that state.)
        if code.country and (actor.country is None or covering):
            actor.country = code.country
        elif code.country is None and actor.country is None:
            actor.country = _nationality(known, found)
        if actor.sector is None and code.sector is not None:
            actor.sector = code.sector


def _nationality(known: Known, found: tuple[Known, ...]) -> str | None:
    """The country the list gives the person under another entry of the same name, where the entry taken (an
    international office: "Secretary-General X" from 2007) gives none in any of its codes and the other entries
    give one country, whatever the day (the same man, listed under another spelling for his country's offices)."""
    if any(c.country for c in known.codes):
        return None
    others = {c.country for k in found if k is not known and k.kind == "person" for c in k.codes if c.country}
    return others.pop() if len(others) == 1 else None


def _called_former(ctx: Context, actor: Actor) -> bool:
    """The text itself gives the person a former office: "former" (or "ex") opens the title run before a
    mention ("Former U.N. Ambassador X", "ex-Defence Minister X"). The list's former official is then him,
    not a namesake, even where the story never names his country."""
    earlier = ctx.lists["former_words"]
    for s, _ in actor.mentions:
        k = s - 1
        while k >= 0 and s - k <= _TITLE_RUN and ctx.sent_of[k] == ctx.sent_of[s]:
            word = form_key(ctx.tokens[k].text).rstrip(".-")
            if word in earlier:
                return True
            if not ctx.capitalised(k) and ctx.tokens[k].text not in ("-", "'s", "’s"):
                break
            k -= 1
    return False


def _code_body(ctx: Context, actor: Actor, day: dt.date | None) -> bool:
    """An organisation named as a body of the generated list (armed groups, international bodies, companies
    the hand-kept lists lack) takes its sector and the country it lacks; True where the list knows it."""
    s, e = max(actor.mentions, key=lambda m: (m[1] - m[0], -m[0]))
    while s < e - 1 and ctx.tokens[s].lower_ in ctx.articles:
        s += 1
    if e - s < 2:
        return False
    bodies = [k for k in ctx.vocab.people.find(ctx.text(s, e)) if k.kind == "body"]
    if len(bodies) != 1:
        return False
    code = bodies[0].code_on(day)
    if code is None:
        return False
    actor.ref = actor.ref or bodies[0].name  # a listed other name (aliases.tsv) keeps its body's name
    if actor.country is None and code.country and code.sector not in ctx.vocab.countryless_sectors:
        actor.country = code.country
    if code.sector is not None:  # the list names this body; the text's words ("army") only its kind
        actor.sector = code.sector
    return True


def _name_span(ctx: Context, s: int, e: int) -> tuple[int, int]:
    """The name proper of a mention: leading titles, honorifics, places and possessives dropped."""
    words = ctx.title_words
    lists = ctx.lists
    while s < e - 1:
        low = form_key(ctx.tokens[s].text).rstrip(".")
        if low in words or low in lists["honorifics"] or low in lists["honorifics_male"] \
                or low in lists["honorifics_female"] or ctx.place_at(s, s + 1) is not None \
                or ctx.tokens[s].tag_ == "POS":
            s += 1
        else:
            break
    while e > s + 1 and ctx.tokens[e - 1].tag_ == "POS":
        e -= 1
    return s, e


def _other_bearer(ctx: Context, work: list[Actor], actor: Actor, known: Known) -> bool:
    """Another person of the story, named in full, bears the surname and is not ``known`` ("Eswar Prasad"
    before a bare "Prasad" the NER typed apart)."""
    surname = form_key(ctx.text(*actor.mentions[0])).split()[-1:]
    for other in work:
        if other is actor or other.type != "PERSON" or not other.named:
            continue
        words = form_key(other.name).split()
        if len(words) >= 2 and words[-1:] == surname and known not in ctx.vocab.people.find(other.name):
            return True
    return False


def _acts(ctx: Context, actor: Actor) -> bool:
    """A mention of the full name is the subject of a clause: the name is a person who acts, wherever else it
    modifies an organisation ("X tweeted ... the X campaign said")."""
    return any(e - s >= 2 and ctx.head(s, e).dep_ in ("nsubj", "nsubjpass") for s, e in actor.mentions)


def _plain_name(ctx: Context, s: int, e: int) -> str:
    """The name without middle initials and a generational suffix ("Paul D. Ryan" -> "Paul Ryan", "Ana M. Ortiz
    Jr." -> "Ana Ortiz"): the lists give most people by given name and surname alone."""
    suffixes = ctx.lists["name_suffixes"]
    words = [ctx.tokens[k].text for k in range(s, e)]
    while len(words) > 2 and (form_key(words[-1]).rstrip(".") in suffixes or words[-1] == ","):
        words.pop()
    middle = [w for w in words[1:-1] if not _initials(w)]
    return " ".join([words[0], *middle, words[-1]])


def _other_given_name(ctx: Context, name: str) -> tuple[Known, ...]:
    """The listed people of ``name`` with the given name's other usual form ("Joseph X" as "Joe X" and back)."""
    given, _, rest = name.partition(" ")
    low = given.lower()
    for pair in ctx.lists["given_name_forms"]:
        full, _, short = pair.partition(":")
        other = short if low == full else full if low == short else None
        if other is not None and rest:
            found = ctx.vocab.people.find(f"{other.title()} {rest}")
            if found:
                return found
    return ()


def _initials(word: str) -> bool:
    """ "R.", "H.W.", "J": a word of capital initials."""
    letters = word.replace(".", "")
    return 0 < len(letters) <= 3 and letters.isalpha() and letters.isupper() and (len(letters) == 1 or "." in word)


def _lookup_all(ctx: Context, work: list[Actor], actor: Actor,
                day: dt.date | None) -> tuple[Known | None, tuple[Known, ...]]:
    """The listed actor the name is (None where the list's entries of the name disagree), and every listed actor
    the name found."""
    s, e = _name_span(ctx, *max(actor.mentions, key=lambda m: (m[1] - m[0], -m[0])))
    text = ctx.text(s, e)
    found = ctx.vocab.people.find(text)
    if not found and e - s >= 3:
        found = ctx.vocab.people.find(_plain_name(ctx, s, e))
    if not found and e - s >= 2:
        found = _other_given_name(ctx, _plain_name(ctx, s, e))
    if e - s == 1 and (len(found) != 1 or _other_bearer(ctx, work, actor, found[0])):
        return None, ()  # a bare surname: only the one actor that has it, and no other person of the story
    if not found:
        return None, ()
    if len(found) == 1:
        return found[0], found
    # Two listed actors of the name: one only where they agree (the same person listed twice), or where one
    # alone holds a dated office on the day (the other entry giving only a country).
    codes = {(c.country, c.sector) if (c := k.code_on(day)) else None for k in found}
    if len(codes) == 1:
        return min(found, key=lambda k: k.name), found
    holding = [k for k in found if (c := k.code_on(day)) is not None and c.sector is not None
               and (c.start is not None or c.end is not None)]
    return (holding[0] if len(holding) == 1 else None), found
