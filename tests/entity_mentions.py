"""Shared by the actor tests: the entity holding a given mention, and a readable list of a document's entities."""

from __future__ import annotations

from newsledger.models import Analysis, Entity


def holder(a: Analysis, surface: str) -> Entity | None:
    """The entity with a mention of exactly ``surface`` (``"X#2"``: its second occurrence)."""
    word, _, nth = surface.partition("#")
    start = -1
    for _ in range(int(nth or 1)):
        start = a.document.text.find(word, start + 1)
        assert start >= 0, f"{surface!r} is not in the text"
    return next((e for e in a.entities if any(m.start == start and m.text == word for m in e.mentions)), None)


def describe(a: Analysis) -> str:
    """One line per entity: id, type, name, codes, affiliation, ref and mentions (for assertion messages)."""
    return "\n".join(f"{e.id} {e.type} {e.name!r} {e.country} {e.sector} aff={e.affiliation} ref={e.ref} "
                     f"{[m.text for m in e.mentions]}" for e in a.entities)
