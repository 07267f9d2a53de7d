"""Every core of one machine: the pipeline's stages in worker processes, results in input order.

:func:`analyze_stream` is the one entry point of ``analyze`` and ``ingest``. With ``jobs`` 1 (or an
input that fits in one chunk) it is the in-process pipeline of :mod:`newsledger.pipeline`. Otherwise a
:class:`WorkerPool` starts ``jobs`` worker processes (``forkserver`` where the platform has it, else
``spawn``: a worker never inherits the parent's open ledger connections or threads), each of which
loads the settings' lexicon and spaCy model once. Where the fork server is used it is started first of
all (:func:`start_fork_server`), and it loads the lexicon and the model itself while the parent reads
its settings and input; each worker is then forked with them already in memory (shared, copy-on-write)
and starts analysing at once. The parent reads the input,
sends documents to the workers in chunks (:data:`DEFAULT_CHUNK`, the last ones smaller), keeps at most
two chunks per worker in flight and a few more read ahead (so a WARC file of millions of records is never
read into memory), and yields the results of each chunk in the order the chunks were sent: the output
order is the input order.

Skips are records like any other: a document a worker cannot analyse comes back as a ``Skipped`` in
its place, with the reason, exactly as in one process. Should a chunk raise (a bug the stages did not
catch) its documents are analysed again one by one, and only the one that fails is skipped; should a
worker die (killed, out of memory) the pool is started again and the chunk's documents are retried
one at a time, the document whose worker dies again being skipped with the reason.

Workers ignore Ctrl-C; the parent receives it, terminates them, and lets the ``KeyboardInterrupt``
travel on (ingest then records the run as interrupted; a re-run resumes). On Linux a worker is also
killed by the kernel when its parent dies, so a ``kill -9`` of the command leaves no worker behind.
"""

from __future__ import annotations

import contextlib
import ctypes
import json
import multiprocessing as mp
import os
import signal
import sys
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from itertools import chain, islice
from typing import Any

from .config import Settings
from .errors import ConfigError, describe
from .models import Analysis, Document, Skipped

__all__ = ["DEFAULT_CHUNK", "WorkerPool", "analyze_stream", "default_jobs", "die_with_parent", "start_fork_server"]

# Documents per task. A task is also the parse's batch in the worker: at 32 (the shipped batch_size) a worker
# parses as one process does, where chunks of 4 cost the workers about 9% more CPU than --jobs 1 (1,282
# PolNeAR documents: 63.5 + 61.1 CPU s against 65.3 + 65.0, --jobs 1 117 s). The end of a run is sent in
# chunks of a quarter of that (TAIL_SHARE), so that the workers finish together instead of one waiting for
# the other's last chunk.
DEFAULT_CHUNK = 32
TAIL_SHARE = 4
IN_FLIGHT = 2  # chunks per worker sent ahead of the one whose result is awaited
# The settings the fork server loads its stages for: set in the environment it is started with, read once
# by :mod:`newsledger._preload` in the fork server, and removed there (a worker's own children never see it).
PRELOAD_ENV = "NEWSLEDGER_FORKSERVER_SETTINGS"

Item = Document | Skipped
Result = Analysis | Skipped
Render = Callable[[Analysis], Any]


