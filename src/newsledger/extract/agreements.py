"""Agreements: what was agreed, signed or disputed, and what each party calls it.

One :class:`~newsledger.models.Agreement` per real-world document. Mentions of
agreement nouns (``data/agreements.yaml``: treaty, accord, pact, deal,
memorandum of understanding, protocol, framework, declaration, ceasefire, ...)
are found on the parse and merged:

- every mention that nothing sets apart is the article's main agreement
  ("an important security agreement", "the deal", "the memorandum");
- a mention with a year or an "earlier" word ("a 2023 protocol", "the previous
  accord"), or the object of "builds on / replaces / extends", is a document of
  its own; a later definite mention of the same type joins it;
- a mention whose explicit parties differ from the main agreement's is another
  agreement.

Each mention inside a statement gives a label by that statement's speaker; a
negated or denied mention ("there is no security agreement", "rejecting
reports of a new agreement") gives a label marked ``negated`` (which the
analysis format writes ``"not <label>"``). Stances come
from actors supporting or opposing the document ("which Washington has
opposed") and from what a speaker says the document does ("undermines
sovereignty", "contributes to stability").
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from ..lexicon import Lexicon
from ..lexicon.actors import Vocabulary
from ..lexicon.agreements import AgreementVocabulary
from ..models import Agreement, Entity, Label, Span, Stance, Statement, TimeExpr
from ..parse.components import dateline_tokens
from .events.args import conjuncts, resolver_for
from .walk import kids_of, tokens_where, word_forms

__all__ = ["agreements"]

_YEAR = re.compile(r"^(1[89]\d\d|20\d\d)$")
_CLIMB_DEPS = {"acl", "advcl", "xcomp", "conj", "dobj", "pcomp", "pobj", "prep"}


@dataclass
class _Mention:
    head: Token  # syntactic head of the agreement noun phrase
    start: int  # token range of the mention (determiner .. head phrase)
    end: int
    label: str
    doc_type: str
    negated: bool
    statement: Statement | None
    by: str | None
    distinguisher: str | None
    parties: set[str] = field(default_factory=set)
    partners: set[str] = field(default_factory=set)  # the "with X" / "between X and Y" parties only


@dataclass
class _Record:
    mentions: list[_Mention] = field(default_factory=list)
    key: str | None = None
    builds_on: set[int] = field(default_factory=set)
    stances: list[Stance] = field(default_factory=list)

    @property
    def parties(self) -> set[str]:
        return set().union(*(m.parties for m in self.mentions)) if self.mentions else set()

    @property
    def partners(self) -> set[str]:
        return set().union(*(m.partners for m in self.mentions)) if self.mentions else set()

    @property
    def types(self) -> set[str]:
        return {m.doc_type for m in self.mentions}


def _match_heads(doc: Doc, vocab: AgreementVocabulary) -> list[tuple[int, int, str, int | None]]:
    """Token ranges of agreement nouns (longest match first), with their document type."""
    found: list[tuple[int, int, str, int | None]] = []
    i = 0
    n = len(doc)
    lowers, lemmas = word_forms(doc)  # the words from one array read, not a Token object per word
    while i < n:
        if lowers[i] not in vocab.first_words and lemmas[i] not in vocab.first_words:
            i += 1
            continue
        best = None
        for words, (doc_type, rank) in vocab.heads.items():
            k = len(words)
            window = [w for w in lowers[i:i + 2 * k] if w != "-"][:k]
            if len(window) == k and (window == list(words) or (k == 1 and lemmas[i] == words[0])):
                end = i
                seen = 0
                while seen < k:
                    seen += lowers[end] != "-"
                    end += 1
                if best is None or end - i > best[1] - best[0]:
                    best = (i, end, doc_type, rank)
        if best is None:
            i += 1
            continue
        span = doc[best[0]:best[1]]
        plural_generic = best[3] is None and any(t.tag_ in ("NNS", "NNPS") for t in span)
        nominal = any(t.pos_ in ("NOUN", "PROPN") for t in span)
        if nominal and not plural_generic and not _gathering(doc, best[0], best[1], vocab):
            found.append(best)
        i = best[1]
    return found


def _gathering(doc: Doc, start: int, end: int, vocab: AgreementVocabulary) -> bool:
    """Whether a head of ``lists.gathering_heads`` names a gathering here, not a document: "the party's
    convention", "the Democratic National Convention", "spoke at the convention"."""
    if end - start != 1 or doc[start].lower_ not in vocab.lists["gathering_heads"]:
        return False
    head = doc[start]
    words = vocab.lists["gathering_words"]
    for child in head.lefts:
        if child.dep_ in ("compound", "amod", "poss", "nmod") and any(
                t.lower_ in words or t.lemma_.lower() in words for t in child.subtree):
            return True
    return head.dep_ == "pobj" and head.head.lower_ in vocab.lists["gathering_preps"]


