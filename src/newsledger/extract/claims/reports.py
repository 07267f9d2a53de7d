"""Denials of a report: one side calls what another side told untrue.

Real news rarely puts a denial verb on the event itself; it judges the telling: "she just made it up",
"the claims are false", "that never happened", "there is no truth to the story", "the outlet wrongly
claimed that ...", "X dismissed a report from Y saying ...". Each such judgement is tied to what it
judges: a report noun's own teller ("a report from Y", "Y's claims") or its clause ("a report saying
..."), the teller named by a verb of fabrication ("*she* made it up"), else the latest statement of
another speaker a few sentences before. A pronoun whose antecedent in the sentence before is a report
noun follows that noun, and gives nothing where the noun names no teller the text knows.

For the statement judged, the claims are: the negation of the typed event its speaker tells there (one
claim, the event's type and arguments), or where the event lexicon types nothing there, a pair of
``OCCURRENCE`` claims about the statement's content, one asserted by its speaker and one negated by the
judge.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from dataclasses import dataclass, replace

from spacy.tokens import Token

from ...lexicon import Lexicon
from ...models import Claim, Span, Statement
from ..walk import kids_of
from .context import Context, Voice, claim_words
from .posts import voice_at

__all__ = ["OCCURRENCE", "report_denials", "typed_report_denials"]

OCCURRENCE = "OCCURRENCE"
"""The predicate of an event claim about a told event the event lexicon does not type."""

_LOOKBACK_SENTS = 4  # a bare "the claim" or "it" judges a statement at most this many sentences back
_SUBJECTS = ("nsubj", "nsubjpass")
_CLAUSES = ("acl", "ccomp", "relcl")


@dataclass(frozen=True, slots=True)
class _Judgement:
    """A clause that calls something told untrue."""

    thing: Token | None  # the report noun or pronoun judged ("the claims", "it"); None: a clause judged
    verb: Token  # the verb of the judging clause
    judge: Token | None  # who judges, where the clause names them ("Y dismissed the report"); else the voice
    teller: Token | None  # who told it, where the clause names them ("she made it up")
    clause: Token | None = None  # the told clause itself ("wrongly claimed *that the videos exist*")
    needs_judge: bool = False  # a denial the text reports: its subject, not the voice, judges
    wide: bool = False  # "what she said": the teller's telling may lie further back than the usual few sentences


def _lists(ctx: Context, name: str) -> frozenset[str]:
    return ctx.lexicon.claims.lists[name]


def _is(tok: Token, words: frozenset[str]) -> bool:
    return tok.lower_ in words or tok.lemma_.lower() in words


def _judged_thing(tok: Token, ctx: Context) -> bool:
    """A report noun ("the story") or a pronoun that may stand for one ("it", "they")."""
    if tok.pos_ == "NOUN":
        return tok.lemma_.lower() in ctx.words.report_nouns
    return tok.lower_ in _lists(ctx, "report_anaphors")


def _phrasal(verb: Token) -> str:
    prt = next((c.lower_ for c in kids_of(verb) if c.dep_ == "prt"), None)
    return f"{verb.lemma_.lower()} {prt}" if prt else verb.lemma_.lower()


def _untrue(head: Token, ctx: Context) -> bool:
    """The clause of ``head`` calls its subject untrue: "is false", "are pure fiction", "were invented",
    "is not true"."""
    polarity, modality = ctx.factuality(head)
    if modality != "actual" or any(c.dep_ in ("ccomp", "csubj", "xcomp") for c in kids_of(head)):
        return False  # "it is false that ...", "it is wrong to ...": not a judgement of a report
    preds = [c for c in kids_of(head) if c.dep_ in ("acomp", "attr", "oprd")]
    if polarity == "asserted":
        return _is(head, ctx.words.falsity_words) or any(_is(c, ctx.words.falsity_words) for c in preds)
    truth = _lists(ctx, "truth_words")
    return any(_is(c, truth) for c in preds)


def _of_event(noun: Token, ctx: Context) -> bool:
    """ "reports of a raid": the report noun names its event (the event denials' case), not its teller."""
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(p.dep_ == "pobj" and ctx.entity(p) is None
                                                             for p in kids_of(c)) for c in kids_of(noun))


