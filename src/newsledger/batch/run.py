"""``newsledger batch``: the pipeline over many inputs on a Ray cluster, written as Parquet.

The driver plans the shards (:mod:`.shards`), records the plan in the output folder, and leaves out
every shard that already has its completion marker. The rest go to a pool of Ray actors, one per
worker CPU, each of which loads the lexicon and the spaCy model once and then, shard after shard,
reads the shard, runs the stages and writes the shard's Parquet tables and marker
(:mod:`.output`). An actor that dies (a killed process, a lost node) is restarted by Ray and its
shard run again from the start; a shard is done, and never redone, once its marker is written.

Without an address, a local Ray instance is started with ``workers`` CPUs; with one
(``ray://head:10001``, or ``auto`` inside a cluster) the run joins that cluster, whose workers must
reach the inputs and the output folder at the same paths (a shared file system).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..config import Settings
from ..errors import ConfigError
from .output import ShardWriter, check_plan, done_shards
from .shards import DEFAULT_SHARD_DOCS, Shard, plan_shards, read_shard

__all__ = ["BatchSummary", "ShardWorker", "require_ray", "run_batch"]

INSTALL_HINT = "pip install 'newsledger[ray]'"
BATCH_DOCS = 64  # analyses written to the shard's tables at a time

# (shard marker) -> None, called as each shard completes
Progress = Callable[[dict[str, Any]], None]


def require_ray() -> Any:
    """The ``ray`` module, or a :class:`ConfigError` that says how to install it."""
    try:
        import ray
    except ImportError as exc:
        raise ConfigError(f"newsledger batch runs on Ray, which is not installed; install it with: {INSTALL_HINT}"
                          ) from exc
    return ray


@dataclass
class BatchSummary:
    """What one batch run did."""

    shards: int = 0
    already_done: int = 0
    done: int = 0
    documents: int = 0
    skipped: int = 0
    skips: list[list[str]] = field(default_factory=list)
    workers: int = 0

    def add(self, marker: dict[str, Any]) -> None:
        self.done += 1
        self.documents += int(marker["rows"]["documents"])
        self.skipped += int(marker["skipped"])
        self.skips += marker["skips"]


class ShardWorker:
    """A Ray actor's state: the stages (lexicon and model loaded once), and where shards are written."""

    def __init__(self, settings: Settings, out: str) -> None:
        from ..parse import load_model, model_info
        from ..pipeline import default_stages

        self.settings, self.out = settings, Path(out)
        self.stages = default_stages(settings)
        from .. import __version__

        self.versions = {"newsledger": __version__, **model_info(load_model(settings.spacy_model))}

    def pid(self) -> int:
        return os.getpid()

    def run(self, shard: dict[str, Any]) -> dict[str, Any]:
        """Analyse one shard and write its tables and marker; returns the marker."""
        from itertools import islice

        from ..pipeline import run

        job = Shard.from_dict(shard)
        writer = ShardWriter(self.out, job)
        try:
            results = run(read_shard(job, self.settings), self.stages)
            while batch := list(islice(results, BATCH_DOCS)):
                writer.add(batch)
            return writer.finish(self.versions)
        except BaseException:
            writer.abandon()
            raise


def _start(ray: Any, address: str | None, workers: int | None) -> bool:
    """Connect to (or start) Ray; True where this call started it and must shut it down."""
    if ray.is_initialized():
        return False
    options: dict[str, Any] = {"include_dashboard": False, "log_to_driver": False, "configure_logging": False}
    if address:
        ray.init(address=address, **options)
    else:
        ray.init(num_cpus=workers, **options)
    return True


def run_batch(inputs: Iterable[str], out: str | Path, settings: Settings, *, address: str | None = None,
              workers: int | None = None, shard_docs: int = DEFAULT_SHARD_DOCS,
              progress: Progress | None = None, on_plan: Callable[[int, int], None] | None = None) -> BatchSummary:
    """Analyse ``inputs`` into Parquet under ``out`` on Ray; shards already done are left alone.

    ``workers`` is the number of actors (default: the cluster's CPUs). ``on_plan(shards, to_do)`` is
    called once the plan is known, ``progress(marker)`` as each shard completes. Where the settings name
    vocabulary files of the user's, the vocabularies are loaded here too, once the workers are starting
    (they load them themselves meanwhile): a bad file raises :class:`~newsledger.errors.ConfigError`
    before any shard is analysed.
    """
    from ..lexicon import files_in_use, load_lexicon

    ray = require_ray()
    folder = Path(out)
    shards = plan_shards(inputs, shard_docs)
    check_plan(folder, shards)
    done = done_shards(folder)
    todo = [s for s in shards if s.name not in done]
    summary = BatchSummary(shards=len(shards), already_done=len(shards) - len(todo))
    if on_plan:
        on_plan(len(shards), len(todo))
    if not todo:
        return summary
    started = _start(ray, address, workers)
    try:
        from ray.util import ActorPool

        cpus = int(ray.cluster_resources().get("CPU", 1))
        summary.workers = max(1, min(workers or cpus, len(todo)))
        actor: Any = ray.remote(num_cpus=1, max_restarts=3, max_task_retries=3)(ShardWorker)
        pool = ActorPool([actor.remote(settings, str(folder.resolve())) for _ in range(summary.workers)])
        if any(origin == "user" for *_, origin in files_in_use(settings)):
            # While the workers load the model: a bad file of the user's stops the run here. The shipped
            # files are checked by the test suite; the workers load them anyway, so the driver does not.
            load_lexicon(settings)

        def submit(worker: Any, shard: Shard) -> Any:
            return worker.run.remote(shard.to_dict())

        for marker in pool.map_unordered(submit, todo):
            summary.add(marker)
            if progress:
                progress(marker)
    finally:
        if started:
            ray.shutdown()
    return summary