def _head_of(doc: Doc, start: int, end: int) -> Token:
    for tok in doc[start:end]:
        if not (start <= tok.head.i < end) or tok.head.i == tok.i:
            return tok
    return doc[end - 1]


def _label(head: Token, start: int, end: int, vocab: AgreementVocabulary) -> tuple[str, int]:
    """Label words (characterising modifiers + head phrase) and the first token of the mention."""
    kept: list[Token] = []
    first = start
    for child in head.lefts:
        if child.dep_ == "det" or child.dep_ == "poss" or child.dep_ == "predet":
            first = min(first, child.i)
            continue
        if child.dep_ in ("compound", "amod", "nmod", "npadvmod") and child.i < start:
            first = min(first, child.left_edge.i)
            words = list(head.doc[child.left_edge.i:child.right_edge.i + 1])
            named = child.like_num or child.ent_type_ in ("GPE", "NORP", "DATE")
            characterising = child.lower_ in vocab.label_modifiers or child.lemma_.lower() in vocab.label_modifiers
            if (child.dep_ == "compound" and not named) or characterising:
                kept.extend(t for t in _hyphen_word(child) if t not in kept and t.i < start)
                kept.extend(t for t in words if t not in kept)
    kept.sort(key=lambda t: t.i)
    text = " ".join([t.text for t in kept] + [t.text for t in head.doc[start:end] if t.text != "-"])
    text = re.sub(r"\s*-\s*", "-", text)
    return text, first


def _definite(head: Token) -> bool:
    return any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "that", "its", "their")
               for c in kids_of(head))


def _head_words(doc: Doc, start: int, end: int) -> str:
    return re.sub(r"\s*-\s*", "-", " ".join(t.text for t in doc[start:end] if t.text != "-")).lower()


def _hyphen_word(tok: Token) -> list[Token]:
    """The tokens of the hyphenated word ``tok`` is part of ("cross-border", "water-sharing")."""
    doc = tok.doc
    start = end = tok.i
    while start > 0 and not doc[start - 1].whitespace_ and (doc[start - 1].text == "-" or doc[start].text == "-"):
        start -= 1
    while end + 1 < len(doc) and not doc[end].whitespace_ and (doc[end + 1].text == "-" or doc[end].text == "-"):
        end += 1
    return list(doc[start:end + 1])


def _negated(head: Token, first: int, vocab: AgreementVocabulary) -> bool:
    """"no agreement", "is not an agreement", "rejecting reports of a new agreement", "denied any deal"."""
    doc = head.doc
    # A "not" after the head is the contrasted noun's: "a pause, not a ceasefire" denies the ceasefire.
    if any((c.dep_ == "neg" and c.i < head.i) or (c.dep_ == "det" and c.lower_ == "no") for c in kids_of(head)):
        return True
    if head.dep_ == "attr" and any(c.dep_ == "neg" and c.i < first for c in kids_of(head.head)):
        return True  # "it is not a treaty" (not "it is a pause, not a ceasefire": that "not" is the ceasefire's)
    if first > 0 and doc[first - 1].lower_ == "not":  # "a framework, not a treaty"
        return True
    if first > 1 and doc[first - 2].lower_ == "rather" and doc[first - 1].lower_ == "than":
        return True
    for node, parent in _up(head, 3):
        if parent.lemma_.lower() in vocab.deny_verbs and node.dep_ in ("dobj", "pobj", "nsubjpass"):
            return True
        if parent.lemma_.lower() in vocab.report_nouns and parent.head.lemma_.lower() in vocab.deny_verbs:
            return True
    return False


def _up(tok: Token, steps: int) -> Iterator[tuple[Token, Token]]:
    """(node, its head) pairs walking up from ``tok``, at most ``steps`` of them, stopping at the root."""
    node = tok
    for _ in range(steps):
        parent = node.head
        if parent.i == node.i:
            return
        yield node, parent
        node = parent


