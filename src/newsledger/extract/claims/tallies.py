"""Counts worded around the figure: the level of a named figure, things counted by what befell them, and
verbs that count with a prepositional phrase (issue 14, "counts" frames).

:mod:`.quantity` asks these helpers when the figure's own noun and verb give no class:

* a figure given as the level of a reference noun: "puts the number of workers laid off at roughly 7,500",
  "gives the count of evacuees as 410" (the class of what the ``of`` phrase names), or, with no ``of``
  phrase, "put the figure at 5,000", "the real number is 5,000" (an anaphoric figure: the class of the
  nearest earlier count by another claimant, :func:`anaphor_source`);
* a thing counted by what happened to it ("110,000 homes have been rebuilt", "no more than 30,000 houses
  were finished", "2,000 dwellings destroyed"): the class of the verb, looked for after the noun in its
  sentence where the parse ties none to it (an inserted "its secretary announced last week" often breaks it);
* a verb of counting with a prepositional phrase: "taken into custody", "held in detention".

Pure functions over the parse; the word sets come from ``data/quantities.yaml`` (``level_nouns``,
``things``, ``prepositional_verbs``) through :class:`~newsledger.lexicon.quantities.QuantityVocabulary`.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from ...lexicon.quantities import QuantityVocabulary
from ...models import Claim
from ..walk import kids_of

__all__ = ["anaphor_source", "level_noun", "of_noun", "prepositional_class", "thing_class", "thing_verb"]

LEVEL_PREPS = frozenset({"at", "as"})  # "put the number at 22", "gives the count of evacuees as 410"
_LEVEL_DEPS = frozenset({"dobj", "nsubj", "nsubjpass"})
_LOST_SUBJECT_DEPS = frozenset({"appos", "conj", "dobj"})  # where a parse may leave a verb's subject
_NEW_LEVEL = "to"  # "raised its count to 31": the new level of the verb's object
_NOT_LEVEL = frozenset({"by", "from"})  # "the toll rose by 5", "from 40": a change, a starting point
_VERBS = frozenset({"VERB", "AUX"})
_CHANGED_LEVEL = frozenset({_NEW_LEVEL, "from"})  # the new and the former level of a changed count
_CHANGE_WORDS = frozenset({"up", "down"})  # "up from the 300 it reported": the former level
_CHANGED_REACH = 4  # words climbed from a misplaced "to" to the reference noun it gives the level of
_LOOK_BACK = 5  # sentences an anaphoric figure may reach back for the count it answers


def _level_verb(doc_start: int, head: Token) -> Token | None:
    """The verb whose subject a figure gives the level of, where the figure is that verb's: "be" with the figure as
    its attribute ("the real number is 5,000"), or the hedge's own word attaching the figure (quantity43): the
    hedge's verb ("the toll cannot exceed nine") or its preposition on "be" ("the number of dead is at most
    nine")."""
    if head.dep_ == "attr" and head.head.lemma_ == "be":
        return head.head
    if head.i >= doc_start and head.pos_ in _VERBS:
        return head
    if head.i >= doc_start and head.dep_ == "prep" and head.head.lemma_ == "be":
        return head.head
    return None


