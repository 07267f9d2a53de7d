"""Shared by the actor tests: the entity holding a given mention or covering a word, a readable list of a
document's entities, the entities of a text after the actors stage, one of them by name, the country of the one of
a name, and the speaker of a statement."""

from __future__ import annotations

from typing import Any

from newsledger.config import load_settings
from newsledger.extract.actors import actors
from newsledger.extract.actors.entities import entities
from newsledger.lexicon import load_lexicon
from newsledger.models import Analysis, Entity

LEXICON = load_lexicon(load_settings())


def holder(a: Analysis, surface: str) -> Entity | None:
    """The entity with a mention of exactly ``surface`` (``"X#2"``: its second occurrence)."""
    word, _, nth = surface.partition("#")
    start = -1
    for _ in range(int(nth or 1)):
        start = a.document.text.find(word, start + 1)
        assert start >= 0, f"{surface!r} is not in the text"
    return next((e for e in a.entities if any(m.start == start and m.text == word for m in e.mentions)), None)


def covering(a: Analysis, word: str) -> Entity:
    """The entity with a mention covering the first occurrence of ``word`` (failing, with the entities listed,
    when none does)."""
    start = a.document.text.find(word)
    assert start >= 0, f"{word!r} is not in the text"
    found = next((e for e in a.entities if any(m.start <= start < m.end for m in e.mentions)), None)
    assert found is not None, f"no entity has {word!r}: {[(e.name, e.type) for e in a.entities]}"
    return found


def country_named(a: Analysis, name: str) -> str | None:
    """The country of the first entity named exactly ``name`` (failing, with the entities listed, when none is)."""
    found = [e.country for e in a.entities if e.name == name]
    assert found, [(e.name, e.country) for e in a.entities]
    return found[0]


def describe(a: Analysis) -> str:
    """One line per entity: id, type, name, codes, affiliation, ref and mentions (for assertion messages)."""
    return "\n".join(f"{e.id} {e.type} {e.name!r} {e.country} {e.sector} aff={e.affiliation} ref={e.ref} "
                     f"{[m.text for m in e.mentions]}" for e in a.entities)


def actor_entities(nlp: Any, text: str) -> list[Entity]:
    """The entities of ``text`` after the actors stage (no statements, claims or events)."""
    doc = nlp(text)
    return list(actors(doc, entities(doc, LEXICON), LEXICON))


def named(ents: list[Entity], name: str) -> Entity:
    """The first entity called ``name``; fails with the names there are."""
    found = [e for e in ents if e.name == name]
    assert found, f"no entity {name!r}: {[e.name for e in ents]}"
    return found[0]


def statement_speaker(a: Analysis, content: str) -> Entity | None:
    """The speaker entity of the first statement whose content holds ``content``."""
    statement = next(s for s in a.statements if content in s.content.text)
    return next((e for e in a.entities if e.id == statement.speaker), None)