def _denying_verb(head: Token, vocab: AgreementVocabulary) -> Token | None:
    """The verb denying this mention: "rejected reports of an agreement", "denied any deal"."""
    return next((parent for _node, parent in _up(head, 3) if parent.lemma_.lower() in vocab.deny_verbs), None)


def _governing_verb(head: Token) -> Token | None:
    node = head
    for _ in range(3):
        if node.dep_ in ("dobj", "nsubjpass", "nsubj", "attr", "oprd") and node.head.pos_ in ("VERB", "AUX"):
            return node.head
        if node.dep_ == "pobj" and node.head.dep_ == "prep":
            node = node.head.head
            if node.pos_ in ("VERB", "AUX"):
                return node
            continue
        break
    return None


def _still_to_come(verb: Token, future: frozenset[str], intent: frozenset[str]) -> bool:
    """The making verb is future or intended: "will sign", "would return to sign", "plan to conclude"."""
    node = verb
    for _ in range(3):
        if any(c.dep_ == "aux" and c.lower_ in future for c in kids_of(node)):
            return True
        if node.i != verb.i and node.lemma_.lower() in intent:
            return True
        if node.dep_ not in ("xcomp", "advcl", "conj") or node.head.i == node.i:
            return False
        node = node.head
    return False


def _preps(tok: Token, words: set[str]) -> Iterable[Token]:
    for child in kids_of(tok):
        if child.dep_ == "prep" and child.lower_ in words:
            for pobj in kids_of(child):
                if pobj.dep_ == "pobj":
                    yield from conjuncts(pobj)


def _is_country_name(places: Vocabulary, name: str) -> bool:
    place = places.place(name)
    return place is not None and place.kind == "country"