def level_noun(doc_start: int, head: Token, sent: SpacySpan, vocab: QuantityVocabulary) -> Token | None:
    """The reference noun ("number", "figure", "count") whose level a figure gives, or None.

    ``doc_start`` is the index of the figure's first word with its hedge, ``head`` the word the parse
    attaches the figure by. Two frames: a figure after "at" or "as" with a reference noun before it in its
    sentence that is an object or subject ("puts the number of people detained so far at 22"); a figure that
    is the attribute of "be" whose subject is a reference noun ("the real number is 5,000"), or the object of a
    preposition after a verb whose subject is one ("its own count comes to just under 9,000")."""
    doc = sent.doc
    if head.dep_ == "nummod" and head.head.i > head.i:
        head = head.head  # "is just under nine thousand hectares": the measure noun the figure counts
    verb = _level_verb(doc_start, head)
    if verb is not None:
        subject = next((c for c in kids_of(verb) if c.dep_ == "nsubj"), None)
        if subject is not None and subject.lemma_.lower() in vocab.level_nouns:
            return subject
        return None
    prep = head.head
    if head.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ not in _NOT_LEVEL and prep.head.pos_ in _VERBS:
        # "its own count comes to just under 9,000", "the figure is just under 9,000", "the total amounts to 40"
        subject = next((c for c in kids_of(prep.head) if c.dep_ == "nsubj"), None)
        if subject is None and prep.head.i > sent.start:
            # the parse hung the subject on a noun before it ("she told farmers, the agency's count comes to
            # 700": "count" as an apposition of "farmers"): the noun right before the verb is its subject
            before = doc[prep.head.i - 1]
            subject = before if before.pos_ == "NOUN" and before.dep_ in _LOST_SUBJECT_DEPS else None
        if subject is not None and subject.lemma_.lower() in vocab.level_nouns:
            return subject
    if head.dep_ == "pobj" and prep.lower_ == _NEW_LEVEL and head.like_num and _sums(prep.head, vocab):
        # "together the lists add up to over 70,000": a bare sum is the level of the subject's count
        return next((c for c in kids_of(prep.head) if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PRON")), None)
    if head.dep_ == "pobj" and prep.lower_ == _NEW_LEVEL and prep.head.pos_ in _VERBS:
        # "raised its count to 31", "brought the total to 40": the verb's object is the reference noun
        obj = next((c for c in kids_of(prep.head) if c.dep_ == "dobj" and c.lemma_.lower() in vocab.level_nouns), None)
        if obj is not None:
            return obj
    if head.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ in _CHANGED_LEVEL:
        changed = _changed_level(prep, vocab)
        if changed is not None:
            return changed
    if doc_start - 1 < sent.start or doc[doc_start - 1].lower_ not in LEVEL_PREPS:
        return None
    for i in range(doc_start - 2, sent.start - 1, -1):
        tok = doc[i]
        if tok.lemma_.lower() in vocab.level_nouns and tok.dep_ in _LEVEL_DEPS:
            return tok
    return None


def _changed_level(prep: Token, vocab: QuantityVocabulary) -> Token | None:
    """The reference noun a verb changes (its object: "raised its count of homes destroyed ...") whose new or former
    level ``prep`` gives: a "to" the parse hangs on a word inside the noun's own ``of`` phrase ("... destroyed by the
    storm in the west to more than 450": the participle took it), or the "from" of an "up from" or "down from" on
    the verb ("..., up from the 300 it reported on Tuesday": the level before the change); None for none."""
    if prep.lower_ == _NEW_LEVEL:
        tok = prep.head
        for _ in range(_CHANGED_REACH):
            if tok.head.i == tok.i:
                return None
            tok = tok.head
            if tok.lemma_.lower() in vocab.level_nouns:
                return tok if tok.dep_ == "dobj" and tok.head.pos_ in _VERBS and tok.i < prep.i else None
        return None
    change = prep.head
    if change.lower_ not in _CHANGE_WORDS or change.dep_ != "advmod" or change.head.pos_ not in _VERBS:
        return None
    verb = change.head
    obj = next((c for c in kids_of(verb) if c.dep_ == "dobj" and c.lemma_.lower() in vocab.level_nouns), None)
    if obj is None or not any(t.dep_ == "prep" and t.lower_ == _NEW_LEVEL for t in obj.head.subtree):
        return None  # the object's new level is told too: "raised its count ... to 450, up from 300"
    return obj


def _sums(verb: Token, vocab: QuantityVocabulary) -> bool:
    """``verb`` gives a sum as its level ("add up to", "amounts to"): its lemma, or lemma and particle, is one of
    ``sum_verbs``."""
    if verb.pos_ not in _VERBS:
        return False
    lemma = verb.lemma_.lower()
    particles = [f"{lemma} {c.lower_}" for c in kids_of(verb) if c.dep_ == "prt"]
    return lemma in vocab.sum_verbs or any(p in vocab.sum_verbs for p in particles)


def of_noun(ref: Token) -> Token | None:
    """The noun of the ``of`` phrase after a reference noun ("the number of workers laid off": "workers")."""
    of = next((c for c in kids_of(ref) if c.dep_ == "prep" and c.lower_ == "of"), None)
    return next((c for c in kids_of(of) if c.dep_ == "pobj"), None) if of is not None else None


def anaphor_source(claimant: str | None, start: int, earlier: Sequence[Claim], sents: Sequence[SpacySpan],
                   sentence: int, unit: str | None = None) -> Claim | None:
    """The count an anaphoric figure ("put the figure at 5,000") answers: the nearest earlier quantity claim of
    another claimant, no more than :data:`_LOOK_BACK` sentences before it (``sentence`` is the figure's); where
    there is none, the claimant's own (a body giving a new level of its own count: "the office now puts the
    number at 2,050", a revision the comparison records). A figure in a unit of measure ("the tally comes to
    700 tonnes") reaches twice as far back for another claimant's count in that unit, where the nearer
    sentences hold none."""
    floor = sents[max(0, sentence - _LOOK_BACK)].start_char
    own: Claim | None = None
    for claim in reversed(earlier):
        if claim.evidence.start >= start or claim.evidence.start < floor or claim.value is None:
            continue
        if claim.claimant != claimant:
            return claim
        own = own or claim
    if own is None and unit is not None:
        floor = sents[max(0, sentence - 2 * _LOOK_BACK)].start_char
        return next((c for c in reversed(earlier) if floor <= c.evidence.start < start and c.value is not None
                     and c.value.unit == unit and c.claimant != claimant), None)
    return own


def thing_verb(noun: Token, sent: SpacySpan, vocab: QuantityVocabulary) -> tuple[str, Token] | None:
    """The class of the first verb of a thing class after ``noun`` in its sentence, with the verb: "A total
    of 110,000 homes, its secretary announced last week, have been rebuilt" (rebuilt). The search stops at a
    second counted figure, a semicolon or a subordinating word that opens another clause."""
    doc = sent.doc
    for i in range(noun.i + 1, min(sent.end, noun.i + 16)):
        tok = doc[i]
        filed = recorded_as(tok.head.head, vocab) if tok.dep_ == "mark" else None
        if tok.like_num or tok.text == ";" or (tok.dep_ == "mark" and tok.i > noun.i + 1
                                                and (filed is None or filed.i != tok.head.i)):
            return None  # (not the "as" of a record's: "200 houses were recorded as destroyed")
        if tok.pos_ in {"VERB", "ADJ"}:
            cls = vocab.thing_verbs.get(tok.lemma_.lower()) or _phrasal_thing(tok, vocab)
            if cls is not None:
                return cls, tok
    return None


def recorded_as(verb: Token, vocab: QuantityVocabulary) -> Token | None:
    """The word after "as" that a verb of counting or recording files its patient under ("14 people were registered
    as missing", "200 houses were recorded as destroyed", "listed as damaged"), else None."""
    if verb.lemma_.lower() not in vocab.reporting_verbs and verb.lemma_.lower() not in vocab.record_verbs:
        return None
    for c in kids_of(verb):
        if c.dep_ == "prep" and c.lower_ == "as":  # "registered as missing", "listed as dead"
            return next((w for w in kids_of(c) if w.dep_ in {"pobj", "pcomp", "amod", "acomp"}), None)
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "as" for m in kids_of(c)):
            return c  # "recorded as destroyed"
    return None


def thing_class(verb: Token, vocab: QuantityVocabulary) -> str | None:
    """The thing class of a verb ("destroy", "burn down": ``homes_destroyed``), or None."""
    return vocab.thing_verbs.get(verb.lemma_.lower()) or _phrasal_thing(verb, vocab)


def _phrasal_thing(verb: Token, vocab: QuantityVocabulary) -> str | None:
    lemma = verb.lemma_.lower()
    for c in kids_of(verb):
        if c.dep_ in {"prt", "advmod"}:
            found = vocab.thing_verbs.get(f"{lemma} {c.lower_}")
            if found is not None:
                return found
    return None


def prepositional_class(verb: Token, vocab: QuantityVocabulary) -> str | None:
    """The class of a verb with a prepositional phrase that counts its patient: "taken into custody", "held in
    detention", "put behind bars" (verb lemma, preposition, noun lemma)."""
    table = vocab.prepositional
    if not table:
        return None
    lemma = verb.lemma_.lower()
    for prep in kids_of(verb):
        if prep.dep_ != "prep":
            continue
        for obj in kids_of(prep):
            if obj.dep_ == "pobj":
                found = table.get((lemma, prep.lower_, obj.lemma_.lower()))
                if found is not None:
                    return found
    return None
