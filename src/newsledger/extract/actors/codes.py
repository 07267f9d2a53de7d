"""Coding named actors from their names: country, sector and type, and the names the NER missed.

The steps, in the order the actors stage runs them:

- :func:`missed_names`: institutions and countries the NER did not tag
  ("Downing Street declined to comment").
- :func:`code_name`: what the name itself says (a country, a capital, a
  demonym, a known institution or group, an organisation's head word).
- :func:`merge_country_aliases`: "the Republic of Korea" and "Korea"
  name one country, so they become one entity; :func:`merge_body_aliases`:
  "ISIL" and "Islamic State" name one body (``data/actors/aliases.tsv``).
- :func:`code_owned_bodies`: after the references are resolved, a body named
  after "its" takes its possessor's country.

Titles are in :mod:`.titles`, people's roles in :mod:`.persons`, a capital
that stands for its government in :mod:`.metonymy`.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from ...lexicon.actors import Place, WordKind
from ...models import EntityType
from ...textutil import form_key
from ..walk import kids_of, tokens_where, tokens_with_lemma
from .bodies import body_before
from .context import Actor, Context
from .metonymy import mention_use
from .persons import gender_from_role
from .titles import find_titles, portfolio_title

_CLOCK = re.compile(r"\d{1,2}[:.h]\d{2}")  # a live blog's entry time ("10:20")

__all__ = ["called_by", "code_joined_bodies", "code_name", "code_owned_bodies", "merge_body_aliases",
           "merge_country_aliases", "merge_state_bodies", "missed_names", "place_before", "titled_speakers",
           "untagged_bodies"]


def missed_names(ctx: Context) -> list[Actor]:
    """Institutions and country names the NER did not tag ("Downing Street declined to comment")."""
    doc, vocab = ctx.tokens, ctx.vocab
    # Vocabulary forms that are also ordinary words ("WHO" in a capitalised headline) count only where tagged.
    ambiguous = ctx.lists.ambiguous_untagged
    out: list[Actor] = []
    i, n = 0, len(doc)
    owner, caps = ctx.owner, ctx.caps
    while i < n:
        if owner[i] is not None or not caps[i]:
            i += 1
            continue
        word = ctx.text(i, i + 1)
        if (not word.isalpha() and word not in ("U.S.", "U.N.")) or form_key(word) not in vocab.first_words:
            i += 1
            continue
        found = None
        for j in range(min(len(doc), i + 6), i, -1):
            last_cap = ctx.capitalised(j - 1)
            if ctx.owner[j - 1] is not None or (not last_cap and (j - i < 2 or not doc[j - 1].text[-1:].isalpha())):
                continue
            text = ctx.text(i, j)
            inst = vocab.institution(text) if last_cap else None
            if inst is not None and len(text) > 2 and form_key(text) not in ambiguous:
                found = (j, Actor(text, "ORG", [(i, j)], country=inst[0], sector=inst[1]))
                break
            # A country's name of several words may end in a word in lower case ("Côte d'Ivoire").
            place = vocab.place(text)
            if place is not None and place.kind == "country" and len(text) > 2:
                found = (j, Actor(text, "GPE", [(i, j)], country=place.iso3, place=place))
                break
        if found is None:
            i += 1
            continue
        j, actor = found
        key = form_key(actor.name)
        earlier = next((a for a in out if form_key(a.name) == key), None)  # one actor however often it is named
        if earlier is None and actor.type == "ORG":
            earlier = _tagged_same(ctx, actor) or _named_with_country(ctx, actor)
        if earlier is not None:
            earlier.mentions.append((i, j))  # "U.S. Customs and Border Protection ... Customs and Border Protection"
            actor = earlier
        else:
            out.append(actor)
        for k in range(i, j):
            ctx.owner[k] = actor
        i = j
    return out


def _tagged_same(ctx: Context, body: Actor) -> Actor | None:
    """The organisation the NER tagged elsewhere under the listed ``body``'s very name ("CrowdStrike said ...
    CrowdStrike co-founder X", the second left untagged): one actor."""
    key = form_key(body.name)
    return next((a for a in ctx.owner if a is not None and a.type == "ORG" and form_key(a.name) == key), None)


def _named_with_country(ctx: Context, body: Actor) -> Actor | None:
    """The one organisation the NER tagged whose name is the listed ``body``'s name after its country's name or
    demonym (the same country the vocabulary gives the body), where the story named it so before."""
    key, first = form_key(body.name), body.first
    found: list[Actor] = []
    seen: set[int] = set()
    for actor in ctx.owner:
        if actor is None or id(actor) in seen:
            continue
        seen.add(id(actor))
        if actor.type != "ORG" or actor.first >= first:
            continue
        words = form_key(actor.name).split()
        for n in (1, 2):
            place = ctx.vocab.place(" ".join(words[:n])) if len(words) > n else None
            if place is not None and place.kind in ("country", "demonym") and place.iso3 == body.country \
                    and " ".join(words[n:]) == key:
                found.append(actor)
                break
    return found[0] if len(found) == 1 else None


_MAX_NAME = 6
_MAX_PORTFOLIO_WORDS = 4  # capitalised words of a portfolio after "of"/"for" ("Minister of Foreign Affairs")


def titled_names(ctx: Context) -> list[Actor]:
    """People the NER missed, named by two or three capitalised words right after a title as the subject of a verb
    of saying: "Minister of Energy Amir Sadykov, who flew to the site, said", "Deputy Governor Lena Brandt told
    reporters". The title is one of the vocabulary's (with its qualifiers and portfolio), directly before the name
    or before a capitalised portfolio after "of"/"for"; no word of the name is a title, body word or place. A
    person the NER did find there with no role yet takes the title as its role (the people are returned new only)."""
    doc, owner = ctx.tokens, ctx.owner
    out: list[Actor] = []
    for i, subject in enumerate(ctx.is_subject):
        if not subject or not ctx.caps[i]:
            continue
        tok = doc[i]
        if tok.pos_ != "PROPN" or not ctx.cues.is_verb_cue(tok.head.lemma_.lower()):
            continue
        known = owner[i]
        if known is not None and (known.type != "PERSON" or known.roles):
            continue
        left = i
        while left > 0 and doc[left - 1].dep_ == "compound" and doc[left - 1].head.i == i \
                and doc[left - 1].pos_ == "PROPN":
            left -= 1
        # The parse may hang a portfolio's last word on the name ("Minister of Energy Amir X"): the name is the
        # longest run of two or three name words ending at the head, read with the title right before it.
        found, first = None, i
        for first in range(max(left, i - 2), i):
            if (known is None or (first, i + 1) in known.mentions) \
                    and all(_name_word(ctx, k, known) for k in range(first, i + 1)):
                found = _title_before(ctx, first)
                break
        if found is None or (known is not None and found[2]):
            continue  # a title right before a name the NER found is read with the person (code_person)
        if known is not None:  # the NER's name after a title's portfolio ("Minister of Energy X"), which no rule reads
            known.add_role(found[0])
            known.sector = known.sector or found[1]
            continue
        actor = Actor(ctx.text(first, i + 1), "PERSON", [(first, i + 1)])
        if not found[2]:
            actor.add_role(found[0])
            actor.sector = found[1]
        out.append(actor)
        for k in range(first, i + 1):
            owner[k] = actor
    return out


