"""The clause around a time expression: the tense of its verb, whether a number is a year, the clause's time.

The grammar's handlers ask for the tense of the verb governing a match ("will
meet on Friday" looks ahead) and whether a bare four-digit number is a year;
:func:`time_in_clause` gives the other extractors the time expression of a
clause ("met ... on Saturday", "said Tuesday").
"""

from __future__ import annotations

import functools
import re

from spacy.tokens import Doc, Span, Token

from ...lexicon import Lexicon
from ...models import TimeExpr
from ..walk import kids_of
from .context import Tense

__all__ = ["clause_verb", "is_year", "span_root", "tense_at", "time_in_clause", "verb_tense"]

_VERBISH = frozenset({"VERB", "AUX"})
# Dependents that modify a noun rather than date a clause ("a 2023 protocol", "Friday's vote").
_NOUN_MODIFIER_DEPS = frozenset({"nummod", "compound", "amod", "poss", "nmod", "quantmod"})
_SPACY_LABELS = frozenset({"DATE", "TIME"})
_AMOUNT_LABELS = frozenset({"MONEY", "PERCENT", "QUANTITY"})
_PLURAL_NOUN_TAGS = frozenset({"NNS", "NNPS"})


def span_root(doc: Doc, start: int, end: int) -> Token | None:
    """The syntactic root of the tokens covering ``text[start:end]``, or None."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def clause_verb(token: Token, max_steps: int = 8) -> Token | None:
    """The verb governing ``token``: itself if it is one, else the first verb up its head chain."""
    tok = token
    for _ in range(max_steps):
        if _is_verb(tok):
            return tok
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return tok if _is_verb(tok) else None


def _is_verb(tok: Token) -> bool:
    # A word inside a name is not a verb, whatever the tagger says ("Chargé d'Affaires").
    return tok.pos_ in _VERBISH and not tok.ent_type_


def _with_curly(words: frozenset[str]) -> frozenset[str]:
    # spaCy keeps the typographic apostrophe of "’ll", "’d": the same auxiliaries in either spelling.
    return words | {w.replace("'", "’") for w in words if "'" in w}


@functools.lru_cache(maxsize=8)  # one per lexicon (hashed by identity)
def _modals(lexicon: Lexicon) -> tuple[frozenset[str], frozenset[str]]:
    """The future and the other modal auxiliaries of english.yaml, in both apostrophe spellings."""
    english = lexicon.english
    return (_with_curly(english.modal_future),
            _with_curly(english.modal_hypothetical | english.modal_obligation))


def _looks_ahead(verb: Token, aux: set[str], lexicon: Lexicon) -> bool:
    """Future tense, or a head whose infinitive complement lies ahead ("is expected to meet")."""
    lists = lexicon.times.lists
    if aux & _modals(lexicon)[0]:
        return True
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in lists.future_heads:
        return True
    if verb.lower_ == "going" and any(c.dep_ == "xcomp" for c in kids_of(verb)):
        return True
    return "to" in aux and verb.head.lower_ in lists.present_be  # "is to resume trading on Tuesday"


def verb_tense(verb: Token, lexicon: Lexicon) -> Tense:
    """Tense of a verb from its tag and auxiliaries: past, present, future, or None when modal/unclear."""
    lists = lexicon.times.lists
    aux = {c.lower_ for c in kids_of(verb) if c.dep_ in ("aux", "auxpass")}
    if _looks_ahead(verb, aux, lexicon):
        return "future"
    if aux & _modals(lexicon)[1]:
        # "may resume in September", "should be held in May" look ahead; "may have met on Friday" looks back;
        # "could" and "would" are as often the past of "can" and "will" ("could not be reached Wednesday").
        if aux & lists.perfect_auxiliaries:
            return "past"
        return "future" if aux & lists.forward_modals else None
    past_aux = aux & lists.past_auxiliaries
    if verb.tag_ == "VBN" and verb.lemma_.lower() in lists.scheduled_verbs and not past_aux:
        # "a summit set for April", "talks scheduled for Monday", "is expected in May" look ahead, unless
        # the clause around them tells of the past ("a service planned for Saturday was cancelled").
        outer = clause_verb(verb.head) if not aux and verb.head.i != verb.i else None
        if outer is None or verb_tense(outer, lexicon) != "past":
            return "future"
    # A bare participle is a reduced clause about the past ("plans announced in January").
    if verb.tag_ == "VBD" or past_aux or (verb.tag_ == "VBN" and (aux & lists.perfect_auxiliaries or not aux)):
        return "past"
    # The tagger sometimes gives a finite present verb the base tag ("Voters go to the polls").
    finite_base = verb.tag_ == "VB" and not aux and verb.dep_ in ("ROOT", "conj", "ccomp")
    if verb.tag_ in ("VBZ", "VBP") or finite_base or (verb.tag_ == "VBG" and aux & lists.present_be):
        if verb.lemma_.lower() in lists.reporting_verbs:
            return "past"  # "the minister says Tuesday ...": news reports speech in the present
        return "present"
    return None


def tense_at(doc: Doc, start: int, end: int, lexicon: Lexicon) -> Tense:
    """Tense of the verb governing ``text[start:end]``; None for a time that modifies a noun."""
    root = span_root(doc, start, end)
    if root is None or (root.dep_ in _NOUN_MODIFIER_DEPS and root.head.i > root.i):
        return None  # "Friday's purchases": the clause's tense says nothing about the noun's date
    verb = clause_verb(root)
    return verb_tense(verb, lexicon) if verb is not None else None


def is_year(doc: Doc, start: int, end: int, lexicon: Lexicon) -> bool:
    """Whether a bare four-digit number is a year ("in 2023", "a 2023 protocol") and not a count."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    tok = span.root
    if tok.ent_type_ in _SPACY_LABELS:
        return True
    if tok.dep_ == "nummod" and tok.head.tag_ in _PLURAL_NOUN_TAGS:
        return False  # "2000 people"
    if tok.ent_type_ in _AMOUNT_LABELS:
        return False
    if tok.i > 0 and doc[tok.i - 1].lower_ in lexicon.times.lists.year_context:
        return True  # "in 2023", "a 2023 protocol"
    if tok.ent_type_ in ("CARDINAL", "ORDINAL"):
        return False
    return 1900 <= int(span.text[:4]) <= 2100 if span.text[:4].isdigit() else False


