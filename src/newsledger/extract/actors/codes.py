"""Coding named actors: country and sector from names, roles from titles, metonymy.

The steps, in the order the actors stage runs them:

- :func:`drop_title_entities`: the NER sometimes tags a title as an
  organisation ("Deputy Prime Minister", "UK Chargé d'Affaires"); such
  an entity is not a participant, and its words become the role of the
  person named next to it.
- :func:`code_name`: what the name itself says (a country, a capital, a
  demonym, a known institution or group, an organisation's head word).
- :func:`merge_country_aliases`: "the Republic of Korea" and "Korea"
  name one country, so they become one entity.
- :func:`code_person`: titles and organisations before a person's name
  ("Chile's Foreign Minister Ana Ortega", "State Department spokesperson X")
  and in an apposition ("X, Secretary of Kenya's National Defence
  Council") give the role, the affiliation, the country and the sector.
- :func:`split_metonymy`: a capital that acts or speaks stands for its
  government ("Beijing announced tariffs"); the same name as a place where
  something happens ("his visit to Baghdad") stays a location.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from ...textutil import form_key
from .context import Actor, Context

__all__ = ["code_name", "code_owned_bodies", "code_person", "drop_title_entities", "merge_country_aliases",
           "missed_names", "portfolio_title", "split_metonymy"]

_POSSESSIVE = {"'s", "’s", "'", "’"}
_SKIP_IN_ROLE = {"former", "then", "ex", "outgoing", "incoming", "new", "newly", "the", "a", "an"}
_MAX_TITLE = 5


# --- titles ---------------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Title:
    """A title found in the text: token bounds, the role as written, its sector (None: from the org)."""

    start: int
    end: int
    role: str
    sector: str | None


_ABBREVIATED = {"gen": "MIL", "lt": "MIL", "col": "MIL", "maj": "MIL", "capt": "MIL", "adm": "MIL",
                "sen": "LEG", "rep": "LEG", "gov": "GOV", "amb": "GOV"}


def _title_at(ctx: Context, i: int, limit: int) -> tuple[int, str | None] | None:
    """Longest title starting at token ``i`` (ending before ``limit``): its end and sector."""
    for j in range(min(limit, i + _MAX_TITLE), i, -1):
        if any(ctx.owner[k] is not None for k in range(i, j)):
            continue
        text = ctx.text(i, j)
        found = ctx.vocab.title(text)
        if found is not False:
            return j, found  # type: ignore[return-value]
        # Abbreviated titles count only with their stop: "Gen. X" is a general, "Gen Nakatani" is a name.
        if j == i + 1 and text.endswith(".") and form_key(text) in _ABBREVIATED:
            return j, _ABBREVIATED[form_key(text)]
    return None


# Office words that take a portfolio before them: "Commerce Minister", "Water Resources Minister",
# "Culture Secretary", "Commerce Ministry spokesman".
_PORTFOLIO_HEADS = {"minister", "secretary", "commissioner", "envoy", "czar", "tsar", "ministry", "department",
                    "representative"}
_PORTFOLIO_BODIES = {"ministry", "department"}  # "Petroleum Ministry" is an organisation, not a title
_NOUN_TAGS = {"NN", "NNS", "NNP", "NNPS"}
_MAX_PORTFOLIO = 3


def _portfolio_word(ctx: Context, k: int) -> bool:
    """Token ``k`` is a word of a portfolio before an office word ("Commerce" in "Commerce Minister").

    Only plain nouns that modify the words after them count: no names, places, dates or titles.
    """
    doc = ctx.doc
    for j in range(k, min(len(doc), k + _MAX_PORTFOLIO + 1)):
        tok = doc[j]
        if j > k and form_key(tok.text) in _PORTFOLIO_HEADS:
            return True
        if ctx.owner[j] is not None or not tok.is_alpha or tok.tag_ not in _NOUN_TAGS or tok.dep_ != "compound" \
                or tok.ent_type_ in ("DATE", "TIME", "PERSON") or form_key(tok.text) in ctx.title_words \
                or ctx.place_at(j, j + 1) is not None:
            return False
    return False


def find_titles(ctx: Context, start: int, end: int) -> list[Title]:
    """Titles in ``[start, end)``, each widened over qualifiers and a portfolio before it
    ("Deputy Foreign Minister", "Commerce Minister")."""
    out: list[Title] = []
    i = start
    while i < end:
        hit = _title_at(ctx, i, end)
        if hit is None:
            i += 1
            continue
        t_end, sector = hit
        t_start = i
        portfolio = 0
        floor = out[-1].end if out else start
        while t_start - 1 >= floor and ctx.owner[t_start - 1] is None:
            if ctx.vocab.word("qualifier", ctx.doc[t_start - 1].lower_):
                t_start -= 1
            elif portfolio < _MAX_PORTFOLIO and _portfolio_word(ctx, t_start - 1):
                t_start -= 1
                portfolio += 1
            else:
                break
        if out and out[-1].end == t_start and ctx.vocab.word("qualifier", form_key(out[-1].role)):
            t_start = out.pop().start  # "Deputy" + "Commerce Minister": one title
        # A title followed by "of"/"for" + an organisation ("Secretary of the Council") keeps only the title.
        out.append(Title(t_start, t_end, ctx.text(t_start, t_end), sector))
        i = t_end
    return out


def _is_run_token(ctx: Context, tok: Token) -> bool:
    """Token that can stand in a title run before a name: title words, places, organisations, ``'s``."""
    if tok.text in _POSSESSIVE or tok.text in ("-", "‐"):
        return True
    owner = ctx.owner[tok.i]
    if owner is not None:
        return owner.type in ("ORG", "GPE", "NORP", "OTHER", "LOC")
    low = form_key(tok.text)
    if low in _SKIP_IN_ROLE or low in ctx.title_words or (tok.text.endswith(".") and low in _ABBREVIATED):
        return True
    if ctx.vocab.word("body", low) or ctx.vocab.word("modifier", low):
        return True  # "Chinese foreign ministry spokesperson", "Indian army spokesman"
    return bool(tok.text[:1].isupper() and ctx.vocab.place(tok.text))


