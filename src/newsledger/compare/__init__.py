"""Comparing claims: contradiction, revision, corroboration, or nothing to say.

Pure functions of two :class:`~newsledger.models.Claim` records and a :class:`Context` that knows who
is who; no spaCy, no store. The in-article conflict detector (``extract/conflicts.py``) and the
ledger's cross-article comparison (``link/``) both call :func:`compare`, so one rule decides in both.

The rules, kind by kind (only claims of the same kind, both of ``actual`` modality, are compared):

- **same proposition first**: arguments present in both must name the same actor
  (``context.same_actor``), times must not contradict (two dates neither of which contains the other:
  ``2031-05-02`` vs ``2031-05-03``, or ``2031-05`` vs ``2031-06``), places must not differ;
- **sides**: claims of one side (``context.same_side``: one actor, a person and their organisation,
  officials of one government) never conflict or corroborate; a changed figure or a flipped
  position of one side is a ``revision``;
- **event**: same act (a PLOVER type, or types :class:`Rules` maps to one act); opposite polarity is
  an ``existence`` conflict; both asserted with different agents (the same target, or each side the
  target of the other) is a ``cause`` (responsibility) conflict for the acts :class:`Rules` names;
- **quantity**: same class (predicate) and unit, :func:`compare.quantity.relation` decides:
  ``incompatible`` is a ``quantity`` conflict, figures that agree (``quantity.agree``: the same, or
  within the tolerance as given, or an exact figure inside an amount in words) a corroboration; counts at
  different times are not compared between sides; a figure one side denies ("rejects the figure of 350")
  conflicts with another side's figure that agrees with it, and says nothing of any other figure;
- **cause**: cause classes of different groups (:attr:`Rules.cause_groups`: intentional vs
  accidental), or one class asserted and denied; ``responsible``: one agent (or two of one side) asserted
  and denied, or two different agents (of different sides) both asserted; "the shells" and "the rounds"
  are one act through the act families;
- **status**: the same predicate asserted and denied about the same thing (a named opposite asserted,
  "unlawful", is its predicate denied: :attr:`Rules.opposites`; a predicate of one scale with another, as
  :attr:`Rules.kin` says, is read as that one); a state told at two clock times (a live
  blog's entries: "05:50 a fire is burning", "08:15 it is under control") is two moments, not a dispute; a
  state in words of its own (``state: cracked``) is recorded, never compared;
- **acceptance**: the same agent said to have accepted and not to have accepted the same thing;
- **characterisation**: of an agreement, conflicts are the agreement-label code's (``extract/conflicts.py``);
  the engine only finds corroboration (the same type for the same agreement by two sides); of an act (the
  argument ``frame``), two classes of one frame asserted, or one class asserted and denied, conflict; two labels in
  words of their own (``label: ``) of one thing (the frame ``thing: `` + the thing's noun), both asserted, with
  different head nouns, conflict (an open label given no such frame is recorded, never compared).

``confidence`` (0-1) grows with the evidence that the two claims are about one thing: arguments
matched by entity, the same time, the same place, overlapping words in ``about``, figures without
hedges; of two event claims, ``about`` at the very same characters (an answer or an alibi copying the
telling's). :data:`THRESHOLD` is the confidence below which a detector reports nothing.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Literal, Protocol

from ..lexicon.claims import ClaimVocabulary
from ..models import Amount, Claim, ConflictKind, Span
from . import quantity

__all__ = ["ECHO", "LABEL", "OPEN_CAUSE", "OPEN_STATE", "THING", "THRESHOLD", "VALENCE", "Context", "Finding", "Rules",
           "Verdict", "blame_answered", "compare", "consistent", "describe", "rules_for", "shipped_rules",
           "time_key", "time_relation", "two_moments"]

Verdict = Literal["conflict", "revision", "corroboration"]
Match = Literal["same", "compatible", "different"]

THRESHOLD = 0.6
VALENCE = "valence"  # the frame of labels of praise or blame (extract/claims/valence.py)
"""Findings below this confidence are not reported: a claim pair must match on more than its kind and
predicate (an argument, the time, the place, the words of what it is about, or being the only claims of
their proposition in the article) before a detector calls it a conflict, revision or corroboration."""


class Context(Protocol):
    """What the comparison needs to know beyond the two claims."""

    def same_side(self, a: str | None, b: str | None) -> bool:
        """The two claimants speak for one camp (the same actor, a person and their organisation,
        officials of one government); ``None`` is the outlet's own voice."""
        ...

    def same_actor(self, a: str | None, b: str | None) -> bool:
        """Two argument ids name one actor (within a document: equal ids; across: one ledger actor)."""
        ...

    def time_value(self, time_id: str | None) -> str | None:
        """The TIMEX3 value of a claim's time, or None."""
        ...

    def places_nest(self, a: str, b: str) -> bool:
        """One of two places named apart may lie within the other (a city and a street or square in it)."""
        ...

    def name(self, eid: str | None) -> str:
        """A readable name for summaries ("the outlet" for None)."""
        ...


@dataclass(frozen=True, slots=True)
class Finding:
    """What two claims are to each other. ``kind`` is the conflict kind for a ``conflict``."""

    verdict: Verdict
    kind: ConflictKind | None
    confidence: float
    summary: str


