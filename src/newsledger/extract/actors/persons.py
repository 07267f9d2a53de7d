"""People's roles, affiliation, country and sector from the titles around their names.

:func:`code_person` reads the titles and organisations before a name ("Chile's
Foreign Minister Ana Ortega", "State Department spokesperson X") and in an
apposition ("X, Secretary of Kenya's National Defence Council", "Chile's
foreign minister, Ana Ortega"). The title gives the role and often the sector;
the organisation named with it is the affiliation, and says more than a
generic title ("official", "spokesman", "president") does.
"""

from __future__ import annotations

from spacy.tokens import Token

from ...textutil import form_key
from ..walk import kids_of
from .bodies import body_before, body_of_title
from .context import Actor, Context
from .titles import Title, find_titles, honorific_at, is_run_token, portfolio_word

__all__ = ["code_person", "gender_from_role", "office_holder"]

# Prepositions whose object is where an office is sent or what it deals with, not whose it is.
_BRIEF = ("to", "toward", "towards", "on")


def code_person(ctx: Context, actor: Actor, final: bool = False) -> None:
    """Roles, affiliation, country and sector from titles before the name and appositions after it.

    Run twice: before the references are resolved and ``final``-ly after, when "its foreign policy
    chief" knows whose chief; only the final pass guesses a sector from words ("police spokesman").
    """
    _honorific_gender(ctx, actor)
    tokens = ctx.tokens
    for s, e in sorted(actor.mentions):
        # Titles and organisations right before the name.
        i = s
        while i - 1 >= 0 and ctx.sent_of[i - 1] == ctx.sent_of[s] and (
                is_run_token(ctx, tokens[i - 1]) or portfolio_word(ctx, i - 1) or _destination_in_run(ctx, i, s)):
            i -= 1
        if i < s:
            _apply(ctx, actor, i, s, True, final)
        # An apposition: ", Secretary of Kenya's National Defence Council," / ", a spokesman for X".
        if e < len(ctx.doc) and tokens[e].text == ",":
            j = e + 1
            limit = ctx.sents[ctx.sent_of[s]][1]
            while j < limit and j - e <= 16 and tokens[j].text not in {",", ";", ".", "(", ")", "“", "”", '"'} \
                    and not (tokens[j].tag_.startswith("VB") and tokens[j].dep_ not in ("amod", "compound")) \
                    and tokens[j].lower_ not in ("who", "which", "that"):
                j += 1
            if j > e + 1:
                _apply(ctx, actor, e + 1, j, False, final)
        # "X, who served as Peru's envoy to Chile,", "X, who is the party's leader,": the office a relative clause
        # on the name gives.
        office = _relative_office(ctx, ctx.head(s, e))
        if office is not None:
            _apply(ctx, actor, office.left_edge.i, office.right_edge.i + 1, False, final)
        # "Trade Minister Ana Ruiz of Peru", "Representative X of Ohio": the country (or state) after the name.
        if actor.country is None and actor.roles and e + 1 < len(ctx.doc) and ctx.tokens[e].lower_ == "of":
            owner = ctx.owner[e + 1]
            if owner is not None and owner.type == "GPE" and owner.place is not None \
                    and owner.place.kind in ("country", "region"):
                actor.country = owner.country
            elif owner is None:
                # a state or province the NER left untagged ("Rep. X of Vermont"): the vocabulary's place
                place = next((p for n in (3, 2, 1) if (p := ctx.place_at(e + 1, min(e + 1 + n, len(ctx.doc))))
                              is not None), None)
                if place is not None and place.kind in ("country", "region"):
                    actor.country = place.iso3
        _listed_under_title(ctx, actor, s)
        # "Chile's foreign minister, Ana Ortega": the name is an apposition of the title.
        head = ctx.head(s, e)
        _title_before(ctx, actor, s, e, head, final)
        if final and actor.country is None:
            _office_taken(ctx, actor, head, final)
        if final and actor.country is None and head.dep_ == "appos" and head.head.i < s:
            group = _group_of(ctx, head.head)
            if group is not None:
                actor.country = group.country  # "the officers, including ..., Gen. X": one of the group