# --- step A ---------------------------------------------------------------------------------------

def drop_title_entities(ctx: Context, actors: list[Actor]) -> list[Actor]:
    """Actors whose every mention is a title (with at most a place before it) are not participants."""
    kept = []
    for actor in actors:
        # "Deputy Trade Representative" tagged whole, or "Defence" tagged alone before "Minister".
        if actor.type in ("ORG", "OTHER", "PERSON", "NORP") and actor.mentions and all(
            any(_is_title_span(ctx, s, j) for j in range(e, min(len(ctx.doc), e + 3) + 1
                                                          if actor.type in ("ORG", "OTHER") else e + 1))
            for s, e in actor.mentions
        ):
            continue
        kept.append(actor)
    return kept


def _is_title_span(ctx: Context, start: int, end: int) -> bool:
    i = start
    while i < end and ctx.place_at(i, i + 1) is not None:
        i += 1
    if i < end and ctx.doc[i].text in _POSSESSIVE:
        i += 1
    if i >= end:
        return False
    # "Petroleum" tagged before "Minister": a portfolio, not an organisation.
    return ctx.vocab.title(ctx.text(i, end)) is not False or portfolio_title(ctx, i, end)


def portfolio_title(ctx: Context, start: int, end: int) -> bool:
    """``[start, end)`` is a portfolio and its office word ("Petroleum Minister", "Water Resources Minister").

    Plain nouns only: "Security Council Secretary" is the council's secretary, not a portfolio.
    """
    last = form_key(ctx.text(end - 1, end))
    return last in _PORTFOLIO_HEADS and last not in _PORTFOLIO_BODIES and 1 <= end - 1 - start <= _MAX_PORTFOLIO \
        and ctx.vocab.institution(ctx.text(start, end - 1)) is None \
        and all(ctx.doc[k].is_alpha and ctx.doc[k].tag_ in _NOUN_TAGS and ctx.capitalised(k) == ctx.capitalised(start)
                and not ctx.vocab.word("body", form_key(ctx.doc[k].text)) and ctx.place_at(k, k + 1) is None
                for k in range(start, end - 1))


# --- step B ---------------------------------------------------------------------------------------

# Vocabulary forms that are also ordinary words ("WHO" in a capitalised headline, "Diet"): trusted
# only where the NER tagged them.
_AMBIGUOUS_UNTAGGED = {"who", "diet", "ap", "au", "pa", "commonwealth", "chancellery", "fars", "general assembly",
                       "supreme court", "security council", "republican", "democrat", "republicans", "democrats"}


