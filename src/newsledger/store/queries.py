"""Queries behind the ledger commands: statements, events, agreements, claims, conflicts, actors, search.

Each takes :class:`Filters` and returns plain rows (dicts with the same keys
whichever backend answers), newest first, at most ``limit``. Every filter is
an indexed lookup or runs on the (small) actors table first, and text
filters use the full-text index of the backend (FTS5 or tsvector), so the
answers stay fast on a ledger of many thousands of articles.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, exists, func, literal, or_, select, union
from sqlalchemy.engine import Connection
from sqlalchemy.sql.util import ClauseAdapter

from . import schema as t
from .filters import (
    MAX_PATTERN_CHARS,
    Filters,
    actor_pks,
    check_filters,
    dates,
    ilike,
    is_actor_id,
    is_iso3,
    like,
    matching_actors,
    outlet_match,
)
from .fulltext import search, snippet_of, text_match
from .paging import keyed, keyset

__all__ = ["COLUMNS", "COMMANDS", "MAX_PATTERN_CHARS", "TABLE_COLUMNS", "Filters", "actors", "agreements",
           "check_filters", "claims", "conflicts", "event_codes", "events", "search", "sides_text", "snippet_of",
           "statements"]

Row = dict[str, Any]


def _after(conn: Connection, f: Filters, order: list[tuple[Any, bool]]) -> list[ColumnElement[bool]]:
    """The condition "after the previous page's last row" (``f.after``, see :mod:`.paging`), if any."""
    return [] if f.after is None else [keyset(conn, order, f.after)]


# How many of the newest rows a filtered listing checks before it asks the filter's own index
# (``fulltext.PROBE_DOCUMENTS`` for a search: matching a document's words costs more than a column).
PROBE_ROWS = 5000


def _one_key(match: Any) -> bool:
    """Whether an actor filter's match is a single actor: its (actor, date, pk) index answers it in order."""
    return isinstance(match, list) and len(match) == 1


def _newest(conn: Connection, table: Any, date_col: Any, conds: list[ColumnElement[bool]], limit: int,
            selective: Select[Any] | None = None, start: list[ColumnElement[bool]] | None = None,
            direct: bool = False) -> list[int]:
    """Primary keys of the newest ``limit`` rows of ``table`` that meet ``conds``, by (date, pk) descending.

    A filter that matches many rows ("statements by anyone in the USA") is answered fastest by walking
    the date index and stopping at the limit; one that matches few ("statements by this minister") by
    its own index and a small sort. Neither SQLite nor PostgreSQL can tell which from their statistics
    (they know how many rows an average actor has, not this one), so both are tried in turn: first the
    newest ``PROBE_ROWS`` rows are checked. If they hold ``limit`` matches those are the answer, since
    every other match is older; if not, the filter matches under ``limit / PROBE_ROWS`` of the recent
    rows, and ``selective`` (or ``conds`` through the backend's own plan) answers it cheaply. ``start``
    (a page's cursor condition, also among ``conds``) moves the probed rows to those after the cursor.
    ``direct``: the filter is one actor and dates, which its own (actor, date, pk) index walks newest
    first and stops at the limit, whatever the actor's share of the rows: no probe (an actor page
    asks three of these, and each probe read 5,000 rows).
    """
    order = (date_col.desc(), table.c.pk.desc())
    if direct:
        query = selective if selective is not None else select(table.c.pk).where(*conds).order_by(*order).limit(limit)
        return list(conn.execute(query).scalars())
    # The filter is applied outside a LIMITed subquery so that no planner can push it into the walk
    # (PostgreSQL would otherwise hash-join a scan of the whole table against the recent keys).
    recent = select(table).where(*(start or [])).order_by(*order).limit(PROBE_ROWS).subquery()
    adapt = ClauseAdapter(recent).traverse
    probe = (select(recent.c.pk).where(*(adapt(c) for c in conds))
             .order_by(recent.c[date_col.name].desc(), recent.c.pk.desc()).limit(limit))
    pks = list(conn.execute(probe).scalars())
    if len(pks) >= limit:
        return pks
    query = selective if selective is not None else select(table.c.pk).where(*conds).order_by(*order).limit(limit)
    return list(conn.execute(query).scalars())


