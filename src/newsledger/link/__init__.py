"""Link: cross-document identity (actors, events, agreements), near-duplicate copies, conflicts across sources.

Pure functions over plain values; the store applies them while it writes each
document (see :mod:`newsledger.store.writer`), so every link is made in the
same transaction as the document it concerns.
"""

from __future__ import annotations

from .conflicts import Claim, characterisation, existence, stance
from .identity import AgreementFacts, actor_key, event_key, label_class, ledger_id, same_agreement
from .minhash import COPY_THRESHOLD, signature, similarity

__all__ = ["COPY_THRESHOLD", "AgreementFacts", "Claim", "actor_key", "characterisation", "event_key", "existence",
           "label_class", "ledger_id", "same_agreement", "signature", "similarity", "stance"]