def missed_names(ctx: Context) -> list[Actor]:
    """Institutions and country names the NER did not tag ("Downing Street declined to comment")."""
    doc, vocab = ctx.doc, ctx.vocab
    out: list[Actor] = []
    i, n = 0, len(doc)
    while i < n:
        if ctx.owner[i] is not None or not ctx.capitalised(i):
            i += 1
            continue
        word = ctx.text(i, i + 1)
        if (not word.isalpha() and word not in ("U.S.", "U.N.")) or form_key(word) not in vocab.first_words:
            i += 1
            continue
        found = None
        for j in range(min(len(doc), i + 6), i, -1):
            if ctx.owner[j - 1] is not None or not ctx.capitalised(j - 1):
                continue
            text = ctx.text(i, j)
            inst = vocab.institution(text)
            if inst is not None and len(text) > 2 and form_key(text) not in _AMBIGUOUS_UNTAGGED:
                found = (j, Actor(text, "ORG", [(i, j)], country=inst[0], sector=inst[1]))
                break
            place = vocab.place(text)
            if place is not None and place.kind == "country" and len(text) > 2:
                found = (j, Actor(text, "GPE", [(i, j)], country=place.iso3, place=place))
                break
        if found is None:
            i += 1
            continue
        j, actor = found
        out.append(actor)
        for k in range(i, j):
            ctx.owner[k] = actor
        i = j
    return out


# Nouns that describe an organisation: a one-word "person" in apposition to one is an organisation
# ("Irish low cost airline, Ryanair", "aircraft manufacturer Boeing").
_ORG_NOUNS = {"company", "firm", "airline", "carrier", "manufacturer", "maker", "automaker", "bank", "group",
              "agency", "party", "organisation", "organization", "broadcaster", "newspaper", "network",
              "retailer", "conglomerate", "giant", "startup", "insurer", "lender", "operator", "producer",
              "movement", "militia", "club", "team", "supplier", "consortium", "subsidiary"}


_BUSINESS_NOUNS = {"company", "firm", "airline", "carrier", "manufacturer", "maker", "automaker", "retailer",
                   "conglomerate", "insurer", "lender", "operator", "supplier", "subsidiary", "shipper", "bank"}


def _described_as_business(ctx: Context, actor: Actor) -> bool:
    """A name in apposition to a business noun: "The company, Atlantic Shipping, ...", "Acme, a lender,"."""
    for s, e in actor.mentions:
        tok = ctx.head(s, e)
        if tok.dep_ == "appos" and tok.head.lemma_.lower() in _BUSINESS_NOUNS:
            return True
        if any(c.dep_ == "appos" and c.lemma_.lower() in _BUSINESS_NOUNS for c in tok.children):
            return True
    return False


def _described_as_org(ctx: Context, actor: Actor) -> bool:
    for s, e in actor.mentions:
        if e - s != 1:
            return False
        tok = ctx.doc[s]
        if tok.dep_ == "appos" and tok.head.lemma_.lower() in _ORG_NOUNS:
            return True
        if any(c.dep_ == "appos" and c.lemma_.lower() in _ORG_NOUNS for c in tok.children):
            return True
        if s > 0 and ctx.owner[s - 1] is None and ctx.doc[s - 1].lemma_.lower() in _ORG_NOUNS \
                and ctx.doc[s - 1].head.i == s:
            return True
    return False


def _modifies_a_noun(ctx: Context, actor: Actor) -> bool:
    """Some one-word mention stands before the noun it modifies ("Tajik troops")."""
    for s, e in actor.mentions:
        tok = ctx.doc[s]
        if e - s == 1 and tok.dep_ in ("amod", "compound", "nmod") and tok.head.i > s:
            return True
    return False


