"""Typed, immutable records of the analysis.

Every record is a frozen, slotted dataclass. Anything that comes from the text
carries character offsets into ``Document.text`` (Python string indices, like
spaCy's ``Span.start_char``/``end_char``) together with the surface text.
``to_dict`` on :class:`Analysis` produces the ``newsledger.analysis/1`` format
described in DESIGN.md; nothing else in the package builds that format.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from typing import Any, Literal

from .errors import MalformedInput

SCHEMA = "newsledger.analysis/1"

EntityType = Literal["PERSON", "ORG", "GPE", "LOC", "NORP", "GROUP", "OTHER"]
StatementKind = Literal["direct", "partial", "indirect"]
Precision = Literal["day", "week", "month", "season", "year", "decade", "unknown"]
Anchor = Literal["published", "explicit", "none"]
Polarity = Literal["asserted", "negated"]
Modality = Literal["actual", "hypothetical", "obligation", "intention", "future"]
StanceValue = Literal["support", "oppose"]
ClaimKind = Literal["event", "quantity", "cause", "status", "acceptance", "characterisation"]
ConflictKind = Literal["characterisation", "existence", "stance", "fact", "quantity", "cause", "status", "acceptance"]


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of ``Document.text``: ``text == document.text[start:end]``."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True, slots=True)
class Document:
    """One article as plain text, after boilerplate removal, with its metadata."""

    text: str
    source: str | None = None
    url: str | None = None
    title: str | None = None
    published: dt.date | dt.datetime | None = None
    language: str | None = None
    origin: str = "<memory>"  # where it was read from (path, "<stdin>", "file.jsonl:3")

    def __post_init__(self) -> None:
        # The boundary of the Python API: a date given as an ISO 8601 string is read here (every extractor
        # compares dates), and anything else is refused with what came in and what is allowed.
        if isinstance(self.published, str):
            object.__setattr__(self, "published", _iso_date(self.published, self.origin))
        elif self.published is not None and not isinstance(self.published, dt.date):
            raise MalformedInput(self.origin, f"published must be a date, a datetime or an ISO 8601 string, not "
                                              f"{type(self.published).__name__}")

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    @property
    def id(self) -> str:
        """Derived from the content, so the same text always gets the same id."""
        return "doc-" + self.sha256[:16]

    def span(self, start: int, end: int) -> Span:
        return Span(start, end, self.text[start:end])

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "source": self.source,
            "url": self.url,
            "title": self.title,
            "published": self.published.isoformat() if self.published else None,
            "language": self.language,
            "sha256": self.sha256,
            "text": self.text,
        }


def _iso_date(value: str, origin: str) -> dt.date | dt.datetime:
    """A date ("2026-03-18") or a datetime ("2026-03-18T09:30:00+00:00") from its ISO 8601 text."""
    text = value.strip()
    try:
        return dt.date.fromisoformat(text) if len(text) == 10 else dt.datetime.fromisoformat(text)
    except ValueError:
        raise MalformedInput(origin, f"published {value!r} is not an ISO 8601 date or datetime "
                                     "(e.g. 2026-03-18 or 2026-03-18T09:30:00)") from None


@dataclass(frozen=True, slots=True)
class Entity:
    """A participant or place, with every mention of it in the document."""

    id: str
    name: str
    type: EntityType
    mentions: tuple[Span, ...]
    country: str | None = None
    sector: str | None = None
    roles: tuple[str, ...] = ()
    affiliation: str | None = None
    ref: str | None = None
    """The name a people list knows the person by (the same for every form of the name), where one does."""

    def to_dict(self) -> dict[str, Any]:
        out = {
            "id": self.id,
            "name": self.name,
            "type": self.type,
            "country": self.country,
            "sector": self.sector,
            "roles": list(self.roles),
            "affiliation": self.affiliation,
            "mentions": [m.to_dict() for m in self.mentions],
        }
        if self.ref is not None:
            out["ref"] = self.ref
        return out


@dataclass(frozen=True, slots=True)
class Statement:
    """Something someone said: a quote (direct/partial) or reported speech."""

    id: str
    kind: StatementKind
    content: Span
    speaker: str | None = None
    speaker_text: str | None = None
    cue: str | None = None
    time: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "speaker": self.speaker,
            "speaker_text": self.speaker_text,
            "cue": self.cue,
            "content": self.content.to_dict(),
            "time": self.time,
        }


@dataclass(frozen=True, slots=True)
class TimeExpr:
    """A time expression and its TIMEX3 value (None where it cannot be resolved)."""

    id: str
    span: Span
    value: str | None
    precision: Precision = "unknown"
    anchor: Anchor = "none"
    date: dt.date | None = None  # first day the value covers, where it is a calendar value

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "start": self.span.start,
            "end": self.span.end,
            "text": self.span.text,
            "value": self.value,
            "precision": self.precision,
            "anchor": self.anchor,
        }


@dataclass(frozen=True, slots=True)
class Event:
    """Who did what to whom, coded as a PLOVER event with its factuality."""

    id: str
    type: str
    evidence: Span
    mode: str | None = None
    cameo: str | None = None
    source: str | None = None
    target: str | None = None
    date: str | None = None
    location: str | None = None
    polarity: Polarity = "asserted"
    modality: Modality = "actual"
    reported_by: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "type": self.type,
            "mode": self.mode,
            "cameo": self.cameo,
            "source": self.source,
            "target": self.target,
            "date": self.date,
            "location": self.location,
            "evidence": self.evidence.to_dict(),
            "polarity": self.polarity,
            "modality": self.modality,
            "reported_by": self.reported_by,
        }


NEGATED_PREFIX = "not "
"""How the analysis format writes a denied label: ``"not memorandum"`` (applied by :func:`label_text` alone)."""


def label_text(label: str, negated: bool) -> str:
    """A label as the analysis format writes it: ``"not <label>"`` for a denial, else the words alone.

    The one rendering rule: :class:`Label` and the ledger's conflict sides both use it, and
    :meth:`Label.from_dict` is its inverse.
    """
    return NEGATED_PREFIX + label if negated else label


@dataclass(frozen=True, slots=True)
class Label:
    """What one actor calls an agreement ("security agreement", "memorandum"), or denies it is.

    ``label`` holds the words alone; a denial ("there is no security agreement") is ``negated``. The
    negation is data, never read back from the words: "non-aggression pact" names a pact. Only the
    analysis format writes it into the text (:attr:`text`, ``"not security agreement"``), and
    :meth:`from_dict` reads it back from there.
    """

    label: str
    by: str | None
    evidence: Span
    negated: bool = False

    @property
    def text(self) -> str:
        """The label as the analysis format writes it: ``"not <label>"`` for a denial."""
        return label_text(self.label, self.negated)

    def to_dict(self) -> dict[str, Any]:
        return {"label": self.text, "by": self.by, "evidence": self.evidence.to_dict()}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Label:
        """The label that :meth:`to_dict` wrote (the format's ``"not "`` is the only sign of a denial)."""
        text: str = data["label"]
        negated = text.startswith(NEGATED_PREFIX)
        ev = data["evidence"]
        return cls(text[len(NEGATED_PREFIX):] if negated else text, data.get("by"),
                   Span(ev["start"], ev["end"], ev["text"]), negated)


@dataclass(frozen=True, slots=True)
class Stance:
    """One actor's position on an agreement (support or oppose), with the words that show it."""

    actor: str | None
    stance: StanceValue
    evidence: Span

    def to_dict(self) -> dict[str, Any]:
        return {"actor": self.actor, "stance": self.stance, "evidence": self.evidence.to_dict()}


@dataclass(frozen=True, slots=True)
class Agreement:
    """One real-world agreed (or disputed) document, with every party's label for it."""

    id: str
    parties: tuple[str, ...] = ()
    subject: str | None = None
    labels: tuple[Label, ...] = ()
    signed: str | None = None
    builds_on: tuple[str, ...] = ()
    stances: tuple[Stance, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "parties": list(self.parties),
            "subject": self.subject,
            "labels": [lb.to_dict() for lb in self.labels],
            "signed": self.signed,
            "builds_on": list(self.builds_on),
            "stances": [s.to_dict() for s in self.stances],
        }


@dataclass(frozen=True, slots=True)
class Side:
    """One actor's side of a conflict: what it claims, in its words, and where the text says so.

    ``claim_id`` names the :class:`Claim` record of that side where there is one.
    """

    actor: str | None
    claim: str
    evidence: Span
    claim_id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"actor": self.actor, "claim": self.claim, "claim_id": self.claim_id,
                "evidence": self.evidence.to_dict()}


