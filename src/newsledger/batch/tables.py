"""Analyses <-> one Arrow table per record kind, the Parquet layout of a batch run.

Each kind (``documents``, ``entities``, ``statements``, ``times``, ``events``, ``agreements``,
``claims``, ``conflicts``) has one row per record, led by ``doc_id`` and ``doc_seq`` (the document's
position in its shard, which tells two copies of one text apart). The columns follow the record's
dataclass fields, so the layout moves with the models without a second description of them: a span
is three columns (``evidence_start``, ``evidence_end``, ``evidence_text``: offsets into the
document's text), text, numbers and flags are typed columns, dates are ISO strings, and nested
records (mentions, labels, sides, arguments, amounts) are JSON strings. ``documents`` adds ``sha256``.
Rows keep the order of the analyses and of the records inside each, so :func:`analyses_from_tables`
gives back exactly the analyses :func:`tables_from_analyses` was given (the loader stores them
through the ledger's writer as ``ingest`` would).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import json
import types
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, Literal, Union, get_args, get_origin, get_type_hints

from ..models import (
    Agreement,
    Analysis,
    Claim,
    Conflict,
    Document,
    Entity,
    Event,
    Skipped,
    Span,
    Statement,
    TimeExpr,
)

if TYPE_CHECKING:
    import pyarrow as pa

__all__ = ["KINDS", "analyses_from_tables", "skipped_table", "tables_from_analyses"]

# The record kinds, in the order of the analysis format, with the class of their rows.
KINDS: dict[str, type[Any]] = {
    "documents": Document, "entities": Entity, "statements": Statement, "times": TimeExpr, "events": Event,
    "agreements": Agreement, "claims": Claim, "conflicts": Conflict,
}


def _optional(tp: Any) -> Any:
    """``X | None`` -> X; other types unchanged."""
    if get_origin(tp) in (Union, types.UnionType):
        args = [a for a in get_args(tp) if a is not type(None)]
        if len(args) == 1:
            return args[0]
    return tp


def _is_date(tp: Any) -> bool:
    if get_origin(tp) in (Union, types.UnionType):
        return any(_is_date(a) for a in get_args(tp) if a is not type(None))
    return tp in (dt.date, dt.datetime)


def _arrow_type(tp: Any) -> str:
    """The column type of a field: span, string, int64, float64, bool, date (ISO string) or json."""
    base = _optional(tp)
    if base is Span:
        return "span"
    if _is_date(tp):
        return "date"
    if base is str or get_origin(base) is Literal:
        return "string"
    return {int: "int64", float: "float64", bool: "bool"}.get(base, "json")


_FIELDS: dict[Any, tuple[tuple[str, Any, str], ...]] = {}


def _fields(cls: Any) -> tuple[tuple[str, Any, str], ...]:
    """(name, type, column type) of each field of a record class (worked out once per class)."""
    if cls not in _FIELDS:
        hints = get_type_hints(cls)
        _FIELDS[cls] = tuple((f.name, hints[f.name], _arrow_type(hints[f.name])) for f in dataclasses.fields(cls))
    return _FIELDS[cls]


@functools.cache
def schema(kind: str) -> pa.Schema:
    """The Arrow schema of a kind's table."""
    import pyarrow as pa

    types_ = {"string": pa.string(), "date": pa.string(), "json": pa.string(), "int64": pa.int64(),
              "float64": pa.float64(), "bool": pa.bool_()}
    columns = [pa.field("doc_id", pa.string(), nullable=False), pa.field("doc_seq", pa.int64(), nullable=False)]
    if kind == "documents":
        columns.append(pa.field("sha256", pa.string()))
    for name, _tp, column in _fields(KINDS[kind]):
        if column == "span":
            columns += [pa.field(f"{name}_start", pa.int64()), pa.field(f"{name}_end", pa.int64()),
                        pa.field(f"{name}_text", pa.string())]
        else:
            columns.append(pa.field(name, types_[column]))
    return pa.schema(columns)