def code_name(ctx: Context, actor: Actor) -> None:
    """Country, sector and type from what the name itself says."""
    vocab = ctx.vocab
    if actor.type in ("PERSON", "OTHER") and _described_as_org(ctx, actor):
        actor.type = "ORG"
    texts = [actor.name] + [ctx.text(s, e) for s, e in actor.mentions]
    for text in texts:
        inst = vocab.institution(text)
        if inst is not None:
            actor.country, actor.sector = inst
            if actor.country is None and actor.sector not in ("IGO", "NGO", "MED"):
                # A body every country has ("Supreme Court", "Joint Chiefs of Staff"): whose, from "Israel's".
                actor.country = _place_before(ctx, min(actor.mentions)[0])
            if actor.type in ("PERSON", "GPE", "LOC", "NORP", "OTHER"):
                actor.type = "ORG"
            return
    for text in texts:
        place = vocab.place(text)
        if place is None:
            continue
        if actor.type == "PERSON":
            # The NER tags some places as people ("Belgrade", "MADRID"); a surname that is also a
            # place ("Jordan", "Washington") is grouped with the full name and never gets here alone.
            if any(len(ctx.text(s, e).split()) > len(text.split()) for s, e in actor.mentions):
                return
            if place.kind == "demonym" and _modifies_a_noun(ctx, actor):
                actor.type = "NORP"  # "Tajik troops", "Tajik Foreign Minister X": a demonym, not a name
            elif place.kind == "region" and all(mention_use(ctx, s, e) == "place" for s, e in actor.mentions):
                actor.type = "GPE"  # "west of Goma": the region or city, where the text only locates
            elif place.kind in ("demonym", "region"):
                return
            else:
                actor.type = "GPE"
        actor.place, actor.country = place, place.iso3
        if place.kind == "country" and actor.type in ("ORG", "OTHER", "LOC", "PERSON", "NORP"):
            actor.type = "GPE"
        elif place.kind == "demonym" and actor.type in ("ORG", "OTHER", "LOC", "GPE"):
            actor.type = "NORP"
        return
    if actor.type in ("ORG", "OTHER", "GPE", "LOC", "NORP"):
        _code_org(ctx, actor)


def _code_org(ctx: Context, actor: Actor) -> None:
    vocab = ctx.vocab
    s, e = max(actor.mentions, key=lambda m: (m[1] - m[0], -m[0]))
    words = form_key(ctx.text(s, e)).split()
    if not words:
        return
    # An organisation whose name starts with a known body ("United Nations Development Programme").
    for n in range(len(words) - 1, 0, -1):
        inst = vocab.institution(" ".join(words[:n]))
        if inst is not None and inst[1] in ("IGO", "NGO"):
            actor.country, actor.sector = inst
            return
    if actor.type in ("ORG", "OTHER"):
        # The head is the last word, or the last before "of"/"for" ("State Committee for National Security").
        cut = next((k for k, w in enumerate(words) if w in ("of", "for", "on") and k > 0), len(words))
        heads = [words[:cut]] if cut == len(words) else [words, words[:cut]]
        for part in heads:
            for n in (2, 1):
                found = vocab.word("body", " ".join(part[-n:])) if len(part) >= n else None
                if found is not None:
                    actor.sector = found[1]
                    break
            if actor.sector is not None:
                break
        if actor.sector is None:
            for w in words[:-1]:
                mod = vocab.word("modifier", w)
                if mod is not None and mod[1] not in ("GOV",):
                    actor.sector = mod[1]
                    break
        if actor.sector is None and _described_as_business(ctx, actor):
            actor.sector = "BUS"
    inside = ctx.places_in(s, e, skip_owned=False)
    if inside:
        actor.country = inside[0][1].iso3
    elif actor.sector is not None:
        actor.country = _place_before(ctx, s)


def _place_before(ctx: Context, start: int) -> str | None:
    """Country of a possessive or modifier right before a span ("Japan's", "Kenyan", "US")."""
    i = start - 1
    if i >= 0 and ctx.doc[i].text in _POSSESSIVE:
        i -= 1
    if i < 0:
        return None
    owner = ctx.owner[i]
    if owner is not None and owner.country and owner.type in ("GPE", "NORP"):
        return owner.country
    for j in range(max(0, i - 2), i + 1):
        place = ctx.place_at(j, i + 1)
        if place is not None:
            return place.iso3
    return None


