"""Shared by the event tests: does an event's source or target entity go by a given name (or country)?"""

from __future__ import annotations

from newsledger import Analysis


def names(analysis: Analysis, entity_id: str | None) -> set[str]:
    """The entity's name, its mentions and its country code, lower-cased (empty for no entity)."""
    for e in analysis.entities:
        if e.id == entity_id:
            return {e.name.lower(), *(m.text.lower() for m in e.mentions), *([e.country] if e.country else [])}
    return set()


def has(analysis: Analysis, entity_id: str | None, name: str | None) -> bool:
    """``name`` is None (nothing expected) or part of one of the entity's names."""
    return name is None or any(name.lower() in n for n in names(analysis, entity_id))
