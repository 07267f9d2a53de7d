"""The story's home country, and the state bodies named without a country that belong to it.

A story about one country names that country's bodies bare: "the federal police", "the interior
ministry", "the government", "Economy Minister X". :func:`home_country` finds the country the story is
about: the place of its dateline ("ACCRA, May 3 (Reuters) -"), or of a press release's heading line
("Accra, 6 June 2024", below the issuer's name at most three lines down), else the one country that every
state body, country and demonym the story names belongs to (none when two countries appear: whose ministry
is meant is then unknown).
:func:`code_home_bodies` gives that country to the state bodies and officials nothing else codes (and to a
party named without a country, where the story names no other country), unless
a body of the same kind from another country is named too ("Nigeria's finance ministry ... the finance
ministry"), or the body speaks in a paragraph that opens on another country's answer ("Abuja's reply came
within hours. '...,' the military council said"); groups ("officials", "the two ministers") only in a story
where no other country appears.
:func:`code_seated_bodies` gives a state body or official that is still uncoded the country of the one
country or capital its own clause puts it "in" ("In Hanoi, the foreign ministry said", "the defence
minister, speaking in Lima, said"). :func:`code_local_bodies` gives a body below the national level ("the
provincial housing department", a mayor) the one country of the places named just before it.
"""

from __future__ import annotations

from spacy.tokens import Token

from ...textutil import form_key
from .codes import place_before
from .context import Actor, Context
from .datelines import FOREIGN_TAGS, bare_title_before
from .persons import list_title
from .sides import answering_side

__all__ = ["code_bodies_here", "code_described_officials", "code_field_bodies", "code_home_bodies", "code_kin_bodies",
           "code_local_bodies", "code_named_officials", "code_seated_bodies", "code_short_named_bodies", "home_country",
           "neighbour", "state_country"]

_HEADING_TOKENS = 10  # a heading line "Accra, 6 June 2024" is short
_LOCAL_SENTENCES = 2  # sentences before a local body's first mention that may name its place
_HEADING_LINES = 4  # lines of a press release's head read for it (issuer, label, place and date)
_ACROSS_WORDS = 4  # words between "across" and the "from" of its far side ("across the river from")
_TITLE_RUN = 4  # words of a title between a place's possessive and a name ("Busia County's fisheries officer X")
_LEDE_SENTENCES = 3  # the first sentences (a headline among them) that name a story's own country
_STATE_ACTORS = 4  # state bodies and officials of one country that make it the story's own where no other has any


def home_country(ctx: Context, work: list[Actor]) -> str | None:
    """The country the story is about (see the module docstring), or None."""
    d = ctx.dateline
    if d is not None:
        ps, pe = d.place
        if "/" in ctx.text(ps, pe):
            return None  # "WASHINGTON/BRUSSELS": filed from two places
        found = next((a.country for a in work if a.type in ("GPE", "LOC") and a.country and a.mentions
                      and all(ps <= s and e <= pe for s, e in a.mentions)), None)
        if found is not None:
            return found
    heading = _heading_place(ctx)
    if heading is not None:
        return heading
    return _one_country(ctx, work) or _lead_country(ctx, work)


def _one_country(ctx: Context, work: list[Actor]) -> str | None:
    """The one country of every state body, country and demonym of ``work`` (cities only locate), or None.

    A foreign envoy or mediator ("Japan's special envoy", "the Qatari mediators"), and a country named only
    in such a title, do not make a second country: a go-between visits the story, it is not about them.
    """
    state = ctx.vocab.state_sectors
    envoys = [a for a in work if a.type in ("PERSON", "GROUP") and a.mentions and _envoy(ctx, a)]
    inside = {i for a in envoys for s, e in a.mentions for i in range(s, e)}
    countries = {a.country for a in work if a.country and a.mentions and (
        a.type == "NORP" or (a.type == "GPE" and (a.sector is not None or (a.place and a.place.kind == "country"))
                             and not all(_destination(ctx, s, e) or neighbour(ctx, s, e) for s, e in a.mentions))
        or (a.type in ("ORG", "GROUP", "PERSON") and a.sector in state))
        and not any(a is b for b in envoys) and not all(s in inside for s, _ in a.mentions)}
    return countries.pop() if len(countries) == 1 else None


def state_country(ctx: Context, work: list[Actor]) -> str | None:
    """The one country of every state body, official and acting state of a story that names at least
    :data:`_STATE_ACTORS` of them, where every other country is only a place (no body, official, demonym or
    acting state of its own): "the State Department ... the FBI ... Attorney General X" in a story set partly in
    a city of another country. None where another country has a voice."""
    state = ctx.vocab.state_sectors
    found: dict[str, int] = {}
    for a in work:
        if not a.country or not a.mentions:
            continue
        if a.type == "NORP" or (a.type in ("ORG", "GROUP", "PERSON", "GPE") and a.sector in state):
            found[a.country] = found.get(a.country, 0) + 1
    if len(found) != 1:
        return None
    country, count = found.popitem()
    return country if count >= _STATE_ACTORS else None