@dataclass(frozen=True, slots=True)
class Amount:
    """A claimed quantity as a range: "120" is 120-120, "at least 40" is 40-None, "dozens" 24-99.

    ``hedge`` keeps the words that widened it ("at least", "about", "more than", "dozens"); ``unit``
    is what is counted, as the quantity vocabulary names it ("deaths", "troops").
    """

    low: float | None
    high: float | None
    unit: str | None = None
    hedge: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"low": self.low, "high": self.high, "unit": self.unit, "hedge": self.hedge}


@dataclass(frozen=True, slots=True)
class Claim:
    """One proposition asserted (or denied) by one claimant: a speaker, or the outlet (``None``).

    ``kind`` says what sort of proposition it is; ``predicate`` is its normalised head: a PLOVER type for
    ``event`` claims, a quantity class for ``quantity`` ("deaths"), a cause, status or acceptance
    predicate of the claims vocabulary ("sabotage", "unlawful", "accepted"), a document type for a
    ``characterisation``. ``arguments`` are (role, entity id) pairs ("agent", "target", "object").
    ``about`` is the words naming the thing the claim is about ("the blast at the depot"), when they
    are not an entity. ``revises`` and ``corroborates`` relate it to earlier claims of the same
    document: the same claimant changing its figure, another side saying the same.
    """

    id: str
    kind: ClaimKind
    predicate: str
    evidence: Span
    claimant: str | None = None
    arguments: tuple[tuple[str, str], ...] = ()
    value: Amount | None = None
    polarity: Polarity = "asserted"
    modality: Modality = "actual"
    time: str | None = None
    place: str | None = None
    statement: str | None = None
    event: str | None = None
    about: Span | None = None
    revises: str | None = None
    corroborates: tuple[str, ...] = ()

    def argument(self, role: str) -> str | None:
        """The entity id in ``role``, or None."""
        return next((eid for r, eid in self.arguments if r == role), None)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "claimant": self.claimant,
            "kind": self.kind,
            "predicate": self.predicate,
            "arguments": dict(self.arguments),
            "value": self.value.to_dict() if self.value else None,
            "polarity": self.polarity,
            "modality": self.modality,
            "time": self.time,
            "place": self.place,
            "evidence": self.evidence.to_dict(),
            "about": self.about.to_dict() if self.about else None,
            "statement": self.statement,
            "event": self.event,
            "revises": self.revises,
            "corroborates": list(self.corroborates),
        }


