"""Within-document reference and actors the NER does not tag.

One left-to-right pass over the document:

- **Actor noun phrases** the NER misses become entities: groups ("Ethiopian
  Oromo opposition groups" -> GROUP, ETH, OPP), anonymous sources ("a
  senior Saudi official" -> PERSON, SAU, GOV, no name), bodies ("Japan's
  defence ministry" -> ORG, JPN, GOV).
- **Nominal references** ("the advisory", "the ministry", "the minister",
  "the group", "the country", "his office") become mentions of the entity
  they refer back to: the latest one whose name or role has the same head
  word, or of the right kind.
- **Pronouns** ("he", "she", "his", "it", "they") become mentions of the
  subject they refer back to, found the way a reader does: the subject
  earlier in the same sentence, else the main subject of the sentence before.
  A pronoun is added only when that subject is an actor of a fitting kind;
  otherwise it is left out rather than guessed. Pronouns inside quotation
  marks are left to the statements stage (they refer from the speaker's view).
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from spacy.tokens import Token

from ...lexicon.actors import Vocabulary
from ...models import EntityType
from ...textutil import form_key
from .codes import find_titles
from .context import Actor, Context

__all__ = ["resolve_references"]

_HE = {"he", "him", "his", "himself"}
_SHE = {"she", "her", "hers", "herself"}
_IT = {"it", "its", "itself"}
_THEY = {"they", "them", "their", "themselves"}
_SUBJ = {"nsubj", "nsubjpass"}
_DEFINITE = {"the", "this", "that", "these", "those"}
_NP_DEPS = {"det", "amod", "compound", "poss", "nummod", "nmod", "quantmod", "case", "predet", "advmod"}
# "his office said": the person's office speaks for them.
_OWN_OFFICE = {"office", "team", "camp", "spokesperson", "spokesman", "spokeswoman", "aides", "staff"}
# Generic nouns that refer back to an actor of a kind rather than by its name.
_KIND_NOUNS: dict[str, tuple[str, ...]] = {
    "group": ("REB", "OPP", "UAF", "PTY", "NGO", "GROUP"),
    "movement": ("REB", "OPP", "PTY", "GROUP"),
    "militia": ("REB", "UAF", "MIL"),
    "organisation": ("IGO", "NGO", "ORG"),
    "organization": ("IGO", "NGO", "ORG"),
    "bloc": ("IGO",),
    "alliance": ("IGO",),
    "company": ("BUS", "ORG"),
    "firm": ("BUS", "ORG"),
    "carrier": ("BUS", "ORG"),
    "manufacturer": ("BUS", "ORG"),
    "automaker": ("BUS", "ORG"),
    "bank": ("BUS", "ORG"),
    "party": ("PTY",),
}
_LOOK_BACK = 2000  # tokens a nominal reference looks back for its entity (about four pages of news)
_SPEAKS_FOR = {"spokesperson", "spokesman", "spokeswoman", "aide", "aides", "adviser", "advisor", "lawyer",
               "representative", "envoy"}
_BREAKS = {"(", ")", "[", "]", ",", ";", ":", "“", "”", '"', "``", "''", "—", "–"}
_COUNTRY_NOUNS = {"country", "nation", "kingdom", "republic"}


class _Resolver:
    def __init__(self, ctx: Context, actors: list[Actor]) -> None:
        self.ctx = ctx
        self.actors = actors
        self.new: list[Actor] = []
        self.np_keys: dict[tuple[str, str | None, str | None], Actor] = {}

    # --- helpers ----------------------------------------------------------------------------------

    def latest(self, before: int, accept: Callable[[Actor], bool], window: int | None = None) -> Actor | None:
        """The actor with the latest mention before token ``before`` that ``accept`` takes."""
        ctx = self.ctx
        floor = 0 if window is None else ctx.sents[max(0, ctx.sent_of[before] - window)][0]
        floor = max(floor, before - _LOOK_BACK)  # bounded, so a long document stays linear
        seen: set[int] = set()
        for i in range(before - 1, floor - 1, -1):
            actor = ctx.owner[i]
            if actor is None or id(actor) in seen:
                continue
            seen.add(id(actor))
            if accept(actor):
                return actor
        return None

    def subjects(self, tok: Token) -> list[Token]:
        """Subjects a pronoun may refer back to, nearest first: this sentence, then the one before."""
        ctx = self.ctx
        n = ctx.sent_of[tok.i]
        start, _ = ctx.sents[n]
        doc = ctx.doc
        out = [doc[i] for i in reversed(ctx.subjects_in(start, tok.i)) if i != tok.head.i]
        if n > 0:
            p_start, p_end = ctx.sents[n - 1]
            prev = [doc[i] for i in ctx.subjects_in(p_start, p_end)]
            roots = [t for t in prev if t.head.dep_ == "ROOT"]
            out += roots + [t for t in reversed(prev) if t not in roots]
        return out

    def described(self, subj: Token) -> Actor | None:
        """The named actor a common-noun subject describes ("the Irish airline, Ryanair, said")."""
        for child in subj.children:
            if child.dep_ in ("appos", "compound") and self.ctx.owner[child.i] is not None:
                return self.ctx.owner[child.i]
        return None

    # --- pronouns ---------------------------------------------------------------------------------

    def pronoun(self, tok: Token) -> None:
        ctx = self.ctx
        low = tok.lower_
        if ctx.quoted[tok.i]:
            return
        target: Actor | None = None
        # An object pronoun never stands for the subject of its own verb ("Baghdad had not approved it").
        barred: set[int] = set()
        if tok.dep_ not in ("nsubj", "nsubjpass", "poss"):
            verb = tok.head.head if tok.dep_ == "pobj" else tok.head
            barred = {id(ctx.owner[c.i]) for c in verb.children if c.dep_ in _SUBJ and ctx.owner[c.i] is not None}
        if low in _HE or low in _SHE:
            gender = "m" if low in _HE else "f"

            def person(a: Actor) -> bool:
                return a.type == "PERSON" and not a.plural and a.gender in (None, gender) and id(a) not in barred

            for subj in self.subjects(tok):
                owner = ctx.owner[subj.i] or self.described(subj)  # "the spokesman, Jane Doe, said"
                if owner is not None and person(owner):
                    target = owner
                    break
            if target is None:
                target = self.latest(tok.i, person, window=1)
            if target is not None:
                target.gender = gender
        else:
            plural = low in _THEY
            for subj in self.subjects(tok):
                if subj.lower_ in ("there", "we", "i", "you", "us", "who", "which", "that") and \
                        ctx.owner[subj.i] is None:
                    continue
                owner = ctx.owner[subj.i] or self.described(subj)
                if owner is not None and id(owner) in barred:
                    continue
                if owner is not None and owner.type != "PERSON" and owner.type != "NORP" and \
                        owner.plural == plural and (owner.type != "GPE" or owner.place is not None):
                    target = owner
                break
        if target is None:
            return
        head = tok.head
        if low in ("his", "her", "its", "their") and tok.dep_ == "poss" and head.lower_ in _OWN_OFFICE \
                and ctx.owner[head.i] is None and head.i == tok.i + 1:
            ctx.add_mention(target, tok.i, head.i + 1)
            return
        ctx.add_mention(target, tok.i, tok.i + 1)

    # --- noun phrases -----------------------------------------------------------------------------

    def np_bounds(self, head: Token) -> int:
        left = head.i
        for child in head.lefts:
            if child.dep_ in _NP_DEPS:
                left = min(left, child.left_edge.i)
                cut = self.country_and_group(child)
                if cut is not None:
                    left = max(left, cut)
        # Never swallow a person's name or run across a sentence start.
        while left < head.i:
            owner = self.ctx.owner[left]
            name = owner is not None and owner.type == "PERSON" and self.ctx.capitalised(left)
            if not name and self.ctx.sent_of[left] == self.ctx.sent_of[head.i]:
                break
            left += 1
        # Nor across brackets, commas or quotation marks ("the United Auto Workers ( UAW ) union").
        for i in range(head.i - 1, left - 1, -1):
            if self.ctx.text(i, i + 1) in _BREAKS:
                return i + 1
        return left

    def country_and_group(self, mod: Token) -> int | None:
        """Where "Congo and M23 rebels" really starts: a country coordinated with an organisation before a
        noun is an actor of its own ("Congo" and "M23 rebels"), unlike "Syrian and Turkish forces"."""
        ctx = self.ctx
        first = ctx.owner[mod.i]
        conj = [c for c in mod.children if c.dep_ == "conj"]
        cc = [c for c in mod.children if c.dep_ == "cc"]
        if not conj or not cc or first is None or first.type != "GPE" or first.place is None \
                or first.place.kind != "country":
            return None
        other = ctx.owner[conj[-1].i]
        if other is None or other.type != "ORG" or other.place is not None:
            return None
        return cc[-1].i + 1

    def noun(self, head: Token) -> None:
        ctx, vocab = self.ctx, self.ctx.vocab
        low = form_key(head.text)
        lemma = head.lemma_.lower()
        kind = vocab.word("person", low) or vocab.word("group", low) or vocab.word("body", low)
        country_noun = low in _COUNTRY_NOUNS
        kind_noun = low in _KIND_NOUNS
        counterpart = lemma == "counterpart"
        if kind is None and not country_noun and not kind_noun and not counterpart:
            return
        named = self.person_after(head)
        if named is None and head.dep_ == "appos" and ctx.owner[head.head.i] is not None \
                and ctx.owner[head.head.i].type == "PERSON":  # type: ignore[union-attr]
            named = ctx.owner[head.head.i]  # "Omar Khalid, Jordan's ambassador": a description of him
        if named is not None and not counterpart and (kind is None or kind[0] == "person"):
            return  # the title of the person named next to it ("Canada's trade minister Mary Ng")
        start = self.np_bounds(head)
        toks = ctx.doc[start:head.i + 1]
        first = toks[0].lower_
        definite = first in _DEFINITE
        possessor: Actor | None = None
        for t in toks[:-1]:
            if t.dep_ == "poss" and ctx.owner[t.i] is not None:
                possessor = ctx.owner[t.i]
        name_end = head.i + 1
        # Codes from the words of the phrase.
        country = None
        affiliation = None
        sector = None
        for i in range(start, head.i):
            owner = ctx.owner[i]
            if owner is None:
                mod = vocab.word("modifier", form_key(ctx.doc[i].text))
                if mod is not None and sector is None:
                    sector = mod[1]
                continue
            if owner.type in ("GPE", "NORP") and owner.country and country is None:
                country = owner.country
            elif owner.type == "ORG" and affiliation is None:
                affiliation = owner
        if affiliation is None:
            affiliation = self.belongs_to(head)
            if affiliation is not None and low in _SPEAKS_FOR:
                # "a spokesman for the army" is named with whom he speaks for (the mention stays "a spokesman").
                name_end = max((p.right_edge.i + 1 for p in head.rights if p.dep_ == "prep"
                                and any(ctx.owner[o.i] is affiliation for o in p.children)), default=name_end)
        if affiliation is None and low in _SPEAKS_FOR:
            affiliation = self.body_named_before(head, start)
        if country is None:
            found = ctx.places_in(start, head.i)
            country = found[0][1].iso3 if found else None
        if country is None and affiliation is not None:
            country = affiliation.country
        if country_noun:
            if definite and len(toks) <= 2 and head.tag_ == "NN":
                target = self.latest(head.i, lambda a: a.type == "GPE" and a.place is not None
                                     and a.place.kind == "country")
                if target is not None:
                    ctx.add_mention(target, start, head.i + 1)
            return
        if counterpart:
            self.counterpart(head, start, possessor, country, named)
            return
        if possessor is not None and possessor.type == "PERSON" and kind is not None and kind[0] == "body" \
                and low not in _OWN_OFFICE:
            # "his ministry": the body the person belongs to, in the person's country.
            country = country or possessor.country
            affiliation_of = possessor
        else:
            affiliation_of = None
        if low in _OWN_OFFICE and possessor is not None and possessor.type == "PERSON":
            while start < head.i and ctx.owner[start] is not possessor:
                start += 1  # "Israeli Prime Minister X's office": the mention starts at the person
            ctx.add_mention(possessor, start, head.i + 1)  # "the prime minister's office said"
            return
        while start < head.i and ctx.owner[start] is not None and ctx.doc[start].tag_ == "PRP$":
            start += 1  # "its troops": "its" stays a mention of the owner
        plural = head.tag_ in ("NNS", "NNPS")
        if definite and country is None and affiliation is None and (sector is None or (
                kind is not None and kind[0] == "body")):
            # "the ministry", "the foreign ministry", "the military": the body named before, if any.
            modifiers = {form_key(t.text) for t in toks[:-1] if t.is_alpha and t.dep_ not in ("det", "poss")
                         and t.lower_ not in _DEFINITE}
            target = self.refer_back(head, low, lemma, plural, modifiers)
            if target is not None:
                ctx.add_mention(target, start, head.i + 1)
                return
        if kind_noun and kind is None:
            return
        assert kind is not None
        word_kind, word_sector = kind
        # A bare common noun with nothing that codes it is no actor ("the groups", "sources").
        if affiliation is not None and affiliation.sector in ("IGO", "NGO") and word_kind in ("body", "person"):
            sector = affiliation.sector  # "the U.N. human rights office", "a U.N. official"
        sector = sector or word_sector or (affiliation.sector if affiliation else None)
        if sector is None and country is None and affiliation is None:
            return
        if affiliation is not None and affiliation.type == "PERSON":
            # Whoever speaks for a person: keep the person's codes, not the person as an organisation.
            country = country or affiliation.country
            sector = sector or affiliation.sector
        if word_kind == "body" and not (country or affiliation or possessor) and not _acts(head):
            return  # "the ministry" with nothing before it that we could not resolve, and not acting here
        etype: EntityType = "ORG" if word_kind == "body" else ("GROUP" if word_kind == "group" or plural else "PERSON")
        key = (_SAME_BODY.get(lemma, lemma), country, sector)
        if definite or word_kind == "body":
            known = self.np_keys.get(key)
            if known is not None:
                ctx.add_mention(known, start, head.i + 1)
                return
        if ctx.quoted[head.i] and not country:
            return
        # The name leaves out articles and counts ("the", "two", "about 3,000"); the mention keeps them.
        name_start = start
        while name_start < head.i and (ctx.doc[name_start].dep_ in ("det", "nummod", "quantmod", "predet")
                                       or ctx.doc[name_start].like_num
                                       or ctx.doc[name_start].lower_ in ("a", "an", "about", "some", "several")):
            name_start += 1
        actor = Actor(ctx.text(name_start, name_end), etype, [], country=country, sector=sector,
                      affiliation=affiliation, named=False, plural=etype == "GROUP")
        if etype == "PERSON":
            titles = find_titles(ctx, start, head.i + 1)
            if titles:
                actor.add_role(titles[-1].role)
        ctx.add_mention(actor, start, head.i + 1)
        self.new.append(actor)
        if affiliation_of is not None and affiliation_of.affiliation is None:
            affiliation_of.affiliation = actor
        if definite or word_kind == "body":
            self.np_keys[key] = actor

    def belongs_to(self, head: Token) -> Actor | None:
        """The organisation in "fighters of the Syrian Democratic Forces", "officials from the ministry"."""
        for prep in head.rights:
            if prep.dep_ == "prep" and prep.lower_ in ("of", "from", "at", "with", "for"):
                for obj in prep.children:
                    if obj.dep_ != "pobj":
                        continue
                    if self.ctx.owner[obj.i] is None and (obj.pos_ == "NOUN" or (obj.pos_ == "PROPN" and obj.is_lower)):
                        self.noun(obj)  # "a spokesperson for the ministry": resolve the ministry first
                    owner = self.ctx.owner[obj.i]
                    if owner is not None and (owner.type == "ORG" or (
                            owner.type == "PERSON" and head.lower_ in _SPEAKS_FOR)):
                        return owner  # "a spokesman for the ministry", "a spokesman for Antonio Guterres"
        return None

    def body_named_before(self, head: Token, start: int) -> Actor | None:
        """The body a spokesperson's bare modifier refers back to: "the interior ministry ... a ministry
        spokesman". Only a body already named; "an army spokesman" alone makes no army."""
        ctx = self.ctx
        for i in range(start, head.i):
            word = form_key(ctx.doc[i].text)
            if ctx.owner[i] is None and ctx.doc[i].dep_ == "compound" and ctx.vocab.word("body", word):
                target = self.refer_back(ctx.doc[i], word, ctx.doc[i].lemma_.lower(), False)
                if target is not None and target.type == "ORG":
                    return target
        return None

    def person_after(self, head: Token) -> Actor | None:
        """The person named right after a title noun, or in apposition to it."""
        ctx = self.ctx
        j = head.i + 1
        while j < len(ctx.doc) and ctx.text(j, j + 1) == ",":
            j += 1
        if j < len(ctx.doc) and ctx.owner[j] is not None and ctx.owner[j].type == "PERSON":  # type: ignore[union-attr]
            return ctx.owner[j]
        for child in head.rights:
            owner = ctx.owner[child.i]
            if child.dep_ == "appos" and owner is not None and owner.type == "PERSON":
                return owner
        return None

    def counterpart(self, head: Token, start: int, possessor: Actor | None, country: str | None,
                    named: Actor | None) -> None:
        """"her Mexican counterpart, Raquel Buenrostro": the other country's holder of the same office."""
        ctx = self.ctx
        if possessor is None or possessor.type != "PERSON" or not possessor.roles:
            return
        target = named
        if target is None:
            if country is None:
                return
            while start < head.i and ctx.owner[start] is possessor:
                start += 1  # "his" stays a mention of the possessor
            target = Actor(ctx.text(start, head.i + 1), "PERSON", [], named=False)
            ctx.add_mention(target, start, head.i + 1)
            self.new.append(target)
        target.add_role(possessor.roles[-1])
        target.country = target.country or country
        target.sector = target.sector or possessor.sector

    def refer_back(self, head: Token, low: str, lemma: str, plural: bool,
                   modifiers: set[str] | frozenset[str] = frozenset()) -> Actor | None:
        """The entity a definite noun phrase refers back to, by head word or by kind.

        The phrase's own modifiers must be in the name it refers to: "the foreign ministry" is not the
        interior ministry named before. "the army" and "the military" name the same body.
        """
        kinds = _KIND_NOUNS.get(low) or _KIND_NOUNS.get(lemma)
        heads = {_SAME_BODY.get(low, low), low}

        def fits(words: list[str]) -> bool:
            return bool(words) and _SAME_BODY.get(words[-1], words[-1]) in heads and modifiers <= set(words)

        def same_head(a: Actor) -> bool:
            if a.type == "PERSON":
                return any(fits(form_key(r).split()) for r in a.roles if r)
            if a.type in ("ORG", "GROUP") and a.named:
                return fits(form_key(a.name).split())
            return False

        target = self.latest(head.i, same_head)
        if target is None and kinds is not None:
            target = self.latest(head.i, lambda a: a.type in kinds or (a.sector in kinds and a.type != "PERSON"),
                                 window=3)
        if target is None:
            target = self.latest(head.i, lambda a: not a.named and bool(a.mentions) and a.type != "PERSON"
                                 and fits(form_key(a.name).split()))
        return target