def _lead_country(ctx: Context, work: list[Actor]) -> str | None:
    """The country the lede names first, where every other country is only a place of the story.

    "The lights went out across Ecuador ... a transmission line to Peru": a second country named only as a place
    (no body, official or demonym of its own) does not make the story two countries' when the first sentences
    name the first one and every state body, official, demonym, town and region the story codes, and every country
    that acts as a subject ("Peru said", "Peru and Chile sent boats"), is of that one.
    A body, demonym or place of another country ("Peru's energy ministry", "Peruvian engineers", "clashes in
    Peru's Tumbes region") leaves it None, as before: that country's officials may speak too.
    """
    state = ctx.vocab.state_sectors
    named: dict[str, int] = {}  # country -> its first mention as a country name
    owners: set[str] = set()  # countries some demonym, body or official belongs to
    settings: set[str] = set()  # countries a town or region of the story lies in
    for a in work:
        if a.country is None and a.type in ("GPE", "LOC"):  # "Chile's Atacama region", not yet coded
            settings.update(c for s, _ in a.mentions if (c := place_before(ctx, s)) is not None)
        if not a.country or not a.mentions:
            continue
        if a.type == "GPE" and a.place is not None and a.place.kind == "country":
            first = min(s for s, _ in a.mentions)
            named[a.country] = min(first, named.get(a.country, first))
            if a.sector in state or any(_acts(ctx, s, e) for s, e in a.mentions):
                owners.add(a.country)  # the country acts or speaks ("Peru said", "Peru and Chile sent boats")
        elif a.type in ("GPE", "LOC"):
            settings.add(a.country)
        elif a.type == "NORP" or (a.type in ("ORG", "GROUP", "PERSON", "GPE") and a.sector in state):
            owners.add(a.country)
    if len(named) < 2 or len(owners) > 1:
        return None
    lead = min(named, key=named.__getitem__)
    if ctx.sent_of[named[lead]] - ctx.sent_of[0] >= _LEDE_SENTENCES or not owners <= {lead} \
            or not settings <= {lead}:
        return None
    return lead


def _acts(ctx: Context, start: int, end: int) -> bool:
    """The name is the subject of its clause, alone or in a list ("Zambia and Malawi both sent boats")."""
    head = ctx.head(start, end)
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    return head.dep_ in ("nsubj", "nsubjpass")


def _destination(ctx: Context, start: int, end: int) -> bool:
    """The place is only where someone goes, is sent or leaves: the object of a verb of movement, directly or
    through a preposition ("troops would leave Mali", "withdraw from Mali", "flew to Kenya"); never through a
    preposition of the ground it happens over (``scene_prepositions``: "went out across Ecuador"). Each place of
    a list is what its first one is ("came from Chad, Mali and Niger"); a noun of a journey goes there too ("a
    school trip to Austria", ``motion_nouns``)."""
    head = ctx.head(start, end)
    while head.dep_ == "conj" and head.head.i != head.i:  # "came from Chad, Mali and Niger": each one an origin
        head = head.head
    gov = head.head
    if head.dep_ == "pobj" and gov.dep_ == "prep":
        if gov.lower_ in ctx.lists["scene_prepositions"]:
            return False  # "the lights went out across Ecuador": the ground, not a destination
        if gov.lower_ == "in" and gov.i < gov.head.i and ctx.sent_of[gov.i] == ctx.sent_of[gov.head.i] \
                and gov.i == ctx.sents[ctx.sent_of[gov.i]][0]:
            return False  # "In western Ecuador, a landslide has left ...": the scene the sentence opens on
        gov = gov.head
        if gov.dep_ in ("prt", "prep", "advmod") and gov.head.i != gov.i:  # "pull out of Mali"
            gov = gov.head
    elif head.dep_ != "dobj":
        return False
    return (gov.pos_ == "VERB" and gov.lemma_ in ctx.lists["motion_verbs"]) or (
        gov.pos_ == "NOUN" and head.dep_ == "pobj" and gov.lemma_ in ctx.lists["motion_nouns"])


def neighbour(ctx: Context, start: int, end: int) -> bool:
    """The place is named only as what lies past a frontier (``frontier_nouns``): "90 km from the border with
    Mali", "across the frontier from Mali", "near the Mali border". A story set beside a border names the
    neighbour; the bodies it speaks of are not that neighbour's."""
    head = ctx.head(start, end)
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    frontier = ctx.lists["frontier_nouns"]
    if head.dep_ == "compound":
        return head.head.lower_ in frontier
    prep = head.head
    if head.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.i == prep.i:
        return False
    gov = prep.head
    if prep.lower_ == "with":
        return gov.lower_ in frontier  # "the border with Mali"
    if prep.lower_ == "from":  # "across the border from Mali", "across the river from Mali", "just across from Mali"
        return any(ctx.tokens[k].lower_ == "across" for k in range(max(0, prep.i - _ACROSS_WORDS), prep.i))
    return False


