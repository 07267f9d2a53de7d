"""Whole tables out of the ledger, streamed, with their provenance: ``newsledger export KIND``.

Every kind of record can be written out in full as CSV, JSON Lines or Parquet. Rows are read with a
server-side cursor (PostgreSQL) or a stepping SQLite cursor, ``CHUNK`` at a time, and written as they
come, so memory stays flat whatever the ledger's size; nothing is capped. Each row of a per-document
kind carries the document's id, URL, outlet and publication date, and the character offsets and
text of its evidence in that document (``start``, ``end``, ``evidence``), so provenance survives
outside SQL. Lists stay lists in JSON Lines and Parquet; CSV joins them with ``"; "``.
Column names, and the GDELT columns they correspond to, are in ``docs/EXPORT.md``.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import IO, Any

from sqlalchemy import Select, select
from sqlalchemy.engine import Connection

from ..errors import QueryError
from . import schema as t

__all__ = ["CHUNK", "FORMATS", "KINDS", "ExportKind", "export_rows", "write_export"]

CHUNK = 1000  # rows read, post-processed and written at a time
FORMATS = ("csv", "jsonl", "parquet")
Row = dict[str, Any]

PROVENANCE = {"document": "str", "url": "str", "outlet": "str", "published": "date"}
EVIDENCE = {"start": "int", "end": "int", "evidence": "str"}


@dataclass(frozen=True, slots=True)
class ExportKind:
    """One exportable kind: its columns (name -> type), its query, and what completes a chunk of rows."""

    columns: dict[str, str]  # name -> str, int, float, bool, date or list (of strings)
    query: Callable[[], Select[Any]]
    complete: Callable[[Connection, list[Row]], None] | None = None


def _doc_columns(d: Any = t.documents) -> list[Any]:
    return [d.c.id.label("document"), d.c.url, d.c.source.label("outlet"), d.c.pub_date.label("published")]


def _span(table: Any, prefix: str) -> list[Any]:
    return [table.c[f"{prefix}start_char"].label("start"), table.c[f"{prefix}end_char"].label("end"),
            table.c[f"{prefix}text"].label("evidence")]


def _documents() -> Select[Any]:
    d, orig = t.documents, t.documents.alias("orig")
    return (select(*_doc_columns(), d.c.title, d.c.language, d.c.origin, d.c.sha256, orig.c.id.label("copy_of"),
                   d.c.copy_similarity, d.c.text)
            .outerjoin(orig, orig.c.pk == d.c.copy_of_pk).order_by(d.c.pk))


def _entities() -> Select[Any]:
    e, d, a = t.entities, t.documents, t.actors
    return (select(*_doc_columns(), e.c.local_id.label("entity"), a.c.id.label("actor"), e.c.name, e.c.type,
                   e.c.country, e.c.sector, e.c.roles, e.c.affiliation, e.c.pk.label("_pk"))
            .join(d, d.c.pk == e.c.doc_pk).join(a, a.c.pk == e.c.actor_pk).order_by(e.c.pk))


def _complete_entities(conn: Connection, rows: list[Row]) -> None:
    """Roles as a list; the first mention as the evidence, and how many mentions there are."""
    m = t.mentions
    first: dict[int, tuple[int, int, str]] = {}
    counts: dict[int, int] = {}
    for r in conn.execute(select(m.c.entity_pk, m.c.start_char, m.c.end_char, m.c.text)
                          .where(m.c.entity_pk.in_([x["_pk"] for x in rows])).order_by(m.c.pk)):
        first.setdefault(r.entity_pk, (r.start_char, r.end_char, r.text))
        counts[r.entity_pk] = counts.get(r.entity_pk, 0) + 1
    for x in rows:
        pk = x.pop("_pk")
        x["roles"] = json.loads(x["roles"])
        x["mentions"] = counts.get(pk, 0)
        x["start"], x["end"], x["evidence"] = first.get(pk, (None, None, None))


def _mentions() -> Select[Any]:
    m, e, d, a = t.mentions, t.entities, t.documents, t.actors
    return (select(*_doc_columns(), e.c.local_id.label("entity"), a.c.id.label("actor"), e.c.name, e.c.type,
                   e.c.country, *_span(m, ""))
            .join(e, e.c.pk == m.c.entity_pk).join(d, d.c.pk == e.c.doc_pk).join(a, a.c.pk == e.c.actor_pk)
            .order_by(m.c.pk))


def _statements() -> Select[Any]:
    s, d, a = t.statements, t.documents, t.actors
    return (select(*_doc_columns(), s.c.local_id.label("statement"), s.c.kind, s.c.speaker_text,
                   a.c.name.label("speaker"), a.c.id.label("speaker_id"), a.c.country.label("speaker_country"),
                   s.c.cue, s.c.date, *_span(s, "content_"))
            .join(d, d.c.pk == s.c.doc_pk).outerjoin(a, a.c.pk == s.c.actor_pk).order_by(s.c.pk))


def _times() -> Select[Any]:
    x, d = t.times, t.documents
    return (select(*_doc_columns(), x.c.local_id.label("time"), x.c.value, x.c.precision, x.c.anchor, x.c.date,
                   *_span(x, "")).join(d, d.c.pk == x.c.doc_pk).order_by(x.c.pk))


def _events() -> Select[Any]:
    e, d, c = t.events, t.documents, t.event_clusters
    sa, ta = t.actors.alias("sa"), t.actors.alias("ta")
    return (select(*_doc_columns(), e.c.local_id.label("event_local"), c.c.id.label("event"), e.c.event_date,
                   e.c.date_source, e.c.type, e.c.mode, e.c.cameo, sa.c.name.label("source"),
                   sa.c.id.label("source_id"), sa.c.country.label("source_country"), ta.c.name.label("target"),
                   ta.c.id.label("target_id"), ta.c.country.label("target_country"), e.c.polarity, e.c.modality,
                   e.c.reported_by, *_span(e, "evidence_"))
            .join(d, d.c.pk == e.c.doc_pk).outerjoin(sa, sa.c.pk == e.c.source_actor_pk)
            .outerjoin(ta, ta.c.pk == e.c.target_actor_pk).outerjoin(c, c.c.pk == e.c.cluster_pk).order_by(e.c.pk))


def _complete_events(conn: Connection, rows: list[Row]) -> None:
    from .queries import event_codes

    for r in rows:
        event_codes(r)


def _agreements() -> Select[Any]:
    g, d, la = t.agreements, t.documents, t.ledger_agreements
    return (select(*_doc_columns(), g.c.local_id.label("agreement_local"), la.c.id.label("agreement"),
                   g.c.subject, g.c.signed, g.c.parties, g.c.doc_pk.label("_doc"), g.c.pk.label("_pk"))
            .join(d, d.c.pk == g.c.doc_pk).join(la, la.c.pk == g.c.ledger_pk).order_by(g.c.pk))


def _complete_agreements(conn: Connection, rows: list[Row]) -> None:
    """Party names and ids, every label (a denial as "not ..."), the first label as the evidence."""
    e, a, lb, tm = t.entities, t.actors, t.agreement_labels, t.times
    docs = {x["_doc"] for x in rows}
    times = {(r.doc_pk, r.local_id): r.value for r in conn.execute(
        select(tm.c.doc_pk, tm.c.local_id, tm.c.value).where(tm.c.doc_pk.in_(docs)))}
    names: dict[tuple[int, str], tuple[str, str]] = {}
    for r in conn.execute(select(e.c.doc_pk, e.c.local_id, e.c.name, a.c.id).join(a, a.c.pk == e.c.actor_pk)
                          .where(e.c.doc_pk.in_(docs))):
        names[(r.doc_pk, r.local_id)] = (r.name, r.id)
    labels: dict[int, list[Any]] = {}
    for r in conn.execute(select(lb.c.agreement_pk, lb.c.label, lb.c.negated, lb.c.evidence_start_char,
                                 lb.c.evidence_end_char, lb.c.evidence_text)
                          .where(lb.c.agreement_pk.in_([x["_pk"] for x in rows])).order_by(lb.c.pk)):
        labels.setdefault(r.agreement_pk, []).append(r)
    for x in rows:
        doc, pk = x.pop("_doc"), x.pop("_pk")
        x["signed"] = times.get((doc, x["signed"])) if x["signed"] else None  # the time's TIMEX3 value
        parties = [names.get((doc, p), (p, None)) for p in json.loads(x.pop("parties"))]
        x["parties"], x["party_ids"] = [n for n, _ in parties], [i for _, i in parties if i]
        mine = labels.get(pk, [])
        x["labels"] = [("not " if r.negated else "") + r.label for r in mine]
        x["start"], x["end"], x["evidence"] = ((mine[0].evidence_start_char, mine[0].evidence_end_char,
                                                mine[0].evidence_text) if mine else (None, None, None))


def _claims() -> Select[Any]:
    c, d, a = t.claims, t.documents, t.actors
    return (select(*_doc_columns(), c.c.local_id.label("claim"), c.c.kind, c.c.predicate,
                   a.c.name.label("claimant"), a.c.id.label("claimant_id"), c.c.claimant_text, c.c.pk.label("_pk"),
                   c.c.value_low, c.c.value_high, c.c.value_unit, c.c.value_hedge, c.c.polarity, c.c.modality,
                   c.c.time_value.label("time"), c.c.date, *_span(c, "evidence_"))
            .join(d, d.c.pk == c.c.doc_pk).outerjoin(a, a.c.pk == c.c.claimant_actor_pk).order_by(c.c.pk))


def _complete_claims(conn: Connection, rows: list[Row]) -> None:
    ca, a = t.claim_arguments, t.actors
    args: dict[int, list[str]] = {}
    for r in conn.execute(select(ca.c.claim_pk, ca.c.role, a.c.name).join(a, a.c.pk == ca.c.actor_pk)
                          .where(ca.c.claim_pk.in_([x["_pk"] for x in rows])).order_by(ca.c.pk)):
        args.setdefault(r.claim_pk, []).append(f"{r.role}={r.name}")
    for x in rows:
        x["arguments"] = args.get(x.pop("_pk"), [])
        x["claimant"] = x["claimant"] or x.pop("claimant_text") or x["outlet"]
        x.pop("claimant_text", None)


def _conflicts() -> Select[Any]:
    """One row per side: a conflict's sides sit in different documents, each with its own provenance."""
    c, s, d, a = t.conflicts, t.conflict_sides, t.documents, t.actors
    return (select(c.c.id.label("conflict"), c.c.scope, c.c.kind, c.c.confidence, c.c.summary, *_doc_columns(),
                   a.c.name.label("claimant"), a.c.id.label("claimant_id"), s.c.claim,
                   s.c.claim_local_id.label("claim_id"), *_span(s, "evidence_"))
            .join(c, c.c.pk == s.c.conflict_pk).join(d, d.c.pk == s.c.doc_pk).outerjoin(a, a.c.pk == s.c.actor_pk)
            .order_by(s.c.conflict_pk, s.c.pk))


