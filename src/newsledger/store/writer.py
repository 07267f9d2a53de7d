"""Write one analysed document, and every cross-document link it makes, in one transaction.

This module writes the document's own rows (entities, times, statements,
events, agreements, the conflicts found inside the article), as the extractors
produced them. The links across documents (near-duplicate copies, the actor,
event and agreement each record is, conflicts across sources) are
:mod:`newsledger.link`'s, made here in the order the rows need them.

The caller owns the transaction (:meth:`newsledger.store.Ledger.add`): either
the document, its records and its links are all committed, or none is, so an
interrupted ingest never leaves half a document behind.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from sqlalchemy.engine import Connection

from ..link import actors as link_actors
from ..link import agreements as link_agreements
from ..link import claims as link_claims
from ..link import copies as link_copies
from ..link import events as link_events
from ..link import minhash
from ..link.conflicts import Claim
from ..models import Agreement, Analysis
from ..models import Claim as ClaimRecord
from . import rows
from . import schema as t

__all__ = ["AddResult", "day_of", "write_analysis"]

Actors = Mapping[str, "link_actors.LinkedActor"]  # the document's entity id -> its ledger actor
Dates = Mapping[str, dt.date | None]  # the document's time id -> its day


@dataclass(frozen=True, slots=True)
class AddResult:
    """What writing one analysis did."""

    doc_id: str
    status: Literal["added", "present"]
    copy_of: str | None = None
    similarity: float | None = None


def day_of(value: dt.date | dt.datetime | None) -> dt.date | None:
    """The calendar day of a publication date or timestamp."""
    if isinstance(value, dt.datetime):
        return value.date()
    return value


def write_analysis(conn: Connection, a: Analysis, run_pk: int | None = None,
                   compare: link_claims.Comparator | None = None) -> AddResult:
    """Store ``a`` and link it to what the ledger holds; ``present`` if its content is there already.

    ``compare`` decides what two claims of different documents are to each other (default:
    :func:`newsledger.compare.compare`).
    """
    doc = a.document
    sig = minhash.signature(doc.text)
    pub = day_of(doc.published)
    row = {"id": doc.id, "sha256": doc.sha256, "source": doc.source, "url": doc.url, "title": doc.title,
           "published": doc.published.isoformat() if doc.published else None, "pub_date": pub,
           "language": doc.language, "origin": doc.origin, "text": doc.text, "run_pk": run_pk,
           "minhash": minhash.to_bytes(sig)}
    doc_pk = conn.execute(rows.insert(conn, t.documents).values(**row).on_conflict_do_nothing()
                          .returning(t.documents.c.pk)).scalar()
    if doc_pk is None:
        return AddResult(doc.id, "present")
    copy = link_copies.link_copy(conn, doc_pk, sig)
    ents = _write_entities(conn, doc_pk, a)
    dates = _write_times(conn, doc_pk, a)
    _write_statements(conn, doc_pk, a, ents, dates, pub)
    _write_events(conn, doc_pk, a, ents, dates, pub)
    _write_agreements(conn, doc_pk, a, ents, dates, pub)
    _write_claims(conn, doc_pk, a, ents, dates, pub)
    _write_document_conflicts(conn, doc_pk, a, ents)
    if a.claims:
        link_claims.link_claims(conn, doc_pk, a, ents, dates, compare)
    if copy is None:
        return AddResult(doc.id, "added")
    return AddResult(doc.id, "added", copy[0], copy[1])


def _write_entities(conn: Connection, doc_pk: int, a: Analysis) -> dict[str, link_actors.LinkedActor]:
    if not a.entities:
        return {}
    actors = link_actors.link_actors(conn, a.entities)
    entity_rows = [{"doc_pk": doc_pk, "local_id": e.id, "name": e.name, "type": e.type, "country": e.country,
                    "sector": e.sector, "roles": json.dumps(list(e.roles)), "affiliation": e.affiliation,
                    "actor_pk": actor[0]} for e, actor in zip(a.entities, actors, strict=True)]
    pks = conn.execute(t.entities.insert().returning(t.entities.c.pk, sort_by_parameter_order=True),
                       entity_rows).scalars().all()
    mentions = [{"entity_pk": pk, "start_char": m.start, "end_char": m.end, "text": m.text}
                for pk, e in zip(pks, a.entities, strict=True) for m in e.mentions]
    if mentions:
        conn.execute(t.mentions.insert(), mentions)
    return {e.id: link_actors.LinkedActor(pk, actor_id, e.name, e.country)
            for e, (pk, actor_id) in zip(a.entities, actors, strict=True)}


def _write_times(conn: Connection, doc_pk: int, a: Analysis) -> dict[str, dt.date | None]:
    if a.times:
        conn.execute(t.times.insert(), [
            {"doc_pk": doc_pk, "local_id": x.id, "start_char": x.span.start, "end_char": x.span.end,
             "text": x.span.text, "value": x.value, "precision": x.precision, "anchor": x.anchor, "date": x.date}
            for x in a.times])
    return {x.id: x.date for x in a.times}


def _write_statements(conn: Connection, doc_pk: int, a: Analysis, ents: Actors, dates: Dates,
                      pub: dt.date | None) -> None:
    if a.statements:
        conn.execute(t.statements.insert(), [
            {"doc_pk": doc_pk, "local_id": s.id, "kind": s.kind, "speaker": s.speaker,
             "speaker_text": s.speaker_text, "cue": s.cue, "content_start_char": s.content.start,
             "content_end_char": s.content.end, "content_text": s.content.text, "time": s.time,
             "actor_pk": link_actors.actor_pk(ents, s.speaker), "date": dates.get(s.time or "") or pub}
            for s in a.statements])


def _write_events(conn: Connection, doc_pk: int, a: Analysis, ents: Actors, dates: Dates,
                  pub: dt.date | None) -> None:
    if not a.events:
        return
    whens = [dates.get(e.date or "") or pub for e in a.events]
    links = link_events.link_events(conn, a.events, ents, whens)
    conn.execute(t.events.insert(), [
        {"doc_pk": doc_pk, "local_id": e.id, "type": e.type, "mode": e.mode, "cameo": e.cameo,
         "source": e.source, "target": e.target, "date": e.date, "location": e.location,
         "evidence_start_char": e.evidence.start, "evidence_end_char": e.evidence.end,
         "evidence_text": e.evidence.text, "polarity": e.polarity, "modality": e.modality,
         "reported_by": e.reported_by, "source_actor_pk": link_actors.actor_pk(ents, e.source),
         "target_actor_pk": link_actors.actor_pk(ents, e.target), "event_date": when, "cluster_pk": cluster,
         "date_source": "event" if dates.get(e.date or "") else "published"}
        for e, when, cluster in zip(a.events, whens, links.cluster_pks, strict=True)])
    link_events.event_conflicts(conn, doc_pk, links)


def _write_agreements(conn: Connection, doc_pk: int, a: Analysis, ents: Actors, dates: Dates,
                      pub: dt.date | None) -> None:
    """Link each agreement to its ledger agreement, store it with its labels and stances, then roll up."""
    if not a.agreements:
        return
    ledger = link_agreements.link_agreements(conn, a, ents, dates, pub)
    for g, link in zip(a.agreements, ledger, strict=True):
        agr_pk = conn.execute(t.agreements.insert().values(
            doc_pk=doc_pk, local_id=g.id, parties=json.dumps(list(g.parties)), subject=g.subject, signed=g.signed,
            builds_on=json.dumps(list(g.builds_on)), ledger_pk=link.pk).returning(t.agreements.c.pk)).scalar_one()
        _write_labels_and_stances(conn, agr_pk, g, ents)
    link_agreements.roll_up_agreements(conn, doc_pk, a, ents, ledger)


def _write_labels_and_stances(conn: Connection, agr_pk: int, g: Agreement, ents: Actors) -> None:
    if g.labels:
        conn.execute(t.agreement_labels.insert(), [
            {"agreement_pk": agr_pk, "label": lb.label, "negated": lb.negated, "by": lb.by,
             "actor_pk": link_actors.actor_pk(ents, lb.by),
             "evidence_start_char": lb.evidence.start, "evidence_end_char": lb.evidence.end,
             "evidence_text": lb.evidence.text} for lb in g.labels])
    if g.stances:
        conn.execute(t.agreement_stances.insert(), [
            {"agreement_pk": agr_pk, "actor": s.actor, "actor_pk": link_actors.actor_pk(ents, s.actor),
             "stance": s.stance, "evidence_start_char": s.evidence.start, "evidence_end_char": s.evidence.end,
             "evidence_text": s.evidence.text} for s in g.stances])


def _claimant_text(c: ClaimRecord, ents: Actors, speakers: Mapping[str, str | None]) -> str | None:
    if c.claimant is not None and c.claimant in ents:
        return ents[c.claimant].name
    return speakers.get(c.statement or "")


def _write_claims(conn: Connection, doc_pk: int, a: Analysis, ents: Actors, dates: Dates,
                  pub: dt.date | None) -> None:
    """The document's claims, with the ledger actors of their claimant, arguments and place."""
    if not a.claims:
        return
    values = {x.id: x.value for x in a.times}
    speakers = {s.id: s.speaker_text for s in a.statements}
    pks = conn.execute(t.claims.insert().returning(t.claims.c.pk, sort_by_parameter_order=True), [
        {"doc_pk": doc_pk, "local_id": c.id, "kind": c.kind, "predicate": c.predicate, "claimant": c.claimant,
         "claimant_text": _claimant_text(c, ents, speakers),
         "claimant_actor_pk": link_actors.actor_pk(ents, c.claimant),
         "arguments": json.dumps([list(x) for x in c.arguments]),
         "arguments_key": link_claims.arguments_key(c.arguments, ents),
         "has_value": c.value is not None, "value_low": c.value and c.value.low,
         "value_high": c.value and c.value.high, "value_unit": c.value and c.value.unit,
         "value_hedge": c.value and c.value.hedge, "polarity": c.polarity, "modality": c.modality,
         "time": c.time, "time_value": values.get(c.time or ""), "time_date": dates.get(c.time or ""),
         "date": dates.get(c.time or "") or pub, "place": c.place,
         "place_actor_pk": link_actors.actor_pk(ents, c.place),
         "evidence_start_char": c.evidence.start, "evidence_end_char": c.evidence.end,
         "evidence_text": c.evidence.text, "about_start_char": c.about and c.about.start,
         "about_end_char": c.about and c.about.end, "about_text": c.about and c.about.text,
         "statement": c.statement, "event": c.event, "revises": c.revises,
         "corroborates": json.dumps(list(c.corroborates))} for c in a.claims]).scalars().all()
    args = [{"claim_pk": pk, "role": role, "local_id": eid, "actor_pk": link_actors.actor_pk(ents, eid)}
            for pk, c in zip(pks, a.claims, strict=True) for role, eid in c.arguments]
    if args:
        conn.execute(t.claim_arguments.insert(), args)


def _write_document_conflicts(conn: Connection, doc_pk: int, a: Analysis, ents: Actors) -> None:
    """The conflicts found inside the article, as the extractor worded them."""
    for k in a.conflicts:
        pk = conn.execute(t.conflicts.insert().values(
            id=f"{a.document.id}:{k.id}", scope="document", doc_pk=doc_pk, local_id=k.id, kind=k.kind,
            about=k.about, summary=k.summary, confidence=k.confidence, n_documents=1,
            outlets=rows.merge_rollup("[]", [a.document.source]))
            .returning(t.conflicts.c.pk)).scalar_one()
        rows.insert_sides(conn, pk, [Claim(doc_pk, s.claim, s.evidence.start, s.evidence.end, s.evidence.text,
                                           link_actors.actor_pk(ents, s.actor), s.actor, claim_id=s.claim_id)
                                     for s in k.sides])