def _envoy(ctx: Context, actor: Actor) -> bool:
    """The actor is a go-between: a role, or for an unnamed actor its name, ends in an envoy word."""
    words = ctx.lists["envoy_titles"]
    names = actor.roles if actor.named else [*actor.roles, actor.name]
    return any((form_key(r).split() or [""])[-1] in words for r in names)


def _heading_place(ctx: Context) -> str | None:
    """The country of a heading line that gives a known place and a date before the text: "Accra, 6 June
    2024", "Nairobi, 12/03/2025", "Press statement, Accra, 6 June 2024". A press release may set the issuer's
    name and a label on lines of their own above it, so the first :data:`_HEADING_LINES` short lines are read."""
    doc = ctx.tokens
    start = 0
    for _ in range(_HEADING_LINES):
        end = next((i for i in range(start, min(len(doc), start + _HEADING_TOKENS + 1)) if "\n" in doc[i].text
                    or "\n" in doc[i].whitespace_), None)
        if end is None:
            return None
        found = _line_place(ctx, start, end)
        if found is not None:
            return found
        start = end + 1
        while start < len(doc) and doc[start].is_space:
            start += 1
    return None


def _line_place(ctx: Context, start: int, end: int) -> str | None:
    """The country of a line ``[start, end]`` whose last comma-set part before a date is a known country or
    capital: "Accra, 6 June 2024", "Press statement, Accra, 6 June 2024"."""
    doc = ctx.doc
    if end - start < 2:
        return None
    commas = [i for i in range(start + 1, end) if doc[i].text == ","]
    for k, comma in enumerate(commas):
        if not any(ch.isdigit() for t in doc[comma + 1:end + 1] for ch in t.text):
            return None
        first = commas[k - 1] + 1 if k else start
        if comma - first > 3:
            continue
        place = ctx.place_at(first, comma)
        if place is not None and place.kind in ("country", "capital"):
            return place.iso3
    return None


def code_short_named_bodies(ctx: Context, work: list[Actor]) -> None:
    """Give a state body named by the first words of another body's name that nothing codes the country of that
    body ("the Treasury Department" of the institution list, then "the Treasury", "Treasury Secretary X"):
    every longer name it opens must be of one country, and none of them may name its country in its words (a
    body named "the Ruritanian Treasury Board" says nothing of whose "Treasury" is meant)."""
    state = ctx.vocab.state_sectors
    full = [(form_key(a.name).split(), a.country) for a in work
            if a.type == "ORG" and a.named and a.country and a.sector in state and a.mentions]
    if not full:
        return
    for actor in work:
        if actor.type != "ORG" or not actor.named or actor.country is not None or actor.place is not None \
                or actor.sector not in state or not actor.mentions:
            continue
        words = [w for w in form_key(actor.name).split() if w not in ctx.articles]
        if not words:
            continue
        found = {country for name, country in full if len(name) > len(words) and name[:len(words)] == words}
        if len(found) == 1 and not any(ctx.vocab.place(w) is not None for name, _ in full for w in name
                                       if name[:len(words)] == words):
            actor.country = found.pop()


_REPORTED_FROM = 3  # sentences before a body "here" that may say where the reporter is


def code_bodies_here(ctx: Context, work: list[Actor]) -> None:
    """Give a state body named with "here" ("The rescue service here says ...") the country of the place the
    reporter speaks from: the one a sentence just before names after "reports from" or "is in" ("Our reporter X
    is in <town>", "X reports from <capital>"), else the dateline's. The word says more than a place named in
    the clause or a country read before, which it replaces."""
    state = ctx.vocab.state_sectors
    doc = ctx.tokens
    for actor in work:
        if actor.type not in ("ORG", "GROUP") or actor.sector not in state or not actor.mentions:
            continue
        found = {_reporter_place(ctx, s) for s, e in actor.mentions
                 if e < len(doc) and doc[e].lower_ == "here" and not ctx.quoted[s]}
        found.discard(None)
        if len(found) == 1:
            actor.country = found.pop()


def _reporter_place(ctx: Context, start: int) -> str | None:
    doc = ctx.tokens
    n = ctx.sent_of[start]
    for k in range(n, max(-1, n - 1 - _REPORTED_FROM), -1):
        a, b = ctx.sents[k]
        for i in range(a, min(b, start)):
            t = doc[i]
            if t.dep_ != "pobj" or t.head.lower_ not in ("from", "in") or t.head.head.lemma_ not in ("report", "be"):
                continue
            if t.head.lower_ == "from" and t.head.head.lemma_ != "report":
                continue
            owner = ctx.owner[i]
            if owner is not None and owner.type in ("GPE", "LOC") and owner.country:
                return owner.country
            if owner is None and (place := ctx.place_at(i, i + 1)) is not None:
                return place.iso3
    d = ctx.dateline
    if d is not None:
        ps, pe = d.place
        return next((o.country for i in range(ps, pe) if (o := ctx.owner[i]) is not None and o.country), None)
    return None