def code_owned_bodies(ctx: Context, actors: list[Actor]) -> None:
    """A named body still without a country takes its possessor's, once pronouns are resolved
    ("Tajikistan told a different story. Its State Committee for National Security said ...")."""
    for actor in actors:
        if actor.type == "ORG" and actor.named and actor.country is None and actor.sector is not None \
                and actor.sector not in ("IGO", "NGO", "MED") and actor.place is None and actor.mentions:
            start = min(actor.mentions)[0]
            if start > 0 and ctx.doc[start - 1].tag_ == "PRP$":
                actor.country = _place_before(ctx, start)


# --- step C ---------------------------------------------------------------------------------------

def merge_country_aliases(actors: list[Actor]) -> list[Actor]:
    """One actor per country named as a country ("Korea", "the Republic of Korea")."""
    by_country: dict[str, Actor] = {}
    out: list[Actor] = []
    for actor in actors:
        if actor.place is not None and actor.place.kind == "country" and actor.type == "GPE":
            first = by_country.get(actor.place.iso3)
            if first is not None:
                if len(actor.mentions) > len(first.mentions):
                    first.name = actor.name
                first.absorb(actor)
                continue
            by_country[actor.place.iso3] = actor
        out.append(actor)
    return out


# --- step D ---------------------------------------------------------------------------------------

def code_person(ctx: Context, actor: Actor, final: bool = False) -> None:
    """Roles, affiliation, country and sector from titles before the name and appositions after it.

    Run twice: before the references are resolved and ``final``-ly after, when "its foreign policy
    chief" knows whose chief; only the final pass guesses a sector from words ("police spokesman").
    """
    for s, e in sorted(actor.mentions):
        # Titles and organisations right before the name.
        i = s
        while i - 1 >= 0 and ctx.sent_of[i - 1] == ctx.sent_of[s] and (
                _is_run_token(ctx, ctx.doc[i - 1]) or _portfolio_word(ctx, i - 1)):
            i -= 1
        if i < s:
            _apply(ctx, actor, i, s, True, final)
        # An apposition: ", Secretary of Kenya's National Defence Council," / ", a spokesman for X".
        if e < len(ctx.doc) and ctx.doc[e].text == ",":
            j = e + 1
            limit = ctx.sents[ctx.sent_of[s]][1]
            while j < limit and j - e <= 16 and ctx.doc[j].text not in {",", ";", ".", "(", ")", "“", "”", '"'} \
                    and not (ctx.doc[j].tag_.startswith("VB") and ctx.doc[j].dep_ not in ("amod", "compound")) \
                    and ctx.doc[j].lower_ not in ("who", "which", "that"):
                j += 1
            if j > e + 1:
                _apply(ctx, actor, e + 1, j, False, final)
        # "Trade Minister Ana Ruiz of Peru": the country after the name.
        if actor.country is None and actor.roles and e + 1 < len(ctx.doc) and ctx.doc[e].lower_ == "of":
            owner = ctx.owner[e + 1]
            if owner is not None and owner.type == "GPE" and owner.place is not None \
                    and owner.place.kind == "country":
                actor.country = owner.country
        # "Chile's foreign minister, Ana Ortega": the name is an apposition of the title.
        head = ctx.head(s, e)
        if head.dep_ == "appos" and head.head.i < s and ctx.owner[head.head.i] is None:
            left = head.head.left_edge.i
            if s - left <= 12:
                _apply(ctx, actor, left, head.head.i + 1, True, final)
        if final and actor.country is None and head.dep_ == "appos" and head.head.i < s:
            group = _group_of(ctx, head.head)
            if group is not None:
                actor.country = group.country  # "the officers, including ..., Gen. X": one of the group


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
    titles = find_titles(ctx, start, end)
    if not titles:
        return
    title = titles[-1] if nearest_last else titles[0]
    speaks_for: Title | None = None
    if nearest_last:
        for other in titles[:-1]:  # "army spokesman Colonel X": both are roles
            if ctx.doc[other.end - 1].text in _POSSESSIVE or (
                    other.end < len(ctx.doc) and ctx.doc[other.end].text in _POSSESSIVE):
                speaks_for = other  # "the president's spokesman": whose, not a role of his
                continue
            actor.add_role(other.role)
    if not nearest_last:
        # An apposition must begin with its title (after an article or a possessive).
        lead = [t for t in ctx.doc[start:title.start]
                if t.lower_ not in _SKIP_IN_ROLE and t.text not in _POSSESSIVE and ctx.owner[t.i] is None
                and not ctx.place_at(t.i, t.i + 1) and t.dep_ not in ("det", "poss")]
        if lead:
            return
    actor.add_role(title.role)
    low = title.role.lower()
    if actor.gender is None and ("woman" in low or low in ("queen",)):  # before "man": "spokeswoman"
        actor.gender = "f"
    elif actor.gender is None and low.endswith("man"):
        actor.gender = "m"
    # "ambassador to the United Nations" is not the UN's: an organisation after "to" is no affiliation.
    orgs = [ctx.owner[i] for i in range(start, end) if ctx.owner[i] is not None
            and ctx.owner[i] is not actor and ctx.owner[i].type == "ORG"  # type: ignore[union-attr]
            and not _after_to(ctx, i, start)]
    country = None
    for i in range(start, end):
        owner = ctx.owner[i]
        if owner is not None and owner is not actor and owner.type in ("GPE", "NORP") and owner.country:
            country = owner.country
            break
    if country is None:
        found = ctx.places_in(start, end)
        country = found[0][1].iso3 if found else None
    affiliation = orgs[-1] if nearest_last and orgs else (orgs[0] if orgs else None)
    if affiliation is None and final:
        affiliation = _body_named_before(ctx, start, title.start)
    if affiliation is not None and actor.affiliation is None:
        actor.affiliation = affiliation
        if affiliation.country is None and country is not None and affiliation.sector not in ("IGO", "NGO"):
            affiliation.country = country
    if actor.country is None:
        actor.country = country or (affiliation.country if affiliation else None)
    if actor.sector is None:
        # For a generic title the organisation says more: a Hamas official is not a government one.
        role = form_key(title.role).split()[-1]
        if affiliation is not None and affiliation.type == "ORG" and role in _ORG_RELATIVE_TITLES:
            # The president of a watchdog group is not a government actor: the organisation decides.
            actor.sector = affiliation.sector
            return
        first = affiliation.sector if affiliation is not None and form_key(title.role) in _GENERIC_TITLES else None
        actor.sector = first or title.sector or (affiliation.sector if affiliation else None) or (
            speaks_for.sector if speaks_for is not None else None) or (
            _word_sector(ctx, start, end, title) if final else None)


