"""A comparison context (``newsledger.compare.Context``) that knows nothing about the document: each
claimant is its own side and its own actor, no claim has a time value. For tests of the comparison rules."""

from __future__ import annotations


class PlainContext:
    def same_side(self, a: str | None, b: str | None) -> bool:
        return a == b

    def same_actor(self, a: str | None, b: str | None) -> bool:
        return a == b

    def time_value(self, time_id: str | None) -> str | None:
        return None

    def name(self, eid: str | None) -> str:
        return eid or "the outlet"