_JUDGED_DEPS = frozenset((*_SUBJECTS, "dobj", "attr", "advmod", "csubj"))  # where a judgement starts from
_FREE_RELATIVES = frozenset({"what", "whatever"})


def _telling_judged(tell: Token, ctx: Context) -> _Judgement | None:
    """ "What she said is wrong", "what the ministry claimed was pure fiction": a free relative of a verb of
    telling, the subject of a clause that calls it untrue; its teller is the verb's subject."""
    head = tell.head
    if not _is(tell, _lists(ctx, "telling_verbs")) or not any(
            c.lower_ in _FREE_RELATIVES and c.i < tell.i for c in kids_of(tell)):
        return None
    if ctx.factuality(head) != ("asserted", "actual") or ctx.factuality(tell)[1] != "actual":
        return None
    untrue = ctx.words.falsity_words | _lists(ctx, "misstatement_words")
    if not any(c.dep_ in ("acomp", "attr", "oprd") and _is(c, untrue) for c in kids_of(head)):
        return None
    teller = ctx.subject(tell)
    if teller is None:
        return None
    return _Judgement(None, head, None, teller, wide=teller.pos_ == "PRON")


def _judgement(tok: Token, ctx: Context) -> _Judgement | None:
    """The judgement whose judged thing, or judging verb, is ``tok``."""
    dep, head = tok.dep_, tok.head
    if dep not in _JUDGED_DEPS:
        return None
    if dep == "csubj":
        return _telling_judged(tok, ctx)
    if tok.pos_ == "NOUN" and ((dep not in ("attr", "advmod") and not _judged_thing(tok, ctx)) or _of_event(tok, ctx)):
        return None  # only a report noun, "truth" or a falsity adverb starts a judgement below
    if dep in _SUBJECTS and _judged_thing(tok, ctx) and head.dep_ != "relcl":
        if _untrue(head, ctx):  # "the claims are false", "they're totally invented", "it is not true"
            return _Judgement(tok, head, None, None)
        if (tok.pos_ != "NOUN" and head.lemma_.lower() in ctx.words.occurrence_verbs
                and ctx.factuality(head) == ("negated", "actual")):  # "that never happened"
            return _Judgement(tok, head, None, None)
    if dep in _SUBJECTS and head.dep_ == "prt" and _judged_thing(tok, ctx):
        tok, dep, head = tok, "dobj", head.head  # "made it up" parsed as "it" the subject of "up"
    if dep == "dobj" and _judged_thing(tok, ctx) and ctx.factuality(head) == ("asserted", "actual"):
        if _phrasal(head) in _lists(ctx, "fabrication_verbs"):  # "she made it up", "they invented the story"
            return _Judgement(tok, head, None, ctx.subject(head))
        if tok.pos_ == "NOUN" and _is(head, ctx.words.denial_verbs | _lists(ctx, "discredit_verbs")):
            judge = ctx.subject(head)  # "Y dismissed the report from Z", "Y's statement dismissing the report"
            if judge is None and head.dep_ == "acl":
                judge = head.head
            return _Judgement(tok, head, judge, None, needs_judge=True)
    if (dep == "attr" and _is(tok, _lists(ctx, "truth_words")) and any(c.dep_ == "expl" for c in kids_of(head))
            and any(c.dep_ in ("det", "neg") and c.lower_ in ctx.words.negative_determiners for c in kids_of(tok))):
        about = next((p for c in kids_of(tok) if c.dep_ == "prep" for p in kids_of(c)
                      if p.dep_ == "pobj" and _judged_thing(p, ctx)), None)
        return _Judgement(about, head, None, None)  # "there is no truth to the story"
    if dep == "advmod" and _is(tok, _lists(ctx, "falsity_adverbs")) and head.pos_ == "VERB":
        clause = next((c for c in kids_of(head) if c.dep_ == "ccomp"), None)
        if clause is not None:  # "wrongly claimed that the videos exist"
            return _Judgement(None, head, None, ctx.subject(head), clause)
    return None


def _antecedent_noun(pronoun: Token, ctx: Context) -> Token | None:
    """A report noun subject or object of the sentence before ``pronoun`` ("All the stories ... They are
    false")."""
    sents = ctx.sents
    idx = ctx.sentence_of(pronoun)
    for sent in reversed(sents[max(0, idx - 2):idx]):  # "The stories are all false. They are invented."
        for t in sent:
            if t.dep_ in (*_SUBJECTS, "dobj") and t.pos_ == "NOUN" and t.lemma_.lower() in ctx.words.report_nouns:
                return t
    return None