def _name_word(ctx: Context, k: int, known: Actor | None) -> bool:
    """Token ``k`` may be a word of a person's name: capitalised letters, of no actor but ``known``, no title, body
    word or place."""
    word = form_key(ctx.text(k, k + 1))
    return ctx.owner[k] is known and ctx.capitalised(k) and ctx.tokens[k].is_alpha and word not in ctx.title_words \
        and not ctx.vocab.word("body", word) and ctx.place_at(k, k + 1) is None


def _title_before(ctx: Context, first: int) -> tuple[str, str | None, bool] | None:
    """The title (as written, its sector, and whether it stands right before the name) that ends right before
    token ``first``, or before a capitalised portfolio after "of"/"for" that does ("Minister of Energy"); None
    where there is none."""
    doc = ctx.tokens
    floor = max(0, first - _MAX_PORTFOLIO_WORDS - 8)
    for title in find_titles(ctx, floor, first):
        start = title.start
        while start < title.end and not doc[start].is_alpha:
            start += 1  # a title the vocabulary matched with the stop or line break before it
        if start == title.end:
            continue
        if title.end == first:
            return ctx.text(start, first), title.sector, True
        tail = range(title.end + 1, first)
        if title.end < first - 1 and doc[title.end].lower_ in ("of", "for") and len(tail) <= _MAX_PORTFOLIO_WORDS \
                and all(ctx.owner[k] is None and (ctx.capitalised(k) or doc[k].lower_ == "and") for k in tail):
            return ctx.text(start, first), title.sector, False
    return None


def untagged_bodies(ctx: Context) -> list[Actor]:
    """Bodies the NER did not tag, named as the subject of a verb of saying with "the" and capitalised words:
    "09:25 The Migrant Worker Rights Network says ..." (a live blog's time before it), "The Coastal Fishers
    Alliance warned ...". A person's name takes no article, so such a speaker is an organisation; without the
    article, only a name that speaks as a body is one (:func:`_not_a_person`: "Corvan Relief says its ..."); its words
    must be proper nouns of no place and no title, none of them already part of an entity (an index that
    "was down 2 percent" is no speaker)."""
    doc, owner = ctx.tokens, ctx.owner
    out: list[Actor] = []
    for i, subject in enumerate(ctx.is_subject):
        if not subject or not ctx.caps[i]:
            continue  # no Token made for most words
        tok = doc[i]
        if tok.pos_ != "PROPN" or not ctx.cues.is_verb_cue(tok.head.lemma_.lower()):
            continue
        if owner[i] is not None:
            # "The Gendarmerie du Niger said": the parse makes the place the subject, the body word its compound
            head = _linked_head(ctx, tok)
            if head is None:
                continue
            tok = head
        first = tok.i
        while first > 0 and doc[first - 1].dep_ == "compound" and doc[first - 1].head.i in range(first, tok.i + 1) \
                and doc[first - 1].pos_ == "PROPN":
            first -= 1
        first = _romance_start(ctx, first, tok.i)
        end = _linked_tail(ctx, first, tok.i + 1)
        if end == tok.i + 1 and _romance_name(ctx, first, end):
            tok = doc[first]  # "The Sûreté du Québec said", the place untagged: the checks below read the head word
        if not 2 <= end - first <= _MAX_NAME:
            continue
        the = first > 0 and doc[first - 1].lower_ == "the" and doc[first - 1].head.i in (tok.i, i)
        if not the and ((first > 0 and doc[first - 1].pos_ in ("DET", "PROPN", "ADJ", "NUM"))
                        or not _not_a_person(tok)):
            continue
        romance = form_key(doc[first].text) in ctx.lists["head_first_bodies"]
        links = ctx.lists["body_name_links"] if romance else frozenset()
        if any(owner[k] is not None or (not ctx.capitalised(k) and doc[k].lower_ not in links) or not doc[k].is_alpha
               or ctx.place_at(k, k + 1) is not None or (form_key(doc[k].text) in ctx.title_words and not romance)
               for k in range(first, tok.i + 1)):
            continue
        for k in range(tok.i + 1, end):  # the place a Romance name ends on is part of the body's name
            place = owner[k]
            if place is not None:
                place.mentions = [m for m in place.mentions if not m[0] <= k < m[1]]
        actor = Actor(ctx.text(first, end), "ORG", [(first, end)])
        out.append(actor)
        for k in range(first, end):
            owner[k] = actor
    return out


def _linked_head(ctx: Context, subject: Token) -> Token | None:
    """The head word of a Romance body name whose last word, a place, the parse made the subject: "Gendarmerie"
    of "The Gendarmerie du Niger said"; None when the words before the place are no such name."""
    doc = ctx.tokens
    k = subject.i - 1
    while k > 0 and subject.i - k <= 2 and doc[k].lower_ in ctx.lists["body_name_links"]:
        k -= 1
    place = ctx.owner[subject.i]
    if k == subject.i - 1 or k < 0 or ctx.owner[k] is not None or place is None or place.type not in ("GPE", "LOC"):
        return None
    return doc[k] if form_key(doc[k].text) in ctx.lists["head_first_bodies"] and ctx.capitalised(k) else None


def _romance_name(ctx: Context, first: int, end: int) -> bool:
    """``first``-``end`` is a head-first body word, linking words and capitalised words (a place among them)."""
    doc = ctx.tokens
    if end - first < 3 or form_key(doc[first].text) not in ctx.lists["head_first_bodies"] \
            or doc[first + 1].lower_ not in ctx.lists["body_name_links"]:
        return False
    return all(doc[k].lower_ in ctx.lists["body_name_links"] or (ctx.capitalised(k) and doc[k].is_alpha)
               for k in range(first + 1, end))


def _romance_start(ctx: Context, first: int, head: int) -> int:
    """Where a Spanish, Portuguese or French body's name starts whose last word the parse made the subject and its
    first words modifiers ("The Superintendencia Nacional de Aduanas said": "de" and "Nacional" hang on "Aduanas"):
    the head-first body word before capitalised words and linking words; else ``first``, unchanged."""
    doc, links = ctx.tokens, ctx.lists["body_name_links"]
    k = first
    while k > 0 and head - k < _MAX_NAME and doc[k - 1].head.i == head and doc[k - 1].dep_ in ("compound", "nmod") \
            and (doc[k - 1].lower_ in links or (ctx.capitalised(k - 1) and doc[k - 1].is_alpha)):
        k -= 1
        if form_key(doc[k].text) in ctx.lists["head_first_bodies"] and ctx.capitalised(k) \
                and any(doc[j].lower_ in links for j in range(k + 1, head)):
            return k
    return first