def code_home_bodies(ctx: Context, work: list[Actor], home: str | None) -> None:
    """Give ``home`` to the state bodies, groups and officials of ``work`` that nothing else codes."""
    if home is None:
        return
    state = ctx.vocab.state_sectors
    _code_home_regions(ctx, work, home)
    # Officials, troops, police: several people, who may be of both countries of a story filed from one of them.
    groups = _one_country(ctx, work) == home
    for actor in work:
        if groups and actor.type == "ORG" and actor.named and actor.sector == "PTY" and actor.country is None \
                and actor.place is None and actor.mentions and not _rival(ctx, actor, work, home):
            actor.country = home  # a party named without a country in a story of one country
            continue
        if actor.country is not None or actor.place is not None or not actor.mentions or actor.sector not in state \
                or (not actor.named and _demonstrative(ctx, actor)):
            continue  # "this agency" in wire copy is the agency writing it
        aff = actor.affiliation
        if aff is not None and (aff.country not in (None, home) or aff.sector not in state):
            continue
        if answering_side(ctx, actor) not in (None, home):
            continue  # "<Capital>'s answer came within hours. '...,' the military council said": the other side
        if actor.type == "ORG" or (actor.type == "GROUP" and groups):
            if not _rival(ctx, actor, work, home):
                actor.country = home
        elif actor.type == "PERSON" and actor.roles and (
                not actor.named or any(bare_title_before(ctx, s, actor) or _bare_apposition(ctx, s, e, actor, home)
                                       or list_title(ctx, s) is not None for s, e in actor.mentions)):
            actor.country = home
            if aff is not None and aff.country is None:
                aff.country = home


def _code_home_regions(ctx: Context, work: list[Actor], home: str) -> None:
    """Give ``home`` to a subdivision the gazetteer lacks, named as one ("Busia County", "the Lunde province",
    "Lunde region"): a name whose last word, or the word right after every mention, is a subdivision noun. A
    story of one country names its own counties and provinces bare; another country's would carry its name."""
    nouns = ctx.lists["subdivision_nouns"]
    doc = ctx.tokens
    for actor in work:
        if actor.type not in ("GPE", "LOC") or actor.country is not None or actor.place is not None \
                or not actor.mentions:
            continue
        if all(form_key(doc[e - 1].text) in nouns or (e < len(doc) and form_key(doc[e].text) in nouns)
               for s, e in actor.mentions) and not any(neighbour(ctx, s, e) for s, e in actor.mentions):
            actor.country = home
    for actor in work:  # the county's own officials and bodies: "Busia County's fisheries officer X"
        if actor.country is not None or actor.type not in ("PERSON", "ORG", "GROUP") or not actor.mentions:
            continue
        owners = {_region_before(ctx, s) for s, _ in actor.mentions}
        if len(owners) == 1 and (found := owners.pop()) is not None and found.country == home \
                and found.type in ("GPE", "LOC") and found.place is None:
            actor.country = home


def _region_before(ctx: Context, start: int) -> Actor | None:
    """The place whose possessive, or name with its subdivision noun and a possessive, opens the mention
    ("Busia County's officer", "the Lunde province's governor"), or whose "of" phrase follows a title before it
    ("the governor of Busia County, X"); None where none does."""
    doc = ctx.tokens
    k = start
    while k > 0 and start - k < _TITLE_RUN and doc[k - 1].pos_ in ("NOUN", "PROPN", "ADJ") \
            and ctx.owner[k - 1] is None:
        k -= 1  # "Busia County's fisheries officer X": the title run before the name
    if k >= 2 and doc[k - 1].tag_ == "POS":
        k -= 2
    owner = ctx.owner[k] if k < len(doc) else None
    if owner is not None and owner.type in ("GPE", "LOC"):
        return owner
    if start >= 2 and doc[start - 1].text == "," and doc[start - 2].dep_ == "pobj" \
            and doc[start - 2].head.lower_ == "of":
        owner = ctx.owner[doc[start - 2].i]
        title = doc[start - 2].head.head
        if owner is not None and title.i < start - 2 and ctx.vocab.title(title.text) is not False:
            return owner
    return None