def statements(conn: Connection, f: Filters) -> list[Row]:
    """Who said what: newest first. ``speaker_id`` is the speaker's ledger actor, where one was resolved."""
    check_filters("statements", f)
    s, d, a = t.statements, t.documents, t.actors
    q = (select(s.c.pk, s.c.date, a.c.name.label("speaker"), a.c.id.label("speaker_id"), s.c.speaker_text, a.c.country,
                s.c.kind, s.c.cue, s.c.content_text.label("content"), d.c.source.label("outlet"),
                d.c.id.label("document"), s.c.local_id.label("statement"))
         .join(d, d.c.pk == s.c.doc_pk).outerjoin(a, a.c.pk == s.c.actor_pk))
    conds: list[ColumnElement[bool]] = []
    sub = actor_pks(conn, f)
    if sub is not None:
        conds.append(s.c.actor_pk.in_(sub))
    direct = _one_key(sub) and not (f.type or f.outlet or f.text)
    if f.type:
        conds.append(s.c.kind == f.type.lower())
    if f.outlet:
        conds.append(s.c.doc_pk.in_(select(d.c.pk).where(outlet_match(conn, f.outlet))))
    if f.text:
        conds.append(text_match(conn, "statements", s.c.pk, f.text))
    start = _after(conn, f, [(s.c.date, True), (s.c.pk, True)])
    when = [*dates(s.c.date, f), *start]
    q = (q.where(s.c.pk.in_(_newest(conn, s, s.c.date, [*conds, *when], f.limit, start=start, direct=direct)))
         if conds else q.where(*when))
    q = q.order_by(s.c.date.desc(), s.c.pk.desc()).limit(f.limit)
    rows = []
    for m in conn.execute(q):
        r = dict(m._mapping)
        r["speaker"] = r["speaker"] or r.pop("speaker_text")
        r.pop("speaker_text", None)
        rows.append(keyed(r, (r["date"], r.pop("pk"))))
    return rows


def events(conn: Connection, f: Filters) -> list[Row]:
    """Who did what to whom: newest first, with the event cluster linking every report of one event.

    ``--from`` and ``--to`` select a dyad (the source and the target actor; by id, name or country
    code); ``--actor`` matches either side. Each row has the CAMEO code, the PLOVER type and mode,
    the QuadClass and intensity of the code's root (``cameo_roots`` in ``data/events.yaml``), both
    sides' ids and countries, and ``date_source``: ``event`` when the event's clause dates it,
    ``published`` when it does not (``date`` is then empty; ``published`` is the article's day, under
    which the date filters file the event).
    """
    check_filters("events", f)
    e, d, c = t.events, t.documents, t.event_clusters
    sa, ta = t.actors.alias("sa"), t.actors.alias("ta")
    q = (select(e.c.pk, e.c.event_date, e.c.date_source, d.c.pub_date.label("published"), e.c.type, e.c.mode, e.c.cameo,
                sa.c.name.label("source"), sa.c.id.label("source_id"), sa.c.country.label("source_country"),
                ta.c.name.label("target"), ta.c.id.label("target_id"), ta.c.country.label("target_country"),
                e.c.polarity, e.c.modality, e.c.evidence_text.label("evidence"), e.c.evidence_start_char.label("start"),
                e.c.evidence_end_char.label("end"), d.c.source.label("outlet"), d.c.id.label("document"),
                d.c.url, c.c.id.label("event"))
         .join(d, d.c.pk == e.c.doc_pk).outerjoin(sa, sa.c.pk == e.c.source_actor_pk)
         .outerjoin(ta, ta.c.pk == e.c.target_actor_pk).outerjoin(c, c.c.pk == e.c.cluster_pk))
    q = q.where(e.c.pk.in_(_event_pks(conn, f))).order_by(e.c.event_date.desc(), e.c.pk.desc()).limit(f.limit)
    rows = []
    for m in conn.execute(q):
        r = dict(m._mapping)
        key = (r["event_date"], r.pop("pk"))
        rows.append(keyed(event_codes(r), key))
    return rows


