"""Views of one thing across the ledger, shared by the HTTP API and the web UI (``newsledger serve``).

``documents`` lists articles (a query of :mod:`.queries`, with the same filters); ``actor_profile``,
``agreement_detail`` and ``conflict_detail`` gather everything the ledger holds about one actor,
agreement or conflict; ``dashboard`` counts what came in over the last days. Each is a handful of
indexed lookups whatever the ledger's size: a list is bounded (the newest ``RECENT`` rows, the
variants among the newest ``VARIANT_ENTITIES`` reports), and counts run on an index.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.engine import Connection

from . import schema as t
from .filters import Filters, actor_pks, check_filters, dates, outlet_match
from .fulltext import text_match
from .paging import Row, keyed, keyset

__all__ = ["CONTEXT_CHARS", "RECENT", "actor_profile", "agreement_detail", "conflict_detail", "dashboard",
           "documents"]

RECENT = 20  # statements and events listed on a profile, sides per conflict, documents per agreement (newest)
VARIANT_ENTITIES = 2000  # an actor's name variants are read from its newest reports, this many
COUNTERPART_EVENTS = 5000  # an actor's counterparts are counted over its newest events on each side
CONTEXT_CHARS = 200  # characters of the article shown either side of a conflict side's evidence


def documents(conn: Connection, f: Filters) -> list[Row]:
    """Articles, newest published first, with how many statements, events and claims each holds.

    Filters: ``outlet``, ``since``/``until`` (publication day), ``text`` (the search syntax of
    :mod:`.fulltext`), ``actor``/``country`` (an actor the article mentions), ``limit``, ``after``.
    """
    check_filters("documents", f)
    d = t.documents
    counts = {name: select(func.count()).where(table.c.doc_pk == d.c.pk).scalar_subquery()
              for name, table in (("statements", t.statements), ("events", t.events), ("claims", t.claims))}
    q = select(d.c.pk, d.c.id.label("document"), d.c.pub_date.label("date"), d.c.source.label("outlet"), d.c.title,
               d.c.url, *(c.label(name) for name, c in counts.items()))
    conds: list[ColumnElement[bool]] = [*dates(d.c.pub_date, f)]
    if f.outlet:
        conds.append(outlet_match(conn, f.outlet))
    if f.text:
        conds.append(text_match(conn, "documents", d.c.pk, f.text))
    sub = actor_pks(conn, f)
    if sub is not None:
        conds.append(d.c.pk.in_(select(t.entities.c.doc_pk).where(t.entities.c.actor_pk.in_(sub))))
    order = [(d.c.pub_date, True), (d.c.pk, True)]
    if f.after is not None:
        conds.append(keyset(conn, order, f.after))
    q = q.where(*conds).order_by(d.c.pub_date.desc(), d.c.pk.desc()).limit(f.limit)
    out = []
    for r in conn.execute(q):
        row = dict(r._mapping)
        out.append(keyed({k: v for k, v in row.items() if k != "pk"}, (row["date"], row["pk"])))
    return out


def _per_month(days: dict[dt.date | None, int]) -> list[tuple[str, int]]:
    """Counts by day -> counts by month (``YYYY-MM``), oldest first; undated rows are left out."""
    months: Counter[str] = Counter()
    for day, n in days.items():
        if day is not None:
            months[f"{day.year:04d}-{day.month:02d}"] += n
    return sorted(months.items())


def actor_profile(conn: Connection, actor_id: str) -> dict[str, Any] | None:
    """One actor: codes, name variants, counts, statements and events per month, the newest statements
    and events (as source and as target) and its counterparts; None when ``actor_id`` is no actor."""
    from .queries import events, statements

    a = t.actors
    row = conn.execute(select(a).where(a.c.id == actor_id.strip().lower())).first()
    if row is None:
        return None
    en, m, s, e = t.entities, t.mentions, t.statements, t.events
    newest = select(en.c.pk).where(en.c.actor_pk == row.pk).order_by(en.c.pk.desc()).limit(VARIANT_ENTITIES)
    variants = conn.execute(select(m.c.text, func.count().label("n")).where(m.c.entity_pk.in_(newest.scalar_subquery()))
                            .group_by(m.c.text).order_by(func.count().desc(), m.c.text).limit(30)).all()
    said: dict[dt.date | None, int] = {r[0]: r[1] for r in conn.execute(
        select(s.c.date, func.count()).where(s.c.actor_pk == row.pk).group_by(s.c.date))}
    either = or_(e.c.source_actor_pk == row.pk, e.c.target_actor_pk == row.pk)
    did: dict[dt.date | None, int] = {r[0]: r[1] for r in conn.execute(
        select(e.c.event_date, func.count()).where(either).group_by(e.c.event_date))}
    return {
        "actor": row.id, "name": row.name, "type": row.type, "country": row.country, "sector": row.sector,
        "documents": row.n_documents, "mentions": row.n_mentions,
        "variants": [{"text": v.text, "mentions": v.n} for v in variants],
        "statements_count": sum(said.values()), "events_count": sum(did.values()),
        "statements_per_month": _per_month(said), "events_per_month": _per_month(did),
        "statements": statements(conn, Filters(actor=row.id, limit=RECENT)),
        "events_as_source": events(conn, Filters(from_actor=row.id, limit=RECENT)),
        "events_as_target": events(conn, Filters(to_actor=row.id, limit=RECENT)),
        "counterparts": _counterparts(conn, row.pk),
    }


def _counterparts(conn: Connection, pk: int) -> list[dict[str, Any]]:
    """The actors on the other side of ``pk``'s newest events, most events together first."""
    e, a = t.events, t.actors
    together: Counter[int] = Counter()
    for mine, other in ((e.c.source_actor_pk, e.c.target_actor_pk), (e.c.target_actor_pk, e.c.source_actor_pk)):
        newest = (select(other.label("other")).where(mine == pk, other.is_not(None), other != pk)
                  .order_by(e.c.event_date.desc(), e.c.pk.desc()).limit(COUNTERPART_EVENTS))
        together.update(x for (x,) in conn.execute(newest))
    top = together.most_common(RECENT)
    if not top:
        return []
    names = {r.pk: r for r in conn.execute(select(a.c.pk, a.c.id, a.c.name, a.c.country)
                                           .where(a.c.pk.in_([p for p, _ in top])))}
    return [{"actor": names[p].id, "name": names[p].name, "country": names[p].country, "events": n}
            for p, n in top if p in names]


