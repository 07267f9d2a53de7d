"""Event claims: one per event (its reporter's, or the outlet's), and denials that an event took place.

An event claim takes the event's type, participants, time, place, polarity and modality; a question or
a condition around it makes it hypothetical. A denial of existence needs no denial verb on the event:
"no crossing occurred", "there was no raid", "the strike never took place", "reports of a visit are
baseless" claim that an event of the type the noun names (as the event lexicon codes it) did not
happen; "nothing of the kind happened" denies the event told just before. Where the denied noun is an
event's own evidence, that event's claim is the negated one (there is no second claim).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from ...lexicon import Lexicon
from ...models import Claim, Event, Span
from ..walk import kids_of
from .context import Context, Voice, claim_words
from .denials import existence_disagreements
from .posts import voice_at
from .reports import report_denials

__all__ = ["event_claims"]

_LOOKBACK_SENTS = 2  # "nothing of the kind happened" refers to an event this many sentences back at most


_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})  # a noun event whose verb's clause tells it
_CIRCUMSTANCES = frozenset({"dobj", "prep", "npadvmod", "advmod"})  # what an entry claim's evidence runs over
_LABEL = re.compile(r"[ \t]*([A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+)*)(?: \([^)\n]*\))?:")  # "ARIAS (translated):"


@dataclass(frozen=True, slots=True)
class _Denial:
    noun: Token
    verb: Token  # the clause that denies it
    type: str | None  # None: "nothing of the kind", the event before


def _entry_type(ctx: Context) -> str | None:
    """The event type of an incursion: the event lexicon's type of the first entry noun it codes."""
    nouns = ctx.lexicon.events.nouns
    return next((nouns[n].type for n in sorted(ctx.lexicon.claims.lists.entry_nouns) if n in nouns), None)


def _noun_type(tok: Token, ctx: Context, entry: str | None) -> str | None:
    """The PLOVER type the event lexicon gives the act a noun names ("incursion", "crossing", "capture")."""
    lex = ctx.lexicon.events
    lemma = tok.lemma_.lower()
    if entry is not None and (lemma in ctx.lexicon.claims.lists.entry_nouns
                              or tok.lower_ in ctx.lexicon.claims.lists.entry_nouns):
        return entry
    trig = lex.nouns.get(lemma)
    if trig is not None:
        return trig.type
    if lemma in lex.verbs or lemma in ctx.words.phrase_verbs:  # "no capture of the airport"
        return _verb_noun_type(tok, lemma, ctx)
    if not lemma.endswith("ing") or len(lemma) < 6:
        return None
    stem = lemma[:-3]
    verb = lex.verbs.get(stem) or lex.verbs.get(stem + "e")
    if verb is not None:
        return verb.type
    types = ctx.words.phrase_verbs.get(stem, frozenset()) | ctx.words.phrase_verbs.get(stem + "e", frozenset())
    return next(iter(types)) if len(types) == 1 else None


def _verb_noun_type(tok: Token, lemma: str, ctx: Context) -> str | None:
    """A noun that is also an event verb: the type of the verb with the noun's "of" object, else the verb's."""
    lex = ctx.lexicon.events
    for c in kids_of(tok):
        if c.dep_ == "prep" and c.lower_ == "of":
            for p in kids_of(c):
                trig = lex.phrases.get((lemma, p.lemma_.lower()))
                if p.dep_ == "pobj" and trig is not None:
                    return trig.type
    verb = lex.verbs.get(lemma)
    return verb.type if verb is not None else None


def _occurs(verb: Token, ctx: Context) -> bool:
    lemma = verb.lemma_.lower()
    if lemma in ctx.words.occurrence_verbs:
        return True
    return any(f"{lemma} {c.lower_}" in ctx.words.occurrence_verbs for c in kids_of(verb) if c.dep_ == "dobj")


def _no_det(tok: Token, ctx: Context) -> bool:
    return any(c.dep_ in ("det", "neg") and c.lower_ in ctx.words.negative_determiners for c in kids_of(tok))


def _report_denied(report: Token, ctx: Context) -> Token | None:
    """The clause that calls a report untrue ("reports ... are baseless", "dismissed reports of ...")."""
    head = report.head
    if report.dep_ in ("nsubj", "nsubjpass"):
        for c in kids_of(head):
            if c.dep_ in ("acomp", "attr", "oprd") and (
                    c.lower_ in ctx.words.falsity_words or c.lemma_.lower() in ctx.words.falsity_words):
                return head
        if head.lower_ in ctx.words.falsity_words or head.lemma_.lower() in ctx.words.falsity_words:
            return head  # "reports ... were fabricated" parsed as a passive
    if report.dep_ == "dobj" and head.lemma_.lower() in ctx.words.denial_verbs:
        return head
    return None