def event_codes(r: Row) -> Row:
    """An event row with its own date (or none) and the QuadClass and intensity of its CAMEO root."""
    from ..lexicon.events import cameo_scale

    when = r.pop("event_date")
    r["date"] = when if r.get("date_source", "event") == "event" else None
    scale = cameo_scale().get((r.get("cameo") or "")[:2])
    r["quad_class"], r["intensity"] = scale if scale else (None, None)
    return r


def _event_pks(conn: Connection, f: Filters) -> Select[Any]:
    """The keys of the newest ``limit`` events that match ``f``, as a subquery, each filter by its own index."""
    e, d = t.events, t.documents
    start = _after(conn, f, [(e.c.event_date, True), (e.c.pk, True)])
    conds = [*dates(e.c.event_date, f), *start]
    if f.type:
        conds.append(e.c.type == f.type.upper())
    if f.outlet:
        conds.append(e.c.doc_pk.in_(select(d.c.pk).where(outlet_match(conn, f.outlet))))
    if f.text:
        conds.append(ilike(e.c.evidence_text, f.text))
    # A dyad: the first side given leads (its (actor, date, pk) index), the other is a condition.
    given = [(col, matching_actors(conn, who, None)) for col, who in
             ((e.c.source_actor_pk, f.from_actor), (e.c.target_actor_pk, f.to_actor)) if who is not None]
    dyad = [col.in_(match) for col, match in given]
    # One side, one actor, dates at most: that side's (actor, date, pk) index, newest first.
    direct = len(given) == 1 and _one_key(given[0][1]) and not (f.type or f.outlet or f.text)
    newest = (e.c.event_date.desc(), e.c.pk.desc())
    sub = actor_pks(conn, f)
    if sub is not None:
        # Source or target. For a rare actor an OR over two columns can use neither index, so each
        # side takes its own newest ``limit`` through its (actor, date, pk) index and these are merged.
        sides = [select(e.c.pk).where(col.in_(sub), *dyad, *conds).order_by(*newest).limit(f.limit).subquery()
                 for col in (e.c.source_actor_pk, e.c.target_actor_pk)]
        merged = select(e.c.pk).where(e.c.pk.in_(union(*(select(x.c.pk) for x in sides))))
        either = or_(e.c.source_actor_pk.in_(sub), e.c.target_actor_pk.in_(sub))
        return select(e.c.pk).where(e.c.pk.in_(_newest(conn, e, e.c.event_date, [either, *dyad, *conds], f.limit,
                                                       merged.order_by(*newest).limit(f.limit), start)))
    if dyad:
        selective = select(e.c.pk).where(*dyad, *conds).order_by(*newest).limit(f.limit)
        return select(e.c.pk).where(e.c.pk.in_(_newest(conn, e, e.c.event_date, [*dyad, *conds], f.limit,
                                                       selective, start, direct=direct)))
    if f.outlet or f.text:
        return select(e.c.pk).where(e.c.pk.in_(_newest(conn, e, e.c.event_date, conds, f.limit, start=start)))
    return select(e.c.pk).where(*conds).order_by(*newest).limit(f.limit)