def _linked_tail(ctx: Context, first: int, end: int) -> int:
    """Where a body's name ends that a Spanish, Portuguese or French head word starts: after the linking word and
    the capitalised words after it ("The Gendarmerie du Niger said", "the Sûreté de la Ville said"), a place
    among them; else ``end``, unchanged."""
    doc = ctx.tokens
    if form_key(doc[first].text) not in ctx.lists["head_first_bodies"]:
        return end
    k = end
    while k < len(doc) and k - end < 2 and doc[k].lower_ in ctx.lists["body_name_links"]:
        k += 1
    j = k
    while j < len(doc) and j - k < _MAX_NAME and ctx.capitalised(j) and doc[j].is_alpha \
            and ((o := ctx.owner[j]) is None or o.type in ("GPE", "LOC")):
        j += 1
    return j if k > end and j > k else end


def _not_a_person(head: Token) -> bool:
    """A name with no article that speaks as a body, not a person: a plural name ("Uskel Freight Lines says"),
    one that a "which" clause describes ("Tarn Mining, which runs the pit, said"), or one that the clause it
    reports refers back to with "it" or "its" ("Corvan Relief says its lorries ...")."""
    if head.tag_ == "NNPS":
        return True
    if any(c.dep_ == "relcl" and any(g.lower_ == "which" for g in kids_of(c)) for c in kids_of(head)):
        return True
    clause = next((c for c in kids_of(head.head) if c.dep_ == "ccomp" and c.i > head.head.i), None)
    return clause is not None and clause.left_edge.lower_ in ("it", "its")


def titled_speakers(ctx: Context, work: list[Actor]) -> list[Actor]:
    """Speakers named only by a common noun that no rule before resolved: a bare title ("the governor wrote",
    "a spokesman said", "the Minister for Foreign Affairs told parliament") or an actor word ("an environmental
    group said", "the lawyers said"). "The" + title is the one named person before it who holds that title
    ("Governor Ali Demir ... the governor said"); where more than one does, or none does but a person was named
    before (an epithet: the statements decide), it is left alone. Otherwise the noun is the speaker's only
    name, so the claim keeps a claimant: an unnamed person (a group for a plural, an organisation for a body
    word) with the word's sector or its modifier's, whom later mentions of the same words with "the" are. Only
    the subject of a verb of saying or the source of "according to" ("..., according to the civil defence"), with
    "the", "a" or "an" before it; no name, organisation or possessive in it (those are resolved elsewhere), no
    phrase after it but a title's "for"/"of" portfolio, and a relative clause or participle after it only where
    that names nobody ("the charity that hired the lorry said")."""
    doc, owner = ctx.doc, ctx.owner
    out: list[Actor] = []
    by_role: dict[str, Actor] = {}
    said: dict[str, list[int]] = {}  # where each noun stands (folded form), read once on first need
    nouns = tokens_where(doc, pos=("NOUN", "PROPN"))  # what _speaking_position takes, no Token per other word
    for noun in nouns:
        i, subject = noun.i, ctx.is_subject[noun.i]
        if owner[i] is not None or not _speaking_position(ctx, i, subject):
            continue
        tok = noun
        first = i
        tokens = ctx.tokens  # one Token per word, not one per look
        # Modifiers of the noun or of a modifier of it: "a land rights group" ("land" modifies "rights").
        # A lower-case word the tagger took for a proper noun is a common noun all the same ("the harbour master").
        while first > 0 and tokens[first - 1].dep_ in ("compound", "amod") and first <= ctx.head_of[first - 1] <= i \
                and owner[first - 1] is None and (tokens[first - 1].pos_ in ("NOUN", "ADJ") or (
                    tokens[first - 1].pos_ == "PROPN" and tokens[first - 1].is_lower)):
            first -= 1
        opening = _opening(ctx, tok, first, subject)
        if opening is None or any(
                c.dep_ in ("appos", "poss") or (c.dep_ in ("relcl", "acl") and _names_someone(ctx, c))
                for c in kids_of(tok)):
            continue
        article, country, named_from = opening
        if not article and country is None and named_from < first:
            first = named_from  # "Maritime rescue says": the body's two words are its name
        # A bare plural with a demonym is people of that country, of any trade ("Slovak engineers").
        found = _speaking_noun(ctx, tok, first) or (
            ("GROUP", None, form_key(ctx.text(named_from, i + 1)), i + 1) if country and not article else None)
        first = named_from
        if found is None:
            continue
        if not subject and _refers_back(ctx, tok, first, work + out):
            continue  # "According to the chamber" after "the chamber of commerce said": a reference to that body
        etype, sector, key, end = found
        known = by_role.get(key)
        if known is None and etype == "PERSON" and doc[first - 1].lower_ == "the":
            holders = [a for a in work if a.type == "PERSON" and a.named and a.first < first
                       and any(form_key(r) == key or form_key(r).endswith(" " + key) for r in a.roles)]
            if not said:
                for t in nouns:
                    said.setdefault(form_key(t.text), []).append(t.i)
            if len(holders) > 1 or sum(1 for k in said.get(key.split()[-1], ()) if k < first) > 1:
                continue  # two people hold the title (named or not): which one speaks is not for a rule to guess
            if not holders and " " not in key and any(a.type == "PERSON" and a.named and a.first < first
                                                      for a in work):
                continue  # "X defended the rules. The president said": an epithet the statements resolve
            # ("the agriculture secretary", "the Minister for Fisheries" name an office no one named before holds)
            known = holders[0] if holders else None
        name = ctx.text(first, end)
        known = known or _unnamed_of(work, etype, name, article)
        if known is not None and article == "the":
            ctx.add_mention(known, first - 1, end)
            continue
        actor = Actor(name, etype, [], country=country, sector=sector, named=False, plural=etype == "GROUP")
        if etype == "PERSON":
            actor.add_role(name)
            gender_from_role(actor, name)
        ctx.add_mention(actor, first - 1 if article else first, end)
        by_role[key] = actor
        out.append(actor)
    return out


def _opening(ctx: Context, tok: Token, first: int, subject: bool) -> tuple[str, str | None, int] | None:
    """(article, country, first word) of a speaker's common noun ``tok`` whose modifiers start at ``first``: "the",
    "a" or "an" before it; or none for a bare plural whose words say which people ("Press freedom groups say",
    "Slovak engineers estimate"), the subject of a verb of saying with no count, with the country of a demonym
    among them. None for any other noun phrase ("Analysts said", "two groups said")."""
    doc = ctx.tokens
    if first > 0 and doc[first - 1].lower_ in ("the", "a", "an") and doc[first - 1].head.i == tok.i:
        return doc[first - 1].lower_, None, first
    if subject and first >= tok.i - 1 and _bare_body_name(ctx, tok):
        return "", None, tok.i - 1
    country, named_from = _demonym(ctx, tok, first)
    if subject and tok.tag_ == "NNS" and named_from < tok.i and not any(
            c.dep_ in ("det", "nummod", "predet", "quantmod") for c in kids_of(tok)):
        return "", country, named_from
    return None


