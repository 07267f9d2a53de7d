"""The API's response and request bodies (pydantic, at the edge only), so /openapi.json documents every field.

The rows are those of the query layer (:data:`newsledger.store.queries.COLUMNS`), field for field;
a list answers with one :class:`Page` of them and the cursor of the next.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, model_validator

__all__ = ["ActorProfile", "ActorRow", "AgreementDetail", "AgreementRow", "AnalyzeRequest", "ClaimRow",
           "ConflictDetail", "ConflictRow", "Dashboard", "DocumentRow", "ErrorBody", "EventRow", "Page",
           "SearchRow", "SpeakerLabels", "StatementRow", "Stored"]

T = TypeVar("T")


class Page(BaseModel, Generic[T]):
    """One page of a list, in its stable order; ``next`` is the cursor of the next page (none: the last)."""

    items: list[T]
    next: str | None = Field(description="Pass back as `cursor` for the next page; null on the last page.")


class ErrorBody(BaseModel):
    error: str


class StatementRow(BaseModel):
    date: dt.date | None
    speaker: str | None
    speaker_id: str | None = Field(description="The speaker's ledger actor (act-...), where the ledger resolved one: "
                                               "/api/actors/{speaker_id}.")
    country: str | None
    kind: str
    cue: str | None
    content: str
    outlet: str | None
    document: str
    statement: str = Field(description="The statement's id within its document.")


class EventRow(BaseModel):
    date: dt.date | None = Field(description="The event's own day; null when its clause does not date it.")
    date_source: str | None
    published: dt.date | None
    type: str = Field(description="PLOVER event type.")
    mode: str | None
    cameo: str | None
    quad_class: int | None
    intensity: float | None
    source: str | None
    source_id: str | None
    source_country: str | None
    target: str | None
    target_id: str | None
    target_country: str | None
    polarity: str
    modality: str
    evidence: str
    start: int
    end: int
    outlet: str | None
    document: str
    url: str | None
    event: str | None = Field(description="The event cluster: every report of one real-world event.")


class AgreementRow(BaseModel):
    agreement: str
    parties: str
    subject: str | None
    signed: dt.date | None
    first_seen: dt.date | None
    labels: str
    documents: int
    outlets: str


class ConflictSideRow(BaseModel):
    claimant: str | None
    claim: str
    claim_id: str | None
    document: str
    url: str | None
    title: str | None
    start: int
    end: int
    evidence: str


class ConflictRow(BaseModel):
    conflict: str
    scope: str
    kind: str
    confidence: float
    about: str | None
    summary: str
    sides: list[ConflictSideRow]
    documents: int
    outlets: str


class ClaimRow(BaseModel):
    date: dt.date | None
    claimant: str | None
    kind: str
    predicate: str
    arguments: str
    value: str | None
    polarity: str
    modality: str
    time: str | None
    evidence: str
    start: int
    end: int
    outlet: str | None
    document: str
    claim: str
    links: str


class ActorRow(BaseModel):
    actor: str
    name: str
    type: str
    country: str | None
    sector: str | None
    documents: int
    mentions: int


class _DocumentHead(BaseModel):
    document: str
    date: dt.date | None
    outlet: str | None
    title: str | None
    url: str | None


class SearchRow(_DocumentHead):
    snippet: str | None = Field(description="The found words in [brackets].")
    score: float | None
    copy_of: str | None


class DocumentRow(_DocumentHead):
    statements: int
    events: int
    claims: int


class Variant(BaseModel):
    text: str
    mentions: int


class Counterpart(BaseModel):
    actor: str
    name: str
    country: str | None
    events: int


class ActorProfile(ActorRow):
    variants: list[Variant]
    statements_count: int
    events_count: int
    statements_per_month: list[tuple[str, int]] = Field(description="[YYYY-MM, count], oldest first.")
    events_per_month: list[tuple[str, int]]
    statements: list[StatementRow]
    events_as_source: list[EventRow]
    events_as_target: list[EventRow]
    counterparts: list[Counterpart]


class Party(BaseModel):
    actor: str
    name: str
    country: str | None


class LabelOut(BaseModel):
    label: str
    negated: bool
    evidence: str
    document: str
    start: int
    end: int
    published: dt.date | None


class SpeakerLabels(BaseModel):
    actor: str | None = Field(description="The speaker's ledger actor, where one was resolved.")
    name: str | None = Field(description="The speaker; the outlet where no one is quoted for the label.")
    country: str | None
    labels: list[LabelOut] = Field(description="What the speaker called the agreement, each with its evidence.")


class PartyLabels(BaseModel):
    kind: Literal["party", "country", "actor", "outlet"] = Field(
        description="party: one of the agreement's parties; country: a country that is not one of them; actor: a "
                    "speaker with no country; outlet: labels in the article's own words, no one quoted.")
    actor: str | None = Field(description="The party's ledger actor (a country's: its most reported GPE actor).")
    name: str | None
    country: str | None
    terms: list[str] = Field(description="What the party calls the agreement (a denied label as 'not ...'), "
                                         "first use first.")
    speakers: list[SpeakerLabels] = Field(description="Who speaks for the party, with their labels.")


class StanceOut(BaseModel):
    actor: str | None
    name: str | None
    stance: str
    evidence: str
    document: str
    start: int
    end: int
    published: dt.date | None


class ConflictBrief(BaseModel):
    conflict: str
    scope: str
    kind: str
    summary: str
    confidence: float
    documents: int


class AgreementReport(BaseModel):
    document: str
    title: str | None
    url: str | None
    outlet: str | None
    published: dt.date | None
    local_id: str
    signed: str | None


class AgreementDetail(BaseModel):
    agreement: str
    subject: str | None
    signed: dt.date | None
    first_seen: dt.date | None
    parties: list[Party]
    labels: list[PartyLabels] = Field(description="Each party's labels of the agreement, side by side, the "
                                                  "agreement's parties first; its speakers under each party.")
    stances: list[StanceOut]
    conflicts: list[ConflictBrief]
    documents: list[AgreementReport] = Field(description="The reports, oldest first.")


class SideDetail(BaseModel):
    claimant: str | None
    actor: str | None
    claim: str
    claim_id: str | None
    evidence: str
    start: int
    end: int
    before: str = Field(description="Up to 200 characters of the article before the evidence.")
    after: str
    document: str
    url: str | None
    title: str | None
    outlet: str | None
    published: dt.date | None


class ConflictDetail(BaseModel):
    conflict: str
    scope: str
    kind: str
    confidence: float
    about: str | None
    summary: str
    document: str | None
    documents: int
    outlets: list[str]
    sides: list[SideDetail]


class DayCounts(BaseModel):
    date: dt.date
    documents: int
    statements: int
    events: int
    conflicts: int


class TypeCount(BaseModel):
    type: str
    count: int


class KindCount(BaseModel):
    kind: str
    count: int


class Dashboard(BaseModel):
    since: dt.date | None
    until: dt.date | None
    days: int
    by_day: list[DayCounts]
    events_by_type: list[TypeCount]
    statements_by_kind: list[KindCount]


class AnalyzeRequest(BaseModel):
    """An article to analyse: exactly one of ``text``, ``html`` or ``url``."""

    model_config = ConfigDict(extra="forbid")

    text: str | None = None
    html: str | None = None
    url: str | None = Field(None, description="Fetched as `newsledger ingest` fetches (public addresses only "
                                              "unless the server allows private ones).")
    published: dt.date | None = Field(None, description="The publication day, where the article does not say.")

    @model_validator(mode="after")
    def _one_source(self) -> AnalyzeRequest:
        given = [name for name in ("text", "html", "url") if getattr(self, name) is not None]
        if len(given) != 1:
            raise ValueError(f"give exactly one of text, html or url (got {', '.join(given) or 'none'})")
        return self


class Stored(BaseModel):
    document: str
    status: Literal["added", "present"]
    copy_of: str | None
    similarity: float | None


AnyJSON = dict[str, Any]