def agreements(conn: Connection, f: Filters) -> list[Row]:
    """One row per real-world agreement, with every party's label and every source.

    ``--actor`` matches a party (by name or country code) or whoever labelled the agreement.
    """
    check_filters("agreements", f)
    la, g, d, lb = t.ledger_agreements, t.agreements, t.documents, t.agreement_labels
    when = func.coalesce(la.c.signed_date, la.c.first_seen)
    q = select(la.c.pk, la.c.id, la.c.subject, la.c.signed_date, la.c.first_seen, la.c.parties, la.c.labels,
               la.c.outlets, la.c.n_documents)
    in_ledger = g.c.ledger_pk == la.c.pk
    # Actors are matched on the roll-ups (party countries and names, who labelled it), a scan of the
    # small ledger_agreements table instead of a join through every report.
    actor = f.actor
    if actor is not None and is_actor_id(actor):  # an id: the roll-ups hold its name
        actor = conn.execute(select(t.actors.c.name).where(t.actors.c.id == actor.strip().lower())).scalar()
        if actor is None:
            return []
    if actor is not None:
        by_name = or_(ilike(la.c.parties, actor), ilike(la.c.labels, f"by {actor}"))
        q = q.where(or_(by_name, ilike(la.c.parties_key, actor.upper())) if is_iso3(actor) else by_name)
    if f.country is not None:
        q = q.where(ilike(la.c.parties_key, f.country.upper()))
    if f.type:
        q = q.where(exists().where(in_ledger, lb.c.agreement_pk == g.c.pk, _label_of_type(lb.c.label, f.type)))
    if f.outlet:
        q = q.where(exists().where(in_ledger, d.c.pk == g.c.doc_pk, outlet_match(conn, f.outlet)))
    if f.text:
        q = q.where(or_(ilike(la.c.subject, f.text),
                        exists().where(in_ledger, lb.c.agreement_pk == g.c.pk, ilike(lb.c.label, f.text))))
    q = q.where(*dates(when, f), *_after(conn, f, [(when, True), (la.c.pk, True)]))
    q = q.order_by(when.desc(), la.c.pk.desc()).limit(f.limit)
    return [keyed({"agreement": h.id, "parties": h.parties, "subject": h.subject, "signed": h.signed_date,
             "first_seen": h.first_seen, "labels": "; ".join(json.loads(h.labels)), "documents": h.n_documents,
             "outlets": "; ".join(json.loads(h.outlets))},
                  (h.signed_date if h.signed_date is not None else h.first_seen, h.pk)) for h in conn.execute(q)]


def _label_of_type(label: Any, value: str) -> ColumnElement[bool]:
    """A label naming the document type ``value`` (``memorandum`` finds "MoU" and "memorandum of
    understanding", ``treaty`` finds "convention"; vocabulary of ``data/agreements.yaml``), or, for
    any other value, a label containing it."""
    from ..lexicon.agreements import shipped_agreement_vocabulary as load_vocabulary

    heads = [" ".join(words) for words, (doc_type, _) in load_vocabulary().heads.items() if doc_type == value.lower()]
    if not heads:
        return ilike(label, value)
    padded = literal(" ") + func.replace(label, "-", " ") + literal(" ")
    return or_(*(padded.ilike(f"% {like(h)} %", escape="\\") for h in heads))


def _add(items: list[str], value: str | None) -> None:
    if value and value not in items:
        items.append(value)


def conflicts(conn: Connection, f: Filters) -> list[Row]:
    """Disagreements, within one article (scope ``document``) and across articles and outlets (``ledger``)."""
    check_filters("conflicts", f)
    c, s, d = t.conflicts, t.conflict_sides, t.documents
    q = select(c.c.pk, c.c.id, c.c.scope, c.c.kind, c.c.about, c.c.summary, c.c.n_documents, c.c.outlets,
               c.c.confidence)
    side = s.c.conflict_pk == c.c.pk
    sub = actor_pks(conn, f)
    if sub is not None:
        q = q.where(exists().where(side, s.c.actor_pk.in_(sub)))
    if f.type:
        q = q.where(c.c.kind == f.type.lower())
    if f.outlet or f.since or f.until:
        conds = [*dates(d.c.pub_date, f)] + ([outlet_match(conn, f.outlet)] if f.outlet else [])
        q = q.where(exists().where(side, d.c.pk == s.c.doc_pk, *conds))
    if f.text:
        q = q.where(ilike(c.c.summary, f.text))
    q = q.where(*_after(conn, f, [(c.c.pk, True)]))
    found = list(conn.execute(q.order_by(c.c.pk.desc()).limit(f.limit)))
    sides = _conflict_sides(conn, [h.pk for h in found])
    return [keyed({"conflict": h.id, "scope": h.scope, "kind": h.kind, "confidence": h.confidence, "about": h.about,
                   "summary": h.summary, "sides": sides.get(h.pk, []), "documents": h.n_documents,
                   "outlets": "; ".join(json.loads(h.outlets))}, (h.pk,)) for h in found]


SIDES_SHOWN = 20  # sides listed per conflict (a story told by hundreds of outlets keeps its summary)