def _bare_apposition(ctx: Context, start: int, end: int, actor: Actor, home: str) -> bool:
    """The name stands in an apposition with a title that names no other country: "the interior minister,
    X, said", "X, the interior minister, said" (a relative clause after the name is no part of it). A state
    body of the ``home`` country, or one no country codes, named in the title is no other country ("the
    President of the Senate, X," in a story set in a state with a Senate)."""
    doc = ctx.tokens
    if start >= 2 and doc[start - 1].text == "," and doc[start - 2].pos_ in ("NOUN", "PROPN"):
        top = doc[start - 2]
        while top.dep_ == "pobj" and top.head.dep_ == "prep" and top.head.lower_ == "of" and top.head.head.i < top.i:
            top = top.head.head  # "the President of the Senate, X,": the title heads the "of" phrase
        span = range(top.left_edge.i, start - 1)
    elif end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ in ctx.articles:
        j = end + 1
        while j < len(doc) and j - end <= 8 and doc[j].text not in (",", ".", ";", "(") \
                and not doc[j].tag_.startswith("VB"):
            j += 1
        span = range(end + 1, j)
    else:
        return False
    if not span or any(ctx.sent_of[i] != ctx.sent_of[start] for i in span):
        return False
    words = [form_key(doc[i].text) for i in span]
    titled = any(ctx.vocab.title(" ".join(words[k:k + n])) is not False
                 for k in range(len(words)) for n in (1, 2, 3))
    state = ctx.vocab.state_sectors

    def other(owner: Actor | None) -> bool:
        return owner is not None and owner is not actor and not (
            owner.type == "ORG" and owner.sector in state and owner.country in (None, home) and owner.place is None)
    foreign = any(other(ctx.owner[i]) or (doc[i].ent_type_ in FOREIGN_TAGS and ctx.owner[i] is None)
                  or ctx.place_at(i, i + 1) is not None for i in span)
    return titled and not foreign


def code_kin_bodies(ctx: Context, work: list[Actor]) -> None:
    """Give a state body named without a country the country of the bodies of the same kind the story names
    by their country alone, when all of them are of one country: "the disaster management ministry ... the
    Bangladeshi ministry" in a story that also names India are one ministry, Bangladesh's. A body with words
    of its own ("Egypt's interior ministry") says nothing of whose "foreign ministry" is meant; bodies of the
    same kind from two countries leave it uncoded."""
    state = ctx.vocab.state_sectors
    by_head: dict[str, set[str]] = {}
    for actor in work:
        if actor.type == "ORG" and actor.country and actor.mentions and actor.sector in state \
                and _country_and_head(ctx, actor):
            by_head.setdefault(_head(ctx, actor), set()).add(actor.country)
    for actor in work:
        if actor.type != "ORG" or actor.country is not None or actor.place is not None or not actor.mentions \
                or actor.sector not in state or (not actor.named and _demonstrative(ctx, actor)):
            continue
        kin = by_head.get(_head(ctx, actor), set())
        if len(kin) == 1:
            actor.country = next(iter(kin))


def code_field_bodies(ctx: Context, work: list[Actor]) -> None:
    """Give a state body named by common words alone ("the customs department", "the border service") that nothing
    codes the country of the actors of its own field the story named just before it ("Latvian customs officers are
    holding the lorries. The customs department says ..."): a field word of the body's name (a noun before its head)
    stands in the name of an actor with a country and no sector but a state one (no company, union or association)
    in its first mention's sentence or the :data:`_LOCAL_SENTENCES` before it. All such actors must be of one
    country; a field word no earlier actor shares, or two countries' actors of that field, leave it uncoded."""
    state = ctx.vocab.state_sectors
    doc = ctx.doc
    for actor in work:
        if actor.country is not None or actor.named or actor.place is not None or actor.type not in ("ORG", "GROUP") \
                or actor.sector not in state or not actor.mentions:
            continue
        s, e = min(actor.mentions)
        head = ctx.head(s, e)
        fields = {form_key(t.text) for t in doc[s:head.i] if t.dep_ == "compound" and t.pos_ == "NOUN"
                  and t.head.i == head.i and ctx.owner[t.i] is actor}
        if not fields:
            continue
        floor = ctx.sents[max(0, ctx.sent_of[s] - _LOCAL_SENTENCES)][0]
        found: set[str] = set()
        for i in range(floor, s):
            other = ctx.owner[i]
            if other is None or other is actor or other.country is None or other.type == "GPE" \
                    or (other.sector is not None and other.sector not in state) \
                    or ctx.quoted[i] or form_key(doc[i].text) not in fields:
                continue
            found.add(other.country)
        if len(found) == 1:
            actor.country = found.pop()


def _country_and_head(ctx: Context, actor: Actor) -> bool:
    """The body is named by its country and its head word alone ("the Bangladeshi ministry", "Peru's army")."""
    words = [w for w in form_key(actor.name).split() if w not in ctx.articles and w[-2:] not in ("'s", "’s")
             and ctx.vocab.place(w) is None]
    return len(words) == 1


def _demonstrative(ctx: Context, actor: Actor) -> bool:
    """The unnamed actor is first named with "this"/"these" ("this agency", "these officials")."""
    s, _ = min(actor.mentions)
    return ctx.tokens[s].lower_ in ("this", "these")


def _head(ctx: Context, actor: Actor) -> str:
    words = form_key(actor.name).split() or [""]
    cut = next((k for k, w in enumerate(words) if w in ("of", "for", "on") and k > 0), len(words))
    word = words[cut - 1]
    return ctx.vocab.same_body.get(word, word)


