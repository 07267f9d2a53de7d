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


def assert_coded(analysis: Analysis, etype: str, source: str | None, target: str | None) -> None:
    """An event of ``etype`` is coded, one of them with that source and target (None: not checked)."""
    found = [e for e in analysis.events if e.type == etype]
    assert found, [(e.type, e.evidence.text) for e in analysis.events]
    assert any(has(analysis, e.source, source) and has(analysis, e.target, target) for e in found), [
        (e.type, e.source, e.target) for e in found]


def assert_not_coded(analysis: Analysis, etype: str) -> None:
    """No event of ``etype`` is coded."""
    assert not [e for e in analysis.events if e.type == etype], [(e.type, e.evidence.text) for e in analysis.events]
