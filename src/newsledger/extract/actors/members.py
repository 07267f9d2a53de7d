"""A person's country from the party and home that news style writes around the name.

Political reporting places a lawmaker or official by party and home rather than by country:

- a party-and-home tag after the name: "Sen. X (R-Tenn.)", "Rep. X, D-N.Y., said": a party initial, a hyphen and
  a state or province the place vocabulary knows (with its abbreviations); a name the NER typed an organisation
  ("Sens. X Y (D-N.J.), ...") is a person when such a tag follows it, for only people carry one;
- a home tag alone after a lawmaker's name: "Rep. X (Tex.)" (a state in parentheses, the lawmaker's seat);
- an apposition headed by a party member: "X, Democrat of Vermont,", "X, a Michigan Republican who ...";
- a party word in the title run before the name: "Democratic Rep. X", "Republican strategist X".

The party is one the institution vocabulary gives a country ("Democrat", or "<word> Party" for the adjective);
the home is a place of the vocabulary. Only these slots count: a place that merely appears in the clause says
nothing of whose the person is.
"""

from __future__ import annotations

from spacy.tokens import Token

from ...textutil import form_key
from ..walk import kids_of
from .context import Actor, Context

__all__ = ["code_body_heads", "code_led_bodies", "code_party_members", "code_single_state_offices",
           "code_voices_of_people"]

_TAG_OPEN = ("(", ",")
_HYPHENS = ("-", "–", "‐")
_RUN_BACK = 4  # "former Democratic Rep.": the party word is close before the name


def code_party_members(ctx: Context, work: list[Actor]) -> None:
    """Give each named person without a country the country of a party-and-home tag, a party apposition or a
    party word before the name (see the module docstring)."""
    for actor in work:
        if actor.type == "ORG" and actor.named and actor.country is None and actor.sector is None:
            _tagged_person(ctx, actor)
        if actor.type != "PERSON" or not actor.named or actor.country is not None or actor.plural:
            continue
        lawmaker = actor.sector == "LEG"
        for s, e in sorted(actor.mentions):
            country = _home_tag(ctx, e, lawmaker) or _party_apposition(ctx, s, e) or _party_before(ctx, s, e)
            if country is not None:
                actor.country = country
                break


def _tagged_person(ctx: Context, actor: Actor) -> None:
    """ "Sens. X Y (D-N.J.), Z W (D-Mont.) and ...": the NER types some tagged names organisations; a name of two
    to four capitalised words, none of them a body word or a place, followed by a party-and-home tag is a person
    (the tag gives the country in :func:`code_party_members`)."""
    for s, e in actor.mentions:
        words = [ctx.text(k, k + 1) for k in range(s, e)]
        if 2 <= e - s <= 4 and all(w[:1].isupper() and w.replace("-", "").replace(".", "").isalpha() for w in words) \
                and not any(ctx.vocab.word("body", form_key(w)) or ctx.place_at(k, k + 1) is not None
                            for k, w in zip(range(s, e), words, strict=True)) \
                and _home_tag(ctx, e, False) is not None:
            actor.type = "PERSON"
            return


def _place_country(ctx: Context, k: int) -> tuple[str, int] | None:
    """The country of the place named at token ``k`` ("Tenn." or "Tenn" "."), and the token after it."""
    doc = ctx.tokens
    if k >= len(doc) or not ctx.capitalised(k):
        return None
    for end in (k + 2, k + 1):
        if end > len(doc) or (end == k + 2 and (doc[k + 1].text != "." or doc[k].whitespace_)):
            continue
        place = ctx.place_at(k, end)
        if place is not None and place.kind in ("region", "country"):
            return place.iso3, end
    return None


def _us_state(ctx: Context, k: int) -> tuple[str, int] | None:
    """A US state's AP-style abbreviation at token ``k`` ("Ill.", "Ind." or "Ill" "."), read only inside a party
    tag, where it can be no ordinary word; the USA and the token after it."""
    doc = ctx.tokens
    if k >= len(doc):
        return None
    if doc[k].lower_ in ctx.lists.us_states:
        return "USA", k + 1
    if k + 1 < len(doc) and doc[k + 1].text == "." and not doc[k].whitespace_ \
            and doc[k].lower_ + "." in ctx.lists.us_states:
        return "USA", k + 2
    return None