def _bare_body_name(ctx: Context, tok: Token) -> bool:
    """A body of two words of the vocabulary ("civil defence", "maritime rescue") that opens its sentence with no
    article, as a live blog's entry writes it ("10:20 Maritime rescue says ..."): its words are its name."""
    doc, first = ctx.tokens, tok.i - 1
    if first < 0 or not ctx.caps[first] or ctx.owner[first] is not None or tok.tag_ != "NN" \
            or doc[first].dep_ not in ("compound", "amod") or doc[first].head.i != tok.i \
            or ctx.vocab.word("body", form_key(f"{doc[first].text} {tok.text}")) is None:
        return False
    k = first - 1
    while k >= 0 and (doc[k].is_space or doc[k].is_punct):
        k -= 1  # "10:20 - Maritime rescue says", a line break before it
    if k >= 0 and _CLOCK.fullmatch(doc[k].text):
        # the entry time opens a line or a sentence
        return k == 0 or "\n" in doc[k - 1].text_with_ws or doc[k - 1].text[-1:] in ".!?"
    return bool(doc[first].is_sent_start) and (first == 0 or doc[first - 1].text[-1:] in ".!?\n"
                                               or doc[first - 1].is_space)


def _demonym(ctx: Context, tok: Token, first: int) -> tuple[str | None, int]:
    """(country, first word) of the people ``tok`` names with the words from ``first``, where the first of those
    words, or a tagged one right before them, is a demonym ("Slovak engineers", "Greek olive farmers");
    (None, ``first``) otherwise."""
    doc = ctx.tokens
    if first < tok.i and ctx.caps[first] and ctx.owner[first] is None:
        place = ctx.vocab.place(doc[first].text)  # a demonym the tagger left untagged ("Slovak")
        if place is not None and place.kind == "demonym":
            return place.iso3, first
    if first == 0:
        return None, first
    mod, owner = doc[first - 1], ctx.owner[first - 1]
    if mod.dep_ not in ("amod", "compound") or mod.head.i != tok.i or owner is None or owner.type != "NORP" \
            or owner.country is None or (first - 1 > 0 and ctx.owner[first - 2] is owner):
        return None, first
    return owner.country, first - 1


def _speaking_position(ctx: Context, i: int, subject: bool) -> bool:
    """The common noun at token ``i`` stands where a speaker does: the subject of a verb of saying, or the
    source of "according to"."""
    tok = ctx.tokens[i]
    if tok.pos_ not in ("NOUN", "PROPN") or tok.tag_ not in ("NN", "NNS", "NNP"):
        return False
    return ctx.cues.is_verb_cue(tok.head.lemma_.lower()) if subject else tok.dep_ == "pobj" and _according_to(tok)


def _refers_back(ctx: Context, tok: Token, first: int, known: list[Actor]) -> bool:
    """"the <noun>" at ``first`` names no new body where an actor named before holds the noun in its name."""
    word = form_key(tok.text)
    return ctx.tokens[first - 1].lower_ == "the" and any(
        a.mentions and a.first < first and word in form_key(a.name).split() for a in known)


def document_bodies(ctx: Context, work: list[Actor]) -> list[Actor]:
    """The body that a document noun names by a modifier speaks through it: "A Peruvian ministry statement says
    ...", "according to a police statement", "the army communique said". The body word before the document noun
    (a body or group word of the vocabulary no actor holds yet) is a mention of the one body of that kind the
    story named before (:func:`.bodies.body_before`) or, where there is none, of a new unnamed body with its
    modifiers ("Peruvian ministry"), of the country a demonym or possessive before it names. A document with an
    author phrase of its own ("a statement from the ministry") is left to the statements."""
    doc, owner = ctx.doc, ctx.owner
    out: list[Actor] = []
    for tok in tokens_with_lemma(doc, ctx.cues.document_nouns):  # without a Token per word
        i, subject = tok.i, ctx.is_subject[tok.i]
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in ctx.cues.document_nouns or i == 0:
            continue
        if not (subject and ctx.cues.is_verb_cue(tok.head.lemma_.lower())) and not _according_to(tok):
            continue
        mod = doc[i - 1]
        if mod.dep_ != "compound" or mod.head.i != i or mod.pos_ != "NOUN" or owner[i - 1] is not None \
                or any(c.dep_ in ("poss", "prep") for c in kids_of(tok)):
            continue
        word = form_key(mod.lemma_)
        kinds: tuple[WordKind, ...] = ("body", "group")
        kind = next((k for k in kinds if ctx.vocab.word(k, word) is not None), None)
        if kind is None:
            continue
        known = body_before(ctx, word, i - 1)
        if known is not None:
            ctx.add_mention(known, i - 1, i)
            continue
        first = i - 1
        while first > 0 and doc[first - 1].dep_ in ("amod", "compound") and doc[first - 1].head.i in (i - 1, i) \
                and owner[first - 1] is None and doc[first - 1].pos_ in ("ADJ", "PROPN", "NOUN"):
            first -= 1
        entry = ctx.vocab.word(kind, word)
        actor = Actor(ctx.text(first, i), "ORG" if kind == "body" else "GROUP", [], named=False,
                      sector=entry[1] if entry is not None else None, country=place_before(ctx, first)
                      or next((p.iso3 for k in range(first, i - 1) if (p := ctx.place_at(k, k + 1)) is not None),
                              None))
        ctx.add_mention(actor, first, i)
        out.append(actor)
    return out


def _according_to(tok: Token) -> bool:
    """The noun is the source of "according to": "..., according to the civil defence"."""
    head = tok.head  # one Token for the three looks
    return head.lower_ == "to" and head.head.lower_ == "according" and head.head.i == head.i - 1


def _unnamed_of(work: list[Actor], etype: str, name: str, article: str) -> Actor | None:
    """ "the administration would say ..." where the references made "the administration" an unnamed body elsewhere
    (not speaking, or outside the quotation): the one unnamed body or group of those words, if any."""
    if etype == "PERSON" or article != "the":
        return None
    same = [a for a in work if not a.named and a.type == etype and a.mentions and form_key(a.name) == form_key(name)]
    return same[0] if len(same) == 1 else None


def _names_someone(ctx: Context, clause: Token) -> bool:
    """A clause after the noun names an actor ("the chief known as X", "the group that X founded"): the noun
    may be that actor, which the statements decide; a clause naming nobody ("the group that runs the clinic")
    only says which group speaks."""
    return any((ctx.owner[t.i] is not None and t.pos_ != "PRON") or ctx.caps[t.i]
               for t in clause.subtree if t.i != clause.i)


_POST_PREPOSITIONS = frozenset({"at", "on"})  # "an officer at the bridge", "on the Dominican side": where they serve


