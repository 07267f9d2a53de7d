"""What every claims sub-extractor reads: the document's word sets, entity index, claimants and clause factuality.

Built once per document (:class:`Context`); the word sets once per lexicon (:func:`claim_words`).
"""

from __future__ import annotations

import functools
from bisect import bisect_left, bisect_right
from collections.abc import Mapping
from dataclasses import dataclass
from itertools import compress
from operator import or_

import numpy as np
from spacy.attrs import HEAD, IDX, LEMMA, LENGTH, SENT_START
from spacy.strings import StringStore
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from ...lexicon import Lexicon
from ...lexicon.claims import ClaimVocabulary, PhraseEntry
from ...models import Entity, Modality, Polarity, Span, Statement
from ..events.factuality import factuality
from ..statements.cues import inverted_cue, stray_subjects
from ..walk import among, doc_text, kids_of, pos_dep_lower, tokens_where, word_forms, word_keys
from .attribution import Attribution

__all__ = ["ClaimWords", "Context", "Match", "Voice", "claim_words"]

_SUBJECTS = ("nsubj", "nsubjpass")


@dataclass(frozen=True, slots=True)
class ClaimWords:
    """The word sets of one lexicon that the claims extractor reads."""

    incident_nouns: frozenset[str]
    occurrence_verbs: frozenset[str]
    falsity_words: frozenset[str]
    report_nouns: frozenset[str]
    link_verbs: frozenset[str]
    cause_links: frozenset[str]
    perpetration_verbs: frozenset[str]  # one-word lemmas and "verb particle" pairs ("carry out")
    responsibility_words: frozenset[str]
    admission_verbs: frozenset[str]
    nothing_words: frozenset[str]
    acceptance_objects: frozenset[str]  # with the agreement vocabulary's head words
    as_words: frozenset[str]
    call_verbs: frozenset[str]
    denial_verbs: frozenset[str]
    negators: frozenset[str]
    negative_determiners: frozenset[str]
    conditional_markers: frozenset[str]
    first_person: frozenset[str]
    phrase_verbs: Mapping[str, frozenset[str]]  # the verb of each event-lexicon phrase -> the phrases' types


@functools.lru_cache(maxsize=8)
def claim_words(lexicon: Lexicon) -> ClaimWords:
    """The word sets of ``lexicon`` that the claims extractor reads (built once per lexicon)."""
    lists, english, events = lexicon.claims.lists, lexicon.english, lexicon.events
    assault = frozenset(n for n, t in events.nouns.items() if t.type == "ASSAULT")
    phrase_verbs: dict[str, set[str]] = {}
    for (verb, _), trig in events.phrases.items():
        phrase_verbs.setdefault(verb, set()).add(trig.type)
    return ClaimWords(
        incident_nouns=lists.incident_nouns | assault,
        occurrence_verbs=lists.occurrence_verbs,
        falsity_words=lists.falsity_words,
        report_nouns=lists.report_nouns | lexicon.agreements.report_nouns,
        link_verbs=lists.link_verbs,
        cause_links=lists.cause_links,
        perpetration_verbs=lists.perpetration_verbs,
        responsibility_words=lists.responsibility_words,
        admission_verbs=lists.admission_verbs,
        nothing_words=lists.nothing_words,
        acceptance_objects=lists.acceptance_objects | frozenset(w for h in lexicon.agreements.heads for w in h),
        as_words=lists.as_words,
        call_verbs=lexicon.agreements.call_verbs,
        denial_verbs=events.denial | events.fact_denial | lexicon.agreements.deny_verbs,
        negators=english.negators,
        negative_determiners=english.negative_determiners,
        conditional_markers=english.conditional_markers,
        first_person=english.first_person_singular | english.first_person_plural,
        phrase_verbs={v: frozenset(t) for v, t in phrase_verbs.items()},
    )


@functools.lru_cache(maxsize=8)
def _start_keys(vocab: ClaimVocabulary) -> np.ndarray:
    """The string hashes of the first words of the vocabulary's phrases, in their usual casings (a hash does not
    depend on the document: built once per vocabulary)."""
    hashes = StringStore()  # as_int hashes any string, stored or not
    forms = {v for k in vocab.phrases for v in (k, k.capitalize(), k.upper(), k.title())}
    return np.array(sorted(hashes.as_int(v) for v in forms), dtype="uint64")


