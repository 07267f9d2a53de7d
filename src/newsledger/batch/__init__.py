"""Batch runs on a Ray cluster: many inputs -> Parquet per record kind -> the ledger.

- :func:`~.run.run_batch` (``newsledger batch``): inputs cut into shards (:mod:`.shards`), analysed by
  a pool of Ray actors that each hold one model, written as Parquet with a completion marker per
  shard (:mod:`.output`, :mod:`.tables`); a re-run does only the shards without a marker.
- :func:`~.load.load_batch` (``newsledger load``): the Parquet into SQLite or PostgreSQL through the
  ledger's writer, with the cross-document linking.

Ray is an optional extra (``pip install 'newsledger[ray]'``), imported only when a run starts; the
rest of this package needs only pyarrow.
"""

from __future__ import annotations

from .load import LoadSummary, load_batch
from .run import BatchSummary, run_batch
from .shards import Shard, plan_shards, read_shard
from .tables import KINDS, analyses_from_tables, tables_from_analyses

__all__ = ["KINDS", "BatchSummary", "LoadSummary", "Shard", "analyses_from_tables", "load_batch", "plan_shards",
           "read_shard", "run_batch", "tables_from_analyses"]
