"""Quantity claims: every figure a claimant gives for a counted thing ("at least 40 people were killed").

The figures come from :mod:`.figures` (one pass over the tokens that look like numbers or start an amount in
words, ``data/quantities.yaml``), their count classes from :mod:`.counted`; this module makes the claims. A figure
becomes a claim only when the parse ties it to a count class: the noun it numbers ("3,000
troops"), the verb or adjective its thing is the patient of ("killing 40", "40 dead"), or a toll ("the
toll rose to 55"). Dates, ages, ordinals, partitives ("10 of the 40") and numbers in names find no class
or are dropped first; figures in questions, conditionals or under a negated verb are not claims
(precision first), but a "not" that sets a second figure against the first ("320 cars, not 40") denies the second
alone. A figure under a modal in a side's words is that side's claim with the modal's modality ("the
plant will employ 900 people": future; "may have drowned": hypothetical), kept in the ledger and never compared.
Figures no class names, in someone's words or given by a named body, are open counts compared within one article
only: of the noun they number with its verb ("count:patient:admit"), of a share of a noun
("count:percent:stake:take"), of a sum of money ("sum:euro:fund:set"), of a rate ("twelve tonnes a hectare":
"count:tonnes per hectare"); each keeps the doer of its act, so two doers' figures are never compared.

A value keeps the figure as given, its hedge saying how far it reaches: "more than 40" and "at least 40"
are 40..open, "fewer than 10", "up to 10" and "barely 10" open..10, "about 40" and "nearly 40" 40..40 with
their hedge (the comparison, :mod:`newsledger.compare.quantity`, reads a hedged single figure as ±20%),
"30 to 40" and "between 30 and 40" 30..40, an amount in words its range ("a few thousand" 2000..5000).

The claimant is the family's (:meth:`.Context.voice`): the speaker of the statement whose words hold the
figure, else a named body that gives it in the outlet's words ("the agency raised the toll to 20"), else
the outlet.
"""

from __future__ import annotations

import itertools
from bisect import bisect_right
from dataclasses import replace

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from ...compare.quantity import is_open
from ...lexicon.quantities import QuantityVocabulary
from ...models import Amount, Claim, Entity, Modality, Span, TimeExpr
from ..walk import doc_text, kids_of, sentence_at
from .context import Context, Voice
from .counted import (
    COUNTED,
    PRESENT,
    SUBJECT_DEPS,
    Counted,
    as_rate,
    asks_how_many,
    bare_recorded,
    counted_by_class,
    is_thing,
    level_counted,
    open_counted,
    outlet_measure,
    recorded_counted,
    sum_counted,
)
from .figures import Figure, attachment, figure_at, figure_starts, group_share, subject_of
from .sides import placed
from .tallies import LEVEL_PREPS, anaphor_source

__all__ = ["quantity_claims"]
_RELATIVES = frozenset({"which", "who", "that"})
_UNRESOLVED = "?"  # a reporter that is not the outlet but names no entity ("organisers put the crowd at ...")
_ANSWER_LEAD = 3  # tokens before a bare figure that answers a question at most ("A:", "Roughly")
_CONJ_REACH = 3  # conjuncts climbed from a figure's clause to a reported clause
_CAPPING_MODALS = frozenset({"can", "ca", "could"})  # denied with a figure's hedge: "cannot be above eleven"
_NOUN_CLAUSES = frozenset({"acl", "relcl"})  # a clause that modifies a noun ("the scales installed in March")
_OWN_CLAUSES = _NOUN_CLAUSES | {"advcl", "ccomp", "xcomp", "conj", "parataxis", "csubj", "pcomp"}


def _disputed(head: Token, vocab: QuantityVocabulary) -> bool:
    """The figure is named as a figure ("the figure of 300 dead") in a clause that calls it wrong."""
    tok = head
    for _ in range(4):
        if tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.lemma_.lower() in vocab.reference_nouns and tok.i != head.i:
            clause = tok.head
            near = [clause, *clause.children]
            return any(t.dep_ == "neg" or t.lemma_.lower() in vocab.disputing or t.lower_ in vocab.disputing
                       for t in near)
    return False


def _factuality(sent: SpacySpan, anchor: Token, conditional: frozenset[str], future: frozenset[str],
                hypothetical: frozenset[str], hedge: range = range(0)) -> Modality | None:
    """The modality of a figure's count: "future" or "hypothetical" for a modal over it ("will supply 300,000
    homes", "may have died"), else "actual"; None for a question, a condition or a negated verb over the figure
    (no claim at all). The negation of the figure's own ``hedge`` (token indexes: "no more than 400") negates
    nothing, nor does that of a clause before the figure's own conjoined clause ("the two are not linked and
    vaccination will start with 200,000 doses")."""
    if sent[-1].text == "?" or (len(sent) > 1 and sent[-2].text == "?"):
        return None
    verb = anchor
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    modal = next((c.lower_ for c in kids_of(verb) if c.dep_ == "aux" and c.lower_ in future | hypothetical), None)
    first = hedge.start if hedge else anchor.i
    if first > sent.start and _corrective(anchor.doc[first - 1]):
        return None  # "900 people, not 90": the figure the speaker denies
    tok: Token | None = anchor
    own = False  # past a clause conjoined with a subject of its own: the first clause's "not" is not its own
    for _ in range(6):
        if tok is None:
            break
        if any((c.dep_ == "mark" and c.lower_ in conditional) or (
                not own and c.dep_ == "neg" and c.i not in hedge and not _corrective(c)) for c in kids_of(tok)):
            return None
        own = own or (tok.dep_ == "conj" and tok.pos_ in ("VERB", "AUX")
                      and any(c.dep_ in ("nsubj", "nsubjpass") for c in kids_of(tok)))
        tok = tok.head if tok.head.i != tok.i else None
    if modal is None or (modal in _CAPPING_MODALS and any(c.dep_ == "neg" and c.i in hedge for c in kids_of(verb))):
        return "actual"  # "the toll cannot exceed nine": a cap the speaker asserts, not a possibility
    return "future" if modal in future else "hypothetical"


def _corrective(neg: Token) -> bool:
    """ "900 people, not 90": a "not" after a comma, just before another figure, denies that figure alone, not the
    one the speaker gives before it."""
    doc = neg.doc
    return (neg.lower_ == "not" and 0 < neg.i < len(doc) - 1 and doc[neg.i - 1].text == ","
            and doc[neg.i + 1].like_num)