_PRONOUNS = _HE | _SHE | _IT | _THEY
# Head words that name the same body ("the army" ... "the military").
_SAME_BODY = {"military": "army"}
# Nouns whose possessor or "for"/"of"/"from" object speaks or acts ("the army's spokesman", "a statement
# from the ministry", "officials of the army").
_VOICE_NOUNS = _SPEAKS_FOR | {"statement", "official", "officials", "source", "sources", "chief", "head",
                              "commander", "spokespeople", "announcement", "communique", "communiqué"}


def _acts(head: Token) -> bool:
    """An unnamed body that acts or speaks here: a subject, an agent, or the one a spokesperson speaks for.

    Elsewhere ("the role of the army", "in the ministry") a bare common noun stays no entity.
    """
    while head.dep_ == "conj":
        head = head.head
    dep = head.dep_
    if dep in _SUBJ:
        return True
    if dep == "poss":
        return head.head.lower_ in _VOICE_NOUNS
    if dep == "pobj":
        prep = head.head
        word = prep.lower_
        if word == "by":
            return prep.head.tag_ == "VBN"
        if word == "to" and prep.head.lower_ == "according":
            return True
        return word in ("for", "of", "from") and prep.head.lower_ in _VOICE_NOUNS
    return False


@functools.cache
def _candidate_nouns(vocab: Vocabulary) -> frozenset[str]:
    """Lower-case words that can head an actor noun phrase."""
    words = {k.split(":", 1)[1].split()[-1] for k, v in vocab.words.items() if v[0] in ("person", "group", "body")}
    return frozenset(words | set(_KIND_NOUNS) | _COUNTRY_NOUNS | {"counterpart", "counterparts"})


def resolve_references(ctx: Context, actors: list[Actor]) -> list[Actor]:
    """Add nominal and pronoun mentions to ``actors``; return the new actors made from noun phrases."""
    resolver = _Resolver(ctx, actors)
    nouns = _candidate_nouns(ctx.vocab)
    doc, raw, idx, end = ctx.doc, ctx.raw, ctx.idx, ctx.end_char
    for i in range(len(doc)):
        # Cheap text test first: most tokens are neither pronouns nor actor nouns.
        low = raw[idx[i]:end[i]].lower()
        if ctx.owner[i] is not None or (low not in _PRONOUNS and low not in nouns):
            continue
        tok = doc[i]
        if tok.tag_ in ("PRP", "PRP$") and (low in _HE or low in _SHE or low in _IT or low in _THEY):
            # "his office": handled with the noun it owns, once the noun's turn comes.
            resolver.pronoun(tok)
        elif (tok.pos_ == "NOUN" or (tok.pos_ == "PROPN" and tok.is_lower)) and (
                tok.dep_ != "compound" or low == "counterpart"):
            resolver.noun(tok)
    return resolver.new