@dataclass(frozen=True, slots=True)
class Rules:
    """Vocabulary knowledge the comparison takes from the claims vocabulary (or a caller's table).

    ``cause_groups`` maps a cause class to its group ("sabotage" -> "intentional", "accident" ->
    "accidental"): classes of different groups cannot both be the cause of one incident. ``acts`` maps
    an event type to the act it counts as, where the vocabulary treats two types as one act.
    ``responsibility_acts`` are the acts whose agent can be disputed (who opened fire), as opposed to
    speech acts each side performs on its own (two accusations are not a dispute about who accused).
    """

    cause_groups: Mapping[str, str] = field(default_factory=dict)
    acts: Mapping[str, str] = field(default_factory=dict)
    responsibility_acts: frozenset[str] = frozenset({"ASSAULT", "COERCE"})
    refusals: Mapping[str, str] = field(default_factory=lambda: {"REJECT": "AGREE"})
    families: Mapping[str, str] = field(default_factory=dict)  # a word of an act -> its family's first word
    opposites: Mapping[str, str] = field(default_factory=dict)  # a status opposite's name -> its predicate
    kin: Mapping[str, str] = field(default_factory=dict)  # a status predicate -> the one it shares a scale with
    counted: Mapping[str, str] = field(default_factory=dict)  # a counted noun -> its class's first word
    moves: Mapping[str, str] = field(default_factory=dict)  # a verb of an open count -> its family's first word
    # The event type of a told act the lexicon does not type (extract/claims/reports.py OCCURRENCE): only the words
    # of ``about`` name the act, so two such claims in other words are two acts.
    untyped_acts: frozenset[str] = frozenset({"OCCURRENCE"})

    def count_key(self, predicate: str) -> str:
        """The predicate of a quantity claim with an open count's noun read as its class ("count:household:leave"
        as "count:family:leave": 2,800 households and 420 families who left are one count); others as they are."""
        parts = predicate.split(":")
        if len(parts) == 3 and predicate.startswith(quantity.OPEN_PREFIX):
            # and its verb as its family's: "1,200 wagons crossed" and "700 wagons arrived" count one passage
            return f"{parts[0]}:{self.counted.get(parts[1], parts[1])}:{self.moves.get(parts[2], parts[2])}"
        if len(parts) == 4 and predicate.startswith(f"{quantity.OPEN_PREFIX}percent:"):
            # a share of one thing told by two verbs of one family: "drew 62 per cent of the flow", "took 40 per cent"
            return ":".join((*parts[:3], self.moves.get(parts[3], parts[3])))
        return predicate

    def positive(self, claim: Claim) -> tuple[str, str]:
        """(predicate, polarity) of a claim with a named opposite read as its predicate: ("unlawful",
        "asserted") is ("lawful", "negated"); a predicate of one scale with another read as that one ("free
        and fair" as "lawful": a vote called rigged and one called lawful are judged on one scale);
        other claims as they are."""
        positive = self.opposites.get(claim.predicate)
        if positive is None:
            return self.kin.get(claim.predicate, claim.predicate), claim.polarity
        return self.kin.get(positive, positive), "negated" if claim.polarity == "asserted" else "asserted"

    def names(self, predicate: str) -> tuple[str, ...]:
        """The predicates that state one proposition: ``predicate`` and its opposite's name, or its positive
        ("lawful" -> ("lawful", "unlawful"), "unlawful" -> ("unlawful", "lawful"), "deaths" -> ("deaths",))."""
        positive = self.opposites.get(predicate, predicate)
        return (predicate, *(p for p in (positive, *(n for n, q in self.opposites.items() if q == positive))
                             if p != predicate))

    def group(self, predicate: str) -> str | None:
        """The group of a cause class, or None where the vocabulary does not say."""
        return self.cause_groups.get(predicate.lower())

    @staticmethod
    def exclusive(ga: str, gb: str) -> bool:
        """Two cause groups cannot both hold: neither is the other nor a kind of it ("accidental/human" is a kind
        of "accidental" and excludes "accidental/technical" and "intentional")."""
        return not (ga == gb or ga.startswith(gb + "/") or gb.startswith(ga + "/"))

    def act(self, event_type: str) -> str:
        """The act an event type counts as (itself unless the vocabulary merges it with another); a refusal
        counts as the act it refuses ("X rejected it" is "X did not agree")."""
        event_type = self.refusals.get(event_type, event_type)
        return self.acts.get(event_type, event_type)

    def refusal(self, event_type: str) -> bool:
        """The event type is the refusal of another act (:attr:`refusals`: REJECT refuses AGREE)."""
        return event_type in self.refusals


NO_RULES = Rules()


@functools.lru_cache(maxsize=8)
def rules_for(vocab: ClaimVocabulary) -> Rules:
    """The rules the claims vocabulary gives (its cause classes and their groups); built once per vocabulary."""
    lines: frozenset[str] = frozenset()
    if "act_families" in vocab.lists:  # (a missing list raises LexiconError, not KeyError: no .get)
        lines = vocab.lists["act_families"]
    families = {w: line.split()[0] for line in sorted(lines) for w in line.split()}
    counted: dict[str, str] = {}
    if "count_families" in vocab.lists:
        counted = {w: line.split()[0] for line in sorted(vocab.lists["count_families"]) for w in line.split()}
    moves: dict[str, str] = {}
    if "count_act_families" in vocab.lists:
        moves = {w: line.split()[0] for line in sorted(vocab.lists["count_act_families"]) for w in line.split()}
    return Rules(cause_groups={k.lower(): v for k, v in vocab.cause_groups.items()}, families=families,
                 opposites=dict(vocab.opposites), kin=dict(vocab.kin), counted=counted, moves=moves)


@functools.cache
def shipped_rules() -> Rules:
    """The rules of the shipped claims vocabulary (for callers without a run's lexicon, such as the ledger).

    Read once per process: the shipped file does not change under a running process, and reading and
    validating it costs about half a second, which the ledger's writer paid for every stored document.
    """
    from ..lexicon.claims import load_claim_vocabulary

    return rules_for(load_claim_vocabulary())
_RESPONSIBLE = "responsible"
OPEN_CAUSE = "cause: "  # the prefix of a cause in words of its own (extract/claims/open_causes.py)
ECHO = "word: "  # the prefix of a word of one side another denies as the thing's name (extract/claims/echoes.py)
LABEL = "label: "  # the prefix of a label in words of its own (extract/claims/open_labels.py)
THING = "thing: "  # the prefix of the frame of open labels of one thing, named by its noun (open_labels.py)
OPEN_STATE = "state: "  # the prefix of a state in words of its own, never compared (extract/claims/open_states.py)
_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:T(\d{2}:\d{2})?.*)?$")
_WORD = re.compile(r"[a-z]+")
_OPENERS = frozenset({"the", "all", "some", "these", "those"})  # words before the noun of an ``about``
_FILLER = frozenset({"that", "this", "with", "from", "there"})