def _rival(ctx: Context, actor: Actor, work: list[Actor], home: str) -> bool:
    """Another country's body of the same kind is named in the story ("Nigeria's finance ministry")."""
    head = _head(ctx, actor)
    return any(other.country not in (None, home) and other.type == actor.type and _head(ctx, other) == head
               for other in work if other is not actor)


def code_seated_bodies(ctx: Context, work: list[Actor]) -> None:
    """Give a state body or official that nothing else codes the country of the place where the clause it acts
    or is spoken to in puts it: "In Hanoi, the foreign ministry said", "the defence minister, speaking in Lima,
    said", "at a news conference in Quito, the interior minister told reporters", "we spoke to the minister in
    Riga". Not a group ("in Brussels, the foreign ministers said" may be of many countries). Only a country or
    capital counts, only where the sentence names no other country, nobody in it travels ("arrived in", "flew
    to"), the actor is no diplomat (an envoy in a capital is another country's), and every sentence that seats
    the actor seats it in the same country. A place in the words reported ("said
    its forces struck targets in Kyiv") stands in another clause and seats nobody."""
    state = ctx.vocab.state_sectors
    for actor in work:
        if actor.country is not None or actor.place is not None or not actor.mentions \
                or actor.sector not in state or actor.type not in ("ORG", "PERSON") or _envoy(ctx, actor) \
                or (actor.affiliation is not None and actor.affiliation.country is not None):
            continue
        seats = {_seat(ctx, actor, s, e) for s, e in actor.mentions if not ctx.quoted[s]}
        seats.discard(None)
        if len(seats) == 1 and "" not in seats:
            actor.country = seats.pop()


def _seat(ctx: Context, actor: Actor, start: int, end: int) -> str | None:
    """The country the mention's own clause is "in", None where there is none, "" where the sentence blocks it."""
    doc = ctx.tokens
    a, b = ctx.sents[ctx.sent_of[start]]
    head = ctx.head(start, end)
    if head.pos_ == "PRON" or _reported(head):
        return None  # "said its forces struck targets in X": the pronoun stands in the words reported
    own = _clause(head)
    found: set[str] = set()
    named: set[str] = set()
    for i in range(a, b):
        t = doc[i]
        if ctx.quoted[i]:
            continue
        if t.pos_ == "VERB" and t.lemma_ in ctx.lists["motion_verbs"] and not _reported(t):
            return ""
        if t.pos_ == "NOUN" and t.lemma_ in ctx.lists["motion_nouns"] and (t.left_edge.i <= head.i <= t.right_edge.i
                                                                       or any(p.lower_ == "to" for p in t.rights)):
            return ""  # "the visit of the minister, X, to Baku": whoever goes there is not of the place
        owner = ctx.owner[i]
        if owner is not None and owner is not actor and owner.country:
            named.add(owner.country)
        elif owner is None and (place := ctx.place_at(i, i + 1)) is not None:
            named.add(place.iso3)
        if t.dep_ == "pobj" and t.head.lower_ == "in":
            country = _place_named(ctx, t)
            gov = _clause(t.head.head)
            if country is not None and gov is not None and own is not None and gov.i == own.i:
                found.add(country)
    if len(found) != 1:
        return None if not found else ""
    return "" if named - found else found.pop()


def _place_named(ctx: Context, t: Token) -> str | None:
    """The country a country's or capital's name at ``t`` stands for: its entity's, or for a name the NER left
    untagged ("in Montevideo"), the vocabulary's."""
    owner = ctx.owner[t.i]
    if owner is not None:
        ok = owner.type in ("GPE", "LOC") and owner.place is not None and owner.place.kind in ("country", "capital")
        return owner.country if ok else None
    start = t.i
    while start > 0 and ctx.tokens[start - 1].dep_ == "compound" and ctx.tokens[start - 1].head.i == t.i \
            and ctx.owner[start - 1] is None:
        start -= 1
    place = ctx.place_at(start, t.i + 1)
    return place.iso3 if place is not None and place.kind in ("country", "capital") else None


def _reported(t: Token) -> bool:
    """The token stands in the words a verb reports ("said 400 people had crossed"), not in the frame."""
    for _ in range(12):
        if t.dep_ in ("ccomp", "parataxis"):
            return True
        if t.head.i == t.i:
            return False
        t = t.head
    return False


def _clause(t: Token) -> Token | None:
    """The verb of the clause a token stands in, through prepositions, appositions and a participle set off
    from its subject ("X, speaking in Lima, said": "said")."""
    for _ in range(12):
        if t.pos_ in ("VERB", "AUX"):
            if t.dep_ in ("acl", "advcl") and t.tag_ == "VBG" and t.head.i != t.i:
                t = t.head
                continue
            return t
        if t.head.i == t.i:
            return None
        t = t.head
    return None