_LIST_NAMES = 8  # names of a list a plural title may head ("Sens. A, B, C and D")
_LIST_TITLE_RUN = 3  # words before a plural title that may give its country ("U.S. Senators")
_NAME_CLOSERS = frozenset({",", "-", "–", "—"})  # what sets off the end of a name apposed to a title


def _listed_under_title(ctx: Context, actor: Actor, s: int) -> None:
    """A name in a list headed by a plural title ("Senators A, B and C", "Reps. A of Ohio and B of Iowa"): each
    name takes the title, and the country a place or demonym before it gives ("U.S. Senators A and B")."""
    found = None if actor.roles else list_title(ctx, s)
    if found is None:
        return
    start, t, j, sector = found
    actor.add_role(ctx.text(t, j))  # "Sens.", "Senators"
    if actor.country is None:
        actor.country = _country_in(ctx, actor, start, t)
    if actor.sector is None:
        actor.sector = sector


def list_title(ctx: Context, s: int) -> tuple[int, int, int, str | None] | None:
    """For a name at ``s`` in a list headed by a plural title: the start of the words before the title that may
    give its country, the title's start, the list's first name and the title's sector; None for another name."""
    doc = ctx.tokens
    j = s
    for _ in range(_LIST_NAMES):
        k = j - 1
        if k >= 0 and doc[k].lower_ in ("and", "&"):
            k -= 1
        if k < 0 or (doc[k].text != "," and k == j - 1):
            break  # no separator before the name: ``j`` opens the list
        if doc[k].text == ",":
            k -= 1
        if k >= 2 and doc[k - 1].lower_ == "of" and (o := ctx.owner[k]) is not None and o.type == "GPE":
            k -= 2  # "A of Ohio and B": the name's state
        name = _name_back(ctx, k)
        if name is None:
            return None
        j = name
    t = j - 1
    if t >= 1 and doc[t].text == "." and not doc[t - 1].whitespace_:
        t -= 1  # "Sens" "." tokenized apart
    if t < 0 or ctx.owner[t] is not None or ctx.sent_of[j] != ctx.sent_of[s]:
        return None  # (the parser may end a sentence at the title's stop: "Sens." "Tom ...")
    word = form_key(doc[t].text).rstrip(".")
    if len(word) < 4 or not word.endswith("s"):
        return None
    single = word[:-1]
    sector: str | None
    if doc[t].text.endswith(".") or (t + 1 < len(doc) and doc[t + 1].text == "."):
        sector = ctx.vocab.abbreviated_titles.get(single)
        if sector is None:
            return None
    else:
        title = ctx.vocab.title(single)
        if title is False or not doc[t].text[:1].isupper():
            return None
        sector = title  # type: ignore[assignment]
    start = t
    while start > 0 and ctx.sent_of[start - 1] == ctx.sent_of[t] and t - start < _LIST_TITLE_RUN \
            and is_run_token(ctx, doc[start - 1]):
        start -= 1
    return start, t, j, sector


def _name_back(ctx: Context, k: int) -> int | None:
    """The first token of the person's name ending at token ``k`` (a person's mention, or capitalised proper nouns
    the NER left untagged), None where no name ends there."""
    owner = ctx.owner[k]
    if owner is not None:
        if owner.type != "PERSON":
            return None
        return next((s for s, e in owner.mentions if s <= k < e), None)
    i = k
    while i >= 0 and ctx.owner[i] is None and ctx.tokens[i].tag_ == "NNP" and ctx.tokens[i].text[:1].isupper() \
            and ctx.vocab.abbreviated_titles.get(form_key(ctx.tokens[i].text).rstrip(".")) is None:
        i -= 1
    return i + 1 if i < k else None


def office_holder(ctx: Context, office: Token) -> Token | None:
    """The head of the name whose clause gives it the office noun ``office``, or None: a relative clause on the
    name ("X, who is Peru's trade minister", "X, who became its leader", "X, who served as Peru's envoy to
    Chile") or the name's own clause, with a copula or "as" ("X is Peru's trade minister", "X visited Lima as
    Chile's foreign minister"). A negated clause gives no office."""
    if office.pos_ != "NOUN" or office.right_edge.i - office.left_edge.i > 10:
        return None
    if office.dep_ == "attr" and office.head.lemma_.lower() in ctx.lists["office_copulas"]:
        verb = office.head
    elif office.dep_ == "pobj" and office.head.dep_ == "prep" and office.head.lower_ == "as" \
            and office.head.head.pos_ in ("VERB", "AUX"):
        verb = office.head.head
    else:
        return None
    if any(c.dep_ == "neg" for c in kids_of(verb)):
        return None
    if verb.dep_ == "relcl":
        who = any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "who" for c in kids_of(verb))
        return verb.head if who and verb.head.i < verb.i else None
    return next((c for c in kids_of(verb) if c.dep_ in ("nsubj", "nsubjpass") and c.tag_ == "NNP"), None)