def _teller_of(noun: Token, ctx: Context) -> tuple[str | None, Token | None]:
    """Who tells a report noun ("a report from Y", "Y's claims", "claims by Y") and its told clause."""
    teller = None
    for c in kids_of(noun):
        if c.dep_ == "poss":
            teller = teller or ctx.entity(c)
        elif c.dep_ == "prep" and c.lower_ in ("from", "by", "of"):
            for p in kids_of(c):
                if p.dep_ == "pobj":
                    teller = teller or ctx.entity(p)
    clause = next((c for c in kids_of(noun) if c.dep_ in _CLAUSES), None)
    return teller, clause


def _statements_near(tok: Token, ctx: Context, teller: str | None) -> list[Statement]:
    """Statements with a speaker that end before ``tok`` and begin at most a few sentences before it, nearest
    first; of a named ``teller``, those a few sentences after it too ("a report from Y ... Y reported")."""
    sents = ctx.sents
    idx = ctx.sentence_of(tok)
    lower = sents[max(0, idx - _LOOKBACK_SENTS)].start_char
    upper = sents[min(len(sents) - 1, idx + _LOOKBACK_SENTS)].end_char if teller is not None else tok.idx
    found = [s for s in ctx.statements.values() if s.speaker is not None and lower <= s.content.start
             and s.content.end <= upper and (s.content.end <= tok.idx or s.content.start > tok.idx)]
    return sorted(found, key=lambda s: tok.idx - s.content.end if s.content.end <= tok.idx
                  else s.content.start - tok.idx)


def _covering(clause: Token, ctx: Context) -> Statement | None:
    """The statement with a speaker whose content holds the head of ``clause``."""
    stmt = ctx.attribution.statement_at(clause.idx, clause.idx + len(clause))
    return stmt if stmt is not None and stmt.speaker is not None else None


def _judged_statement(j: _Judgement, judge: str | None, ctx: Context) -> Statement | None:
    """The statement a judgement is about, or None where it cannot be told."""
    if j.clause is not None:
        return _covering(j.clause, ctx)
    thing = j.thing
    teller: str | None = None
    if thing is not None and thing.pos_ != "NOUN":
        noun = _antecedent_noun(thing, ctx)
        if noun is not None:  # the pronoun stands for a report noun: its teller, or nothing
            teller, clause = _teller_of(noun, ctx)
            if clause is not None:
                return _covering(clause, ctx)
            if teller is None:
                return None
    elif thing is not None:
        teller, clause = _teller_of(thing, ctx)
        if clause is not None:
            stmt = _covering(clause, ctx)
            if stmt is not None:
                return stmt
    if teller is None and j.teller is not None:
        teller = ctx.entity(j.teller)
    anchor = thing if thing is not None else j.verb
    if not j.wide or teller is not None:
        for stmt in _statements_near(anchor, ctx, teller):
            if stmt.speaker == judge or (teller is not None and stmt.speaker != teller):
                continue
            if (thing is not None and thing.pos_ == "NOUN" and teller is None
                    and not _judgeable(stmt, thing, judge, ctx)):
                continue
            return stmt
    elif j.teller is not None:  # "what she said": the latest telling of an event by someone called "she"
        earlier = sorted((s for s in ctx.statements.values() if s.speaker is not None and s.speaker != judge
                          and s.content.end <= anchor.idx and _referred_as(s.speaker, j.teller, ctx)),
                         key=lambda s: -s.content.end)
        return next((s for s in earlier if _tells_event(s, ctx)), None)
    return None


def _referred_as(eid: str, pronoun: Token, ctx: Context) -> bool:
    """The text refers to entity ``eid`` by pronouns of the gender of ``pronoun`` ("she", "her") and never by
    the other gender's."""
    english = ctx.lexicon.english
    male, female = english["third_person_male"], english["third_person_female"]
    own, other = (male, female) if pronoun.lower_ in male else (female, male) if pronoun.lower_ in female else (
        None, None)
    entity = ctx.entities.get(eid)
    if own is None or other is None or entity is None:
        return False
    said = {m.text.lower() for m in entity.mentions}
    return bool(said & own) and not said & other