def code_local_bodies(ctx: Context, work: list[Actor]) -> None:
    """Give a state body or official below the national level that nothing else codes (a word of
    ``local_levels`` in its name or roles: "the provincial housing department", "the county health office"; or a
    person holding an office of ``local_offices``: "the mayor, X") the country of the places the story names in
    its first mention's sentence and the :data:`_LOCAL_SENTENCES` before it, where they are all of one country: a
    province's department belongs to the province just named ("floods that drowned a third of <region> ... the
    provincial housing department"). A country's own name counts with them, so a sentence that names two
    countries leaves it uncoded."""
    state, levels, offices = ctx.vocab.state_sectors, ctx.lists["local_levels"], ctx.lists["local_offices"]
    for actor in work:
        if actor.country is not None or actor.place is not None or not actor.mentions \
                or actor.sector not in state or actor.type not in ("ORG", "PERSON", "GROUP"):
            continue
        first = min(actor.mentions)[0]
        owned = _region_owner(ctx, first)
        if owned is None and actor.type == "PERSON":
            owned = _titled_region(ctx, actor)
        if owned is not None:
            actor.country = owned or None
            continue
        words = {w for r in [actor.name, *actor.roles] for w in form_key(r).split()}
        if not levels.intersection(words) and not (actor.type == "PERSON" and offices.intersection(words)):
            continue
        n = ctx.sent_of[first]
        floor = ctx.sents[max(0, n - _LOCAL_SENTENCES)][0]
        found: set[str] = set()
        for i in range(floor, first):
            owner = ctx.owner[i]
            span = next(((ms, me) for ms, me in owner.mentions if ms <= i < me), (i, i + 1)) if owner else (i, i + 1)
            if neighbour(ctx, *span):
                continue  # "the district office, 40 km from the border with Mali": not Mali's
            if owner is not None:
                if owner is not actor and owner.type in ("GPE", "LOC") and owner.country:
                    found.add(owner.country)
            elif (place := ctx.place_at(i, i + 1)) is not None:
                found.add(place.iso3)
        if len(found) == 1:
            actor.country = found.pop()


def _region_owner(ctx: Context, start: int) -> str | None:
    """For a mention that opens on "the <subdivision>'s" ("the state's interior minister", "the province's
    governor"): the country of the region the story names last before it in that sentence and the
    :data:`_LOCAL_SENTENCES` before ("North-Rhine Westphalia, the German state next to Belgium, ... the state's
    interior minister"; a country or capital named in between is no subdivision and is passed over), "" where
    that region has no country; None for any other mention."""
    doc = ctx.tokens
    if start + 2 >= len(doc) or doc[start].lower_ != "the" or doc[start + 2].tag_ != "POS" \
            or form_key(doc[start + 1].text) not in ctx.lists["subdivision_nouns"]:
        return None
    k, passed = ctx.sent_of[start], 0
    while k > 0 and passed < _LOCAL_SENTENCES:
        k -= 1
        a, b = ctx.sents[k]
        passed += not all(ctx.quoted[a:b])  # a quotation the parser split off "said X" is no sentence of the story
    floor = ctx.sents[k][0]
    for i in range(start - 1, floor - 1, -1):
        owner = ctx.owner[i]
        if owner is None or owner.type not in ("GPE", "LOC") or ctx.quoted[i]:
            continue
        if owner.place is not None and owner.place.kind in ("country", "capital", "demonym"):
            continue
        return owner.country or ""
    return None


def _titled_region(ctx: Context, actor: Actor) -> str | None:
    """For a person whose title beside the name opens on "the <subdivision>'s" ("Ana Varga, the province's
    finance minister, said"; "the state's attorney general, Ana Varga,"): what :func:`_region_owner` finds for
    that title; None where no such title stands beside a mention."""
    doc = ctx.tokens
    for s, e in sorted(actor.mentions):
        if e + 1 < len(doc) and doc[e].text == ",":
            found = _region_owner(ctx, e + 1)
            if found is not None:
                return found
        k = s - 1 if s > 0 and doc[s - 1].text == "," else s
        run = 0
        while k > 0 and run < _TITLE_RUN and doc[k - 1].pos_ in ("NOUN", "PROPN", "ADJ") and ctx.owner[k - 1] is None:
            k -= 1
            run += 1
        if run and k >= 3:
            found = _region_owner(ctx, k - 3)
            if found is not None:
                return found
    return None


_DESCRIBED_TITLE = 3  # words of the bare title in "X, the minister," ("the deputy interior minister")