def _speaking_noun(ctx: Context, tok: Token, first: int) -> tuple[EntityType, str | None, str, int] | None:
    """(entity type, sector, key, end of the phrase) of a speaker's common noun at ``tok`` (words from
    ``first``): a title (the whole phrase, else its head), else an actor word of the vocabulary, else a kind noun
    with words before it ("the joint management body"); None for any other noun ("the report said") or a phrase
    after it that is no title's portfolio."""
    doc = ctx.tokens
    end = tok.i + 1
    preps = [c for c in kids_of(tok) if c.dep_ == "prep"]
    plural = tok.tag_ == "NNS"
    # "the port captain in <town> said": a local office holder "in" a place is that place's own (the place is where
    # the office is, never the speaker); one who speaks for others ("a spokesman in the capital") is left to the
    # statements, which give them the body that spoke before
    posted = [p for p in preps if (p.lower_ == "in" and _names_place(ctx, p, loose=True))
              or (p.lower_ in _POST_PREPOSITIONS and _names_post(ctx, p))]
    if len(posted) == 1 and not _speaks_for_others(ctx, tok, first):
        preps = [p for p in preps if p is not posted[0]]
    for key in (form_key(ctx.text(first, end)), form_key(tok.lemma_)):
        sector = ctx.vocab.title(key)
        if sector is not False and sector is not True:
            if preps:  # "the Minister for Foreign Affairs": a capitalised portfolio no entity names
                objs = [o for o in preps[0].children if o.dep_ == "pobj"]
                if len(preps) > 1 or preps[0].lower_ not in ("for", "of") or not objs or not ctx.caps[objs[0].i] \
                        or any(ctx.owner[t.i] is not None for t in preps[0].subtree):
                    return None
                end = preps[0].right_edge.i + 1
            if sector is None and portfolio_title(ctx, first, tok.i + 1):
                sector = "GOV"  # "the agriculture secretary": a portfolio's office holder is of the government
            return ("GROUP" if plural else "PERSON"), sector, form_key(ctx.text(first, end)), end
    if tok.pos_ != "NOUN" and not (tok.pos_ == "PROPN" and tok.is_lower):  # the parser tags some common nouns
        return None
    lemma = form_key(tok.lemma_)
    # "a rebel faction in Colombia", "a shelter in Rivas": a place after a group or body only says where it is
    # (a state body or an official "in" a place is that place's, which the statements resolve)
    # ("the chamber of commerce in La Paz": the place beside the body's field says where it is too)
    placed = [p for p in preps if p.lower_ in ("in", "from") and _names_place(ctx, p)]
    located = bool(placed) and len(placed) == 1
    preps = [p for p in preps if p not in placed] if located else preps
    if preps:
        # A body named by its field in common words: "the chamber of commerce", "the council for refugees";
        # a name or an actor after "of" ("the office of the governor") is left to the references.
        objs = [o for o in preps[0].children if o.dep_ == "pobj"]
        if len(preps) > 1 or preps[0].lower_ not in ("of", "for") or len(objs) != 1 or not objs[0].is_lower \
                or ctx.vocab.word("body", lemma) is None or any(
                    ctx.owner[t.i] is not None or ctx.caps[t.i] or ctx.vocab.word("person", form_key(t.lemma_))
                    is not None or ctx.vocab.word("group", form_key(t.text)) is not None
                    for t in preps[0].subtree):
            return None
        end = preps[0].right_edge.i + 1
    kinds: tuple[tuple[WordKind, EntityType], ...] = (("person", "PERSON"), ("group", "GROUP"), ("body", "ORG"))
    pair = form_key(f"{doc[tok.i - 1].text} {tok.text}") if tok.i > first else None  # "the civil defence"
    for kind, etype in kinds:
        word = (ctx.vocab.word(kind, pair) if pair else None) or ctx.vocab.word(kind, lemma)
        if word is None:
            continue
        sector = word[1] or next((m[1] for k in range(first, tok.i) if (m := ctx.vocab.word(
            "modifier", form_key(doc[k].lemma_))) is not None), None)
        if located and (etype == "PERSON" or sector in ctx.vocab.state_sectors):
            return None
        return ("GROUP" if plural and etype == "PERSON" else etype), sector, form_key(ctx.text(first, end)), end
    if tok.i > first and not plural and not preps and not located and lemma in ctx.vocab.kind_nouns:
        # "the joint management body said", "according to the regional monitoring network": a noun that names a
        # body only by its kind, with words before it that say which one, speaks as an unnamed organisation.
        sector = next((m[1] for k in range(first, tok.i) if (m := ctx.vocab.word(
            "modifier", form_key(doc[k].lemma_))) is not None), None)
        return "ORG", sector, form_key(ctx.text(first, end)), end
    return None


def _names_place(ctx: Context, prep: Token, loose: bool = False) -> bool:
    """The preposition's one object is a place: a country, region or town ("in Colombia", "from Rivas"); with
    ``loose``, also a capitalised name nothing codes, which the NER typed a person or an organisation (a town it
    does not know: "the port captain in Puerto Lindo")."""
    objs = [o for o in kids_of(prep) if o.dep_ == "pobj"]
    if len(objs) != 1:
        return False
    obj = objs[0]
    owner = ctx.owner[obj.i]
    if owner is not None:
        return owner.type in ("GPE", "LOC") or (
            loose and obj.pos_ == "PROPN" and owner.type in ("PERSON", "ORG") and owner.country is None
            and owner.sector is None and not owner.roles and all(ctx.owner[t.i] is owner for t in obj.subtree
                                                                 if t.pos_ == "PROPN"))
    return ctx.place_at(obj.left_edge.i, obj.i + 1) is not None


def _names_post(ctx: Context, prep: Token) -> bool:
    """The preposition's one object is a place by common words, the post an unnamed officer stands at ("at the
    bridge", "on the Dominican side"): a common noun with no actor in its phrase but a demonym or a country."""
    objs = [o for o in kids_of(prep) if o.dep_ == "pobj"]
    if len(objs) != 1 or objs[0].pos_ != "NOUN":
        return False
    return all(ctx.owner[t.i] is None or ctx.owner[t.i].type in ("NORP", "GPE", "LOC")  # type: ignore[union-attr]
               for t in objs[0].subtree)


def _speaks_for_others(ctx: Context, tok: Token, first: int) -> bool:
    """The speaker's noun names someone who speaks or acts for another (a spokesperson, an aide, an envoy, an
    official of no office of their own), or a seat of national government ("the ministry in the capital")."""
    lists = ctx.lists
    words = {form_key(ctx.text(first, tok.i + 1)), form_key(tok.text), form_key(tok.lemma_)}
    return bool(words & (lists["spokesperson_titles"] | lists["generic_titles"] | lists["speaks_for"]
                         | lists["envoy_titles"] | lists["seated_body_nouns"]))


