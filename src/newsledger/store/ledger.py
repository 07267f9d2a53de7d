"""The repository: one object over SQLite or PostgreSQL that stores, links and reads analyses."""

from __future__ import annotations

import datetime as dt
import json
import os
import socket
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Column, select, text, update
from sqlalchemy.engine import Connection, make_url

from ..link.claims import Comparator
from ..models import Analysis
from . import schema as t
from .db import check_ledger, migrate, open_engines, resolve_url, write_lock
from .reader import read_analysis
from .writer import AddResult, write_analysis

__all__ = ["Ledger"]

# Bookkeeping that differs between two runs over the same input by design (run ids, timestamps).
_VOLATILE = {"runs": None, "documents": {"run_pk"}}
MAINTAIN_EVERY = 500


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _proc_stat(pid: int) -> tuple[bytes, int] | None:
    """(state, start time in clock ticks since boot) of process ``pid`` from Linux's /proc; None elsewhere."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as fh:
            stat = fh.read()
    except OSError:
        return None
    # The command name (field 2) is in parentheses and may hold spaces; state is field 3, start time 22.
    fields = stat[stat.rindex(b")") + 2:].split()
    return fields[0], int(fields[19])


def _process_start(pid: int) -> int | None:
    """When process ``pid`` started, which a later process reusing the pid does not share (Linux)."""
    stat = _proc_stat(pid)
    return stat[1] if stat else None


def _process_alive(pid: int, start: int | None) -> bool:
    """Whether the process that recorded ``(pid, start)`` is still running on this host."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass  # alive, under another user
    stat = _proc_stat(pid)
    if stat is None:
        return True  # no /proc: the pid exists, and that is all that can be told
    state, now = stat
    return state not in (b"Z", b"X") and (start is None or now == start)