def _happening(tok: Token, ctx: Context) -> Token | None:
    """The clause that denies the act told before by a word that names it only as something that happened: a
    pronoun ("that never took place", "it did not happen") or a noun of ``happening_nouns`` ("the incident never
    happened", "the incident is invented") as the subject of a negated verb of occurrence or of a word of
    falsity."""
    if tok.dep_ not in ("nsubj", "nsubjpass"):  # most words: no lemma read
        return None
    lists = ctx.lexicon.claims.lists
    named = tok.lemma_.lower() in lists["happening_nouns"]
    if (tok.pos_ == "PRON") == named:
        return None
    if tok.pos_ == "PRON" and tok.lower_ not in lists.incident_anaphors:
        return None
    if _occurs(tok.head, ctx) and ctx.factuality(tok.head)[0] == "negated":
        return tok.head
    verb = _report_denied(tok, ctx) if tok.pos_ != "PRON" else None
    return verb if verb is not None and ctx.factuality(verb)[0] == "asserted" else None


def _denial(tok: Token, ctx: Context, entry: str | None) -> _Denial | None:
    dep = tok.dep_
    if tok.lower_ in ctx.words.nothing_words and dep in ("nsubj", "nsubjpass") and _occurs(tok.head, ctx):
        return _Denial(tok, tok.head, None)
    if (verb := _happening(tok, ctx)) is not None:
        return _Denial(tok, verb, None)
    type_ = _noun_type(tok, ctx, entry) if tok.pos_ == "NOUN" else None
    if type_ is None:
        return None
    head = tok.head  # read only here: most words have returned above (Token.head makes a Token)
    if dep in ("nsubj", "nsubjpass") and _occurs(head, ctx):
        if _no_det(tok, ctx) or ctx.factuality(head)[0] == "negated":
            return _Denial(tok, head, type_)
        return None
    if dep == "nsubj" and tok.lemma_.lower() not in ctx.words.report_nouns:
        verb = _report_denied(tok, ctx)  # "that incursion is a lie", "the raid is pure fiction"
        if verb is not None and ctx.factuality(verb)[0] == "asserted":
            return _Denial(tok, verb, type_)
    if dep == "attr" and head.lemma_ == "be" and any(c.dep_ == "expl" for c in kids_of(head)):
        if _no_det(tok, ctx) or ctx.factuality(head)[0] == "negated":  # "there was no raid"
            return _Denial(tok, head, type_)
        return None
    if dep == "pobj" and head.dep_ == "prep" and head.head.lemma_.lower() in ctx.words.report_nouns \
            and head.head.lemma_.lower() not in ctx.lexicon.claims.lists["account_nouns"]:
        verb = _report_denied(head.head, ctx)
        if verb is not None and ctx.factuality(verb)[0] == "asserted":
            return _Denial(tok, verb, type_)
    return None


def _covering(events: tuple[Event, ...], tok: Token) -> Event | None:
    start = tok.idx
    return next((e for e in events if e.evidence.start <= start < e.evidence.end), None)


def _before(events: tuple[Event, ...], tok: Token, ctx: Context) -> Event | None:
    """The last actual, asserted event told before ``tok`` in this or the previous sentences."""
    sents = ctx.sents
    idx = ctx.sentence_of(tok)
    lower = sents[max(0, idx - _LOOKBACK_SENTS)].start_char
    found = [e for e in events if lower <= e.evidence.start < tok.idx and e.modality == "actual"
             and e.polarity == "asserted"]
    return found[-1] if found else None


def _participants(noun: Token, ctx: Context) -> tuple[tuple[str, str], ...]:
    agent = target = None
    for c in kids_of(noun):
        if c.dep_ == "poss":
            agent = agent or ctx.entity(c)
        elif c.dep_ == "prep":
            pobj = next((p for p in kids_of(c) if p.dep_ == "pobj"), None)
            if pobj is None:
                continue
            if c.lower_ == "by":
                agent = agent or ctx.entity(pobj)
            elif c.lower_ in ("into", "on", "against", "to"):
                target = target or ctx.entity(pobj)
    return tuple((r, e) for r, e in (("agent", agent), ("target", target)) if e)


