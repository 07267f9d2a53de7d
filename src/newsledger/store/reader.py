"""Read a stored document back as the :class:`~newsledger.models.Analysis` it was written from."""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict

from sqlalchemy import select
from sqlalchemy.engine import Connection

from ..models import (
    Agreement,
    Amount,
    Analysis,
    Claim,
    Conflict,
    Document,
    Entity,
    Event,
    Label,
    Side,
    Span,
    Stance,
    Statement,
    TimeExpr,
)
from . import schema as t

__all__ = ["parse_published", "read_analysis"]


def parse_published(value: str | None) -> dt.date | dt.datetime | None:
    """The inverse of ``isoformat()`` for the ``published`` column."""
    if not value:
        return None
    return dt.date.fromisoformat(value) if "T" not in value and len(value) == 10 else dt.datetime.fromisoformat(value)


def read_analysis(conn: Connection, doc_id: str) -> Analysis | None:
    """Every per-document record of ``doc_id``, in the order it was written; None if it is not stored."""
    d = conn.execute(select(t.documents).where(t.documents.c.id == doc_id)).first()
    if d is None:
        return None
    document = Document(text=d.text, source=d.source, url=d.url, title=d.title,
                        published=parse_published(d.published), language=d.language, origin=d.origin)
    pk = d.pk

    ent_rows = conn.execute(select(t.entities).where(t.entities.c.doc_pk == pk).order_by(t.entities.c.pk)).all()
    mentions: dict[int, list[Span]] = defaultdict(list)
    if ent_rows:
        for m in conn.execute(select(t.mentions).where(t.mentions.c.entity_pk.in_([e.pk for e in ent_rows]))
                              .order_by(t.mentions.c.pk)):
            mentions[m.entity_pk].append(Span(m.start_char, m.end_char, m.text))
    entities = tuple(Entity(e.local_id, e.name, e.type, tuple(mentions[e.pk]), e.country, e.sector,
                            tuple(json.loads(e.roles)), e.affiliation) for e in ent_rows)

    times = tuple(TimeExpr(r.local_id, Span(r.start_char, r.end_char, r.text), r.value, r.precision, r.anchor, r.date)
                  for r in conn.execute(select(t.times).where(t.times.c.doc_pk == pk).order_by(t.times.c.pk)))
    statements = tuple(
        Statement(r.local_id, r.kind, Span(r.content_start_char, r.content_end_char, r.content_text), r.speaker,
                  r.speaker_text, r.cue, r.time)
        for r in conn.execute(select(t.statements).where(t.statements.c.doc_pk == pk).order_by(t.statements.c.pk)))
    events = tuple(
        Event(r.local_id, r.type, Span(r.evidence_start_char, r.evidence_end_char, r.evidence_text), r.mode, r.cameo,
              r.source, r.target, r.date, r.location, r.polarity, r.modality, r.reported_by)
        for r in conn.execute(select(t.events).where(t.events.c.doc_pk == pk).order_by(t.events.c.pk)))

    agr_rows = conn.execute(select(t.agreements).where(t.agreements.c.doc_pk == pk)
                            .order_by(t.agreements.c.pk)).all()
    labels: dict[int, list[Label]] = defaultdict(list)
    stances: dict[int, list[Stance]] = defaultdict(list)
    if agr_rows:
        agr_pks = [g.pk for g in agr_rows]
        for r in conn.execute(select(t.agreement_labels).where(t.agreement_labels.c.agreement_pk.in_(agr_pks))
                              .order_by(t.agreement_labels.c.pk)):
            labels[r.agreement_pk].append(Label(r.label, r.by, _evidence(r), r.negated))
        for r in conn.execute(select(t.agreement_stances).where(t.agreement_stances.c.agreement_pk.in_(agr_pks))
                              .order_by(t.agreement_stances.c.pk)):
            stances[r.agreement_pk].append(Stance(r.actor, r.stance, _evidence(r)))
    agreements = tuple(Agreement(g.local_id, tuple(json.loads(g.parties)), g.subject, tuple(labels[g.pk]), g.signed,
                                 tuple(json.loads(g.builds_on)), tuple(stances[g.pk])) for g in agr_rows)

    con_rows = conn.execute(select(t.conflicts).where(t.conflicts.c.doc_pk == pk, t.conflicts.c.scope == "document")
                            .order_by(t.conflicts.c.pk)).all()
    sides: dict[int, list[Side]] = defaultdict(list)
    if con_rows:
        for r in conn.execute(select(t.conflict_sides).where(t.conflict_sides.c.conflict_pk.in_(
                [c.pk for c in con_rows])).order_by(t.conflict_sides.c.pk)):
            sides[r.conflict_pk].append(Side(r.actor, r.claim, _evidence(r), r.claim_local_id))
    conflicts = tuple(Conflict(c.local_id, c.kind, c.about, tuple(sides[c.pk]), c.summary, c.confidence)
                      for c in con_rows)
    return Analysis(document, entities, statements, times, events, agreements, conflicts, _claims(conn, pk))


def _claims(conn: Connection, doc_pk: int) -> tuple[Claim, ...]:
    return tuple(
        Claim(r.local_id, r.kind, r.predicate, _evidence(r), r.claimant,
              tuple((role, eid) for role, eid in json.loads(r.arguments)),
              Amount(r.value_low, r.value_high, r.value_unit, r.value_hedge) if r.has_value else None,
              r.polarity, r.modality, r.time, r.place, r.statement, r.event,
              Span(r.about_start_char, r.about_end_char, r.about_text) if r.about_start_char is not None else None,
              r.revises, tuple(json.loads(r.corroborates)))
        for r in conn.execute(select(t.claims).where(t.claims.c.doc_pk == doc_pk).order_by(t.claims.c.pk)))


def _evidence(r: object) -> Span:
    return Span(r.evidence_start_char, r.evidence_end_char, r.evidence_text)  # type: ignore[attr-defined]