def _relative_office(ctx: Context, name: Token) -> Token | None:
    """The office noun the name's own clause or a relative clause on it gives it (see :func:`office_holder`): read
    from the parse alone, so worked out once per name's head and kept in the context (each person is coded twice)."""
    if name.i in ctx.offices:
        return ctx.offices[name.i]
    found = ctx.offices[name.i] = _office_of(ctx, name)
    return found


def _office_of(ctx: Context, name: Token) -> Token | None:
    verbs = [c for c in name.rights if c.dep_ == "relcl"]
    if name.dep_ in ("nsubj", "nsubjpass"):
        verbs.append(name.head)
    for verb in verbs:
        for c in kids_of(verb):
            for office in [c, *(kids_of(c) if c.dep_ == "prep" else [])]:  # the test read once, not per child
                holder = office_holder(ctx, office) if office.i > verb.i else None
                if holder is not None and holder.i == name.i:
                    return office
    return None


def _title_before(ctx: Context, actor: Actor, s: int, e: int, head: Token, final: bool) -> None:
    """ "Chile's foreign minister, Ana Ortega": the name (``s``..``e``, head ``head``) is an apposition of the title
    before it."""
    if head.dep_ == "appos" and head.head.i < s and ctx.owner[head.head.i] is None:
        left = head.head.left_edge.i
        if s - left <= 12:
            _apply(ctx, actor, left, _title_end(ctx, head.head, s), True, final)
    elif head.dep_ == "appos" and head.head.i < s and _owned_body(ctx, actor, head.head) \
            and (top := _title_over(ctx, head.head)) is not None:
        # "the chair of the board of Kivu Mining, Paul Mbeki": the parse hangs the name on the body, the last
        # words of the title phrase; the title is the phrase's first noun.
        if s - top.left_edge.i <= 16:
            _apply(ctx, actor, top.left_edge.i, head.head.i + 1, True, final)
    elif (c := _comma_before(ctx, s)) >= 1 and _free_title_end(ctx, c - 1) \
            and e < len(ctx.doc) and ctx.tokens[e].text in _NAME_CLOSERS:
        # The same, set off by commas, where the parser missed the apposition or hung the name on another actor
        # ("Farmers wrote to the U.S. attorney for the District of Utah, X,"): the title right before the comma
        # (an honorific may stand after it: "the Minister of Health, Dr. Ana Ruiz,").
        s = c + 1
        span = _comma_title(ctx.tokens[c - 1])
        if span is not None:
            first = span[0]
            # "Chile's vice-minister of energy, X,": the parse cuts the title at the hyphen; the run of title
            # words, places and possessives before it is part of it.
            while first > 0 and ctx.sent_of[first - 1] == ctx.sent_of[s] and s - first < 12 \
                    and is_run_token(ctx, ctx.tokens[first - 1]):
                first -= 1
            span = (first, span[1])
        if span is not None and s - span[0] <= 12 and ctx.sent_of[span[0]] == ctx.sent_of[s]:
            _apply(ctx, actor, span[0], span[1], True, final)


def _free_title_end(ctx: Context, k: int) -> bool:
    """Token ``k``, right before the comma that opens a name, may end its title: a word of no actor, or a place
    that ends the title's "of"/"for" phrase ("the U.S. attorney for the District of Utah, X,") below a title
    noun of no actor."""
    owner = ctx.owner[k]
    if owner is None:
        return True
    tok = ctx.tokens[k]
    if owner.type not in ("GPE", "LOC") or tok.dep_ != "pobj":
        return False
    span = _comma_title(tok)
    return span is not None and any(ctx.tokens[i].pos_ == "NOUN" and ctx.owner[i] is None
                                    and form_key(ctx.tokens[i].text) in ctx.title_words for i in range(*span))


