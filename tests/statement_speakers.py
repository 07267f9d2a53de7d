"""Shared by the statement tests: who the statements of a text are given to, through the extractors alone (no
claims, events or conflicts), and lookups over that map."""

from __future__ import annotations

import datetime as dt
from typing import Any

from newsledger.config import load_settings
from newsledger.extract.actors import actors
from newsledger.extract.actors.entities import entities
from newsledger.extract.statements import statements
from newsledger.extract.times import times
from newsledger.lexicon import load_lexicon
from newsledger.models import Analysis, Document, Entity

LEXICON = load_lexicon(load_settings())


def speakers(nlp: Any, text: str, published: dt.date = dt.date(2025, 6, 2)) -> dict[str, str | None]:
    """Content -> name of the resolved speaker (None for none) of every statement of ``text``."""
    doc = nlp(text)
    ents = actors(doc, entities(doc, LEXICON), LEXICON)
    by_id = {e.id: e.name for e in ents}
    tms = times(doc, Document(text=text, published=published), LEXICON)
    return {s.content.text: by_id.get(s.speaker) if s.speaker else None for s in statements(doc, ents, tms, LEXICON)}


def speaker_of(found: dict[str, str | None], words: str) -> str | None:
    """The speaker of the shortest statement that contains ``words``."""
    hits = sorted((len(content), spk) for content, spk in found.items() if words in content)
    assert hits, (words, found)
    return hits[0][1]


def in_no_statement(found: dict[str, str | None], words: str) -> bool:
    return not any(words in content for content in found)


def speaker_entity(analysis: Analysis, words: str) -> Entity | None:
    """The speaker of the shortest statement of a whole analysis that holds ``words``."""
    hits = sorted((len(s.content.text), s.speaker) for s in analysis.statements if words in s.content.text)
    assert hits, [s.content.text for s in analysis.statements]
    by_id = {e.id: e for e in analysis.entities}
    return by_id.get(hits[0][1]) if hits[0][1] else None


def speaker_country(analysis: Analysis, words: str) -> str | None:
    """The country of that speaker (see :func:`speaker_entity`)."""
    found = speaker_entity(analysis, words)
    return found.country if found is not None else None
