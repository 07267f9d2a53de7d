"""Parquet files of articles: one record per row, with the fields of a JSON record.

A row is read as a JSON Lines record is (:func:`~newsledger.ingest.records.record_to_document`): a
``text`` column, and optionally ``title``, ``url``, ``published`` (an ISO string, a date or a
timestamp) and ``source``. A bad row is reported on its own (``file.parquet#12``) and the others are
read. Only the row groups that hold the rows asked for are read, so a shard of a large file
(:mod:`newsledger.batch`) costs its own rows.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

from ..errors import InputError, TooLarge
from ..models import Document
from .records import record_to_document

__all__ = ["MAGIC", "parquet_rows", "read_parquet"]

MAGIC = b"PAR1"


def parquet_rows(path: str) -> int:
    """How many rows the file holds (from its footer)."""
    import pyarrow.parquet as pq

    return int(pq.ParquetFile(path).metadata.num_rows)


def _row_groups(path: str, first: int, count: int | None) -> tuple[Any, int]:
    """The table of the row groups holding rows ``first`` .. ``first + count``, and the offset of ``first`` in it."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    pf = pq.ParquetFile(path)
    stop = pf.metadata.num_rows if count is None else first + count
    parts: list[Any] = []
    start = skip = 0
    for group in range(pf.num_row_groups):
        rows = pf.metadata.row_group(group).num_rows
        if start < stop and start + rows > first:
            if not parts:
                skip = first - start
            parts.append(pf.read_row_group(group))
        start += rows
    return (pa.concat_tables(parts) if parts else None), skip


def read_parquet(path: str, max_bytes: int, first: int = 0, count: int | None = None
                 ) -> Iterator[Document | InputError]:
    """Documents of rows ``first`` .. ``first + count`` (all by default); errors per row are yielded."""
    table, skip = _row_groups(path, first, count)
    if table is None:
        return
    table = table.slice(skip, count)
    for i, row in enumerate(table.to_pylist(), first):
        where = f"{path}#{i}"
        published = row.get("published")
        if isinstance(published, dt.date):
            row["published"] = published.isoformat()
        text = row.get("text")
        if isinstance(text, str) and len(text) > max_bytes // 4 and len(text.encode("utf-8")) > max_bytes:
            yield TooLarge(where, f"record over the size limit of {max_bytes:,} bytes per record (setting max_bytes)")
            continue
        try:
            yield record_to_document(where, row)
        except InputError as exc:
            yield exc