class _Extractor:
    def __init__(self, doc: Doc, entities: tuple[Entity, ...], statements: tuple[Statement, ...],
                 lexicon: Lexicon) -> None:
        self.doc = doc
        self.vocab = lexicon.agreements
        self.places = lexicon.actors
        # The future modals, and "would" of a future reported from the past ("said they would sign").
        self.future_aux = lexicon.english["modal_future"] | {"would"}
        self.resolver = resolver_for(doc, entities, statements, lexicon.events)  # the events stage's
        self.entities = {e.id: e for e in entities}
        # The entity that stands for each country: the country's own name where the article uses it
        # ("Kenya"), else any place of that country ("Nairobi").
        self.country_entity: dict[str, str] = {}
        places = self.places
        dateline = dateline_tokens(doc)
        for e in sorted(entities, key=lambda e: _is_country_name(places, e.name), reverse=True):
            # The dateline's city is where the story was filed, never a party.
            if e.country and e.type == "GPE" and (dateline is None or any(not dateline.holds(m.start)
                                                                          for m in e.mentions)):
                self.country_entity.setdefault(e.country, e.id)

    def party(self, eid: str | None) -> str | None:
        """A party is the country where the actor stands for it (its government, its officials)."""
        if eid is None:
            return None
        ent = self.entities.get(eid)
        if ent is None:
            return eid
        if ent.type in ("GPE", "NORP") or ent.sector == "GOV":
            return self.country_entity.get(ent.country or "", eid) if ent.country else eid
        aff = self.entities.get(ent.affiliation or "")
        if ent.type == "GROUP" and aff is not None and aff.type == "ORG" and aff.sector == ent.sector:
            return aff.id  # "M23 rebels" sign for the M23
        return eid

    def resolve(self, tok: Token) -> str | None:
        return self.party(self.resolver.resolve(tok))

    def _country(self, eid: str) -> str:
        ent = self.entities.get(eid)
        return (ent.country or eid) if ent is not None else eid

    def parties(self, head: Token) -> tuple[set[str], set[str]]:
        """Explicit parties of one mention (signers, "with X", "between X and Y", "Peru-Chile deal"),
        and among them the partners named with "with"/"between"."""
        out: set[str] = set()
        partners: set[str] = set()
        anchors = [head]
        verb = _governing_verb(head)
        if verb is not None and verb.lemma_.lower() in self.vocab.making_verbs:
            anchors.append(verb)
            for child in kids_of(verb):
                if child.dep_ in ("nsubj", "agent"):
                    subjects = [g for g in kids_of(child) if g.dep_ == "pobj"] if child.dep_ == "agent" else [child]
                    # "NAIROBI — Kenya and Ethiopia signed": a dateline parsed as the subject, the parties in apposition
                    subjects += [a for subj in subjects for a in kids_of(subj) if a.dep_ == "appos"]
                    for subj in subjects:
                        for c in conjuncts(subj):
                            pair = self.resolver.members(c)  # "the two ministers signed"
                            out.update(filter(None, (self.party(e) for e in pair)) if pair else
                                       filter(None, [self.resolve(c)]))
        anchors += [c for c in kids_of(head) if c.dep_ == "acl" and c.lemma_.lower() in self.vocab.making_verbs]
        for anchor in anchors:
            partners.update(filter(None, (self.resolve(t) for t in _preps(anchor, {"with", "between", "among"}))))
        out |= partners
        named: list[str] = []
        for child in head.lefts:
            if child.dep_ in ("compound", "amod", "nmod", "poss"):
                for tok in child.subtree:
                    eid = self.resolver.by_token.get(tok.i)
                    if eid and self.entities[eid].type in ("GPE", "NORP", "ORG") and eid not in named:
                        named.append(eid)
        if len(named) == 1 and self._venue(named[0]):
            named = []  # "the Doha deal", "the Minsk accords": where it was made, not who made it
        out.update(self.party(eid) or eid for eid in named)
        return out, partners

    def _venue(self, eid: str) -> bool:
        """A city standing alone before an agreement noun: the place it was negotiated or signed."""
        ent = self.entities[eid]
        place = self.places.place(ent.name)
        return ent.type == "GPE" and not (place is not None and place.kind in ("country", "demonym"))

    def mention(self, start: int, end: int, doc_type: str) -> _Mention:
        head = _head_of(self.doc, start, end)
        label, first = _label(head, start, end, self.vocab)
        negated = _negated(head, first, self.vocab)
        stmt = self.statement_at(head.idx)
        by = stmt.speaker if stmt is not None else None
        if stmt is not None and stmt.kind == "indirect" and _definite(head) and label.lower() == _head_words(
                head.doc, start, end):
            by = None  # "X said the agreement builds on ...": the reporter's word for it, not X's
        if stmt is None:
            verb = _governing_verb(head) or _denying_verb(head, self.vocab)
            if verb is not None and (verb.lemma_.lower() in self.vocab.call_verbs
                                     or verb.lemma_.lower() in self.vocab.deny_verbs):
                by = self.actor_of(verb)
        if by is None and (stmt is None or stmt.speaker is None):
            by = self.wh_caller(head) or by
        parties, partners = self.parties(head)
        if partners and parties == partners and stmt is not None and stmt.speaker is not None:
            # "the document signed with Peru", said by Chile's ministry: the unnamed signer is the speaker's side.
            own = self.party(stmt.speaker)
            if own is not None and self._country(own) not in {self._country(p) for p in partners}:
                parties = parties | {own}
        return _Mention(head=head, start=first, end=end, label=label, doc_type=doc_type, negated=negated,
                        statement=stmt, by=by, distinguisher=self.distinguisher(head),
                        parties=parties, partners=partners)

    def statement_at(self, char: int) -> Statement | None:
        """The innermost statement holding ``char``; a quoted phrase of nobody named inside a statement of a
        named speaker ("X said the sides had concluded 'a ceasefire agreement'") is that speaker's."""
        stmt = self.resolver.statement_at(char)
        if stmt is None or stmt.speaker is not None:
            return stmt
        outer = [s for s in self.resolver.statements if s.speaker is not None and s.content.start <= stmt.content.start
                 and stmt.content.end <= s.content.end and s is not stmt]
        return min(outer, key=lambda s: s.content.end - s.content.start) if outer else stmt

    def wh_caller(self, head: Token) -> str | None:
        """Who calls the document so in a clause of "what" under the verb of what they did with it: the doers of
        "signed" in "Marvia and Selon signed what they call a memorandum", "the ministers signed what both sides
        describe as a memorandum" (the calling verb's subject a pronoun or a plural noun that stands for them)."""
        verb = _governing_verb(head)
        if verb is None or verb.lemma_.lower() not in self.vocab.call_verbs or verb.dep_ not in ("ccomp", "dobj"):
            return None
        if not any(c.lower_ in ("what", "whatever") and c.i < verb.i for c in kids_of(verb)):
            return None
        subj = next((c for c in kids_of(verb) if c.dep_ == "nsubj"), None)
        if subj is None or not (subj.pos_ == "PRON" or subj.tag_ == "NNS") or verb.head.pos_ != "VERB":
            return None
        return self.actor_of(verb.head)

    def actor_of(self, verb: Token) -> str | None:
        """Who does ``verb``: its subject, or for a participle ("issued a statement rejecting ...") the
        subject of the clause it hangs from."""
        node = verb
        for _ in range(4):
            subj = next((c for c in kids_of(node) if c.dep_ in ("nsubj", "agent")), None)
            if subj is not None:
                if subj.dep_ == "agent":
                    subj = next((c for c in kids_of(subj) if c.dep_ == "pobj"), None)
                return self.resolver.resolve(subj) if subj is not None else None
            if node.dep_ not in _CLIMB_DEPS or node.head.i == node.i:
                return None
            node = node.head
        return None

    def distinguisher(self, head: Token) -> str | None:
        for child in head.subtree:
            if child.i >= head.i and child.dep_ not in ("prep", "pobj", "compound", "nummod"):
                continue
            if _YEAR.match(child.text) and (child.head.i == head.i or child.head.head.i == head.i):
                return child.text
            if child.lower_ in self.vocab.earlier_modifiers and child.head.i == head.i:
                return "earlier"
        verb = _governing_verb(head)
        if verb is not None and verb.lemma_.lower() in self.vocab.builds_on_verbs and head.dep_ in ("pobj", "dobj"):
            return "earlier"
        prospect = head.head.head.lemma_.lower() in self.vocab.prospect_nouns
        if head.dep_ == "pobj" and head.head.lower_ == "of" and prospect:
            return "future"  # "agreed to study the possibility of a free trade agreement"
        if verb is not None and verb.lemma_.lower() in self.vocab.making_verbs \
                and _still_to_come(verb, self.future_aux, self.vocab.intent_verbs) \
                and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in kids_of(head)):
            return "future"  # "would return to sign a final agreement in November": a document still to come
        return None


