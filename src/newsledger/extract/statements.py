"""Statements: direct, partial and indirect speech with speakers (issue 4, not yet built)."""

from __future__ import annotations

from spacy.tokens import Doc

from ..models import Entity, Statement, TimeExpr

__all__ = ["statements"]


def statements(doc: Doc, entities: tuple[Entity, ...], times: tuple[TimeExpr, ...]) -> tuple[Statement, ...]:
    """Statements of ``doc``; none until the statements stage lands."""
    return ()