class Ledger:
    """A ledger database: ``Ledger(None)`` opens ``$NEWSLEDGER_DB`` or ``./newsledger.db``.

    Opening runs any pending migration, so a new file or schema is ready to use, and marks the runs
    whose process has died (see :meth:`mark_stale_runs`). ``upgrade=False`` does neither and opens a
    ledger for writing as it is (the ingest's writer process, once the ingest has migrated it).
    ``compare`` replaces the comparison of claims across documents (tests). With
    ``read_only`` it creates, migrates and writes nothing: the database must already hold a ledger at
    this version's schema revision, or :class:`~newsledger.errors.ConfigError` says what it holds.
    """

    def __init__(self, db: str | None = None, *, upgrade: bool = True, read_only: bool = False,
                 maintain_every: int = MAINTAIN_EVERY, compare: Comparator | None = None) -> None:
        self.url = resolve_url(db)
        self.compare = compare  # claims of two documents -> a finding; None: newsledger.compare.compare
        self.read_only = read_only
        self.maintain_every = maintain_every  # documents stored between two ``maintain`` calls; 0: never
        self._written = 0
        self._reader, self._writer = open_engines(self.url, read_only=read_only)
        self.dialect = self._reader.dialect.name
        try:
            if read_only:
                check_ledger(self._reader, self.where)
                return
            if upgrade:  # the opening that owns the ledger's state: a schema at head, runs of dead processes marked
                migrate(self._writer)
                self.mark_stale_runs()
        except BaseException:
            self.close()
            raise

    @property
    def where(self) -> str:
        """The ledger's location for messages: the file, or the URL without its password."""
        if self.url.startswith("sqlite:///"):
            return self.url[len("sqlite:///"):]
        return make_url(self.url).render_as_string(hide_password=True).replace("postgresql+psycopg://",
                                                                               "postgresql://")

    def close(self) -> None:
        self._reader.dispose()
        if self._writer is not self._reader:
            self._writer.dispose()

    def __enter__(self) -> Ledger:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def read(self) -> Iterator[Connection]:
        """A read-only view; on SQLite it never waits for a writer (WAL)."""
        with self._reader.connect() as conn:
            yield conn

    @contextmanager
    def write(self) -> Iterator[Connection]:
        """One write transaction, committed on success and rolled back on any exception (Ctrl-C included)."""
        with self._writer.begin() as conn:
            write_lock(conn)
            yield conn

    # documents -------------------------------------------------------------------------------

    def add(self, analysis: Analysis, run_pk: int | None = None) -> AddResult:
        """Store one analysed document and its links, in one transaction."""
        with self.write() as conn:
            result = write_analysis(conn, analysis, run_pk, self.compare)
        self._wrote(1)
        return result

    def add_many(self, analyses: Iterable[Analysis], run_pk: int | None = None) -> list[AddResult]:
        """Store several documents in one transaction (bulk loads; ``add`` is the crash-safe unit)."""
        with self.write() as conn:
            results = [write_analysis(conn, a, run_pk, self.compare) for a in analyses]
        self._wrote(len(results))
        return results

    def _wrote(self, n: int) -> None:
        """Maintain the database every ``maintain_every`` stored documents, as autovacuum would.

        Counter updates leave dead row versions behind; reclaimed every few hundred documents,
        their space is reused and tables that are scanned (actors) stay small through any ingest.
        """
        self._written += n
        if self.maintain_every and self._written >= self.maintain_every:
            self._written = 0
            self.maintain()

    def get(self, doc_id: str) -> Analysis | None:
        """The stored analysis of ``doc_id``, as it was written."""
        with self.read() as conn:
            return read_analysis(conn, doc_id)

    def has_document(self, doc_id: str) -> bool:
        with self.read() as conn:
            return conn.execute(select(t.documents.c.pk).where(t.documents.c.id == doc_id)).first() is not None

    def count(self, table: str = "documents") -> int:
        with self.read() as conn:
            return int(conn.execute(text(f"SELECT count(*) FROM {t.metadata.tables[table].name}")).scalar_one())

    # maintenance -----------------------------------------------------------------------------

    def maintain(self) -> list[str]:
        """Refresh the query planner's statistics, and reclaim dead rows, where enough has changed.

        Every stored document updates shared rows (actor counters, agreement and conflict roll-ups),
        so a large ingest leaves dead row versions behind on PostgreSQL and statistics that no longer
        describe the tables on either backend; the planner then picks slow plans. PostgreSQL's
        autovacuum does this in the background when it is on (it is off on some servers); this does
        the same with autovacuum's default thresholds: ``VACUUM (ANALYZE)`` a table whose dead rows
        exceed 20% (+50), ``ANALYZE`` one with 10% (+50) of its rows changed since its last analysis.
        On SQLite it runs a bounded ``ANALYZE`` when the ledger's size has moved by 10% since the last
        one. Ingest calls it at the end of every run that stored documents. Returns what it did.
        """
        done: list[str] = []
        with self._writer.connect() as conn:
            if self.dialect == "postgresql":
                conn = conn.execution_options(isolation_level="AUTOCOMMIT")
                ours = {table.name for table in t.metadata.sorted_tables}
                stats = conn.execute(text(
                    "SELECT relname, n_live_tup, n_dead_tup, n_mod_since_analyze FROM pg_stat_user_tables "
                    "WHERE schemaname = current_schema()")).all()
                for name, live, dead, changed in stats:
                    if name not in ours:
                        continue
                    if dead > 50 + 0.2 * live:
                        done.append(f"VACUUM (ANALYZE) {name}")
                    elif changed > 50 + 0.1 * live:
                        done.append(f"ANALYZE {name}")
                for statement in done:
                    conn.exec_driver_sql(statement)
            else:
                rows = conn.exec_driver_sql("SELECT count(*) FROM documents").scalar_one()
                known = None
                if conn.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").first():
                    stat = conn.exec_driver_sql(
                        "SELECT stat FROM sqlite_stat1 WHERE tbl = 'documents' AND idx IS NULL OR "
                        "tbl = 'documents' AND idx = 'ix_documents_pub_date'").first()
                    known = int(stat[0].split()[0]) if stat else None
                if rows and (known is None or abs(rows - known) > 0.1 * known):
                    conn.exec_driver_sql("PRAGMA analysis_limit=1000")
                    conn.exec_driver_sql("ANALYZE")
                    done.append("ANALYZE")
                conn.commit()
        return done

    # runs ------------------------------------------------------------------------------------

    def start_run(self, settings: dict[str, Any], versions: dict[str, Any]) -> int:
        """Record the start of an ingest run with its resolved settings, model versions and process."""
        with self.write() as conn:
            return int(conn.execute(t.runs.insert().values(
                started_at=_now(), status="running", settings=json.dumps(settings, default=str, sort_keys=True),
                versions=json.dumps(versions, default=str, sort_keys=True), host=socket.gethostname(),
                pid=os.getpid(), pid_start=_process_start(os.getpid())).returning(t.runs.c.pk)).scalar_one())

    def finish_run(self, run_pk: int, status: str, summary: dict[str, Any]) -> None:
        with self.write() as conn:
            conn.execute(update(t.runs).where(t.runs.c.pk == run_pk).values(
                finished_at=_now(), status=status, summary=json.dumps(summary, default=str, sort_keys=True)))

    def mark_stale_runs(self) -> list[int]:
        """Mark ``interrupted`` every run still ``running`` whose process on this host is gone; their pks.

        A run killed with ``kill -9`` never records its end. Runs of another host are left alone (their
        process cannot be seen from here), and so are runs from before their process was recorded.
        """
        host = socket.gethostname()
        with self.read() as conn:
            running = conn.execute(select(t.runs.c.pk, t.runs.c.pid, t.runs.c.pid_start).where(
                t.runs.c.status == "running", t.runs.c.host == host, t.runs.c.pid.is_not(None))).all()
        stale = [(pk, pid) for pk, pid, start in running if not _process_alive(pid, start)]
        if not stale:
            return []
        with self.write() as conn:
            for pk, pid in stale:
                reason = (f"process {pid} on {host} ended without finishing the run (killed or crashed); "
                          "documents it reported are stored, run the ingest again to continue")
                conn.execute(update(t.runs).where(t.runs.c.pk == pk, t.runs.c.status == "running").values(
                    finished_at=_now(), status="interrupted", summary=json.dumps({"reason": reason})))
        return [pk for pk, _pid in stale]

    # comparison ------------------------------------------------------------------------------

    def snapshot(self) -> dict[str, list[tuple[Any, ...]]]:
        """Every row of every ledger table, without per-run bookkeeping, comparable across databases.

        Primary keys are replaced by their rank within the table and foreign keys by the rank of the
        row they point at, so two ledgers that stored the same documents in the same order compare
        equal even where PostgreSQL sequences skipped numbers for rolled-back transactions.
        """
        raw: dict[str, tuple[list[Column[Any]], list[tuple[Any, ...]]]] = {}
        with self.read() as conn:
            for table in t.metadata.sorted_tables:
                skip = _VOLATILE.get(table.name, set())
                if skip is None:
                    continue
                cols = [c for c in table.columns if c.name not in skip]
                raw[table.name] = (cols, [tuple(r) for r in conn.execute(select(*cols))])
        ranks: dict[str, dict[Any, int]] = {}
        for name, (cols, rows) in raw.items():
            if cols[0].name == "pk":
                ranks[name] = {pk: i for i, pk in enumerate(sorted(r[0] for r in rows))}
        out: dict[str, list[tuple[Any, ...]]] = {}
        for name, (cols, rows) in raw.items():
            targets = [name if c.name == "pk" else next(iter(c.foreign_keys)).column.table.name
                       if c.foreign_keys else None for c in cols]
            mapped = [tuple(ranks[tgt].get(v, v) if tgt else v for tgt, v in zip(targets, row, strict=True))
                      for row in rows]
            out[name] = sorted(mapped, key=repr)
        return out
