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

from collections.abc import Callable, Collection
from dataclasses import dataclass

import numpy as np
from spacy.attrs import ORTH
from spacy.tokens import Doc, Token

from ...lexicon.actors import WordKind
from ...models import EntityType
from ...textutil import form_key
from ..walk import among, distinct, doc_tokens, kids_of, pos_dep_lower, word_forms, word_keys
from .codes import called_by
from .context import Actor, Context
from .persons import gender_from_role, office_holder
from .titles import find_titles

__all__ = ["resolve_references"]

_SUBJ = {"nsubj", "nsubjpass"}
_NP_DEPS = {"det", "amod", "compound", "poss", "nummod", "nmod", "quantmod", "case", "predet", "advmod"}
_LOOK_BACK = 2000  # tokens a nominal reference looks back for its entity (about four pages of news)
_BREAKS = {"(", ")", "[", "]", ",", ";", ":", "“", "”", '"', "``", "''", "—", "–"}
_COUNTERPART = {"counterpart", "counterparts"}  # the words of the counterpart rule, which is code
_AIMED = ("at", "after", "against")  # a phrasal verb's preposition before the one it aims at


@dataclass
class _Phrase:
    """An actor noun phrase being read: its bounds and what its words say of the actor."""

    head: Token
    low: str  # the head word, folded
    lemma: str
    kind: tuple[WordKind, str | None] | None  # the head as an actor word of the vocabulary
    start: int  # first token of the phrase
    definite: bool  # "the ministry", "that group": may refer back
    possessor: Actor | None  # "Japan's ministry", "his office"
    name_end: int  # where the name of a new actor ends ("a spokesman for the army")
    poss_at: int | None = None  # the possessor's token
    name_from: int | None = None  # where the name of a new actor starts, if before the phrase ("Trump's aides")
    country: str | None = None
    affiliation: Actor | None = None
    sector: str | None = None


def _spaced_hyphen(doc: Doc, i: int) -> bool:
    """A hyphen standing for a dash, spaced on both sides ("15:40 - The navy says ..."), not one inside a word."""
    return doc[i].text == "-" and bool(doc[i].whitespace_) and i > 0 and bool(doc[i - 1].whitespace_)