class _Places:
    """Mentions of places (GPE, LOC) by offset, for the place of a figure. A place named inside another entity's
    name ("the Tamale teaching hospital", "the Lagos port authority") names that body, not where a count
    happened: two bodies of two towns giving one toll count it at one scene."""

    def __init__(self, entities: tuple[Entity, ...]) -> None:
        named = sorted((m.start, m.end) for e in entities if e.type not in {"GPE", "LOC"} for m in e.mentions)
        starts = [n[0] for n in named]
        reach = list(itertools.accumulate((n[1] for n in named), max))  # the furthest end of the names up to each

        def inside(start: int, end: int) -> bool:
            i = bisect_right(starts, start) - 1
            while i >= 0 and named[i][0] <= start and reach[i] >= end:  # no name before i reaches ``end``: stop
                if named[i][1] >= end and named[i] != (start, end):
                    return True
                i -= 1
            return False

        rows = sorted((m.start, m.end, e.id) for e in entities if e.type in {"GPE", "LOC"} for m in e.mentions
                      if not inside(m.start, m.end))
        self._rows = rows
        self._starts = [r[0] for r in rows]

    def last(self, start: int, end: int) -> str | None:
        """The last place mentioned within ``start``..``end``."""
        found = None
        i = bisect_right(self._starts, start - 1)
        while i < len(self._rows) and self._rows[i][0] < end:
            if self._rows[i][1] <= end:
                found = self._rows[i][2]
            i += 1
        return found

    def place(self, start: int, end: int) -> str | None:
        """The first place (GPE, LOC) mentioned within ``start``..``end``."""
        i = bisect_right(self._starts, start - 1)
        while i < len(self._rows) and self._rows[i][0] < end:
            if self._rows[i][1] <= end:
                return self._rows[i][2]
            i += 1
        return None


def _agent(verb: Token | None, vocab: QuantityVocabulary, ctx: Context) -> tuple[tuple[str, str], ...]:
    """The doer of the killing, wounding or arrest, where an entity names it ("the army killed 12")."""
    if verb is None or verb.lemma_.lower() not in vocab.patient_verbs:
        return ()
    for child in kids_of(verb):
        tok = None
        if child.dep_ == "nsubj" and verb.tag_ != "VBN":
            tok = child
        elif child.dep_ == "agent":
            tok = next((c for c in kids_of(child) if c.dep_ == "pobj"), None)
        if tok is not None:
            eid = ctx.entity(tok)
            if eid is not None:
                return (("agent", eid),)
    return ()


def _open_agent(fig: Figure, found: Counted, ctx: Context) -> tuple[tuple[str, str], ...]:
    """The doer of the act an open count or a sum is told by, where an entity names it ("Acme gave $5 million",
    "the rebels seized 40 trucks"): two such figures of different doers are about two things, never compared. A
    count told by its counting alone ("its aircraft counted 480 boats", "our data found no more than 60") has no
    doer but the counter: two counters' figures are two counts of one thing."""
    if not is_open(found.cls) or found.cls.endswith((f":{COUNTED}", f":{PRESENT}")):
        return ()
    verb = found.verb or found.noun or fig.head
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    vocab = ctx.lexicon.quantities
    if verb.pos_ not in {"VERB", "AUX"} or (
            found.verb is None and verb.lemma_.lower() in vocab.reporting_verbs | vocab.record_verbs
            and not found.cls.endswith(f":{verb.lemma_.lower()}")):
        return ()  # "the minister spoke of 4,000 families expelled": the teller of the count is no doer of its act
    for child in kids_of(verb):
        tok = child if child.dep_ == "nsubj" else None
        if child.dep_ == "agent":
            tok = next((c for c in kids_of(child) if c.dep_ == "pobj"), None)
        if tok is not None and tok.i != fig.head.i and (found.noun is None or tok.i != found.noun.i):
            eid = ctx.entity(tok)
            return (("agent", eid),) if eid is not None else ()
    return ()


def _reporter(head: Token, vocab: QuantityVocabulary, ctx: Context) -> str | None:
    """The named body that gives a figure in the outlet's words: the subject of a reporting verb over it
    ("the agency raised the toll to 20", "the ministry reported 40 deaths", "the network, which put forest
    loss at 90,000 hectares"); None for no reporting verb (the outlet's own figure), :data:`_UNRESOLVED`
    for a subject that names no entity ("organisers put the crowd at 60,000", an unresolved "it": not the
    outlet's figure)."""
    tok = head
    for _ in range(4):
        if tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.pos_ in {"VERB", "AUX"}:
            break
    if (tok.lemma_.lower() not in vocab.reporting_verbs and tok.tag_ == "VBN" and tok.dep_ in {"advcl", "acl", "xcomp"}
            and tok.head.lemma_.lower() in vocab.reporting_verbs):
        tok = tok.head  # "puts the livestock lost at 3.4 million": the parse hangs "at" on the participle
    if (tok.lemma_.lower() not in vocab.reporting_verbs and tok.dep_ == "pcomp" and tok.head.dep_ == "prep"
            and tok.head.head.lemma_.lower() in vocab.reporting_verbs):
        tok = tok.head.head  # "which speak of 14,000 people expelled": the participle's clause is what they tell
    if tok.lemma_.lower() in vocab.record_verbs and tok.lemma_.lower() not in vocab.reporting_verbs:
        # "the ministry's weekly bulletin lists 187 nationals removed": the record's owner gives the count; a record
        # of no named owner leaves the figure in the voice it is told in
        record = subject_of(tok, frozenset({"nsubj"}))
        owner = _count_owner(record, ctx) if record is not None and record.pos_ == "NOUN" else None
        if owner is None and record is not None and record.pos_ in {"NOUN", "PROPN"}:
            # "the interior ministry lists 187 nationals removed", or the parse's "the ministry's weekly bulletin
            # lists ..." with the body as the subject: a body that records the count gives it
            owner = ctx.entity(record)
        return owner
    if tok.lemma_.lower() not in vocab.reporting_verbs:
        return None
    subject = subject_of(tok, frozenset({"nsubj"}))
    if subject is None and tok.tag_ == "VBG" and tok.dep_ in {"advcl", "conj"} and tok.head.pos_ == "VERB":
        subject = subject_of(tok.head, frozenset({"nsubj"}))  # "the agency disputed it, putting the tailback at 4"
    if subject is not None and subject.lower_ in _RELATIVES and tok.dep_ == "relcl":
        subject = tok.head  # "the network, which put ...": the noun the clause is about
        if subject.lemma_.lower() in vocab.reference_nouns:
            # "the figures circulated by the province, which speak of 14,000": whose figures they are
            return _reference_owner(subject, ctx) or _UNRESOLVED
    if subject is None or any(c.dep_ == "poss" and c.lower_ in ctx.words.first_person for c in kids_of(subject)):
        return None  # "our Department of Environment counted 340": the speaker's own body, the speaker's figure
    if subject.pos_ == "PRON":  # "it recorded more than 800,000": the body the pronoun stands for, if resolved;
        # one unresolved is still some body's figure, not the outlet's ("from the agency: it now puts the toll at 40")
        return None if subject.lower_ in ctx.words.first_person else (ctx.entity(subject) or _UNRESOLVED)
    return ctx.entity(subject) or _thing_owner(subject, ctx) or _UNRESOLVED