def _comma_before(ctx: Context, s: int) -> int:
    """The token of the comma right before a name at ``s``, over an honorific ("..., Dr. Ana Ruiz"); -1 for
    none."""
    doc = ctx.tokens
    for back in (1, 2, 3):
        i = s - back
        if i < 0:
            return -1
        if doc[i].text == ",":
            return i if back == 1 or honorific_at(ctx, i + 1) == back - 1 else -1
    return -1


def _office_taken(ctx: Context, actor: Actor, head: Token, final: bool) -> None:
    """ "Ruiz was elected as mayor of Lima", "Ruiz stepped down as a member of Peru's Congress": the office an
    "as" phrase of the person's own clause names is the person's (with its country)."""
    if head.dep_ not in ("nsubj", "nsubjpass") or ctx.quoted[head.i]:
        return
    verb = head.head
    for clause in (verb, *(c for c in kids_of(verb) if c.dep_ in ("xcomp", "conj") and c.pos_ == "VERB")):
        for prep in kids_of(clause):
            if prep.dep_ != "prep" or prep.lower_ != "as":
                continue
            for obj in kids_of(prep):
                if obj.dep_ == "pobj" and obj.pos_ == "NOUN" and ctx.owner[obj.i] is None \
                        and obj.right_edge.i - obj.left_edge.i <= 10:
                    _apply(ctx, actor, obj.left_edge.i, obj.right_edge.i + 1, False, final)
                    return


def _comma_title(last: Token) -> tuple[int, int] | None:
    """Token bounds of the title whose last word is ``last``, right before ", NAME,": a common noun with its
    left modifiers ("the group's spokesman, Khaing Min Naing,"), or the office a portfolio's "of"/"for" phrase
    hangs on ("the Minister of Public Infrastructure, Losa Tuilagi,", "the vice-minister of energy, X,")."""
    if last.pos_ not in ("NOUN", "PROPN"):
        return None
    top = last
    while top.dep_ == "conj" and top.head.i < top.i:  # "of mines and energy"
        top = top.head
    while top.dep_ == "pobj" and top.head.dep_ == "prep" and top.head.lower_ in ("of", "for") \
            and top.head.head.i < top.i:
        top = top.head.head
    if top.dep_ not in ("pobj", "conj") and top.i != last.i and top.i == _conj_root(last).i:
        top = last  # a list of nouns, no portfolio
    if top.i == last.i:
        return (last.left_edge.i, last.i + 1) if last.pos_ == "NOUN" else None
    return top.left_edge.i, last.i + 1


def _conj_root(tok: Token) -> Token:
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head
    return tok


def _owned_body(ctx: Context, actor: Actor, tok: Token) -> bool:
    """``tok`` belongs to an organisation or place other than ``actor``."""
    owner = ctx.owner[tok.i]
    return owner is not None and owner is not actor and owner.type in ("ORG", "GPE")


def _title_over(ctx: Context, body: Token) -> Token | None:
    """The noun at the top of the "of"/"for"/"at" chain a body ends ("the chair of the board of Kivu Mining":
    chair), or None where the body stands in no such chain."""
    preps = ctx.vocab.lists["speaker_body_preps"]
    owner = ctx.owner[body.i]
    if owner is not None and owner.type == "GPE":  # "the consul in Vanimo, X": the post's place
        preps = preps | ctx.vocab.lists["speaker_place_preps"]
    top = body
    while top.dep_ == "pobj" and top.head.dep_ == "prep" and top.head.lower_ in preps and top.head.head.i < top.i:
        top = top.head.head
    return top if top is not body and top.pos_ == "NOUN" and ctx.owner[top.i] is None else None


def _title_end(ctx: Context, title: Token, name: int) -> int:
    """The end of a title the name stands in apposition to, with the body it is "for" or "of" when that body is
    of a known country or named, and ends before the name ("a spokeswoman for the Rwandan government, Yolande
    Makolo"; not "the chief of the navy's fleet", a body named only by its kind)."""
    end = title.i + 1
    for c in title.rights:
        if c.dep_ != "prep" or c.lower_ not in ctx.vocab.lists["speaker_body_preps"] or c.right_edge.i >= name:
            continue
        body = next((_body_at(ctx, p) for p in kids_of(c) if p.dep_ == "pobj"), None)
        if body is not None and body.type == "GPE" and c.lower_ == "of":
            end = max(end, c.right_edge.i + 1)  # "the governor of Peru's Loreto region": the region's office
        elif body is not None and body.type == "ORG" \
                and (body.country is not None or body.name != body.name.lower()):
            end = max(end, c.right_edge.i + 1)
    return end