def _conflict_sides(conn: Connection, conflict_pks: list[int]) -> dict[int, list[Row]]:
    """Each conflict's sides: who, what, and where (document id, url, title, offsets), in stored order."""
    if not conflict_pks:
        return {}
    s, d, a, cl = t.conflict_sides, t.documents, t.actors, t.claims
    q = (select(s.c.conflict_pk, a.c.name, cl.c.claimant_text, s.c.claim, s.c.claim_local_id, d.c.id, d.c.url,
                d.c.title, d.c.source, s.c.evidence_start_char, s.c.evidence_end_char, s.c.evidence_text)
         .join(d, d.c.pk == s.c.doc_pk).outerjoin(a, a.c.pk == s.c.actor_pk)
         .outerjoin(cl, and_(cl.c.doc_pk == s.c.doc_pk, cl.c.local_id == s.c.claim_local_id))
         .where(s.c.conflict_pk.in_(conflict_pks)).order_by(s.c.conflict_pk, s.c.pk))
    out: dict[int, list[Row]] = {}
    for r in conn.execute(q):
        listed = out.setdefault(r.conflict_pk, [])
        if len(listed) < SIDES_SHOWN:
            listed.append({"claimant": r.name or r.claimant_text or r.source, "claim": r.claim,
                           "claim_id": r.claim_local_id, "document": r.id, "url": r.url, "title": r.title,
                           "start": r.evidence_start_char, "end": r.evidence_end_char, "evidence": r.evidence_text})
    return out


def sides_text(sides: list[Row]) -> str:
    """Conflict sides on one line each, for a table or CSV cell."""
    return "\n".join(f"{x['claimant'] or 'unattributed'}: {x['claim']} [{x['document']} {x['start']}-{x['end']}"
                     + (f" {x['url']}" if x.get("url") else "") + (f" {x['title']!r}" if x.get("title") else "") + "]"
                     for x in sides)


