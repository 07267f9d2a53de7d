"""``newsledger ingest``: read sources, analyse what is new, store and link each document.

Documents already in the ledger (same content hash) are counted and not
analysed again, so re-running an ingest costs little and adds nothing. Each
new document is written in its own transaction: an interrupted run (crash,
``kill``, Ctrl-C) keeps every document it reported and nothing half-written,
and the next run picks up where it stopped. Every run is recorded in the
``runs`` table with its resolved settings, model versions, process and counts.

A document holding a NUL character (U+0000) is refused with its reason, before
it is analysed, on both backends: PostgreSQL text cannot store NUL while
SQLite can, and removing it instead would move every offset after it. The
readers already refuse data with a NUL byte near its start as binary; this
rule covers the rest (a NUL deep in a file, an escaped ``\u0000`` in JSON,
UTF-16 text, a NUL in a title or source name).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import multiprocessing as mp
import os
import queue
import signal
import traceback
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.exc import DataError, IntegrityError

from .. import __version__
from ..config import Settings
from ..errors import StoreError
from ..ingest.sources import read_ledger_sources
from ..lexicon import load_lexicon
from ..models import Analysis, Document, Skipped
from ..parallel import analyze_stream, die_with_parent
from .ledger import Ledger

__all__ = ["IngestSummary", "ingest_sources", "refuse_nul", "run_versions"]

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


def refuse_nul(doc: Document) -> Document | Skipped:
    """``doc``, or a ``Skipped`` (kind ``BinaryInput``) where its text or metadata holds a NUL character.

    The same decision on SQLite and PostgreSQL (see the module docstring), made before analysis.
    """
    for name in ("text", "title", "source", "url", "language", "origin"):
        value = getattr(doc, name)
        if isinstance(value, str) and "\x00" in value:
            where = f" at character {value.index(chr(0))}" if name == "text" else ""
            reason = (f"the {name} holds {value.count(chr(0))} NUL character(s){where}: binary data, not text; "
                      "newsledger stores text without NUL (U+0000)")
            return Skipped(doc.origin.replace("\x00", "\\x00"), reason, "BinaryInput")
    return doc


def ingest_sources(sources: Iterable[str], ledger: Ledger, settings: Settings, *, published: dt.date | None = None,
                   allow_private: bool = False, progress: Progress | None = None, jobs: int = 1) -> IngestSummary:
    """Ingest ``sources`` into ``ledger``; see the module docstring.

    ``jobs`` above 1 analyses the documents in that many worker processes
    (:func:`~newsledger.parallel.analyze_stream`); reading, the check against the ledger and the one
    writer stay where they are, so documents are stored in input order whatever ``jobs`` is.
    A bad vocabulary file raises :class:`~newsledger.errors.ConfigError` before any run is recorded or any
    source is read.
    """

    load_lexicon(settings)  # the pipeline reuses it; loading it first keeps a bad file out of the run table
    summary = IngestSummary()
    note = progress or (lambda _what, _origin: None)
    run_pk = ledger.start_run(settings.to_dict(), run_versions(settings))
    seen: set[str] = set()

    def new_only(items: Iterable[Document | Skipped]) -> Iterator[Document | Skipped]:
        for item in items:
            if isinstance(item, Document):
                item = refuse_nul(item)
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
        with contextlib.closing(analyze_stream(docs, settings, jobs)) as analysed:  # Ctrl-C stops the workers
            for item in analysed:
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
    """Stores analyses in a process of its own, in order, while the next documents are analysed.

    A thread would share the interpreter lock with the parse: every database round trip hands the
    lock back and forth, and on a two-core machine that cost PostgreSQL ingest a quarter of its
    speed. The writer process opens its own connections to the ledger and answers with one outcome
    per document; only then is the document counted and reported, so nothing reported is ever
    lost. The queue is short: a crash loses at most the few analysed documents waiting in it. The
    writer dies with the ingest (Linux: the kernel kills it; elsewhere it notices within a second),
    and ignores Ctrl-C, finishing the document in hand when told to stop.
    """

    def __init__(self, ledger: Ledger, run_pk: int, summary: IngestSummary, note: Progress) -> None:
        method = "fork" if "fork" in mp.get_all_start_methods() else "spawn"
        ctx: Any = mp.get_context(method)
        self._summary, self._note = summary, note
        self._inbox: Any = ctx.Queue(maxsize=16)
        self._outbox: Any = ctx.Queue()
        self._halt = ctx.Event()
        self._pending = 0
        self._proc = ctx.Process(target=_writer_main, name="newsledger-writer", daemon=True,
                                 args=(ledger.url, ledger.maintain_every, run_pk, self._inbox, self._outbox,
                                       self._halt, os.getpid()))
        self._proc.start()

    def _drain(self, block: bool) -> None:
        """Apply the outcomes the writer has sent; with ``block``, wait for each document still pending."""
        while self._pending:
            try:
                outcome = self._outbox.get(timeout=0.2) if block else self._outbox.get_nowait()
            except queue.Empty:
                if not block:
                    return
                if not self._proc.is_alive() and self._outbox.empty():
                    raise StoreError(
                        f"the ledger writer stopped unexpectedly (exit code {self._proc.exitcode})") from None
                continue
            self._pending -= 1
            _apply(self._summary, self._note, outcome)

    def put(self, item: Analysis) -> None:
        self._drain(block=False)
        while True:
            if not self._proc.is_alive():
                self._drain(block=False)
                raise StoreError(f"the ledger writer stopped unexpectedly (exit code {self._proc.exitcode})")
            try:
                self._inbox.put(item, timeout=0.2)
                self._pending += 1
                return
            except queue.Full:
                self._drain(block=False)

    def close(self) -> None:
        """Wait until everything queued is stored."""
        self._drain(block=True)
        self._inbox.put(None)
        self._proc.join()

    def stop(self) -> None:
        """Stop after the document being written; what it had not started is dropped, never reported."""
        if self._proc.is_alive():
            self._halt.set()
            with contextlib.suppress(queue.Full):
                self._inbox.put_nowait(None)
            self._proc.join(timeout=120)
        with contextlib.suppress(StoreError):
            while self._pending:  # outcomes of what it stored before stopping
                try:
                    outcome = self._outbox.get(timeout=0.5)
                except queue.Empty:
                    break
                self._pending -= 1
                _apply(self._summary, self._note, outcome)
        if self._proc.is_alive():
            self._proc.kill()
        self._inbox.cancel_join_thread()  # documents never started: nothing to flush


def _writer_main(url: str, maintain_every: int, run_pk: int, inbox: Any, outbox: Any, halt: Any,
                 parent: int) -> None:
    """The writer process: store each analysis in its own transaction and send back its outcome."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    die_with_parent(parent)
    code = 0
    try:
        with Ledger(url, upgrade=False, maintain_every=maintain_every) as ledger:
            while not halt.is_set():
                try:
                    item = inbox.get(timeout=0.5)
                except queue.Empty:
                    if os.getppid() != parent:
                        break
                    continue
                if item is None or halt.is_set() or os.getppid() != parent:
                    break
                outbox.put(_store(ledger, item, run_pk))
    except BaseException as exc:  # reported through the exit code and the parent's StoreError
        traceback.print_exc()
        code = 1
        del exc
    finally:
        outbox.close()
        outbox.join_thread()  # every outcome sent reaches the parent
        # No interpreter shutdown: a forked writer holds copies of the parent's connections, and closing
        # them here would close the parent's.
        os._exit(code)


def _skip(summary: IngestSummary, item: Skipped, note: Progress) -> None:
    summary.skipped.append(item)
    note("skipped", item.origin)


Outcome = tuple[str, str, str | None]  # (what happened, where the document came from, a copy's original / a reason)


def _store(ledger: Ledger, item: Analysis, run_pk: int) -> Outcome:
    origin = item.document.origin
    try:
        result = ledger.add(item, run_pk)
    except (DataError, IntegrityError) as exc:  # a record the database refuses: skip it, keep the run going
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
        return "refused", origin, f"not stored: {reason}"
    if result.status == "present":  # written by a concurrent run since we checked
        return "present", origin, None
    return ("copy" if result.copy_of else "analysed"), origin, result.copy_of


def _apply(summary: IngestSummary, note: Progress, outcome: Outcome) -> None:
    what, origin, extra = outcome
    if what == "refused":
        _skip(summary, Skipped(origin, extra or "not stored", "StoreError"), note)
        return
    if what == "present":
        summary.present += 1
        note("present", origin)
        return
    summary.analysed += 1
    if what == "copy":
        summary.copies += 1
    note(what, origin)