def _thing_owner(subject: Token, ctx: Context) -> str | None:
    """The body whose thing gives a figure (quantity40): "the coast guard, whose own statement gives the number of
    survivors as 63" (the noun the relative stands for, before its comma), "the ministry's bulletin puts it at 40"
    (the possessor); None for a subject that is no noun or names no owner."""
    if subject.pos_ != "NOUN":
        return None
    whose = next((c for c in kids_of(subject) if c.dep_ == "poss" and c.lower_ == "whose"), None)
    if whose is None:
        return _count_owner(subject, ctx)
    before = whose.i - 1
    while before > 0 and subject.doc[before].is_punct:
        before -= 1
    return ctx.entity(subject.doc[before]) if before >= 0 else None


def _own_partitive(doc: Doc, fig: Figure, noun: Token, vocab: QuantityVocabulary) -> bool:
    """ "150 of its members", "200 of our supporters": a figure of the claimant's own people (``generic_people``)."""
    after = fig.last + 1
    return (after + 2 < len(doc) and doc[after].lower_ == "of" and doc[after + 1].tag_ == "PRP$"
            and doc[after + 2].i == noun.i and noun.lemma_.lower() in vocab.generic_people)


def _about(doc: Doc, fig: Figure, noun: Token | None, cls: str, vocab: QuantityVocabulary) -> Span | None:
    """The words naming what is counted: the counted noun's phrase ("civilians in the north"); for a noun of
    the class itself ("troops", "servicemen", "bodies") only the words before it that say which ones
    ("Azerbaijani"), the class naming the thing already; None where no words are left, and for the group
    of a share ("69 percent of voters cast ballots") and of a claimant's own people ("150 of its members": who
    they are is the claimant's side, not which of the counted)."""
    if noun is None or _own_partitive(doc, fig, noun, vocab):
        return None
    if fig.share and cls not in (vocab.shares.get(noun.lower_), vocab.shares.get(noun.lemma_.lower())):
        return None  # the group of a share ("of registered voters"): the class says what it counts
    if cls in (vocab.nouns.get(noun.lower_), vocab.nouns.get(noun.lemma_.lower())) or is_thing(noun, vocab):
        mods = [c for c in noun.lefts if c.dep_ in {"amod", "compound", "nmod"} and c.left_edge.i > fig.last]
        if not mods:
            return None
        first, last = doc[min(m.left_edge.i for m in mods)], doc[noun.i - 1]
        return Span(first.idx, last.idx + len(last.text), doc_text(doc)[first.idx:last.idx + len(last.text)])
    start = fig.last + 1
    if start < len(doc) and doc[start].lower_ == "of":
        start += 1
    start = max(start, noun.left_edge.i) if noun.i >= start else noun.i
    right = max([c.right_edge.i for c in noun.rights if c.dep_ not in {"conj", "cc", "punct", "appos"}] + [noun.i])
    end = min(right, sentence_at(noun)[1] - 1, noun.i + 8)
    if noun.i < fig.hedge_start <= end:  # "people displaced by the floods to about 3,000": the figure is no part of it
        end = fig.hedge_start - 1
    while end > noun.i and (doc[end].is_punct or doc[end].pos_ == "ADP"):
        end -= 1
    first, last = doc[start], doc[end]
    return Span(first.idx, last.idx + len(last.text), doc_text(doc)[first.idx:last.idx + len(last.text)])


def _dated_clause(clause: Token, times: tuple[TimeExpr, ...]) -> str | None:
    """The time a relative "when" clause over the count hangs on ("since 2019, when floods killed 31 people",
    "on 12 March, when 40 protesters were killed, ..."): that earlier event's date, whatever the telling's."""
    tok = clause
    for _ in range(3):
        if tok.dep_ in {"relcl", "advcl"} and any(c.dep_ == "advmod" and c.lower_ == "when" for c in kids_of(tok)):
            at = tok.head.idx
            return next((t.id for t in times if t.span.start <= at < t.span.end), None)
        if tok.head.i == tok.i or tok.dep_ in {"ccomp", "ROOT"}:
            return None
        tok = tok.head
    return None


def _clause_of(tok: Token, clause: Token) -> Token | None:
    """The first word above ``tok`` (itself included) that heads a clause of its own under another word: a verb
    modifying a noun ("the scales installed in March"), an adverbial, complement or conjoined clause; None where
    ``tok`` hangs on ``clause`` through no such word, or is ``clause``."""
    while tok.i != clause.i:
        if tok.dep_ in _OWN_CLAUSES:
            return tok
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _open_period(first: SpacySpan, sent: SpacySpan, vocab: QuantityVocabulary) -> bool:
    """A time expression that opens the period a running count covers ("since 9 May")."""
    before = sent.doc[first.start - 1].lower_ if first.start > sent.start else ""
    return first[0].lower_ in vocab.open_periods or before in vocab.open_periods


def _time(sent: SpacySpan, clause: Token, voice: Voice, times: tuple[TimeExpr, ...],
          vocab: QuantityVocabulary) -> str | None:
    """The time of a count: the date a "when" clause over it hangs on, else a time in the count's own clause
    ("said on Friday that 310 visitors came in December": December, not the telling's Friday), else its
    statement's, else the first time expression of its sentence that dates it (not one that opens the period a
    running count covers: "since 9 May" counts up to the report, nor one in a clause of another noun: "the
    cameras installed in March counted 40 trucks" dates the cameras)."""
    dated = _dated_clause(clause, times)
    if dated is not None:
        return dated
    doc = sent.doc
    told = voice.statement.time if voice.statement is not None else None
    spans = [(t, doc.char_span(t.span.start, t.span.end, alignment_mode="expand")) for t in times
             if sent.start_char <= t.span.start and t.span.end <= sent.end_char]
    def other_nouns(first: SpacySpan) -> bool:  # "the scales installed on the bridge in March": the scales' time
        inner = _clause_of(first.root, sent.root)
        return (inner is not None and inner.dep_ in _NOUN_CLAUSES and not inner.is_ancestor(clause)
                and inner.i != clause.i)

    for t, first in spans:
        if (first is not None and t.id != told and first.root.i != clause.i and not _open_period(first, sent, vocab)
                and clause.is_ancestor(first.root) and _clause_of(first.root, clause) is None):
            return t.id  # the count's own time, told in its own clause
    if told is not None and not any(t.id == told and first is not None and other_nouns(first) for t, first in spans):
        return told
    for t, first in spans:
        if first is None or _open_period(first, sent, vocab) or other_nouns(first):
            continue
        return t.id
    return None