def claims(conn: Connection, f: Filters) -> list[Row]:
    """Who claims what about whom: newest first, with the claim's figure, polarity, time and evidence.

    ``--claimant`` matches the claimant's ledger actor; ``--actor`` the claimant or an argument.
    """
    check_filters("claims", f)
    c, d, a, ca = t.claims, t.documents, t.actors, t.claim_arguments
    q = (select(c.c.pk, c.c.date, a.c.name.label("claimant"), c.c.claimant_text, c.c.kind, c.c.predicate,
                c.c.has_value, c.c.value_low, c.c.value_high, c.c.value_unit, c.c.value_hedge, c.c.polarity,
                c.c.modality, c.c.time_value.label("time"), c.c.evidence_start_char.label("start"),
                c.c.evidence_end_char.label("end"), c.c.evidence_text.label("evidence"),
                d.c.source.label("outlet"), d.c.id.label("document"), c.c.local_id.label("claim"), c.c.revises,
                c.c.corroborates)
         .join(d, d.c.pk == c.c.doc_pk).outerjoin(a, a.c.pk == c.c.claimant_actor_pk))
    conds: list[ColumnElement[bool]] = []
    if f.claimant is not None:
        conds.append(c.c.claimant_actor_pk.in_(matching_actors(conn, f.claimant, None)))
    sub = actor_pks(conn, f)
    # The probe of the newest claims checks each one's arguments by its key (a common actor's arguments
    # are a hundred thousand rows, which ``IN (SELECT ...)`` gathered first: 220 ms at 50,000 documents);
    # the fallback for a rarer actor starts from the actor's arguments through their own index.
    by_key: ColumnElement[bool] | None = None
    by_index: ColumnElement[bool] | None = None
    if sub is not None:
        by_index = or_(c.c.claimant_actor_pk.in_(sub),
                       c.c.pk.in_(select(ca.c.claim_pk).where(ca.c.actor_pk.in_(sub))))
        # ``actor_pk + 0``: the claim's few arguments by its key, then the list (not one seek per listed actor)
        by_key = or_(c.c.claimant_actor_pk.in_(sub),
                     exists().where(ca.c.claim_pk == c.c.pk, (ca.c.actor_pk + 0).in_(sub)))
        conds.append(by_key)
    if f.kind:
        conds.append(c.c.kind == f.kind.lower())
    if f.event_type:
        e, plover = t.events, f.event_type.upper()
        conds.append(or_(and_(c.c.kind == "event", c.c.predicate == plover),
                         exists().where(e.c.doc_pk == c.c.doc_pk, e.c.local_id == c.c.event, e.c.type == plover)))
    if f.type:
        conds.append(c.c.predicate == f.type)
    if f.outlet:
        conds.append(c.c.doc_pk.in_(select(d.c.pk).where(outlet_match(conn, f.outlet))))
    if f.text:
        conds.append(ilike(c.c.evidence_text, f.text))
    start = _after(conn, f, [(c.c.date, True), (c.c.pk, True)])
    when = [*dates(c.c.date, f), *start]
    selective = None
    if by_index is not None:
        fallback = [by_index if x is by_key else x for x in conds]
        selective = (select(c.c.pk).where(*fallback, *when).order_by(c.c.date.desc(), c.c.pk.desc())
                     .limit(f.limit))
    q = (q.where(c.c.pk.in_(_newest(conn, c, c.c.date, [*conds, *when], f.limit, selective, start))) if conds
         else q.where(*when))
    found = [keyed(dict(r._mapping), (r.date, r.pk))
             for r in conn.execute(q.order_by(c.c.date.desc(), c.c.pk.desc()).limit(f.limit))]
    args: dict[int, list[str]] = {}
    if found:
        for arg in conn.execute(select(ca.c.claim_pk, ca.c.role, a.c.name).join(a, a.c.pk == ca.c.actor_pk)
                                .where(ca.c.claim_pk.in_([x["pk"] for x in found])).order_by(ca.c.pk)):
            args.setdefault(arg.claim_pk, []).append(f"{arg.role}={arg.name}")
    links = _claim_links(conn, [x["pk"] for x in found]) if found else {}
    for r in found:
        r["claimant"] = r["claimant"] or r.pop("claimant_text") or r["outlet"]
        r.pop("claimant_text", None)
        revises = r.pop("revises")
        own = ([f"revises {revises}"] if revises else []) + \
            [f"corroborates {x}" for x in json.loads(r.pop("corroborates") or "[]")]
        r["links"] = "; ".join(own + links.get(r["pk"], []))
        r["arguments"] = "; ".join(args.get(r.pop("pk"), []))
        r["value"] = _value_text(r) if r.pop("has_value") else None
        for k in ("value_low", "value_high", "value_unit", "value_hedge"):
            r.pop(k)
    return found


_LINK_WORDS = {("revision", True): "revises", ("revision", False): "revised by",
               ("corroboration", True): "corroborates", ("corroboration", False): "corroborated by"}


def _claim_links(conn: Connection, pks: list[int]) -> dict[int, list[str]]:
    """Each claim's revisions and corroborations across documents ("revised by DOC:k4", from ``claim_links``), in
    the order they were found, its own links before those of later claims to it (those in its own document
    are columns of the claim).

    One query per direction, led by that direction's index on ``claim_links`` (the list of keys), the
    other claim and its document then read by primary key. (Written as one join of both directions,
    SQLite planned the "by" direction as a walk over every document's claims.) The rows are the cost
    here: a claim of a story reprinted many times has hundreds of links.
    """
    c, d, cl = t.claims, t.documents, t.claim_links
    found: dict[int, list[tuple[bool, int, str]]] = {}
    for mine, theirs, forward in ((cl.c.claim_pk, cl.c.other_claim_pk, True),
                                  (cl.c.other_claim_pk, cl.c.claim_pk, False)):
        q = (select(mine, cl.c.kind, d.c.id, c.c.local_id, cl.c.pk).select_from(cl)
             .join(c, c.c.pk == theirs).join(d, d.c.pk == c.c.doc_pk).where(mine.in_(pks)))
        for claim, kind, doc_id, local_id, link_pk in conn.execute(q).tuples():
            shown = f"{_LINK_WORDS[kind, forward]} {doc_id}:{local_id}"
            found.setdefault(claim, []).append((not forward, link_pk, shown))
    return {claim: [x[2] for x in sorted(links)] for claim, links in found.items()}


