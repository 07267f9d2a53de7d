"""Link: cross-document identity (actors, events, agreements), near-duplicate copies, conflicts across sources.

Two layers:

- the decisions, pure functions over plain values: :mod:`.identity` (which
  records are one actor, event, agreement), :mod:`.minhash` (which texts are
  copies), :mod:`.conflicts` (which claims disagree, and how a summary words it);
- the links in the ledger, applied by :mod:`newsledger.store.writer` while it
  writes each document, in the same transaction: :mod:`.copies`, :mod:`.actors`,
  :mod:`.events`, :mod:`.agreements`, :mod:`.ledger_conflicts`. They use the
  store's schema and row helpers (``store.schema``, ``store.rows``), never its writer.

Nothing here imports the extractors or spaCy; importing this package loads
only the decisions (the ledger modules are imported by the store).
"""

from __future__ import annotations

from .conflicts import Claim, characterisation, existence, stance
from .identity import AgreementFacts, actor_key, event_key, label_class, ledger_id, same_agreement
from .minhash import COPY_THRESHOLD, signature, similarity

__all__ = ["COPY_THRESHOLD", "AgreementFacts", "Claim", "actor_key", "characterisation", "event_key", "existence",
           "label_class", "ledger_id", "same_agreement", "signature", "similarity", "stance"]
