"""The output folder of a batch run: Parquet per record kind and shard, completion markers, the plan.

::

    DIR/plan.json                        the shards of the run, in input order (a re-run must match it)
    DIR/<kind>/<shard>.parquet           documents, entities, statements, times, events, agreements,
                                         claims, conflicts (see :mod:`.tables`)
    DIR/skipped/<shard>.parquet          inputs and records that could not be analysed, with the reason
    DIR/_done/<shard>.json               the completion marker: counts, model versions, worker, time

A shard's files are written under temporary names and renamed when complete, the marker last: a
shard without a marker is redone from scratch by the next run, a shard with one is never redone.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import socket
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..errors import ConfigError
from ..models import Analysis, Skipped
from .shards import Shard
from .tables import KINDS, schema, skipped_table, tables_from_analyses

__all__ = ["DONE", "ShardWriter", "check_plan", "done_shards", "read_marker"]

DONE = "_done"
PLAN = "plan.json"


def check_plan(out: Path, shards: list[Shard]) -> None:
    """Record the plan in a new folder; refuse a folder that holds the batch of other inputs."""
    path = out / PLAN
    plan = [s.to_dict() for s in shards]
    if path.exists():
        recorded = json.loads(path.read_text("utf-8")).get("shards")
        if recorded != plan:
            raise ConfigError(f"{out} holds a batch run over other inputs (or inputs that have changed since); "
                              "give a new --out folder, or the same inputs to finish that run")
        return
    out.mkdir(parents=True, exist_ok=True)
    _write_atomic(path, json.dumps({"shards": plan}, indent=1))


def done_shards(out: Path) -> set[str]:
    """Names of the shards whose completion marker is in ``out``."""
    folder = out / DONE
    return {p.stem for p in folder.glob("*.json")} if folder.is_dir() else set()


def read_marker(out: Path, name: str) -> dict[str, Any]:
    return dict(json.loads((out / DONE / f"{name}.json").read_text("utf-8")))


def _write_atomic(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


class ShardWriter:
    """Writes one shard's tables in batches of analyses (constant memory for a WARC file of any size)."""

    def __init__(self, out: Path, shard: Shard) -> None:
        self.out, self.shard = out, shard
        self._writers: dict[str, Any] = {}
        self._tmp: dict[str, Path] = {}
        self.counts = {kind: 0 for kind in KINDS}
        self.skips: list[Skipped] = []
        self._seq = 0

    def _writer(self, kind: str, table_schema: Any) -> Any:
        import pyarrow.parquet as pq

        if kind not in self._writers:
            folder = self.out / kind
            folder.mkdir(parents=True, exist_ok=True)
            self._tmp[kind] = folder / f".{self.shard.name}.{os.getpid()}.tmp"
            self._writers[kind] = pq.ParquetWriter(self._tmp[kind], table_schema)
        return self._writers[kind]

    def add(self, items: Iterable[Analysis | Skipped]) -> None:
        """Write a batch of results; skips are kept for the shard's ``skipped`` table."""
        analyses = []
        for item in items:
            if isinstance(item, Skipped):
                self.skips.append(item)
            else:
                analyses.append(item)
        if not analyses:
            return
        tables = tables_from_analyses(analyses, first_seq=self._seq)
        self._seq += len(analyses)
        for kind, table in tables.items():
            self._writer(kind, table.schema).write_table(table)
            self.counts[kind] += table.num_rows

    def finish(self, versions: dict[str, Any]) -> dict[str, Any]:
        """Close the tables, move them into place, then write the marker; returns the marker."""
        for kind in KINDS:  # a shard without analyses still has every table, empty
            if kind not in self._writers:
                self._writer(kind, schema(kind))
        self._writer("skipped", skipped_table([]).schema).write_table(skipped_table(self.skips))
        for kind, writer in self._writers.items():
            writer.close()
            os.replace(self._tmp[kind], self.out / kind / f"{self.shard.name}.parquet")
        self._writers.clear()
        marker = {"shard": self.shard.name, "path": self.shard.path, "rows": self.counts,
                  "skipped": len(self.skips), "skips": [[s.origin, s.reason, s.kind] for s in self.skips[:100]],
                  "versions": versions, "host": socket.gethostname(), "pid": os.getpid(),
                  "finished_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds")}
        (self.out / DONE).mkdir(parents=True, exist_ok=True)
        _write_atomic(self.out / DONE / f"{self.shard.name}.json", json.dumps(marker, indent=1))
        return marker

    def abandon(self) -> None:
        for writer in self._writers.values():
            writer.close()
        for tmp in self._tmp.values():
            tmp.unlink(missing_ok=True)