def _honorific_gender(ctx: Context, actor: Actor) -> None:
    """The gender an honorific before one of the person's mentions tells ("Mr. Haddad", "Ms Ruiz"), if none
    is known yet."""
    if actor.gender is not None:
        return
    male, female = ctx.lists["honorifics_male"], ctx.lists["honorifics_female"]
    for s, _ in actor.mentions:
        for i in (s - 1, s):
            word = ctx.tokens[i].lower_.rstrip(".") if i >= 0 else ""
            if word in male or word in female:
                actor.gender = "m" if word in male else "f"
                return


def _group_of(ctx: Context, tok: Token) -> Actor | None:
    """The coded group a noun names or is picked out of: "the officers", "the officers, including the chief"."""
    for _ in range(2):
        owner = ctx.owner[tok.i]
        if owner is not None:
            return owner if owner.type == "GROUP" and owner.country else None
        prep = tok.head
        if tok.dep_ != "pobj" or prep.lower_ not in ("including", "among") or prep.head.i == prep.i:
            return None
        tok = prep.head
    return None


def _apply(ctx: Context, actor: Actor, start: int, end: int, nearest_last: bool, final: bool) -> None:
    """Code ``actor`` from the titles in ``[start, end)``: before the name (``nearest_last``, the title next
    to the name is the role) or in an apposition after it (the first title, which must lead it)."""
    titles = find_titles(ctx, start, end)
    if not titles:
        return
    title = titles[-1] if nearest_last else titles[0]
    speaks_for: Title | None = None
    if nearest_last:
        speaks_for = _other_roles(ctx, actor, titles[:-1])
    elif _words_before(ctx, start, title, bodies=True):
        return  # an apposition must begin with its title (after an article, a possessive or the title's body)
    actor.add_role(title.role)
    gender_from_role(actor, title.role)
    country = _country_in(ctx, actor, start, end)
    affiliation = _affiliation_in(ctx, actor, start, end, nearest_last)
    if affiliation is None and final:
        affiliation = _body_named_before(ctx, start, title.start)
        if affiliation is not None and None not in (country, affiliation.country) and country != affiliation.country:
            affiliation = None  # "China's foreign ministry spokesperson" is not of Vietnam's, named before
    if affiliation is None and final and nearest_last and country is None and not _words_before(ctx, start, title):
        affiliation = body_of_title(ctx, actor, title)  # "Peru's energy ministry ... Deputy Minister X"
    if affiliation is not None and actor.affiliation is None:
        actor.affiliation = affiliation
        if affiliation.country is None and country is not None \
                and affiliation.sector not in ctx.vocab.international_sectors:
            affiliation.country = country
    if actor.country is None:
        actor.country = country or (affiliation.country if affiliation else None)
    if actor.sector is not None:
        return
    if affiliation is None and _body_head(ctx, actor, start, title):
        actor.sector = _word_sector(ctx, start, end, title) if final else None
        return  # "its president", "the college's director": the head of a body, not of a state
    if affiliation is not None and affiliation.type == "ORG" \
            and form_key(title.role).split()[-1] in ctx.vocab.org_relative_titles:
        # The president of a watchdog group is not a government actor: the organisation decides.
        actor.sector = affiliation.sector
    else:
        actor.sector = _title_sector(ctx, title, affiliation, speaks_for) or (
            _word_sector(ctx, start, end, title) if final else None)