def agreement_detail(conn: Connection, agreement_id: str) -> dict[str, Any] | None:
    """One ledger agreement: its parties, each party's labels side by side (with evidence and offsets),
    the stances taken on it, the conflicts it is part of and the documents reporting it, oldest first;
    None when ``agreement_id`` is no agreement."""
    la, g, d, lb, st, en, a = (t.ledger_agreements, t.agreements, t.documents, t.agreement_labels,
                               t.agreement_stances, t.entities, t.actors)
    h = conn.execute(select(la).where(la.c.id == agreement_id.strip().lower())).first()
    if h is None:
        return None
    reports = conn.execute(select(g.c.pk, g.c.doc_pk, g.c.local_id, g.c.parties, g.c.signed, d.c.id, d.c.title,
                                  d.c.url, d.c.source, d.c.pub_date)
                           .join(d, d.c.pk == g.c.doc_pk).where(g.c.ledger_pk == h.pk)
                           .order_by(d.c.pub_date, d.c.pk)).all()
    doc_of = {r.pk: r for r in reports}
    parties: list[dict[str, Any]] = []
    if reports:  # as the first report names them (the ledger agreement's roll-up of names comes from it too)
        first = reports[0]
        local = json.loads(first.parties)
        found = {r.local_id: r for r in conn.execute(
            select(en.c.local_id, en.c.name, a.c.id, a.c.name.label("actor_name"), a.c.country)
            .join(a, a.c.pk == en.c.actor_pk).where(en.c.doc_pk == first.doc_pk, en.c.local_id.in_(local)))}
        parties = [{"actor": found[x].id, "name": found[x].actor_name, "country": found[x].country}
                   for x in local if x in found]
    labels: list[dict[str, Any]] = []
    if reports:
        labeller, affiliation = en.alias("labeller"), en.alias("affiliation")
        in_doc = g.c.doc_pk
        for r in conn.execute(select(lb, a.c.id.label("actor_id"), a.c.name.label("actor_name"),
                                     a.c.country.label("actor_country"), labeller.c.name.label("entity_name"),
                                     labeller.c.country.label("entity_country"),
                                     affiliation.c.country.label("affiliation_country"))
                              .join(g, g.c.pk == lb.c.agreement_pk).outerjoin(a, a.c.pk == lb.c.actor_pk)
                              .outerjoin(labeller, (labeller.c.doc_pk == in_doc) & (labeller.c.local_id == lb.c.by))
                              .outerjoin(affiliation, (affiliation.c.doc_pk == in_doc)
                                         & (affiliation.c.local_id == labeller.c.affiliation))
                              .where(lb.c.agreement_pk.in_(list(doc_of))).order_by(lb.c.pk)):
            report = doc_of[r.agreement_pk]
            labels.append({"speaker": r.actor_id, "speaker_name": r.actor_name or r.entity_name,
                           "country": r.entity_country or r.actor_country or r.affiliation_country,
                           "outlet": report.source, "label": r.label, "negated": bool(r.negated),
                           "evidence": r.evidence_text, "document": report.id, "start": r.evidence_start_char,
                           "end": r.evidence_end_char, "published": report.pub_date})
    stances = []
    if reports:
        for r in conn.execute(select(st, a.c.id.label("actor_id"), a.c.name.label("actor_name"))
                              .outerjoin(a, a.c.pk == st.c.actor_pk)
                              .where(st.c.agreement_pk.in_(list(doc_of))).order_by(st.c.pk)):
            report = doc_of[r.agreement_pk]
            stances.append({"actor": r.actor_id, "name": r.actor_name or r.actor, "stance": r.stance,
                            "evidence": r.evidence_text, "document": report.id, "start": r.evidence_start_char,
                            "end": r.evidence_end_char, "published": report.pub_date})
    return {
        "agreement": h.id, "subject": h.subject, "signed": h.signed_date, "first_seen": h.first_seen,
        "parties": parties, "labels": _by_party(conn, parties, labels), "stances": stances,
        "conflicts": _agreement_conflicts(conn, h.id, reports),
        "documents": [{"document": r.id, "title": r.title, "url": r.url, "outlet": r.source, "published": r.pub_date,
                       "local_id": r.local_id, "signed": r.signed} for r in reports],
    }


