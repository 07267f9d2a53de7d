"""Actors: country, sector, roles, affiliation and within-document reference (issue 3, not yet built)."""

from __future__ import annotations

from spacy.tokens import Doc

from ..models import Entity

__all__ = ["actors"]


def actors(doc: Doc, entities: tuple[Entity, ...]) -> tuple[Entity, ...]:
    """Entities coded as actors. Until the actors stage lands, entities pass through uncoded."""
    return entities
