"""Alibis: an existence answer told as a counter-fact, with no denial in it (issue 14).

One side tells of an act by or on a thing; the other answers not by denying it but by telling where that thing
was, or what it was doing, at the time:

* **at rest**: "the lorries have stood in the depot yard since Sunday night", "the spillway has stayed
  shut since the 28th", "the frigate remained in port": a state of rest (``alibi_rest_classes``) told as lasting
  (a verb of staying, ``alibi_stay_verbs``, or a span, ``alibi_spans``: "since", "throughout", "all night")
  excludes the acts its class names, done by or to the same thing ("a truck of the convoy drove through", "the
  gates of the spillway were opened"): the thing at rest is the subject of the rest and an argument of the act (or
  the noun that argument comes from, "a truck from the convoy"), by its lemma, its thing class or its entity; being
  at a place of rest (``alibi_position_verbs``: "all its patrol boats were at their base") is a rest too, over a
  span or told of the act's own time (a day or a part of a day holds a clock time of it: "at their base this
  morning" against "at 07:30"), and so is a departure denied from a place of rest (``alibi_departure_verbs``: "the
  brigades have not left their barracks since March", "the tug has not moved from its mooring"); all the things of
  the doer's side at rest ("its cutters were all in port on 6 May": a plural owned by the doer, its camp or its
  country, with "all") exclude the act by that doer, whatever thing it names; a thing named by its number ("launch
  27") is the noun before the number, and a verb conjoined to another shares its subject ("slept in their camp
  and remained on their own soil throughout");
* **elsewhere**: "on the night in question the trawler was fishing 90 miles to the south", "the minister spent the
  evening of 3 May at a meeting in another city": the doer of the act told (the telling's agent: the same entity,
  or a title and the named holder of it; or things of the doer's side of the class the act names, "its only two
  trucks in the region" for "an army truck") at the same time (a date or time of the same value, or a time that
  points back, ``alibi_same_times``), at a place the telling does not name or at a distance
  (``alibi_distance_units``), doing something else (another verb);
* **records**: "its flight logs show no flights on 12 March", "our radar tracked no vessel near the island that
  day": a record or sensor (``alibi_record_nouns``, ``alibi_record_verbs``) showing none of a thing at the
  telling's time, a thing of the class of one of the act's arguments ("no vessel" against "a patrol boat rammed"),
  or any act at all (``alibi_record_things``: "no flights", "no entries", "nothing") where the act's doer is the
  record's owner, of its camp or of its country.

The answer claims the denial of the act it answers: a copy of the telling's claim (its predicate, arguments, time,
place and what it is about) with the other polarity and the answerer's evidence, as :mod:`.answers` does, so the
comparison sets the two against each other as an ``existence`` conflict of the sides' camps. The telling is the
nearest earlier asserted, actual event claim of a named claimant of another camp (:func:`.denials.one_side`) that
the alibi fits; the alibi must be a named speaker's (the outlet's own account of where a ship was answers nobody),
asserted and actual, its subject a noun (a pronoun's thing is unknown here). Two sides placing one thing at one
place, or two different things, or a thing at rest that nobody said moved, claim nothing.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from ...lexicon import Lexicon
from ...models import Claim, Entity, TimeExpr
from ..walk import kids_of
from .context import Context, Voice
from .denials import one_side
from .posts import voice_at

__all__ = ["alibi_claims"]

_SUBJECTS = ("nsubj", "nsubjpass")
_ARGS = ("nsubj", "nsubjpass", "dobj", "attr", "pobj")
_COMPLEMENTS = ("acomp", "oprd", "attr", "advmod")
_PAST = ("VBD", "VBN")
_ALL = frozenset({"all"})  # "its cutters were all in port", "all its boats": every thing of the side
_ALL_DEPS = frozenset({"det", "predet", "dep", "advmod", "appos", "nsubj"})
_CLAUSE_CUT = frozenset({"ccomp", "advcl", "conj", "cc", "punct", "relcl", "parataxis", "mark", "csubj"})


@dataclass(frozen=True, slots=True)
class _Words:
    """The alibi vocabulary of one lexicon (built once per lexicon)."""

    rest: dict[str, frozenset[str]]  # a word of rest -> the acts it excludes
    stay: frozenset[str]
    spans: frozenset[str]
    same_times: tuple[str, ...]
    units: frozenset[str]
    place_preps: frozenset[str]
    things: dict[str, str]  # a noun -> its thing class's first word
    vague: frozenset[str]
    record_nouns: frozenset[str]
    record_verbs: frozenset[str]
    record_things: frozenset[str]
    positions: frozenset[str]
    departures: frozenset[str]


@functools.lru_cache(maxsize=8)
def _words(lexicon: Lexicon) -> _Words:
    lists = lexicon.claims.lists
    rest: dict[str, set[str]] = {}
    for line in sorted(lists["alibi_rest_classes"]):
        states, _, acts = line.partition("/")
        for w in states.split():
            rest.setdefault(w, set()).update(acts.split())
    things: dict[str, str] = {}
    for line in sorted(lists["thing_classes"] | lists["existence_classes"]):
        parts = line.split()
        for w in parts:
            things.setdefault(w, parts[0])
    return _Words({k: frozenset(v) for k, v in rest.items()}, lists["alibi_stay_verbs"], lists["alibi_spans"],
                  tuple(sorted(lists["alibi_same_times"])), lists["alibi_distance_units"], lists["alibi_place_preps"],
                  things, lists["vague_nouns"], lists["alibi_record_nouns"], lists["alibi_record_verbs"],
                  lists["alibi_record_things"], lists["alibi_position_verbs"], lists["alibi_departure_verbs"])


@dataclass(frozen=True, slots=True)
class _Alibi:
    """A counter-fact clause: its verb, subject, voice, the acts a rest excludes (empty: an account of elsewhere)."""

    verb: Token
    subject: Token
    voice: Voice
    excludes: frozenset[str]
    needs_time: bool = False  # a rest at a place, told with no span: it must be told of the act's time


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def _past(verb: Token) -> bool:
    return verb.tag_ in _PAST or any(c.dep_ in ("aux", "auxpass") and (c.tag_ == "VBD" or c.lemma_ == "have")
                                     for c in kids_of(verb))


def _stays(tok: Token, w: _Words) -> bool:
    """A verb of staying, as the tagger may leave it ("stayed" taken for an auxiliary keeps its own lemma)."""
    lower = tok.lower_
    return _lemma(tok) in w.stay or (lower.endswith("ed") and lower[:-2] in w.stay)


def _rest_words(verb: Token, w: _Words) -> tuple[set[str], bool]:
    """The words of the rest a clause tells, and whether it tells it as lasting: "stayed shut", "remained in
    port" (a verb of staying, or one the parse made the auxiliary of its complement), "was parked since Monday" (a
    verb of rest over a span)."""
    if _stays(verb, w):
        found = {_lemma(c) for c in kids_of(verb) if c.dep_ in _COMPLEMENTS}
        found |= {_lemma(p) for c in kids_of(verb) if c.dep_ == "prep" for p in kids_of(c) if p.dep_ == "pobj"}
        return found, True
    words = {_lemma(verb)} | {_lemma(c) for c in kids_of(verb) if c.dep_ in ("acomp", "oprd")}
    if any(c.dep_ in ("aux", "auxpass") and _stays(c, w) for c in kids_of(verb)):
        return words, True
    return words, _lasting(verb, w)


def _time_noun(tok: Token, w: _Words) -> bool:
    """A noun of time ("all weekend", "the whole night"), not of things ("with all the other trucks")."""
    return tok.ent_type_ in ("DATE", "TIME") or _lemma(tok) in w.vague


def _alibi(verb: Token, ctx: Context, w: _Words) -> _Alibi | None:
    # the subject, or the one the parse hung on an auxiliary of staying ("the gate has stayed shut")
    subject = next((c for c in kids_of(verb) if c.dep_ in _SUBJECTS), None) or next(
        (s for c in kids_of(verb) if c.dep_ in ("aux", "auxpass") for s in kids_of(c) if s.dep_ in _SUBJECTS), None)
    if subject is None and verb.dep_ == "conj":  # "slept in their camp and remained on their own soil": shared
        subject = next((c for c in kids_of(verb.head) if c.dep_ in _SUBJECTS), None)
    if subject is not None and subject.pos_ == "NUM":  # "launch 412 had been in dry dock": the thing its number names
        subject = next((c for c in kids_of(subject) if c.dep_ == "compound" and c.pos_ == "NOUN"), subject)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN") or not _past(verb):
        return None
    voice = voice_at(ctx, verb.idx, verb.idx + len(verb))  # before the factuality: the cheaper test first
    if voice is None or voice.claimant is None or voice.statement is None:
        return None
    polarity, modality = ctx.factuality(verb)
    if modality != "actual":
        return None
    if polarity == "negated":  # "have not moved from their barracks since May": a rest told by a departure denied
        return _unmoved(verb, subject, voice, w)
    words, lasting = _rest_words(verb, w)
    needs_time = False
    if _lemma(verb) in w.positions:  # "stood at their base", "was in dry dock"
        places = {_lemma(p) for c in kids_of(verb) if c.dep_ == "prep" and c.lower_ in w.place_preps
                  for p in kids_of(c) if p.dep_ == "pobj"}
        if places & w.rest.keys():
            words |= places
            needs_time, lasting = not lasting, True
    excludes = frozenset(a for word in words for a in w.rest.get(word, ())) if lasting else frozenset()
    return _Alibi(verb, subject, voice, excludes, needs_time)


def _lasting(verb: Token, w: _Words) -> bool:
    """The clause of ``verb`` tells its state over a span ("since Sunday", "all weekend")."""
    return any(c.dep_ == "prep" and c.lower_ in w.spans for c in kids_of(verb)) or any(
        d.lower_ in w.spans and (d.dep_ == "prep" or _time_noun(d.head, w))
        for c in kids_of(verb) if c.dep_ in ("npadvmod", "prep", "advmod") for d in c.subtree)


def _unmoved(verb: Token, subject: Token, voice: Voice, w: _Words) -> _Alibi | None:
    """A departure denied from a place of rest (``alibi_departure_verbs``: "the units have not moved from their
    barracks since May", "the barge never left its mooring that day"): the rest at that place, over the span told or
    at the act's own time, as "stayed in their barracks" tells it."""
    if _lemma(verb) not in w.departures:
        return None
    nouns = [c for c in kids_of(verb) if c.dep_ == "dobj"] + [
        p for c in kids_of(verb) if c.dep_ == "prep" and c.lower_ == "from" for p in kids_of(c) if p.dep_ == "pobj"]
    places = {n.lower_ for n in nouns} | {_lemma(n) for n in nouns}  # "barracks" may be read as "barrack"
    places &= w.rest.keys()
    if not places:
        return None
    excludes = frozenset(a for word in places for a in w.rest[word])
    return _Alibi(verb, subject, voice, excludes, needs_time=not _lasting(verb, w))


@dataclass(frozen=True, slots=True)
class _Record:
    """A record that shows none of a thing at a time: "its flight logs show no flights on 12 May"."""

    verb: Token
    denied: Token
    voice: Voice
    owner: str | None  # whose record it is ("its logs", "the logs of the air force"), where the text says


def _none_of(tok: Token, ctx: Context) -> bool:
    neg = ctx.words.negative_determiners
    return tok.lower_ in neg or any(d.dep_ == "det" and d.lower_ in neg for d in kids_of(tok))


def _record(verb: Token, ctx: Context, w: _Words) -> _Record | None:
    """The record clause of ``verb``: a record or sensor (``alibi_record_nouns``) showing (``alibi_record_verbs``)
    none of a thing, in a named speaker's words."""
    if _lemma(verb) not in w.record_verbs:
        return None
    subject = next((c for c in kids_of(verb) if c.dep_ in _SUBJECTS), None)
    if subject is None or _lemma(subject) not in w.record_nouns:
        return None
    denied = next((c for c in kids_of(verb) if c.dep_ == "dobj" and _none_of(c, ctx)), None)
    if denied is None or ctx.factuality(verb)[1] != "actual":
        return None
    voice = voice_at(ctx, verb.idx, verb.idx + len(verb))
    if voice is None or voice.claimant is None or voice.statement is None:
        return None
    owner = None
    for c in kids_of(subject):
        if c.dep_ == "poss":
            owner = ctx.actor(c, voice) if c.pos_ == "PRON" else ctx.entity(c)
            if owner is None and c.pos_ == "PRON" and voice.statement.kind == "indirect":
                owner = voice.claimant  # "the ministry said its logs show": the speaker's own
    return _Record(verb, denied, voice, owner or ctx.entity(subject))


def _one_country(a: str | None, b: str | None, ctx: Context) -> bool:
    """Both entities are of one known country ("Russian jets", the Russian air force)."""
    ea, eb = ctx.entities.get(a or ""), ctx.entities.get(b or "")
    return ea is not None and eb is not None and ea.country is not None and ea.country == eb.country


def _shows_none_of(record: _Record, claim: Claim, span: SpacySpan, ctx: Context, w: _Words,
                   times: tuple[TimeExpr, ...]) -> bool:
    """The record shows none of the telling's act at its time: a thing of the class of one of the act's
    arguments ("no aircraft", "two jets bombed"), or any act at all (``alibi_record_things``: "no flights", "no
    entries", "nothing") where the telling's doer is the record's owner or of the speaker's camp."""
    if not _same_time(record.verb, record.denied, span, ctx, w, times):
        return False
    lemma = _lemma(record.denied)
    if lemma in w.record_things:
        agent = claim.argument("agent")
        owner = record.owner or record.voice.claimant
        return agent is not None and (agent == owner or one_side(agent, owner, ctx) or _one_country(agent, owner, ctx))
    thing = w.things.get(lemma, lemma)
    return any(thing in _thing_keys(arg, ctx, w) for verb in span if verb.pos_ == "VERB"
               for arg in _arguments_of(verb))


def _clause_tokens(verb: Token) -> list[Token]:
    """The tokens of the clause of ``verb``, without a clause of its own, a conjunct or a relative clause."""
    return [verb, *(t for c in kids_of(verb) if c.dep_ not in _CLAUSE_CUT for t in c.subtree)]


def _span_tokens(ctx: Context, claim: Claim) -> SpacySpan | None:
    """The tokens of a claim's evidence (made once per evidence and document: every alibi looks at the tellings)."""
    spans = ctx.cache.get("alibi_spans")
    if not isinstance(spans, dict):
        spans = ctx.cache["alibi_spans"] = {}
    key = (claim.evidence.start, claim.evidence.end)
    if key not in spans:
        spans[key] = ctx.doc.char_span(claim.evidence.start, claim.evidence.end, alignment_mode="expand")
    found: SpacySpan | None = spans[key]
    return found


def _thing_keys(tok: Token, ctx: Context, w: _Words) -> set[str]:
    """What a noun phrase counts as when a rest and an act are matched: its entity, its noun's lemma or class."""
    keys = set()
    eid = ctx.entity(tok)
    if eid is not None:
        keys.add("@" + eid)
    if tok.pos_ == "NOUN":
        lemma = _lemma(tok)
        if lemma not in w.vague:
            keys.add(w.things.get(lemma, lemma))
    return keys


def _arguments_of(verb: Token) -> Iterable[Token]:
    """The heads of an act's subject and objects, with the nouns they come from or belong to and their compounds
    ("the spillway gates of the dam": gates, spillway, dam; "a truck from the convoy": truck, convoy)."""
    for c in kids_of(verb):
        heads = [c] if c.dep_ in _ARGS else [p for p in kids_of(c) if p.dep_ == "pobj"] if c.dep_ == "agent" else []
        for head in heads:
            yield head
            for d in kids_of(head):
                if d.dep_ == "compound":
                    yield d
                if d.dep_ == "prep" and d.lower_ in ("of", "from"):
                    yield from (p for p in kids_of(d) if p.dep_ == "pobj")


def _rests_on(alibi: _Alibi, span: SpacySpan, ctx: Context, w: _Words, agent: str | None = None) -> bool:
    """The telling tells an act the rest excludes, by or to the thing at rest, or by a doer (``agent``) whose side's
    things all rest (:func:`_whole_fleet`)."""
    keys = _thing_keys(alibi.subject, ctx, w)
    if not keys:
        return False
    fleet = _whole_fleet(alibi, agent, ctx)
    for verb in span:
        if verb.pos_ != "VERB" or _lemma(verb) not in alibi.excludes:
            continue
        if fleet or any(keys & _thing_keys(arg, ctx, w) for arg in _arguments_of(verb)):
            return True
    return False


def _whole_fleet(alibi: _Alibi, agent: str | None, ctx: Context) -> bool:
    """The rest is of all the things of the doer's side ("its cutters were all in port", "all its patrol boats
    stood at their base"): a plural subject owned by the doer, of its camp or of its country, with "all"."""
    subject = alibi.subject
    if agent is None or subject.tag_ != "NNS":
        return False
    every = any(c.lower_ in _ALL for c in (*kids_of(subject), *kids_of(alibi.verb)) if c.dep_ in _ALL_DEPS)
    owner = _owner(subject, alibi.voice, ctx)
    return every and owner is not None and (owner == agent or one_side(owner, agent, ctx)
                                            or _one_country(owner, agent, ctx))


def _values(toks: list[Token], times: tuple[TimeExpr, ...]) -> frozenset[str]:
    """The values of the dates and times stated within the tokens ``toks`` (by their characters), and the words of
    those with a figure."""
    if not toks:
        return frozenset()
    start = min(t.idx for t in toks)
    end = max(t.idx + len(t) for t in toks)
    # a date's value, and its words: one date told twice may be resolved to two years ("12 March" in a clause of
    # the present tense taken for the next one), or left unresolved ("the 19th" in a story of no month)
    inside = [t for t in times if start <= t.span.start and t.span.end <= end]
    return frozenset(t.value for t in inside if t.value) | frozenset(
        " ".join(t.span.text.lower().split()) for t in inside if any(ch.isdigit() for ch in t.span.text))


def _same_time(verb: Token, first: Token, span: SpacySpan, ctx: Context, w: _Words,
               times: tuple[TimeExpr, ...], holds: bool = False) -> bool:
    """The alibi is told of the telling's time: a date or time of the same value in both clauses (the telling's
    whole clause: its evidence may stop short of the date), or a time that points back to it ("in question"); where
    ``holds`` (a rest, which lasts through its time), also a day or part of a day that holds the other's clock time
    ("at its base this morning" against "at 07:30", "in port on 6 May" against "on the morning of 6 May"; not an
    account of elsewhere: one may do two things in a day)."""
    clause = ctx.clause_span(verb, first)
    text = " " + " ".join(clause.text.lower().split()) + " "
    if any(f" {phrase} " in text for phrase in w.same_times):
        return True
    told = _values(_clause_tokens(verb), times)
    other = _values([*span, *_clause_tokens(span.root)], times)
    return bool(told & other) or (holds and any(_within(a, b) or _within(b, a) for a in told for b in other))


# The hours of the parts of a day TIMEX3 names ("this morning": ...TMO), from and to; a night's hours after midnight
# fall on the next date, which no value of the night's date holds.
_DAY_PARTS = {"MO": (4, 12), "AF": (12, 18), "EV": (17, 23), "NI": (20, 24)}


def _within(wide: str, narrow: str) -> bool:
    """The time ``narrow`` lies within the time ``wide``: a clock time or a part of a day within its day
    ("2026-05-03" holds "2026-05-03T07:30" and "2026-05-03TMO"), or a clock time within the part of its day
    ("2026-05-03TMO", the morning, holds 07:30; not 19:00)."""
    day, sep, part = wide.partition("T")
    if len(day) != 10 or not narrow.startswith(day + "T") or len(narrow) < 13:
        return False
    if not sep:
        return True  # a day holds its clock times and the parts of it ("on the 19th" holds "the morning of the 19th")
    if not narrow[11:13].isdigit():
        return False
    hours = _DAY_PARTS.get(part)
    hour = int(narrow[11:13])
    return hours is not None and hours[0] <= hour < hours[1]


def _places(alibi: _Alibi, w: _Words) -> tuple[set[str], bool]:
    """The words of the places the alibi puts its subject at, and whether it puts it at a distance."""
    words: set[str] = set()
    distance = False
    for t in _clause_tokens(alibi.verb):
        if t.dep_ == "pobj" and t.head.lower_ in w.place_preps:
            words.add(_lemma(t))
        if _lemma(t) in w.units and any(c.dep_ == "nummod" for c in kids_of(t)):
            distance = True
    return words, distance


def _one_holder(a: Entity | None, b: Entity | None) -> bool:
    """A title and the named holder of it: an entity named only by a title ("the country's deputy minister") and
    a named one whose title's words are all the other's ("Deputy Minister X"), of one sector (not by country: a
    holder's country is often read from the places near the name)."""
    if a is None or b is None or a.sector is None or a.sector != b.sector:
        return False
    for titled, named in ((a, b), (b, a)):
        if titled.name.lower() == titled.name or any(r.lower() in titled.name.lower() for r in titled.roles):
            own = {x for r in titled.roles for x in r.lower().split()}
            if own and named.roles and all(set(r.lower().split()) <= own for r in named.roles):
                return True
    return False


def _owner(noun: Token, voice: Voice, ctx: Context) -> str | None:
    """Whose a noun phrase's thing is: its possessor ("the command's vessels", "its boats": in reported speech the
    speaker), else the entity of its "of" ("the helicopters of the border unit")."""
    for c in kids_of(noun):
        if c.dep_ == "poss":
            if c.pos_ == "PRON":
                own = ctx.actor(c, voice)
                if own is None and voice.statement is not None and voice.statement.kind == "indirect":
                    own = voice.claimant
                return own
            return ctx.entity(c)
        if c.dep_ == "prep" and c.lower_ == "of":
            for p in kids_of(c):
                if p.dep_ == "pobj" and (eid := ctx.entity(p)) is not None:
                    return eid
    return None


def _side_assets(alibi: _Alibi, agent: str, span: SpacySpan, ctx: Context, w: _Words) -> bool:
    """The alibi's subject is things of the telling's doer's side of the class the telling names ("the command's
    two vessels" for "a navy patrol boat"): the things' owner is the doer, of its camp or of its country."""
    owner = _owner(alibi.subject, alibi.voice, ctx)
    if owner is None or not (owner == agent or one_side(owner, agent, ctx) or _one_country(owner, agent, ctx)):
        return False
    keys = {k for k in _thing_keys(alibi.subject, ctx, w) if not k.startswith("@")}
    return any(keys & _thing_keys(arg, ctx, w) for verb in span if verb.pos_ == "VERB" for arg in _arguments_of(verb))


def _elsewhere(alibi: _Alibi, claim: Claim, span: SpacySpan, ctx: Context, w: _Words,
               times: tuple[TimeExpr, ...]) -> bool:
    """The alibi puts the telling's doer elsewhere, doing something else, at the telling's time."""
    agent = claim.argument("agent")
    subject = ctx.entity(alibi.subject)
    if agent is None:
        return False
    if subject is None or subject == _owner(alibi.subject, alibi.voice, ctx):
        if not _side_assets(alibi, agent, span, ctx, w):
            return False
    elif agent != subject and not _one_holder(ctx.entities.get(agent), ctx.entities.get(subject)):
        return False
    if any(_lemma(t) == _lemma(alibi.verb) for t in span if t.pos_ == "VERB"):
        return False  # the same act: no other thing done
    places, distance = _places(alibi, w)
    told = {_lemma(t) for t in span if t.pos_ in ("NOUN", "PROPN")}
    if not distance and (not places or places & told):
        return False
    return _same_time(alibi.verb, alibi.subject, span, ctx, w, times)


def _record_fits(record: _Record, ctx: Context, w: _Words, times: tuple[TimeExpr, ...], claim: Claim,
                 span: SpacySpan) -> bool:
    return _shows_none_of(record, claim, span, ctx, w, times)


def _alibi_fits(alibi: _Alibi, ctx: Context, w: _Words, times: tuple[TimeExpr, ...], claim: Claim,
                span: SpacySpan) -> bool:
    if alibi.excludes:
        return _rests_on(alibi, span, ctx, w, claim.argument("agent")) and (
            not alibi.needs_time or _same_time(alibi.verb, alibi.subject, span, ctx, w, times, holds=True))
    return _elsewhere(alibi, claim, span, ctx, w, times)


def _answers(at: Token, voice: Voice, claims: list[Claim], ctx: Context,
             fits: Callable[[Claim, SpacySpan], bool]) -> Claim | None:
    """The nearest earlier telling of another camp than ``voice``'s, before ``at``, that ``fits``."""
    earlier = sorted((c for c in claims if c.kind == "event" and c.polarity == "asserted" and c.modality == "actual"
                      and c.claimant is not None and c.evidence.end <= at.idx
                      and not one_side(c.claimant, voice.claimant, ctx)),
                     key=lambda c: -c.evidence.end)
    for claim in earlier:
        span = _span_tokens(ctx, claim)
        if span is not None and fits(claim, span):
            return claim
    return None


def alibi_claims(ctx: Context, claims: list[Claim], times: tuple[TimeExpr, ...]) -> list[Claim]:
    """The denials the document's alibis and records make of the tellings among ``claims`` (the claims found so
    far); ``times`` are the document's time expressions."""
    if not any(c.kind == "event" and c.polarity == "asserted" and c.claimant is not None for c in claims):
        return []
    w = _words(ctx.lexicon)
    out: list[Claim] = []
    for verb in ctx.tokens(pos=("VERB", "AUX")):
        record = _record(verb, ctx, w)
        if record is not None:
            voice, first = record.voice, next((c for c in kids_of(verb) if c.dep_ in _SUBJECTS), verb)
            told = _answers(verb, voice, claims, ctx, functools.partial(_record_fits, record, ctx, w, times))
        else:
            alibi = _alibi(verb, ctx, w)
            if alibi is None:
                continue
            voice, first = alibi.voice, alibi.subject
            told = _answers(verb, voice, claims, ctx, functools.partial(_alibi_fits, alibi, ctx, w, times))
        if told is None or voice.statement is None:
            continue
        out.append(replace(told, id="", claimant=voice.claimant, evidence=ctx.clause_span(verb, first),
                           polarity="negated", statement=voice.statement.id, revises=None, corroborates=()))
    return out