def _body_head(ctx: Context, actor: Actor, start: int, title: Title) -> bool:
    """A head's title ("president", "director") possessed by a pronoun or a noun that names no country, state body
    or person ("its president", "the party's president"): the head of that body, whatever a title alone says."""
    if form_key(title.role).split()[-1] not in ctx.vocab.lists["head_titles"]:
        return False
    poss = next((t for t in ctx.doc[start:title.start] if t.dep_ == "poss"), None)
    if poss is None or poss.pos_ not in ("PRON", "NOUN") or ctx.vocab.title(form_key(poss.text)) is not False:
        return False  # "the president's spokesman" speaks for an office holder
    owner = ctx.owner[poss.i]
    if owner is not None and owner is not actor:
        return owner.type not in ("GPE", "PERSON") and owner.sector not in ctx.vocab.state_sectors
    found = ctx.vocab.word("body", form_key(poss.text))
    return poss.pos_ == "PRON" or found is None or found[1] not in ctx.vocab.state_sectors


def _other_roles(ctx: Context, actor: Actor, others: list[Title]) -> Title | None:
    """Titles before the one next to the name are roles too ("army spokesman Colonel X"), except a possessed
    one ("the president's spokesman"), which says whom the person speaks for: that title is returned."""
    speaks_for: Title | None = None
    for other in others:
        if ctx.tokens[other.end - 1].text in ctx.possessive or (
                other.end < len(ctx.doc) and ctx.tokens[other.end].text in ctx.possessive):
            speaks_for = other  # whose, not a role of his
            continue
        actor.add_role(other.role)
    return speaks_for


def _words_before(ctx: Context, start: int, title: Title, bodies: bool = False) -> bool:
    """Words other than articles, possessives, places and qualifiers of an office ("de facto", "interim") stand
    before the title in ``[start, title)``; with ``bodies``, the words of a body or portfolio that qualifies the
    title don't count either ("a ministry official", "a refugee ministry official")."""
    return any(t.lower_ not in ctx.role_skip and t.lower_ not in ctx.lists["title_qualifiers"]
               and t.text not in ctx.possessive and ctx.owner[t.i] is None
               and not ctx.place_at(t.i, t.i + 1) and t.dep_ not in ("det", "poss")
               and not (t.is_digit and len(t.text) == 4)  # "the 2012 nominee": a year, as "the former" is
               and not (bodies and t.dep_ == "compound" and (ctx.vocab.word("body", form_key(t.text)) is not None
                                                             or portfolio_word(ctx, t.i)))
               for t in ctx.doc[start:title.start])


def gender_from_role(actor: Actor, role: str) -> None:
    """A gendered title ("spokeswoman", "chairman", "queen") gives the gender pronouns later refer by."""
    low = role.lower()
    if actor.gender is None and ("woman" in low or low in ("queen",)):  # before "man": "spokeswoman"
        actor.gender = "f"
    elif actor.gender is None and low.endswith("man"):
        actor.gender = "m"


def _body_at(ctx: Context, obj: Token) -> Actor | None:
    """The organisation or place a title's "of"/"for" object is, or names as a compound before its own noun ("the
    head of its Water Authority delegation": the delegation is the Authority's; "of the Loreto region")."""
    owner = ctx.owner[obj.i]
    if owner is not None:
        return owner
    return next((o for c in kids_of(obj) if c.dep_ == "compound" and c.i < obj.i
                 and (o := ctx.owner[c.i]) is not None and o.type in ("ORG", "GPE")), None)


def _country_in(ctx: Context, actor: Actor, start: int, end: int) -> str | None:
    """The country a title run names: a coded country or demonym in it, else a place word, else the country of
    a person it is possessed by ("the premier's adviser")."""
    for i in range(start, end):
        owner = ctx.owner[i]
        if owner is not None and owner is not actor and owner.type in ("GPE", "NORP") and owner.country \
                and not _after_to(ctx, i, start) and not _portfolio(ctx, actor, i, start):
            return owner.country  # (not "envoy to Ukraine": where the envoy is sent)
    found = [(i, p) for i, p in ctx.places_in(start, end) if not (i > start and ctx.tokens[i - 1].lower_ in _BRIEF)]
    if found:
        return found[0][1].iso3
    # "X, the premier's chief of staff", "X, her policy adviser": the country of the person whose title it is,
    # where that is known.
    for i in range(start, end - 1):
        owner = ctx.owner[i]
        if owner is not None and owner is not actor and owner.type == "PERSON" and owner.country \
                and ctx.owner[i + 1] is not owner and (ctx.tokens[i + 1].text in ctx.possessive
                                                       or ctx.tokens[i].tag_ == "PRP$"):
            return owner.country
    return None


