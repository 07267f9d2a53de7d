"""A definite description used again for the speaker ("the Minister said ... The Minister said ...").

Where the actors stage resolved one use of a description to the person or body it stands for, the same words
later, as a speaker, are the same one, within the window a reader keeps. Texts written for these tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from newsledger.config import load_settings
from newsledger.extract.actors import actors
from newsledger.extract.actors.entities import entities
from newsledger.extract.statements import statements
from newsledger.extract.times import times
from newsledger.lexicon import load_lexicon
from newsledger.models import Document, Entity, Statement

LEXICON = load_lexicon(load_settings())

DAM = (
    "The Minister of Water and Irrigation, Hon. Joseph Mwangale, today opened the new dam at Kisanga.\n"
    '"The dam will serve 40,000 households in the valley," the Minister said at the ceremony.\n'
    "The Minister said the reservoir would be full by March.\n"
)


def _run(nlp: Any, text: str) -> tuple[tuple[Statement, ...], dict[str, Entity]]:
    doc = nlp(text)
    ents = actors(doc, entities(doc, LEXICON), LEXICON)
    tms = times(doc, Document(text=text, published=dt.date(2025, 6, 2)), LEXICON)
    return statements(doc, ents, tms, LEXICON), {e.id: e for e in ents}


def _speaker_of(stmts: tuple[Statement, ...], by_id: dict[str, Entity], words: str) -> str | None:
    found = [s for s in stmts if words in s.content.text]
    assert found, f"no statement holds {words!r}"
    inner = min(found, key=lambda s: s.content.end - s.content.start)
    return by_id[inner.speaker].name if inner.speaker else None


def test_the_same_description_again_is_the_same_speaker(nlp: Any) -> None:
    stmts, by_id = _run(nlp, DAM)
    assert _speaker_of(stmts, by_id, "40,000 households") == "Joseph Mwangale"
    assert _speaker_of(stmts, by_id, "the reservoir would be full by March") == "Joseph Mwangale"


def test_a_description_never_resolved_before_stays_unresolved(nlp: Any) -> None:
    text = ("Heavy rain closed the road to Kisanga on Monday.\n"
            "The Minister said the reservoir would be full by March.\n")
    stmts, by_id = _run(nlp, text)
    assert _speaker_of(stmts, by_id, "the reservoir would be full by March") is None
