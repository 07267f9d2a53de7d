"""``newsledger load``: a batch run's Parquet into the ledger, linked across documents.

The completed shards are read in their order (the input order), each back into the analyses it
was written from (:func:`~newsledger.batch.tables.analyses_from_tables`), and every analysis is
stored through the ledger's writer exactly as ``ingest`` stores one: one transaction per document,
near-duplicate copies linked, actors, events, agreements and claims linked across documents and
conflicts across sources found. Documents already in the ledger are counted and left alone, so a
load can be run again (after more shards are done, or after an interruption) and adds nothing twice.
The load is recorded in the ledger's ``runs`` table, with the versions the workers recorded.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import ConfigError
from ..models import Skipped
from ..store import Ledger
from ..store.load import refuse_nul
from .output import done_shards, read_marker
from .tables import KINDS, analyses_from_tables

__all__ = ["LoadSummary", "load_batch"]

# (what happened: "analysed", "copy", "present" or "skipped", the document's origin)
Progress = Callable[[str, str], None]


@dataclass
class LoadSummary:
    """What one load did."""

    shards: int = 0
    unfinished: int = 0  # shards of the plan without a completion marker: not loaded
    analysed: int = 0  # documents stored (copies included)
    copies: int = 0
    present: int = 0
    refused: int = 0  # documents the ledger cannot store (a NUL character): skipped with the reason

    def to_dict(self) -> dict[str, Any]:
        return {"shards": self.shards, "unfinished": self.unfinished, "analysed": self.analysed,
                "linked_as_copies": self.copies, "already_present": self.present, "refused": self.refused}


def _planned(folder: Path) -> int:
    import json

    plan = folder / "plan.json"
    return len(json.loads(plan.read_text("utf-8"))["shards"]) if plan.exists() else 0


def load_batch(folder: str | Path, ledger: Ledger, progress: Progress | None = None) -> LoadSummary:
    """Store every completed shard of the batch run in ``folder`` into ``ledger``; see the module docstring."""
    import pyarrow.parquet as pq

    out = Path(folder)
    names = sorted(done_shards(out))
    if not names:
        raise ConfigError(f"{out} holds no completed shard of a batch run (no {out / '_done'}/*.json)")
    summary = LoadSummary(shards=len(names), unfinished=max(0, _planned(out) - len(names)))
    note = progress or (lambda _what, _origin: None)
    versions = read_marker(out, names[0]).get("versions", {})
    run_pk = ledger.start_run({"load": str(out.resolve())}, versions)
    status = "failed"
    try:
        for name in names:
            tables = {kind: pq.read_table(out / kind / f"{name}.parquet") for kind in KINDS}
            for analysis in analyses_from_tables(tables):
                checked = refuse_nul(analysis.document)
                if isinstance(checked, Skipped):
                    summary.refused += 1
                    note("skipped", checked.origin)
                    continue
                result = ledger.add(analysis, run_pk)
                what = "present" if result.status == "present" else "copy" if result.copy_of else "analysed"
                summary.present += what == "present"
                summary.analysed += what != "present"
                summary.copies += what == "copy"
                note(what, analysis.document.origin)
        if summary.analysed:
            ledger.maintain()
        status = "finished"
    except KeyboardInterrupt:
        status = "interrupted"
        raise
    finally:
        ledger.finish_run(run_pk, status, summary.to_dict())
    return summary