_NOT_WHEN = re.compile(r"P[\dXT]|XXXX|(?:PAST|PRESENT|FUTURE)_REF")


def _is_clause_time(t: TimeExpr) -> bool:
    # Durations (P3Y), recurrences (XXXX-WXX-4) and vague references (PAST_REF) do not say when.
    return t.value is None or not _NOT_WHEN.match(t.value)


# Prepositions that make a time the edge of a period ("since 2022", "until May"), not the clause's date.
# Kept here, not in the lexicon: time_in_clause is called by other families without one.
_INTERVAL_EDGES = frozenset({"since", "until", "till", "through"})


def time_in_clause(doc: Doc, target: int | Token | Span, times: tuple[TimeExpr, ...]) -> TimeExpr | None:
    """The time expression dating the clause of ``target`` (a token index, token or span), or None.

    A time belongs to a clause when the verb governing it is the clause's verb ("met ... on
    Saturday", "said Tuesday", "On Wednesday, the council issued ..."). Times that modify a noun
    ("a 2023 protocol"), durations and recurrences are not clause times. A verb coordinated with
    another ("met on Saturday and discussed ...") shares that verb's time when it has none itself.
    Among several, a resolved one nearest to the verb wins.
    """
    if isinstance(target, int):
        token = doc[target]
    elif isinstance(target, Span):
        token = target.root
    else:
        token = target
    verb = clause_verb(token)
    if verb is None or not times:
        return None
    by_verb: dict[int, list[TimeExpr]] = {}
    for t in times:
        governor = _clause_time_governor(doc, t)
        if governor is not None:
            by_verb.setdefault(governor.i, []).append(t)
    for v in (verb, verb.head if verb.dep_ == "conj" else None):
        if v is None or v.i not in by_verb:
            continue
        candidates = by_verb[v.i]
        return min(candidates, key=lambda t: (t.value is None, abs(t.span.start - v.idx)))
    return None


def _clause_time_governor(doc: Doc, t: TimeExpr) -> Token | None:
    """The verb whose clause ``t`` dates, or None for a duration, a noun's time or a period's edge."""
    if not _is_clause_time(t):
        return None
    root = span_root(doc, t.span.start, t.span.end)
    if root is None:
        return None
    if root.dep_ in _NOUN_MODIFIER_DEPS and root.head.i > root.i and root.head.pos_ not in _VERBISH:
        return None
    if root.dep_ == "pobj" and root.head.lower_ in _INTERVAL_EDGES:
        return None  # "the worst violence since 2022", "stays until May": an edge of a period, not the date
    return clause_verb(root.head) if root.head.i != root.i else None