def _described_as_business(ctx: Context, actor: Actor) -> bool:
    """A name in apposition to a business noun or named by one: "The company, Atlantic Shipping, ...", "Acme,
    a lender,", "a firm called Acme"."""
    business = ctx.lists.business_nouns
    for s, e in actor.mentions:
        tok = ctx.head(s, e)
        if tok.i in ctx.appos and tok.head.lemma_.lower() in business:
            return True
        if tok.i in ctx.appos_heads and any(c.dep_ == "appos" and c.lemma_.lower() in business for c in kids_of(tok)):
            return True
        noun = called_by(tok)
        if noun is not None and noun.lemma_.lower() in business:
            return True
    return False


def called_by(tok: Token) -> Token | None:
    """The noun a name is given to by "called"/"named": "company" in "a company called Acme Mills"."""
    verb = tok.head
    if tok.dep_ in ("oprd", "dobj", "attr", "xcomp") and verb.lemma_.lower() in ("call", "name") \
            and verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.i < verb.i:
        return verb.head
    return None


def _business_name(ctx: Context, words: list[str]) -> bool:
    """A name of two or more words ending in a business's word and with no "of" in it ("Delta Basin
    Petroleum", not "Ministry of Petroleum")."""
    return len(words) >= 2 and words[-1] in ctx.lists.business_name_words \
        and not any(w in ("of", "for", "on") for w in words)


def _described_as_org(ctx: Context, actor: Actor) -> bool:
    """Every mention is one word next to an organisation noun: "aircraft manufacturer Boeing", "Ryanair, the
    airline"."""
    org_nouns = ctx.vocab.org_nouns
    for s, e in actor.mentions:
        if e - s != 1:
            return False
        tok = ctx.tokens[s]
        if s in ctx.appos and tok.head.lemma_.lower() in org_nouns:
            return True
        if s in ctx.appos_heads and any(c.dep_ == "appos" and c.lemma_.lower() in org_nouns for c in kids_of(tok)):
            return True
        if s > 0 and ctx.head_of[s - 1] == s and ctx.owner[s - 1] is None \
                and ctx.tokens[s - 1].lemma_.lower() in org_nouns:
            return True
    return False


def _modifies_a_noun(ctx: Context, actor: Actor) -> bool:
    """Some one-word mention stands before the noun it modifies ("Tajik troops")."""
    for s, e in actor.mentions:
        tok = ctx.tokens[s]
        if e - s == 1 and tok.dep_ in ("amod", "compound", "nmod") and tok.head.i > s:
            return True
    return False


def code_name(ctx: Context, actor: Actor) -> None:
    """Country, sector and type from what the name itself says."""
    if actor.type in ("PERSON", "OTHER") and (_described_as_org(ctx, actor) or _described_as_business(ctx, actor)):
        actor.type = "ORG"  # "the company behind the marina, Ionian Berths,": a name a business noun describes
    elif actor.type in ("GPE", "LOC") and ctx.vocab.place(actor.name) is None and _described_as_org(ctx, actor):
        actor.type = "ORG"  # "brewer Zywiec" tagged a place: no place the vocabulary knows, and a company
    texts = [actor.name] + [ctx.text(s, e) for s, e in actor.mentions]
    # A body word in lower case ("our congress", "the senate of the university") names no institution.
    lower = not any(ctx.capitalised(s) for s, _ in actor.mentions)
    for text in texts:
        inst = ctx.vocab.institution(text)
        if inst is not None and not (lower and ctx.vocab.word("body", form_key(text))):
            _code_institution(ctx, actor, inst)
            if (inst[0] is not None or actor.country is None) and form_key(text) != form_key(actor.name):
                # "the Senate" of "the Nigerian Senate": a body the vocabulary lists for one country, which the
                # full name gives another; "the Supreme Court" of "the Ostrovan Supreme Court": a body every country
                # has, whose the full name says
                s, e = max(actor.mentions, key=lambda m: (m[1] - m[0], -m[0]))
                named = [p for _, p in ctx.places_in(s, e, skip_owned=False) if p.kind in ("country", "demonym")]
                actor.country = named[0].iso3 if named else actor.country
            return
    for text in texts:
        place = ctx.vocab.place(text)
        if place is not None and all(ctx.other_region(place, e) for _, e in actor.mentions):
            return  # "in San Jose department": a region that shares the capital's name, its country unknown
        if place is not None:
            _code_place(ctx, actor, text, place)
            return
    if actor.type in ("ORG", "OTHER", "GPE", "LOC", "NORP"):
        _code_org(ctx, actor)


def _code_institution(ctx: Context, actor: Actor, inst: tuple[str | None, str]) -> None:
    """A name of the institution vocabulary: its country and sector; always an organisation."""
    actor.country, actor.sector = inst
    if actor.country is None and actor.sector not in ctx.vocab.countryless_sectors:
        # A body every country has ("Supreme Court", "Joint Chiefs of Staff"): whose, from "Israel's".
        actor.country = place_before(ctx, min(actor.mentions)[0])
    if actor.type in ("PERSON", "GPE", "LOC", "NORP", "OTHER"):
        actor.type = "ORG"


def _code_place(ctx: Context, actor: Actor, text: str, place: Place) -> None:
    """A name that is a place (``text`` of one of its mentions): the place, its country and the type it gives."""
    if actor.type == "PERSON":
        # The NER tags some places as people ("Belgrade", "MADRID"); a surname that is also a
        # place ("Jordan", "Washington") is grouped with the full name and never gets here alone.
        if any(len(ctx.text(s, e).split()) > len(text.split()) for s, e in actor.mentions):
            return
        if place.kind == "demonym" and (_modifies_a_noun(ctx, actor) or _plural(ctx, actor)):
            actor.type = "NORP"  # "Tajik troops", "Tajik Foreign Minister X", "Britons": a demonym, not a name
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
    elif place.kind == "region" and actor.type in ("ORG", "OTHER") \
            and all(mention_use(ctx, s, e) == "place" for s, e in actor.mentions):
        actor.type = "GPE"  # "flew to <city>, <state>," tagged an organisation: a city where the text only locates


def _plural(ctx: Context, actor: Actor) -> bool:
    """Every mention a demonym's plural ("Britons" of "Briton", "Englishmen"): a people, never one person's name."""
    def plural(text: str) -> bool:
        one = text[:-3] + "man" if text.endswith("men") else text[:-1] if text.endswith("s") else ""
        place = ctx.vocab.place(one) if one else None
        return place is not None and place.kind == "demonym"
    return all(e - s == 1 and plural(ctx.text(s, e)) for s, e in actor.mentions)