_Ranked = tuple[tuple[int, PhraseEntry], ...]  # phrases with their place in the vocabulary's order


@functools.lru_cache(maxsize=8)
def _by_last_word(vocab: ClaimVocabulary) -> dict[str, tuple[_Ranked, dict[str, _Ranked]]]:
    """Each first word's phrases as those of one word (or longer than a loose match reaches), tried wherever the
    word stands, and the others by their last word: a phrase of two words or more matches only where its last
    word stands among the :data:`_LOOSE_REACH` tokens after the first, so a common first word ("in") tries the
    few phrases whose last word is there, not all of its phrases (built once per vocabulary)."""
    out: dict[str, tuple[_Ranked, dict[str, _Ranked]]] = {}
    for key, entries in vocab.phrases.items():
        always: list[tuple[int, PhraseEntry]] = []
        by_last: dict[str, list[tuple[int, PhraseEntry]]] = {}
        for rank, entry in enumerate(entries):
            if 2 <= len(entry.words) <= _LOOSE_REACH:
                by_last.setdefault(entry.words[-1], []).append((rank, entry))
            else:
                always.append((rank, entry))
        out[key] = (tuple(always), {w: tuple(v) for w, v in by_last.items()})
    return out


def _tried(phrases: tuple[_Ranked, dict[str, _Ranked]], window: set[str] | None) -> _Ranked:
    """The phrases of one first word (:func:`_by_last_word`) that may match before the words ``window``, in the
    vocabulary's order (longest first)."""
    always, by_last = phrases
    near = [e for w in window if w in by_last for e in by_last[w]] if window is not None and by_last else []
    return tuple(sorted((*always, *near), key=lambda e: e[0])) if near else always


def _in_sorted(values: np.ndarray, keys: np.ndarray) -> np.ndarray:
    """Which of ``values`` are in the sorted array ``keys``: a binary search each (np.isin sorts both arrays on
    every call)."""
    if not len(keys):
        return np.zeros(len(values), dtype=bool)
    at = np.minimum(np.searchsorted(keys, values), len(keys) - 1)
    found: np.ndarray = keys[at] == values
    return found


CLAUSE_REACH = 20  # tokens of a clause's evidence at most (:meth:`Context.clause_span`)
VERB_REACH = 10  # tokens after the verb a clause's evidence keeps however long its front
_CLAUSE_CUT = frozenset({"ccomp", "advcl", "conj", "cc", "punct", "relcl", "parataxis", "mark", "csubj"})
_MAX_INSERTED = 2  # modifiers the text may add inside a vocabulary phrase
_LOOSE_REACH = 12  # tokens after a phrase's first word that a loose match may span


@dataclass(frozen=True, slots=True)
class Match:
    """A phrase of the claims vocabulary found in the text: its tokens and its head."""

    entry: PhraseEntry
    start: int  # token index
    end: int
    head: Token


@dataclass(frozen=True, slots=True)
class Voice:
    """Who makes a claim at a place: the statement's speaker, or the outlet (claimant and statement None)."""

    claimant: str | None
    statement: Statement | None