def _home_tag(ctx: Context, e: int, lawmaker: bool) -> str | None:
    """ "(R-Tenn.)" or ", D-N.Y.," right after the name: a party initial, a hyphen, a state the vocabulary
    knows, then the tag's end; after a ``lawmaker``'s name also the state alone in parentheses ("(Tex.)")."""
    doc = ctx.tokens
    j = e
    if j >= len(doc) or doc[j].text not in _TAG_OPEN:
        return None
    j += 1
    if lawmaker and doc[e].text == "(":
        found = _place_country(ctx, j)
        if found is not None and found[1] < len(doc) and doc[found[1]].text == ")":
            return found[0]
    if j + 2 >= len(doc) or doc[j + 1].text not in _HYPHENS:
        return None
    party = doc[j].text
    if not (1 <= len(party) <= 3 and party.isalpha() and party.isupper()):
        return None
    found = _place_country(ctx, j + 2) or _us_state(ctx, j + 2)
    if found is None:
        return None
    country, after = found
    closing = ")" if doc[e].text == "(" else ","
    if after < len(doc) and doc[after].text not in (closing, ".", ";") and not doc[after].is_punct:
        return None
    return country


def _party_country(ctx: Context, tok: Token) -> str | None:
    """The country of the party a word names ("Democrat", "Republicans"; "Democratic" as "Democratic Party")."""
    if not ctx.capitalised(tok.i):
        return None
    key = form_key(tok.text)
    for form in (key, f"{key} party"):
        found = ctx.vocab.institution(form)
        if found is not None and found[0] is not None and found[1] == "PTY":
            return found[0]
    return None


def _party_apposition(ctx: Context, s: int, e: int) -> str | None:
    """ "X, Democrat of Vermont," / "X, a Michigan Republican who ...": the apposition after the name is headed
    by a party member."""
    if e >= len(ctx.doc) or ctx.tokens[e].text != ",":
        return None
    head = ctx.head(s, e)
    for child in head.rights:
        if child.dep_ == "appos" and child.i > e and child.i - e <= 4 and ctx.sent_of[child.i] == ctx.sent_of[s] \
                and child.tag_ in ("NNP", "NN", "NNPS"):
            found = _party_country(ctx, child)
            if found is not None:
                return found
        if child.dep_ == "appos" and child.i > e and child.i - e <= 8 and ctx.sent_of[child.i] == ctx.sent_of[s]:
            # "X, a Republican and former Virginia governor,": the party word modifies the apposition's title.
            for mod in child.lefts:
                if mod.dep_ in ("amod", "compound") and mod.i > e:
                    found = _party_country(ctx, mod)
                    if found is not None:
                        return found
    return None


def _party_before(ctx: Context, s: int, e: int) -> str | None:
    """ "Democratic Rep. X", "Republican strategist X": a party word in the run of words before the name that
    hangs on the name or on a word of that run."""
    doc = ctx.tokens
    for k in range(s - 1, max(-1, s - 1 - _RUN_BACK), -1):
        tok = doc[k]
        if tok.is_punct or ctx.sent_of[k] != ctx.sent_of[s] or tok.pos_ == "VERB":
            return None
        if k < s - 1 and not (k < tok.head.i < e):
            continue
        country = _party_country(ctx, tok)
        if country is not None and k < tok.head.i < e:
            return country
    return None


def code_single_state_offices(ctx: Context, work: list[Actor]) -> None:
    """A person without a country who holds an office only one state has ("Pope X": the Holy See; table
    ``office_countries``) is of that state. The role must be the bare title: "Coptic Pope" is another office."""
    offices = ctx.vocab.office_countries
    for actor in work:
        if actor.type != "PERSON" or actor.country is not None or actor.plural:
            continue
        found = next((offices[form_key(r)] for r in actor.roles if form_key(r) in offices), None)
        if found is not None:
            actor.country = found


def code_voices_of_people(ctx: Context, work: list[Actor]) -> None:
    """A spokesperson or aide of a person whose country is known is of that country: "Ruiz spokesman X", "Ruiz
    campaign spokeswoman X", "X, a spokesman for Mr. Ruiz,", "X, an aide to Ms. Ruiz,". A lawyer or an envoy for
    someone may be of any country, and is left alone."""
    lists = ctx.lists
    voices = lists["spokesperson_titles"] | (lists["speaks_for"] & lists["generic_titles"])
    for actor in work:
        if actor.type != "PERSON" or not actor.named or actor.country is not None or actor.plural \
                or not any(form_key(r) in voices or (form_key(r).split() or [""])[-1] in voices for r in actor.roles):
            continue
        for s, e in sorted(actor.mentions):
            boss = _boss_before(ctx, actor, s, e, voices) or _boss_after(ctx, actor, s, e, voices)
            if boss is not None:
                actor.country = boss.country
                break