def _by_party(conn: Connection, parties: list[dict[str, Any]], labels: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The labels grouped by the party their speaker speaks for, each party's speakers under it.

    A speaker's party is the agreement's party it is (by ledger actor), else the party of its
    country (its own, its actor's or its organisation's), else its country when no party has it,
    else the speaker's own actor; a label no one is quoted for is the outlet's own words. Every
    party of the agreement comes first, in order, labels or not (``kind`` "party"); then the other
    groups as they first label it (``kind`` "country", "actor" or "outlet"). ``terms`` is what the
    party calls the agreement (a denied label as ``not ...``), first use first.
    """
    by_actor = {p["actor"]: p for p in parties}
    by_country: dict[str, dict[str, Any]] = {}
    for p in parties:
        if p["country"]:
            by_country.setdefault(p["country"], p)
    groups: dict[tuple[str, str], dict[str, Any]] = {}
    for kind, actor, name, country in [*(("party", p["actor"], p["name"], p["country"]) for p in parties),
                                       *(_party_of(x, by_actor, by_country) for x in labels)]:
        groups.setdefault((kind, actor or name or ""), {"kind": kind, "actor": actor, "name": name,
                                                        "country": country, "terms": [], "speakers": {}})
    for x in labels:
        kind, actor, name, _ = _party_of(x, by_actor, by_country)
        into = groups[(kind, actor or name or "")]
        term = ("not " if x["negated"] else "") + x["label"]
        if term not in into["terms"]:
            into["terms"].append(term)
        speaker = into["speakers"].setdefault(x["speaker"] or x["speaker_name"] or x["outlet"], {
            "actor": x["speaker"], "name": x["speaker_name"] or x["outlet"], "country": x["country"], "labels": []})
        speaker["labels"].append({k: x[k] for k in ("label", "negated", "evidence", "document", "start", "end",
                                                    "published")})
    out = [{**g, "speakers": list(g["speakers"].values())} for g in groups.values()]
    _name_countries(conn, [g for g in out if g["kind"] == "country"])
    return out


def _party_of(x: dict[str, Any], by_actor: dict[str, dict[str, Any]],
              by_country: dict[str, dict[str, Any]]) -> tuple[str, str | None, str | None, str | None]:
    """(kind, actor, name, country) of the party a label's speaker speaks for (see :func:`_by_party`)."""
    party = by_actor.get(x["speaker"]) or by_country.get(x["country"] or "")
    if party is not None:
        return "party", party["actor"], party["name"], party["country"]
    if x["country"]:
        return "country", None, x["country"], x["country"]
    if x["speaker"] or x["speaker_name"]:
        return "actor", x["speaker"], x["speaker_name"], None
    return "outlet", None, x["outlet"], None


def _name_countries(conn: Connection, groups: list[dict[str, Any]]) -> None:
    """A country group's name and actor: the country's most reported GPE actor in the ledger, if any."""
    if not groups:
        return
    a = t.actors
    found: dict[str, Any] = {}
    for r in conn.execute(select(a.c.id, a.c.name, a.c.country)
                          .where(a.c.country.in_([g["country"] for g in groups]), a.c.type == "GPE")
                          .order_by(a.c.n_documents.desc(), a.c.pk)):
        found.setdefault(r.country, r)
    for g in groups:
        if g["country"] in found:
            g["actor"], g["name"] = found[g["country"]].id, found[g["country"]].name


def _agreement_conflicts(conn: Connection, ledger_id: str, reports: Sequence[Any]) -> list[dict[str, Any]]:
    """Conflicts about the agreement: within one of its reports (about its local id) and across them
    (about its ledger id), found through the reports' documents (indexed) rather than by ``about``."""
    if not reports:
        return []
    c, s = t.conflicts, t.conflict_sides
    doc_pks = sorted({r.doc_pk for r in reports})
    local = {(r.doc_pk, r.local_id) for r in reports}
    within = (c.c.doc_pk.in_(doc_pks)) & (c.c.scope == "document")
    across = (c.c.pk.in_(select(s.c.conflict_pk).where(s.c.doc_pk.in_(doc_pks)))) & (c.c.about == ledger_id)
    q = (select(c.c.id, c.c.scope, c.c.kind, c.c.summary, c.c.confidence, c.c.n_documents, c.c.doc_pk, c.c.about)
         .where(or_(within, across)).order_by(c.c.pk))
    return [{"conflict": r.id, "scope": r.scope, "kind": r.kind, "summary": r.summary, "confidence": r.confidence,
             "documents": r.n_documents} for r in conn.execute(q)
            if r.scope == "ledger" or (r.doc_pk, r.about) in local]


def conflict_detail(conn: Connection, conflict_id: str) -> dict[str, Any] | None:
    """One conflict: kind, confidence, and every side (claimant, claim, evidence with its document,
    offsets and ``CONTEXT_CHARS`` of the article either side); None when ``conflict_id`` is none."""
    c, s, d, a, cl = t.conflicts, t.conflict_sides, t.documents, t.actors, t.claims
    h = conn.execute(select(c).where(c.c.id == conflict_id.strip())).first()
    if h is None:
        return None
    start, end = s.c.evidence_start_char, s.c.evidence_end_char
    before_from = func.max(start - CONTEXT_CHARS, 0) if conn.dialect.name == "sqlite" else \
        func.greatest(start - CONTEXT_CHARS, 0)
    q = (select(s.c.claim, s.c.claim_local_id, s.c.evidence_text, start, end, s.c.actor, a.c.id.label("actor_id"),
                a.c.name.label("actor_name"), cl.c.claimant_text, d.c.id.label("document"), d.c.url, d.c.title,
                d.c.source, d.c.pub_date,
                func.substr(d.c.text, before_from + 1, start - before_from).label("before"),
                func.substr(d.c.text, end + 1, CONTEXT_CHARS).label("after"))
         .join(d, d.c.pk == s.c.doc_pk).outerjoin(a, a.c.pk == s.c.actor_pk)
         .outerjoin(cl, (cl.c.doc_pk == s.c.doc_pk) & (cl.c.local_id == s.c.claim_local_id))
         .where(s.c.conflict_pk == h.pk).order_by(s.c.pk).limit(RECENT * 5))
    sides = [{"claimant": r.actor_name or r.claimant_text or r.source, "actor": r.actor_id, "claim": r.claim,
              "claim_id": r.claim_local_id, "evidence": r.evidence_text, "start": r.evidence_start_char,
              "end": r.evidence_end_char, "before": r.before, "after": r.after, "document": r.document,
              "url": r.url, "title": r.title, "outlet": r.source, "published": r.pub_date} for r in conn.execute(q)]
    doc = conn.execute(select(d.c.id).where(d.c.pk == h.doc_pk)).scalar() if h.doc_pk is not None else None
    return {"conflict": h.id, "scope": h.scope, "kind": h.kind, "confidence": h.confidence, "about": h.about,
            "summary": h.summary, "document": doc, "documents": h.n_documents,
            "outlets": json.loads(h.outlets), "sides": sides}


def dashboard(conn: Connection, days: int = 60) -> dict[str, Any]:
    """What the ledger holds over the ``days`` days up to its newest article: documents, statements,
    events and conflicts by day, events by PLOVER type and statements by kind in that window."""
    d, s, e, cs = t.documents, t.statements, t.events, t.conflict_sides
    last = conn.execute(select(func.max(d.c.pub_date))).scalar()
    if last is None:
        return {"since": None, "until": None, "days": days, "by_day": [], "events_by_type": [],
                "statements_by_kind": []}
    if isinstance(last, str):
        last = dt.date.fromisoformat(last)
    first = last - dt.timedelta(days=days - 1)
    per_day: dict[dt.date, dict[str, int]] = {}

    def add(name: str, rows: Any) -> None:
        for day, n in rows:
            if day is not None:
                per_day.setdefault(day, {"documents": 0, "statements": 0, "events": 0, "conflicts": 0})[name] = n

    window = (d.c.pub_date >= first, d.c.pub_date <= last)
    add("documents", conn.execute(select(d.c.pub_date, func.count()).where(*window).group_by(d.c.pub_date)))
    add("statements", conn.execute(select(s.c.date, func.count()).where(s.c.date >= first, s.c.date <= last)
                                   .group_by(s.c.date)))
    in_window = (e.c.event_date >= first, e.c.event_date <= last)
    add("events", conn.execute(select(e.c.event_date, func.count()).where(*in_window).group_by(e.c.event_date)))
    add("conflicts", conn.execute(select(d.c.pub_date, func.count(func.distinct(cs.c.conflict_pk)))
                                  .join(cs, cs.c.doc_pk == d.c.pk).where(*window).group_by(d.c.pub_date)))
    by_type = conn.execute(select(e.c.type, func.count()).where(*in_window).group_by(e.c.type)
                           .order_by(func.count().desc(), e.c.type)).all()
    by_kind = conn.execute(select(s.c.kind, func.count()).where(s.c.date >= first, s.c.date <= last)
                           .group_by(s.c.kind).order_by(func.count().desc(), s.c.kind)).all()
    return {"since": first, "until": last, "days": days,
            "by_day": [{"date": day, **counts} for day, counts in sorted(per_day.items())],
            "events_by_type": [{"type": k, "count": n} for k, n in by_type],
            "statements_by_kind": [{"kind": k, "count": n} for k, n in by_kind]}