def _to_json(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _to_json(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, tuple | list):
        return [_to_json(v) for v in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _from_json(tp: Any, value: Any) -> Any:
    if value is None:
        return None
    tp = _optional(tp)
    if _is_date(tp):
        return _date(value)
    if get_origin(tp) is tuple:
        args = get_args(tp)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_from_json(args[0], v) for v in value)
        return tuple(_from_json(a, v) for a, v in zip(args, value, strict=True))
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        return tp(**{name: _from_json(ftp, value[name]) for name, ftp, _c in _fields(tp) if name in value})
    return value


def _date(value: str) -> dt.date | dt.datetime:
    return dt.date.fromisoformat(value) if len(value) == 10 else dt.datetime.fromisoformat(value)


def _row(doc_id: str, seq: int, record: Any, kind: str) -> dict[str, Any]:
    row: dict[str, Any] = {"doc_id": doc_id, "doc_seq": seq}
    if kind == "documents":
        row["sha256"] = record.sha256
    for name, _tp, column in _fields(type(record)):
        value = getattr(record, name)
        if column == "span":
            row[f"{name}_start"] = value.start if value else None
            row[f"{name}_end"] = value.end if value else None
            row[f"{name}_text"] = value.text if value else None
        elif column == "date":
            row[name] = value.isoformat() if value else None
        elif column == "json":
            row[name] = json.dumps(_to_json(value), ensure_ascii=False)
        else:
            row[name] = value
    return row


def _record(cls: Any, row: dict[str, Any]) -> Any:
    kwargs: dict[str, Any] = {}
    for name, tp, column in _fields(cls):
        if column == "span":
            start = row[f"{name}_start"]
            kwargs[name] = None if start is None else Span(start, row[f"{name}_end"], row[f"{name}_text"])
        elif column == "date":
            kwargs[name] = None if row[name] is None else _date(row[name])
        elif column == "json":
            kwargs[name] = _from_json(tp, json.loads(row[name]))
        else:
            kwargs[name] = row[name]
    return cls(**kwargs)


def tables_from_analyses(analyses: Iterable[Analysis], first_seq: int = 0) -> dict[str, pa.Table]:
    """One table per kind holding every record of ``analyses``, in order, documents numbered from ``first_seq``."""
    import pyarrow as pa

    rows: dict[str, list[dict[str, Any]]] = {kind: [] for kind in KINDS}
    for seq, a in enumerate(analyses, first_seq):
        doc_id = a.document.id
        rows["documents"].append(_row(doc_id, seq, a.document, "documents"))
        for kind in KINDS:
            if kind != "documents":
                rows[kind] += [_row(doc_id, seq, r, kind) for r in getattr(a, kind)]
    return {kind: pa.Table.from_pylist(rows[kind], schema=schema(kind)) for kind in KINDS}


def analyses_from_tables(tables: dict[str, pa.Table]) -> list[Analysis]:
    """The analyses the tables were made from, in their order (the inverse of :func:`tables_from_analyses`)."""
    records: dict[str, dict[int, list[Any]]] = {kind: {} for kind in KINDS if kind != "documents"}
    for kind, by_doc in records.items():
        for row in tables[kind].to_pylist():
            by_doc.setdefault(row["doc_seq"], []).append(_record(KINDS[kind], row))
    out = []
    for row in tables["documents"].to_pylist():
        doc = _record(Document, row)
        out.append(Analysis(doc, **{kind: tuple(by_doc.pop(row["doc_seq"], [])) for kind, by_doc in records.items()}))
    return out


def skipped_table(skips: Iterable[Skipped]) -> pa.Table:
    """The skips of a shard: origin, reason and kind."""
    import pyarrow as pa

    return pa.Table.from_pylist([{"origin": s.origin, "reason": s.reason, "kind": s.kind} for s in skips],
                                schema=pa.schema([("origin", pa.string()), ("reason", pa.string()),
                                                  ("kind", pa.string())]))