@dataclass(frozen=True, slots=True)
class Conflict:
    """Two actors describing one thing incompatibly (attributed, not judged)."""

    id: str
    kind: ConflictKind
    about: str | None
    sides: tuple[Side, ...]
    summary: str
    confidence: float = 1.0
    """How sure the detector is that the two sides make incompatible claims about one thing (0-1)."""

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "about": self.about,
            "sides": [s.to_dict() for s in self.sides],
            "summary": self.summary,
            "confidence": self.confidence,
        }


@dataclass(frozen=True, slots=True)
class Analysis:
    """Everything extracted from one document."""

    document: Document
    entities: tuple[Entity, ...] = ()
    statements: tuple[Statement, ...] = ()
    times: tuple[TimeExpr, ...] = ()
    events: tuple[Event, ...] = ()
    agreements: tuple[Agreement, ...] = ()
    conflicts: tuple[Conflict, ...] = ()
    claims: tuple[Claim, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA,
            "document": self.document.to_dict(),
            "entities": [e.to_dict() for e in self.entities],
            "statements": [s.to_dict() for s in self.statements],
            "times": [t.to_dict() for t in self.times],
            "events": [e.to_dict() for e in self.events],
            "agreements": [a.to_dict() for a in self.agreements],
            "claims": [c.to_dict() for c in self.claims],
            "conflicts": [c.to_dict() for c in self.conflicts],
        }


@dataclass(frozen=True, slots=True)
class Skipped:
    """A document that could not be analysed, and why. Travels through the stages untouched."""

    origin: str
    reason: str
    kind: str  # the error class name, for counting ("EmptyInput", "UnsupportedLanguage", ...)
