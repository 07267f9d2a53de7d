"""Participants of an event: argument tokens of the parse -> entity ids.

One :class:`ArgumentResolver` is built per document. It precomputes a token ->
entity index from the entities' mentions (so mapping an argument is a dict
look-up, not a scan over entities) and the statement each character belongs
to (so "we" inside a quote takes the speaker's side).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator

from spacy.attrs import IDX, LENGTH
from spacy.tokens import Doc, Token

from ...lexicon.events import EventLexicon as Lexicon
from ...models import Entity, Statement
from ...parse.components import dateline_tokens
from ..walk import doc_tokens, kids_of, sentence_at, tokens_where

__all__ = ["ArgumentResolver", "conjuncts", "resolver_for"]

# Modifiers inside an argument phrase that may name whose it is ("Kenyan officials", "Chad's army").
_OWNER_DEPS = {"compound", "poss", "amod", "nmod", "appos"}
_PLACE_TYPES = {"GPE", "LOC"}
_OBJECT_FORMS = frozenset({"him", "her", "them"})  # pronouns only an object takes ("her" also a possessive)


def conjuncts(token: Token) -> list[Token]:
    """``token`` and the tokens coordinated with it ("Norway and Switzerland"); not a description of a name the parser
    took for a conjunct ("China, Peru's only ally and its lifeline, said": no "and" before "ally")."""
    out = [token]
    out.extend(c for c in token.conjuncts if c.i > token.i and not _apposed(token, c) and not _next_subject(c))
    first = _hung_first_name(token)
    return out if first is None else [first, *out]


def _hung_first_name(token: Token) -> Token | None:
    """ "Ana Ruiz and Senate Leader Tomas Okafor pledged": the parser hangs the first name of a pair on the second's
    title as a modifier ("Ruiz" a modifier of "Okafor" or of "Leader", "and Senate" its conjunct); that first name
    is a conjunct too. Only a person's name ending right before the "and", on a person's name."""
    if token.pos_ != "PROPN" or token.ent_type_ != "PERSON":
        return None
    doc = token.doc
    for c in doc[token.left_edge.i:token.i]:  # (hung on the name or on its title: the name's subtree)
        if c.dep_ in ("nmod", "compound") and c.pos_ == "PROPN" and c.ent_type_ == "PERSON" \
                and c.i + 2 < token.i and doc[c.i + 1].lower_ == "and" and doc[c.i + 1].head.i == c.i \
                and doc[c.i + 2].ent_iob_ != "I" and any(k.dep_ == "conj" for k in kids_of(c)):
            return c
    return None


def _possessive(tok: Token) -> bool:
    """An owner: a possessive, or the ending of one typed with a left quote ("Mensah‘s court pick": the tokenizer
    splits "‘s" off, see :func:`newsledger.parse.load_model`, and the parser hangs it as a compound)."""
    return tok.dep_ == "poss" or (tok.dep_ == "compound" and tok.text.endswith(("\u2018s", "\u2019s", "'s")))


def _next_subject(tok: Token) -> bool:
    """ "accepted the demands of the mediators and Algeria freed the hostages": a conjunct the parser hung on an
    object that is the subject of the finite verb right after it, a clause of its own (``syntax.stranded_subject``)."""
    if tok.i + 1 >= len(tok.doc) or tok.head.dep_ in ("nsubj", "nsubjpass"):
        return False
    nxt = tok.doc[tok.i + 1]
    return (nxt.dep_ == "conj" and nxt.tag_ in ("VBD", "VBZ", "VBP") and nxt.i > nxt.head.i
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in kids_of(nxt)))


def _apposed(name: Token, other: Token) -> bool:
    return (name.pos_ == "PROPN" and other.pos_ == "NOUN" and other.head.i == name.i
            and not any(t.dep_ == "cc" for t in name.doc[name.i + 1:other.i]))


class ArgumentResolver:
    """Maps argument tokens of one document to entity ids."""

    def __init__(self, doc: Doc, entities: Iterable[Entity], statements: Iterable[Statement], lexicon: Lexicon):
        self.doc = doc
        self.lexicon = lexicon
        self.by_token: dict[int, str] = {}
        self.types: dict[str, str] = {}
        self.coded: set[str] = set()  # entities whose country is known
        mentions: list[tuple[int, int, str, str]] = []  # (first token, start char, entity id, type)
        width: dict[int, int] = {}
        dateline = dateline_tokens(doc)
        self.entities: dict[str, Entity] = {}
        offsets = doc.to_array([IDX, LENGTH]).astype("int64").reshape(len(doc), 2)
        starts: list[int] = offsets[:, 0].tolist()  # each token's first character
        ends: list[int] = (offsets[:, 0] + offsets[:, 1]).tolist()  # and the character after its last
        for ent in entities:
            self.entities[ent.id] = ent
            self.types[ent.id] = ent.type
            if ent.country:
                self.coded.add(ent.id)
            for m in ent.mentions:
                # A mention that starts and ends on token bounds (nearly all) is found in the offsets, without
                # the Span char_span makes; any other is expanded to whole tokens by char_span as before.
                first = bisect.bisect_left(starts, m.start)
                last = bisect.bisect_left(ends, m.end) + 1
                if first < len(starts) and starts[first] == m.start and last <= len(ends) \
                        and ends[last - 1] == m.end and last > first:
                    span_start, span_end = first, last
                else:
                    span = doc.char_span(m.start, m.end, alignment_mode="expand")
                    if span is None or len(span) == 0:
                        continue
                    span_start, span_end = span.start, span.end
                size = span_end - span_start
                for i in range(span_start, span_end):  # token indexes: no Token per word
                    # The shortest (innermost) mention wins where mentions nest.
                    if size < width.get(i, 1 << 30):
                        width[i] = size
                        self.by_token[i] = ent.id
                if dateline is None or not dateline.holds(m.start):  # the dateline's place is no antecedent
                    mentions.append((span_start, m.start, ent.id, ent.type))
        mentions.sort()
        self._mention_starts = [m[0] for m in mentions]
        self._mentions = mentions
        self.statements = sorted(statements, key=lambda s: s.content.start)
        self._stmt_starts = [s.content.start for s in self.statements]
        self._owned: dict[str, list[tuple[int, str]]] | None = None  # noun lemma -> (position, owner), built once

    def statement_at(self, char: int) -> Statement | None:
        """The statement whose content contains character ``char`` (the innermost one)."""
        i = bisect.bisect_right(self._stmt_starts, char)
        best: Statement | None = None
        for stmt in self.statements[max(0, i - 8):i]:
            if stmt.content.start <= char < stmt.content.end and (
                    best is None or stmt.content.end - stmt.content.start < best.content.end - best.content.start):
                best = stmt
        return best

    def members(self, tok: Token) -> list[str]:
        """The two parties a plural reference stands for: "the two sides" (the two parties named most
        before it: countries or international bodies), "the two ministers" / "the ministers" (the people
        named before with that title, from two countries). Empty where the reference is not that."""
        if tok.tag_ not in ("NNS", "NNPS"):
            return []
        eid = self.by_token.get(tok.i)
        if eid is not None and self.types.get(eid) != "GROUP":
            return []
        if eid is not None and self.entities[eid].country is not None:
            return []  # "Kenyan ministers": a group of one country
        lemma = tok.lemma_.lower()
        words = {c.lower_ for c in kids_of(tok) if c.dep_ in ("det", "nummod", "predet")}
        paired = bool(words & self.lexicon.pair_words)
        if not (paired or "the" in words):
            return []
        before = tok.idx
        # Plural nouns that refer back to the two parties of a story ("the two sides", "both countries")
        # and plural titles that refer back to the people holding them ("the two ministers").
        if lemma in self.lexicon.pair_nouns and paired:
            counts: dict[str, int] = {}
            for ent in self.entities.values():
                if ent.type == "GPE" or (ent.type == "ORG" and ent.sector == "IGO"):
                    n = sum(1 for m in ent.mentions if m.start < before)
                    if n:
                        key = ent.country or ent.id
                        counts[key] = counts.get(key, 0) + n
            top = sorted(counts.items(), key=lambda kv: -kv[1])[:2]
            if len(top) < 2 or top[1][1] < 2:
                return []
            keys = {k for k, _ in top}
            # One entity per party: the country's (or the body's) most mentioned entity.
            chosen = []
            for key in keys:
                cands = [e for e in self.entities.values() if (e.country or e.id) == key
                         and (e.type == "GPE" or (e.type == "ORG" and e.sector == "IGO"))]
                chosen.append(max(cands, key=lambda e: sum(1 for m in e.mentions if m.start < before)).id)
            return sorted(chosen, key=lambda i: min(m.start for m in self.entities[i].mentions))
        if lemma in self.lexicon.pair_titles:
            holders = [e for e in self.entities.values() if e.type == "PERSON" and e.country
                       and any(lemma in r.lower() for r in e.roles) and any(m.start < before for m in e.mentions)]
            per_country: dict[str, Entity] = {}
            for e in holders:  # one holder per country: the one the text names most
                best = per_country.get(e.country or "")
                if best is None or len(e.mentions) > len(best.mentions):
                    per_country[e.country or ""] = e
            if len(per_country) == 2:
                return sorted((e.id for e in per_country.values()),
                              key=lambda i: min(m.start for m in self.entities[i].mentions))
        return []

    def is_person(self, tok: Token) -> bool:
        """``tok`` names a person: a PERSON entity told by name ("Clinton's", not "the commander"), or
        "he"/"she"/"his"/"her"."""
        if tok.lower_ in self.lexicon.personal_pronouns:
            return True
        eid = self.by_token.get(tok.i)
        return eid is not None and tok.pos_ == "PROPN" and self.types.get(eid) == "PERSON"

    def entity_type(self, entity_id: str) -> str | None:
        return self.types.get(entity_id)

    def resolve(self, tok: Token, depth: int = 0, agent: bool = False) -> str | None:
        """Entity id for the argument headed by ``tok``, or None. An ``agent`` (who acts) is searched
        more widely: "Swiss doctors handed over" is Switzerland's doing, "Kenyan wildlife" is no party."""
        if depth < 2 and (tok.pos_ == "NUM" or tok.lemma_.lower() in self.lexicon.measure_nouns):
            # "a group of rabbis", "hundreds of Kenyan nurses": who the count or the collective is made of.
            for prep in kids_of(tok):
                if prep.dep_ == "prep" and prep.lower_ == "of":
                    inner = next((o for o in kids_of(prep) if o.dep_ == "pobj"), None)
                    found = self.resolve(inner, depth + 1, agent) if inner is not None else None
                    if found is not None:
                        return found
        eid = self.by_token.get(tok.i)
        if eid is not None and tok.pos_ == "PRON" and eid in self._clause_subjects(tok):
            # "Mahama refused to help him": the mention chain's pick is the clause's own subject, which an object
            # pronoun cannot be; the person named before it is
            return self._antecedent(tok)
        if eid is not None:
            if eid not in self.coded and self.types.get(eid) != "PERSON" and depth < 2:
                # "its forces", "police in Belarus": an uncoded nominal; whose it is says more.
                better = self._owner_of(tok, depth + 1, skip=eid, agent=agent)
                if better is not None and better in self.coded:
                    return better
            return eid
        return self._owner_of(tok, depth, agent=agent)

    def _owner_of(self, tok: Token, depth: int, skip: str | None = None, agent: bool = False) -> str | None:
        if tok.pos_ == "PRON" or (tok.dep_ == "poss" and tok.lower_ in self.lexicon.relative_pronouns):
            return self._pronoun_owner(tok, depth)  # "whose" is tagged a determiner
        if depth >= 2:
            return None
        # Whose is it: "Kenyan officials", "Chad's army", "the government of Chad". Only for
        # heads that stand for actors, so that "Kenyan wildlife" is not Kenya.
        actor = tok.lemma_.lower() in self.lexicon.actor_nouns or tok.pos_ == "PROPN" or (
            agent and tok.pos_ == "NOUN")
        eid = self._modifier_owner(tok, depth, skip, actor)
        if eid is None and actor and tok.is_title:
            eid = self._title_holder(tok)
        if eid is None and actor:
            eid = self._prep_owner(tok, depth, skip)
        if eid is None and tok.lemma_.lower() in self.lexicon.lists.authored_nouns:
            # "denounced suggestions by the opposition leader": what someone said or proposed stands for its author
            # (a "by" the parser hangs on the verb of an active clause: "denounced suggestions by X")
            eid = self._prep_owner(tok, depth, skip, ("by",)) or (self._prep_owner(tok.head, depth, skip, ("by",)) if (
                tok.dep_ == "dobj" and not any(c.dep_ in ("auxpass", "nsubjpass") for c in kids_of(tok.head)))
                else None)
        if eid is None and tok.lemma_.lower() in self.lexicon.lists.traded_goods:
            # "duties on imports from Vallis": goods stand for the party they come from
            eid = self._prep_owner(tok, depth, skip, ("from",))
        return eid

    def _pronoun_owner(self, tok: Token, depth: int) -> str | None:
        """ "we" inside a quote: the speaker; "who" of a relative clause: the noun it describes."""
        lower = tok.lower_
        if lower in self.lexicon.first_person:
            stmt = self.statement_at(tok.idx)
            speaker = stmt.speaker if stmt is not None else None
            if speaker is not None and tok.dep_ == "poss" and self.types.get(speaker) == "PERSON":
                # "our pilots struck the depot", "our troops": the speaker's country, not the speaker; a person
                # with no sector (a citizen, a firm's chairman) does not speak for the state: whose, unknown
                if self.entities[speaker].sector is None:
                    return None
                return self._country_entity(self.entities[speaker].country)
            return speaker
        if lower in self.lexicon.relative_pronouns and tok.head.dep_ == "relcl" and depth < 2:
            described = tok.head.head
            found = self.resolve(described, depth + 1)
            if found is None and tok.dep_ == "dobj" and described.dep_ == "appos" and described.head.i != described.i:
                # "Kwame Osei, the banker whom the minister accuses": the one acted on is the one named beside the
                # description (a subject "who" there mostly describes the person: "an activist who did not attend")
                found = self.by_token.get(described.head.i)
            return found
        if tok.dep_ == "poss" and lower in self.lexicon.relative_pronouns and depth < 2:
            # "the minister, whose criticism of the plan grew": whose is the noun the clause describes.
            clause = tok.head.head
            if clause.dep_ == "relcl" and clause.head.i != clause.i:
                return self.resolve(clause.head, depth + 1)
        return self._antecedent(tok)

    def _country_entity(self, country: str | None) -> str | None:
        """The document's place entity for ISO3 ``country`` (the first named), if any."""
        if country is None:
            return None
        found = [e for e in self.entities.values() if e.type == "GPE" and e.country == country and e.mentions]
        return min(found, key=lambda e: e.mentions[0].start).id if found else None

    def _modifier_owner(self, tok: Token, depth: int, skip: str | None, actor: bool) -> str | None:
        """The entity a modifier names: the name in apposition first ("the president, Joko Widodo"),
        then whose it is ("Kenyan officials", "Chad's army")."""
        # (a person named in apposition to someone's relative or choice is who it is: "his wife, Abena", "the
        # president's pick, Ama Boateng"; "an Estonian fisherman, Priit Orav" stays the fisherman's country)
        owned = any(_possessive(c) or (c.dep_ == "compound" and any(_possessive(g) for g in c.children))
                    for c in kids_of(tok))  # ("Ama's court pick": the parser may hang the owner on the compound)
        for child in sorted(kids_of(tok), key=lambda c: c.dep_ != "appos"):
            if child.dep_ in _OWNER_DEPS and (actor or child.dep_ in ("poss", "compound") or (
                    owned and child.dep_ == "appos" and self.types.get(self.by_token.get(child.i, "")) == "PERSON")):
                eid = self.by_token.get(child.i)
                if (eid is None or eid == skip) and child.dep_ == "poss":
                    eid = self._owner_of(child, depth + 1, skip)
                if eid is None and child.dep_ == "compound":
                    eid = self._maker(child)
                if eid is not None and eid != skip:
                    return eid
        return None

    def _maker(self, model: Token) -> str | None:
        """A firm named before the model of a product ("60 Acme X9 Falcon jets": the jets are Acme's): an
        organisation in a name or number that modifies the compound."""
        for child in kids_of(model):
            eid = self.by_token.get(child.i)
            if child.dep_ in ("compound", "nmod") and eid is not None and self.types.get(eid) == "ORG":
                return eid
        return None

    def _title_holder(self, tok: Token) -> str | None:
        """A title the parser cut from its name: "met with US Envoy-at-large Jane Roe" -> Jane Roe."""
        for nxt in tok.doc[tok.i + 1:tok.i + 5]:
            if (nxt.is_punct and nxt.text not in "-‐’'") or nxt.is_lower:
                break
            eid = self.by_token.get(nxt.i)
            if eid is not None and self.types.get(eid) == "PERSON":
                return eid
        return None

    def _prep_owner(self, tok: Token, depth: int, skip: str | None,
                    preps: tuple[str, ...] = ("of", "from", "in")) -> str | None:
        """ "the government of Chad", "officials from Kenya", "police in Belarus"."""
        for child in kids_of(tok):
            if child.dep_ == "prep" and child.lower_ in preps:
                for pobj in kids_of(child):
                    if pobj.dep_ == "pobj":
                        eid = self.resolve(pobj, depth + 1)
                        if eid is not None and eid != skip:
                            return eid
        return None

    def owner(self, tok: Token, adjectives: bool = False) -> str | None:
        """Whose thing ``tok`` is: "Peru's attacks", "the border of Peru"; with ``adjectives`` also
        "the Syrian border" and the doer of an act told by a noun ("praised the efforts by Peru")."""
        for child in kids_of(tok):
            if child.dep_ in (_OWNER_DEPS if adjectives else {"poss", "compound"}) and child.i in self.by_token:
                return self.by_token[child.i]
            if child.dep_ == "poss":
                eid = self.resolve(child, 1)
                if eid is not None:
                    return eid
            if child.dep_ == "prep" and child.lower_ in ("of", "with", "by") and adjectives:
                for pobj in kids_of(child):
                    if pobj.dep_ == "pobj" and pobj.i in self.by_token:
                        return self.by_token[pobj.i]
        return None

    def earlier_owner(self, tok: Token) -> str | None:
        """ "condemned Friday's test" after "North Korea's nuclear test", "denounced the decision" after "Chile's
        decision": a thing referred back to (with a definite determiner, or only a date's possessive) is the one
        whose it was where the text last named its owner."""
        if tok.pos_ != "NOUN" or not any(
                (c.dep_ == "det" and c.lower_ in self.lexicon.lists.definite_determiners)
                or (c.dep_ == "poss" and c.ent_type_ == "DATE") for c in kids_of(tok)):
            return None
        if self._owned is None:
            self._owned = {}
            # The nouns with a possessor that is no date, in text order: the heads of such possessors.
            owned = sorted({c.head.i for c in tokens_where(self.doc, deps=("poss",))
                            if c.ent_type_ != "DATE" and c.head.i != c.i})
            tokens = doc_tokens(self.doc)
            for t in (tokens[i] for i in owned):
                if t.pos_ == "NOUN":
                    eid = self.owner(t)
                    if eid is not None:
                        self._owned.setdefault(t.lemma_.lower(), []).append((t.i, eid))
        before = [eid for i, eid in self._owned.get(tok.lemma_.lower(), []) if i < tok.i]
        return before[-1] if before else None

    def issuer(self, tok: Token) -> str | None:
        """ "The museum issued a statement ... The statement urged Canadians to ...": a definite text noun
        (``lists.issued_nouns``) with no owner of its own acts for whoever issued it where the text told it last in
        this sentence or the two before: its possessor or author phrase ("the museum's letter", "a report from the
        museum"), or the subject of the verb that issued it ("the museum issued a statement", "said in a
        statement")."""
        lists = self.lexicon.lists
        lemma = tok.lemma_.lower()
        if tok.pos_ != "NOUN" or lemma not in lists.issued_nouns or not any(
                c.dep_ == "det" and c.lower_ in lists.definite_determiners for c in kids_of(tok)) or any(
                c.dep_ in ("poss", "compound", "amod", "prep") for c in kids_of(tok)):
            return None
        floor = tok.sent.start
        for _ in range(2):
            if floor > 0:
                floor = self.doc[floor - 1].sent.start
        for earlier in reversed(self.doc[floor:tok.i]):
            if earlier.pos_ == "NOUN" and earlier.lemma_.lower() == lemma:
                return self._issued_by(earlier)
        return None

    def _issued_by(self, noun: Token) -> str | None:
        lists = self.lexicon.lists
        for child in kids_of(noun):
            if child.dep_ == "poss" or (child.dep_ == "prep" and child.lower_ in lists.issuer_prepositions):
                owners = [child] if child.dep_ == "poss" else [o for o in kids_of(child) if o.dep_ == "pobj"]
                eid = self.resolve(owners[0], 1) if owners else None
                if eid is not None:
                    return eid
        verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "in" else (
            noun.head if noun.dep_ == "dobj" else None)
        if verb is None or verb.lemma_.lower() not in lists.issuing_verbs:
            return None
        subject = next((c for c in kids_of(verb) if c.dep_ == "nsubj"), None)
        return self.resolve(subject, 1) if subject is not None else None

    def is_actorish(self, tok: Token) -> bool:
        """An argument that names a participant even when no entity does ("police", "rebels")."""
        return tok.lemma_.lower() in self.lexicon.actor_nouns or tok.ent_type_ in ("PERSON", "NORP", "ORG", "GPE")

    def place(self, tok: Token) -> str | None:
        """Entity id where ``tok`` names a place (GPE or LOC entity)."""
        eid = self.by_token.get(tok.i)
        return eid if eid is not None and self.types.get(eid) in _PLACE_TYPES else None

    def _antecedent(self, tok: Token) -> str | None:
        """A third-person pronoun's nearest fitting entity before it, in its sentence or the one before."""
        lower = tok.lower_
        if lower in self.lexicon.personal_pronouns:
            wanted = {"PERSON"}
        elif lower in self.lexicon.neuter_pronouns:
            if lower == "it" and tok.dep_ not in ("nsubj", "nsubjpass"):
                return None  # "ratified it": an object "it" is mostly a thing, not a party
            wanted = {"GPE", "ORG", "NORP"}
        elif lower in self.lexicon.third_person and tok.dep_ not in ("nsubj", "nsubjpass"):
            return self._people_of(tok)  # "them": a nationality's people named before, if any
        else:
            return None
        # Inside a direct quote a speaker says "I": "he" is someone else ("'If he ordered the raid,
        # he must go,' the senator said" is not the senator raiding), talked of a little further back
        # (one sentence more: the quote's own sentences name the speaker, not him).
        stmt = self.statement_at(tok.idx)
        speaker = stmt.speaker if stmt is not None and stmt.kind == "direct" else None
        floor = sentence_at(tok)[0]
        for _ in range(3 if speaker is not None else 1):
            if floor > 0:
                floor = sentence_at(self.doc[floor - 1])[0]
        bound = self._clause_subjects(tok) if wanted == {"PERSON"} else set()
        for start, _char, eid, etype in self._before(tok.i):
            if start < floor:
                break
            if etype in wanted and eid != speaker and eid not in bound:
                return eid
        return None

    def _clause_subjects(self, tok: Token) -> set[str]:
        """Who an object pronoun cannot be: the subject of its own clause, reached through the clauses that share
        it ("Osei refused to help him": not Osei; "Osei said Mensah had paid him": not Mensah, maybe Osei)."""
        if tok.lower_ not in _OBJECT_FORMS or tok.dep_ == "poss":
            return set()
        verb = tok.head
        for _ in range(4):
            subj = [c for c in kids_of(verb) if c.dep_ in ("nsubj", "nsubjpass") and c.i != tok.i]
            if subj:
                return {e for s in subj for e in (self.by_token.get(s.i),) if e is not None}
            if verb.dep_ not in ("xcomp", "ccomp") or verb.head.i == verb.i:
                return set()
            verb = verb.head
        return set()

    def _people_of(self, tok: Token) -> str | None:
        """ "angered the Dutch people by threatening them": a group named before in the sentence, or the
        people of one nationality (a plural noun with a demonym or a country before it), as that nationality;
        not the subject of the pronoun's own verb. A subject "they", which a misparse may lend to the next verb, and
        the others are left to the actors stage's mentions."""
        own = {c.i for c in kids_of(tok.head) if c.dep_ in ("nsubj", "nsubjpass")}
        for cand in reversed(tok.doc[tok.sent.start:tok.i]):
            if cand.tag_ != "NNS" or cand.i in own:
                continue
            if cand.i in self.by_token:  # "fired on the protesters and beat them": a group named before
                group = self.by_token[cand.i]
                if self.types.get(group) == "GROUP":
                    return group
                continue
            mods = [c for c in kids_of(cand) if c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE")]
            eid = self.by_token.get(mods[0].i) if mods else None
            if eid is not None and self.types.get(eid) in ("NORP", "GPE") and eid in self.coded:
                return eid
        return None

    def _before(self, index: int) -> Iterator[tuple[int, int, str, str]]:
        i = bisect.bisect_left(self._mention_starts, index)
        for j in range(i - 1, -1, -1):
            yield self._mentions[j]


_LAST: list[tuple[tuple[Entity, ...], tuple[Statement, ...], ArgumentResolver]] = []  # resolver_for's last one


def resolver_for(doc: Doc, entities: tuple[Entity, ...], statements: tuple[Statement, ...],
                 lexicon: Lexicon) -> ArgumentResolver:
    """The :class:`ArgumentResolver` of ``doc``, ``entities``, ``statements`` and ``lexicon``: the events and then
    the agreements of a document ask for it with the same objects, so it is built once per document and kept for
    the last one asked only (what it fills in later, ``earlier_owner``'s table, depends on these alone)."""
    if _LAST:
        ents, stmts, res = _LAST[0]
        if res.doc is doc and ents is entities and stmts is statements and res.lexicon is lexicon:
            return res
    res = ArgumentResolver(doc, entities, statements, lexicon)
    _LAST[:] = [(entities, statements, res)]
    return res