class Context:
    """One document's look-ups for the claims sub-extractors."""

    def __init__(self, doc: Doc, entities: tuple[Entity, ...], statements: tuple[Statement, ...],
                 lexicon: Lexicon) -> None:
        self.doc = doc
        self.text = doc_text(doc)
        starts = np.flatnonzero(doc.to_array([SENT_START]).reshape(len(doc)).astype("int64") == 1).tolist()
        if not starts or starts[0] != 0:
            starts.insert(0, 0)
        self._sent_starts: list[int] = starts if len(doc) else []
        # The sentences from the sentence-start flags: Doc.sents makes a Token of every word to find them.
        self.sents = [doc[a:b] for a, b in zip(self._sent_starts, [*self._sent_starts[1:], len(doc)], strict=True)]
        # Part of speech, dependency and lower-case form of every token as numbers, for :meth:`tokens`.
        self._attrs = pos_dep_lower(doc)
        self.lexicon = lexicon
        self.words = claim_words(lexicon)
        self.attribution = Attribution(statements)
        self._voiced = Attribution(tuple(s for s in statements if s.speaker is not None))
        self.statements = {s.id: s for s in statements}
        self._matches: dict[tuple[int, int], list[Match]] = {}
        self._starts: list[int] | None = None
        self._lemmas: np.ndarray | None = None  # see _lemma_ids
        self._words: tuple[list[str], list[str]] | None = None  # see _forms
        self._cond: tuple[frozenset[int], list[int], frozenset[int]] | None = None  # see _conditional_index
        self.cache: dict[str, object] = {}  # what a sub-extractor works out once per document
        self._walks: dict[tuple[tuple[str, ...], tuple[str, ...], frozenset[str]], list[Token]] = {}  # see tokens
        self._facts: dict[int, tuple[Polarity, Modality]] = {}  # see factuality
        self._with_words: dict[tuple[frozenset[str], frozenset[str]], list[int]] = {}  # see with_words
        self.entities = {e.id: e for e in entities}
        self._entity_at: dict[int, str] = {}
        firsts = doc.to_array([IDX]).reshape(len(doc))  # each token's first character
        ends = firsts + doc.to_array([LENGTH]).reshape(len(doc))
        mentions = [(m.start, m.end, ent.id) for ent in entities for m in ent.mentions]
        if mentions:  # the tokens each mention overlaps ("expand" alignment), without a Span per mention
            firsts_of = np.searchsorted(ends, [m[0] for m in mentions], side="right").tolist()
            lasts_of = np.searchsorted(firsts, [m[1] for m in mentions], side="left").tolist()
            for (_, _, eid), first, last in zip(mentions, firsts_of, lasts_of, strict=True):
                for i in range(first, last):
                    self._entity_at.setdefault(i, eid)

    # ---- text -----------------------------------------------------------------------------------
    def span(self, start: int, end: int) -> Span:
        """The document's characters ``start``..``end`` as a :class:`Span`."""
        return Span(start, end, self.text[start:end])

    def tokens(self, pos: tuple[str, ...] = (), deps: tuple[str, ...] = (),
               lowers: frozenset[str] = frozenset()) -> list[Token]:
        """The tokens with one of the parts of speech ``pos``, one of the dependencies ``deps`` or one of the
        lower-case forms ``lowers``, in text order. The sub-extractors' walks start here: one array pass
        instead of a Python object for every word of the document. The same walk asked again (several
        sub-extractors start from the verbs or the nouns) is answered from this document's last answer, which a
        caller never changes."""
        key = (tuple(pos), tuple(deps), frozenset(lowers))  # the same objects where they already are these
        found = self._walks.get(key)
        if found is None:
            found = self._walks[key] = tokens_where(self.doc, pos, deps, lowers, self._attrs)
        return found

    def sentence_of(self, tok: Token) -> int:
        """The index in :attr:`sents` of the sentence holding ``tok``."""
        return max(0, bisect_right(self._sent_starts, tok.i) - 1)

    def token_span(self, first: Token, last: Token) -> Span:
        """The characters from ``first`` to the end of ``last``."""
        return self.span(first.idx, last.idx + len(last.text))

    def clause_span(self, verb: Token, first: Token) -> Span:
        """The clause of ``verb`` from its subject (or ``first``, where that stands earlier) to the end of its
        objects and circumstances ("no officer was sent to the offices at any point last night"); a clause of its
        own, a conjunct or a relative clause is cut, as is what follows a closing quotation mark (a speech tag the
        parse hung on the quoted verb), and the span holds :data:`CLAUSE_REACH` tokens at most, but for the
        :data:`VERB_REACH` tokens after the verb, kept however long the words before it ("late on Friday three platoons
        of troops, supported by trucks, *advanced onto the plateau beside the springs*")."""
        toks = [verb, first]
        for c in kids_of(verb):
            if c.dep_ not in _CLAUSE_CUT:
                toks.extend(c.subtree)
        start = min(toks, key=lambda t: t.i)
        # a long front (a time, a subject with its modifiers) leaves the verb its own words after it
        end = max((t for t in toks if t.i - start.i < CLAUSE_REACH or 0 < t.i - verb.i <= VERB_REACH),
                  key=lambda t: t.i)
        doc = self.doc
        for i in range(verb.i + 2, end.i + 1):
            if doc[i].is_quote and doc[i - 1].is_punct:  # a quotation closes ('... last spring," the lawyer said')
                end = doc[i - 1]
                break
        while end.is_punct and end.i > start.i:
            end = doc[end.i - 1]
        return self.token_span(start, end)

    def phrase(self, noun: Token) -> Span:
        """The noun phrase headed by ``noun``, without a relative clause or a trailing apposition."""
        cut = {"relcl", "appos", "acl", "punct", "cc", "conj", "advcl"}
        toks = [noun]
        stack = [c for c in kids_of(noun) if c.dep_ not in cut]
        while stack:
            t = stack.pop()
            toks.append(t)
            stack.extend(c for c in kids_of(t) if c.dep_ not in ("relcl", "advcl", "punct"))
        first, last = min(toks, key=lambda t: t.i), max(toks, key=lambda t: t.i)
        if first.i < noun.i and first.lower_ in self.words.negative_determiners:
            first = self.doc[first.i + 1]  # "no crossing": the thing denied is "crossing"
        if last.i - first.i > 15:  # an odd parse: keep the head and its left modifiers
            last = noun
        return self.token_span(first, last)

    # ---- who -------------------------------------------------------------------------------------
    def entity(self, tok: Token) -> str | None:
        """The entity a noun phrase headed by ``tok`` names: one of its own tokens, or its compounds."""
        eid = self._entity_at.get(tok.i)
        if eid is not None:
            return eid
        for c in kids_of(tok):
            if c.dep_ in ("compound", "poss", "amod") and c.i in self._entity_at:
                return self._entity_at[c.i]
        for c in kids_of(tok):  # "the army of Peru"
            if c.dep_ == "prep" and c.lower_ == "of":
                for p in kids_of(c):
                    if p.dep_ == "pobj" and p.i in self._entity_at:
                        return self._entity_at[p.i]
        return None

    def voice(self, start: int, end: int) -> Voice | None:
        """The claimant at ``start``..``end``; None when a statement covers it but names no speaker.

        A statement with no speaker inside a speaker's words ("X said turnout was 40 percent, according to
        tallies") is that speaker's. A statement whose speaker is a place that codes no country (a parse that
        made "Fla." the subject) gives no claim: a country or its capital speaks for a government, a town
        does not."""
        stmt = self.attribution.statement_at(start, end)
        if stmt is None:
            return Voice(None, None)
        if stmt.speaker is None:
            stmt = self._voiced.statement_at(start, end)
            if stmt is None:
                return None  # not the outlet's voice, and no source to name: no claim
        speaker = self.entities.get(stmt.speaker or "")
        if speaker is not None and speaker.type in ("GPE", "LOC") and speaker.country is None:
            return None  # a place no vocabulary codes ("Jupiter, Fla., and signed ...") speaks for nobody
        return Voice(stmt.speaker, stmt)

    def actor(self, tok: Token, voice: Voice | None) -> str | None:
        """The entity a subject or agent ``tok`` names; first-person pronouns are the speaker."""
        if tok.lower_ in self.words.first_person:
            return voice.claimant if voice is not None and voice.statement is not None else None
        return self.entity(tok)

    # ---- factuality -----------------------------------------------------------------------------
    def factuality(self, verb: Token) -> tuple[Polarity, Modality]:
        """Polarity and modality of the clause of ``verb``, with questions and conditions hypothetical. Worked out
        once per verb and document (a dozen sub-extractors ask of the same verbs)."""
        found = self._facts.get(verb.i)
        if found is None:
            found = self._facts[verb.i] = self._factuality(verb)
        return found

    def _factuality(self, verb: Token) -> tuple[Polarity, Modality]:
        fact = factuality(verb, self.lexicon.events)
        modality: Modality = fact.modality
        if modality == "actual" and (self.in_question(verb) or self.conditional(verb)):
            modality = "hypothetical"
        polarity: Polarity = fact.polarity
        if polarity == "asserted" and self._denied(verb):
            polarity = "negated"
        named = verb.head.head if verb.dep_ == "acl" and verb.head.dep_ == "attr" else None
        if named is not None and named.lemma_ == "be" and (polarity, modality) == ("asserted", "actual"):
            # "the blasts might have been old ordnance set off by a grass fire": a participle on what a clause says
            # a thing was is as hedged, or as denied, as that clause
            return self.factuality(named)
        return polarity, modality

    def in_question(self, tok: Token) -> bool:
        """``tok``'s sentence ends with a question mark (closing quotes and brackets aside)."""
        sent = self.sents[self.sentence_of(tok)]
        last = sent[-1]
        while last.is_punct and last.text in ('"', "'", "\u201d", "\u2019", ")") and last.i > sent.start:
            last = self.doc[last.i - 1]
        return last.text == "?"

    def conditional(self, tok: Token) -> bool:
        """A conditional marker ("if", "unless") on ``tok``'s clause or on one of up to eight clauses above it
        (a clausal subject ends the climb). Read from the head and dependency arrays: no Token per step."""
        if self._cond is None:
            self._cond = self._conditional_index()
        marked, heads, csubj = self._cond
        cur = tok.i
        for _ in range(8):
            if cur in marked:
                return True
            if cur in csubj or heads[cur] == cur:
                return False
            cur = heads[cur]
        return False

    def _conditional_index(self) -> tuple[frozenset[int], list[int], frozenset[int]]:
        """The tokens that carry a conditional marker among their dependents, every token's head, and the
        clausal subjects."""
        doc, strings = self.doc, self.doc.vocab.strings
        heads = (np.arange(len(doc), dtype="int64") + doc.to_array([HEAD]).reshape(len(doc)).astype("int64")).tolist()
        deps, lowers = self._attrs[:, 1], self._attrs[:, 2]
        words = among(lowers, word_keys(self.words.conditional_markers))
        marks = np.flatnonzero((deps == strings.as_int("mark")) & words).tolist()
        csubj = np.flatnonzero(deps == strings.as_int("csubj")).tolist()
        return frozenset(heads[i] for i in marks), heads, frozenset(csubj)

    def _denied(self, verb: Token) -> bool:
        """ "rejected claims that the vote was rigged": the clause hangs off a report noun a denial verb governs."""
        head = verb.head
        if verb.dep_ in ("acl", "ccomp") and head.lemma_.lower() in self.words.report_nouns and head.dep_ in (
                "dobj", "nsubjpass"):
            return head.head.lemma_.lower() in self.words.denial_verbs
        return False

    # ---- vocabulary phrases ------------------------------------------------------------------------
    def matches(self, sent: SpacySpan) -> list[Match]:
        """The phrases of the claims vocabulary in ``sent``, longest first where they overlap (found once per
        sentence: several sub-extractors ask)."""
        key = (sent.start, sent.end)
        if key not in self._matches:
            self._matches[key] = self._find_matches(sent)
        return self._matches[key]

    def _find_matches(self, sent: SpacySpan) -> list[Match]:
        index = _by_last_word(self.lexicon.claims)
        starts = self._phrase_starts()
        lowers, lemmas = self._forms()
        out: list[Match] = []
        end = sent.start
        for i in starts[bisect_left(starts, sent.start):bisect_left(starts, sent.end)]:
            if i < end:
                continue  # inside the phrase found just before
            found, size = None, 0
            window: set[str] | None = None  # the words after i, for a cheap test before a loose match
            for key in dict.fromkeys((lowers[i], lemmas[i])):  # a fixed order: the same match under any hash seed
                if key not in index:
                    continue
                if window is None and index[key][1]:
                    far = min(sent.end, i + _LOOSE_REACH)
                    window = set(lowers[i + 1:far]) | set(lemmas[i + 1:far])
                for _, entry in _tried(index[key], window):
                    n = len(entry.words)
                    if n <= size:
                        continue
                    words = entry.words
                    # The second word first, outside the generator: it turns away most phrases of a common first word.
                    if i + n <= sent.end and (n < 2 or lowers[i + 1] == words[1] or lemmas[i + 1] == words[1]) and all(
                            lowers[i + k] == w or lemmas[i + k] == w for k, w in enumerate(words)):
                        found, size = Match(entry, i, i + n, self._head(i, i + n)), n
                        continue
                    if n < 2:
                        continue
                    if window is None:
                        far = min(sent.end, i + _LOOSE_REACH)
                        window = set(lowers[i + 1:far]) | set(lemmas[i + 1:far])
                    if entry.words[-1] not in window:
                        continue  # most candidate phrases: their last word is nowhere near
                    stop = self._loose_end(i, entry.words, sent.end)
                    if stop is not None:
                        found, size = Match(entry, i, stop, self._head(i, stop)), n
            if found is not None:
                out.append(found)
                end = found.end
        return out

    def _loose_end(self, i: int, words: tuple[str, ...], limit: int) -> int | None:
        """End of phrase ``words`` from token ``i`` where the text adds modifiers or names its own determiner:
        "a flagrant violation of international law" for "violation of international law", "in full accordance
        with Bahraini law" for "in accordance with the law". At most :data:`_MAX_INSERTED` adjectives or
        modifying nouns may stand between two words of the phrase (never a negation); a phrase's article may
        be missing or be another word. None where the words do not follow one another so."""
        if len(words) < 2:
            return None
        lowers, lemmas = self._forms()
        p, inserted, own = i + 1, 0, False
        for w in words[1:]:
            while True:
                if w in self.lexicon.english["articles"] and p < limit and (after := self._owner_end(p, limit)) > p:
                    p, own = after, True  # "broke the river commission's rules": the owner in the article's place
                    break
                if p < limit and (lowers[p] == w or lemmas[p] == w):
                    p += 1
                    break
                if w in self.lexicon.english["articles"]:
                    if p < limit and lowers[p] in self.lexicon.english["articles"]:
                        p += 1  # "a violation of an international treaty": another article stands for "the"
                    elif p < limit and self._own_determiner(p):
                        p, own = p + 1, True  # "had broken any rule": a determiner of its own
                    break  # the phrase's "the" stands for whatever determines the noun in the text
                if p < limit and inserted and self.doc[p].dep_ == "case" and self.doc[p - 1].dep_ == "poss":
                    p += 1  # "Belarus's obligations": the possessive's "'s" goes with its owner
                    continue
                if (p + 1 < limit and inserted and self.doc[p].dep_ == "cc" and self.doc[p + 1].dep_ == "conj"
                        and self._modifier(p + 1)):
                    p += 1  # "Ghanaian and international law": a modifier joined to the one before
                    continue
                if p + 2 < limit and inserted < _MAX_INSERTED and self._hyphened(p):
                    p, inserted = p + 3, inserted + 1  # "the water-sharing protocol": one modifier
                    continue
                if p < limit and inserted < _MAX_INSERTED and self._modifier(p):
                    p, inserted = p + 1, inserted + 1
                    continue
                return None
        return p if inserted or own or p - i != len(words) else None

    def _own_determiner(self, k: int) -> bool:
        """Token ``k`` is a determiner that may stand for a phrase's article: "any", "every", "these"; never a
        negative one ("no rule": its polarity is not the phrase's to give)."""
        tok = self.doc[k]
        return (tok.dep_ == "det" and tok.pos_ == "DET"
                and tok.lower_ not in self.lexicon.english["negative_determiners"])

    def _owner_end(self, k: int, limit: int) -> int:
        """After a possessive owner of several words that starts at token ``k`` ("the Nile Basin Commission's",
        "the river commission's"): the token after its "'s"; else ``k``. The owner, however many its words, stands
        where the phrase has its article."""
        doc = self.doc
        for p in range(k, min(limit, k + 6)):
            tok = doc[p]
            if tok.dep_ == "case" and p > k and doc[p - 1].dep_ == "poss":
                owner = doc[p - 1]
                return p + 1 if owner.left_edge.i == k and owner.head.i > p else k
            if tok.dep_ not in ("det", "compound", "amod", "poss") and tok.pos_ not in ("PROPN", "NOUN", "ADJ", "DET"):
                break
        return k

    def _hyphened(self, k: int) -> bool:
        """Tokens ``k``..``k + 2`` are one hyphened word ("water-sharing", "cross-border") that modifies a noun."""
        doc = self.doc
        return (doc[k + 1].text == "-" and not doc[k].whitespace_ and not doc[k + 1].whitespace_
                and doc[k].pos_ in ("ADJ", "NOUN", "PROPN", "NUM", "ADV")
                and (self._modifier(k + 2) or doc[k + 2].dep_ in ("amod", "compound", "nmod")))

    def _modifier(self, k: int) -> bool:
        tok = self.doc[k]
        return tok.dep_ != "neg" and (tok.pos_ == "ADJ" or (tok.pos_ in ("PROPN", "NOUN") and tok.dep_ in (
            "amod", "compound", "nmod")) or tok.dep_ == "poss" or (tok.pos_ == "NUM" and tok.dep_ in (
                "nummod", "compound")))  # "the 2011 charter": a year or a number names one of its kind

    def _phrase_starts(self) -> list[int]:
        """The tokens whose form or lemma begins a phrase of the claims vocabulary (one array pass)."""
        if self._starts is None:
            keys = _start_keys(self.lexicon.claims)
            mask = _in_sorted(self._attrs[:, 2], keys) | _in_sorted(self._lemma_ids(), keys)
            self._starts = [int(i) for i in np.flatnonzero(mask)]
        return self._starts

    def _lemma_ids(self) -> np.ndarray:
        if self._lemmas is None:
            self._lemmas = self.doc.to_array([LEMMA]).reshape(len(self.doc))
        return self._lemmas

    def with_words(self, lowers: frozenset[str], lemmas: frozenset[str]) -> list[int]:
        """The indexes, in text order, of the tokens whose lower-case form is one of ``lowers`` or whose lower-cased
        lemma (:meth:`forms`) is one of ``lemmas``: two set look-ups a word in C, once per document, instead of a
        sub-extractor's own tests on every word of every sentence (one whose rules start only at some words skips
        all the others). Found once per pair of word sets and document; a caller never changes the list."""
        key = (lowers, lemmas)
        found = self._with_words.get(key)
        if found is None:
            forms, lemma_forms = self._forms()  # the tests run in C: no Python step per word
            found = self._with_words[key] = list(compress(range(len(forms)), map(
                or_, map(lowers.__contains__, forms), map(lemmas.__contains__, lemma_forms))))
        return found

    def forms(self) -> tuple[list[str], list[str]]:
        """Every token's lower-case form and lower-cased lemma, by token index (read once per document)."""
        return self._forms()

    def _forms(self) -> tuple[list[str], list[str]]:
        """Every token's lower-case form and lower-cased lemma as strings, read once from the attribute arrays
        (the phrase matcher compares words without a Token per word)."""
        if self._words is None:
            self._words = word_forms(self.doc)
        return self._words

    def _head(self, start: int, end: int) -> Token:
        for k in range(start, end):
            tok = self.doc[k]
            if not start <= tok.head.i < end or tok.head.i == tok.i:
                return tok
        return self.doc[start]

    def subject(self, verb: Token) -> Token | None:
        """The subject of ``verb``, or of the verb it is conjoined to ("was seized and was ...")."""
        own = any(c.dep_ in _SUBJECTS for c in kids_of(verb))
        for cur in (verb, verb.head if verb.dep_ == "conj" and not own else None):
            # "The levy, said an official, applies to all and was set lawfully": the cue holds the clause's subject
            # (or the parse made the speaker the clause's subject)
            if cur is None or cur.dep_ not in ("ccomp", "conj"):
                continue
            inverted = inverted_cue(cur.head)
            if inverted is not None and inverted[2].i == cur.i:
                return inverted[1]
        for cur in (verb, verb.head if verb.dep_ == "conj" else None):
            if cur is None:
                continue
            for c in kids_of(cur):
                if c.dep_ in _SUBJECTS:
                    return c
        for c in kids_of(verb):  # "The permit, lawyer X said, is unlawful": the parse lent the subject to the cue
            if c.dep_ == "parataxis":
                stray = stray_subjects(c)
                if stray:
                    return stray[0]
        return None