def _code_org(ctx: Context, actor: Actor) -> None:
    """An organisation's codes from its words: a known body it starts with, its head word, a modifier, or a
    business noun it stands beside; its country from a place in or right before the name."""
    vocab = ctx.vocab
    s, e = max(actor.mentions, key=lambda m: (m[1] - m[0], -m[0]))
    words = form_key(ctx.text(s, e)).split()
    if not words:
        return
    # An organisation whose name starts with a known body ("United Nations Development Programme").
    for n in range(len(words) - 1, 0, -1):
        inst = vocab.institution(" ".join(words[:n]))
        if inst is not None and inst[1] in vocab.international_sectors:
            actor.country, actor.sector = inst
            return
    office = _office_title(ctx, words) if actor.type == "ORG" else None
    if office is not None:
        # An office tagged as an organisation ("Minister of Environment", "Deputy Minister for Water"): the
        # title names the person who holds it, of the title's sector; whose government, the camps decide.
        actor.type, actor.sector = "PERSON", office
        return
    if actor.type in ("GPE", "LOC", "NORP", "OTHER") and (
            _business_name(ctx, words) or _described_as_business(ctx, actor)):
        actor.type = "ORG"  # "Delta Basin Petroleum" tagged as a place: no place the vocabulary knows
    if actor.type in ("ORG", "OTHER"):
        actor.sector = _org_sector(ctx, actor, words)
    # A state's abbreviation in capitals is no place of an organisation's name ("VT Group").
    # A place after "on" is the body's subject ("the Select Committee on <place>"), not its seat.
    inside = [(i, place) for i, place in ctx.places_in(s, e, skip_owned=False)
              if not (place.kind == "region" and ctx.tokens[i].is_upper and len(ctx.tokens[i]) <= 3
                       and actor.type == "ORG")
              and not (i > s and ctx.tokens[i - 1].lower_ == "on")]
    if actor.type in ("GPE", "LOC"):
        # A place's own name may hold another's demonym ("British Columbia", "Indian Ocean"): no country of it.
        inside = [(i, place) for i, place in inside if place.kind != "demonym"]
    if inside and _brief_place(ctx, actor, s, inside[0][0]):
        # "Greece's Cyprus Affairs Office": the place in the name is the body's brief; the possessive its owner
        actor.country = place_before(ctx, s)
    elif inside:
        actor.country = inside[0][1].iso3
    elif actor.sector is not None:
        actor.country = place_before(ctx, s)
    elif actor.type == "ORG" and s > 0 and ctx.tokens[s - 1].text in ctx.possessive:
        # "Romania's National Institute of Public Health": a country's own body, whatever its sector
        actor.country = place_before(ctx, s)
    if actor.country is None and actor.type == "ORG":
        actor.country = _described_country(ctx, actor)
    if actor.country is None and actor.type == "ORG":
        actor.country = _joined_country(ctx, ctx.text(s, e))


_JOINED_MIN = 5  # the shortest country name or demonym read at the start of a one-word name
_JOINED_REST = 3  # the fewest letters after it ("-gaz", "-air", "-port")


def _joined_country(ctx: Context, name: str) -> str | None:
    """The country of a one-word company name that starts with a country's name or demonym joined to a trade's
    word ("Kazakhtelecom", "Icelandair", "Uzbekneftegaz"): the country, else None."""
    if not name.isalpha() or not name[:1].isupper() or name.isupper():
        return None
    for n in range(len(name) - _JOINED_REST, _JOINED_MIN - 1, -1):
        place = ctx.vocab.place(name[:n])
        if place is not None and place.kind in ("country", "demonym") and place.iso3:
            return place.iso3
    return None


def _brief_place(ctx: Context, actor: Actor, s: int, i: int) -> bool:
    """The place at token ``i`` of an organisation's name (from ``s``) is followed by a brief word ("<Place>
    Affairs Office", ``brief_words``), and a country's possessive stands right before the name."""
    doc, briefs = ctx.tokens, ctx.lists["brief_words"]
    if actor.type != "ORG" or s == 0 or doc[s - 1].text not in ctx.possessive or place_before(ctx, s) is None:
        return False
    j = i + 1
    while j < len(doc) and doc[j].pos_ == "PROPN" and form_key(doc[j].text) not in briefs:
        j += 1
    return j < len(doc) and form_key(doc[j].text) in briefs


def _described_country(ctx: Context, actor: Actor) -> str | None:
    """The country word that modifies the business or organisation noun a name is described by, before it or in
    an apposition: "Ukrainian energy company Kestrel", "Kestrel, the largest Chilean copper company," (not a
    place after a preposition: "a company in Chile" may be anyone's)."""
    nouns = ctx.vocab.org_nouns  # business and organisation nouns
    for s, e in actor.mentions:
        tok = ctx.head(s, e)
        described = [c for c in kids_of(tok) if c.lemma_.lower() in nouns and (
            c.dep_ == "appos" or (c.dep_ in ("compound", "nmod") and c.i < s))]
        if tok.dep_ == "appos" and tok.head.lemma_.lower() in nouns:
            described.append(tok.head)
        for noun in described:
            if noun.i - noun.left_edge.i > 6 or ctx.owner[noun.i] is not None:
                continue
            found = [p for _, p in ctx.places_in(noun.left_edge.i, noun.i, skip_owned=False)
                     if p.kind in ("country", "demonym")]
            if found:
                return found[0].iso3
    return None


def _office_title(ctx: Context, words: list[str]) -> str | None:
    """The sector of a name that is a title of office ("minister of environment": its words before "of" or
    "for" are a title of the title vocabulary with a sector of its own), or None."""
    cut = next((k for k, w in enumerate(words) if w in ("of", "for") and k > 0), None)
    if cut is None:
        return None
    sector = ctx.vocab.title(" ".join(words))
    if sector is False:
        sector = ctx.vocab.title(" ".join(words[:cut]))
    return sector if isinstance(sector, str) else None


def _org_sector(ctx: Context, actor: Actor, words: list[str]) -> str | None:
    """The sector an organisation's name words give: its head word (the last, or the last before "of"/"for":
    "State Committee for National Security"; before "de"/"du" in a Spanish, Portuguese or French name:
    "Ministerio de Defensa"; else the first of a name such as "Policía Nacional"), a modifier, a business's last
    word or a business noun beside it."""
    vocab = ctx.vocab
    links = ctx.lists["body_name_links"]
    cut = next((k for k, w in enumerate(words) if (w in ("of", "for", "on") or w in links) and k > 0), len(words))
    heads = [words[:cut]] if cut == len(words) else [words, words[:cut]]
    if len(words) > 1 and words[0] in ctx.lists["head_first_bodies"]:
        heads.append(words[:1])  # "Policía Nacional": a Romance name puts its head word first
    for part in heads:
        for n in (2, 1):
            found = vocab.word("body", " ".join(part[-n:])) if len(part) >= n else None
            if found is not None:
                if found[1] is not None:
                    return found[1]
                break
    for w in words[:-1]:
        mod = vocab.word("modifier", w)
        if mod is not None and mod[1] not in ("GOV",):
            return mod[1]
    for s, e in actor.mentions:
        # "the opposition United Citizens Alliance", "the rebel Northern Front": a modifier before the name, of
        # it or with the name in apposition to it.
        before = ctx.tokens[s - 1] if s > 0 else None
        mod = vocab.word("modifier", before.lower_) if before is not None and before.is_lower else None
        if mod is not None and mod[1] not in (None, "GOV") and before is not None and (
                s <= before.head.i < e or ctx.head(s, e).head.i == before.i):
            return mod[1]
    if _business_name(ctx, words) or _described_as_business(ctx, actor):
        return "BUS"
    return None


