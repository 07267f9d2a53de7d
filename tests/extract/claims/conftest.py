"""Fixtures of the claims tests."""

from __future__ import annotations

import pytest


class PlainContext:
    """A comparison context (``newsledger.compare.Context``) that knows nothing about the document: each
    claimant is its own side and its own actor, no claim has a time value."""

    def same_side(self, a: str | None, b: str | None) -> bool:
        return a == b

    def same_actor(self, a: str | None, b: str | None) -> bool:
        return a == b

    def time_value(self, time_id: str | None) -> str | None:
        return None

    def places_nest(self, a: str, b: str) -> bool:
        return False

    def name(self, eid: str | None) -> str:
        return eid or "the outlet"


@pytest.fixture
def plain_context() -> PlainContext:
    """A comparison context for tests of the comparison rules alone."""
    return PlainContext()