def _group(mentions: list[_Mention]) -> list[_Record]:
    main: _Record | None = None
    records: list[_Record] = []
    keyed: dict[str, _Record] = {}
    for m in mentions:
        if m.distinguisher is not None:
            key = f"{m.doc_type}:{m.distinguisher}"
            record = keyed.get(key)
            if record is None:
                record = keyed[key] = _Record(key=key)
                records.append(record)
            record.mentions.append(m)
            continue
        definite = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in kids_of(m.head))
        earlier = [r for r in keyed.values() if m.doc_type in r.types]
        if definite and earlier and (main is None or m.doc_type not in main.types):
            earlier[-1].mentions.append(m)
            continue
        if main is not None and m.partners and main.partners and not (m.partners & main.partners):
            other = next((r for r in records if r is not main and r.key is None and m.partners & r.partners), None)
            if other is None:
                other = _Record()
                records.append(other)
            other.mentions.append(m)
            continue
        if main is None:
            main = _Record()
            records.append(main)
        main.mentions.append(m)
    return records


def agreements(
    doc: Doc,
    entities: tuple[Entity, ...],
    statements: tuple[Statement, ...],
    times: tuple[TimeExpr, ...],
    lexicon: Lexicon,
) -> tuple[Agreement, ...]:
    """Agreement records of ``doc``, with labels by party, stances and the documents they build on."""
    vocab = lexicon.agreements
    matches = _match_heads(doc, vocab)
    if not matches:
        return ()
    ex = _Extractor(doc, entities, statements, lexicon)
    nonspecific = lexicon.english["nonspecific_determiners"]
    mentions: list[_Mention] = []
    for start, end, doc_type, rank in matches:
        m = ex.mention(start, end, doc_type)
        if m.head.dep_ == "compound":  # "treaty obligations", "deal-making": a modifier, not a document
            continue
        if any(c.dep_ == "det" and c.lower_ in nonspecific for c in kids_of(m.head)):
            continue  # "any arrangement that limits our rights": no particular document
        if rank is None and not mentions and not _specific(m, vocab):
            continue  # "the deal", "an understanding" name a document only once one is in play
        mentions.append(m)
    if not mentions:
        return ()
    records = _group(mentions)
    owner: dict[int, int] = {}  # head token index -> record index
    for n, record in enumerate(records):
        for m in record.mentions:
            owner[m.head.i] = n
    _link_builds_on(doc, records, owner, vocab)
    _find_stances(ex, records, owner)
    return _build(doc, ex, records, times)