def _speaker(tok: Token, ctx: Context) -> Voice | None:
    """The claimant at ``tok``; in a transcript line under a speaker's label ("SMITH (translated): ...") the
    named speaker, not the outlet (None where the label names nobody the text knows)."""
    voice = voice_at(ctx, tok.idx, tok.idx + len(tok))
    if voice is None or voice.statement is not None or voice.claimant is not None:
        return voice
    text = ctx.text
    line_start = text.rfind("\n", 0, tok.idx) + 1
    label = _LABEL.match(text, line_start)
    if label is None:
        return voice
    name = label.group(1).split()[-1].lower()
    eid = next((ctx.entity(t) for t in ctx.doc if t.lower_ == name and not t.is_upper and ctx.entity(t)), None)
    return Voice(eid, None) if eid is not None else None


def _voice_of(event: Event, ctx: Context) -> Voice | None:
    if event.reported_by is not None:
        stmt = ctx.statements.get(event.reported_by)
        if stmt is None or stmt.speaker is None:
            return None
        return Voice(stmt.speaker, stmt)
    return voice_at(ctx, event.evidence.start, event.evidence.end)


def _clause_evidence(event: Event, span: SpacySpan | None, ctx: Context) -> Span:
    """An event claim's evidence: the clause that tells the event, from its subject to the end of its objects and
    circumstances ("the drone was shot down near the border"), where the event's own evidence is its verb or a
    noun argument of one ("that incursion never took place"); else the event's evidence."""
    if span is None:
        return event.evidence
    root = span.root
    verb = root if root.pos_ in ("VERB", "AUX") else root.head if root.dep_ in _ARGUMENT_DEPS else None
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return event.evidence
    clause = ctx.clause_span(verb, root)
    if not (clause.start <= event.evidence.start and event.evidence.end <= clause.end):
        return event.evidence
    return clause


def _event_claim(event: Event, ctx: Context, denied: Span | None) -> Claim | None:
    voice = _voice_of(event, ctx)
    if voice is None:
        return None
    modality = event.modality
    span = ctx.doc.char_span(event.evidence.start, event.evidence.end, alignment_mode="expand")
    if modality == "actual" and span is not None and ctx.factuality(span.root)[1] == "hypothetical":
        modality = "hypothetical"
    args = tuple((r, e) for r, e in (("agent", event.source), ("target", event.target)) if e)
    return Claim(
        id="", kind="event", predicate=event.type, evidence=_clause_evidence(event, span, ctx), claimant=voice.claimant,
        arguments=args, polarity="negated" if denied is not None else event.polarity, modality=modality,
        time=event.date, place=event.location, statement=voice.statement.id if voice.statement else None,
        event=event.id, about=denied,
    )


def _denial_claim(denial: _Denial, events: tuple[Event, ...], ctx: Context) -> Claim | None:
    noun, verb = denial.noun, denial.verb
    voice = _speaker(noun, ctx)
    if voice is None or (voice.claimant is None and denial.type is None
                         and noun.lower_ not in ctx.words.nothing_words):
        return None  # "that never took place", "the incident is invented": a speaker's answer, not the outlet's
    _, modality = ctx.factuality(verb)
    about = ctx.phrase(noun)
    clause = ctx.clause_span(verb, noun)  # the denying clause, with where and when ("no raid in the town last night")
    evidence = ctx.span(min(about.start, clause.start), max(about.end, clause.end))
    base = Claim(id="", kind="event", predicate=denial.type or "", evidence=evidence, claimant=voice.claimant,
                 polarity="negated", modality=modality, about=about,
                 statement=voice.statement.id if voice.statement else None)
    if denial.type is not None:
        return replace(base, arguments=_participants(noun, ctx))
    before = _before(events, noun, ctx)
    if before is None:
        return None
    args = tuple((r, e) for r, e in (("agent", before.source), ("target", before.target)) if e)
    return replace(base, predicate=before.type, arguments=args, time=before.date, place=before.location)


def _entered(verb: Token, ctx: Context) -> Token | None:
    """The place ``verb`` moves into, where it is one of the entry places ("entered its waters",
    "crossed into the district")."""
    places = ctx.lexicon.claims.lists.entry_places
    for c in kids_of(verb):
        if c.dep_ == "dobj" and (c.lower_ in places or c.lemma_.lower() in places):
            return c
        if c.dep_ == "prep" and c.lower_ in ctx.lexicon.claims.lists.entry_preps:
            for p in kids_of(c):
                if p.dep_ == "pobj" and (p.lower_ in places or p.lemma_.lower() in places):
                    return p
    return None


def _owner(place: Token, ctx: Context) -> str | None:
    """Whose the place is: a possessive or an adjective naming an entity ("Tajik territory", "Peru's waters")."""
    return next((e for c in kids_of(place) if c.dep_ in ("poss", "amod") and (e := ctx.entity(c)) is not None),
                None)