def time_relation(a: str | None, b: str | None) -> Match:
    """Two TIMEX3 values: ``same``, ``different`` (calendar dates neither of which contains the other)
    or ``compatible`` (one unknown or vague, one containing the other: ``2031-05`` and ``2031-05-02``, or two
    clock times of one day)."""
    if a is None or b is None:
        return "compatible"
    ma, mb = _DATE.match(a), _DATE.match(b)
    if ma is None or mb is None:
        return "same" if a == b else "compatible"
    pa = [p for p in ma.groups()[:3] if p is not None]
    pb = [p for p in mb.groups()[:3] if p is not None]
    n = min(len(pa), len(pb))
    if pa[:n] != pb[:n]:
        return "different"
    if len(pa) != len(pb) or ma.group(4) != mb.group(4):
        # Two clock times of one day (a live blog's 13:40 and 18:25) are two moments, but the stamp of a
        # post dates the telling, not what is told: not one time, yet no evidence of two events.
        return "compatible"
    return "same"


def time_key(value: str | None) -> str | None:
    """A sort key for a TIMEX3 value that orders calendar dates and clock times of one day ("2031-05-02" before
    "2031-05-02T13:40" before "2031-05-02T18:25"); None for a value that is no calendar date ("PRESENT_REF")."""
    m = _DATE.match(value or "")
    if m is None:
        return None
    year, month, day, clock = m.groups()
    return "-".join(p for p in (year, month, day) if p is not None) + (f"T{clock}" if clock else "")


def two_moments(a: str | None, b: str | None) -> bool:
    """Two TIMEX3 values that are different clock times ("2031-05-02T05:50", "2031-05-02T08:15"): a state may
    change between them, though :func:`time_relation` finds them compatible (a stamp dates the telling)."""
    ma, mb = _DATE.match(a or ""), _DATE.match(b or "")
    return (ma is not None and mb is not None and ma.group(4) is not None and mb.group(4) is not None
            and time_key(a) != time_key(b))


def _other_years(a: str | None, b: str | None) -> bool:
    """Two TIMEX3 calendar values of different years ("2022" and "2026-08-26"): counts of two seasons, not one
    count told twice."""
    ma, mb = _DATE.match(a or ""), _DATE.match(b or "")
    return ma is not None and mb is not None and ma.group(1) != mb.group(1)


def _words(span: Span | None) -> frozenset[str]:
    if span is None:
        return frozenset()
    found = set()
    for w in _WORD.findall(span.text.lower()):
        if len(w) > 3 and w not in _FILLER:
            found.add(w[:-1] if w.endswith("s") and len(w) > 4 else w)
    return frozenset(found)


def _about(a: Claim, b: Claim) -> Match:
    """Whether the two claims are about one thing, by their ``event`` ids and the words of ``about``."""
    if a.event is not None and a.event == b.event:
        return "same"
    wa, wb = _words(a.about), _words(b.about)
    if not wa or not wb:
        return "compatible"
    return "same" if wa & wb else "different"


@dataclass(frozen=True, slots=True)
class _Fit:
    """How well two claims' circumstances match: matched argument roles, mismatched ones, time, place."""

    matched: tuple[str, ...]
    mismatched: tuple[str, ...]
    time: Match
    place: Match
    about: Match

    def score(self) -> float:
        """Confidence bonus of the matched circumstances."""
        s = 0.15 * min(len(self.matched), 2)
        s += 0.1 if self.time == "same" else 0.0
        s += 0.05 if self.place == "same" else 0.0
        s += {"same": 0.15, "compatible": 0.0, "different": -0.2}[self.about]
        return s


def _fit(a: Claim, b: Claim, context: Context) -> _Fit:
    roles_b = dict(b.arguments)
    matched: list[str] = []
    mismatched: list[str] = []
    for role, eid in a.arguments:
        other = roles_b.get(role)
        if other is None:
            continue
        (matched if context.same_actor(eid, other) else mismatched).append(role)
    time = time_relation(context.time_value(a.time), context.time_value(b.time))
    if a.place is None or b.place is None:
        place: Match = "compatible"
    else:
        place = "same" if context.same_actor(a.place, b.place) else \
            "compatible" if context.places_nest(a.place, b.place) else "different"
    return _Fit(tuple(matched), tuple(mismatched), time, place, _about(a, b))


def consistent(a: Claim, b: Claim, context: Context) -> bool:
    """No sign that ``a`` and ``b`` are about different things: no argument naming different actors in one
    role, no different dates, places or ``about`` words."""
    fit = _fit(a, b, context)
    return not fit.mismatched and "different" not in (fit.time, fit.place, fit.about)


def _clip(x: float) -> float:
    return round(max(0.0, min(1.0, x)), 2)


def describe(claim: Claim, context: Context) -> str:
    """A claim in a few words, as a conflict side shows it ("it did not happen", "at least 40 deaths")."""
    negated = claim.polarity == "negated"
    if claim.kind == "event":
        agent = claim.argument("agent")
        if agent is not None and claim.polarity == "asserted" and claim.predicate in NO_RULES.responsibility_acts:
            return f"{context.name(agent)} did it"
        if agent is not None and claim.polarity == "asserted" and NO_RULES.refusal(claim.predicate):
            return f"{context.name(agent)} did not agree"
        if agent is not None and claim.predicate in NO_RULES.refusals.values():
            return f"{context.name(agent)} did not agree" if negated else f"{context.name(agent)} agreed"
        return "it did not happen" if negated else "it happened"
    if claim.kind == "quantity" and claim.value is not None:
        return f"not {_amount(claim.value, claim.predicate)}" if negated else _amount(claim.value, claim.predicate)
    if claim.predicate == _RESPONSIBLE:
        who = context.name(claim.argument("agent"))
        return f"{who} is not responsible" if negated else f"{who} is responsible"
    if claim.kind == "acceptance":
        who = context.name(claim.argument("agent"))
        return f"{who} did not accept it" if negated else f"{who} accepted it"
    if claim.predicate.startswith(ECHO):
        word = claim.predicate[len(ECHO):]
        return f'not "{word}"' if negated else f'"{word}"'
    return f"not {claim.predicate}" if negated else claim.predicate