_GENERIC_TITLES = {"official", "senior official", "aide", "adviser", "advisor", "spokesperson", "spokesman",
                   "spokeswoman"}


_ORG_RELATIVE_TITLES = _GENERIC_TITLES | {"president", "chairman", "chairwoman", "chair", "director", "head",
                                          "chief", "leader", "secretary", "secretary-general", "executive",
                                          "founder", "official"}


_LOOK_BACK = 2000  # tokens a bare body word looks back for the body it names


def _body_named_before(ctx: Context, start: int, end: int) -> Actor | None:
    """The organisation a bare body word in a title refers back to: "the European Commission ...
    Commission trade spokeswoman X" speaks for the Commission named before."""
    for i in range(start, end):
        word = form_key(ctx.doc[i].text)
        if ctx.owner[i] is not None or not ctx.vocab.word("body", word):
            continue
        seen: set[int] = set()
        for j in range(start - 1, max(-1, start - 1 - _LOOK_BACK), -1):
            owner = ctx.owner[j]
            if owner is None or id(owner) in seen:
                continue
            seen.add(id(owner))
            if owner.type == "ORG" and owner.named and form_key(owner.name).split()[-1:] == [word]:
                return owner
    return None


def _after_to(ctx: Context, i: int, start: int) -> bool:
    """Token ``i`` belongs to a phrase introduced by "to" ("to the United Nations")."""
    owner = ctx.owner[i]
    j = i
    while j > start and ctx.owner[j - 1] is owner:
        j -= 1
    while j > start and ctx.doc[j - 1].lower_ in ("the", "a", "an"):
        j -= 1
    return j > start and ctx.doc[j - 1].lower_ in ("to", "toward", "towards")


def _word_sector(ctx: Context, start: int, end: int, title: Title) -> str | None:
    """Sector from the words around a title that has none of its own ("police spokesman")."""
    for i in range(start, end):
        if title.start <= i < title.end or ctx.owner[i] is not None:
            continue
        low = form_key(ctx.doc[i].text)
        found = ctx.vocab.word("modifier", low) or ctx.vocab.word("body", low)
        if found is not None and found[1] is not None:
            return found[1]
    return None


