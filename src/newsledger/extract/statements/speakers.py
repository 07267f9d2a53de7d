"""Speakers: the words naming who speaks, and the entity they refer to.

Resolution follows one contract: the entity whose *mention* covers the head
token of the speaker phrase (a token -> entity index built once per
document). The actors stage adds pronoun, nominal and anonymous-source
mentions to the entities, so those resolve through the same look-up. Where a
pronoun or a nominal has no mention, a deliberately small fallback of this
module decides:

- a pronoun ("he", "she", "it", "his office"): the speaker of the previous
  statement close by when its type fits, else the nearest compatible entity
  mentioned before (outside quotes), preferring grammatical subjects; never a
  person whom only pronouns of the other gender called before ("he says" ...
  "she told me": the woman named last in that sentence or the one before);
- a definite description the actors stage resolved once ("the Minister" -> the minister named before): the
  same words again as a speaker, within the window, are the same one ("The Minister said ...");
- a definite nominal ("the advisory", "the ministry", "the spokesperson"): the
  nearest entity before it whose name contains that word, or a person whom the
  text has already called that ("spokesperson Jane Doe"); a singular noun that
  describes a person ("the businessman", "the president", "the 46-year-old")
  with neither: the person named last as a subject;
- a definite document noun ("the statement read", "the letter said"): the author
  of the same document mentioned before it ("X issued a statement", "a letter
  from X", "X said in a statement"), or, with no earlier use of the noun, the
  owner of the document or channel named last ("on X's Telegram channel ...
  the post says"); "it" as the subject of a document verb
  ("..., it reads, ..."): the author of the document named last before it;
- a definite body noun of a kind (``kind_nouns``) in a lede that no body named before as a subject can
  stand for ("..., the aid group said. Harvest Bridge said ..."): the body of a fitting kind that the next
  sentence opens with as its main subject;
- a person named by their organisation's kind ("a company lawyer", "a party
  official"): the nearest entity before it of a sector that kind may name
  (``kind_nouns`` of the actors vocabulary);
- a definite body noun that no name holds ("the commission", "the panel"):
  the body an earlier phrase with the same head noun belonged to ("the
  election commission of the union", "the union's panel"); a speaker owned
  by a definite noun ("the county's roads chief"): what that noun refers to;
- a spokesperson that names no body of their own ("a spokeswoman said", "a
  spokesman in the capital said"): the body whose statement came just before,
  as a reader takes it; a place the phrase puts them in is where they are,
  not whom they speak for;
- "one said", "another said" (``group_members``): a member of the group whose
  statement came just before.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass

import numpy
from spacy.attrs import IDX
from spacy.tokens import Doc, Token

from ...models import Entity
from ...parse.components import dateline_tokens
from ...textutil import form_key
from ..walk import kids_of
from .words import StatementWords, document_verb

__all__ = ["SpeakerIndex", "speaker_phrase"]

_ORGLIKE = ("ORG", "GPE", "NORP", "GROUP")
_PLACES = ("GPE", "LOC")  # a place: no author of a document
_BODIES = ("ORG", "GROUP")  # an organisation or a group: a document's author
_WINDOW = 600  # characters back that a pronoun looks for its antecedent
_SUBJECT_DEPS = {"nsubj", "nsubjpass"}
_PHRASE_STOP_DEPS = {"relcl", "acl", "appos", "punct", "cc", "conj", "advcl"}


def speaker_phrase(head: Token, prepositions: frozenset[str]) -> tuple[int, int]:
    """Token bounds of the words naming the speaker: the head with its left modifiers and ``prepositions`` phrases.

    "Dina Haddad, Secretary of ..." gives "Dina Haddad"; "officials who spoke
    on condition of anonymity" gives "officials"; "a spokesman for the ministry"
    stays whole.
    """
    start = head.left_edge.i
    end = head.i + 1
    doc = head.doc
    while end < len(doc) and doc[end].ent_iob_ == "I" and doc[end].pos_ == "PROPN":
        end += 1  # the rest of the name the head starts ("Amos" of "Amos Kiptoo", parsed apart)
    for child in head.rights:
        if child.i < end:
            continue
        if child.dep_ == "appos" and child.i == end and child.pos_ == "PROPN":
            end = child.right_edge.i + 1  # "army chief Asim Raza": a name right after its title
            continue
        if child.dep_ in _PHRASE_STOP_DEPS or child.i != end:
            break
        if child.dep_ == "prep" and child.lower_ not in prepositions:
            break
        end = child.right_edge.i + 1
        if child.dep_ == "prep":
            # "a spokeswoman for the Calais office of the port, which covers ...": the phrase ends at the comma
            # before the relative clause or apposition hung on the last noun
            end = next((t.i for t in doc[child.i + 1:end] if t.text == "," and t.i + 1 < end
                        and _opens_clause(doc[t.i + 1], child)), end)
            if end <= child.right_edge.i:
                break
    # Stop a left edge that reaches back over a comma or a quote (a parse that swallowed too much).
    for i in range(head.i - 1, start - 1, -1):
        if doc[i].is_punct and doc[i].text not in ("-", "‐", ".", "’s", "'s", "&"):
            start = i + 1
            break
    return start, end


def _opens_clause(tok: Token, top: Token) -> bool:
    """``tok`` opens a relative clause or a participle hung on a noun inside ``top``'s phrase (an apposition, a
    name after a title, does not)."""
    while tok.i != top.i:
        if tok.dep_ in ("relcl", "acl"):
            return True
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _document_source(noun: Token, words: StatementWords, verbs: bool = True) -> Token | None:
    """Who issued a document noun: its possessor or author phrase, the author a participle or relative clause of
    issuing gives ("a statement issued on Sunday by X", "the communique it issued"), else (with ``verbs``) the
    subject of the verb it is the object of ("X issued a statement") or the verb it is said in ("X said in a
    statement"), else None."""
    # "X published the log of its patrol boat": the publisher is the author, not what the document is "of"
    issued = noun.dep_ == "dobj" and noun.head.lemma_.lower() in words.issuing_verbs and verbs
    for child in kids_of(noun):
        if child.dep_ == "poss":
            return child
        if child.dep_ == "prep" and child.lower_ in words.author_prepositions and not (issued and child.lower_ == "of"):
            obj = next((o for o in kids_of(child) if o.dep_ == "pobj" and o.ent_type_ not in ("DATE", "TIME")), None)
            if obj is not None:
                return obj
        if child.dep_ == "acl" and child.lemma_.lower() == "attribute":  # "remarks attributed to the ministry"
            obj = next((o for c in kids_of(child) if c.dep_ == "prep" and c.lower_ == "to"
                        for o in kids_of(c) if o.dep_ == "pobj"), None)
            if obj is not None:
                return obj
        if child.dep_ in ("acl", "relcl") and child.lemma_.lower() in words.issuing_verbs:
            issuer = _issuing_author(child, words)
            if issuer is not None:
                return issuer
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head if noun.dep_ == "dobj" else None
    if not verbs or verb is None or verb.pos_ not in ("VERB", "AUX"):
        return None
    subject = next((c for c in kids_of(verb) if c.dep_ in _SUBJECT_DEPS), None)
    if subject is not None and verb.dep_ == "relcl" and subject.lower_ in words.relative_pronouns \
            and verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.head  # "the coast guard, which published the log": the noun the clause hangs on
    return subject


def _issuing_author(verb: Token, words: StatementWords) -> Token | None:
    """The author a verb of issuing hung on a document noun names: its agent ("issued by X") or, in a relative
    clause, its subject ("the communique the ministry issued"; not a relative pronoun, which is the document itself,
    nor a personal one, which the clause's own subject would too easily take: "X, according to the communique it
    issued, had agreed" is no account of X's)."""
    for child in kids_of(verb):
        if child.dep_ == "agent":
            obj = next((o for o in kids_of(child) if o.dep_ == "pobj"), None)
            if obj is not None:
                return obj
    if verb.dep_ != "relcl":
        return None
    return next((c for c in kids_of(verb) if c.dep_ == "nsubj" and c.pos_ != "PRON"
                 and c.lower_ not in words.relative_pronouns), None)


def _address_part(doc: Doc, first: int, entity: Entity) -> bool:
    """The mention starting at token ``first`` is the region or country that qualifies a place named just before
    it ("Jupiter, Fla.", "Kisumu, Kenya"): a part of an address, never a speaker or an antecedent, whatever the
    parse makes of it."""
    if entity.type not in ("GPE", "LOC") or first < 2 or doc[first - 1].text != ",":
        return False
    before = doc[first - 2]
    return before.ent_type_ in ("GPE", "LOC", "FAC") and before.ent_iob_ != "O"


@dataclass(frozen=True, slots=True)
class _Mention:
    token: int
    entity: Entity
    subject: bool


class SpeakerIndex:
    """Token -> entity look-ups over one document, built once."""

    def __init__(self, doc: Doc, entities: tuple[Entity, ...], quoted: bytearray, words: StatementWords) -> None:
        self.doc = doc
        self.words = words
        self.quoted = quoted
        self.by_token: dict[int, Entity] = {}
        self.by_id = {e.id: e for e in entities}
        mentions: list[_Mention] = []
        self._titles: dict[str, list[tuple[int, Entity]]] = {}
        starts = doc.to_array([IDX]).ravel() if len(doc) else numpy.zeros(0, dtype="uint64")
        dateline = dateline_tokens(doc)
        story = dateline.body if dateline is not None else 0  # the dateline's place and agency are no antecedents
        spans = [(entity, m) for entity in entities for m in entity.mentions]
        # Definite descriptions the actors stage resolved ("the Minister" -> the minister named before), by their
        # words: the same words again ("The Minister said ...") refer to the same one.
        self._described: dict[str, list[tuple[int, Entity]]] = {}
        for entity, m in spans:
            said = m.text.lower().split()
            if len(said) > 1 and said[0] in words.anaphoric_determiners:
                self._described.setdefault(" ".join(said), []).append((m.start, entity))
        for described in self._described.values():
            described.sort(key=lambda d: d[0])
        # Tokens overlapping each mention [m.start, m.end): binary searches (one call for all) instead of char_span.
        firsts = numpy.searchsorted(starts, [m.start for _, m in spans], side="right").tolist()
        lasts = numpy.searchsorted(starts, [m.end for _, m in spans], side="left").tolist()
        for (entity, _), first, last in zip(spans, firsts, lasts, strict=True):
            first = max(0, first - 1)
            if last <= first:
                continue
            if _address_part(doc, first, entity):
                continue  # "in Jupiter, Fla., and signed": an address part neither speaks nor is referred to
            for i in range(first, last):
                self.by_token.setdefault(i, entity)
            if quoted[first] or (dateline is not None and dateline.start <= first < story):
                continue
            # a one-word mention (most) is its own root: no Span made for it
            head = doc[first] if last - first == 1 else doc[first:last].root
            mentions.append(_Mention(first, entity, head.dep_ in _SUBJECT_DEPS))
            if entity.type == "PERSON":
                self._learn_titles(first, head, entity)
        mentions.sort(key=lambda m: m.token)
        self._token_starts = starts
        self._mentions = mentions
        self._starts = [m.token for m in mentions]

    def _learn_titles(self, start: int, head: Token, entity: Entity) -> None:
        """Common nouns that the text uses as a person's title ("spokesperson Jane Doe", "Doe, the envoy", "the envoy
    to the talks, Jane Doe")."""
        doc = self.doc
        i = start - 1
        while i >= 0 and i >= start - 4 and doc[i].pos_ in ("NOUN", "PROPN") and doc[i].dep_ == "compound":
            if doc[i].pos_ == "NOUN":
                self._titles.setdefault(doc[i].lower_, []).append((start, entity))
            i -= 1
        for child in kids_of(head):
            if child.dep_ == "appos" and child.pos_ == "NOUN":
                self._titles.setdefault(child.lower_, []).append((start, entity))
        if head.dep_ == "appos" and head.head.tag_ in ("NN", "NNP"):
            # "the prefect, Colonel Jean Ousmane", "the prefect of Gore, Colonel Jean Ousmane": the name set beside
            # its title after the title's own words (the parse may hang it on the title's place)
            title = head.head
            if title.dep_ == "pobj" and title.head.dep_ == "prep" and title.head.head.pos_ == "NOUN":
                title = title.head.head
            if title.pos_ == "NOUN" and title.tag_ == "NN" and title.i < start:  # one person's title, not "lawyers"
                self._titles.setdefault(title.lower_, []).append((start, entity))

    def _possessor(self, head: Token) -> Entity | None:
        """Whom a definite noun owning the speaker phrase refers back to ("the county's water chief": the county
        named before; the possessor may hang on the head or on a noun compounded with it), else None."""
        owners = [c for c in kids_of(head) if c.dep_ == "poss"] + [
            g for c in kids_of(head) if c.dep_ == "compound" for g in kids_of(c) if g.dep_ == "poss"]
        for owner in owners:
            if owner.pos_ == "NOUN" and any(c.lower_ in self.words.anaphoric_determiners for c in kids_of(owner)):
                return self.nominal(owner)
        return None

    def entity_at(self, start: int, end: int, head: Token) -> Entity | None:
        """Entity whose mention covers the head token, else any token of the phrase (head first)."""
        found = self.by_token.get(head.i)
        if found is not None:
            return found
        for child in kids_of(head):
            if child.dep_ == "appos" and child.i in self.by_token:
                return self.by_token[child.i]  # "the army chief, Asim Raza"
        for i in range(start, end):
            named = self.by_token.get(i)
            if self.doc[i].dep_ == "appos" and named is not None and named.type == "PERSON":
                return named  # "the mayor of Bunagana, Jean Habimana": the parse hangs the name on the place
        for i in range(start, end):
            if i != head.i and self.doc[i].dep_ in ("compound", "poss", "pobj", "nmod") and i in self.by_token:
                return self.by_token[i]
        return None

    def _nearest(self, before: int, types: tuple[str, ...], subjects_only: bool,
                 accept: Callable[[Entity], bool] | None = None, floor: int = 0) -> _Mention | None:
        limit_char = self.doc[before].idx - _WINDOW
        k = bisect_left(self._starts, before) - 1
        while k >= 0:
            m = self._mentions[k]
            if self.doc[m.token].idx < limit_char or m.token < floor:
                break
            if m.entity.type in types and (m.subject or not subjects_only) and (accept is None or accept(m.entity)):
                return m
            k -= 1
        return None

    def _other_gender(self, entity: Entity, word: str) -> bool:
        """``entity`` was called only by pronouns of the other gender than ``word`` ("he" before, "she" now)."""
        words = self.words
        own, other = ((words.male_pronouns, words.female_pronouns) if word in words.male_pronouns
                      else (words.female_pronouns, words.male_pronouns) if word in words.female_pronouns
                      else (frozenset(), frozenset()))
        said = {m.text.lower() for m in entity.mentions}
        return bool(said & other) and not said & own

    def _same_gender(self, tok: Token, candidates: list[tuple[int, Entity]]) -> list[tuple[int, Entity]]:
        """The candidates a gendered pronoun can stand for. Where it rules out all of them ("... Ganbold walked me
        along the bed, he says. I put it to the manager, Tumur. ..., she told me"), the person named last in this
        sentence or the one before whom no pronoun of the other gender called; where there is none, the candidates
        as they were (no better guess)."""
        word = tok.lower_
        kept = [c for c in candidates if not self._other_gender(c[1], word)]
        if kept or not candidates:
            return kept
        sent = tok.sent
        floor = self.doc[sent.start - 1].sent.start if sent.start > 0 else 0
        near = self._nearest(tok.i, ("PERSON",), False, lambda e: not self._other_gender(e, word), floor)
        return [(self.doc[near.token].idx, near.entity)] if near is not None else candidates

    def other_person(self, tok: Token, since: int, other_than: str, subjects_only: bool = True) -> Entity | None:
        """The person last named as a subject (or at all, without ``subjects_only``) before ``tok`` and at or after
        character ``since``, other than the entity ``other_than``: whom "he" in a broadcast turn stands for, the
        turn's own speaker saying "I"."""
        k = bisect_left(self._starts, tok.i) - 1
        while k >= 0:
            m = self._mentions[k]
            if self.doc[m.token].idx < since:
                break
            if m.entity.type == "PERSON" and (m.subject or not subjects_only) and m.entity.id != other_than:
                return m.entity
            k -= 1
        return None

    def pronoun(self, tok: Token, last: tuple[int, Entity] | None) -> Entity | None:
        """Antecedent of a pronoun with no mention of its own (see the module docstring)."""
        word, words = tok.lower_, self.words
        if word in words.person_pronouns:
            types: tuple[str, ...] = ("PERSON",)
        elif word in words.thing_pronouns:
            types = ("ORG", "GPE", "NORP")
        elif word in words.group_pronouns:
            types = _ORGLIKE
        else:
            return None
        here = self.doc[tok.i].idx
        candidates: list[tuple[int, Entity]] = []
        if last is not None and (last[1].type in types or (types == ("PERSON",) and self._voice_of(last))) \
                and here - last[0] <= _WINDOW:
            candidates.append(last)
        if word not in words.group_pronouns:  # "they" rarely has a single named antecedent
            subject = self._nearest(tok.i, types, subjects_only=True)
            if subject is not None:
                candidates.append((self.doc[subject.token].idx, subject.entity))
        if word in words.person_pronouns:
            candidates = self._same_gender(tok, candidates)
        if candidates:
            at, found = max(candidates, key=lambda c: c[0])  # the more recent of the two
            if word in words.thing_pronouns and self._unlisted_name_since(tok, at):
                return None
            if word in words.thing_pronouns and (headed := self._heading_body(tok, at, types)) is not None:
                return headed
            if word in words.thing_pronouns and (owner := self._document_subject(tok, at, types)) is not None:
                return owner
            if word in words.person_pronouns and self._aged_name_since(tok, at):
                return None
            return self._document_owner(tok, at, found)
        if word in words.group_pronouns:
            return None
        anyone = self._nearest(tok.i, types, subjects_only=False)
        if anyone is None:
            return None
        return self._document_owner(tok, self.doc[anyone.token].idx, anyone.entity)

    def _voice_of(self, last: tuple[int, Entity]) -> bool:
        """The statement before was a spokesperson's, resolved to the body they speak for ("A spokeswoman for the
        port authority said ... She added ..."), or a pronoun that stood for such a voice: "she" is that voice, and so
        that body, not a person named before."""
        if last[1].type not in _BODIES and last[1].type != "GPE":
            return False
        k = int(numpy.searchsorted(self._token_starts, last[0]))
        if k >= len(self.doc) or self.doc[k].idx != last[0]:
            return False
        head = self.doc[k]
        if head.lower_ in self.words.person_pronouns:
            return True  # "she" before was that voice already
        return head.tag_ == "NN" and (head.lower_ in self.words.spokesperson_titles or
                                      head.lemma_.lower() in self.words.spokesperson_titles)

    def _document_owner(self, tok: Token, at: int, found: Entity) -> Entity:
        """``found`` (named at character ``at``) for the pronoun ``tok``; where it is a place and ``tok`` owns a
        document ("its report"), a body named since then: a place issues no report."""
        if found.type in _PLACES and tok.dep_ == "poss" and tok.head.lemma_.lower() in self.words.document_nouns:
            return self._body_since(tok, at) or found
        return found

    def _body_since(self, tok: Token, since: int) -> Entity | None:
        """A body (an organisation or a group) named after character ``since`` and before ``tok``, the latest:
        "its report" after a place and then a group is the group's report ("The Tarn valley is drying out, a
        farmers' group says. Its report ..."), as a place issues none."""
        k = bisect_left(self._starts, tok.i) - 1
        while k >= 0:
            m = self._mentions[k]
            if self.doc[m.token].idx <= since:
                return None
            if m.entity.type in _BODIES:
                return m.entity
            k -= 1
        return None

    def _unlisted_name_since(self, tok: Token, since: int) -> bool:
        """The main subject of the sentence before ``tok`` (outside quotation marks), standing after character
        ``since``, is a name no actor holds ("Central airport has closed. Its management says ..."): "it" is
        that place or thing, not an earlier speaker."""
        first = tok.sent.start
        if first == 0:
            return False
        prev = self.doc[first - 1].sent
        for t in prev:
            if t.dep_ in _SUBJECT_DEPS and t.head.dep_ == "ROOT" and t.idx > since and not self.quoted[t.i] \
                    and t.i not in self.by_token and t.pos_ in ("NOUN", "PROPN") \
                    and (t.pos_ == "PROPN" or any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in kids_of(t))):
                return True
        return False

    def _heading_body(self, tok: Token, since: int, types: tuple[str, ...]) -> Entity | None:
        """The body a verbless heading right before ``tok``'s sentence names, standing after character ``since``
        ("20:05 Early word from the harbour board, which ... . At the east quay, it says, ..."): a live blog's
        entry that opens on a noun phrase announces whose words follow, so "it" is that body, not the speaker
        of the entry before. The first such body of the heading, outside quotation marks."""
        first = tok.sent.start
        if first == 0:
            return None
        prev = self.doc[first - 1].sent
        if prev.root.pos_ not in ("NOUN", "PROPN") or prev.start_char <= since:
            return None
        for t in prev:
            if t.i in self.by_token and not self.quoted[t.i] and self.by_token[t.i].type in types \
                    and self.by_token[t.i].type in _BODIES:
                return self.by_token[t.i]
        return None

    def _document_subject(self, tok: Token, since: int, types: tuple[str, ...]) -> Entity | None:
        """The body whose document is the main subject of the sentence right before ``tok``'s, named after character
        ``since`` ("Vaduz was slow to reply. The interior ministry's letter, sent on Friday, was brief. Its
        rangers, it said, ..."): "it" is the document's author, which the sentence has just brought in, not a
        subject named before it. The body named by the document noun's possessive, outside quotation marks."""
        first = tok.sent.start
        if first == 0:
            return None
        for t in self.doc[first - 1].sent:
            if t.dep_ not in _SUBJECT_DEPS or t.head.dep_ != "ROOT" or t.pos_ != "NOUN" or self.quoted[t.i] \
                    or t.lemma_.lower() not in self.words.document_nouns:
                continue
            owner = next((c for c in kids_of(t) if c.dep_ == "poss"), None)
            ent = self.by_token.get(owner.i) if owner is not None else None
            if ent is not None and ent.type in types and ent.type in _BODIES and owner is not None \
                    and owner.idx > since:
                return ent
        return None

    def _aged_name_since(self, tok: Token, since: int) -> bool:
        """The main subject of the sentence before ``tok``, standing after character ``since``, is a name given an
        age ("Amara, 41, grew up in ...") that no person of the actors holds: "she" is that person, not an earlier
        speaker."""
        first = tok.sent.start
        if first == 0:
            return False
        for t in self.doc[first - 1].sent:
            if t.dep_ in _SUBJECT_DEPS and t.head.dep_ == "ROOT" and t.idx > since and not self.quoted[t.i] \
                    and t.pos_ == "PROPN" and any(c.dep_ in ("appos", "amod", "npadvmod") and c.like_num
                                                  for c in kids_of(t)) \
                    and (t.i not in self.by_token or self.by_token[t.i].type != "PERSON"):
                return True
        return False

    def _described_before(self, start: int, end: int, head: Token) -> Entity | None:
        """The entity that the same definite description named last, within the window, where the actors stage
        resolved it ("the Minister said ... The Minister said": the same minister)."""
        if not any(c.lower_ in self.words.anaphoric_determiners for c in kids_of(head)):
            return None
        key = " ".join(self.doc[start:end].text.lower().split())
        here = self.doc[start].idx
        earlier = [(at, e) for at, e in self._described.get(key, []) if here - _WINDOW <= at < here]
        return earlier[-1][1] if earlier else None

    def nominal(self, head: Token) -> Entity | None:
        """Entity for "the advisory", "the ministry", "the spokesperson" (see the module docstring)."""
        word = head.lower_
        titled = [e for start, e in self._titles.get(word, []) if start < head.i]
        if titled:
            return titled[-1]
        k = bisect_left(self._starts, head.i) - 1
        while k >= 0:
            m = self._mentions[k]
            if m.entity.type in ("ORG", "GPE") and word in m.entity.name.lower().split():
                return m.entity
            k -= 1
        if word not in self.words.person_epithets:
            owner = self._owner_before(head)
            if owner is not None:
                return owner
        if head.tag_ == "NN" and not any(c.dep_ == "case" for c in kids_of(head)) and (
                word in self.words.person_epithets or word.endswith("-year-old")):
            # "The billionaire businessman said", "the 46-year-old told reporters": one person, described, is the
            # person named last as a subject, as a reader takes it (no one having been given that title before).
            person = self._nearest(head.i, ("PERSON",), subjects_only=True)
            return person.entity if person is not None else None
        return None

    def _own_staff(self, head: Token) -> bool:
        """ "Our correspondent in Velta says ...": the outlet's own staff tell in the outlet's voice; the place
        the phrase puts them in is where they are, not who speaks."""
        return head.lemma_.lower() in self.words.transcript_hosts and any(
            c.dep_ == "poss" and c.lower_ in self.words.first_second_person for c in head.children)

    def _definite(self, start: int, end: int, head: Token, last: tuple[int, Entity] | None) -> Entity | None:
        """A definite noun phrase no mention covers: a document's author, a nominal's referent, or the person the
        bare title was given to as a role (the parse reads a capitalised title as a proper noun)."""
        if head.pos_ == "NOUN" and head.lemma_.lower() in self.words.document_nouns:
            return self.document_author(head, last)
        if head.pos_ == "NOUN" and (found := self.nominal(head) or self._named_next(head)) is not None:
            return found
        return self._role_holder(start, end, head)

    def _role_holder(self, start: int, end: int, head: Token) -> Entity | None:
        """For a bare definite title ("the Minister said", "the governor told"): the person the actors stage gave
        that title as a role, named before it ("Minister of Roads Ana Lutz ... the Minister told the
        meeting"), as a reader takes it. Only a title alone (a determiner and the title word); none where no
        person named before holds it, nor where two do (which one is meant is unsaid)."""
        if end - start != 2 or head.i != end - 1:
            return None
        title = head.lower_
        holders: list[Entity] = []
        here = head.idx
        for entity in self.by_id.values():
            if entity.type != "PERSON" or not any(r.lower() == title for r in entity.roles):
                continue
            if any(m.start < here for m in entity.mentions):
                holders.append(entity)
        return holders[0] if len(holders) == 1 else None

    def _named_next(self, head: Token) -> Entity | None:
        """A lede's body named after its description ("A convoy was looted, the relief group said. Harbour Aid said
        the gunmen ..."): a definite noun of a kind (``kind_nouns``) that no body named before refers to is the body
        of that kind that the next sentence opens with as its main subject, as a reader takes it."""
        kinds = self.words.kind_nouns.get(head.lemma_.lower())
        if not kinds or head.sent.end >= len(self.doc):
            return None
        if any(m.entity.type in _BODIES and m.subject for m in self._mentions if m.token < head.i):
            return None  # a body named before as a subject: the description points back, or to no one
        for tok in self.doc[head.sent.end].sent:
            if tok.dep_ in _SUBJECT_DEPS and tok.head.dep_ == "ROOT" and tok.i in self.by_token:
                ent = self.by_token[tok.i]
                # a sector the kind may name, or none known ("Harbour Aid", a name the actors could not place)
                fits = ent.type in _BODIES and (ent.sector in kinds or ent.sector is None)
                return ent if fits else None
        return None

    def _owner_before(self, head: Token) -> Entity | None:
        """The body that owned the same noun named before ``head`` within the window: "the monitoring mission of
        the union ... the mission said" is the union's (its possessor, or the object of an author preposition), if
        that noun's owner is an organisation-like entity; None where the nearest earlier use names no owner."""
        earlier = self._earlier_use(head, skip_quoted=True)
        if earlier is None:
            return None
        for child in kids_of(earlier):
            owner = child if child.dep_ == "poss" else None
            if child.dep_ == "prep" and child.lower_ in self.words.author_prepositions:
                owner = next((o for o in kids_of(child) if o.dep_ == "pobj"), None)
            entity = self.by_token.get(owner.i) if owner is not None else None
            if entity is not None and entity.type in _ORGLIKE:
                return entity
        return None

    def _earlier_use(self, head: Token, skip_quoted: bool = False) -> Token | None:
        """The nearest earlier use of ``head``'s noun (same lemma) within the window (outside quotes, with
        ``skip_quoted``), else None."""
        doc, lemma = self.doc, head.lemma_.lower()
        limit = doc[head.i].idx - _WINDOW
        for i in range(head.i - 1, -1, -1):
            earlier = doc[i]
            if earlier.idx < limit:
                break
            if earlier.pos_ == "NOUN" and earlier.lemma_.lower() == lemma and not (skip_quoted and self.quoted[i]):
                return earlier
        return None

    def _voiced_before(self, head: Token, last: tuple[int, Entity] | None) -> Entity | None:
        """For a spokesperson that names no body: the speaker of the statement just before, within the window,
        where that speaker is a body (a person has no spokesperson of their own in such a run of statements)."""
        if head.lemma_.lower() not in self.words.spokesperson_titles and head.lower_ not in \
                self.words.spokesperson_titles:
            return None
        if last is None or last[1].type not in _ORGLIKE or last[1].type == "NORP":
            return None
        return last[1] if 0 <= head.idx - last[0] <= _WINDOW else None

    def _member_of(self, head: Token, last: tuple[int, Entity] | None) -> Entity | None:
        """For "one said": the group whose statement came just before, within the window, else no one."""
        if last is None or last[1].type != "GROUP":
            return None
        return last[1] if 0 <= head.idx - last[0] <= _WINDOW else None

    def _located(self, start: int, end: int, head: Token, found: Entity) -> bool:
        """``found``, a place by name, stands in the phrase only as the object of a locative preposition ("a
        spokeswoman in the capital"): where the speaker is, not the speaker."""
        if head.i in self.by_token:
            return False
        at = [i for i in range(start, end) if self.by_token.get(i) is found]
        # A place, or a capital the actors stage made its government: the words name a place either way.
        if not at or (found.type not in _PLACES and form_key(found.name) not in self.words.place_names):
            return False
        return all(self._locative_object(self.doc[i]) for i in at)

    def _locative_object(self, tok: Token) -> bool:
        """``tok`` is (part of) the object of a locative preposition ("in the capital", "at Port Louis")."""
        if tok.dep_ == "compound" and tok.head.dep_ == "pobj":
            tok = tok.head
        return tok.dep_ == "pobj" and tok.head.lower_ in self.words.locative_prepositions

    def document_author(self, head: Token, last: tuple[int, Entity] | None) -> Entity | None:
        """Author of the document "the statement" points back to: the nearest earlier mention of the same noun
        with its author ("a statement from X", "X's letter", "X issued a statement", "X said in a statement")."""
        earlier = self._earlier_use(head)
        if earlier is None:
            # "on the ministry's Telegram channel ... the post says": no earlier post, the channel's owner
            return self.last_document_author(head, last, channels=True)
        author = _document_source(earlier, self.words)
        if author is None:
            return None
        s, e = speaker_phrase(author, self.words.speaker_prepositions)
        return self.resolve(s, e, author, last)

    def last_document_author(self, head: Token, last: tuple[int, Entity] | None,
                             channels: bool = False) -> Entity | None:
        """Author of the document named last before ``head`` ("Police put out a statement. There was no raid, it
        reads"): the nearest earlier document noun (or, with ``channels``, a channel a body publishes on: "on the
        ministry's channel") whose author the text gives."""
        doc, words = self.doc, self.words
        nouns = words.document_nouns | words.channel_nouns if channels else words.document_nouns
        limit = doc[head.i].idx - _WINDOW
        for i in range(head.i - 1, -1, -1):
            earlier = doc[i]
            if earlier.idx < limit:
                break
            if earlier.pos_ == "NOUN" and (earlier.lemma_.lower() in nouns
                                           or (channels and self._said_in(earlier))):
                author = _document_source(earlier, words)
                if author is None:
                    return None
                s, e = speaker_phrase(author, words.speaker_prepositions)
                return self.resolve(s, e, author, last)
        return None

    def _said_in(self, noun: Token) -> bool:
        """``noun`` is a speech noun a verb of saying was said "in" ("X said in a written reply that ..."): the
        document a later "the statement says" stands for, which has no earlier use of its own noun."""
        return noun.lemma_.lower() in self.words.speech_nouns and noun.dep_ == "pobj" \
            and noun.head.lower_ == "in" and noun.head.head.pos_ == "VERB" \
            and noun.head.head.lemma_.lower() in self.words.saying_verbs

    def _kind_author(self, head: Token) -> Entity | None:
        """The body a document noun names by a word of its name set before it ("a company post", "a ministry
        statement"): the latest organisation named within the window whose name holds that word ("Slovakia's state
        water company ... a company post on social media gives ...")."""
        words = {c.lower_ for c in kids_of(head) if c.dep_ == "compound" and c.pos_ == "NOUN" and c.i < head.i}
        if not words:
            return None
        limit = self.doc[head.i].idx - _WINDOW
        k = bisect_left(self._starts, head.i) - 1
        while k >= 0:
            m = self._mentions[k]
            if self.doc[m.token].idx < limit:
                break
            if m.entity.type == "ORG" and words & set(m.entity.name.lower().split()):
                return m.entity
            k -= 1
        return None

    def kind_holder(self, head: Token) -> Entity | None:
        """The organisation a person named by its kind speaks for ("a company lawyer", "a party official"): the
        nearest entity mentioned before, within the window, of a sector or type the kind noun may name."""
        kinds = [self.words.kind_nouns[c.lower_] for c in kids_of(head)
                 if c.dep_ == "compound" and c.pos_ == "NOUN" and c.lower_ in self.words.kind_nouns]
        if not kinds or head.lemma_.lower() in self.words.kind_nouns:
            return None
        limit_char = self.doc[head.i].idx - _WINDOW
        k = bisect_left(self._starts, head.i) - 1
        while k >= 0:
            m = self._mentions[k]
            if self.doc[m.token].idx < limit_char:
                break
            ent = m.entity
            # By sector: a bare ORG type is also a place or a name the model mistyped ("Gulu").
            if ent.type in _ORGLIKE and ent.type != "GPE" and any(
                    ent.sector in ks or (ent.type in ks and ent.type != "ORG") for ks in kinds):
                return ent
            k -= 1
        return None

    def _issuer(self, head: Token, last: tuple[int, Entity] | None) -> tuple[bool, Entity | None]:
        """(named, entity): who issued the document noun ``head`` by its own words: "according to a statement by the
        police" (the police, or None where the author resolves to none), "the Moldovan statement said" (the state or
        people its adjective names), "a company post" (the company named before: :meth:`_kind_author`); (False,
        None) where its words name no one."""
        author = _document_source(head, self.words, verbs=False)
        if author is not None:
            a_start, a_end = speaker_phrase(author, self.words.speaker_prepositions)
            return True, self.resolve(a_start, a_end, author, last)
        named = next((self.by_token[c.i] for c in kids_of(head) if c.dep_ in ("amod", "compound")
                      and c.i in self.by_token and self.by_token[c.i].type in _ORGLIKE), None)
        if named is None:
            named = self._kind_author(head)  # "a company post says": the company named before
        return named is not None, named

    def resolve(self, start: int, end: int, head: Token, last: tuple[int, Entity] | None,
                antecedent: Token | None = None) -> Entity | None:
        """The entity a speaker phrase names, or None where nothing fits."""
        if self._own_staff(head):
            return None
        found = self.entity_at(start, end, head)
        if found is not None and self._located(start, end, head, found):
            return self._voiced_before(head, last) or found
        if found is not None or (found := self._described_before(start, end, head)) is not None:
            return found
        word, words = head.lower_, self.words
        if head.pos_ == "NOUN" and head.lemma_.lower() in words.document_nouns:
            named, issuer = self._issuer(head, last)
            if named:
                return issuer
        if word in words.relative_pronouns and antecedent is not None:
            a_start, a_end = speaker_phrase(antecedent, words.speaker_prepositions)
            return self.resolve(a_start, a_end, antecedent, last)
        if word in words.group_members and not any(c.dep_ == "prep" for c in kids_of(head)):
            return self._member_of(head, last)  # "Residents said ... 'They came at night,' one said"
        # A first- or second-person pronoun is the reporter or the reader; tested on pronouns only, so a
        # homograph noun ("the mine said") still resolves as a nominal.
        if word in words.non_speakers or (word in words.first_second_person and head.pos_ == "PRON"):
            return None
        if head.pos_ == "PRON":
            if word in words.thing_pronouns and document_verb(head.head, words.document_verbs):
                return self.last_document_author(head, last)  # "..., it reads, ..."
            return self.pronoun(head, last)
        possessor = next((c for c in head.children if c.dep_ == "poss"), None)
        if head.pos_ in ("NOUN", "PROPN") and any(c.lower_ in words.anaphoric_determiners for c in head.children):
            return self._definite(start, end, head, last)
        if possessor is not None and possessor.pos_ == "PRON":
            return self.pronoun(possessor, last)  # "his office" -> the person's office
        if (owner := self._possessor(head)) is not None:
            return owner  # "the county's water chief" -> whatever "the county" refers back to
        if head.pos_ == "NOUN":
            # "a company lawyer said"; "..., maritime rescue says": a body's own words, bare, after its name
            return self.kind_holder(head) or self._bare_name(start, end, head) or self._voiced_before(head, last)
        return self._titled_person(head)  # "the Minister told the meeting"

    def _bare_name(self, start: int, end: int, head: Token) -> Entity | None:
        """The body named last before ``head`` whose name holds the speaker's words, two or more, as a run, where
        the words stand bare, with no article ("Spain's maritime rescue service said ... maritime rescue says": a
        live blog's short form of the name given before)."""
        words = form_key(self.doc[start:end].text).split()
        if len(words) < 2 or any(t.dep_ in ("det", "poss") for t in self.doc[start:end]):
            return None
        k = bisect_left(self._starts, start) - 1
        while k >= 0:
            ent = self._mentions[k].entity
            if ent.type in _BODIES:
                name = form_key(ent.name).split()
                if any(name[i:i + len(words)] == words for i in range(len(name) - len(words) + 1)):
                    return ent
            k -= 1
        return None

    def _titled_person(self, head: Token) -> Entity | None:
        """The one person named before ``head`` whose title ends in its word: "the Minister" after "Minister Ana
        Ruiz" (a capitalised title the parse took for a name). None where no person, or several, hold that title."""
        if head.pos_ != "PROPN" or not any(c.lower_ in self.words.anaphoric_determiners for c in head.children):
            return None
        word = head.lower_
        holders = {m.entity.id: m.entity for m in self._mentions if m.token < head.i and m.entity.type == "PERSON"
                   and any((r.lower().split() or [""])[-1] == word for r in m.entity.roles)}
        return next(iter(holders.values())) if len(holders) == 1 else None