def _number(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else str(x)


def _amount(v: Amount, unit: str) -> str:
    what = v.unit or unit
    if v.hedge and v.low is not None and v.high is not None and v.low != v.high:
        return f"{v.hedge} {what}"  # an amount in words: "a few thousand displaced"
    if v.hedge:
        figure = v.low if v.low is not None else v.high  # the figure as given: "fewer than 15"
        return f"{v.hedge} {_number(figure)} {what}" if figure is not None else f"{v.hedge} {what}"
    if v.low is not None and v.high is not None and v.low != v.high:
        return f"{_number(v.low)}-{_number(v.high)} {what}"
    x = v.low if v.low is not None else v.high
    return f"{_number(x)} {what}" if x is not None else what


def _between(verdict: Verdict, kind: ConflictKind | None, confidence: float, a: Claim, b: Claim,
             context: Context) -> Finding:
    na, nb = context.name(a.claimant), context.name(b.claimant)
    da, db = describe(a, context), describe(b, context)
    if verdict == "revision":
        summary = f"{na} revises its claim: {da}, then {db}"
    elif verdict == "corroboration":
        summary = f"{na} and {nb} agree: {da}"
    else:
        summary = f"{na} says {da}; {nb} says {db}"
    return Finding(verdict, kind, _clip(confidence), summary)


def _sided(kind: ConflictKind, differ: bool, confidence: float, a: Claim, b: Claim,
           context: Context) -> Finding | None:
    """A disagreement between two sides (a conflict) or within one (a revision); agreement across sides is a
    corroboration, within one nothing new."""
    same_side = context.same_side(a.claimant, b.claimant) and not _answers_for_self(a, b)
    if differ:
        return _between("revision" if same_side else "conflict", None if same_side else kind, confidence, a, b,
                        context)
    return None if same_side else _between("corroboration", None, confidence, a, b, context)


def _answers_for_self(a: Claim, b: Claim) -> bool:
    """Both claims are about one claimant (an argument of each names them), told by that claimant and by another:
    a person speaking of their own standing against a body or officer of their own organisation that acted on
    them ("the board said she was dismissed"; "I remain the director") is a side of their own, though both
    belong to one camp."""
    if a.claimant is None or b.claimant is None or a.claimant == b.claimant:
        return False
    args_a = {eid for _role, eid in a.arguments}
    args_b = {eid for _role, eid in b.arguments}
    return any(own in args_a and own in args_b and other not in args_a | args_b
               for own, other in ((a.claimant, b.claimant), (b.claimant, a.claimant)))


def _event(a: Claim, b: Claim, context: Context, rules: Rules, single: bool) -> Finding | None:
    if rules.act(a.predicate) != rules.act(b.predicate):
        return None
    fit = _fit(a, b, context)
    if fit.time == "different" or fit.place == "different":
        return None  # different words in ``about`` only lower the confidence: "the incursion", "no crossing"
    if rules.refusal(a.predicate) != rules.refusal(b.predicate):
        return _refusal(a, b, fit, context, rules, single)
    if (a.predicate in rules.untyped_acts and fit.about == "different" and not _same_act(a, b, rules)
            and not _stems(a.about) & _stems(b.about)):
        return None  # "she lied" and "he never touched her": other words for an untyped act, another act
    if a.predicate in rules.untyped_acts and _other_objects(a, b):
        return None  # "the port received 300 tourists" and "it has not received the data": what, names the act
    # The words of ``about`` mostly name the act itself ("the attack", "no attack"): no evidence of one event;
    # unless they are the very same words of the text: one claim answers the other, copying what it is about.
    base = 0.45 + fit.score() - (0.15 if fit.about == "same" and not _answering(a, b) else 0.0) + (
        0.2 if single else 0.0)
    if not fit.mismatched:
        if a.polarity != b.polarity:
            return _sided("existence", True, base, a, b, context)
        if fit.matched or fit.time == "same":
            return _sided("existence", False, base, a, b, context)
        return None
    if a.polarity == "negated" or b.polarity == "negated" or rules.act(a.predicate) not in rules.responsibility_acts:
        return None
    return _blame(a, b, fit, base, context)


# Where the object of an untyped act's verb ends: a clause mark, a preposition or a conjunction.
_OBJECT_END = re.compile(r"(?<!\d)[,.](?!\d)|[;:!?()\"]|\b(?:in|on|at|from|to|by|for|with|over|during|since|"
                         r"after|before|until|and|or|but|than|as|when|while|because)\b")


def _object_stems(claim: Claim) -> frozenset[str]:
    """The word stems of what the claim's verb acts on: the words after ``about`` (or its words, where the claim
    answers another's) in its evidence, up to the end of that phrase ("received the agency's data" -> "agency",
    "data"); none where the evidence does not hold the verb."""
    ab, ev = claim.about, claim.evidence
    if ab is None:
        return frozenset()
    if ev.start <= ab.start and ab.end <= ev.end:
        after = ab.end - ev.start
    elif (found := re.search(rf"\b{re.escape(ab.text)}\b", ev.text)) is not None:
        after = found.end()  # an answer copying the other claim's verb: the verb in its own words
    else:
        return frozenset()
    rest = ev.text[after:]
    rest = rest[:m.start()] if (m := _OBJECT_END.search(rest)) else rest
    return _stems(Span(ev.start + after, ev.start + after + len(rest), rest))


def _other_objects(a: Claim, b: Claim) -> bool:
    """Both claims of one untyped verb name what it acts on, in words of which none are shared: two acts."""
    oa, ob = _object_stems(a), _object_stems(b)
    return bool(oa and ob and not oa & ob)


def _answering(a: Claim, b: Claim) -> bool:
    """One claim copies what the other is about (an answer or an alibi, ``extract/claims/answers.py``,
    ``alibis.py``): ``about`` at the same characters of the text, told by two claimants at different words."""
    return (a.about is not None and a.about == b.about and a.claimant != b.claimant
            and a.evidence != b.evidence)


def _refusal(a: Claim, b: Claim, fit: _Fit, context: Context, rules: Rules, single: bool) -> Finding | None:
    """One side says an actor agreed, the other that the same actor refused: an ``acceptance`` dispute. Only
    with the agent matched and nothing mismatched (a refusal of something else is no answer to it)."""
    if "agent" not in fit.matched or fit.mismatched or a.polarity != b.polarity or a.polarity != "asserted":
        return None
    refused, agreed = (a, b) if rules.refusal(a.predicate) else (b, a)
    agent = refused.argument("agent")
    # The actor itself denies having agreed, against another side's word that it did.
    if refused.claimant is None or not context.same_side(refused.claimant, agent):
        return None
    if agreed.claimant is not None and context.same_side(agreed.claimant, agent):
        return None
    confidence = 0.5 + fit.score() + (0.1 if single else 0.0)
    return _sided("acceptance", True, confidence, a, b, context)


def _blame(a: Claim, b: Claim, fit: _Fit, base: float, context: Context) -> Finding | None:
    """Both sides say the act happened, with different agents: the same target, or each side naming the
    other as the one who struck first."""
    agent_a, agent_b = a.argument("agent"), b.argument("agent")
    if agent_a is None or agent_b is None or context.same_side(agent_a, agent_b):
        return None
    if fit.mismatched == ("agent",):
        confidence = base
    elif set(fit.mismatched) <= {"agent", "target"} and _blames(a, b, context) and _blames(b, a, context):
        confidence = base + 0.05  # each side says the other struck it
    else:
        return None
    if context.same_side(a.claimant, b.claimant):
        return None
    return _between("conflict", "cause", confidence, a, b, context)


def _blames(claim: Claim, other: Claim, context: Context) -> bool:
    """``claim`` names the other claimant's side as the one who acted (its agent is on the side of the other
    claimant, or of the one the other says was struck), and what was struck, where it says, is its own side:
    "their troops fired on our patrol"."""
    agent, target, other_target = claim.argument("agent"), claim.argument("target"), other.argument("target")
    if claim.claimant is None or other.claimant is None or context.same_side(agent, claim.claimant):
        return False
    if target is not None and not context.same_side(target, claim.claimant):
        return False
    return context.same_side(agent, other.claimant) or (
        other_target is not None and context.same_side(agent, other_target))


def _quantity(a: Claim, b: Claim, context: Context, single: bool, rules: Rules = NO_RULES) -> Finding | None:
    if rules.count_key(a.predicate) != rules.count_key(b.predicate) or a.value is None or b.value is None:
        return None
    va, vb = a.value, b.value
    if va.unit and vb.unit and va.unit != vb.unit:
        if a.predicate == b.predicate:
            return None
        va, vb = replace(va, unit=None), replace(vb, unit=None)  # an open count's unit is its noun: one class
    fit = _fit(a, b, context)
    if fit.about == "different" and (a.predicate != b.predicate or _one_population(a.about, b.about)
                                     or _whole_below_part(a, b) or _whole_below_part(b, a)):
        fit = replace(fit, about="compatible")  # "families" and "households": the nouns of one class
    if fit.mismatched or fit.place == "different" or _some_of_foreigners(a, b):
        return None
    same_side = context.same_side(a.claimant, b.claimant)
    if fit.time == "different" and not same_side:
        return None  # counts at different times may both hold
    rel = quantity.relation(va, vb)
    if a.polarity != b.polarity:  # "rejects the figure of 350" against "350": the figure denied
        if same_side or not (rel == "same" or quantity.agree(va, vb)):
            return None
        confidence = 0.6 + fit.score() + (0.1 if single else 0.0) + 0.1
        return _between("conflict", "quantity", confidence, a, b, context)
    if a.polarity == "negated":
        return None  # two sides denying one figure say nothing of each other
    confidence = 0.6 + fit.score() + (0.1 if single else 0.0)
    confidence += 0.1 if not (a.value.hedge or b.value.hedge) else 0.0
    if same_side:
        if not _revised(a, b, va, vb, context):
            return None
        return _between("revision", None, confidence, a, b, context)
    if rel == "incompatible":
        if _background(a, b) or _background(b, a):
            return None
        return _between("conflict", "quantity", confidence, a, b, context)
    if quantity.agree(va, vb):
        return _between("corroboration", None, confidence, a, b, context)
    return None


def _revised(a: Claim, b: Claim, va: Amount, vb: Amount, context: Context) -> bool:
    """One side's two figures of a count (``va``, ``vb``) are a revision, not one figure told twice or closer, nor
    the counts of two times."""
    rel = quantity.relation(va, vb)
    if rel == "same" or (rel == "compatible" and (_told_within(va, vb) or _told_within(vb, va))):
        return False  # "hundreds have crossed ... we have registered about 640": one count, told closer
    if rel == "compatible" and quantity.one_figure(va, vb):
        return False  # "more than 90 tonnes ... the figure is 90 tonnes": one figure told twice
    # "over 90 tonnes this week ... some 360 tonnes in 2019": the counts of two seasons
    return not _other_years(context.time_value(a.time), context.time_value(b.time))


def _named_words(span: Span) -> frozenset[str]:
    """The words of ``span`` written with a capital (a nationality: "Indonesian", "Burundians"), as :func:`_words`
    gives them."""
    return _words(Span(span.start, span.end, " ".join(w for w in span.text.split() if w[:1].isupper())))


def _one_population(a: Span | None, b: Span | None) -> bool:
    """Two counts' nouns that name one population: a bare noun of people ("people") and the same noun, or another
    of them, with only a nationality ("Indonesian citizens", "Burundians"): who crossed from a country are its
    people. A group of its own ("children", "foreign nationals removed") is no such name."""
    if a is None or b is None:
        return False
    ra, rb = _words(a) - quantity.POPULATION, _words(b) - quantity.POPULATION
    if ra and rb:
        return False
    rest, span = (ra, a) if ra else (rb, b)
    return rest <= _named_words(span)


def _whole_below_part(whole: Claim, part: Claim) -> bool:
    """One count of a class told of people at large ("312 people were refused entry") and of a group of them
    ("4,000 pilgrims were turned back"), the people's figure below the group's (quantity40): a group cannot outnumber
    all the people its count is part of, so the two figures cannot both hold of one act and are read as one count.
    The other way round ("4,000 people", "312 children") both may hold: the group is some of the people."""
    if whole.about is None or part.about is None or whole.value is None or part.value is None:
        return False
    rest = _words(whole.about) - quantity.POPULATION
    if not (_words(whole.about) & quantity.POPULATION) or not rest <= _named_words(whole.about):
        return False
    return _below(whole, part)


def _below(whole: Claim, part: Claim) -> bool:
    """The figure of ``whole`` is below that of ``part``, the two not agreeing: the part cannot be some of it."""
    if whole.value is None or part.value is None:
        return False
    top = whole.value.high if whole.value.high is not None else whole.value.low
    least = part.value.low if part.value.low is not None else part.value.high
    return top is not None and least is not None and top < least and not quantity.agree(whole.value, part.value)


def _foreigners(about: Span) -> bool:
    """An ``about`` that opens on people named as foreigners ("foreign nationals removed through ...", "foreign
    citizens in an irregular situation"; quantity43): a whole that a count of people of one nationality, told by
    another side of the same removal, may be part of."""
    words = _WORD.findall(about.text.lower())
    while words and words[0] in _OPENERS:
        words = words[1:]
    return (len(words) >= 2 and words[0] == "foreign"
            and (words[1][:-1] if words[1].endswith("s") else words[1]) in quantity.POPULATION)


def _nationals_of_foreigners(whole: Claim, part: Claim) -> bool:
    """``whole`` counts people as foreigners (:func:`_foreigners`) and ``part`` people of one nationality alone
    ("1,412 Colombian citizens", "Congolese"): the part may be some of the whole."""
    if whole.about is None or part.about is None or not _foreigners(whole.about):
        return False
    rest = _words(part.about) - quantity.POPULATION
    return bool(rest) and rest <= _named_words(part.about)


def _some_of_foreigners(a: Claim, b: Claim) -> bool:
    """One claim counts foreigners, the other people of one nationality no more than them
    (:func:`_nationals_of_foreigners`): "900 foreign nationals deported" and "120 Indonesian citizens deported" may
    both hold."""
    return any(_nationals_of_foreigners(w, p) and not _below(w, p) for w, p in ((a, b), (b, a)))


def _in_words(v: Amount) -> bool:
    """An amount in words ("thousands", "dozens"): a hedged range, not a figure."""
    return v.hedge is not None and v.low is not None and v.high is not None and v.low != v.high


def _told_within(vague: Amount, figure: Amount) -> bool:
    """A figure (hedged or not, no amount in words itself) inside an amount in words of one side: the side telling
    one count closer ("hundreds", then "about 640"), not changing it."""
    stated = figure.low if figure.low is not None else figure.high
    return (_in_words(vague) and not _in_words(figure) and stated is not None and vague.low is not None
            and vague.high is not None and vague.low <= stated <= vague.high)


def _background(outlet: Claim, source: Claim) -> bool:
    """The outlet's own amount in words against a source's figure: background ("the conflict has killed thousands")
    rather than a count of the source's incident; an analyst would not call it a dispute."""
    return (outlet.claimant is None and source.claimant is not None and outlet.value is not None
            and source.value is not None and _in_words(outlet.value) and not _in_words(source.value))


def _names_class(about: Span | None, rules: Rules) -> bool:
    """An ``about`` that is a cause class with "a"/"an" ("a frayed cable had caused an accident"): the words
    name what the incident was, not a thing of their own, so they set the claim apart from no other."""
    words = _WORD.findall(about.text.lower()) if about is not None else []
    return len(words) >= 2 and words[0] in ("a", "an") and words[-1] in rules.cause_groups


def _cause(a: Claim, b: Claim, context: Context, rules: Rules, single: bool) -> Finding | None:
    if (a.predicate == _RESPONSIBLE) != (b.predicate == _RESPONSIBLE):
        return None  # a cause against someone held responsible: :func:`blame_answered`
    fit = _fit(a, b, context)
    if fit.time == "different" or fit.place == "different":
        return None
    if fit.about == "different" and _same_act(a, b, rules):
        fit = replace(fit, about="same")  # "the shells" and "the rounds", "the blast" and "the explosion"
    if fit.about == "different" and (_names_class(a.about, rules) or _names_class(b.about, rules)):
        fit = replace(fit, about="compatible")  # "a leak had caused an accident": the class, not another thing
    base = 0.6 + fit.score() + (0.2 if single else 0.0)
    if a.predicate == _RESPONSIBLE:
        return _responsible(a, b, fit, base, context)
    if fit.mismatched:
        return None
    if a.predicate.startswith(OPEN_CAUSE) or b.predicate.startswith(OPEN_CAUSE):
        return _open_cause(a, b, base, context)
    if a.predicate == b.predicate:
        return _sided("cause", a.polarity != b.polarity, base, a, b, context)
    ga, gb = rules.group(a.predicate), rules.group(b.predicate)
    if ga is None or gb is None or (a.polarity == "negated" and b.polarity == "negated"):
        return None
    if a.polarity == "negated" or b.polarity == "negated":
        denied, told = (a, b) if a.polarity == "negated" else (b, a)
        return _denied_kind(denied, told, base, rules, context)
    return _sided("cause", rules.exclusive(ga, gb), base, a, b, context)


def blame_answered(blame: Claim, other: Claim, context: Context) -> Finding | None:
    """One side holds another responsible (``blame``: "responsibility lies with the police"); the side it blames
    names a cause of its own (``other``: "the crush started when people without tickets forced a gate"): a conflict.
    Only the blamed side's answer counts: a third side's cause may be the blamed one's act told in other words."""
    agent = blame.argument("agent")
    if (blame.predicate != _RESPONSIBLE or other.kind != "cause" or other.predicate == _RESPONSIBLE
            or agent is None or other.claimant is None or blame.polarity != "asserted"
            or other.polarity != "asserted" or blame.modality != "actual" or other.modality != "actual"):
        return None
    if not context.same_side(other.claimant, agent) or context.same_side(blame.claimant, other.claimant):
        return None
    fit = _fit(blame, other, context)
    if fit.time == "different" or fit.place == "different" or fit.mismatched:
        return None
    return _between("conflict", "cause", 0.6 + fit.score(), blame, other, context)


def _denied_kind(denied: Claim, told: Claim, base: float, rules: Rules, context: Context) -> Finding | None:
    """One side denies the one class of a group ("it was no accident"), the other names a class of that group or
    of a kind of it ("ice brought the line down": natural forces, a kind of accident): a conflict. A denied class
    that is one of several of its group ("it was not sabotage") leaves the others open."""
    group, told_group = rules.group(denied.predicate), rules.group(told.predicate)
    if group is None or told_group is None or context.same_side(denied.claimant, told.claimant):
        return None
    if sum(1 for g in rules.cause_groups.values() if g == group) != 1:
        return None
    if not (told_group == group or told_group.startswith(group + "/")):
        return None
    return _between("conflict", "cause", base, denied, told, context)


def _open_words(claim: Claim) -> tuple[str, ...] | None:
    """The words of an open cause (:data:`OPEN_CAUSE`), or None for a class of the vocabulary."""
    if not claim.predicate.startswith(OPEN_CAUSE):
        return None
    return tuple(claim.predicate[len(OPEN_CAUSE):].split())


def _share(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two cause phrases share a word (its first five letters: "gust" and "gusts", "flood" and "flooding")."""
    return bool({w[:5] for w in a} & {w[:5] for w in b})


def _told_in(words: tuple[str, ...], text: list[str]) -> bool:
    """One of the lemmas ``words`` is a word of ``text``, or begins a word of it with its first five letters ("weld"
    and "welding", "rail" and "rails"; a word of three letters only whole)."""
    return any(t == w or (len(w) > 3 and t.startswith(w[:5])) for w in words for t in text)


def _open_cause(a: Claim, b: Claim, base: float, context: Context) -> Finding | None:
    """A cause in words of its own against another cause: two sides naming causes with no word in common, or one
    asserting what the other denies, disagree; one side's two causes are two parts of one account, not a revision.
    Against a class of the vocabulary (which the open cause's words are not), two asserted causes conflict unless the
    class's words share one with the open cause; an open cause denied conflicts with a class told in its words ("not
    caused by rail work" against "a rail crew had been grinding track")."""
    if context.same_side(a.claimant, b.claimant):
        return None
    wa, wb = _open_words(a), _open_words(b)
    if wa is None or wb is None:
        if a.polarity == "negated" and b.polarity == "negated":
            return None
        if a.polarity == "negated" or b.polarity == "negated":
            # "denied that any rail work had caused the blaze" against a class told in the words it denies ("a rail
            # crew had been grinding track": wear and decay): one side denies the other's cause
            denied, told = (a, b) if a.polarity == "negated" else (b, a)
            words = _open_words(denied)
            if (words is None or told.modality != "actual" or denied.modality != "actual"
                    or not _told_in(words, _WORD.findall(told.evidence.text.lower()))):
                return None
            return _between("conflict", "cause", base, a, b, context)
        told, words = (b, wa) if wa is not None else (a, wb)
        if words is not None and _share(words, tuple(_WORD.findall(told.evidence.text.lower()))):
            return None  # "an overheated battery" and "a faulty battery": one cause, a class read in its words
        return _between("conflict", "cause", base, a, b, context)
    shared = _share(wa, wb)
    if a.polarity != b.polarity:
        return _between("conflict", "cause", base, a, b, context) if shared else None
    if a.polarity == "negated":
        return None
    return _sided("cause", not shared, base, a, b, context)


def _responsible(a: Claim, b: Claim, fit: _Fit, base: float, context: Context) -> Finding | None:
    agent_a, agent_b = a.argument("agent"), b.argument("agent")
    if agent_a is None or agent_b is None:
        return None
    if "agent" in fit.matched or context.same_side(agent_a, agent_b):  # "Azerbaijani" and "Azerbaijani troops"
        return _sided("cause", a.polarity != b.polarity, base, a, b, context)
    if a.polarity == b.polarity == "asserted" and not context.same_side(agent_a, agent_b):
        if context.same_side(a.claimant, b.claimant):
            return None
        return _between("conflict", "cause", base, a, b, context)
    return None


_SUFFIXES = ("ation", "ment", "ion", "al", "ing", "ed", "es", "e", "s")


def _stems(span: Span | None) -> frozenset[str]:
    """The ``about`` words without the endings that tell a verb from its noun ("remove", "removal": "remov";
    "approve", "approval"), a stem of four letters at least."""
    out = set()
    words = _WORD.findall(span.text.lower()) if span is not None else []
    for w in (w for w in words if len(w) > 3 and w not in _FILLER):
        suffix = next((x for x in _SUFFIXES if w.endswith(x) and len(w) - len(x) >= 4
                       and not (x == "s" and w.endswith("ss"))), "")  # "dismiss" is no plural
        out.add(w[:len(w) - len(suffix)])
    return frozenset(out)


def _same_act(a: Claim, b: Claim, rules: Rules) -> bool:
    """The ``about`` words of both name one act under different words ("her detention", "was held")."""
    fa = {rules.families[w] for w in _words(a.about) if w in rules.families}
    return bool(fa & {rules.families[w] for w in _words(b.about) if w in rules.families})


def _status(a: Claim, b: Claim, context: Context, rules: Rules, single: bool) -> Finding | None:
    if a.predicate.startswith(OPEN_STATE) or b.predicate.startswith(OPEN_STATE):
        return None  # a state in words of its own is recorded, never compared
    (pa, pol_a), (pb, pol_b) = rules.positive(a), rules.positive(b)
    if pa != pb:
        return None
    fit = _fit(a, b, context)
    if fit.about == "different" and (_same_act(a, b, rules) or _stems(a.about) & _stems(b.about)):
        fit = replace(fit, about="same")
    if fit.mismatched or fit.time == "different" or fit.place == "different" or fit.about == "different":
        return None
    if two_moments(context.time_value(a.time), context.time_value(b.time)):
        return None  # a state at two moments of an unfolding incident
    if fit.about != "same" and not fit.matched and not single and pol_a != pol_b:
        return None  # "lawful" and "not lawful" of nothing named in common: maybe two things
    confidence = 0.6 + fit.score() + (0.1 if single else 0.0)
    return _sided("status", pol_a != pol_b, confidence, a, b, context)


def _acceptance(a: Claim, b: Claim, context: Context, single: bool) -> Finding | None:
    fit = _fit(a, b, context)
    if fit.mismatched == ("agent",) and context.same_side(a.argument("agent"), b.argument("agent")):
        # "North Macedonia agreed" and "North Macedonia's government did not": a state and its own bodies accept
        # or refuse as one
        fit = replace(fit, matched=(*fit.matched, "agent"), mismatched=())
    if a.predicate != b.predicate or "agent" not in fit.matched or fit.mismatched or fit.time == "different":
        return None
    confidence = 0.55 + fit.score() + (0.1 if single else 0.0)
    return _sided("acceptance", a.polarity != b.polarity, confidence, a, b, context)


def _act_label(a: Claim, b: Claim, context: Context, single: bool) -> Finding | None:
    """What two claimants call an act, in classes of one frame: different classes asserted, or one class
    asserted and denied, disagree ("a coup" vs "a restoration of order"; "an abduction" vs "not an abduction")."""
    fit = _fit(a, b, context)
    if "frame" not in fit.matched or fit.mismatched or fit.time == "different":
        return None
    if (a.argument("frame") or "").startswith(THING):
        return _open_labels(a, b, fit, context, single)
    if fit.about == "different" or (a.argument("frame") == VALENCE and fit.about != "same"):
        return None  # praise and blame meet only about one thing the two name
    if a.predicate == b.predicate:
        differ = a.polarity != b.polarity
    elif a.polarity == b.polarity == "asserted":
        differ = True
    else:
        return None  # "not a coup" and "a restoration" agree
    return _sided("characterisation", differ, 0.5 + fit.score() + (0.1 if single else 0.0), a, b, context)


def _open_labels(a: Claim, b: Claim, fit: _Fit, context: Context, single: bool) -> Finding | None:
    """Two labels in words of their own of one thing (the frame names it: "the convoy" and "it" after it are one
    thing in other words): both asserted, with different head nouns ("a military build-up" vs "a relief
    column"), two sides disagree, as do one label asserted and denied ("rejected the term 'shadow fleet'"); one noun
    ("a law" and "a media law") says nothing against the other."""
    if not (a.predicate.startswith(LABEL) and b.predicate.startswith(LABEL)):
        return None
    if a.predicate == b.predicate:
        if a.polarity == b.polarity:
            return None
    elif a.polarity != "asserted" or b.polarity != "asserted" or a.predicate.split()[-1] == b.predicate.split()[-1]:
        return None
    if context.same_side(a.claimant, b.claimant):
        return None  # one side's two words for a thing ("a supplement, a second route") is no change of account
    fit = replace(fit, about="same")  # the frame names the one thing ("Exercise Blue Anchor" and "the exercise")
    return _sided("characterisation", True, 0.5 + fit.score() + (0.1 if single else 0.0), a, b, context)


def _characterisation(a: Claim, b: Claim, context: Context, single: bool = False) -> Finding | None:
    if a.argument("frame") is not None or b.argument("frame") is not None:
        return _act_label(a, b, context, single)
    fit = _fit(a, b, context)
    agreement_a, agreement_b = a.argument("agreement"), b.argument("agreement")
    if (agreement_a is None or agreement_a != agreement_b or a.predicate != b.predicate
            or a.polarity != b.polarity or context.same_side(a.claimant, b.claimant) or fit.mismatched):
        return None
    return _between("corroboration", None, 0.8, a, b, context)


def compare(a: Claim, b: Claim, context: Context, rules: Rules = NO_RULES, single: bool = False) -> Finding | None:
    """What ``a`` and ``b`` are to each other, or None when they are about different things.

    ``rules`` carries the vocabulary's cause groups and merged event types (none by default: two cause
    classes of unknown groups are never found incompatible). ``single`` says the caller knows these are
    the only claims of their proposition in their scope (one incident in the article), which raises the
    confidence that they are about one thing. Findings below :data:`THRESHOLD` are returned too; the
    caller decides what to report.
    """
    if a.kind != b.kind or a.modality != "actual" or b.modality != "actual":
        return None
    if a.claimant == b.claimant and a.polarity == b.polarity and a.predicate == b.predicate and a.value == b.value:
        return None  # the claimant repeating itself
    if a.kind == "event":
        return _event(a, b, context, rules, single)
    if a.kind == "quantity":
        return _quantity(a, b, context, single, rules)
    if a.kind == "cause":
        return _cause(a, b, context, rules, single)
    if a.kind == "status":
        return _status(a, b, context, rules, single)
    if a.kind == "acceptance":
        return _acceptance(a, b, context, single)
    return _characterisation(a, b, context, single)