def _actors() -> Select[Any]:
    a = t.actors
    return select(a.c.id.label("actor"), a.c.name, a.c.type, a.c.country, a.c.sector,
                  a.c.n_documents.label("documents"), a.c.n_mentions.label("mentions")).order_by(a.c.pk)


def _cols(middle: dict[str, str], evidence: bool = True) -> dict[str, str]:
    return {**PROVENANCE, **middle, **(EVIDENCE if evidence else {})}


KINDS: dict[str, ExportKind] = {
    "documents": ExportKind(_cols({"title": "str", "language": "str", "origin": "str", "sha256": "str",
                                   "copy_of": "str", "copy_similarity": "float", "text": "str"}, False), _documents),
    "entities": ExportKind(_cols({"entity": "str", "actor": "str", "name": "str", "type": "str", "country": "str",
                                  "sector": "str", "roles": "list", "affiliation": "str", "mentions": "int"}),
                           _entities, _complete_entities),
    "mentions": ExportKind(_cols({"entity": "str", "actor": "str", "name": "str", "type": "str", "country": "str"}),
                           _mentions),
    "statements": ExportKind(_cols({"statement": "str", "kind": "str", "speaker": "str", "speaker_id": "str",
                                    "speaker_country": "str", "speaker_text": "str", "cue": "str", "date": "date"}),
                             _statements),
    "times": ExportKind(_cols({"time": "str", "value": "str", "precision": "str", "anchor": "str", "date": "date"}),
                        _times),
    "events": ExportKind(_cols({"event_local": "str", "event": "str", "date": "date", "date_source": "str",
                                "type": "str", "mode": "str", "cameo": "str", "quad_class": "int",
                                "intensity": "float", "source": "str", "source_id": "str", "source_country": "str",
                                "target": "str", "target_id": "str", "target_country": "str", "polarity": "str",
                                "modality": "str", "reported_by": "str"}), _events, _complete_events),
    "agreements": ExportKind(_cols({"agreement_local": "str", "agreement": "str", "subject": "str", "signed": "str",
                                    "parties": "list", "party_ids": "list", "labels": "list"}),
                             _agreements, _complete_agreements),
    "claims": ExportKind(_cols({"claim": "str", "kind": "str", "predicate": "str", "claimant": "str",
                                "claimant_id": "str", "arguments": "list", "value_low": "float",
                                "value_high": "float", "value_unit": "str", "value_hedge": "str", "polarity": "str",
                                "modality": "str", "time": "str", "date": "date"}), _claims, _complete_claims),
    "conflicts": ExportKind({"conflict": "str", "scope": "str", "kind": "str", "confidence": "float",
                             "summary": "str", **PROVENANCE, "claimant": "str", "claimant_id": "str", "claim": "str",
                             "claim_id": "str", **EVIDENCE}, _conflicts),
    "actors": ExportKind({"actor": "str", "name": "str", "type": "str", "country": "str", "sector": "str",
                          "documents": "int", "mentions": "int"}, _actors),
}


