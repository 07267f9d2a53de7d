"""The ledger from Python: ``newsledger.Ledger(path_or_url)``, with the queries of the command line.

>>> from newsledger import Ledger
>>> with Ledger("ledger.db") as ledger:                  # or "postgresql://user@host/db"
...     ledger.ingest("articles/", "feed.xml")           # analyse and store, as `newsledger ingest`
...     rows = ledger.events(from_actor="USA", to_actor="RUS", since="2025-01-01")
...     rows[0]["cameo"], rows.columns()["date"]         # records as dicts, or columns as lists
...     ledger.export("claims", "claims.parquet")        # every row, streamed, as `newsledger export`

Each query takes the options of its command as keyword arguments (``actor``, ``country``, ``type``,
``since``, ``until``, ``outlet``, ``text``, ``limit``; ``from_actor`` and ``to_actor`` for events;
``claimant``, ``kind`` and ``event_type`` for claims; ``rank`` for search) and answers through the
same functions as the command line (:mod:`newsledger.store.queries`), so both always agree. Dates
may be ``datetime.date`` or ``YYYY-MM-DD`` strings. The rows are a :class:`Records`: a list of dicts
whose :meth:`Records.columns` gives a dict of equal-length lists, the form
``pandas.DataFrame(rows.columns())`` (or any data-frame library) takes; newsledger itself needs no
pandas. The store, SQLAlchemy and spaCy are imported when first used.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import IO, TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .config import Settings
    from .models import Analysis
    from .store import Ledger as Store
    from .store.load import IngestSummary

__all__ = ["Ledger", "Records"]


class Records(list[dict[str, Any]]):
    """Query rows: a list of dicts (one per record, keys in display order), with a column view."""

    def __init__(self, rows: list[dict[str, Any]], columns: tuple[str, ...]) -> None:
        super().__init__(rows)
        self.names = columns

    def columns(self) -> dict[str, list[Any]]:
        """The rows as columns: name -> list of values, every list as long as the rows (a data frame's input)."""
        names = list(self.names) + [k for r in self for k in r if k not in self.names]
        names = list(dict.fromkeys(names))
        return {name: [r.get(name) for r in self] for name in names}


def _date(value: dt.date | str | None, name: str) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        from .errors import QueryError

        raise QueryError(f"{name}={value!r} is not a date in the form YYYY-MM-DD") from None


class Ledger:
    """A ledger database (an SQLite file or a ``postgresql://`` URL; None: ``$NEWSLEDGER_DB`` or
    ``./newsledger.db``), queried and filled as the command line does.

    Queries open the ledger read-only and never create or migrate it (a missing ledger is a
    :class:`~newsledger.errors.ConfigError`); :meth:`ingest` and :meth:`add` create or upgrade it.
    """

    def __init__(self, path_or_url: str | None = None) -> None:
        self.location = path_or_url
        self._reader: Store | None = None
        self._writer: Store | None = None

    def __enter__(self) -> Ledger:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Release the database connections (the ledger can still be used; they are opened again)."""
        for store in (self._reader, self._writer):
            if store is not None:
                store.close()
        self._reader = self._writer = None

    def _read(self) -> Store:
        if self._reader is None:
            from .store import Ledger as Store

            self._reader = Store(self.location, read_only=True)
        return self._reader

    def _write(self) -> Store:
        if self._writer is None:
            from .store import Ledger as Store

            self._writer = Store(self.location)
        return self._writer

    # filling --------------------------------------------------------------------------------

    def ingest(self, *sources: str, published: dt.date | str | None = None, settings: Settings | None = None,
               allow_private: bool = False) -> IngestSummary:
        """Analyse ``sources`` (files, directories, globs, feeds, WARC files, URLs) and store them, as
        ``newsledger ingest``; the summary counts what was analysed, linked, present and skipped."""
        from .config import load_settings
        from .store.load import ingest_sources

        summary = ingest_sources(sources, self._write(), settings or load_settings(),
                                 published=_date(published, "published"), allow_private=allow_private)
        self._reopen_reader()
        return summary

    def add(self, analysis: Analysis) -> str:
        """Store one analysis (from :func:`newsledger.analyze_text`); ``added`` or ``present``."""
        status = self._write().add(analysis).status
        self._reopen_reader()
        return status

    def _reopen_reader(self) -> None:
        if self._reader is not None:  # a ledger created or upgraded since it was opened
            self._reader.close()
            self._reader = None

    # queries --------------------------------------------------------------------------------

    def _query(self, command: str, **filters: Any) -> Records:
        from .store.queries import COLUMNS, COMMANDS, Filters

        for name in ("since", "until"):
            filters[name] = _date(filters.get(name), name)
        with self._read().read() as conn:
            rows = COMMANDS[command](conn, Filters(**filters))
        return Records(rows, COLUMNS[command])

    def statements(self, **filters: Any) -> Records:
        """Who said what, newest first (``newsledger statements``)."""
        return self._query("statements", **filters)

    def events(self, **filters: Any) -> Records:
        """Who did what to whom, newest first, with CAMEO code, QuadClass and intensity; ``from_actor``
        and ``to_actor`` select a dyad (``newsledger events --from --to``)."""
        return self._query("events", **filters)

    def agreements(self, **filters: Any) -> Records:
        """Agreements with every party's label and every source (``newsledger agreements``)."""
        return self._query("agreements", **filters)

    def conflicts(self, **filters: Any) -> Records:
        """Contradictions within and across articles, each with its sides (``newsledger conflicts``)."""
        return self._query("conflicts", **filters)

    def claims(self, **filters: Any) -> Records:
        """Who claims what about whom, newest first (``newsledger claims``)."""
        return self._query("claims", **filters)

    def actors(self, **filters: Any) -> Records:
        """Actors, most reported first, with the ids every actor filter accepts (``newsledger actors``)."""
        return self._query("actors", **filters)

    def search(self, words: str, **filters: Any) -> Records:
        """Documents matching ``words`` (phrases, OR, NOT, prefix*), with snippets and scores
        (``newsledger search``); ``rank=True`` puts the most relevant first."""
        return self._query("search", text=words, **filters)

    def documents(self, **filters: Any) -> Records:
        """Articles, newest published first, with their counts of statements, events and claims."""
        return self._query("documents", **filters)

    def page(self, command: str, cursor: str | None = None, **filters: Any) -> tuple[Records, str | None]:
        """One page of ``command``'s rows (``limit`` of them, after ``cursor``) and the cursor of the next
        page, None on the last: the pagination of the HTTP API (:mod:`newsledger.store.paging`)."""
        from .store.paging import page
        from .store.queries import COLUMNS, Filters

        for name in ("since", "until"):
            filters[name] = _date(filters.get(name), name)
        with self._read().read() as conn:
            rows, nxt = page(conn, command, Filters(**filters), cursor)
        return Records(rows, COLUMNS[command]), nxt

    def show(self, doc_id: str) -> Analysis | None:
        """The stored analysis of ``doc_id`` with all its records (``newsledger show``); None if absent."""
        return self._read().get(doc_id)

    # exports --------------------------------------------------------------------------------

    def export(self, kind: str, out: str | IO[str], format: str | None = None) -> int:
        """Write every record of ``kind`` to ``out`` (a path or a text stream), streamed, as
        ``newsledger export``; the format is ``format`` or the path's suffix (csv, jsonl, parquet).
        Returns the number of rows written."""
        from .store.export import write_export

        fmt = format or (out.rsplit(".", 1)[-1].lower() if isinstance(out, str) and "." in out else "jsonl")
        with self._read().read() as conn:
            return write_export(conn, kind, fmt, out)

    def iter_records(self, kind: str) -> Iterator[dict[str, Any]]:
        """Every record of ``kind`` with its provenance, one dict at a time, read in chunks (constant memory)."""
        from .store.export import export_rows

        with self._read().read() as conn:
            for chunk in export_rows(conn, kind):
                yield from chunk