def _specific(m: _Mention, vocab: AgreementVocabulary) -> bool:
    """A generic word ("deal") that still names one document: signed, denied, modified ("gas deal"),
    or the object of a stance ("the deal, which X opposed")."""
    verb = _governing_verb(m.head)
    lemma = verb.lemma_.lower() if verb is not None else ""
    if m.negated or lemma in vocab.making_verbs or lemma in vocab.stance_verbs:
        return True
    return any(c.dep_ == "compound" or (c.dep_ == "relcl" and c.lemma_.lower() in vocab.stance_verbs)
               or (c.dep_ == "acl" and c.lemma_.lower() in vocab.making_verbs) for c in kids_of(m.head))


def _link_builds_on(doc: Doc, records: list[_Record], owner: dict[int, int], vocab: AgreementVocabulary) -> None:
    for tok in tokens_where(doc, lemmas=vocab.builds_on_verbs):
        if tok.lemma_.lower() not in vocab.builds_on_verbs:
            continue
        subj = next((c for c in kids_of(tok) if c.dep_ in ("nsubj", "nsubjpass")), None)
        objects = [c for c in kids_of(tok) if c.dep_ == "dobj"] + list(_preps(tok, {"on", "upon", "from"}))
        if subj is None or not objects:
            continue
        a = owner.get(subj.i)
        if a is None and subj.pos_ == "PRON" and records:
            a = 0 if records[0].key is None else None
        for obj in objects:
            b = owner.get(obj.i)
            if a is not None and b is not None and a != b:
                records[a].builds_on.add(b)


def _find_stances(ex: _Extractor, records: list[_Record], owner: dict[int, int]) -> None:
    doc, vocab = ex.doc, ex.vocab
    for tok in tokens_where(doc, pos=("VERB", "AUX")):
        lemma = tok.lemma_.lower()
        if tok.pos_ not in ("VERB", "AUX") or any(c.dep_ == "neg" for c in kids_of(tok)):
            continue
        if lemma in vocab.stance_verbs:
            targets = [c for c in kids_of(tok) if c.dep_ in ("dobj", "nsubjpass")]
            targets += list(_preps(tok, {"to", "against"}))
            if tok.dep_ == "relcl":  # "the deal, which Washington has opposed"
                targets.append(tok.head)
            subj = next((c for c in kids_of(tok) if c.dep_ == "nsubj"), None)
            actor = ex.resolver.resolve(subj) if subj is not None else None
            if actor is None:
                stmt = ex.statement_at(tok.idx)
                actor = stmt.speaker if stmt is not None and subj is not None and subj.lower_ == "we" else None
            for target in targets:
                n = owner.get(target.i)
                if n is not None and actor is not None:
                    records[n].stances.append(Stance(actor, vocab.stance_verbs[lemma], _clause(tok)))
        elif lemma in vocab.effect_verbs:
            subj = next((c for c in kids_of(tok) if c.dep_ == "nsubj"), None)
            n = owner.get(subj.i) if subj is not None else None
            if n is None and tok.dep_ == "relcl" and subj is not None and subj.lower_ in ("which", "that"):
                n = owner.get(tok.head.i)
            stmt = ex.statement_at(tok.idx)
            if n is not None and stmt is not None and stmt.speaker is not None:
                records[n].stances.append(Stance(stmt.speaker, vocab.effect_verbs[lemma], _clause(tok)))


def _clause(tok: Token) -> Span:
    """The evidence for a stance: the verb's clause, without a following clause of its own."""
    doc = tok.doc
    start = min([tok.i] + [c.left_edge.i for c in kids_of(tok) if c.dep_ in ("nsubj", "aux", "neg", "advmod")])
    end = max([tok.i] + [c.right_edge.i for c in kids_of(tok) if c.dep_ in ("dobj", "prep", "xcomp", "ccomp")])
    span = doc[start:end + 1]
    return Span(span.start_char, span.end_char, span.text)


def _signed(ex: _Extractor, record: _Record, times: tuple[TimeExpr, ...]) -> str | None:
    """The time expression in the clause of a signing verb of this record, if any."""
    for m in record.mentions:
        verb = _governing_verb(m.head)
        if verb is None or verb.lemma_.lower() not in ex.vocab.making_verbs or m.negated:
            continue
        lo, hi = verb.left_edge.idx, verb.right_edge.idx + len(verb.right_edge)
        for t in times:
            if lo <= t.span.start and t.span.end <= hi:
                tok = ex.doc.char_span(t.span.start, t.span.end, alignment_mode="expand")
                if tok is not None and any(verb in a.ancestors or a == verb for a in [tok.root.head]):
                    return t.id
    return None