def _given_time(fig: Figure, times: tuple[TimeExpr, ...]) -> str | None:
    """The time a relative clause on a bare figure says it was given ("up from the 300 it reported on Tuesday"):
    a former level of a count is dated by its own telling, not by the sentence's (the new level's); None for none."""
    head = fig.head
    if not head.like_num:
        return None
    for clause in kids_of(head):
        if clause.dep_ != "relcl":
            continue
        first, last = head.doc[clause.left_edge.i], head.doc[clause.right_edge.i]
        start, end = first.idx, last.idx + len(last.text)
        found = next((t.id for t in times if start <= t.span.start and t.span.end <= end), None)
        if found is not None:
            return found
    return None


def _place(clause: Token, places: _Places, vocab: QuantityVocabulary) -> str | None:
    """The place of a count: the first named in its clause, else the one named before "in the state" (an
    administrative unit referring back) in its sentence."""
    left, right = clause.doc[clause.left_edge.i], clause.doc[clause.right_edge.i]
    found = places.place(left.idx, right.idx + len(right.text))
    if found is not None:
        return found
    for prep in kids_of(clause):
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        for obj in kids_of(prep):
            if (obj.dep_ == "pobj" and obj.lemma_.lower() in vocab.place_nouns
                    and any(c.dep_ == "det" and c.lower_ in {"the", "that", "this"} for c in kids_of(obj))):
                return places.last(obj.sent.start_char, obj.idx)
    return _scene(clause, places)


def _scene(clause: Token, places: _Places) -> str | None:
    """The place a fronted "In X," sets for the report a count is told in ("In Paraguay, the Red Cross said
    12 people had died"): a place in an "in" phrase before the subject of a verb above the count's clause
    (not "said in Geneva", where the telling was)."""
    tok = clause
    for _ in range(3):
        if tok.dep_ not in {"ccomp", "conj", "advcl", "xcomp"} or tok.head.i == tok.i:
            return None
        tok = tok.head
        subject = min((c.i for c in kids_of(tok) if c.dep_ in SUBJECT_DEPS), default=tok.i)
        for prep in tok.lefts:
            if prep.dep_ == "prep" and prep.lower_ == "in" and prep.i < subject:
                end = prep.doc[prep.right_edge.i]
                found = places.place(prep.idx, end.idx + len(end.text))
                if found is not None:
                    return found
    return None


def _level_place(found: Counted, places: _Places, vocab: QuantityVocabulary) -> str | None:
    """The place of a count given as the level of a reference noun: the one its ``of`` phrase names ("the number
    of people held in El Alto"), not the reporter's ("Bolivia's ministry puts ...")."""
    ref, noun = found.verb, found.noun
    if ref is None or noun is None or ref.lemma_.lower() not in vocab.level_nouns:
        return None
    doc = noun.doc
    last = doc[noun.right_edge.i]
    return places.place(doc[noun.left_edge.i].idx, last.idx + len(last.text))


def _claim(ctx: Context, fig: Figure, found: Counted, sent: SpacySpan, claimant: str | None, voice: Voice,
           places: _Places, times: tuple[TimeExpr, ...]) -> Claim:
    """The claim of one figure by ``claimant`` (the statement's speaker, else a body giving it, else the
    outlet), in the unit it is given in or its class."""
    doc, vocab = ctx.doc, ctx.lexicon.quantities
    cls, noun, verb = found.cls, found.noun, found.verb
    anchor = verb or noun or fig.head
    clause = anchor
    while clause.pos_ not in {"VERB", "AUX"} and clause.head.i != clause.i:
        clause = clause.head
    stmt = voice.statement
    # "the minister spoke of 4,000 families expelled from the villages": the count's place is in what is told of it,
    # not where its teller stands or is named ("at a rally in Tamale", "Togo's government")
    where = noun if (verb is None and noun is not None and noun.dep_ == "pobj" and noun.head.head.i == clause.i
                     and clause.lemma_.lower() in vocab.reporting_verbs) else clause
    place = _level_place(found, places, vocab) or _place(where, places, vocab)
    if place is not None and place == claimant:
        place = None  # "Dar es Salaam puts the trucks at 200": a capital speaking for its state is no place counted
    return Claim(
        id="", kind="quantity", predicate=cls,
        evidence=ctx.span(sent.start_char, sent.end_char),  # a slice of the text, not a Token per word
        claimant=claimant,
        arguments=_agent(verb, vocab, ctx) or _open_agent(fig, found, ctx),
        value=Amount(fig.low, fig.high, unit=found.unit or cls, hedge=fig.hedge),
        time=_given_time(fig, times) or _time(sent, clause, voice, times, vocab),
        place=place,
        statement=stmt.id if stmt is not None else None,
        about=_about(doc, fig, noun, cls, vocab),
    )


def _figure_key(fig: Figure, noun: Token | None) -> tuple[str, float] | None:
    """(noun lemma, figure) of a single figure numbering a noun, to find it again ("150 Indians")."""
    value = fig.low if fig.low is not None else fig.high
    if noun is None or value is None or (fig.high is not None and fig.high != value):
        return None
    return noun.lemma_.lower(), value


def _referring_back(fig: Figure, seen: dict[tuple[str, float], Claim], definite: frozenset[str]
                    ) -> tuple[Counted, Claim] | None:
    """The class of a figure that refers back to one counted before ("these 150 Indians" after "150
    Indians were deported"), with the earlier claim: a demonstrative, the same noun and the same figure."""
    head = fig.head
    if fig.share or fig.hedge or head.dep_ != "nummod":
        return None
    noun = head.head
    if not any(c.dep_ == "det" and c.lower_ in definite and c.i < head.i for c in kids_of(noun)):
        return None
    key = _figure_key(fig, noun)
    earlier = seen.get(key) if key is not None else None
    if earlier is None:
        return None
    unit = earlier.value.unit if earlier.value is not None and earlier.value.unit != earlier.predicate else None
    return Counted(earlier.predicate, noun, None, unit), earlier