def _told(stmt: Statement, claims: list[Claim]) -> Claim | None:
    """The first actual, asserted event claim its speaker makes inside the statement."""
    inside = sorted((c for c in claims if c.kind == "event" and c.claimant == stmt.speaker
                     and c.polarity == "asserted" and c.modality == "actual"
                     and stmt.content.start <= c.evidence.start and c.evidence.end <= stmt.content.end),
                    key=lambda c: c.evidence.start)
    return inside[0] if inside else None


_TYPED = ("cause", "status", "acceptance")  # what an accusation, a finding or a claim may say beyond an act told


def _typed_told(stmt: Statement, claims: list[Claim]) -> Claim | None:
    """The one cause, status or acceptance its speaker tells inside the statement a noun of a report judges ("accused
    Y of breaching the treaty": a breach; "said waste water had killed the fish": the cause): what "rejected the
    accusation" answers, of that kind; None where the statement tells none, or more than one proposition."""
    inside = [c for c in claims if c.kind in _TYPED and c.claimant == stmt.speaker and c.modality == "actual"
              and stmt.content.start <= c.evidence.start and c.evidence.end <= stmt.content.end]
    if len({(c.kind, c.predicate, c.polarity) for c in inside}) != 1:
        return None
    return min(inside, key=lambda c: c.evidence.start)


def _has_verb(stmt: Statement, ctx: Context) -> bool:
    """The statement's words hold a verb: it tells something, not a label quoted alone."""
    span = ctx.doc.char_span(stmt.content.start, stmt.content.end, alignment_mode="expand")
    return span is not None and any(t.pos_ in ("VERB", "AUX") for t in span)


def _judgeable(stmt: Statement, noun: Token, judge: str | None, ctx: Context) -> bool:
    """A statement a report noun of no named teller may judge: a telling, not a label quoted alone ("rejected the
    claim", not "called it 'a new chapter'"); for a noun of accusation, one that names the accused."""
    return _has_verb(stmt, ctx) and (not _is(noun, _lists(ctx, "accusation_nouns")) or _names_accused(stmt, judge, ctx))


def _names_accused(stmt: Statement, judge: str | None, ctx: Context) -> bool:
    """The statement names the judge, or something of the judge's country ("smoke from the Chilean smelter", judged
    by Santiago): an accusation accuses the one who rejects it."""
    own = ctx.entities.get(judge or "")
    if own is None:
        return True
    start, end = stmt.content.start, stmt.content.end
    return any((e.id == own.id or (own.country is not None and e.country == own.country))
               and any(start <= m.start and m.end <= end for m in e.mentions) for e in ctx.entities.values())


