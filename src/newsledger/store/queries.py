"""Queries behind the ledger commands: statements, events, agreements, claims, conflicts, actors, search.

Each takes :class:`Filters` and returns plain rows (dicts with the same keys
whichever backend answers), newest first, at most ``limit``. Every filter is
an indexed lookup or runs on the (small) actors table first, and text
filters use the full-text index of the backend (FTS5 or tsvector), so the
answers stay fast on a ledger of many thousands of articles.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, exists, func, literal, literal_column, or_, select, text, union
from sqlalchemy.engine import Connection
from sqlalchemy.sql.util import ClauseAdapter

from ..errors import QueryError
from . import schema as t

__all__ = ["COLUMNS", "COMMANDS", "MAX_PATTERN_CHARS", "Filters", "actors", "agreements", "check_filters", "claims",
           "conflicts", "events", "search", "sides_text", "snippet_of", "statements"]

Row = dict[str, Any]


@dataclass(frozen=True, slots=True)
class Filters:
    """What the query commands filter on; ``None`` means no filter."""

    actor: str | None = None  # part of an actor's name, or an ISO 3166 alpha-3 country code
    country: str | None = None  # ISO 3166 alpha-3
    type: str | None = None  # statement kind, event type, word of an agreement label, conflict kind, actor type
    since: dt.date | None = None
    until: dt.date | None = None
    source: str | None = None  # part of the outlet's name
    text: str | None = None  # words to find
    limit: int = 50
    claimant: str | None = None  # claims: part of the claimant's name (a ledger actor), or an ISO3 code
    event_type: str | None = None  # claims: a PLOVER type the claim is (event claims) or comes from
    kind: str | None = None  # claims: event, quantity, cause, status, acceptance or characterisation


# The longest name part, outlet, type or words a filter may give. Real ones are a few dozen
# characters; past some thousands SQLite refuses a LIKE pattern ("pattern too complex", at 50,000)
# and PostgreSQL a tsquery, and a full-text search of a few hundred thousand words ran for minutes.
MAX_PATTERN_CHARS = 1000


def check_filters(command: str, f: Filters) -> None:
    """Raise :class:`~newsledger.errors.QueryError` when ``command`` cannot be asked with ``f``.

    Every text filter is at most ``MAX_PATTERN_CHARS`` characters without NUL; ``search`` (and a
    ``statements --text``, answered by the same full-text index) needs at least one word of letters
    or digits, since the index ignores everything else and would otherwise match nothing in silence.
    """
    for name in ("actor", "country", "type", "source", "text", "claimant", "event_type", "kind"):
        value = getattr(f, name)
        if value is None:
            continue
        option = "the search words" if command == "search" and name == "text" else f"--{name.replace('_', '-')}"
        if len(value) > MAX_PATTERN_CHARS:
            raise QueryError(f"{option}: {len(value):,} characters, more than the {MAX_PATTERN_CHARS:,} allowed")
        if "\x00" in value:
            raise QueryError(f"{option}: contains a NUL character, which no ledger text holds")
    full_text = command == "search" or (command == "statements" and f.text is not None)
    if full_text and not re.search(r"\w", f.text or ""):
        what = "search" if command == "search" else "statements --text"
        raise QueryError(f"{what} needs at least one word of letters or digits to look for; got {f.text!r}")


# Up to this many matching actors the filter is a list of keys; past it, a subquery on the actors.
# A list is read once and reused by every side of the main query (source and target, probe and
# fallback) without scanning the actors again, which keeps the common case (one minister, one
# country's few dozen actors) fast. But each key is a bind parameter, used up to four times in one
# statement, and a statement carries at most 65,535 of them on PostgreSQL and 250,000 on this
# SQLite build: a subquery has no such limit, whatever the filter matches.
ACTOR_KEYS_MAX = 1000

ActorMatch = list[int] | Select[Any]


def _actor_pks(conn: Connection, f: Filters) -> ActorMatch | None:
    """Actors matching ``--actor`` and ``--country``, or None when neither is given: a list of their
    pks when there are at most ``ACTOR_KEYS_MAX``, else a subquery selecting them."""
    if f.actor is None and f.country is None:
        return None
    return _matching_actors(conn, f.actor, f.country)


def _matching_actors(conn: Connection, actor: str | None, country: str | None) -> ActorMatch:
    """Actors whose name holds ``actor`` (or whose country it is, as an ISO3 code) and of ``country``."""
    # An alias, so that a query on the actors table itself (``actors --country``) never correlates
    # the subquery with its own rows.
    a = t.actors.alias("matched_actors")
    conds: list[ColumnElement[bool]] = []
    if actor is not None:
        by_name = a.c.name.ilike(f"%{_like(actor)}%", escape="\\")
        conds.append(or_(by_name, a.c.country == actor.upper()) if _is_iso3(actor) else by_name)
    if country is not None:
        conds.append(a.c.country == country.upper())
    matching = select(a.c.pk).where(*conds)
    pks = list(conn.execute(matching.limit(ACTOR_KEYS_MAX + 1)).scalars())
    return pks if len(pks) <= ACTOR_KEYS_MAX else matching


def _is_iso3(value: str) -> bool:
    return len(value) == 3 and value.isalpha()


def _like(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _ilike(col: ColumnElement[Any], value: str) -> ColumnElement[bool]:
    return col.ilike(f"%{_like(value)}%", escape="\\")


def _outlet_match(conn: Connection, part: str) -> ColumnElement[bool]:
    """``documents.source`` is one of the outlets whose name contains ``part`` (any case).

    The outlets are read first, one index seek per distinct name (a "loose index scan": a recursive
    query that asks the index for the next name after the last one), so a ledger of many documents
    from few outlets is never scanned document by document; the filter is then an indexed ``IN``.
    """
    names = text(
        "WITH RECURSIVE outlets(name) AS (SELECT min(source) FROM documents UNION ALL "
        "SELECT (SELECT min(source) FROM documents WHERE source > outlets.name) FROM outlets "
        "WHERE outlets.name IS NOT NULL) SELECT name FROM outlets WHERE name IS NOT NULL")
    wanted = part.casefold()
    return t.documents.c.source.in_([n for n in conn.execute(names).scalars() if wanted in n.casefold()])


def _fts_query(words: str) -> str:
    """User words -> an FTS5 query that matches documents containing all of them (no syntax injection)."""
    terms = re.findall(r"\w+", words)
    return " ".join('"' + w.replace('"', '""') + '"' for w in terms) or '""'


def _text_match(conn: Connection, table: str, pk_col: ColumnElement[Any], words: str,
                inline: bool = False) -> ColumnElement[bool]:
    """Rows of ``table`` containing ``words`` by its full-text index: the row's own ``tsv`` (PostgreSQL,
    ``inline``) or membership in the index's answer (a condition that also holds on a subquery's rows)."""
    if conn.dialect.name == "postgresql":
        tsq = func.websearch_to_tsquery("english", words)
        if inline:
            return literal_column(f"{table}.tsv").op("@@")(tsq)
        return pk_col.in_(select(literal_column("m.pk")).select_from(text(f"{table} AS m"))
                          .where(literal_column("m.tsv").op("@@")(tsq)))
    fts: Select[Any] = select(literal_column("rowid")).select_from(text(f"{table}_fts")).where(
        text(f"{table}_fts MATCH :fts_q").bindparams(fts_q=_fts_query(words)))
    return pk_col.in_(fts)


def _dates(col: Any, f: Filters) -> list[ColumnElement[bool]]:
    out = []
    if f.since is not None:
        out.append(col >= f.since)
    if f.until is not None:
        out.append(col <= f.until)
    return out


# How many of the newest rows a filtered listing checks before it asks the filter's own index. Fewer
# documents: matching a document's words (its whole tsvector) costs more than checking a column.
PROBE_ROWS = 5000
PROBE_DOCUMENTS = 1000


def _newest(conn: Connection, table: Any, date_col: Any, conds: list[ColumnElement[bool]], limit: int,
            selective: Select[Any] | None = None) -> list[int]:
    """Primary keys of the newest ``limit`` rows of ``table`` that meet ``conds``, by (date, pk) descending.

    A filter that matches many rows ("statements by anyone in the USA") is answered fastest by walking
    the date index and stopping at the limit; one that matches few ("statements by this minister") by
    its own index and a small sort. Neither SQLite nor PostgreSQL can tell which from their statistics
    (they know how many rows an average actor has, not this one), so both are tried in turn: first the
    newest ``PROBE_ROWS`` rows are checked. If they hold ``limit`` matches those are the answer, since
    every other match is older; if not, the filter matches under ``limit / PROBE_ROWS`` of the recent
    rows, and ``selective`` (or ``conds`` through the backend's own plan) answers it cheaply.
    """
    order = (date_col.desc(), table.c.pk.desc())
    # The filter is applied outside a LIMITed subquery so that no planner can push it into the walk
    # (PostgreSQL would otherwise hash-join a scan of the whole table against the recent keys).
    recent = select(table).order_by(*order).limit(PROBE_ROWS).subquery()
    adapt = ClauseAdapter(recent).traverse
    probe = (select(recent.c.pk).where(*(adapt(c) for c in conds))
             .order_by(recent.c[date_col.name].desc(), recent.c.pk.desc()).limit(limit))
    pks = list(conn.execute(probe).scalars())
    if len(pks) >= limit:
        return pks
    query = selective if selective is not None else select(table.c.pk).where(*conds).order_by(*order).limit(limit)
    return list(conn.execute(query).scalars())


def statements(conn: Connection, f: Filters) -> list[Row]:
    """Who said what: newest first."""
    check_filters("statements", f)
    s, d, a = t.statements, t.documents, t.actors
    q = (select(s.c.date, a.c.name.label("speaker"), s.c.speaker_text, a.c.country, s.c.kind, s.c.cue,
                s.c.content_text.label("content"), d.c.source.label("outlet"), d.c.id.label("document"),
                s.c.local_id.label("statement"))
         .join(d, d.c.pk == s.c.doc_pk).outerjoin(a, a.c.pk == s.c.actor_pk))
    conds: list[ColumnElement[bool]] = []
    sub = _actor_pks(conn, f)
    if sub is not None:
        conds.append(s.c.actor_pk.in_(sub))
    if f.type:
        conds.append(s.c.kind == f.type.lower())
    if f.source:
        conds.append(s.c.doc_pk.in_(select(d.c.pk).where(_outlet_match(conn, f.source))))
    if f.text:
        conds.append(_text_match(conn, "statements", s.c.pk, f.text))
    dates = _dates(s.c.date, f)
    q = q.where(s.c.pk.in_(_newest(conn, s, s.c.date, [*conds, *dates], f.limit))) if conds else q.where(*dates)
    q = q.order_by(s.c.date.desc(), s.c.pk.desc()).limit(f.limit)
    rows = [dict(r._mapping) for r in conn.execute(q)]
    for r in rows:
        r["speaker"] = r["speaker"] or r.pop("speaker_text")
        r.pop("speaker_text", None)
    return rows


def events(conn: Connection, f: Filters) -> list[Row]:
    """Who did what to whom: newest first, with the event cluster linking every report of one event."""
    check_filters("events", f)
    e, d, c = t.events, t.documents, t.event_clusters
    sa, ta = t.actors.alias("sa"), t.actors.alias("ta")
    q = (select(e.c.event_date.label("date"), e.c.type, e.c.mode, sa.c.name.label("source"),
                ta.c.name.label("target"), e.c.polarity, e.c.modality, e.c.evidence_text.label("evidence"),
                d.c.source.label("outlet"), d.c.id.label("document"), c.c.id.label("event"))
         .join(d, d.c.pk == e.c.doc_pk).outerjoin(sa, sa.c.pk == e.c.source_actor_pk)
         .outerjoin(ta, ta.c.pk == e.c.target_actor_pk).outerjoin(c, c.c.pk == e.c.cluster_pk))
    conds = [*_dates(e.c.event_date, f)]
    if f.type:
        conds.append(e.c.type == f.type.upper())
    if f.source:
        conds.append(e.c.doc_pk.in_(select(d.c.pk).where(_outlet_match(conn, f.source))))
    if f.text:
        conds.append(_ilike(e.c.evidence_text, f.text))
    newest = (e.c.event_date.desc(), e.c.pk.desc())
    sub = _actor_pks(conn, f)
    if sub is not None:
        # Source or target. For a rare actor an OR over two columns can use neither index, so each
        # side takes its own newest ``limit`` through its (actor, date, pk) index and these are merged.
        sides = [select(e.c.pk).where(col.in_(sub), *conds).order_by(*newest).limit(f.limit).subquery()
                 for col in (e.c.source_actor_pk, e.c.target_actor_pk)]
        merged = select(e.c.pk).where(e.c.pk.in_(union(*(select(x.c.pk) for x in sides))))
        either = or_(e.c.source_actor_pk.in_(sub), e.c.target_actor_pk.in_(sub))
        q = q.where(e.c.pk.in_(_newest(conn, e, e.c.event_date, [either, *conds], f.limit,
                                       merged.order_by(*newest).limit(f.limit))))
    elif f.source or f.text:
        q = q.where(e.c.pk.in_(_newest(conn, e, e.c.event_date, conds, f.limit)))
    else:
        q = q.where(*conds)
    q = q.order_by(*newest).limit(f.limit)
    return [dict(r._mapping) for r in conn.execute(q)]


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
    if f.actor is not None:
        by_name = or_(_ilike(la.c.parties, f.actor), _ilike(la.c.labels, f"by {f.actor}"))
        q = q.where(or_(by_name, _ilike(la.c.parties_key, f.actor.upper())) if _is_iso3(f.actor) else by_name)
    if f.country is not None:
        q = q.where(_ilike(la.c.parties_key, f.country.upper()))
    if f.type:
        q = q.where(exists().where(in_ledger, lb.c.agreement_pk == g.c.pk, _label_of_type(lb.c.label, f.type)))
    if f.source:
        q = q.where(exists().where(in_ledger, d.c.pk == g.c.doc_pk, _outlet_match(conn, f.source)))
    if f.text:
        q = q.where(or_(_ilike(la.c.subject, f.text),
                        exists().where(in_ledger, lb.c.agreement_pk == g.c.pk, _ilike(lb.c.label, f.text))))
    q = q.where(*_dates(when, f)).order_by(when.desc(), la.c.pk.desc()).limit(f.limit)
    return [{"agreement": h.id, "parties": h.parties, "subject": h.subject, "signed": h.signed_date,
             "first_seen": h.first_seen, "labels": "; ".join(json.loads(h.labels)), "documents": h.n_documents,
             "outlets": "; ".join(json.loads(h.outlets))} for h in conn.execute(q)]


def _label_of_type(label: Any, value: str) -> ColumnElement[bool]:
    """A label naming the document type ``value`` (``memorandum`` finds "MoU" and "memorandum of
    understanding", ``treaty`` finds "convention"; vocabulary of ``data/agreements.yaml``), or, for
    any other value, a label containing it."""
    from ..lexicon.agreements import shipped_agreement_vocabulary as load_vocabulary

    heads = [" ".join(words) for words, (doc_type, _) in load_vocabulary().heads.items() if doc_type == value.lower()]
    if not heads:
        return _ilike(label, value)
    padded = literal(" ") + func.replace(label, "-", " ") + literal(" ")
    return or_(*(padded.ilike(f"% {_like(h)} %", escape="\\") for h in heads))


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
    sub = _actor_pks(conn, f)
    if sub is not None:
        q = q.where(exists().where(side, s.c.actor_pk.in_(sub)))
    if f.type:
        q = q.where(c.c.kind == f.type.lower())
    if f.source or f.since or f.until:
        conds = [*_dates(d.c.pub_date, f)] + ([_outlet_match(conn, f.source)] if f.source else [])
        q = q.where(exists().where(side, d.c.pk == s.c.doc_pk, *conds))
    if f.text:
        q = q.where(_ilike(c.c.summary, f.text))
    found = list(conn.execute(q.order_by(c.c.pk.desc()).limit(f.limit)))
    sides = _conflict_sides(conn, [h.pk for h in found])
    return [{"conflict": h.id, "scope": h.scope, "kind": h.kind, "confidence": h.confidence, "about": h.about,
             "summary": h.summary, "sides": sides.get(h.pk, []), "documents": h.n_documents,
             "outlets": "; ".join(json.loads(h.outlets))} for h in found]


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
                d.c.source.label("outlet"), d.c.id.label("document"), c.c.local_id.label("claim"))
         .join(d, d.c.pk == c.c.doc_pk).outerjoin(a, a.c.pk == c.c.claimant_actor_pk))
    conds: list[ColumnElement[bool]] = []
    if f.claimant is not None:
        conds.append(c.c.claimant_actor_pk.in_(_matching_actors(conn, f.claimant, None)))
    sub = _actor_pks(conn, f)
    if sub is not None:
        about = select(ca.c.claim_pk).where(ca.c.actor_pk.in_(sub))
        conds.append(or_(c.c.claimant_actor_pk.in_(sub), c.c.pk.in_(about)))
    if f.kind:
        conds.append(c.c.kind == f.kind.lower())
    if f.event_type:
        e, plover = t.events, f.event_type.upper()
        conds.append(or_(and_(c.c.kind == "event", c.c.predicate == plover),
                         exists().where(e.c.doc_pk == c.c.doc_pk, e.c.local_id == c.c.event, e.c.type == plover)))
    if f.type:
        conds.append(c.c.predicate == f.type)
    if f.source:
        conds.append(c.c.doc_pk.in_(select(d.c.pk).where(_outlet_match(conn, f.source))))
    if f.text:
        conds.append(_ilike(c.c.evidence_text, f.text))
    dates = _dates(c.c.date, f)
    q = q.where(c.c.pk.in_(_newest(conn, c, c.c.date, [*conds, *dates], f.limit))) if conds else q.where(*dates)
    found = [dict(r._mapping) for r in conn.execute(q.order_by(c.c.date.desc(), c.c.pk.desc()).limit(f.limit))]
    args: dict[int, list[str]] = {}
    if found:
        for arg in conn.execute(select(ca.c.claim_pk, ca.c.role, a.c.name).join(a, a.c.pk == ca.c.actor_pk)
                                .where(ca.c.claim_pk.in_([x["pk"] for x in found])).order_by(ca.c.pk)):
            args.setdefault(arg.claim_pk, []).append(f"{arg.role}={arg.name}")
    links = _claim_links(conn, [x["pk"] for x in found]) if found else {}
    for r in found:
        r["claimant"] = r["claimant"] or r.pop("claimant_text") or r["outlet"]
        r.pop("claimant_text", None)
        r["links"] = "; ".join(links.get(r["pk"], []))
        r["arguments"] = "; ".join(args.get(r.pop("pk"), []))
        r["value"] = _value_text(r) if r.pop("has_value") else None
        for k in ("value_low", "value_high", "value_unit", "value_hedge"):
            r.pop(k)
    return found


_LINK_WORDS = {("revision", True): "revises", ("revision", False): "revised by",
               ("corroboration", True): "corroborates", ("corroboration", False): "corroborated by"}


def _claim_links(conn: Connection, pks: list[int]) -> dict[int, list[str]]:
    """Each claim's revisions and corroborations: in its own document ("revises k2"), and across documents
    ("revised by DOC:k4", from ``claim_links``), in the order they were found."""
    c, d, cl = t.claims, t.documents, t.claim_links
    out: dict[int, list[str]] = {}
    for r in conn.execute(select(c.c.pk, c.c.revises, c.c.corroborates).where(c.c.pk.in_(pks))):
        if r.revises:
            out.setdefault(r.pk, []).append(f"revises {r.revises}")
        out.setdefault(r.pk, []).extend(f"corroborates {x}" for x in json.loads(r.corroborates or "[]"))
    other = c.alias("other_claim")
    for mine, theirs, forward in ((cl.c.claim_pk, cl.c.other_claim_pk, True),
                                  (cl.c.other_claim_pk, cl.c.claim_pk, False)):
        q = (select(mine.label("pk"), cl.c.kind, d.c.id.label("document"), other.c.local_id)
             .join(other, other.c.pk == theirs).join(d, d.c.pk == other.c.doc_pk)
             .where(mine.in_(pks)).order_by(cl.c.pk))
        for r in conn.execute(q):
            out.setdefault(r.pk, []).append(f"{_LINK_WORDS[r.kind, forward]} {r.document}:{r.local_id}")
    return out


def _value_text(r: Row) -> str:
    low, high = r["value_low"], r["value_high"]
    figure = (_num(low) if low == high else _num(low if low is not None else high)
              if r["value_hedge"] and (low is None or high is None) else f"{_num(low)}-{_num(high)}")
    return " ".join(x for x in (r["value_hedge"], figure, r["value_unit"]) if x)


def actors(conn: Connection, f: Filters) -> list[Row]:
    """Actors across the ledger, most reported first, with how many documents and mentions they have."""
    check_filters("actors", f)
    a, en, d = t.actors, t.entities, t.documents
    q = select(a.c.id.label("actor"), a.c.name, a.c.type, a.c.country, a.c.sector, a.c.n_documents.label("documents"),
               a.c.n_mentions.label("mentions"))
    sub = _actor_pks(conn, f)
    if sub is not None:
        q = q.where(a.c.pk.in_(sub))
    if f.type:
        q = q.where(a.c.type == f.type.upper())
    if f.text:
        q = q.where(_ilike(a.c.name, f.text))
    if f.source or f.since or f.until:
        conds = [*_dates(d.c.pub_date, f)] + ([_outlet_match(conn, f.source)] if f.source else [])
        q = q.where(exists().where(en.c.actor_pk == a.c.pk, d.c.pk == en.c.doc_pk, *conds))
    q = q.order_by(a.c.n_documents.desc(), a.c.pk).limit(f.limit)
    return [dict(r._mapping) for r in conn.execute(q)]


def search(conn: Connection, f: Filters) -> list[Row]:
    """Documents containing the words of ``text`` (all of them), most recently stored first."""
    check_filters("search", f)
    words = f.text or ""  # holds a word: checked
    d = t.documents
    conds: list[ColumnElement[bool]] = []
    sub = _actor_pks(conn, f)
    if sub is not None:
        conds.append(exists().where(t.entities.c.doc_pk == d.c.pk, t.entities.c.actor_pk.in_(sub)))
    if f.source:
        conds.append(_outlet_match(conn, f.source))
    conds += _dates(d.c.pub_date, f)
    columns = (d.c.id.label("document"), d.c.pub_date.label("date"), d.c.source.label("outlet"), d.c.title)
    if conn.dialect.name == "postgresql":
        # ts_headline costs about a millisecond per article; the text is cut in Python instead (below).
        found = _pg_search(conn, words, conds, f.limit)
        q = (select(*columns, func.left(d.c.text, SNIPPET_SCAN).label("snippet"), d.c.pk)
             .where(d.c.pk.in_(found)).order_by(d.c.pk.desc()))
    else:
        # Newest stored first: ordering by the FTS rowid (== documents.pk) lets FTS5 stream matches
        # in that order and stop at the limit instead of sorting every match.
        q = (select(*columns, literal_column("snippet(documents_fts, 1, '[', ']', '…', 16)").label("snippet"), d.c.pk)
             .select_from(text("documents_fts")).join(d, d.c.pk == literal_column("documents_fts.rowid"))
             .where(text("documents_fts MATCH :fts_q").bindparams(fts_q=_fts_query(words)), *conds)
             .order_by(literal_column("documents_fts.rowid").desc()).limit(f.limit))
    copies: dict[int, str] = {}
    rows = [dict(r._mapping) for r in conn.execute(q)]
    if rows:
        orig = t.documents.alias("orig")
        copies = {r.pk: r.id for r in conn.execute(select(d.c.pk, orig.c.id).join(orig, orig.c.pk == d.c.copy_of_pk)
                                                    .where(d.c.pk.in_([r["pk"] for r in rows])))}
    for r in rows:
        r["copy_of"] = copies.get(r.pop("pk"))
        if conn.dialect.name == "postgresql":
            r["snippet"] = snippet_of(r["snippet"] or "", words)
    return rows


def _pg_search(conn: Connection, words: str, conds: list[ColumnElement[bool]], limit: int) -> list[int]:
    """Keys of the newest ``limit`` documents matching ``words`` and ``conds``, on PostgreSQL.

    As in ``_newest``: a common word is found among the newest ``PROBE_DOCUMENTS``; a rarer one
    (fewer than ``limit`` there) from the GIN index, whose matches are read in full (a MATERIALIZED
    CTE, so that the planner cannot turn it back into a walk over every document) and sorted.
    """
    d = t.documents
    tsq = func.websearch_to_tsquery("english", words)
    recent = (select(d.c.pk, d.c.pub_date, d.c.source, literal_column("documents.tsv").label("tsv"))
              .order_by(d.c.pk.desc()).limit(PROBE_DOCUMENTS).subquery("recent"))
    adapt = ClauseAdapter(recent).traverse
    probe = (select(recent.c.pk).where(recent.c.tsv.op("@@")(tsq), *(adapt(c) for c in conds))
             .order_by(recent.c.pk.desc()).limit(limit))
    pks = list(conn.execute(probe).scalars())
    if len(pks) >= limit:
        return pks
    matches = (select(literal_column("pk")).select_from(text("documents AS m"))
               .where(literal_column("m.tsv").op("@@")(tsq)).cte("matches").prefix_with("MATERIALIZED"))
    full = select(d.c.pk).where(d.c.pk.in_(select(matches.c.pk)), *conds).order_by(d.c.pk.desc()).limit(limit)
    return list(conn.execute(full).scalars())


SNIPPET_SCAN = 20000  # characters of an article searched for the place to quote


def snippet_of(text: str, words: str, width: int = 16) -> str:
    """About ``width`` words of ``text`` around the first searched word, each found word marked ``[so]``.

    Words match by their stem's start ("president" finds "presidential", "plans" finds "planned"),
    as the full-text index does; the text is cut at word boundaries, with "…" where it was cut.
    """
    stems = {w[:max(4, len(w) - 3)] if len(w) > 4 else w for w in re.findall(r"\w+", words.lower())
             if w not in {"or", "and", "not"}}
    if not stems:
        return ""
    found = re.compile(r"\b(?:" + "|".join(re.escape(x) for x in sorted(stems, key=len, reverse=True)) + r")\w*",
                       re.IGNORECASE)
    tokens = list(re.finditer(r"\S+", text))
    if not tokens:
        return ""
    first = next((i for i, m in enumerate(tokens) if found.search(m.group())), 0)
    start = max(0, min(first - width // 4, len(tokens) - width))
    shown = tokens[start:start + width]
    body = " ".join(found.sub(lambda m: f"[{m.group()}]", m.group()) for m in shown)
    return ("…" if start > 0 else "") + body + ("…" if start + width < len(tokens) else "")


COMMANDS: dict[str, Callable[[Connection, Filters], list[Row]]] = {
    "statements": statements, "events": events, "agreements": agreements, "conflicts": conflicts, "claims": claims,
    "actors": actors, "search": search,
}

# The columns of each command's rows, in display order (also the header of an empty result).
COLUMNS: dict[str, tuple[str, ...]] = {
    "statements": ("date", "speaker", "country", "kind", "cue", "content", "outlet", "document", "statement"),
    "events": ("date", "type", "mode", "source", "target", "polarity", "modality", "evidence", "outlet", "document",
               "event"),
    "agreements": ("agreement", "parties", "subject", "signed", "first_seen", "labels", "documents", "outlets"),
    "conflicts": ("conflict", "scope", "kind", "confidence", "about", "summary", "sides", "documents",
                  "outlets"),  # documents: a count; sides: a list (who, claim, document, url, title, offsets)
    "claims": ("date", "claimant", "kind", "predicate", "arguments", "value", "polarity", "modality", "time",
               "evidence", "start", "end", "outlet", "document", "claim", "links"),  # links: revisions, corroborations
    "actors": ("actor", "name", "type", "country", "sector", "documents", "mentions"),
    "search": ("document", "date", "outlet", "title", "snippet", "copy_of"),
}


def _num(x: float | None) -> str:
    return "?" if x is None else f"{x:g}"
