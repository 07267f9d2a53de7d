"""Quantity claims (placeholder on this branch: the quantity family's module replaces it)."""

from __future__ import annotations

from spacy.tokens import Doc

from ...lexicon import Lexicon
from ...models import Claim, Entity, Statement, TimeExpr

__all__ = ["quantity_claims"]


def quantity_claims(doc: Doc, entities: tuple[Entity, ...], statements: tuple[Statement, ...],
                    times: tuple[TimeExpr, ...], lexicon: Lexicon) -> list[Claim]:
    """Every figure a claimant gives for a counted thing, in text order (none in this placeholder)."""
    return []