def place_before(ctx: Context, start: int) -> str | None:
    """Country of a possessive or modifier right before a span ("Japan's", "Kenyan", "US")."""
    i = start - 1
    if i >= 0 and ctx.tokens[i].text in ctx.possessive:
        i -= 1
    if i < 0 or ctx.tokens[i].is_punct:
        return None  # "... bound for Bolivia. The agency": the place ends the sentence before
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
                and actor.sector not in ctx.vocab.countryless_sectors and actor.place is None and actor.mentions:
            start = min(actor.mentions)[0]
            if start > 0 and ctx.tokens[start - 1].tag_ == "PRP$":
                actor.country = place_before(ctx, start)


_JOINED_WORDS = 4  # capitalised words of the first body of a joined name ("Police" in "X's Police and Border Guard")


def code_joined_bodies(ctx: Context, actors: list[Actor]) -> None:
    """A named body still without a country whose name the NER cut after an "and" that joins it to a name owned by
    a country ("Latvia's Police and Border Guard Service": the NER's "Border Guard Service") takes that country:
    the possessive owns the whole joined name. Every such mention must name the same country."""
    doc = ctx.tokens
    for actor in actors:
        if actor.type != "ORG" or not actor.named or actor.country is not None or actor.place is not None \
                or actor.sector in ctx.vocab.countryless_sectors or not actor.mentions:
            continue
        found: set[str] = set()
        for s, _ in actor.mentions:
            if s < 3 or doc[s - 1].lower_ != "and":
                continue
            j = s - 2
            while j > 0 and s - 2 - j < _JOINED_WORDS and ctx.capitalised(j) and ctx.owner[j] is None \
                    and doc[j - 1].text not in ctx.possessive:
                j -= 1
            if 0 < j < s - 1 and ctx.capitalised(j) and ctx.owner[j] is None and doc[j - 1].text in ctx.possessive \
                    and (country := place_before(ctx, j)) is not None:
                found.add(country)
        if len(found) == 1:
            actor.country = found.pop()


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


def merge_body_aliases(ctx: Context, actors: list[Actor]) -> list[Actor]:
    """One actor per body named by several of its names ("ISIL", "Islamic State", "Daesh"; ``aliases.tsv``), the
    first named; each keeps the body's listed name as its ``ref``, so the ledger links the forms across stories."""
    first: dict[str, Actor] = {}
    into: dict[int, Actor] = {}  # id of a joined actor -> the one it joined
    out: list[Actor] = []
    for actor in sorted(actors, key=lambda a: a.first):
        name = _listed_name(ctx, actor) if actor.type in ("ORG", "OTHER", "GPE", "LOC") and actor.named else None
        if name is None:
            out.append(actor)
            continue
        actor.ref = actor.ref or name
        known = first.get(name)
        if known is None:
            first[name] = actor
            out.append(actor)
        else:
            known.absorb(actor)
            into[id(actor)] = known
    return _repointed(out, into) if into else actors


def _repointed(out: list[Actor], into: dict[int, Actor]) -> list[Actor]:
    """``out`` with each affiliation to an actor merged away (``into``: id of the merged actor -> the one kept) pointed
    at the actor kept."""
    for actor in out:
        if actor.affiliation is not None and id(actor.affiliation) in into:
            actor.affiliation = into[id(actor.affiliation)]
    return out


def merge_state_bodies(ctx: Context, actors: list[Actor]) -> list[Actor]:
    """One actor per body of a state written once with the country's possessive and once with its demonym or name
    before it or "of" and its name after it ("Peru's foreign ministry", "the Peruvian Foreign Ministry", "the Central
    Bank of Peru"): two organisations of the same country whose words besides the country are the same and end in a
    body word."""
    first: dict[tuple[str, str], Actor] = {}
    into: dict[int, Actor] = {}
    out: list[Actor] = []
    for actor in sorted(actors, key=lambda a: a.first):
        key = _state_body_key(ctx, actor)
        known = first.get(key) if key is not None else None
        if key is not None and known is None:
            first[key] = actor
        if known is None:
            out.append(actor)
            continue
        known.absorb(actor)
        into[id(actor)] = known
    return _repointed(out, into) if into else actors


def _state_body_key(ctx: Context, actor: Actor) -> tuple[str, str] | None:
    """(country, the body's words after the country) of an organisation whose first mention opens with its country
    (after an article) and ends in a body word, or None."""
    if actor.type != "ORG" or actor.country is None or not actor.mentions:
        return None
    s, e = min(actor.mentions)
    while s < e and ctx.tokens[s].lower_ in ctx.articles:
        s += 1
    country = next(((k, p) for k in range(min(e - 1, s + 3), s, -1) if (p := ctx.place_at(s, k)) is not None), None)
    if country is None and s >= 2 and ctx.tokens[s - 1].text in ctx.possessive:
        # the possessor left out of the mention: "Ghana's" + "defence ministry"
        country = next(((s, p) for j in range(max(0, s - 4), s - 1) if (p := ctx.place_at(j, s - 1)) is not None),
                       None)
    if country is None:
        return _body_of_country_key(ctx, actor, s, e)
    k, place = country
    if place.iso3 != actor.country or place.kind not in ("country", "demonym"):
        return None
    if k < e and ctx.tokens[k].text in ctx.possessive:
        k += 1
    words = form_key(ctx.text(k, e))
    if not words or ctx.vocab.word("body", words.split()[-1]) is None:
        return None
    return actor.country, words


def _body_of_country_key(ctx: Context, actor: Actor, s: int, e: int) -> tuple[str, str] | None:
    """The key of :func:`_state_body_key` for a body named "the W of COUNTRY" ("the Central Bank of Brazil"):
    (country, W)."""
    of = next((k for k in range(s + 1, e - 1) if ctx.tokens[k].lower_ == "of"), None)
    if of is None:
        return None
    c = of + 1
    while c < e and ctx.tokens[c].lower_ in ctx.articles:
        c += 1
    place = ctx.place_at(c, e)
    if place is None or place.iso3 != actor.country or place.kind != "country":
        return None
    words = form_key(ctx.text(s, of))
    if not words or ctx.vocab.word("body", words.split()[-1]) is None:
        return None
    return actor.country, words


def _listed_name(ctx: Context, actor: Actor) -> str | None:
    """The listed name of the body ``actor`` names by one of its other names, if any."""
    same_as = ctx.vocab.same_as
    for text in [actor.name] + [ctx.text(s, e) for s, e in actor.mentions]:
        name = same_as.get(form_key(text))
        if name is not None:
            return name
    return None