# --- step E ---------------------------------------------------------------------------------------

_NOT_ACTING = {"be", "lie", "sit", "locate", "host", "remain", "become", "border", "stand", "see", "experience",
               "suffer", "look", "seem", "feel", "get", "receive", "welcome", "attract", "house", "lose"}
_STANCE_NOUNS = {"decision", "position", "response", "opposition", "support", "demand", "policy", "stance",
                 "refusal", "plan", "call", "move", "offer", "claim", "statement", "announcement", "approval",
                 "threat", "warning", "strategy", "sanctions", "retaliation", "proposal", "request", "objection",
                 "rejection", "insistence", "concern", "criticism", "accusation", "denial", "reaction",
                 "condemnation", "pressure", "backing", "envoy", "ambassador", "delegation", "officials",
                 "government", "administration", "allies", "ally", "view", "intention", "efforts", "decisions"}
_TARGET_VERBS = {"urge", "call", "accuse", "warn", "criticize", "criticise", "blame", "pressure", "ask", "tell",
                 "condemn", "sanction", "threaten", "support", "back", "oppose", "reject", "recognize",
                 "recognise", "lobby", "persuade", "invite", "thank", "praise", "join", "inform",
                 "notify", "assure", "reassure", "request"}
_WITH_NOUNS = {"talk", "talks", "relation", "relations", "tie", "ties", "dialogue", "negotiation",
               "negotiations", "deal", "agreement", "dispute", "tension", "tensions", "meet", "negotiate",
               "cooperate", "cooperation", "clash", "war", "conflict", "trade", "rift", "row", "standoff"}
_LOCATIVE = {"in", "to", "at", "into", "near", "across", "through", "outside", "inside", "around", "toward",
             "towards", "from", "via", "throughout", "within", "between", "of"}


_DATELINE_NEXT = {"—", "–", "--", "-", "(", ","}


def _dateline(ctx: Context, start: int, end: int) -> bool:
    """A dateline opening a paragraph ("NAIROBI —", "GENEVA (Reuters) -"): where the story was filed."""
    doc = ctx.doc
    line_start = start == 0 or "\n" in doc[start - 1].text_with_ws
    following = doc[end].text if end < len(doc) else ""
    return line_start and following in _DATELINE_NEXT and (doc[start:end].text.isupper() or following != ",")


def mention_use(ctx: Context, start: int, end: int) -> str:
    """How a place name is used: "agent" (acts or speaks), "place" (where something happens) or "other"."""
    if ctx.in_dateline(start, end) or _dateline(ctx, start, end):
        return "place"
    tok = ctx.head(start, end)
    hops = 0
    while tok.dep_ == "conj" and hops < 4:
        tok = tok.head
        hops += 1
    dep = tok.dep_
    if dep == "nsubj":
        return "other" if tok.head.lemma_ in _NOT_ACTING else "agent"
    if dep == "poss":
        return "agent" if tok.head.lemma_.lower() in _STANCE_NOUNS else "other"
    if dep == "dobj" and tok.head.lemma_ in _TARGET_VERBS:
        return "agent"
    if dep == "pobj":
        prep = tok.head
        word = prep.lower_
        if word == "by" and prep.head.tag_ == "VBN":
            return "agent"
        if word in ("with", "against", "on", "toward", "towards") and prep.head.lemma_.lower() in _WITH_NOUNS:
            return "agent"
        if word in _LOCATIVE:
            return "place"
    return "other"


def split_metonymy(ctx: Context, actors: list[Actor]) -> list[Actor]:
    """Code acting capitals as their government; split off the mentions that are only places."""
    out: list[Actor] = []
    for actor in actors:
        out.append(actor)
        if actor.place is None or actor.place.kind != "capital" or actor.type not in ("GPE", "LOC"):
            continue
        uses = {m: mention_use(ctx, *m) for m in actor.mentions}
        agent = [m for m, u in uses.items() if u == "agent"]
        if not agent:
            continue
        places = [m for m, u in uses.items() if u == "place"]
        actor.sector = "GOV"
        if places:
            actor.mentions = [m for m in actor.mentions if uses[m] != "place"]
            out.append(Actor(actor.name, actor.type, places, country=actor.country, place=actor.place))
    return out