def _entry_claim(verb: Token, entry: str, events: tuple[Event, ...], ctx: Context) -> Claim | None:
    """An event claim for a move into another's place that the events extractor did not code: "boats entered
    its waters" (asserted), "our troops did not cross", "no vessel entered the zone" (negated)."""
    if _covering(events, verb) is not None:
        return None
    polarity, modality = ctx.factuality(verb)
    subject = ctx.subject(verb)
    if subject is not None and _no_det(subject, ctx):
        polarity = "negated"
    place = _entered(verb, ctx)
    if place is None and (polarity == "asserted" or any(c.dep_ in ("dobj", "prep") for c in kids_of(verb))):
        return None  # a bare "did not cross" is a denial; a bare "crossed" or "entered the hall" is nothing
    voice = _speaker(verb, ctx)
    if voice is None:
        return None
    agent = ctx.actor(subject, voice) if subject is not None else None
    target = _owner(place, ctx) if place is not None else None
    first = subject if subject is not None and polarity == "negated" else verb
    last = max([verb] + [t for c in kids_of(verb) if c.i > verb.i and c.dep_ in _CIRCUMSTANCES for t in c.subtree],
               key=lambda t: t.i)  # "entered its waters off the coast on Sunday"
    if last.i - verb.i > 12:
        last = max(place.subtree, key=lambda t: t.i) if place is not None else verb
    return Claim(
        id="", kind="event", predicate=entry, evidence=ctx.token_span(min(first, verb, key=lambda t: t.i), last),
        claimant=voice.claimant, arguments=tuple((r, e) for r, e in (("agent", agent), ("target", target)) if e),
        polarity=polarity, modality=modality, statement=voice.statement.id if voice.statement else None,
    )


def _denial_starts(ctx: Context) -> tuple[frozenset[str], frozenset[str]]:
    """(lower-case forms, lemmas) of the words at which :func:`event_claims` may find an entry or a denial: every
    word an entry verb, :func:`_denial` or :func:`_noun_type` lets through (a few more: the tests there decide).
    Built once per lexicon."""
    return _starts_of(ctx.lexicon)


@functools.lru_cache(maxsize=8)
def _starts_of(lexicon: Lexicon) -> tuple[frozenset[str], frozenset[str]]:
    lists, events = lexicon.claims.lists, lexicon.events
    words = claim_words(lexicon)
    verbs = frozenset(events.verbs) | frozenset(words.phrase_verbs)
    stems = verbs | frozenset(v[:-1] for v in verbs if v.endswith("e"))  # "raiding" of "raid", "seizing" of "seize"
    lowers = words.nothing_words | lists.incident_anaphors | lists.entry_nouns
    lemmas = (lists["happening_nouns"] | lists.entry_nouns | lists.entry_verbs | frozenset(events.nouns) | verbs
              | frozenset(s + "ing" for s in stems))
    return lowers, lemmas


def event_claims(ctx: Context, events: tuple[Event, ...]) -> list[Claim]:
    """One claim per event, and one per denial that an event took place, in no particular order."""
    denied: dict[str, Span] = {}
    out: list[Claim] = []
    entry = _entry_type(ctx)
    starts = frozenset(ctx.with_words(*_denial_starts(ctx)))  # the words an entry or a denial may start at
    for tok in ctx.tokens(pos=("NOUN", "VERB"), lowers=ctx.words.nothing_words
                          | ctx.lexicon.claims.lists.incident_anaphors):
        if tok.i not in starts:
            continue  # most words: no entry verb, no word a denial reads, no noun of an event type
        if entry is not None and tok.pos_ == "VERB" and tok.lemma_.lower() in ctx.lexicon.claims.lists.entry_verbs:
            found = _entry_claim(tok, entry, events, ctx)
            if found is not None:
                out.append(found)
            continue
        denial = _denial(tok, ctx, entry)
        if denial is None:
            continue
        covered = _covering(events, denial.noun) if denial.type is not None else None
        if covered is not None:
            denied.setdefault(covered.id, ctx.phrase(denial.noun))
            continue
        claim = _denial_claim(denial, events, ctx)
        if claim is not None:
            out.append(claim)
    for event in events:
        claim = _event_claim(event, ctx, denied.get(event.id))
        if claim is not None:
            out.append(claim)
    negated = [c for c in out if c.polarity == "negated"]
    for claim in report_denials(ctx, out):
        if not any(c.claimant == claim.claimant and c.evidence.start < claim.evidence.end
                   and claim.evidence.start < c.evidence.end for c in negated):
            out.append(claim)
    out += existence_disagreements(ctx, out)
    return out
