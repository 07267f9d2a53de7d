"""Near-duplicate copies in the ledger: a new document is linked to the first version it copies.

The signature and the comparison are :mod:`.minhash`'s; this module keeps the
bands in ``minhash_bands`` and records the link on the document's row, in the
transaction that stores the document.
"""

from __future__ import annotations

import numpy as np
from sqlalchemy import select, text, update
from sqlalchemy.engine import Connection

from ..store import rows
from ..store import schema as t
from . import minhash

__all__ = ["link_copy"]

# Candidates share at least one whole band with the new document (an indexed lookup per band).
_CANDIDATES = text(
    "SELECT pk, minhash, copy_of_pk FROM documents WHERE pk IN (SELECT doc_pk FROM minhash_bands WHERE "
    + " OR ".join(f"(band = {i} AND hash = :h{i})" for i in range(minhash.BANDS)) + ")")


def link_copy(conn: Connection, doc_pk: int, sig: np.ndarray) -> tuple[str, float] | None:
    """Store the bands of document ``doc_pk``; if it copies an earlier one, link it: (original's id, similarity).

    A copy of a copy is linked to the original, so every version of a story points at one document.
    """
    bands = minhash.band_hashes(sig)
    found = [r for r in conn.execute(_CANDIDATES, {f"h{i}": h for i, h in enumerate(bands)}) if r.pk != doc_pk]
    conn.execute(rows.insert(conn, t.minhash_bands).on_conflict_do_nothing(),
                 [{"band": i, "hash": h, "doc_pk": doc_pk} for i, h in enumerate(bands)])
    best = minhash.best_copy(sig, [(r.pk, r.minhash) for r in found if r.minhash])
    if best is None:
        return None
    of_pk = {r.pk: r.copy_of_pk or r.pk for r in found}[best[0]]
    conn.execute(update(t.documents).where(t.documents.c.pk == doc_pk)
                 .values(copy_of_pk=of_pk, copy_similarity=best[1]))
    of_id: str = conn.execute(select(t.documents.c.id).where(t.documents.c.pk == of_pk)).scalar_one()
    return of_id, best[1]
