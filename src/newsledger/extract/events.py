"""Events: PLOVER-coded who-did-what-to-whom with factuality (issue 6, not yet built)."""

from __future__ import annotations

from spacy.tokens import Doc

from ..models import Entity, Event, Statement, TimeExpr

__all__ = ["events"]


def events(
    doc: Doc, entities: tuple[Entity, ...], statements: tuple[Statement, ...], times: tuple[TimeExpr, ...]
) -> tuple[Event, ...]:
    """Events of ``doc``; none until the events stage lands."""
    return ()