def _affiliation_in(ctx: Context, actor: Actor, start: int, end: int, nearest_last: bool) -> Actor | None:
    """The organisation a title run names (the nearest to the name), not one after "to": "ambassador to the
    United Nations" is not the UN's."""
    orgs = [owner for i in range(start, end) if (owner := ctx.owner[i]) is not None
            and owner is not actor and owner.type == "ORG" and not _after_to(ctx, i, start)]
    if not orgs:
        return None
    return orgs[-1] if nearest_last else orgs[0]


def _title_sector(ctx: Context, title: Title, affiliation: Actor | None, speaks_for: Title | None) -> str | None:
    """The sector a title and its organisation give; for a generic title the organisation says more (a Hamas
    official is not a government one)."""
    generic = affiliation is not None and form_key(title.role) in ctx.vocab.generic_titles
    first = affiliation.sector if affiliation is not None and generic else None
    return first or title.sector or (affiliation.sector if affiliation else None) or (
        speaks_for.sector if speaks_for is not None else None)


def _body_named_before(ctx: Context, start: int, end: int) -> Actor | None:
    """The organisation a bare body word in a title refers back to: "the European Commission ...
    Commission trade spokeswoman X" speaks for the Commission named before, "the Kenyan army ... army
    spokesman X" for that army (:func:`.bodies.body_before`)."""
    for i in range(start, end):
        word = form_key(ctx.tokens[i].text)
        if ctx.owner[i] is not None or not ctx.vocab.word("body", word):
            continue
        found = body_before(ctx, word, start)
        # "a refugee ministry official" is not of the interior ministry named before: the words that qualify the
        # body word must be in the name of the body found
        qualifiers = [form_key(c.text) for c in ctx.tokens[i].children
                      if c.dep_ in ("compound", "amod") and c.i < i and c.is_alpha]
        if found is not None and all(q in form_key(found.name).split() for q in qualifiers):
            return found
    return None


def _portfolio(ctx: Context, actor: Actor, i: int, start: int) -> bool:
    """ "White House Russia adviser": a country named by its name after a body of another country, right before
    the title word, is the adviser's brief, not the adviser's country (the body's is)."""
    owner = ctx.owner[i]
    if owner is None or owner.type != "GPE":
        return False
    j = i
    while j < len(ctx.doc) and ctx.owner[j] is owner:
        j += 1
    if j >= len(ctx.doc) or form_key(ctx.tokens[j].text) not in ctx.title_words:
        return False
    return any((o := ctx.owner[k]) is not None and o is not actor and o.type == "ORG" and o.country
               and o.country != owner.country for k in range(start, i))


def _destination_in_run(ctx: Context, i: int, name: int) -> bool:
    """ "special envoy to Ukraine Kurt Volker": a "to" between a title and the country that ends it, right before
    the name, is part of the title run (the country is where the envoy is sent, not the envoy's)."""
    if i >= name or i < 2 or ctx.tokens[i - 1].lower_ != "to":
        return False
    owner = ctx.owner[i]
    return owner is not None and owner.type == "GPE" and all(ctx.owner[k] is owner for k in range(i, name)) \
        and form_key(ctx.tokens[i - 2].text) in ctx.title_words


def _after_to(ctx: Context, i: int, start: int) -> bool:
    """Token ``i`` belongs to a phrase introduced by "to" ("to the United Nations") or "on" ("adviser on Syria":
    the brief, not the adviser's country)."""
    owner = ctx.owner[i]
    j = i
    while j > start and ctx.owner[j - 1] is owner:
        j -= 1
    while j > start and ctx.tokens[j - 1].lower_ in ctx.articles:
        j -= 1
    return j > start and ctx.tokens[j - 1].lower_ in _BRIEF


def _word_sector(ctx: Context, start: int, end: int, title: Title) -> str | None:
    """Sector from the words around a title that has none of its own ("police spokesman")."""
    for i in range(start, end):
        if title.start <= i < title.end or ctx.owner[i] is not None:
            continue
        low = form_key(ctx.tokens[i].text)
        found = ctx.vocab.word("modifier", low) or ctx.vocab.word("body", low)
        if found is not None and found[1] is not None:
            return found[1]
    return None
