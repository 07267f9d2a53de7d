"""Times: time expressions resolved against the publication date (issue 5, not yet built)."""

from __future__ import annotations

from spacy.tokens import Doc

from ..models import Document, TimeExpr

__all__ = ["times"]


def times(doc: Doc, document: Document) -> tuple[TimeExpr, ...]:
    """Time expressions of ``doc``; none until the times stage lands."""
    return ()
