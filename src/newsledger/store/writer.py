"""Write one analysed document, and every cross-document link it makes, in one transaction.

The caller owns the transaction (:meth:`newsledger.store.Ledger.add`): either
the document, its records and its links are all committed, or none is, so an
interrupted ingest never leaves half a document behind.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import and_, distinct, func, or_, select, text, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection

from ..link import conflicts as xconflicts
from ..link import minhash
from ..link.identity import (
    SEEN_WINDOW,
    SIGNED_WINDOW,
    AgreementFacts,
    actor_key,
    event_key,
    first_match,
    ledger_id,
    party_token,
    subject_words,
)
from ..models import Analysis
from . import schema as t

__all__ = ["AddResult", "day_of", "write_analysis"]


@dataclass(frozen=True, slots=True)
class AddResult:
    """What writing one analysis did."""

    doc_id: str
    status: Literal["added", "present"]
    copy_of: str | None = None
    similarity: float | None = None


@dataclass(frozen=True, slots=True)
class _Actor:
    entity_pk: int
    actor_pk: int
    actor_id: str
    name: str
    country: str | None


def day_of(value: dt.date | dt.datetime | None) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    return value


def _insert(conn: Connection, table: Any) -> Any:
    return (postgresql.insert if conn.dialect.name == "postgresql" else sqlite.insert)(table)


def write_analysis(conn: Connection, a: Analysis, run_pk: int | None = None) -> AddResult:
    """Store ``a`` and link it to what the ledger holds; ``present`` if its content is there already."""
    doc = a.document
    sig = minhash.signature(doc.text)
    pub = day_of(doc.published)
    row = {"id": doc.id, "sha256": doc.sha256, "source": doc.source, "url": doc.url, "title": doc.title,
           "published": doc.published.isoformat() if doc.published else None, "pub_date": pub,
           "language": doc.language, "origin": doc.origin, "text": doc.text, "run_pk": run_pk,
           "minhash": minhash.to_bytes(sig)}
    doc_pk = conn.execute(_insert(conn, t.documents).values(**row).on_conflict_do_nothing()
                          .returning(t.documents.c.pk)).scalar()
    if doc_pk is None:
        return AddResult(doc.id, "present")
    copy = _link_copy(conn, doc_pk, sig)
    ents = _write_entities(conn, doc_pk, a)
    dates = _write_times(conn, doc_pk, a)
    speakers = _write_statements(conn, doc_pk, a, ents, dates, pub)
    _write_events(conn, doc_pk, a, ents, dates, pub, speakers)
    _write_agreements(conn, doc_pk, a, ents, dates, pub)
    _write_document_conflicts(conn, doc_pk, a, ents)
    if copy is None:
        return AddResult(doc.id, "added")
    return AddResult(doc.id, "added", copy[0], copy[1])


# Candidates share at least one whole band with the new document (an indexed lookup per band).
_CANDIDATES = text(
    "SELECT pk, minhash, copy_of_pk FROM documents WHERE pk IN (SELECT doc_pk FROM minhash_bands WHERE "
    + " OR ".join(f"(band = {i} AND hash = :h{i})" for i in range(minhash.BANDS)) + ")")


def _link_copy(conn: Connection, doc_pk: int, sig: Any) -> tuple[str, float] | None:
    bands = minhash.band_hashes(sig)
    rows = [r for r in conn.execute(_CANDIDATES, {f"h{i}": h for i, h in enumerate(bands)}) if r.pk != doc_pk]
    conn.execute(_insert(conn, t.minhash_bands).on_conflict_do_nothing(),
                 [{"band": i, "hash": h, "doc_pk": doc_pk} for i, h in enumerate(bands)])
    best = minhash.best_copy(sig, [(r.pk, r.minhash) for r in rows if r.minhash])
    if best is None:
        return None
    of_pk = {r.pk: r.copy_of_pk or r.pk for r in rows}[best[0]]
    conn.execute(update(t.documents).where(t.documents.c.pk == doc_pk)
                 .values(copy_of_pk=of_pk, copy_similarity=best[1]))
    of_id = conn.execute(select(t.documents.c.id).where(t.documents.c.pk == of_pk)).scalar_one()
    return of_id, best[1]


def _write_entities(conn: Connection, doc_pk: int, a: Analysis) -> dict[str, _Actor]:
    if not a.entities:
        return {}
    keys = {e.id: actor_key(e.type, e.name, e.country) for e in a.entities}
    new: dict[str, dict[str, Any]] = {}
    for e in a.entities:
        row = new.setdefault(keys[e.id], {"id": ledger_id("act", keys[e.id]), "key": keys[e.id], "name": e.name,
                                          "type": e.type, "country": e.country, "sector": e.sector,
                                          "n_documents": 1, "n_mentions": 0})
        row["n_mentions"] += len(e.mentions)
    # One statement creates new actors, counts this document for known ones, and returns their keys.
    ins = _insert(conn, t.actors)
    upsert = ins.on_conflict_do_update(index_elements=[t.actors.c.key], set_={
        "n_documents": t.actors.c.n_documents + 1, "n_mentions": t.actors.c.n_mentions + ins.excluded.n_mentions})
    found = {r.key: (r.pk, r.id) for r in conn.execute(
        upsert.returning(t.actors.c.key, t.actors.c.pk, t.actors.c.id), [new[k] for k in sorted(new)])}
    rows = [{"doc_pk": doc_pk, "local_id": e.id, "name": e.name, "type": e.type, "country": e.country,
             "sector": e.sector, "roles": json.dumps(list(e.roles)), "affiliation": e.affiliation,
             "actor_pk": found[keys[e.id]][0]} for e in a.entities]
    pks = conn.execute(t.entities.insert().returning(t.entities.c.pk, sort_by_parameter_order=True),
                       rows).scalars().all()
    mentions = [{"entity_pk": pk, "start_char": m.start, "end_char": m.end, "text": m.text}
                for pk, e in zip(pks, a.entities, strict=True) for m in e.mentions]
    if mentions:
        conn.execute(t.mentions.insert(), mentions)
    return {e.id: _Actor(pk, found[keys[e.id]][0], found[keys[e.id]][1], e.name, e.country)
            for pk, e in zip(pks, a.entities, strict=True)}


def _write_times(conn: Connection, doc_pk: int, a: Analysis) -> dict[str, dt.date | None]:
    if a.times:
        conn.execute(t.times.insert(), [
            {"doc_pk": doc_pk, "local_id": x.id, "start_char": x.span.start, "end_char": x.span.end,
             "text": x.span.text, "value": x.value, "precision": x.precision, "anchor": x.anchor, "date": x.date}
            for x in a.times])
    return {x.id: x.date for x in a.times}


def _actor_pk(ents: dict[str, _Actor], local: str | None) -> int | None:
    return ents[local].actor_pk if local is not None and local in ents else None


def _write_statements(conn: Connection, doc_pk: int, a: Analysis, ents: dict[str, _Actor],
                      dates: dict[str, dt.date | None], pub: dt.date | None) -> dict[str, int | None]:
    if a.statements:
        conn.execute(t.statements.insert(), [
            {"doc_pk": doc_pk, "local_id": s.id, "kind": s.kind, "speaker": s.speaker,
             "speaker_text": s.speaker_text, "cue": s.cue, "content_start_char": s.content.start,
             "content_end_char": s.content.end, "content_text": s.content.text, "time": s.time,
             "actor_pk": _actor_pk(ents, s.speaker), "date": dates.get(s.time or "") or pub}
            for s in a.statements])
    return {s.id: _actor_pk(ents, s.speaker) for s in a.statements}


def _write_events(conn: Connection, doc_pk: int, a: Analysis, ents: dict[str, _Actor],
                  dates: dict[str, dt.date | None], pub: dt.date | None, speakers: dict[str, int | None]) -> None:
    if not a.events:
        return
    rows: list[dict[str, Any]] = []
    clusters: dict[str, dict[str, Any]] = {}
    keys: list[str | None] = []
    for e in a.events:
        when = dates.get(e.date or "") or pub
        src, tgt = ents.get(e.source or ""), ents.get(e.target or "")
        key = (event_key(e.type, src.actor_id if src else None, tgt.actor_id if tgt else None, when)
               if e.modality == "actual" else None)
        keys.append(key)
        if key is not None:
            clusters[key] = {"id": ledger_id("evt", key), "key": key, "type": e.type, "date": when,
                             "source_actor_pk": src and src.actor_pk, "target_actor_pk": tgt and tgt.actor_pk}
        rows.append({"doc_pk": doc_pk, "local_id": e.id, "type": e.type, "mode": e.mode, "cameo": e.cameo,
                     "source": e.source, "target": e.target, "date": e.date, "location": e.location,
                     "evidence_start_char": e.evidence.start, "evidence_end_char": e.evidence.end,
                     "evidence_text": e.evidence.text, "polarity": e.polarity, "modality": e.modality,
                     "reported_by": e.reported_by, "source_actor_pk": src and src.actor_pk,
                     "target_actor_pk": tgt and tgt.actor_pk, "event_date": when})
    cluster_pk: dict[str, int] = {}
    if clusters:
        conn.execute(_insert(conn, t.event_clusters).on_conflict_do_nothing(), list(clusters.values()))
        cluster_pk = dict(conn.execute(select(t.event_clusters.c.key, t.event_clusters.c.pk)
                                       .where(t.event_clusters.c.key.in_(list(clusters)))).tuples().all())
    for r, key in zip(rows, keys, strict=True):
        r["cluster_pk"] = cluster_pk.get(key) if key else None
    conn.execute(t.events.insert(), rows)
    for key, pk in sorted(cluster_pk.items()):
        _event_conflicts(conn, doc_pk, pk, str(clusters[key]["id"]), key.split("|")[0])


def _event_conflicts(conn: Connection, doc_pk: int, cluster_pk: int, cluster_id: str, type_: str) -> None:
    ev, d, st, ac = t.events, t.documents, t.statements, t.actors
    polarities = conn.execute(select(ev.c.polarity, func.count(distinct(ev.c.doc_pk)))
                              .where(ev.c.cluster_pk == cluster_pk).group_by(ev.c.polarity)).all()
    if len(polarities) < 2:
        return
    q = (select(ev.c.doc_pk, ev.c.polarity, ev.c.evidence_start_char, ev.c.evidence_end_char, ev.c.evidence_text,
                d.c.source, st.c.actor_pk, st.c.speaker, ac.c.name)
         .join(d, d.c.pk == ev.c.doc_pk)
         .outerjoin(st, and_(st.c.doc_pk == ev.c.doc_pk, st.c.local_id == ev.c.reported_by))
         .outerjoin(ac, ac.c.pk == st.c.actor_pk)
         .where(ev.c.cluster_pk == cluster_pk))
    _update_conflict(conn, "existence", cluster_id, f"{type_} event {cluster_id}", q, ev.c.doc_pk == doc_pk,
                     xconflicts.existence)


Detector = Callable[[Sequence[xconflicts.Claim]], tuple[xconflicts.Claim, ...]]


def _update_conflict(conn: Connection, kind: str, about: str, what: str, claims_query: Any,
                     this_doc: Any, detect: Detector) -> None:
    """Create the ledger conflict about ``about`` when the claims disagree, or add this document's claims to it.

    Only the creation looks at every claim; later documents add their own sides, so a story
    reported a thousand times costs one lookup per report, not a thousand.
    """
    c = t.conflicts
    cid = ledger_id("con", f"{kind}|{about}")
    existing = conn.execute(select(c.c.pk, c.c.summary).where(c.c.id == cid)).first()
    if existing is None:
        sides = detect(_claims(conn, claims_query))
        if sides:
            pk = conn.execute(c.insert().values(
                id=cid, scope="ledger", kind=kind, about=about, summary=xconflicts.summary(kind, sides, what),
                n_documents=len({x.doc_pk for x in sides}), outlets=_merge("[]", [x.outlet for x in sides]))
                              .returning(c.c.pk)).scalar_one()
            _insert_sides(conn, pk, sides)
        return
    added = _claims(conn, claims_query.where(this_doc))
    if not added:
        return
    _insert_sides(conn, existing.pk, added)
    outlets = conn.execute(select(c.c.outlets).where(c.c.pk == existing.pk)).scalar_one()
    conn.execute(update(c).where(c.c.pk == existing.pk).values(
        summary=xconflicts.extend_summary(existing.summary, kind, added), n_documents=c.c.n_documents + 1,
        outlets=_merge(outlets, [x.outlet for x in added])))


ROLLUP_CAP = 50  # distinct labels / outlets kept in a roll-up column


def _merge(current: str, new: Iterable[str | None]) -> str:
    """A JSON list of distinct strings, extended by ``new`` up to ``ROLLUP_CAP`` items."""
    items: list[str] = json.loads(current)
    for value in new:
        if value and value not in items and len(items) < ROLLUP_CAP:
            items.append(value)
    return json.dumps(items, ensure_ascii=False)


def _claims(conn: Connection, query: Any) -> list[xconflicts.Claim]:
    # Only label rows carry ``negated`` (a denied label); stances and event reports have none.
    return [xconflicts.Claim(r[0], r[1], r[2], r[3], r[4], r.actor_pk, r[7], r.name, r.source,
                             bool(getattr(r, "negated", False))) for r in conn.execute(query)]


def _write_agreements(conn: Connection, doc_pk: int, a: Analysis, ents: dict[str, _Actor],
                      dates: dict[str, dt.date | None], pub: dt.date | None) -> None:
    la = t.ledger_agreements
    # ledger agreement -> (its id, how to name it, whether this document labels it, takes a stance on it)
    touched: dict[int, tuple[str, str, bool, bool]] = {}
    rollups: dict[int, tuple[list[str], str]] = {}  # ledger agreement -> (labels shown, party names)
    for g in a.agreements:
        parties = frozenset(party_token(ents[p].country, ents[p].actor_id) for p in g.parties if p in ents)
        signed = dates.get(g.signed or "")
        facts = AgreementFacts(parties, subject_words(g.subject), signed, pub)
        near = signed or pub
        query = select(la).where(la.c.parties_key == facts.parties_key)
        if near is not None:  # a superset of what same_agreement can accept, to keep the candidates few
            reach = SEEN_WINDOW + SIGNED_WINDOW
            query = query.where(or_(la.c.first_seen.is_(None), la.c.first_seen.between(near - reach, near + reach),
                                    la.c.signed_date.between(near - reach, near + reach)))
        # Without parties nothing identifies the agreement across documents: it stands alone.
        candidates = [(r.pk, AgreementFacts(parties, subject_words(r.subject), r.signed_date, r.first_seen))
                      for r in conn.execute(query.order_by(la.c.pk).limit(500))] if parties else []
        ledger_pk = first_match(facts, candidates)
        if ledger_pk is None:
            agr_id = ledger_id("agr", f"{a.document.id}:{g.id}")
            ledger_pk = conn.execute(la.insert().values(
                id=agr_id, parties_key=facts.parties_key, subject=g.subject, signed_date=signed,
                first_seen=pub).returning(la.c.pk)).scalar_one()
        else:
            current = conn.execute(select(la).where(la.c.pk == ledger_pk)).one()
            agr_id = current.id
            changes: dict[str, Any] = {}
            if current.signed_date is None and signed is not None:
                changes["signed_date"] = signed
            if pub is not None and (current.first_seen is None or pub < current.first_seen):
                changes["first_seen"] = pub
            if current.subject is None and g.subject:
                changes["subject"] = g.subject
            if changes:
                conn.execute(update(la).where(la.c.pk == ledger_pk).values(**changes))
        party_names = [ents[p].name for p in g.parties if p in ents]
        names = " and ".join(party_names)
        what = f"the {g.subject + ' ' if g.subject else ''}agreement" + (f" between {names}" if names else "")
        agr_pk = conn.execute(t.agreements.insert().values(
            doc_pk=doc_pk, local_id=g.id, parties=json.dumps(list(g.parties)), subject=g.subject, signed=g.signed,
            builds_on=json.dumps(list(g.builds_on)), ledger_pk=ledger_pk).returning(t.agreements.c.pk)).scalar_one()
        _, _, had_labels, had_stances = touched.get(ledger_pk, (agr_id, what, False, False))
        touched[ledger_pk] = (agr_id, what, had_labels or bool(g.labels), had_stances or bool(g.stances))
        shown = [f"{lb.text!r} by {ents[lb.by].name if lb.by in ents else 'unattributed'} "
                 f"({a.document.source or 'unknown outlet'})" for lb in g.labels]
        rollups.setdefault(ledger_pk, ([], "; ".join(party_names)))[0].extend(shown)
        if g.labels:
            conn.execute(t.agreement_labels.insert(), [
                {"agreement_pk": agr_pk, "label": lb.label, "negated": lb.negated, "by": lb.by,
                 "actor_pk": _actor_pk(ents, lb.by),
                 "evidence_start_char": lb.evidence.start, "evidence_end_char": lb.evidence.end,
                 "evidence_text": lb.evidence.text} for lb in g.labels])
        if g.stances:
            conn.execute(t.agreement_stances.insert(), [
                {"agreement_pk": agr_pk, "actor": s.actor, "actor_pk": _actor_pk(ents, s.actor), "stance": s.stance,
                 "evidence_start_char": s.evidence.start, "evidence_end_char": s.evidence.end,
                 "evidence_text": s.evidence.text} for s in g.stances])
    for ledger_pk, (shown, names) in sorted(rollups.items()):
        row = conn.execute(select(la.c.parties, la.c.labels, la.c.outlets).where(la.c.pk == ledger_pk)).one()
        conn.execute(update(la).where(la.c.pk == ledger_pk).values(
            n_documents=la.c.n_documents + 1, parties=row.parties or names,
            labels=_merge(row.labels, shown), outlets=_merge(row.outlets, [a.document.source])))
    for ledger_pk, (agr_id, what, labels, stances) in sorted(touched.items()):
        _agreement_conflicts(conn, doc_pk, ledger_pk, agr_id, what, labels, stances)


def _agreement_conflicts(conn: Connection, doc_pk: int, ledger_pk: int, agr_id: str, what: str, labels: bool,
                         stances: bool) -> None:
    """Only the kinds this document adds claims to can change (new sides come from this document alone)."""
    g, d, ac = t.agreements, t.documents, t.actors
    for table, kind, claim_col, actor_col in ((t.agreement_labels, "characterisation", "label", "by"),
                                              (t.agreement_stances, "stance", "stance", "actor")):
        if not (labels if kind == "characterisation" else stances):
            continue
        negation = [table.c.negated] if kind == "characterisation" else []
        q = (select(g.c.doc_pk, table.c[claim_col], table.c.evidence_start_char, table.c.evidence_end_char,
                    table.c.evidence_text, d.c.source, table.c.actor_pk, table.c[actor_col], ac.c.name, *negation)
             .join(g, g.c.pk == table.c.agreement_pk).join(d, d.c.pk == g.c.doc_pk)
             .outerjoin(ac, ac.c.pk == table.c.actor_pk).where(g.c.ledger_pk == ledger_pk))
        detect = xconflicts.characterisation if kind == "characterisation" else xconflicts.stance
        _update_conflict(conn, kind, agr_id, what, q, g.c.doc_pk == doc_pk, detect)


def _insert_sides(conn: Connection, conflict_pk: int, sides: Iterable[xconflicts.Claim]) -> None:
    rows = [{"conflict_pk": conflict_pk, "actor": s.actor, "actor_pk": s.actor_pk, "claim": s.shown,
             "doc_pk": s.doc_pk, "evidence_start_char": s.start, "evidence_end_char": s.end,
             "evidence_text": s.text} for s in sides]
    if rows:
        conn.execute(_insert(conn, t.conflict_sides).on_conflict_do_nothing(), rows)


def _write_document_conflicts(conn: Connection, doc_pk: int, a: Analysis, ents: dict[str, _Actor]) -> None:
    for k in a.conflicts:
        pk = conn.execute(t.conflicts.insert().values(
            id=f"{a.document.id}:{k.id}", scope="document", doc_pk=doc_pk, local_id=k.id, kind=k.kind,
            about=k.about, summary=k.summary, n_documents=1, outlets=_merge("[]", [a.document.source]))
            .returning(t.conflicts.c.pk)).scalar_one()
        _insert_sides(conn, pk, [xconflicts.Claim(doc_pk, s.claim, s.evidence.start, s.evidence.end, s.evidence.text,
                                                  _actor_pk(ents, s.actor), s.actor) for s in k.sides])