def _said_by_someone(head: Token, ctx: Context) -> bool:
    """The figure is told in a clause a verb of telling with a third-person pronoun subject frames ("well over 150
    were taken into custody, it says"; "150 were held, they said"): someone's words the statements missed, not
    the outlet's."""
    telling = ctx.lexicon.claims.lists.telling_verbs

    def pronoun_told(verb: Token) -> bool:
        subject = next((c for c in kids_of(verb) if c.dep_ == "nsubj"), None)
        return (verb.lemma_.lower() in telling and subject is not None and subject.pos_ == "PRON"
                and subject.lower_ not in ctx.words.first_person)

    tok = head
    for _ in range(8):
        if tok.dep_ == "ccomp" and pronoun_told(tok.head):
            return True
        if tok.head.i == tok.i:
            break
        tok = tok.head
    # the parataxis clauses of the top word's subtree: those of the document within its edges that it heads (a
    # walk of the few such clauses, not a Token for every word of the sentence)
    top, lo, hi = tok, tok.left_edge.i, tok.right_edge.i
    return any(pronoun_told(t) for t in ctx.tokens(deps=("parataxis",))
               if lo <= t.i <= hi and (t.i == top.i or top.is_ancestor(t)))


def _worded(found: Counted, vocab: QuantityVocabulary) -> bool:
    """The count was read by a frame of :mod:`.tallies`: a thing class, the level of a reference noun, an anaphor."""
    return (found.cls in vocab.thing_classes or not found.cls
            or (found.verb is not None and found.verb.lemma_.lower() in vocab.level_nouns))


def _claimant(ctx: Context, fig: Figure, found: Counted, voice: Voice) -> str | None:
    """The statement's speaker; else the body that gives the figure, by the verb over the figure or, for the
    level of a reference noun ("the survey puts the number of workers laid off at 7,500"), over that noun.
    A body named as giving the figure is its claimant even inside someone else's statement ("we have seen
    the network's estimate, which put the loss at 140,000 hectares": the network's figure)."""
    vocab = ctx.lexicon.quantities
    if voice.statement is not None:
        named = _reporter(attachment(fig), vocab, ctx)
        return named if named is not None and named != _UNRESOLVED else voice.claimant
    if _said_by_someone(fig.head, ctx):
        return _UNRESOLVED
    claimant = (_reporter(attachment(fig), vocab, ctx) or _second_complement(fig.head, ctx)
                or _conjoined_report(fig.head, ctx))
    ref = found.verb
    if claimant is None and ref is not None and ref.lemma_.lower() in vocab.level_nouns:
        claimant = _reporter(ref, vocab, ctx) or _count_owner(ref, ctx)
    if claimant is None:
        claimant = _level_owner(attachment(fig), vocab, ctx)
    return claimant if claimant is not None else _published_before(fig, ctx)


def _published_before(fig: Figure, ctx: Context) -> str | None:
    """The body that, in the sentence before the figure's, in one paragraph, puts out figures of its own ("Moldova's
    environment agency has published its own readings. At its gauge the river carried about 640 cubic metres a
    second"; ``publishing_verbs``, ``published_nouns``): the figures the outlet's words then give are that body's;
    None where no such sentence comes right before."""
    at = ctx.sentence_of(fig.head)
    if at == 0:
        return None
    vocab = ctx.lexicon.quantities
    root = ctx.sents[at - 1].root
    if root.lemma_.lower() not in vocab.publishing_verbs or "\n\n" in doc_text(ctx.doc)[root.idx:fig.head.idx]:
        return None
    subject = next((c for c in kids_of(root) if c.dep_ == "nsubj"), None)
    owned = any(c.dep_ == "dobj" and (c.lemma_.lower() in vocab.published_nouns or c.lower_ in vocab.published_nouns)
                and any(p.dep_ == "poss" and p.tag_ == "PRP$" and p.lower_ not in ctx.words.first_person
                        for p in kids_of(c)) for c in kids_of(root))
    return ctx.entity(subject) if subject is not None and owned else None


def _count_owner(ref: Token, ctx: Context) -> str | None:
    """The body whose count a reference noun is ("had raised its count to 31", "the agency's tally"): its possessor,
    a pronoun where it stands for a body named before; None for none (or "our", "my")."""
    owner = next((c for c in kids_of(ref) if c.dep_ == "poss"), None)
    if owner is None or owner.lower_ in ctx.words.first_person:
        return None
    return ctx.entity(owner)


def _reference_owner(ref: Token, ctx: Context) -> str | None:
    """The body whose figures a reference noun names: its possessor ("the province's figures"), the agent of a
    participle on it ("the figures circulated by the authorities of the province"), or the object of "by" or "from"
    on it ("reports from the governor"); None for none."""
    owner = _count_owner(ref, ctx)
    if owner is not None:
        return owner
    for kid in kids_of(ref):
        preps = [kid] if kid.dep_ == "prep" and kid.lower_ in {"by", "from"} else []
        if kid.dep_ == "acl" and kid.tag_ == "VBN":
            preps = [c for c in kids_of(kid) if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ in {"by", "from"})]
        for prep in preps:
            body = next((c for c in kids_of(prep) if c.dep_ == "pobj"), None)
            named = _body(body, ctx) if body is not None else None
            if named is not None:
                return named
    return None


def _body(noun: Token, ctx: Context) -> str | None:
    """The entity a noun names, else one its "of" phrase names ("the authorities of Velmar province")."""
    named = ctx.entity(noun)
    if named is None:
        of = next((c for c in kids_of(noun) if c.dep_ == "prep" and c.lower_ == "of"), None)
        inner = next((c for c in kids_of(of) if c.dep_ == "pobj"), None) if of is not None else None
        named = ctx.entity(inner) if inner is not None else None
    return named