def default_jobs() -> int:
    """The cores this process may run on (its CPU affinity where the platform tells it, else all)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def analyze_stream(items: Iterable[Item], settings: Settings, jobs: int = 1, chunk: int = DEFAULT_CHUNK,
                   render: Render | None = None) -> Generator[Any, None, None]:
    """Documents (and skips, passed through) -> analyses and skips in input order, on ``jobs`` processes.

    The lexicon is loaded here, before any input is read, so a bad vocabulary file raises
    :class:`~newsledger.errors.ConfigError` at the call. An input that ends within its first chunk is
    analysed in this process whatever ``jobs`` says: one article is not worth starting workers for.
    Close the iterator (``contextlib.closing``) where it may be abandoned before its end, so the
    workers stop at once rather than when it is collected.

    ``render``, a module-level function (it travels to the workers by name), turns each analysis into
    what the caller writes (``analyze`` gives the JSON line): the workers then send that instead of the
    analysis, which the parent would otherwise rebuild object by object only to serialise it again.
    Skips are never rendered.
    """
    from .pipeline import default_stages

    if jobs > 1:  # the fork server loads the model while this process loads the lexicon and reads the input
        start_fork_server(settings)
    stages = default_stages(settings)
    return _analyzed(iter(items), stages, settings, jobs, chunk, render)


def start_fork_server(settings: Settings) -> bool:
    """Start the workers' fork server now, loading the stages and model of ``settings``; False where none.

    Nothing waits for it: it loads the lexicon and the model on another core while the caller goes on
    (the command loads its own copy of the lexicon, reads the input), and every worker forked from it
    starts with them in memory. The fork server is one per process and lives until the process ends:
    started again with other settings it keeps the first ones, and a worker whose settings differ from
    them loads its own. Where the platform has no fork server (Windows) each spawned worker loads them.
    """
    if "forkserver" not in mp.get_all_start_methods():
        return False
    from multiprocessing import forkserver

    forkserver.set_forkserver_preload(["newsledger._preload"])
    previous = os.environ.get(PRELOAD_ENV)
    os.environ[PRELOAD_ENV] = json.dumps(settings.to_dict())
    try:
        forkserver.ensure_running()  # a no-op where it already runs
    finally:
        if previous is None:
            del os.environ[PRELOAD_ENV]
        else:
            os.environ[PRELOAD_ENV] = previous
    return True


def _analyzed(stream: Iterator[Item], stages: list[Any], settings: Settings, jobs: int,
              chunk: int, render: Render | None) -> Generator[Any, None, None]:
    from .pipeline import run

    if jobs <= 1:
        yield from _rendered(run(stream, stages), render)
        return
    head = list(islice(stream, chunk + 1))
    if len(head) <= chunk:
        yield from _rendered(run(head, stages), render)
        return
    with WorkerPool(settings, jobs, chunk, render) as pool:
        yield from pool.analyze(chain(head, stream))


def _rendered(results: Iterable[Result], render: Render | None) -> Iterator[Any]:
    if render is None:
        yield from results
        return
    for result in results:
        yield result if isinstance(result, Skipped) else render(result)


# --- the workers ---------------------------------------------------------------------------------------

_stages: list[Any] | None = None
_failure: str | None = None
_preloaded: tuple[Settings, list[Any]] | None = None  # in the fork server and the workers forked from it


def preload_from_environment() -> None:
    """In the fork server, before it serves: load the stages and model of the settings in the environment.

    Called by :mod:`newsledger._preload`, which the fork server imports. The fork server ignores Ctrl-C
    (the command stops the workers) and dies with the command even while it is still loading. A
    failure is left to the workers, which load the stages again and report it as the parent expects.
    The model's loader moves every object loaded so far out of the garbage collector's sight
    (``gc.freeze``), so a worker's collections neither walk them nor touch, and so copy, their pages.
    """
    global _preloaded
    raw = os.environ.pop(PRELOAD_ENV, None)
    if raw is None:
        return
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    die_with_parent(None)
    from .parse import load_model
    from .pipeline import default_stages

    try:
        values = json.loads(raw)
        settings = Settings(**{**values, "languages": tuple(values["languages"])})
        stages = default_stages(settings)
        load_model(settings.spacy_model)
    except Exception:  # reported by the workers, which meet the same error
        return
    _preloaded = (settings, stages)


def die_with_parent(parent: int | None) -> None:
    """On Linux, have the kernel kill this process when its parent dies; exit at once if ``parent`` has.

    A spawned worker's parent is the command (``parent``); a forkserver worker's is the fork server
    (``parent`` None), which itself exits when the command does.
    """
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    if parent is not None and os.getppid() != parent:
        os._exit(1)


def _init_worker(settings: Settings, parent: int | None) -> None:
    """Worker initialiser: ignore Ctrl-C (the parent stops the workers), load the lexicon and model once
    (unless the fork server loaded them for these settings)."""
    global _stages, _failure
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    die_with_parent(parent)
    from .parse import load_model
    from .pipeline import default_stages

    if _preloaded is not None and _preloaded[0] == settings:  # forked with them in memory
        _stages = _preloaded[1]
        return
    try:
        _stages = default_stages(settings)
        load_model(settings.spacy_model)
    except Exception as exc:  # reported by the parent as a configuration error, not as a broken pool
        _failure = str(exc) if isinstance(exc, ConfigError) else describe(exc)


@dataclass(frozen=True, slots=True)
class _Failed:
    """A worker whose initialiser failed: the parent raises :class:`ConfigError` with this message."""

    message: str


def _ready() -> _Failed | None:
    return _Failed(_failure) if _failure is not None else None


def _analyze_chunk(items: list[Item], render: Render | None = None) -> list[Any] | _Failed:
    """Task: one chunk through every stage in this worker, each analysis rendered where ``render`` says."""
    from .pipeline import run

    if _failure is not None or _stages is None:
        return _Failed(_failure or "the worker was not initialised")
    return list(_rendered(run(items, _stages), render))


# --- the parent ----------------------------------------------------------------------------------------


@dataclass
class _Task:
    items: list[Item]
    future: Future[Any]
    generation: int


class WorkerPool:
    """``jobs`` worker processes that each hold one model; a context manager that always stops them.

    Entering starts the pool and waits until the workers are ready, so a model that cannot be loaded
    raises :class:`~newsledger.errors.ConfigError` before any input is read. Leaving it after an
    exception (Ctrl-C included) terminates the workers at once; leaving it normally lets them exit.
    """

    def __init__(self, settings: Settings, jobs: int, chunk: int = DEFAULT_CHUNK, render: Render | None = None) -> None:
        self.settings, self.jobs, self.chunk, self.render = settings, max(1, jobs), max(1, chunk), render
        methods = mp.get_all_start_methods()
        self._context = mp.get_context("forkserver" if "forkserver" in methods else "spawn")
        if self._context.get_start_method() == "forkserver":
            start_fork_server(settings)  # where analyze_stream or the command has not started it already
        self._executor: ProcessPoolExecutor | None = None
        self._generation = 0

    def __enter__(self) -> WorkerPool:
        self._start()
        try:
            for outcome in self._submit_ready():
                self._check(outcome)
        except BrokenProcessPool as exc:  # a worker died before it could say why (its error is on stderr)
            self.close(terminate=True)
            raise ConfigError("the worker processes could not start (the reason is above); "
                              "--jobs 1 analyses in this process") from exc
        except BaseException:
            self.close(terminate=True)
            raise
        return self

    @property
    def restarts(self) -> int:
        """How many times the pool was started again after a worker died."""
        return self._generation

    def __exit__(self, exc_type: object, *exc: object) -> None:
        self.close(terminate=exc_type is not None)

    def _start(self) -> None:
        parent = os.getpid() if self._context.get_start_method() == "spawn" else None
        self._executor = ProcessPoolExecutor(self.jobs, mp_context=self._context, initializer=_init_worker,
                                             initargs=(self.settings, parent))

    def _submit_ready(self) -> list[Any]:
        """One probe per worker, sent at once: the pool starts a process per probe (none is idle yet), so
        every worker loads its model now, side by side, rather than when the first chunks reach it."""
        assert self._executor is not None
        probes = [self._executor.submit(_ready) for _ in range(self.jobs)]
        return [probe.result() for probe in probes]

    @staticmethod
    def _check(outcome: Any) -> Any:
        if isinstance(outcome, _Failed):
            raise ConfigError(outcome.message)
        return outcome

    def close(self, terminate: bool = False) -> None:
        """Stop the workers: at once with ``terminate``, else once they have finished what they hold."""
        executor, self._executor = self._executor, None
        if executor is None:
            return
        if terminate:
            _terminate(executor)
        executor.shutdown(wait=True, cancel_futures=True)

    def _restart(self) -> None:
        if self._executor is not None:
            _terminate(self._executor)
            self._executor.shutdown(wait=True, cancel_futures=True)
        self._generation += 1
        self._start()

    def _submit(self, items: list[Item]) -> _Task:
        future: Future[Any]
        if any(isinstance(i, Document) for i in items):
            assert self._executor is not None
            try:
                future = self._executor.submit(_analyze_chunk, items, self.render)
            except BrokenProcessPool as exc:  # a worker died since the last collect: restarted when collected
                future = Future()
                future.set_exception(exc)
        else:  # nothing to analyse: the skips keep their place without a trip to a worker
            future = Future()
            future.set_result(list(items))
        return _Task(items, future, self._generation)

    def analyze(self, items: Iterable[Item]) -> Iterator[Any]:
        """Analyses and skips of ``items``, in their order; at most ``IN_FLIGHT`` chunks per worker ahead.

        The input is read a few chunks ahead of what has been sent (documents only, a bounded number), so
        that its end is seen in time: the last documents go out in small chunks, which the workers share
        out as they finish their last full ones.
        """
        pending: deque[_Task] = deque()
        stream = iter(items)
        ahead: deque[Item] = deque()
        reserve = self.chunk * self.jobs * IN_FLIGHT  # documents read but not sent while the input lasts
        small = max(1, self.chunk // TAIL_SHARE)
        ended = False
        while not ended or ahead:
            if not ended:
                ahead.extend(islice(stream, reserve + self.chunk - len(ahead)))
                ended = len(ahead) < reserve + self.chunk
            size = small if ended else self.chunk
            pending.append(self._submit([ahead.popleft() for _ in range(min(size, len(ahead)))]))
            while len(pending) >= self.jobs * IN_FLIGHT:
                yield from self._collect(pending.popleft())
        while pending:
            yield from self._collect(pending.popleft())

    def _collect(self, task: _Task) -> list[Any]:
        try:
            return list(self._check(task.future.result()))
        except BrokenProcessPool:
            if task.generation == self._generation:  # this pool broke now: start a new one
                self._restart()
        except ConfigError:
            raise
        except Exception:  # the chunk raised past the stages' own guards: find the document that does
            pass
        return [result for item in task.items for result in self._alone(item)]

    def _alone(self, item: Item) -> list[Any]:
        """One document on its own; a worker that dies or raises on it makes it a skip with the reason."""
        if isinstance(item, Skipped):
            return [item]
        assert self._executor is not None
        try:
            return list(self._check(self._executor.submit(_analyze_chunk, [item], self.render).result()))
        except BrokenProcessPool:
            self._restart()
            return [Skipped(item.origin, "the worker process analysing it stopped (killed, or out of memory)",
                            "WorkerError")]
        except ConfigError:
            raise
        except Exception as exc:
            return [Skipped(item.origin, f"analysis failed: {describe(exc)}", "WorkerError")]


def _terminate(executor: ProcessPoolExecutor) -> None:
    """Kill the pool's workers now (Python 3.14 has ``terminate_workers``; before it, its process table)."""
    stop = getattr(executor, "terminate_workers", None)
    if stop is not None:
        with contextlib.suppress(Exception):
            stop()
        return
    processes = dict(getattr(executor, "_processes", None) or {})
    for process in processes.values():
        with contextlib.suppress(Exception):
            process.terminate()
    for process in processes.values():
        with contextlib.suppress(Exception):
            process.join(timeout=5)
