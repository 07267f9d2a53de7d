"""Comparing claims: contradiction, revision, corroboration, or nothing to say.

Pure functions of two :class:`~newsledger.models.Claim` records and a :class:`Context` that knows who
is who; no spaCy, no store. The in-article conflict detector (``extract/conflicts.py``) and the
ledger's cross-article comparison (``link/``) both call :func:`compare`, so one rule decides in both.

A stub of the contract (issue 14): the engine fills it in.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, Protocol

from ..models import Claim, ConflictKind

__all__ = ["Context", "Finding", "Verdict", "compare"]

Verdict = Literal["conflict", "revision", "corroboration"]


class Context(Protocol):
    """What the comparison needs to know beyond the two claims."""

    def same_side(self, a: str | None, b: str | None) -> bool:
        """The two claimants speak for one camp (the same actor, a person and their organisation,
        officials of one government); ``None`` is the outlet's own voice."""
        ...

    def same_actor(self, a: str | None, b: str | None) -> bool:
        """Two argument ids name one actor (within a document: equal ids; across: one ledger actor)."""
        ...

    def time_value(self, time_id: str | None) -> str | None:
        """The TIMEX3 value of a claim's time, or None."""
        ...

    def name(self, eid: str | None) -> str:
        """A readable name for summaries ("the outlet" for None)."""
        ...


@dataclass(frozen=True, slots=True)
class Finding:
    """What two claims are to each other. ``kind`` is the conflict kind for a ``conflict``."""

    verdict: Verdict
    kind: ConflictKind | None
    confidence: float
    summary: str


def compare(a: Claim, b: Claim, context: Context) -> Finding | None:
    """What ``a`` and ``b`` are to each other, or None when they are about different things."""
    return None