def export_rows(conn: Connection, kind: str) -> Iterator[list[Row]]:
    """Every row of ``kind``, in stored order, in chunks of ``CHUNK``, read with a streaming cursor."""
    spec = KINDS.get(kind)
    if spec is None:
        raise QueryError(f"unknown kind {kind!r}: choose one of {', '.join(KINDS)}")
    result = conn.execution_options(stream_results=True, yield_per=CHUNK).execute(spec.query())
    for part in result.partitions(CHUNK):
        rows = [dict(r._mapping) for r in part]
        if spec.complete is not None:
            spec.complete(conn, rows)
        yield [{c: r.get(c) for c in spec.columns} for r in rows]


def _arrow_schema(columns: dict[str, str]) -> Any:
    import pyarrow as pa

    types = {"str": pa.string(), "int": pa.int64(), "float": pa.float64(), "bool": pa.bool_(),
             "date": pa.date32(), "list": pa.list_(pa.string())}
    return pa.schema([(name, types[kind]) for name, kind in columns.items()])


def _plain(value: Any, as_list: str) -> Any:
    if isinstance(value, list):
        return as_list.join(str(v) for v in value)
    return value.isoformat() if isinstance(value, dt.date) else value


def write_export(conn: Connection, kind: str, fmt: str, out: IO[Any] | str) -> int:
    """Write every row of ``kind`` to ``out`` (a path, or for csv and jsonl an open text stream); the row count."""
    if fmt not in FORMATS:
        raise QueryError(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}")
    columns = KINDS[kind].columns if kind in KINDS else {}
    chunks = export_rows(conn, kind)
    n = 0
    if fmt == "parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        schema = _arrow_schema(columns)
        with pq.ParquetWriter(out, schema) as writer:
            for rows in chunks:
                writer.write_table(pa.Table.from_pylist(rows, schema=schema))
                n += len(rows)
            if n == 0:
                writer.write_table(schema.empty_table())
        return n
    stream = open(out, "w", encoding="utf-8", newline="") if isinstance(out, str) else out  # noqa: SIM115
    try:
        writer_csv = csv.DictWriter(stream, fieldnames=list(columns)) if fmt == "csv" else None
        if writer_csv is not None:
            writer_csv.writeheader()
        for rows in chunks:
            for r in rows:
                if writer_csv is not None:
                    writer_csv.writerow({c: _plain(v, "; ") for c, v in r.items()})
                else:
                    stream.write(json.dumps(r, ensure_ascii=False, default=_json_default) + "\n")
            n += len(rows)
    finally:
        if isinstance(out, str):
            stream.close()
    return n


def _json_default(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")