def _tells_event(stmt: Statement, ctx: Context) -> bool:
    """The statement tells that something happened: its head is an action verb, asserted and actual ("police
    raided the office"), not a link verb ("the vote was clean") nor a forecast ("the plan would help")."""
    span = ctx.doc.char_span(stmt.content.start, stmt.content.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = span.root
    return (root.pos_ == "VERB" and root.lemma_.lower() not in ctx.words.link_verbs
            and ctx.factuality(root) == ("asserted", "actual"))


def _judge(j: _Judgement, ctx: Context) -> Voice | None:
    voice = voice_at(ctx, j.verb.idx, j.verb.idx + len(j.verb))
    if voice is None:
        return None
    if j.judge is None:
        return None if j.needs_judge else voice
    actor = ctx.actor(j.judge, voice)
    return Voice(actor, voice.statement) if actor is not None else None


_JUDGEMENTS = "reports.judgements"  # the key of _judgements's answer in Context.cache


def _judgements(ctx: Context) -> list[tuple[_Judgement, Voice, Statement, Span]]:
    """Each judgement with its judge's voice, the statement it judges and its evidence: one per judge and teller.
    Worked out once per document (both the typed and the event denials of reports read them) and kept in the
    document's claims context; a caller never changes the list."""
    found = ctx.cache.get(_JUDGEMENTS)
    if found is None:
        found = ctx.cache[_JUDGEMENTS] = list(_find_judgements(ctx))
    return found  # type: ignore[return-value]


def _judged_words(ctx: Context) -> tuple[frozenset[str], frozenset[str]]:
    """(lower-case forms, lemmas) of the words :func:`_judgement` may start from: a judged thing (a report noun or a
    pronoun), a truth word, a falsity adverb, a verb of telling (the tests there decide). Built once per lexicon."""
    return _judged_words_of(ctx.lexicon)


@functools.lru_cache(maxsize=8)
def _judged_words_of(lexicon: Lexicon) -> tuple[frozenset[str], frozenset[str]]:
    lists = lexicon.claims.lists
    said = lists["truth_words"] | lists["falsity_adverbs"] | lists["telling_verbs"]
    return said | lists["report_anaphors"], said | claim_words(lexicon).report_nouns


def _find_judgements(ctx: Context) -> Iterator[tuple[_Judgement, Voice, Statement, Span]]:
    done: set[tuple[str | None, str | None]] = set()
    starts = frozenset(ctx.with_words(*_judged_words(ctx)))
    for tok in ctx.tokens(deps=tuple(_JUDGED_DEPS)):
        if tok.i not in starts:
            continue  # a word no judgement starts from: no report noun, pronoun, truth or falsity word, telling verb
        j = _judgement(tok, ctx)
        if j is None:
            continue
        voice = _judge(j, ctx)
        if voice is None:
            continue
        stmt = _judged_statement(j, voice.claimant, ctx)
        if stmt is None or stmt.speaker == voice.claimant or (voice.claimant, stmt.speaker) in done:
            continue
        done.add((voice.claimant, stmt.speaker))  # one denial of one teller by one judge is enough
        first = min([j.verb] + ([j.thing] if j.thing is not None else []), key=lambda t: t.i)
        last = max([j.verb] + [c for c in kids_of(j.verb) if c.dep_ in ("acomp", "attr", "dobj", "prt")
                               and c.i > j.verb.i], key=lambda t: t.i)
        yield j, voice, stmt, ctx.token_span(first, last)


def typed_report_denials(ctx: Context, claims: list[Claim]) -> list[Claim]:
    """``claims`` with the denial of a report noun ("rejected the accusation", "dismissed the claim") given the kind
    of what the judged statement tells beyond an act, where it tells one such thing (:func:`_typed_told`): the
    teller's cause, status or acceptance, denied by the judge, beside the told act's denial (an accusation of a
    breach is answered on the breach: the conflicts keep the dispute of that kind and drop the act's where both are
    found, :func:`newsledger.extract.conflicts.answered_in_kind`). Run once every frame has read its claims."""
    out = list(claims)
    for j, voice, stmt, evidence in _judgements(ctx):
        if j.thing is None or j.thing.pos_ != "NOUN":
            continue
        typed = _typed_told(stmt, claims)
        if typed is None:
            continue
        out.append(replace(typed, id="", evidence=evidence, claimant=voice.claimant,
                           polarity="negated" if typed.polarity == "asserted" else "asserted",
                           statement=voice.statement.id if voice.statement else None, revises=None,
                           corroborates=(), event=None))
    return out


def report_denials(ctx: Context, claims: list[Claim]) -> list[Claim]:
    """Claims of the judgements that a told event is untrue, with the teller's own claim where none of the event
    ``claims`` already made carries it; in no particular order."""
    out: list[Claim] = []
    told_here: set[str] = set()
    for _j, voice, stmt, evidence in _judgements(ctx):
        base = Claim(id="", kind="event", predicate=OCCURRENCE, evidence=evidence, claimant=voice.claimant,
                     polarity="negated", about=stmt.content,
                     statement=voice.statement.id if voice.statement else None)
        told = _told(stmt, claims)
        if told is not None:  # the typed event the teller tells: its negation, with its arguments
            out.append(replace(base, predicate=told.predicate, arguments=told.arguments, time=told.time,
                               place=told.place, event=told.event, about=told.about))
            continue
        if not _tells_event(stmt, ctx):
            continue
        out.append(base)
        if stmt.id in told_here:
            continue
        told_here.add(stmt.id)  # the teller's own claim once, however many judge it
        out.append(Claim(id="", kind="event", predicate=OCCURRENCE, evidence=stmt.content, claimant=stmt.speaker,
                         about=stmt.content, statement=stmt.id))
    return out