def _second_complement(head: Token, ctx: Context) -> str | None:
    """The teller of a second "that" clause joined to a verb of telling, which the statements leave to the outlet ("the
    chairman told me the march was long, and that at least 20,000 people took part"): the telling verb's subject
    entity, or one in apposition to it ("its chairman, Ada Brun, told me ..."); None for none."""
    clause = head
    while clause.pos_ not in {"VERB", "AUX"} and clause.head.i != clause.i:
        clause = clause.head
    teller = clause.head
    if (clause.dep_ != "conj" or teller.lemma_.lower() not in ctx.lexicon.claims.lists.telling_verbs
            or not any(c.dep_ == "mark" and c.lower_ == "that" for c in kids_of(clause))):
        return None
    subject = next((c for c in kids_of(teller) if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ == "PRON":
        return None
    named = ctx.entity(subject)
    if named is None:
        named = next((e for c in kids_of(subject) if c.dep_ == "appos" and (e := ctx.entity(c)) is not None), None)
    return named


def _conjoined_report(head: Token, ctx: Context) -> str | None:
    """The speaker of a reported clause that the figure's clause is conjoined to, or that is an earlier clause of
    the same verb of telling, where the statement's content stops before the figure's ("said 11 people were
    killed, two of them women, and 19 were wounded": the content ends at the apposition); None where the clause is
    no such clause."""
    clause = head
    while clause.pos_ not in {"VERB", "AUX"} and clause.head.i != clause.i:
        clause = clause.head
    for _ in range(_CONJ_REACH):
        if clause.head.i == clause.i:
            return None
        telling = clause.head.lemma_.lower() in ctx.lexicon.claims.lists.telling_verbs
        if clause.dep_ == "conj" and telling and _bare_count_subject(clause):
            # joined to the verb of telling itself, the count going on with the told ones ("told reporters that
            # 19 had died, and 160 had been taken to hospital")
            others = [c for c in kids_of(clause.head) if c.dep_ == "ccomp" and c.i < clause.i]
        elif clause.dep_ == "conj":
            others = [clause.head]
        elif clause.dep_ == "ccomp" and telling:
            # a second clause of one verb of telling ("said 11 were killed, two of them women, 19 were wounded")
            others = [c for c in kids_of(clause.head) if c.dep_ == "ccomp" and c.i < clause.i]
        else:
            return None
        for other in others:
            stmt = ctx.attribution.statement_at(other.idx, other.idx + len(other))
            if stmt is not None and stmt.kind == "indirect" and stmt.speaker is not None:
                return stmt.speaker
        if clause.dep_ != "conj" or telling:
            return None
        clause = clause.head
    return None


def _bare_count_subject(verb: Token) -> bool:
    """The clause's subject is a number standing alone ("160 had been taken to hospital")."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ == "CD" for c in kids_of(verb))


def _level_owner(head: Token, vocab: QuantityVocabulary, ctx: Context) -> str | None:
    """The body whose figure the outlet gives as the level of its reference noun: "The ministry's figure is 1,240
    cases and 26 deaths" (the ministry's, each figure of the attribute of "be"), or None."""
    tok = head.head if head.dep_ == "nummod" else head
    for _ in range(3):  # "is 1,240 cases ..., and 26 deaths": up the conjuncts to the attribute
        if tok.dep_ != "conj" or tok.head.i == tok.i:
            break
        tok = tok.head
    if tok.dep_ != "attr" or tok.head.lemma_ != "be":
        return None
    subject = next((c for c in kids_of(tok.head) if c.dep_ == "nsubj"), None)
    if subject is None or subject.lemma_.lower() not in vocab.level_nouns:
        return None
    owner = next((c for c in kids_of(subject) if c.dep_ == "poss"), None)
    return ctx.entity(owner) if owner is not None else None


def _answered(ctx: Context, fig: Figure, sent: SpacySpan, claimant: str | None, out: list[Claim],
              unit: str | None = None) -> tuple[Counted | None, Claim | None]:
    """The class of an anaphoric figure ("put the figure at 5,000", "the real number is 900"): the nearest
    earlier count by another claimant (:func:`.tallies.anaphor_source`; one in the figure's ``unit`` further
    back), with that claim; (None, None) for none."""
    source = anaphor_source(claimant, sent.start_char, out, ctx.sents, ctx.sentence_of(fig.head), unit)
    if source is None or source.value is None:
        return None, None
    unit = source.value.unit if source.value.unit != source.predicate else None
    return Counted(source.predicate, None, None, unit), source


_NOUN_LOOK_BACK = 10  # sentences a figure put on a named noun may reach back for the count of that noun


def _answered_noun(ctx: Context, fig: Figure, noun: Token, claimant: str | None, out: list[Claim],
                   ) -> tuple[Counted | None, Claim | None]:
    """The count a figure a verb puts its object at answers ("Lusaka counts 800 trucks ... Dar es Salaam puts the
    maize trucks at fewer than 200"): the nearest earlier open count of the same noun (its lemma) another claimant
    gave, no more than :data:`_NOUN_LOOK_BACK` sentences before it (the noun names the count, so it may reach further
    back than a bare figure), else the claimant's own; (None, None) for none."""
    lemma = noun.lemma_.lower()
    at = ctx.sentence_of(fig.head)
    start, floor = ctx.sents[at].start_char, ctx.sents[max(0, at - _NOUN_LOOK_BACK)].start_char
    same = [c for c in out if c.modality == "actual" and c.value is not None and is_open(c.predicate)
            and c.predicate.split(":")[1:2] == [lemma] and floor <= c.evidence.start < start]
    source = next((c for c in reversed(same) if c.claimant != claimant), same[-1] if same else None)
    if source is None or source.value is None:
        return None, None
    return Counted(source.predicate, noun, None, source.value.unit), source


def _put_at_it(fig: Figure, ctx: Context) -> bool:
    """The figure is the level a verb puts "it" at ("The guild puts it at 800", "the agency estimates it at about
    90"): "it" is the count the text asked for just before, an answer like a bare figure."""
    attach = attachment(fig)
    prep = attach.head
    if attach.dep_ != "pobj" or prep.lower_ not in LEVEL_PREPS:
        return False
    verb = prep.head
    return verb.pos_ == "VERB" and any(
        c.dep_ == "dobj" and c.lower_ in ctx.lexicon.english["third_person_neuter"] for c in kids_of(verb))


def _label_only(sent: SpacySpan) -> bool:
    """The sentence is a turn's label alone ("A:"): a word or two and a colon."""
    words = [t for t in sent if not t.is_space]
    return 0 < len(words) <= 3 and words[-1].text == ":"


def _asked(fig: Figure, sent: SpacySpan, ctx: Context) -> Counted | None:
    """What a bare figure that answers a question counts: "Q: How many nurses have left since January? A: About
    140, most of them abroad." The figure opens a sentence (a label or a hedge before it at most) and hangs on no
    verb, and the sentence before it asks "how many <noun>": the count is the one a figure numbering that
    noun in the question would have (its class, else an open count of the noun and the question's verb)."""
    if fig.money is not None:
        return None
    if not _put_at_it(fig, ctx):
        if fig.hedge_start - sent.start > _ANSWER_LEAD:
            return None
        if any(t.pos_ in ("VERB", "AUX") for t in attachment(fig).ancestors):
            return None  # "About 140 have left": the answer's own clause says what is counted
    at = ctx.sentence_of(sent[0])
    if at > 1 and _label_only(ctx.sents[at - 1]):
        at -= 1  # "A:" parsed as a sentence of its own before the answer
    if at == 0:
        return None
    question = ctx.sents[at - 1]
    if not any(t.text == "?" for t in question[-2:]):
        return None
    many = next((t for t in question if asks_how_many(t)), None)
    if many is None:
        return None
    vocab = ctx.lexicon.quantities
    if fig.share:  # "How many teachers joined the strike? Roughly 80 percent.": the group's share of the act
        share = group_share(many.head, vocab)
        return Counted(share, many.head, None) if share is not None else None
    asked = Figure(many.i, many.i, many, fig.low, fig.high, fig.hedge, many.i)
    return counted_by_class(asked, vocab) or open_counted(asked, vocab)


def _what_counted(fig: Figure, sent: SpacySpan, seen: dict[tuple[str, float], Claim], definite: frozenset[str],
                  vocab: QuantityVocabulary) -> tuple[Counted | None, Claim | None, bool]:
    """(what the figure counts, the earlier claim it refers back to, whether it is an open count): by a class
    (:func:`counted_by_class`), by referring back, as the level of a reference noun, else as an open count."""
    if fig.money is not None:
        return sum_counted(fig, vocab), None, True
    found = counted_by_class(fig, vocab)
    earlier: Claim | None = None
    if found is None and seen:
        back = _referring_back(fig, seen, definite)
        if back is not None:
            found, earlier = back
    if found is None:
        found = level_counted(fig, sent, vocab)
        attach = attachment(fig)
        if found is not None and attach.dep_ == "pobj" and attach.head.lower_ == "to":
            return found, None, True  # "raised its count to 31": a new level someone gives, never the outlet's
    if found is None and bare_recorded(fig, vocab):
        return Counted("", None, None), None, True  # the class of the count it answers; a claimant needed
    if found is None:
        found = open_counted(fig, vocab)
        return (as_rate(found, vocab) if found is not None else None), None, True
    rate = as_rate(found, vocab)
    if rate is not found:
        return rate, None, True
    return found, earlier, False


def _record(ctx: Context, fig: Figure, sent: SpacySpan, places: _Places, times: tuple[TimeExpr, ...],
            into: list[Claim] | None) -> None:
    """Record a figure no frame ties to one counted thing (a duration, a partitive, a change of a share, a side's
    distance, a figure of a noun no class or open count takes) as its claimant's, never compared
    (:func:`.counted.recorded_counted`): under the same conditions as a count (no question, condition, negation or
    disputing clause over it; a claimant resolved; a modal only in a side's words)."""
    if into is None:
        return
    english = ctx.lexicon.english
    modality = _factuality(sent, fig.head, ctx.words.conditional_markers, english["modal_future"],
                           english["modal_hypothetical"], range(fig.hedge_start, fig.first))
    if modality is None or _disputed(fig.head, ctx.lexicon.quantities):
        return
    doc = ctx.doc
    voice = _voice(ctx, doc[fig.hedge_start].idx, doc[fig.last].idx + len(doc[fig.last].text))
    if voice is None or (modality != "actual" and voice.statement is None):
        return
    found = recorded_counted(fig, ctx.lexicon.quantities)
    if found is None:
        return
    claimant = _claimant(ctx, fig, found, voice)
    if claimant != _UNRESOLVED:
        into.append(replace(_claim(ctx, fig, found, sent, claimant, voice, places, times), modality=modality))


def _voice(ctx: Context, start: int, end: int) -> Voice | None:
    """The claimant's voice at ``start``..``end`` (:meth:`.Context.voice`); a figure told "according to" a record
    that names no owner ("according to the depot logbook, the largest load ... was 95") is in the voice of the
    text around it, not some unnamed source's: the record is the teller's own, the speaker of the statements right
    before and after it where one speaker tells both (a release's issuer), else the outlet's; a speaker's statement
    around it was found already (:meth:`.Context.voice`)."""
    voice = ctx.voice(start, end)
    if voice is not None:
        return voice
    stmt = ctx.attribution.statement_at(start, end)
    words = (stmt.speaker_text or "").lower().split() if stmt is not None and stmt.speaker is None else []
    records = ctx.lexicon.claims.lists.get("alibi_record_nouns", frozenset())
    if stmt is None or not words or words[0] not in {"the", "a"} or words[-1].rstrip("s") not in records:
        return None
    voiced = sorted((s for s in ctx.statements.values() if s.speaker is not None), key=lambda s: s.content.start)
    before = next((s for s in reversed(voiced) if s.content.end <= stmt.content.start), None)
    after = next((s for s in voiced if s.content.start >= stmt.content.end), None)
    if before is not None and after is not None and before.speaker == after.speaker:
        return Voice(before.speaker, before)  # a release's issuer telling on both sides of it
    return Voice(None, None)


def _counted(ctx: Context, fig: Figure, sent: SpacySpan, seen: dict[tuple[str, float], Claim],
             definite: frozenset[str]) -> tuple[Counted | None, Claim | None, bool, bool]:
    """(what the figure counts, the earlier claim it refers back to, whether it is an open count, whether it is the
    outlet's measure): :func:`_what_counted`, else the count a question before it asks for, else a measure; all
    None for a figure recorded only (:attr:`.Figure.recorded`)."""
    if fig.recorded:
        return None, None, False, False
    vocab = ctx.lexicon.quantities
    found, earlier, open_count = _what_counted(fig, sent, seen, definite, vocab)
    if fig.share and (found is None or not found.cls):  # "Roughly 80 percent.": the share a question asks
        asked = _asked(fig, sent, ctx)
        if asked is not None:  # an answer in the outlet's own voice is no side's (an open count: a claimant needed)
            return asked, None, True, False
    if found is None:
        found = _asked(fig, sent, ctx)
        open_count = open_count or found is not None
    if found is None:
        found = outlet_measure(fig, vocab)
        return found, None, open_count, found is not None
    return found, earlier, open_count, False


def _unclassed(ctx: Context, fig: Figure, sent: SpacySpan, found: Counted, claimant: str | None, out: list[Claim],
               unplaced: bool, record: tuple[_Places, tuple[TimeExpr, ...], list[Claim] | None],
               ) -> tuple[Counted | None, Claim | None]:
    """A figure no class names ("the figure is about 900", a bare figure after a verb of counting): the count it
    answers and that count's claim (:func:`_answered`), where its claimant is placed; (None, None) where it answers
    none or a bare figure answers the outlet's count. A figure of a reference noun or a total in a speaker's words
    that answers no count ("the total stands at 3,200 hectares") is recorded as given (``record``: where the places,
    the times and the list to record into), never compared; one that numbers a noun of its own ("its count is 3,150
    cases") counts that noun (an open count)."""
    bare = found.verb is None  # a bare figure recorded: it answers a count someone gave, not the outlet's
    if found.noun is not None:  # "puts the maize trucks at fewer than 200": the earlier count of those things
        answer, earlier = (None, None) if unplaced else _answered_noun(ctx, fig, found.noun, claimant, out)
        if answer is None:
            _record(ctx, fig, sent, *record)  # none answered: a figure recorded as given, as with no frame
        return answer, earlier
    answer, earlier = (None, None) if unplaced else _answered(
        ctx, fig, sent, claimant, [c for c in out if c.modality == "actual"], found.unit)
    if answer is None:
        if not bare and claimant is not None and not unplaced and fig.head.dep_ == "nummod":
            return open_counted(fig, ctx.lexicon.quantities), None  # "its count is 3,150 cases": an open count
        if not bare and claimant is not None:
            _record(ctx, fig, sent, *record)
        return None, None
    if bare and earlier is not None and earlier.claimant is None:
        return None, None
    return answer, earlier


def quantity_claims(ctx: Context, times: tuple[TimeExpr, ...], recorded: list[Claim] | None = None) -> list[Claim]:
    """Every figure a claimant gives for a counted thing, in text order (ids left empty for the family). A
    figure that refers back to an earlier one ("these 150 Indians") counts its class at its time. The figures
    no frame ties to a counted thing go to ``recorded`` where it is given (:func:`_record`), never compared and
    kept apart from the counts (an anaphor or a reference back never finds them)."""
    doc, vocab, english = ctx.doc, ctx.lexicon.quantities, ctx.lexicon.english
    future, hypothetical = english["modal_future"], english["modal_hypothetical"]
    places = _Places(tuple(ctx.entities.values()))
    definite = english["definite_determiners"] - english["articles"]
    out: list[Claim] = []
    seen: dict[tuple[str, float], Claim] = {}  # (noun lemma, figure) -> its first claim
    next_free = 0
    for i, sent in figure_starts(doc, vocab):
        if i < next_free:
            continue
        fig = figure_at(doc, i, sent, vocab)
        if fig is None:
            continue
        next_free = fig.last + 1
        found, earlier, open_count, measure = _counted(ctx, fig, sent, seen, definite)
        if found is None:
            _record(ctx, fig, sent, places, times, recorded)
            continue
        modality = _factuality(sent, found.verb or found.noun or fig.head, ctx.words.conditional_markers, future,
                               hypothetical, range(fig.hedge_start, fig.first))
        if modality is None or _disputed(fig.head, vocab):
            continue
        voice = _voice(ctx, doc[fig.hedge_start].idx, doc[fig.last].idx + len(doc[fig.last].text))
        # someone said it, but who is not resolved: no claimant; a figure the outlet plans or guesses at sets the
        # scene, while a side's projection is its claim
        if voice is None or (modality != "actual" and voice.statement is None):
            continue
        claimant = _claimant(ctx, fig, found, voice)
        # given by someone the outlet names, but not as an entity (a named body that counts, records or puts it
        # gives it: "the board counted 52,000 trekkers"); an open count in the outlet's own words ("some 300 buses
        # left", "roughly 15 kilometres north") is the outlet's, never set against a side (conflicts._bucket_key)
        if claimant == _UNRESOLVED or (open_count and claimant is None and not is_open(found.cls)):
            continue
        if measure and claimant is not None:
            _record(ctx, fig, sent, places, times, recorded)
            continue  # a side's distance places its account: recorded, never compared
        if (claimant is None and not measure and is_open(found.cls) and fig.hedge_start > sent.start
                and doc[fig.hedge_start - 1].lower_ in english["definite_determiners"]):
            continue  # "the two states share ...", "these 40 lorries": things already named, counted by the outlet
        # a count read by the counts frames needs a claimant the text places (:mod:`.sides`)
        unplaced = _worded(found, vocab) and not placed(claimant, ctx)
        if not found.cls:
            found, earlier = _unclassed(ctx, fig, sent, found, claimant, out, unplaced, (places, times, recorded))
            if found is None:
                continue
        elif unplaced:
            continue
        claim = replace(_claim(ctx, fig, found, sent, claimant, voice, places, times), modality=modality)
        if earlier is not None and claim.time is None:
            claim = replace(claim, time=earlier.time, place=claim.place or earlier.place)
        key = _figure_key(fig, found.noun)
        if key is not None and modality == "actual":  # "these 150" refers back to a count, not to a projection
            seen.setdefault(key, claim)
        out.append(claim)
    return out


def named_figure(ctx: Context, noun: Token, times: tuple[TimeExpr, ...]) -> Claim | None:
    """The count of the figure a reference noun names ("the figure of 350 vehicles", "the estimate of 300 barrels"),
    read as :func:`quantity_claims` reads a figure but for the disputing clause over it, in the outlet's voice (the
    caller sets its claimant); None where the noun's phrase holds no figure of a counted thing."""
    doc, vocab = ctx.doc, ctx.lexicon.quantities
    sent = ctx.sents[ctx.sentence_of(noun)]
    definite = ctx.lexicon.english["definite_determiners"] - ctx.lexicon.english["articles"]
    for tok in noun.subtree:
        if tok.i <= noun.i or not (tok.like_num or tok.lower_ in vocab.numbers):
            continue
        fig = figure_at(doc, tok.i, sent, vocab)
        if fig is None or (fig.low is None and fig.high is None):
            continue
        found, _, _, measure = _counted(ctx, fig, sent, {}, definite)
        if found is None or measure or not found.cls:
            return None
        return _claim(ctx, fig, found, sent, None, Voice(None, None), _Places(tuple(ctx.entities.values())), times)
    return None