def code_described_officials(ctx: Context, work: list[Actor]) -> None:
    """A named official whom nothing codes and whom an apposition calls by a bare definite title ("said Ana
    Varga, the minister.") is the official of that title the story described just before ("the province's
    health minister, criticised ..."): the name takes the country of the one unnamed person of the same title
    word named in its sentence or the :data:`_LOCAL_SENTENCES` before it."""
    people = [a for a in work if a.type == "PERSON" and a.mentions and not a.plural]
    for actor in people:
        if not actor.named or actor.country is not None:
            continue
        for s, e in sorted(actor.mentions):
            word = _apposed_title(ctx, e)
            if word is None:
                continue
            floor = ctx.sents[max(0, ctx.sent_of[s] - _LOCAL_SENTENCES)][0]
            before = {p.country for p in people if p is not actor and not p.named and p.country is not None
                      and any(floor <= ps < s for ps, _ in p.mentions)
                      and any((form_key(r).split() or [""])[-1] == word for r in p.roles)}
            if len(before) == 1:
                actor.country = before.pop()
            break


def _apposed_title(ctx: Context, end: int) -> str | None:
    """The last word of a bare definite title set off right after a name (", the minister," or ", the interior
    minister."), None where none is: a title with a possessive, a place or an "of" phrase names its own office."""
    doc = ctx.tokens
    if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ != "the":
        return None
    k = end + 2
    while k < len(doc) and k - end - 2 < _DESCRIBED_TITLE and doc[k].is_alpha and doc[k].pos_ in ("NOUN", "ADJ"):
        k += 1
    if k == end + 2 or (k < len(doc) and doc[k].text not in (",", ".", ";", "''", '"', "\u201d")):
        return None
    if ctx.vocab.title(ctx.text(end + 2, k)) is False or any(ctx.owner[i] is not None for i in range(end + 2, k)):
        return None
    return form_key(doc[k - 1].text)


_NAMED_AFTER = 1  # the sentence after an unnamed official's words, where a wire story names them


def code_named_officials(ctx: Context, work: list[Actor]) -> None:
    """An official the story names with a bare title right after it quoted an unnamed official of one country
    ("..., a Ruritanian official said on Friday. '...,' said Ana Varga, head of the privatisation agency."):
    wire copy first gives the speaker's country, then the name. The named official, whom nothing else codes,
    takes the country of the one unnamed official whose words end the sentence just before, where no other person
    of a country is named between them. Run last, after every rule that reads a country from the official's own
    words ("an official in X"): a story of two sides may name the other side's official next."""
    state = ctx.vocab.state_sectors
    people = sorted((a for a in work if a.type == "PERSON" and a.mentions and not a.plural), key=lambda a: a.first)
    for k, actor in enumerate(people):
        if not actor.named or actor.country is not None or actor.sector not in state or not actor.roles:
            continue
        here = ctx.sent_of[actor.first]
        before = [p for p in people[:k] if p.country is not None and p.first < actor.first
                  and any(here - _NAMED_AFTER <= ctx.sent_of[s] < here for s, _ in p.mentions)]
        if not before:
            continue
        last = max(before, key=lambda p: max(s for s, _ in p.mentions if s < actor.first))
        if last.named or len(last.mentions) != 1 or last.sector not in state \
                or ctx.head(*last.mentions[0]).dep_ != "nsubj" or len({p.country for p in before
                                                                       if not p.named}) != 1:
            continue
        actor.country = last.country


_NAME_LANGUAGES = ("spanish", "portuguese", "italian", "french")


def code_foreign_named_bodies(ctx: Context, work: list[Actor], home: str | None) -> None:
    """Give a body named in Spanish, Portuguese, Italian or French with no country word ("the Superintendencia
    Nacional de Aduanas", "Rete Ferroviaria Italiana") the story's home state where that is a state naming its
    bodies in the name's language, else the one such state the story names; an acronym of it ("SMN" after "the
    Servicio Meteorológico Nacional") takes the same country. The language is the one most of the name's words
    belong to (two words at least, the first a head-first body word or one of the language's)."""
    lists = ctx.lists
    named = {a.country for a in work if a.country and a.mentions and a.type in ("GPE", "NORP")}
    coded: dict[str, str] = {}
    for actor in work:
        if actor.type != "ORG" or actor.country is not None or actor.place is not None or not actor.mentions:
            continue
        words = form_key(actor.name).split()
        if len(words) < 2:
            continue
        scores = {lang: sum(w in lists[f"{lang}_name_words"] for w in words) for lang in _NAME_LANGUAGES}
        best = max(scores.values())
        if best < 2 or (words[0] not in lists["head_first_bodies"]
                        and not any(words[0] in lists[f"{lang}_name_words"] for lang in _NAME_LANGUAGES)):
            continue
        states = {s.upper() for lang in _NAME_LANGUAGES if scores[lang] == best for s in lists[f"{lang}_name_states"]}
        country = home if home in states else None
        if country is None and home is None:
            found = named & states
            country = found.pop() if len(found) == 1 else None
        if country is None:
            continue
        actor.country = country
        initials = "".join(w[0] for w in actor.name.split() if w[:1].isupper())
        if len(initials) >= 2:
            coded[initials] = country
    for actor in work:
        if actor.type == "ORG" and actor.country is None and actor.name.isupper() and actor.name in coded:
            actor.country = coded[actor.name]

