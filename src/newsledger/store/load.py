"""``newsledger ingest``: read sources, analyse what is new, store and link each document.

Documents already in the ledger (same content hash) are counted and not
analysed again, so re-running an ingest costs little and adds nothing. Each
new document is written in its own transaction: an interrupted run (crash,
``kill``, Ctrl-C) keeps every document it reported and nothing half-written,
and the next run picks up where it stopped. Every run is recorded in the
``runs`` table with its resolved settings, model versions and counts.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import queue
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, cast

from sqlalchemy.exc import DataError, IntegrityError

from .. import __version__
from ..config import Settings
from ..ingest.sources import read_ledger_sources
from ..models import Analysis, Document, Skipped
from .ledger import Ledger

__all__ = ["IngestSummary", "ingest_sources", "run_versions"]

# (what happened, where it came from): "analysed", "copy", "present", "skipped"
Progress = Callable[[str, str], None]


@dataclass
class IngestSummary:
    """What one ingest run did."""

    analysed: int = 0  # new documents analysed and stored (copies included)
    copies: int = 0  # of those, near-duplicate copies linked to an earlier document
    present: int = 0  # already in the ledger: not analysed again
    skipped: list[Skipped] = field(default_factory=list)
    status: str = "running"

    @property
    def skipped_by_kind(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for s in self.skipped:
            counts[s.kind] = counts.get(s.kind, 0) + 1
        return dict(sorted(counts.items()))

    def to_dict(self) -> dict[str, Any]:
        return {"analysed": self.analysed, "linked_as_copies": self.copies, "already_present": self.present,
                "skipped": len(self.skipped), "skipped_by_kind": self.skipped_by_kind, "status": self.status}


def run_versions(settings: Settings) -> dict[str, Any]:
    """newsledger, spaCy and model versions, recorded with the run."""
    from ..parse import load_model, model_info

    return {"newsledger": __version__, **model_info(load_model(settings.spacy_model))}


def ingest_sources(sources: Iterable[str], ledger: Ledger, settings: Settings, *, published: dt.date | None = None,
                   allow_private: bool = False, progress: Progress | None = None) -> IngestSummary:
    """Ingest ``sources`` into ``ledger``; see the module docstring."""
    from ..pipeline import analyze_documents

    summary = IngestSummary()
    note = progress or (lambda _what, _origin: None)
    run_pk = ledger.start_run(settings.to_dict(), run_versions(settings))
    seen: set[str] = set()

    def new_only(items: Iterable[Document | Skipped]) -> Iterator[Document | Skipped]:
        for item in items:
            if isinstance(item, Document):
                if item.id in seen or ledger.has_document(item.id):
                    summary.present += 1
                    note("present", item.origin)
                    continue
                seen.add(item.id)
            yield item

    writer = _Writer(ledger, run_pk, summary, note)
    try:
        docs = new_only(read_ledger_sources(sources, settings, published, allow_private))
        # Every stage passes Skipped records through untouched, so they can travel with the documents.
        for item in analyze_documents(cast("Iterable[Document]", docs), settings):
            if isinstance(item, Skipped):
                _skip(summary, item, note)
            else:
                writer.put(item)
        writer.close()
        if summary.analysed:
            ledger.maintain()  # fresh planner statistics for the queries that follow
        summary.status = "finished"
    except KeyboardInterrupt:
        summary.status = "interrupted"
        raise
    except BaseException:
        summary.status = "failed"
        raise
    finally:
        writer.stop()  # lets the document being written commit; anything still queued was never reported
        ledger.finish_run(run_pk, summary.status, summary.to_dict())
    return summary


class _Writer:
    """Stores analyses on a thread of its own, in order, while the next documents are analysed.

    spaCy and the database driver both spend much of their time outside the GIL, so writing
    behind the analysis hides most of its cost. The queue is short: a crash loses at most the
    few analysed documents waiting in it, none of which was reported as stored.
    """

    _END = object()

    def __init__(self, ledger: Ledger, run_pk: int, summary: IngestSummary, note: Progress) -> None:
        self._queue: queue.Queue[Any] = queue.Queue(maxsize=16)
        self._error: BaseException | None = None
        self._halt = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(ledger, run_pk, summary, note),
                                        name="newsledger-writer", daemon=True)
        self._thread.start()

    def _run(self, ledger: Ledger, run_pk: int, summary: IngestSummary, note: Progress) -> None:
        while not self._halt.is_set():
            item = self._queue.get()
            if item is self._END:
                return
            try:
                _store(ledger, item, run_pk, summary, note)
            except BaseException as exc:  # handed to the main thread, which re-raises it
                self._error = exc
                return

    def _check(self) -> None:
        if self._error is not None:
            raise self._error

    def put(self, item: Analysis) -> None:
        while True:
            self._check()
            try:
                self._queue.put(item, timeout=0.2)
                return
            except queue.Full:
                continue

    def close(self) -> None:
        """Wait until everything queued is stored."""
        self.put(self._END)  # type: ignore[arg-type]
        self._thread.join()
        self._check()

    def stop(self) -> None:
        """Stop after the document being written, dropping the queue."""
        self._halt.set()
        with contextlib.suppress(queue.Full):
            self._queue.put_nowait(self._END)
        self._thread.join()


def _skip(summary: IngestSummary, item: Skipped, note: Progress) -> None:
    summary.skipped.append(item)
    note("skipped", item.origin)


def _store(ledger: Ledger, item: Analysis, run_pk: int, summary: IngestSummary, note: Progress) -> None:
    try:
        result = ledger.add(item, run_pk)
    except (DataError, IntegrityError) as exc:  # a record the database refuses: skip it, keep the run going
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
        _skip(summary, Skipped(item.document.origin, f"not stored: {reason}", "StoreError"), note)
        return
    if result.status == "present":  # written by a concurrent run since we checked
        summary.present += 1
        note("present", item.document.origin)
        return
    summary.analysed += 1
    if result.copy_of:
        summary.copies += 1
    note("copy" if result.copy_of else "analysed", item.document.origin)