def _subject(record: _Record, vocab: AgreementVocabulary) -> str | None:
    for m in record.mentions:
        # The head phrase ("memorandum of understanding" takes "on ..." on its last word) and its
        # participle ("signed between ... regarding border control").
        phrase = list(m.head.doc[m.head.i:m.end])
        anchors = phrase + [c for c in kids_of(m.head) if c.dep_ == "acl"]
        for anchor in anchors:
            for child in kids_of(anchor):
                if child.dep_ == "prep" and child.lower_ in vocab.subject_prepositions:
                    pobj = next((c for c in kids_of(child) if c.dep_ == "pobj"), None)
                    if pobj is not None and pobj.ent_type_ not in ("GPE", "NORP", "DATE", "PERSON"):
                        # The noun and its modifiers ("border security"), not its clauses.
                        words = [t for t in m.head.doc[pobj.left_edge.i:pobj.i + 1]
                                 if t.dep_ not in ("det", "punct", "poss") or t.text == "-"]
                        return re.sub(r"\s*-\s*", "-", " ".join(t.text for t in words[-6:]))
    for m in record.mentions:
        mods = [c for c in m.head.lefts if c.dep_ == "compound" and not c.like_num
                and c.ent_type_ not in ("GPE", "NORP", "DATE")]
        if mods:
            return re.sub(r"\s*-\s*", "-", " ".join(t.text for c in mods for t in c.subtree))
    return None


def _counterpart(ex: _Extractor, record: _Record, labels: list[Label]) -> set[str]:
    """The unnamed other side of a one-party agreement inside one country: "the rebels had signed a
    ceasefire", says the government's spokesman; the government is the rebels' counterpart."""
    if len(record.parties) != 1:
        return set()
    (only,) = record.parties
    party = ex.entities.get(only)
    if party is None or party.country is None:
        return set()
    challengers = ex.places.challenger_sectors  # data/actors/lists.yaml
    for label in labels:
        by = ex.entities.get(label.by or "")
        if by is None or by.country != party.country or label.negated:
            continue
        if (by.sector in challengers) != (party.sector in challengers) and by.sector is not None \
                and party.sector is not None:
            side = ex.party(by.id)
            return {side} if side is not None else set()
    return set()


def _build(doc: Doc, ex: _Extractor, records: list[_Record], times: tuple[TimeExpr, ...]) -> tuple[Agreement, ...]:
    built: list[tuple[int, Agreement, list[int]]] = []
    for n, record in enumerate(records):
        labels: list[Label] = []
        seen: set[tuple[bool, str, str | None]] = set()
        for m in record.mentions:
            generic = ex.vocab.heads.get((m.head.lower_,), ("", 0))[1] is None and not m.negated
            if generic and m.by is None:
                continue  # the narrator's "the deal" names the document without characterising it
            key = (m.negated, m.label.lower(), m.by)
            if key in seen:
                continue
            seen.add(key)
            span = doc[m.start:m.end]
            labels.append(Label(m.label, m.by, Span(span.start_char, span.end_char, span.text), m.negated))
        parties = sorted(record.parties | _counterpart(ex, record, labels),
                         key=lambda eid: int(eid[1:]) if eid[1:].isdigit() else 0)
        stances: list[Stance] = []
        for st in record.stances:
            if not any(s.actor == st.actor and s.stance == st.stance for s in stances):
                stances.append(st)
        if not (labels or parties or stances):
            continue  # only the narrator's "if a deal is reached": nothing agreed, named or taken a side on
        built.append((n, Agreement(
            id="", parties=tuple(parties), subject=_subject(record, ex.vocab), labels=tuple(labels),
            signed=_signed(ex, record, times), stances=tuple(stances),
        ), sorted(record.builds_on)))
    # Ids count the agreements kept; a reference to a record left out is dropped with it.
    ids = {n: f"a{i}" for i, (n, _, _) in enumerate(built, 1)}
    return tuple(dataclasses.replace(a, id=ids[n], builds_on=tuple(ids[b] for b in on if b in ids))
                 for n, a, on in built)