def _value_text(r: Row) -> str:
    low, high = r["value_low"], r["value_high"]
    figure = (_num(low) if low == high else _num(low if low is not None else high)
              if r["value_hedge"] and (low is None or high is None) else f"{_num(low)}-{_num(high)}")
    return " ".join(x for x in (r["value_hedge"], figure, r["value_unit"]) if x)


def actors(conn: Connection, f: Filters) -> list[Row]:
    """Actors across the ledger, most reported first, with how many documents and mentions they have."""
    check_filters("actors", f)
    a, en, d = t.actors, t.entities, t.documents
    q = select(a.c.pk, a.c.id.label("actor"), a.c.name, a.c.type, a.c.country, a.c.sector,
               a.c.n_documents.label("documents"), a.c.n_mentions.label("mentions"))
    sub = actor_pks(conn, f)
    if sub is not None:
        q = q.where(a.c.pk.in_(sub))
    if f.type:
        q = q.where(a.c.type == f.type.upper())
    if f.text:
        q = q.where(ilike(a.c.name, f.text))
    if f.outlet or f.since or f.until:
        conds = [*dates(d.c.pub_date, f)] + ([outlet_match(conn, f.outlet)] if f.outlet else [])
        q = q.where(exists().where(en.c.actor_pk == a.c.pk, d.c.pk == en.c.doc_pk, *conds))
    q = q.where(*_after(conn, f, [(a.c.n_documents, True), (a.c.pk, False)]))
    q = q.order_by(a.c.n_documents.desc(), a.c.pk).limit(f.limit)
    out = []
    for m in conn.execute(q):
        r = dict(m._mapping)
        out.append(keyed(r, (r["documents"], r.pop("pk"))))
    return out


def _documents(conn: Connection, f: Filters) -> list[Row]:
    """Articles (:func:`.views.documents`), newest first."""
    from .views import documents

    return documents(conn, f)


COMMANDS: dict[str, Callable[[Connection, Filters], list[Row]]] = {
    "statements": statements, "events": events, "agreements": agreements, "conflicts": conflicts, "claims": claims,
    "actors": actors, "search": search, "documents": _documents,
}

# The columns of each command's rows, in display order (also the header of an empty result).
COLUMNS: dict[str, tuple[str, ...]] = {
    "statements": ("date", "speaker", "speaker_id", "country", "kind", "cue", "content", "outlet", "document",
                   "statement"),
    "events": ("date", "date_source", "published", "type", "mode", "cameo", "quad_class", "intensity", "source",
               "source_id", "source_country", "target", "target_id", "target_country", "polarity", "modality",
               "evidence", "start", "end", "outlet", "document", "url", "event"),
    "agreements": ("agreement", "parties", "subject", "signed", "first_seen", "labels", "documents", "outlets"),
    "conflicts": ("conflict", "scope", "kind", "confidence", "about", "summary", "sides", "documents",
                  "outlets"),  # documents: a count; sides: a list (who, claim, document, url, title, offsets)
    "claims": ("date", "claimant", "kind", "predicate", "arguments", "value", "polarity", "modality", "time",
               "evidence", "start", "end", "outlet", "document", "claim", "links"),  # links: revisions, corroborations
    "actors": ("actor", "name", "type", "country", "sector", "documents", "mentions"),
    "search": ("document", "date", "outlet", "title", "url", "snippet", "score", "copy_of"),
    "documents": ("document", "date", "outlet", "title", "url", "statements", "events", "claims"),
}

# The columns a table shows, where it cannot show them all (a narrow terminal, a plain layout): the
# other columns stay in JSON Lines, CSV and Parquet.
TABLE_COLUMNS: dict[str, tuple[str, ...]] = {
    **COLUMNS,
    "statements": ("date", "speaker", "country", "kind", "cue", "content", "outlet", "document", "statement"),
    "events": ("date", "published", "type", "cameo", "source", "target", "polarity", "evidence", "outlet", "document"),
    "claims": ("date", "claimant", "kind", "predicate", "arguments", "value", "polarity", "evidence", "outlet",
               "document"),
    "search": ("document", "date", "outlet", "title", "snippet", "score"),
}


def _num(x: float | None) -> str:
    return "?" if x is None else f"{x:g}"