def _boss_before(ctx: Context, actor: Actor, s: int, e: int, voices: frozenset[str]) -> Actor | None:
    """ "Ruiz (campaign) spokesman X": a person with a country in the run before the name, hanging on the title."""
    doc = ctx.tokens
    title = next((k for k in range(s - 1, max(-1, s - 1 - _RUN_BACK), -1) if form_key(doc[k].text) in voices), None)
    if title is None or any(doc[k].is_punct or ctx.sent_of[k] != ctx.sent_of[s] for k in range(title, s)):
        return None
    for k in range(title - 1, max(-1, title - 1 - _RUN_BACK), -1):
        owner = ctx.owner[k]
        if doc[k].is_punct or ctx.sent_of[k] != ctx.sent_of[s]:
            return None
        if owner is not None and owner is not actor and owner.type == "PERSON" and owner.country \
                and doc[k].dep_ == "compound" and k < doc[k].head.i <= title:
            return owner
    return None


def _boss_after(ctx: Context, actor: Actor, s: int, e: int, voices: frozenset[str]) -> Actor | None:
    """ "X, a spokesman for Mr. Ruiz,", "X, an aide to Ms. Ruiz,": the apposition's title is for a person with a
    country."""
    if e >= len(ctx.doc) or ctx.tokens[e].text != ",":
        return None
    head = ctx.head(s, e)
    for child in head.rights:
        # the title's own words, a compound before its noun included ("press secretary")
        words = form_key(" ".join(t.text for t in child.lefts if t.dep_ == "compound") + " " + child.text)
        if child.dep_ != "appos" or child.i - e > 4 or (form_key(child.text) not in voices and words not in voices):
            continue
        for prep in kids_of(child):
            if prep.dep_ == "prep" and prep.lower_ in ("for", "to"):
                for obj in kids_of(prep):
                    owner = ctx.owner[obj.i]
                    if obj.dep_ == "pobj" and owner is not None and owner is not actor and owner.type == "PERSON" \
                            and owner.country:
                        return owner
    return None


def code_body_heads(ctx: Context, work: list[Actor]) -> None:
    """A person a relative clause says heads a body with a country is of that country: "Adm. X, who commands the
    Royal Navy's fleet, said", "X, who runs Peru's tax agency," (list ``leading_verbs``)."""
    verbs = ctx.lists["leading_verbs"]
    for actor in work:
        if actor.type != "PERSON" or not actor.named or actor.country is not None or actor.plural:
            continue
        for s, e in sorted(actor.mentions):
            body = _body_led(ctx, actor, s, e, verbs)
            if body is not None:
                actor.country = body.country
                break


def _body_led(ctx: Context, actor: Actor, s: int, e: int, verbs: frozenset[str]) -> Actor | None:
    if e >= len(ctx.doc) or ctx.tokens[e].text != ",":
        return None
    head = ctx.head(s, e)
    for verb in head.rights:
        if verb.dep_ != "relcl" or verb.lemma_.lower() not in verbs or verb.i - e > 3 \
                or not any(c.dep_ == "nsubj" and c.lower_ == "who" for c in kids_of(verb)):
            continue
        for obj in kids_of(verb):
            body = ctx.owner[obj.i]
            if obj.dep_ == "dobj" and body is not None and body is not actor and body.type == "ORG" and body.country:
                return body
    return None


def code_led_bodies(ctx: Context, work: list[Actor]) -> None:
    """A state body named after the one person of the story who leads it is of that person's country: "the Ruiz
    administration", "the Varga government" (a name, then a body word of a state sector)."""
    people: dict[str, list[Actor]] = {}
    for actor in work:
        if actor.type == "PERSON" and actor.named and actor.country and not actor.plural:
            for s, e in actor.mentions:
                for key in {form_key(ctx.text(s, e)), form_key(ctx.text(e - 1, e))}:
                    if actor not in people.setdefault(key, []):
                        people[key].append(actor)
    if not people:
        return
    state = ctx.vocab.state_sectors
    for actor in work:
        if actor.type != "ORG" or actor.country is not None:
            continue
        for s, e in actor.mentions:
            while s < e and ctx.tokens[s].lower_ in ctx.articles:
                s += 1
            body = ctx.vocab.word("body", form_key(ctx.text(e - 1, e))) if e - s >= 2 else None
            leaders = people.get(form_key(ctx.text(s, e - 1)), []) if body is not None and body[1] in state else []
            if len(leaders) == 1:
                actor.country = leaders[0].country
                break