class _Resolver:
    """The state of the one pass: the actors made from noun phrases so far, and the word lists it reads."""

    def __init__(self, ctx: Context, actors: list[Actor]) -> None:
        self.ctx = ctx
        self.actors = actors
        self.new: list[Actor] = []
        self.np_keys: dict[tuple[str, str | None, str | None, int | None, tuple[str, ...], frozenset[str], int | None],
                           Actor] = {}
        self.described_as: dict[int, set[str]] = {}  # id of a named actor -> the nouns that described it
        english = ctx.english
        self.he, self.she = english["third_person_male"], english["third_person_female"]
        self.they = english["third_person_plural"]
        self.pronouns = self.he | self.she | english["third_person_neuter"] | self.they
        self.definite = english["definite_determiners"]
        self.identity = english["identity_modifiers"]
        # Subjects that never stand for an actor a pronoun refers back to: "there", the speaker and the addressee
        # ("we", "you"), and relative pronouns, whose antecedent is nearer.
        self.not_antecedents = english["first_person_singular"] | english["first_person_plural"] \
            | english["second_person"] | english["relative_pronouns"] | {"there"}
        self.country_nouns = ctx.lists.country_nouns
        self.head_titles = ctx.lists["head_titles"]
        self.back_titles = ctx.lists["back_titles"]
        self.relative = english["relative_pronouns"]

    # --- helpers ----------------------------------------------------------------------------------

    def latest(self, before: int, accept: Callable[[Actor], bool], window: int | None = None,
               unquoted: bool = False) -> Actor | None:
        """The actor with the latest mention before token ``before`` that ``accept`` takes (with ``unquoted``, a
        mention outside quotation marks)."""
        ctx = self.ctx
        floor = 0 if window is None else ctx.sents[max(0, ctx.sent_of[before] - window)][0]
        floor = max(floor, before - _LOOK_BACK)  # bounded, so a long document stays linear
        seen: set[int] = set()
        owner = ctx.owner
        for i in ctx.owned_before(before, floor):  # only the owned tokens, latest first
            actor = owner[i]
            if actor is None or id(actor) in seen or (unquoted and ctx.quoted[i]):
                continue
            seen.add(id(actor))
            if accept(actor):
                return actor
        return None

    def of_kind(self, before: int, kinds: frozenset[str]) -> Actor | None:
        """The latest actor of one of ``kinds`` named in the last three sentences before token ``before``, for
        "the company", "the group": an actor whose sector is one of them, or, where no sector codes it, whose
        entity type is ("the company" is not the ministry named last, but may be "Acme Partners")."""
        return self.latest(before, lambda a: a.type != "PERSON" and (
            a.sector in kinds or (a.sector is None and a.type in kinds)), window=3)

    def subjects(self, tok: Token) -> list[Token]:
        """Subjects a pronoun may refer back to, nearest first: this sentence, then the one before. Subjects
        inside quotation marks are left out: they speak from the speaker's view ("'It was not the wiring,'
        its president said")."""
        ctx = self.ctx
        n = ctx.sent_of[tok.i]
        start, _ = ctx.sents[n]
        doc, quoted = ctx.tokens, ctx.quoted
        out = [doc[i] for i in reversed(ctx.subjects_in(start, tok.i)) if i != tok.head.i and not quoted[i]]
        prev: list[Token] = []
        for back in range(n - 1, max(-1, n - 4), -1):
            # The sentence before, or the last one before a quotation that ran over several sentences.
            p_start, p_end = ctx.sents[back]
            prev = [doc[i] for i in ctx.subjects_in(p_start, p_end) if not quoted[i]]
            if prev or not all(quoted[p_start:p_end - 1]):
                break
        if prev:
            roots = [t for t in prev if t.head.dep_ == "ROOT"]
            out += roots + [t for t in reversed(prev) if t not in roots]
        return out

    def described(self, subj: Token) -> Actor | None:
        """The named actor a common-noun subject describes ("the Irish airline, Ryanair, said"), or the one a
        relative pronoun stands for ("Jane Doe, who told reporters that ...")."""
        ctx = self.ctx
        for child in kids_of(subj):
            if child.dep_ in ("appos", "compound") and ctx.owner[child.i] is not None:
                return ctx.owner[child.i]
        verb = subj.head
        if subj.lower_ in self.relative and verb.dep_ == "relcl" and verb.head.i != verb.i:
            return ctx.owner[verb.head.i]
        return None

    def unnamed_teller(self, tok: Token) -> bool:
        """A subject pronoun in what an unnamed person says ("a woman who claims she was ...", "the witness said he
        saw ..."): it refers to that person, not to an actor named before."""
        if tok.dep_ not in _SUBJ or tok.head.dep_ != "ccomp":
            return False
        verb = tok.head.head
        subj = next((c for c in kids_of(verb) if c.dep_ in _SUBJ), None)
        if subj is None or subj.pos_ not in ("NOUN", "PRON") or self.ctx.owner[subj.i] is not None:
            return False
        if subj.lower_ in self.relative:
            return verb.dep_ == "relcl" and verb.head.pos_ == "NOUN" and self.ctx.owner[verb.head.i] is None
        return subj.pos_ == "NOUN" and self.described(subj) is None

    def thing(self, subj: Token) -> bool:
        """A subject that is a common noun naming no actor ("the vessel", "the trucks", "the bridge"): no speaker."""
        vocab = self.ctx.vocab
        low = form_key(subj.text)
        return subj.pos_ == "NOUN" and not (vocab.word("person", low) or vocab.word("group", low)
                                            or vocab.word("body", low) or low in vocab.kind_nouns
                                            or low in self.country_nouns or low in self.head_titles
                                            or low in self.back_titles)

    # --- pronouns ---------------------------------------------------------------------------------

    def genders(self) -> None:
        """The gender of people the text itself tells before any pronoun is resolved: a "his"/"her"/"he"/"she"
        after a person's name in a sentence that names no other person (and no one by a title or a common noun:
        "Ana Ruiz said her plan would pass", "Ruiz said she would stay"). A person's gender is set where two such
        sentences or more agree and none disagrees, so that the first pronoun of a story ("Ruiz: ...; she attacks
        X's plan") no longer decides it for all the others."""
        ctx, vocab = self.ctx, self.ctx.vocab
        votes: dict[int, tuple[Actor, list[str]]] = {}
        kinds = _word_kinds(self)  # a word -> "m", "f" (a pronoun), "crowd" (names someone else) or ""
        lowers = word_forms(ctx.doc)[0]  # each token's text, lower-cased
        # Only a sentence with an unowned, unquoted "he"/"she" word can vote: the others are not walked.
        gendered = np.flatnonzero(among(pos_dep_lower(ctx.doc)[:, 2], word_keys(self.he | self.she))).tolist()
        voting = sorted({ctx.sent_of[i] for i in gendered if ctx.owner[i] is None and not ctx.quoted[i]})
        for start, end in (ctx.sents[n] for n in voting):
            people: set[int] = set()
            first: dict[int, int] = {}
            found: list[tuple[int, str]] = []
            crowded = False
            for i in range(start, end):
                owner = ctx.owner[i]
                if owner is not None:
                    if owner.type == "PERSON" and owner.named and not owner.plural:
                        people.add(id(owner))
                        first.setdefault(id(owner), i)
                    elif owner.type == "PERSON" or owner.plural:
                        crowded = True
                    continue
                low = lowers[i]
                kind = kinds.get(low)
                if kind is None:  # what the word is, worked out once per word (the lexicon's sets decide it)
                    kind = kinds[low] = "m" if low in self.he else "f" if low in self.she else "crowd" if (
                        vocab.word("person", low) or vocab.word("group", low) or low in self.head_titles
                        or low in self.back_titles or low in self.they) else ""
                if kind in ("m", "f"):
                    if not ctx.quoted[i]:
                        found.append((i, kind))
                elif kind:
                    crowded = True  # "Ruiz met a protester who said he ...", "Ruiz told them she ..."
            if crowded or len(people) != 1 or not found:
                continue
            (pid,) = people
            actor = next(a for a in self.actors if id(a) == pid)
            for i, gender in found:
                if i > first[pid]:
                    votes.setdefault(pid, (actor, []))[1].append(gender)
        for actor, said in votes.values():
            if actor.gender is None and len(said) >= 2 and len(set(said)) == 1:
                actor.gender = said[0]

    def gender_sets(self) -> tuple[object, ...]:
        """The word sets :meth:`genders` reads a word's kind from (the lexicon's, the same for every document)."""
        return (self.ctx.vocab, self.he, self.she, self.head_titles, self.back_titles, self.they)

    def pronoun(self, tok: Token) -> None:
        """Add the pronoun ``tok`` as a mention of the subject it refers back to, if that is an actor that fits."""
        ctx = self.ctx
        low = tok.lower_
        if ctx.quoted[tok.i] or ((low in self.he or low in self.she) and self.unnamed_teller(tok)):
            return
        target: Actor | None = None
        # An object pronoun never stands for the subject of its own verb ("Baghdad had not approved it").
        barred: set[int] = set()
        if tok.dep_ not in ("nsubj", "nsubjpass", "poss"):
            verb = tok.head.head if tok.dep_ == "pobj" else tok.head
            barred = {id(ctx.owner[c.i]) for c in _clause_subjects(verb) if ctx.owner[c.i] is not None}
        if low in self.he or low in self.she:
            gender = "m" if low in self.he else "f"

            def person(a: Actor) -> bool:
                return a.type == "PERSON" and not a.plural and a.gender in (None, gender) and id(a) not in barred

            judged = self.judged_object(tok)
            if judged is not None and person(judged):
                target = judged
            for subj in [] if target is not None else self.subjects(tok):
                owner = ctx.owner[subj.i] or self.described(subj)  # "the spokesman, Jane Doe, said"
                if owner is not None and person(owner):
                    target = owner
                    break
            if target is None:
                # Not someone named inside a quotation: '"You will hear it from the president," she said' is
                # not the president speaking.
                # Someone the text already knows to be of that gender first ("her adviser" after a woman and a
                # name of no known gender, which may be no person at all).
                target = self.latest(tok.i, lambda a: person(a) and a.gender == gender, window=1, unquoted=True) \
                    or self.latest(tok.i, person, window=1, unquoted=True)
            if target is not None:
                target.gender = gender
        else:
            target = self.non_person(tok, low in self.they, barred)
        if target is None:
            return
        head = tok.head
        if low in ("his", "her", "its", "their") and tok.dep_ == "poss" and head.lower_ in ctx.vocab.own_office \
                and ctx.owner[head.i] is None and head.i == tok.i + 1 \
                and not (ctx.text(head.i + 1, head.i + 2) == "," and self.person_after(head) is not None):
            # "its spokeswoman said" is the body speaking; "its spokeswoman, Jane Roe," is Jane Roe, the body's.
            ctx.add_mention(target, tok.i, head.i + 1)
            return
        ctx.add_mention(target, tok.i, tok.i + 1)

    def judged_object(self, tok: Token) -> Actor | None:
        """ "Ruiz criticised Okafor over his refusal", "praised her for her work", "went after Okafor over his
        refusal": a possessive in the "over" or
        "for" phrase of a verb with a person as its object is that person's (what the object is judged for), not
        the subject's; None where the pronoun stands in no such phrase."""
        if tok.dep_ != "poss" or tok.head.dep_ != "pobj":
            return None
        prep = tok.head.head
        verb = prep.head
        if prep.dep_ != "prep" or prep.lower_ not in ("over", "for") or verb.pos_ != "VERB" or verb.i > prep.i:
            return None
        # the object, or the one a phrasal verb aims at ("went after Okafor over his", "lashed out at her for her")
        obj = next((o for c in kids_of(verb) if c.i < prep.i for o in (
            [c] if c.dep_ == "dobj" else [k for k in kids_of(c) if k.dep_ == "pobj"]
            if c.dep_ == "prep" and c.lower_ in _AIMED else [])), None)
        owner = self.ctx.owner[obj.i] if obj is not None else None
        if owner is None or owner.type != "PERSON" or any(self.ctx.owner[c.i] is owner for c in _clause_subjects(verb)):
            return None
        return owner

    def non_person(self, tok: Token, plural: bool, barred: set[int]) -> Actor | None:
        """The body, group or place an "it" or "they" refers back to: the nearest subject before it, if an actor of
        that number (not one of ``barred``); a thing that says nothing is passed over by a speaker's "it"."""
        ctx = self.ctx
        speaks = tok.dep_ == "nsubj" and ctx.cues.is_verb_cue(tok.head.lemma_.lower())
        passed_thing = False

        def fits(a: Actor) -> bool:
            return a.type != "PERSON" and a.type != "NORP" and a.plural == plural and (
                a.type != "GPE" or a.place is not None)

        for subj in self.subjects(tok):
            if subj.lower_ in self.not_antecedents and ctx.owner[subj.i] is None:
                continue
            owner = ctx.owner[subj.i] or self.described(subj)
            if owner is not None and id(owner) in barred:
                continue
            if owner is None and speaks and self.thing(subj) and not _reported(subj, tok.head):
                # "Now that the gauges are read, it puts ...": a thing says nothing; the speaker is named before.
                # (Not "the vessel, it says, is ...": the subject of the reported clause, which the statement reads.)
                passed_thing = True
                continue
            return owner if owner is not None and fits(owner) else None
        if passed_thing:
            # A body its words code (a sector), not a name the NER typed an organisation that may be the thing
            # itself ("the Ocean Star ... The vessel was towed. It said").
            return self.latest(tok.i, lambda a: a.type in ("ORG", "GROUP") and a.sector is not None and fits(a),
                               window=2, unquoted=True)
        return None

    # --- noun phrases -----------------------------------------------------------------------------

    def np_bounds(self, head: Token) -> int:
        """First token of the noun phrase headed by ``head``."""
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
        # Nor across brackets, commas, quotation marks ("the United Auto Workers ( UAW ) union") or a line break.
        doc = self.ctx.doc
        for i in range(head.i - 1, left - 1, -1):
            if self.ctx.text(i, i + 1) in _BREAKS or "\n" in doc[i].text or "\n" in doc[i].whitespace_ \
                    or _spaced_hyphen(doc, i):
                return i + 1
        return left

    def country_and_group(self, mod: Token) -> int | None:
        """Where "Congo and M23 rebels" really starts: a country coordinated with an organisation before a
        noun is an actor of its own ("Congo" and "M23 rebels"), unlike "Syrian and Turkish forces"."""
        ctx = self.ctx
        first = ctx.owner[mod.i]
        conj = [c for c in kids_of(mod) if c.dep_ == "conj"]
        cc = [c for c in kids_of(mod) if c.dep_ == "cc"]
        if not conj or not cc or first is None or first.type != "GPE" or first.place is None \
                or first.place.kind != "country":
            return None
        other = ctx.owner[conj[-1].i]
        if other is None or other.type != "ORG" or other.place is not None:
            return None
        return cc[-1].i + 1

    def stance(self, head: Token, lemma: str) -> bool:
        """ "denied his opposition to the pipeline", "Ruiz's resistance to the reform": a group word (``lists.
        stance_group_words``) owned by a person (a personal pronoun or a person's name) or aimed "to" something is a
        stance taken, no actor."""
        if lemma not in self.ctx.lists["stance_group_words"]:
            return False
        for c in kids_of(head):
            if c.dep_ == "prep" and c.lower_ == "to":
                return True
            if c.dep_ == "poss" and (c.pos_ == "PRON" or c.ent_type_ == "PERSON"):
                return True
        return False

    def noun(self, head: Token) -> None:
        """The actor noun phrase headed by ``head``: a mention of an actor named before, or a new actor."""
        ctx, vocab = self.ctx, self.ctx.vocab
        low = form_key(head.text)
        lemma = head.lemma_.lower()
        kind = vocab.word("person", low) or vocab.word("group", low) or vocab.word("body", low) \
            or _paired_body(ctx, head)
        if self.titled(head, low, lemma, kind) or self.force_members(head, low) or self.stance(head, lemma):
            return
        counterpart = lemma == "counterpart"
        if kind is None and low not in self.country_nouns and low not in vocab.kind_nouns and not counterpart:
            return
        named = self.person_after(head)
        if named is None and head.dep_ == "appos" and ctx.owner[head.head.i] is not None \
                and ctx.owner[head.head.i].type == "PERSON" and not _turn_tag(head):  # type: ignore[union-attr]
            named = ctx.owner[head.head.i]  # "Omar Khalid, Jordan's ambassador": a description of him
        if named is not None and not counterpart and (kind is None or kind[0] == "person"):
            return  # the title of the person named next to it ("Canada's trade minister Mary Ng")
        called = self.named_by(head) or self.described_name(head, kind)
        if called is not None:
            self.recode_described(called, head)
            if head.dep_ != "appos" and (called.country is None or called.sector is None):
                # "the Kenyan rights group, Haki,": what the description says of the body it names.
                np = self.phrase(head, low, lemma, kind)
                called.country = called.country or np.country
                called.sector = called.sector or np.sector or (kind[1] if kind is not None else None)
            ctx.add_mention(called, self.np_bounds(head), head.i + 1)  # "a firm called Acme Mills"
            self.described_as.setdefault(id(called), set()).update((low, lemma))  # "the firm" is Acme Mills now
            return
        np = self.phrase(head, low, lemma, kind)
        if low in self.country_nouns:
            self.country_reference(np)
            return
        if counterpart:
            self.counterpart(head, np.start, np.possessor, np.country, named)
            return
        if not self.people_of(np) and self.own_office(np):
            return
        affiliation_of = None
        if np.possessor is not None and np.possessor.type == "PERSON" and kind is not None and kind[0] == "body":
            # "his ministry": the body the person belongs to, in the person's country.
            np.country = np.country or np.possessor.country
            affiliation_of = np.possessor
        begin = np.start
        while begin < head.i and ctx.owner[begin] is not None and ctx.tokens[begin].tag_ == "PRP$":
            begin += 1  # "its troops": "its" stays a mention of the owner
        if np.poss_at is not None and np.poss_at < begin < head.i and ctx.tokens[begin].text in ctx.possessive:
            # "Obama's presidency" after the name the phrase left out: named after its owner, the mention is
            # the phrase's own words.
            begin += 1
            if np.possessor is not None and np.name_from is None:
                np.name_from = max((s for s, e in np.possessor.mentions if s <= np.poss_at < e),
                                   default=np.poss_at)
        if not self.refers_back(np, begin):
            self.new_actor(np, begin, affiliation_of)

    def titled(self, head: Token, low: str, lemma: str, kind: tuple[WordKind, str | None] | None) -> bool:
        """A title noun read as a title: a reference to a person named before ("the former mayor", "the
        president"), or the unnamed head of a body; True where the noun needs nothing more."""
        if self.epithet(head, low):
            return True
        if kind is not None:
            return False
        if self.titled_reference(head, low, lemma):
            return True
        if low in self.back_titles and self.title_reference(head, low, lemma):
            return True
        if low in self.ctx.lists["leader_titles"] and self.leader_reference(head, low, lemma):
            return True
        if low in self.head_titles:
            self.unnamed_head(head, low, lemma)
            return True
        return low in self.back_titles

    def force_members(self, head: Token, low: str) -> bool:
        """"Police besieged the campus ... officers had threatened to fire": bare members of a force (no word
        before them but "the") refer to the security force named in that sentence or the one before; True if they
        were a mention of it."""
        ctx = self.ctx
        if low not in ctx.lists["force_members"] or any(
                c.dep_ in _NP_DEPS and c.lower_ != "the" for c in head.lefts) or head.dep_ == "compound":
            return False
        sectors = ctx.lists["force_sectors"]
        force = self.latest(head.i, lambda a: a.type in ("GROUP", "ORG") and (a.sector or "").lower() in sectors,
                            window=1)  # (the word lists are read in lower case)
        if force is None:
            return False
        ctx.add_mention(force, self.np_bounds(head), head.i + 1)
        return True

    def epithet(self, head: Token, low: str) -> bool:
        """"Ana Ruiz won the vote on Monday. The former mayor thanked ...": a definite "former" title opening a
        sentence as its subject, with no name beside it, refers to the person the sentence before was about (a
        named person opening it as its subject); True if it was a mention of that person."""
        ctx = self.ctx
        doc = ctx.doc
        n = ctx.sent_of[head.i]
        start = ctx.sents[n][0]
        while start < head.i and (doc[start].is_space or doc[start].is_punct):
            start += 1
        if n == 0 or head.dep_ not in _SUBJ or head.head.dep_ != "ROOT" or doc[start].lower_ != "the" \
                or ctx.vocab.title(low) is False or self.person_after(head) is not None \
                or any(c.dep_ == "appos" for c in kids_of(head)):
            return False
        words = {t.lower_ for t in doc[start + 1:head.i]}
        if "former" not in words:
            return False
        p_start, p_end = ctx.sents[n - 1]
        while p_start < p_end and (doc[p_start].is_space or doc[p_start].is_punct):
            p_start += 1
        subjects = ctx.subjects_in(p_start, p_end)
        owner = ctx.owner[subjects[0]] if subjects else None
        # The sentence before opens with that person as its subject ("Ana Ruiz won the vote ...").
        if owner is None or owner.type != "PERSON" or not owner.named or owner.plural \
                or not any(s == p_start for s, _ in owner.mentions) or ctx.quoted[subjects[0]]:
            return False
        ctx.add_mention(owner, start, head.i + 1)
        return True

    def title_reference(self, head: Token, low: str, lemma: str) -> bool:
        """"the president met ...", "the Chilean president's visit": a bare definite title that refers back to
        the one person named before with that office (and that country, where the phrase names one); True if it
        was a mention of that person. Where two people held the title before, which one is left open."""
        ctx = self.ctx
        if head.tag_ not in ("NN", "NNP") or head.dep_ in ("appos", "conj", "compound") \
                or self.person_after(head) is not None \
                or any(c.dep_ == "prep" and c.lower_ in ("of", "at", "for") and not _charge(c) for c in kids_of(head)):
            return False  # "the president of the club", "the president, Ana Ruiz,": a description, not a reference
        np = self.phrase(head, low, lemma, ("person", None))
        if ctx.tokens[np.start].lower_ != "the" or np.affiliation is not None:
            return False
        extra = [form_key(t.text) for t in ctx.doc[np.start + 1:head.i]
                 if t.is_alpha and ctx.owner[t.i] is None and ctx.vocab.place(form_key(t.text)) is None]
        if any((o := ctx.owner[t.i]) is not None and o.place is not None and o.place.kind == "region"
               for t in ctx.doc[np.start + 1:head.i]):
            return False  # "the Ohio senator": a state's holder, whom the country alone does not pick out

        def holder(a: Actor) -> bool:
            if a.type != "PERSON" or a.plural or (np.country is not None and a.country != np.country):
                return False
            for role in a.roles:
                words = form_key(role).split()
                cut = next((k for k, w in enumerate(words) if w in ("of", "for") and k > 0), len(words))
                if words and words[cut - 1] == low and not any(ctx.vocab.word("qualifier", w) for w in words[:cut - 1]):
                    return True
            return False

        seen: list[Actor] = []
        floor = max(0, head.i - _LOOK_BACK)
        for i in ctx.owned_before(head.i, floor):  # only the owned tokens, latest first
            actor = ctx.owner[i]
            if actor is not None and holder(actor) and all(a is not actor for a in seen):
                seen.append(actor)
        if len(seen) != 1:
            return False
        target = seen[0]
        if extra and not _titled_so(ctx, target, extra, low):
            return False  # "the former president", "the vice president": another holder, or another office
        for i in ctx.where_form(low):  # the title's words only, not every token from ``floor`` on
            if i < floor or i >= head.i:
                continue
            # An earlier use of the title before a name is the same person's ("President Ana Ruiz"), or some holder
            # the NER did not tag may be the one meant.
            nxt = ctx.tokens[i + 1]
            if ctx.owner[i] is not target and nxt.is_title and nxt.is_alpha \
                    and not any(ctx.owner[j] is target for j in range(i + 1, min(i + 6, head.i))):
                return False
        ctx.add_mention(target, np.start, head.i + 1)
        return True

    def leader_reference(self, head: Token, low: str, lemma: str) -> bool:
        """"the Russian leader", "Peru's leader": a definite word for whoever leads a country, with that country,
        refers back to the one person named before holding a top office of it (president, prime minister, ...);
        True if it was a mention of that person. Two such holders leave it open."""
        ctx = self.ctx
        if head.tag_ != "NN" or head.dep_ in ("appos", "conj", "compound") or self.person_after(head) is not None \
                or any(c.dep_ == "prep" and not _charge(c) for c in kids_of(head)):
            return False
        np = self.phrase(head, low, lemma, ("person", None))
        if np.country is None or np.affiliation is not None or (
                ctx.tokens[np.start].lower_ != "the" and np.poss_at is None):
            return False
        offices = ctx.lists["top_offices"]
        if any(t.is_alpha and ctx.owner[t.i] is None and ctx.vocab.place(form_key(t.text)) is None
               and t.lower_ != "the" for t in ctx.doc[np.start:head.i]):
            return False  # "the former Russian leader", "the opposition leader": another one

        def holder(a: Actor) -> bool:
            return a.type == "PERSON" and not a.plural and a.country == np.country and any(
                form_key(r) in offices for r in a.roles)

        seen: list[Actor] = []
        for i in range(head.i - 1, max(0, head.i - _LOOK_BACK) - 1, -1):
            actor = ctx.owner[i]
            if actor is not None and holder(actor) and all(a is not actor for a in seen):
                seen.append(actor)
        if len(seen) != 1:
            return False
        ctx.add_mention(seen[0], np.start, head.i + 1)
        return True

    def phrase(self, head: Token, low: str, lemma: str, kind: tuple[WordKind, str | None] | None) -> _Phrase:
        """The noun phrase headed by ``head`` with the codes its words, its "of"/"for" phrase and the places in
        it give: "Japan's defence ministry" (JPN, GOV), "a spokesman for the army" (the army)."""
        ctx, vocab = self.ctx, self.ctx.vocab
        start = self.np_bounds(head)
        possessor: Actor | None = None
        poss_at: int | None = None
        for t in ctx.doc[start:head.i]:
            if t.dep_ == "poss" and ctx.owner[t.i] is not None:
                possessor, poss_at = ctx.owner[t.i], t.i
        if possessor is None:
            # "Warren's office": a name the phrase bounds left out (it never swallows a person's name).
            for t in head.lefts:
                owner = ctx.owner[t.i]
                if t.dep_ == "poss" and t.i < start and owner is not None and owner.type == "PERSON":
                    possessor, poss_at = owner, t.i
        np = _Phrase(head, low, lemma, kind, start, ctx.tokens[start].lower_ in self.definite, possessor, head.i + 1,
                     poss_at=poss_at)
        self.code_words(np)
        if np.country is None and possessor is None:
            np.country = self.whose_country(head, start)
        if np.affiliation is None:
            np.affiliation = self.belongs_to(head)
            if np.affiliation is not None and low in vocab.speaks_for:
                # "a spokesman for the army" is named with whom he speaks for (the mention stays "a spokesman").
                np.name_end = max((p.right_edge.i + 1 for p in head.rights if p.dep_ == "prep"
                                   and any(ctx.owner[o.i] is np.affiliation for o in kids_of(p))),
                                  default=np.name_end)
        if np.affiliation is None and low in vocab.speaks_for:
            np.affiliation = self.body_named_before(head, start)
        if np.country is None:
            found = ctx.places_in(start, head.i)
            np.country = found[0][1].iso3 if found else None
        if np.country is None and np.affiliation is not None:
            np.country = np.affiliation.country
        if np.country is None and kind is not None and kind[0] != "body" and kind[1] in vocab.state_sectors \
                and low not in ctx.lists["envoy_titles"]:
            np.country = self.posted_in(head)
        return np

    def whose_country(self, head: Token, start: int) -> str | None:
        """The country of the state a relative "whose" stands for: "Belarus, whose interior minister said" (the
        minister is Belarus's, not the country named before it). Only a country or people the NER named."""
        ctx = self.ctx
        whose = next((t for t in ctx.doc[start:head.i] if t.tag_ == "WP$" and t.dep_ == "poss"), None)
        if whose is None:
            return None
        tok = head
        while tok.dep_ != "relcl" and tok.head.i != tok.i:
            tok = tok.head
        if tok.dep_ != "relcl":
            return None
        # The parse may hang the clause on the noun before the country ("the envoy of Chad, whose minister"):
        # the country just before "whose" is then the one meant.
        before = whose.i - 1
        while before >= 0 and ctx.tokens[before].is_punct:
            before -= 1
        for i in (tok.head.i, before):
            owner = ctx.owner[i] if i >= 0 else None
            if owner is not None and owner.type in ("GPE", "NORP") and owner.country:
                return owner.country
        return None

    def posted_in(self, head: Token) -> str | None:
        """The country of the place a state group or official is "in": "officials in West Bengal", "police in
        Kano". The caller leaves out diplomats (one in a capital is another country's) and bodies ("a tribunal in
        Washington" may judge any country's case)."""
        for prep in head.rights:
            if prep.dep_ == "prep" and prep.lower_ == "in":
                for obj in kids_of(prep):
                    owner = self.ctx.owner[obj.i]
                    if obj.dep_ == "pobj" and owner is not None and owner.type in ("GPE", "LOC") \
                            and owner.place is not None and owner.country:
                        return owner.country
        return None

    def code_words(self, np: _Phrase) -> None:
        """Codes from the words before the head: a country or demonym, an organisation, a sector modifier."""
        ctx = self.ctx
        for i in range(np.start, np.head.i):
            owner = ctx.owner[i]
            if owner is None:
                mod = ctx.vocab.word("modifier", form_key(ctx.tokens[i].text))
                if mod is not None and np.sector is None:
                    np.sector = mod[1]
                continue
            if owner.type in ("GPE", "NORP") and owner.country and np.country is None:
                np.country = owner.country
            elif owner.type == "ORG" and np.affiliation is None:
                np.affiliation = owner

    def country_reference(self, np: _Phrase) -> None:
        """"the country", "the kingdom": a mention of the country named last."""
        head = np.head
        if np.definite and head.i + 1 - np.start <= 2 and head.tag_ == "NN":
            target = self.latest(head.i, lambda a: a.type == "GPE" and a.place is not None
                                 and a.place.kind == "country")
            if target is not None:
                self.ctx.add_mention(target, np.start, head.i + 1)

    def own_office(self, np: _Phrase) -> bool:
        """"the prime minister's office said", "his spokesman": a mention of the person; True if it was one."""
        ctx, possessor = self.ctx, np.possessor
        if np.low not in ctx.vocab.own_office or possessor is None or possessor.type != "PERSON":
            return False
        start = np.start
        if np.poss_at is not None and np.poss_at < start:
            start = max((s for s, e in possessor.mentions if s <= np.poss_at < e), default=np.poss_at)
        while start < np.head.i and ctx.owner[start] is not possessor:
            start += 1  # "Israeli Prime Minister X's office": the mention starts at the person
        ctx.add_mention(possessor, start, np.head.i + 1)
        return True

    def people_of(self, np: _Phrase) -> bool:
        """"Mr. Trump's aides", "Warren's spokeswoman": people of their own who speak for the named person, as
        "a spokesman for X" does; the person is their affiliation, and the name says whose they are. Sets that
        up for :meth:`new_actor`; True if it did."""
        ctx, possessor = self.ctx, np.possessor
        if possessor is None or possessor.type != "PERSON" or not possessor.named or np.poss_at is None \
                or np.kind is None or np.kind[0] not in ("person", "group"):
            return False
        np.affiliation = possessor
        after = np.poss_at + 1
        if after < np.head.i and ctx.tokens[after].text in ctx.possessive:
            after += 1
        np.start = max(np.start, after)  # the mention is theirs; the name's tokens stay the person's
        np.name_from = max((s for s, e in possessor.mentions if s <= np.poss_at < e), default=np.poss_at)
        return True

    def refers_back(self, np: _Phrase, begin: int) -> bool:
        """"the ministry", "the foreign ministry", "the military": a mention of the body named before, if any
        (True if it was one). Only a definite phrase whose words code nothing else refers back."""
        ctx, head, kind = self.ctx, np.head, np.kind
        if np.definite and np.country is not None and kind is not None and kind[0] == "body" \
                and (np.affiliation is None or np.affiliation.place is not None) \
                and (about := self.body_about(np)) is not None:
            ctx.add_mention(about, begin, head.i + 1)  # "the <place> committee" after "the Committee on <place>"
            return True
        if np.definite and np.country is not None and kind is not None and kind[0] == "body" \
                and np.affiliation is None and (named := self.named_body_of(np)) is not None:
            ctx.add_mention(named, begin, head.i + 1)  # "the U.S. appeals court" after "the U.S. Court of Appeals"
            return True
        if not np.definite or np.country is not None or np.affiliation is not None or (
                np.sector is not None and (kind is None or kind[0] != "body")):
            return False
        modifiers = {form_key(t.text) for t in ctx.doc[np.start:head.i] if t.is_alpha
                     and t.dep_ not in ("det", "poss") and t.lower_ not in self.definite
                     and t.lower_ not in self.identity}
        if kind is not None and kind[0] == "body":
            modifiers |= self.field_words(head)  # "the department of roads" is not the customs department
        target = self.refer_back(head, np.low, np.lemma, head.tag_ in ("NNS", "NNPS"), modifiers)
        if target is None:
            return False
        seat = self.posted_in(head) if np.lemma in ctx.lists["seated_body_nouns"] else None
        if seat is not None and target.country is not None and seat != target.country:
            return False  # "the energy ministry in Lima" after Chile's: another country's body of that name
        ctx.add_mention(target, begin, head.i + 1)
        return True

    def titled_reference(self, head: Token, low: str, lemma: str) -> bool:
        """"the bank chief" after "US bank chief Ana Ruiz": a definite title with modifiers that repeats the words
        written right before a person's name refers back to that person (the latest so titled); True if it was a
        mention of that person."""
        ctx = self.ctx
        if head.tag_ not in ("NN", "NNP") or head.dep_ in ("appos", "conj", "compound") \
                or self.person_after(head) is not None:
            return False
        np = self.phrase(head, low, lemma, ("person", None))
        if ctx.tokens[np.start].lower_ != "the" or np.affiliation is not None:
            return False
        words = [form_key(t.text) for t in ctx.doc[np.start + 1:head.i] if t.is_alpha]
        if not words or len(words) != head.i - np.start - 1:
            return False
        holder = self.latest(head.i, lambda a: a.type == "PERSON" and not a.plural and a.named
                             and _titled_so(ctx, a, words, low))
        if holder is None:
            return False
        ctx.add_mention(holder, np.start, head.i + 1)
        return True

    def named_body_of(self, np: _Phrase) -> Actor | None:
        """The body named before, of the phrase's country, whose name has the phrase's head and its other words in
        another order: "the U.S. appeals court" after "the U.S. Court of Appeals"; None where there is none."""
        ctx, head = self.ctx, np.head
        modifiers = {form_key(t.text) for t in ctx.doc[np.start:head.i] if t.is_alpha
                     and t.dep_ not in ("det", "poss") and t.lower_ not in self.definite
                     and t.lower_ not in self.identity and ctx.vocab.place(t.text) is None}
        if not modifiers:
            return None
        target = self.refer_back(head, np.low, np.lemma, head.tag_ in ("NNS", "NNPS"), modifiers)
        if target is None or not target.named or target.type != "ORG" or target.country != np.country:
            return None
        return target

    def body_about(self, np: _Phrase) -> Actor | None:
        """The body named before whose name is its head noun, "on" and the place that the phrase names before the
        same head: "the <place> committee" after "the Select Committee on <place>", a body about the place, not
        of it (None where no such body is)."""
        ctx, head = self.ctx, np.head
        words = {form_key(t.text) for t in ctx.doc[np.start:head.i] if t.is_alpha and t.dep_ not in ("det", "poss")}
        if not words:
            return None
        same_body = ctx.vocab.same_body
        low = same_body.get(np.low, np.low)

        def about(a: Actor) -> bool:
            if a.type != "ORG" or not a.named:
                return False
            name = form_key(a.name).split()
            k = name.index("on") if "on" in name[1:] else 0
            return k > 0 and same_body.get(name[k - 1], name[k - 1]) == low and words <= set(name[k + 1:])
        # Any earlier mention, however far back: such a short form may come long after the full name.
        return next((a for i in range(head.i - 1, -1, -1) if (a := ctx.owner[i]) is not None and about(a)), None)

    def field_words(self, head: Token) -> set[str]:
        """The words of the field a body noun's own "of"/"for" phrase names right after it ("the department of
        public works": public, works), but for places and named actors (which code the phrase otherwise)."""
        return self.field(head)[0]

    def field(self, head: Token) -> tuple[set[str], int]:
        """(:meth:`field_words`, the end of the "of"/"for" phrase that holds them, else ``head.i + 1``)."""
        ctx = self.ctx
        out: set[str] = set()
        end = head.i + 1
        for prep in head.rights:
            if prep.dep_ != "prep" or prep.lower_ not in ("of", "for") or prep.i != head.i + 1:
                continue
            if any(c.dep_ in ("det", "poss") for o in kids_of(prep) for c in kids_of(o)):
                continue  # "the office of the governor": a person or a thing named after "of", left to the references
            for t in prep.subtree:
                if (t.i != prep.i and t.is_alpha and t.pos_ in ("NOUN", "ADJ") and ctx.owner[t.i] is None
                        and self.ctx.vocab.place(form_key(t.text)) is None):
                    out.add(form_key(t.text))
            if out and not any(ctx.owner[t.i] is not None for t in prep.subtree):
                end = prep.right_edge.i + 1
        return out, end

    def new_codes(self, np: _Phrase) -> tuple[str | None, str | None] | None:
        """Country and sector of a new actor from the phrase, or None where nothing codes it: a bare common
        noun is no actor ("the groups", "sources")."""
        assert np.kind is not None
        word_kind, word_sector = np.kind
        affiliation, country, sector = np.affiliation, np.country, np.sector
        if affiliation is not None and affiliation.sector in self.ctx.vocab.international_sectors \
                and word_kind in ("body", "person"):
            sector = affiliation.sector  # "the U.N. human rights office", "a U.N. official"
        sector = sector or word_sector or (affiliation.sector if affiliation else None)
        if sector is None and country is None and affiliation is None:
            return None
        if affiliation is not None and affiliation.type == "PERSON":
            # Whoever speaks for a person: keep the person's codes, not the person as an organisation.
            country = country or affiliation.country
            sector = np.sector or affiliation.sector or sector
        if word_kind == "body" and not (country or affiliation or np.possessor) \
                and not _acts(np.head, self.ctx.vocab.voice_nouns):
            return None  # "the ministry" with nothing before it that we could not resolve, and not acting here
        return country, sector

    def new_actor(self, np: _Phrase, begin: int, affiliation_of: Actor | None) -> None:
        """An actor the noun phrase names that no name did ("a senior Saudi official", "Japan's defence
        ministry"), or one more mention of the same unnamed actor named before by the same words."""
        ctx, head = self.ctx, np.head
        if np.kind is None:
            return  # a kind noun that is no actor word ("the bloc") only refers back
        codes = self.new_codes(np)
        if codes is None:
            return
        country, sector = codes
        word_kind = np.kind[0]
        plural = head.tag_ in ("NNS", "NNPS")
        etype: EntityType = "ORG" if word_kind == "body" else ("GROUP" if word_kind == "group" or plural else "PERSON")
        # Whose people they are counts too: "Trump's aides" twice are one group, Warren's aides another.
        # So does the state or province: "the Ohio senator" and "the Utah senator" are two.
        # So does the level of government: "the state government" is not "the federal government".
        levels = ctx.lists["government_levels"]
        regions = tuple(form_key(t.text) for t in ctx.doc[begin:head.i]
                        if ((o := ctx.owner[t.i]) is not None and o.place is not None and o.place.kind == "region")
                        or (o is None and t.lower_ in levels))
        # So does a body's field: "the department of roads" is not "the department of health".
        fields, field_end = self.field(head) if word_kind == "body" and np.definite else (set(), head.i + 1)
        # So does whose body it is, where a place or body owns it: "Ostravia's trade ministry" is not "Dunmark's
        # finance ministry", whether or not either place has a known country.
        owner = id(np.possessor) if np.possessor is not None and np.possessor.type != "PERSON" else None
        key = (ctx.vocab.same_body.get(np.lemma, np.lemma), country, sector,
               id(np.affiliation) if np.name_from is not None else None, regions, frozenset(fields), owner)
        # A bare plural with a country ("Syrian refugees", again and again) names the same people each time.
        generic = plural and country is not None and not any(
            t.dep_ in ("det", "nummod", "quantmod", "predet", "poss") or t.like_num for t in ctx.doc[begin:head.i])
        if np.definite or word_kind == "body" or np.name_from is not None or generic:
            known = self.np_keys.get(key)
            if known is not None:
                ctx.add_mention(known, begin, head.i + 1)
                return
        if ctx.quoted[head.i] and not country:
            return
        # The name leaves out articles and counts ("the", "two", "about 3,000"); the mention keeps them.
        name_start = begin
        while name_start < head.i and (ctx.tokens[name_start].dep_ in ("det", "nummod", "quantmod", "predet")
                                       or ctx.tokens[name_start].like_num or ctx.tokens[name_start].tag_ == "WP$"
                                       or ctx.tokens[name_start].lower_ in ("a", "an", "about", "some", "several")):
            name_start += 1
        if np.name_from is not None:
            name_start = np.name_from
        actor = Actor(ctx.text(name_start, max(np.name_end, field_end)), etype, [], country=country, sector=sector,
                      affiliation=np.affiliation, named=False, plural=etype == "GROUP")
        if etype == "PERSON":
            titles = find_titles(ctx, begin, head.i + 1)
            if titles:
                actor.add_role(titles[-1].role)
                gender_from_role(actor, titles[-1].role)  # "Warren's spokeswoman" is no "he"
        ctx.add_mention(actor, begin, head.i + 1)
        self.new.append(actor)
        if affiliation_of is not None and affiliation_of.affiliation is None:
            affiliation_of.affiliation = actor
        if np.definite or word_kind == "body" or np.name_from is not None or generic:
            self.np_keys[key] = actor

    def unnamed_head(self, head: Token, low: str, lemma: str) -> None:
        """The head of an organisation who acts or speaks unnamed ("the chair of the board of Acme told the
        press", "Acme's chief executive said"): a person of that organisation, named with it, rather than the
        organisation itself, so that what the head says or does is the head's and not the body's."""
        ctx = self.ctx
        if head.dep_ in ("appos", "conj") or not any(c.dep_ in ("det", "poss") for c in kids_of(head)) \
                or not _acts(head, frozenset()) or self.person_after(head) is not None or any(
                t.dep_ == "appos" or ((o := ctx.owner[t.i]) is not None and o.type == "PERSON") for t in head.subtree):
            # "the chief executive of Acme, Ana Ruiz, said", "the front-runner and former secretary of state": the
            # title of a person named or described next to it.
            return
        np = self.phrase(head, low, lemma, ("person", None))
        body, name_end = self.headed_body(head)
        begin = np.start
        if body is None and np.possessor is not None and np.possessor.type == "ORG" and np.poss_at is not None \
                and ctx.tokens[np.poss_at].tag_ != "PRP$":  # "its chief": whose is a guess; the body stays the speaker
            body, np.name_from = np.possessor, np.start
            begin = next((i + 1 for i in range(np.poss_at, head.i) if ctx.tokens[i].text in ctx.possessive),
                         np.poss_at + 1)
        if body is None:
            return
        np.affiliation, np.country = body, np.country or body.country
        np.name_end = max(np.name_end, name_end)
        self.new_actor(np, begin, None)

    def headed_body(self, head: Token) -> tuple[Actor | None, int]:
        """The organisation a head title is "of" or "at", through at most one unnamed noun ("the chair of the
        board of Acme"), with the end of the phrase that names it; (None, 0) where there is none."""
        tok = head
        for _ in range(2):
            obj = next((o for p in tok.rights if p.dep_ == "prep" and p.lower_ in ("of", "at")
                        for o in kids_of(p) if o.dep_ == "pobj"), None)
            if obj is None:
                break
            owner = self.ctx.owner[obj.i]
            if owner is not None and owner.type == "ORG":
                return owner, max((e for s, e in owner.mentions if s <= obj.i < e), default=obj.i + 1)
            if owner is not None or obj.pos_ != "NOUN":
                break
            tok = obj
        return None, 0

    def belongs_to(self, head: Token) -> Actor | None:
        """The organisation in "fighters of the Syrian Democratic Forces", "officials from the ministry"."""
        for prep in head.rights:
            if prep.dep_ == "prep" and prep.lower_ in ("of", "from", "at", "with", "for"):
                for obj in kids_of(prep):
                    if obj.dep_ != "pobj":
                        continue
                    if self.ctx.owner[obj.i] is None and (obj.pos_ == "NOUN" or (obj.pos_ == "PROPN" and obj.is_lower)):
                        self.noun(obj)  # "a spokesperson for the ministry": resolve the ministry first
                    owner = self.ctx.owner[obj.i]
                    if owner is not None and (owner.type == "ORG" or (
                            owner.type == "PERSON" and head.lower_ in self.ctx.vocab.speaks_for)):
                        return owner  # "a spokesman for the ministry", "a spokesman for Antonio Guterres"
        return None

    def body_named_before(self, head: Token, start: int) -> Actor | None:
        """The body a spokesperson's bare modifier refers back to: "the interior ministry ... a ministry
        spokesman". Only a body already named; "an army spokesman" alone makes no army."""
        ctx = self.ctx
        for i in range(start, head.i):
            word = form_key(ctx.tokens[i].text)
            if ctx.owner[i] is None and ctx.tokens[i].dep_ == "compound" and ctx.vocab.word("body", word):
                target = self.refer_back(ctx.tokens[i], word, ctx.tokens[i].lemma_.lower(), False)
                if target is not None and target.type == "ORG":
                    return target
        return None

    def described_name(self, head: Token, kind: tuple[WordKind, str | None] | None) -> Actor | None:
        """The named organisation a group or body noun stands in apposition to: the Arakan Army in "the Arakan
        Army, an ethnic armed group that controls the north", Acme Berths in "the company, Acme Berths,"."""
        if kind is None or kind[0] == "person":
            return None
        # The name in apposition after the noun: "the company behind the marina, Acme Berths, said".
        after = [self.ctx.owner[c.i] for c in head.rights if c.dep_ == "appos"]
        owners = [self.ctx.owner[head.head.i]] if head.dep_ == "appos" else after
        for owner in owners:
            if owner is not None and owner.named and owner.type in ("ORG", "GROUP") and not owner.plural:
                return owner
        return None

    def recode_described(self, owner: Actor, head: Token) -> None:
        """A named body its description calls a non-state group ("the Arakan Army, an ethnic armed group"): the
        challenger sector of the description's modifier replaces the state sector its name's last word gave
        ("Army"), so that no rule takes it for the state's own army."""
        vocab = self.ctx.vocab
        if owner.sector not in vocab.state_sectors or owner.country is not None or head.dep_ != "appos":
            return
        kinds = vocab.kind_nouns.get(form_key(head.text))
        if not kinds or kinds & vocab.state_sectors:
            return  # "a militia" may be the state's; "a group", "a movement" is not
        for tok in head.lefts:
            mod = vocab.word("modifier", form_key(tok.text)) if tok.dep_ in ("amod", "compound") else None
            if mod is not None and mod[1] in vocab.challenger_sectors:
                owner.sector = mod[1]
                return

    def named_by(self, head: Token) -> Actor | None:
        """The organisation a noun gives its name to: Acme Mills in "a company called Acme Mills"."""
        for verb in head.rights:
            if verb.dep_ == "acl" and verb.lemma_.lower() in ("call", "name") and verb.tag_ == "VBN":
                for obj in verb.rights:
                    owner = self.ctx.owner[obj.i]
                    noun = called_by(obj)
                    if noun is not None and noun.i == head.i and owner is not None and owner.type == "ORG":
                        return owner
        return None

    def person_after(self, head: Token) -> Actor | None:
        """The person named right after a title noun, in apposition to it, or given it by a relative clause."""
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
        holder = office_holder(ctx, head)  # "Omar Khalid, who was Jordan's ambassador": his office
        owner = ctx.owner[holder.i] if holder is not None else None
        return owner if owner is not None and owner.type == "PERSON" else None

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

        The phrase's own modifiers must be in the name it refers to, or hold all the words of that name
        but its places: "the foreign ministry" is not the interior ministry named before, "the transitional
        presidential council" is "Haiti's transitional council". "the army" and "the military" name the same
        body.
        """
        vocab = self.ctx.vocab
        kind_nouns, same_body = vocab.kind_nouns, vocab.same_body
        kinds = kind_nouns.get(low) or kind_nouns.get(lemma)
        heads = {same_body.get(low, low), low}

        def fits(words: list[str]) -> bool:
            # The head is the last word, or the last before "of" ("Ministry of Labour" is a ministry).
            cut = next((k for k, w in enumerate(words) if w in ("of", "for", "on") and k > 0), len(words))
            if not words or same_body.get(words[cut - 1], words[cut - 1]) not in heads:
                return False
            if modifiers <= set(words):
                return True  # "the relief alliance" after "the Jubba Relief Alliance"
            # "the transitional presidential council" after "Haiti's transitional council": the words of the
            # earlier name, less its places and possessors, all in the later phrase.
            own = {w for w in words[:-1] if w[-2:] not in ("'s", "’s") and vocab.place(w) is None}
            return bool(own) and own <= modifiers

        def same_head(a: Actor) -> bool:
            if not modifiers and low in self.described_as.get(id(a), ()):
                return True  # "the group" after "the Arakan Army, an armed group"
            if a.type == "PERSON":
                return any(fits(form_key(r).split()) for r in a.roles if r)
            if a.type in ("ORG", "GROUP") and a.named:
                return fits(form_key(a.name).split())
            if a.type == "ORG" and a.country is not None:
                # "the company" after "Slovakia's state water company", a body the text describes as a state's
                # (stop 41); "a unit's finance company" or "a US company" stay to the named bodies
                words = form_key(a.name).split()
                owner = [w[:-2] for w in words if w[-2:] in ("'s", "’s")]
                return any(vocab.place(w) is not None for w in owner) \
                    and fits([w for w in words if w[-2:] not in ("'s", "’s")])
            return False

        def kin(a: Actor) -> bool:
            # "the relief group" is not the gunmen named before: a word of the phrase that is not in the actor's
            # name must code the actor's own sector ("the armed group" after a rebel army).
            words = set(form_key(a.name).split())
            return all(w in words or ((m := vocab.word("modifier", w)) is not None and m[1] == a.sector)
                       for w in modifiers)

        target = self.latest(head.i, same_head)
        if target is None and kinds is not None:
            target = self.of_kind(head.i, kinds)
            if target is not None and not kin(target):
                target = None
        if target is None:
            target = self.latest(head.i, lambda a: not a.named and bool(a.mentions) and a.type != "PERSON"
                                 and fits(form_key(a.name).split()))
        return target


def _titled_so(ctx: Context, person: Actor, modifiers: Collection[str], title: str) -> bool:
    """A mention of ``person`` follows the title ``title`` with just these ``modifiers`` before it ("US bank chief
    Ana Ruiz" for "the bank chief"): a reference that repeats a title's words is to its holder, not to another
    office."""
    n = len(modifiers) + 1
    for s, _ in person.mentions:
        words = [form_key(t.text) for t in ctx.tokens[max(0, s - n):s]]
        if len(words) == n and words[-1] == title and set(words[:-1]) == set(modifiers):
            return True
    return False


def _charge(prep: Token) -> bool:
    """ "accused the president of rigging the vote": an "of" with a gerund the parser hung on the object tells the
    charge, not which office ("the president of the club")."""
    return prep.lower_ == "of" and any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in kids_of(prep))


def _reported(subj: Token, verb: Token) -> bool:
    """``subj`` is the subject of what the speech verb ``verb`` reports: of the verb a parenthetical "it says" hangs
    on ("the vessel, it says, is ..."), or of a clause the verb governs ("it said the bridge ...")."""
    clause = subj.head
    return clause.i == verb.head.i or clause.head.i == verb.i


def _clause_subjects(verb: Token) -> list[Token]:
    """The subject of ``verb``, or, where it has none of its own, the one it shares through coordination, control
    or a gerund ("X answered by praising Y and thanking him": X thanks)."""
    for _ in range(4):
        subj = [c for c in kids_of(verb) if c.dep_ in _SUBJ]
        if not subj and verb.dep_ == "dobj" and verb.head.i != verb.i:
            verb = verb.head  # "he had one meeting with him", "she held talks with her": the object's verb
            continue
        if subj or verb.dep_ not in ("conj", "xcomp", "advcl", "pcomp") or verb.head.i == verb.i:
            return subj
        verb = verb.head
        if verb.dep_ == "prep" and verb.head.i != verb.i:  # "by calling": the verb the preposition hangs on
            verb = verb.head
    return []


def _turn_tag(head: Token) -> bool:
    """``head`` hangs as an apposition on a transcript's turn tag right before a colon ("OLSEN: The finance minister
    said ..."): the parse's reading of the turn's first words, not a description of the one whose turn it is."""
    tag = head.head
    return tag.i + 1 < head.i and head.doc[tag.i + 1].text == ":" and "\n" not in head.doc[tag.i:head.i].text \
        and (tag.i == 0 or "\n" in head.doc[tag.i - 1].text_with_ws or head.doc[tag.i - 1].is_space)


def _acts(head: Token, voice_nouns: frozenset[str]) -> bool:
    """An unnamed body that acts or speaks here: a subject, an agent, or the one a spokesperson speaks for
    (the possessor or "for"/"of"/"from" object of one of ``voice_nouns``: "the army's spokesman").

    Elsewhere ("the role of the army", "in the ministry") a bare common noun stays no entity.
    """
    while head.dep_ == "conj":
        head = head.head
    dep = head.dep_
    if dep in _SUBJ:
        return True
    tag = head.head
    if dep == "appos" and tag.dep_ in _SUBJ and tag.i + 1 < head.i and head.doc[tag.i + 1].text == ":":
        return True  # "Q: The farmers' association says ...": the parse made the line's tag the subject
    if dep == "poss":
        return head.head.lower_ in voice_nouns
    if dep == "pobj":
        prep = head.head
        word = prep.lower_
        if word == "by":
            return prep.head.tag_ == "VBN"
        if word == "to" and prep.head.lower_ == "according":
            return True
        return word in ("for", "of", "from") and prep.head.lower_ in voice_nouns
    return False


def resolve_references(ctx: Context, actors: list[Actor]) -> list[Actor]:
    """Add nominal and pronoun mentions to ``actors``; return the new actors made from noun phrases."""
    resolver = _Resolver(ctx, actors)
    ctx.owned = ctx.owned_positions()  # kept in step by add_mention for the pass's backward looks
    resolver.genders()
    pronouns = resolver.pronouns
    nouns, memo = _actor_nouns(ctx.vocab.head_nouns, resolver.head_titles, resolver.back_titles, pronouns)
    doc, raw, idx, end = ctx.doc, ctx.raw, ctx.idx, ctx.end_char
    tokens = doc_tokens(doc)
    for i in _words_in(doc, pronouns, nouns, memo):
        # Cheap text test first: most tokens are neither pronouns nor actor nouns.
        low = raw[idx[i]:end[i]].lower()
        if ctx.owner[i] is not None or (low not in pronouns and low not in nouns and low not in _COUNTERPART):
            continue
        tok = tokens[i]
        if tok.tag_ in ("PRP", "PRP$") and low in pronouns:
            # "his office": handled with the noun it owns, once the noun's turn comes.
            resolver.pronoun(tok)
        elif (tok.pos_ == "NOUN" or (tok.pos_ == "PROPN" and (tok.is_lower or _capital_body(tok, low, ctx)))) and (
                tok.dep_ != "compound" or low == "counterpart"):
            resolver.noun(tok)
    ctx.owned = None  # later stages write ``owner`` directly: the list would fall behind
    return resolver.new


# _actor_nouns' last answer: the three noun sets it joined and the pronouns (the lexicon's, the same objects for
# every document), their union, and _words_in's answers for that union and those pronouns by word hash.
_KINDS: list[tuple[tuple[object, ...], dict[str, str]]] = []  # _word_kinds' sets and memo


def _word_kinds(resolver: _Resolver) -> dict[str, str]:
    """:meth:`_Resolver.genders`' memo of each word's kind, kept across documents while the word sets it is read
    from stay the same objects."""
    sets = resolver.gender_sets()
    if _KINDS and len(_KINDS[0][0]) == len(sets) and all(a is b for a, b in zip(_KINDS[0][0], sets, strict=True)):
        kinds = _KINDS[0][1]
        if len(kinds) > _MEMO_WORDS:
            kinds.clear()
        return kinds
    kinds = {}
    _KINDS[:] = [(sets, kinds)]
    return kinds


_Words = frozenset[str]


class _Looked:
    """:func:`_words_in`'s answers so far, by word hash: the sorted hashes looked at and those whose word is one
    that it finds (a word's answer does not depend on the document), so that only a document's new words are
    looked up one by one and the rest take one array search."""

    def __init__(self) -> None:
        self.looked = np.zeros(0, dtype="uint64")
        self.found = np.zeros(0, dtype="uint64")

    def __len__(self) -> int:
        return len(self.looked)


_NOUNS: list[tuple[_Words, _Words, _Words, _Words, _Words, _Looked]] = []
_MEMO_WORDS = 1 << 16  # word hashes _words_in keeps (emptied when full)


def _actor_nouns(heads: frozenset[str], titles: frozenset[str], back: frozenset[str], pronouns: frozenset[str]
                 ) -> tuple[frozenset[str], _Looked]:
    """``heads | titles | back`` and a memo for :func:`_words_in` over it and ``pronouns``: joined once while the
    lexicon's sets stay the same (the union of some thousand words, hashed, cost more than the look-ups it serves)."""
    if _NOUNS:
        h, t, b, p, nouns, memo = _NOUNS[0]
        if h is heads and t is titles and b is back and p == pronouns:
            return nouns, memo
    nouns, memo = heads | titles | back, _Looked()
    _NOUNS[:] = [(heads, titles, back, pronouns, nouns, memo)]
    return nouns, memo


def _words_in(doc: Doc, pronouns: Collection[str], nouns: Collection[str], memo: _Looked) -> list[int]:
    """The indexes of the tokens whose text, lower-cased, is a pronoun, a noun or ``counterpart``, in text order:
    one look at each distinct word not seen in an earlier document, not a text slice for every word; ``memo``
    holds the answers per word hash for these ``pronouns`` and ``nouns``."""
    if not len(doc):
        return []
    column = doc.to_array([ORTH]).reshape(len(doc))
    seen = distinct(column)
    new = seen[~among(seen, memo.looked)] if len(memo.looked) else seen
    if len(new):
        strings = doc.vocab.strings
        hits = new[[(w := strings[h].lower()) in pronouns or w in nouns or w in _COUNTERPART for h in new.tolist()]]
        if len(memo.looked) + len(new) > _MEMO_WORDS:
            memo.looked, memo.found = np.sort(new), np.sort(hits)  # full: start again from this document's words
        else:
            memo.looked = np.sort(np.concatenate((memo.looked, new)), kind="stable")
            memo.found = np.sort(np.concatenate((memo.found, hits)), kind="stable")
    found: list[int] = np.flatnonzero(among(column, memo.found)).tolist()
    return found


def _paired_body(ctx: Context, head: Token) -> tuple[WordKind, str | None] | None:
    """A body word of two words whose head alone is none ("civil defence") after a possessive ("<place>'s civil
    defence says"): the pair, as :func:`.codes.titled_speakers` reads it after an article."""
    i = head.i
    if i < 2 or ctx.tokens[i - 1].head.i != i or ctx.tokens[i - 1].dep_ not in ("amod", "compound") \
            or ctx.tokens[i - 2].text not in ctx.possessive:
        return None
    return ctx.vocab.word("body", form_key(f"{ctx.tokens[i - 1].text} {head.text}"))


def _capital_body(tok: Token, low: str, ctx: Context) -> bool:
    """A body word written with a capital after "the" ("the Office now puts the number at 610", "the Ministry
    says"): a press release's reference to the body it named, which the model tags as a name of its own."""
    return tok.i > 0 and tok.doc[tok.i - 1].lower_ == "the" and ctx.vocab.word("body", low) is not None \
        and not any(c.dep_ in ("compound", "amod") for c in kids_of(tok))
