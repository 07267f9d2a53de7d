"""The date of an event: the time expression of its own clause, never the publication date.

Uses ``times.time_in_clause`` (the times stage's rule, shared with statements)
where it is available; otherwise a time expression whose head chain (through
prepositions and temporal modifiers: "on Saturday", "last week") reaches the
event's trigger.

An event dated, by its own clause or a clause it depends on, to a time that
ended more than a year before the publication is background ("In 2008, he
complained ...", "as he did two years ago by announcing ...", "years ago, ..."):
history the story recalls, which an analyst does not code as news
(:meth:`TimeLinker.background`). A time that only refers back to another one ("that month", "the following day")
dates the act by the time it refers to.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable, Sequence
from typing import Any

from spacy.tokens import Doc, Token

from ...models import TimeExpr
from .. import times as times_module
from ..walk import doc_text, kids_of, sentence_at

__all__ = ["TimeLinker"]

_BACKGROUND_DAYS = 366  # a time that ended longer than this before the publication is history
_CLAUSE_UP = 6  # heads walked up from a trigger to the clauses it depends on
_TELLING_BACK = 2  # sentences looked back, within a paragraph, for the time a telling of the past is set in

_STEP_DAYS = {"day": 1, "week": 7, "month": 31, "year": 366}  # what "the following <unit>" adds to its referent
_WORD = re.compile(r"[a-z]+")
_ARTICLES = frozenset({"the", "a", "an", "one"})

_ATTACHING = {"pobj", "prep", "npadvmod", "tmod", "nummod", "compound", "amod", "advmod", "appos", "nmod", "quantmod"}


class TimeLinker:
    """Finds the time id dating an event, per document."""

    def __init__(self, doc: Doc, times: tuple[TimeExpr, ...], published: dt.date | dt.datetime | None = None,
                 history_spans: frozenset[str] = frozenset(),
                 references: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset()),
                 sequence_verbs: frozenset[str] = frozenset()):
        self.doc = doc
        self.sequence_verbs = sequence_verbs  # "was followed by", "was preceded by": acts told in turn
        self.history_spans = history_spans  # "years", "decades": spans that put an act told "after" in the past
        self.back_words, self.forward_words = references  # "that month", "the same year"; "the following day"
        self.times = times
        # Feeds and web archives give a publication time: only its day is compared with dates.
        self.published = published.date() if isinstance(published, dt.datetime) else published
        self._by_id = {t.id: t for t in times}
        shared: Callable[..., Any] | None = getattr(times_module, "time_in_clause", None)
        self._shared = shared
        self._heads: dict[int, str] | None = None

    def date_for(self, anchors: Sequence[Token]) -> str | None:
        """Time id for the event anchored at ``anchors`` (its trigger first), or None."""
        if not self.times:
            return None
        if self._shared is not None:
            # Only the times of the anchor's sentence can date its clause; passing just those keeps
            # the shared rule (which looks at every time it is given) cheap on long articles.
            _, _, first, last = sentence_at(anchors[0])
            local = tuple(t for t in self.times if first <= t.span.start < last)
            if not local:
                return None
            found = self._shared(self.doc, anchors[0], local)
            return found.id if found is not None else None
        heads = self._attachments()
        for tok in anchors:
            if tok.i in heads:
                return heads[tok.i]
        return None

    def background(self, anchor: Token, own: str | None) -> bool:
        """The event at ``anchor`` (dated ``own``) is told as history: its own time, or that of a verb its clause
        hangs from, ended more than a year before the publication."""
        if self._spans_before(anchor):
            return True  # "she came home ten years after she was freed": the freeing is history
        if self._ages_ago(anchor):
            return True  # "years ago, Washington imposed sanctions": history with no number the times stage dates
        if self.published is None or not self.times:
            return False
        if anchor.pos_ == "NOUN" and self._dated_noun(anchor):
            return True  # "the 2012 attack on the consulate": history named by its year
        if anchor.pos_ == "NOUN" and self._in_turn_with_dated(anchor):
            return True  # "Tusk's 2014 visit was followed by a trip by Rutte": the trip shares the visit's past
        if anchor.pos_ == "VERB" and any(self._dated_noun(o) for p in kids_of(anchor) if p.dep_ == "prep"
                                         and p.lower_ in ("in", "during") for o in kids_of(p)
                                         if o.dep_ == "pobj" and o.pos_ == "NOUN"):
            return True  # "was killed in a 2011 air strike": the act the dated noun names
        if anchor.dep_ in ("relcl", "acl") and anchor.head.pos_ == "NOUN" and self._dated_noun(anchor.head):
            return True  # "a trip to Ostra in 2013 that the board found was paid for by a lobby": the trip's time
        if anchor.pos_ == "VERB" and any(self._dated_noun(o) for f in _frames(anchor) for o in (f, *_of_objects(f))):
            return True  # "on the eve of a vote in Ostra in 2014, hackers crippled the site": the vote's time
        if own is not None:
            return self._long_before(own) or self._refers_back(own)
        tok = anchor
        for _ in range(_CLAUSE_UP):
            if tok.head.i == tok.i or tok.dep_ in ("ccomp", "parataxis"):
                break  # what someone says now of the past is dated by its own clause, not the saying
            tok = tok.head
            if tok.pos_ in ("VERB", "AUX"):
                found = self.date_for([tok])
                if found is not None:
                    return self._long_before(found) or self._refers_back(found)
        return self._inherited(anchor)

    def _inherited(self, anchor: Token) -> bool:
        """An undated act told in the simple past or the past perfect ("praised", "had expelled") after a sentence of
        the same paragraph, one or two back, whose clauses are history ("In 2012, Ostra closed its border. It had
        expelled the envoy"; "... and invited him to visit in May 2012. He met her and ..."): the story is still
        telling that past, so the act keeps its year. The nearest sentence with a time decides, by the time of its
        main clauses (the root, the verbs joined to it and their infinitives); a new paragraph ends the telling."""
        perfect = anchor.tag_ == "VBN" and any(c.dep_ in ("aux", "auxpass") and c.lower_ == "had"
                                               for c in kids_of(anchor))
        if anchor.pos_ != "VERB" or not (anchor.tag_ == "VBD" or perfect):
            return False
        sent = anchor.sent
        if any(sent.start_char <= t.span.start < sent.end_char for t in self.times):
            return False
        first = next((t for t in sent if not t.is_space), anchor)
        for _ in range(_TELLING_BACK):
            if sent.start == 0:
                return False
            prev = self.doc[sent.start - 1].sent
            if "\n\n" in doc_text(self.doc)[prev.start_char:first.idx]:
                return False  # a new paragraph starts its own telling
            if any(prev.start_char <= t.span.start < prev.end_char for t in self.times):
                mains = [prev.root, *(c for c in prev.root.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))]
                mains.extend(x for v in list(mains) for x in v.children if x.dep_ == "xcomp")  # "invited him to visit"
                own = next((found for found in (self.date_for([v]) for v in mains) if found is not None), None)
                return own is not None and self._long_before(own)  # a time of a clause within ("donations she
                # received in 2014") sets no telling
            sent = prev
        return False

    def _spans_before(self, anchor: Token) -> bool:
        """The act at ``anchor`` is told as coming several years (a plural of ``history_spans``) before the clause it
        is set against: "ten years after she was released" (a clause), "decades after his arrest" (a noun)."""
        if not self.history_spans:
            return False
        if anchor.dep_ == "advcl":
            marks = [c for c in kids_of(anchor) if c.dep_ == "mark" and c.lower_ == "after"]
            holders = [anchor, *marks]
        elif anchor.dep_ == "pobj" and anchor.head.lower_ == "after":
            marks = holders = [anchor.head]
        else:
            return False
        return bool(marks) and any(c.dep_ == "npadvmod" and c.tag_ == "NNS" and c.lemma_.lower() in self.history_spans
                                   for h in holders for c in kids_of(h))

    def _ages_ago(self, anchor: Token) -> bool:
        """The clause of the act at ``anchor`` (or one it hangs from, short of what someone says) is set "years ago",
        "many decades ago": a plural of ``history_spans`` with no number before "ago" ("two years ago" is a time
        expression, dated by the times stage)."""
        if not self.history_spans:
            return False
        tok = anchor
        for _ in range(_CLAUSE_UP):
            if any(c.lower_ == "ago" and any(s.tag_ == "NNS" and s.lemma_.lower() in self.history_spans
                                             and not any(n.dep_ == "nummod" for n in kids_of(s))
                                             for s in kids_of(c)) for c in kids_of(tok)):
                return True
            if tok.head.i == tok.i or tok.dep_ in ("ccomp", "parataxis"):
                return False
            tok = tok.head
        return False

    def _in_turn_with_dated(self, noun: Token) -> bool:
        """An act told by a noun in the "by" phrase of a passive verb of sequence (``sequence_verbs``: "was followed
        by", "was preceded by a visit from X but also by a trip by Y") whose subject is an act named by a year long
        past: the two are told as one stretch of history."""
        if not self.sequence_verbs or noun.dep_ != "pobj" or noun.head.lower_ != "by":
            return False
        verb = noun.head.head
        if verb.lower_ == "by" and noun.head.dep_ == "conj":
            verb = verb.head  # "not only was preceded by ... but also by a trip": the second "by" joins the first
        if verb.lemma_.lower() not in self.sequence_verbs:
            return False
        holders = [verb, verb.head] if verb.dep_ == "conj" else [verb]  # "was preceded by ... but was followed by"
        return any(c.dep_ == "nsubjpass" and c.pos_ == "NOUN" and self._dated_noun(c)
                   for v in holders for c in kids_of(v))

    def _dated_noun(self, noun: Token) -> bool:
        """An event noun whose own modifier is a time that ended more than a year before the publication ("the 2003
        invasion", "the 2012 terrorist attack", "her historic 2019 visit", "his trip to Ostra in 2018")."""
        for t in self.times:
            span = self.doc.char_span(t.span.start, t.span.end, alignment_mode="expand")
            if span is None or not _names_time_of(span.root, noun) or t.date is None or self.published is None:
                continue
            last = _last_day(t.date, t.precision)
            if last is not None and (self.published - last).days > _BACKGROUND_DAYS:
                return True
        return False

    def _long_before(self, time_id: str) -> bool:
        t = self._by_id.get(time_id)
        if t is None or t.date is None or self.published is None or not self._of_clause(t):
            return False
        last = _last_day(t.date, t.precision)
        return last is not None and (self.published - last).days > _BACKGROUND_DAYS

    def _refers_back(self, time_id: str) -> bool:
        """The time only refers to another time of the story ("that month", "the same year", "the following day", "a
        week later": no value of its own), and the one it refers to, the nearest earlier time with a value in its
        sentence or in the one or two sentences before it, ended (moved on by one unit for
        "following", "next", "later") more than a year before the publication: "CREW filed a request in December
        2012. It filed another that month"."""
        t = self._by_id.get(time_id)
        if t is None or t.date is not None or self.published is None or not self._of_clause(t):
            return False
        words = set(_WORD.findall(t.span.text.lower()))
        step = 0
        if words & self.forward_words:
            if len(words - _ARTICLES - self.forward_words) != 1 or t.precision not in _STEP_DAYS:
                return False  # "two years later": a count of units this rule does not add up
            step = _STEP_DAYS[t.precision]
        elif not words & self.back_words:
            return False
        referent = self._time_before(t)
        if referent is None or referent.date is None:
            return False
        last = _last_day(referent.date, referent.precision)
        return last is not None and (self.published - last).days - step > _BACKGROUND_DAYS

    def _time_before(self, t: TimeExpr) -> TimeExpr | None:
        """The nearest time with a value before ``t``, in its sentence or one or two sentences back (a news paragraph
        is often one sentence: "that month" may refer to the paragraph before)."""
        span = self.doc.char_span(t.span.start, t.span.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return None
        sent = span[0].sent
        for _ in range(_TELLING_BACK):
            if sent.start == 0:
                break
            sent = self.doc[sent.start - 1].sent  # across paragraphs: the words say that a time is referred to
        start = sent.start_char
        dated = [x for x in self.times if x.date is not None and start <= x.span.start and x.span.end <= t.span.start]
        return max(dated, key=_start) if dated else None

    def _of_clause(self, t: TimeExpr) -> bool:
        """The time modifies a verb, not a noun of the clause: "in 2008, he complained", not "X, ambassador from
        2007 to 2013, said" (the time of a title) nor "his account in 2008 of ..." (the time of the account)."""
        span = self.doc.char_span(t.span.start, t.span.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return False
        tok = span.root
        for _ in range(_CLAUSE_UP):
            if tok.head.i == tok.i:
                return tok.pos_ in ("VERB", "AUX")
            tok = tok.head
            if tok.pos_ in ("VERB", "AUX"):
                return True
            if tok.pos_ in ("NOUN", "PROPN", "PRON") and not span.start <= tok.i < span.end:
                return False
        return False

    def _attachments(self) -> dict[int, str]:
        """Token index -> id of the time expression attached to it (the first in the text wins)."""
        if self._heads is None:
            self._heads = {}
            for t in self.times:
                span = self.doc.char_span(t.span.start, t.span.end, alignment_mode="expand")
                if span is None or len(span) == 0:
                    continue
                tok = span.root
                for _ in range(4):
                    if tok.dep_ not in _ATTACHING or tok.head.i == tok.i:
                        break
                    tok = tok.head
                    if tok.pos_ in ("VERB", "NOUN", "AUX"):
                        self._heads.setdefault(tok.i, t.id)
                        break
        return self._heads


_NOUN_MODS = ("compound", "nummod", "amod", "npadvmod")
_FRAME_PREPS = ("on", "at", "in", "during")


def _frames(verb: Token) -> list[Token]:
    """The nouns of the verb's "on", "at", "in" or "during" phrases ("on the eve of ...", "at the height of ...")."""
    return [o for p in kids_of(verb) if p.dep_ == "prep" and p.lower_ in _FRAME_PREPS
            for o in kids_of(p) if o.dep_ == "pobj" and o.pos_ == "NOUN"]


def _of_objects(noun: Token) -> list[Token]:
    """The nouns of ``noun``'s "of" phrase: the event a time frame is set by ("the eve of the vote")."""
    return [o for p in kids_of(noun) if p.dep_ == "prep" and p.lower_ == "of"
            for o in kids_of(p) if o.dep_ == "pobj" and o.pos_ == "NOUN"]


def _names_time_of(root: Token, noun: Token) -> bool:
    """The time whose head is ``root`` is a modifier of ``noun`` ("the 2003 invasion"), of a modifier of it ("her
    historic 2019 visit"), or its "in"/"during" phrase ("his trip to Ostra in 2018")."""
    if root.dep_ in _NOUN_MODS:
        head = root.head
        if head.i == noun.i:
            return True
        return head.dep_ in (*_NOUN_MODS, "nmod") and head.pos_ == "ADJ" and head.head.i == noun.i
    prep = root.head
    return (root.dep_ == "pobj" and prep.lower_ in ("in", "during") and prep.head.i == noun.i
            and prep.i > noun.i)


def _start(t: TimeExpr) -> int:
    return t.span.start


def _last_day(first: dt.date, precision: str) -> dt.date | None:
    """The last day a calendar value that begins on ``first`` covers, or None where its span is unknown."""
    if precision == "day":
        return first
    if precision == "month":
        return first.replace(day=calendar.monthrange(first.year, first.month)[1])
    if precision == "year":
        return first.replace(month=12, day=31)
    if precision == "decade":
        return dt.date(first.year + 9, 12, 31)
    if precision in ("week", "season"):
        return first + dt.timedelta(days=92)
    return None
