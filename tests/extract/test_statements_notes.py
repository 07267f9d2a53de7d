"""Editor's notes: an opening "[Remarks by X ...]" note makes X the speaker of the quotes that carry no cue.

Invented texts in our own words: a published speech or translated remarks open with a bracketed (or
parenthesised) note that names whose words follow; a bracket further down, a note naming no speaker and a
quote with its own cue keep what the other passes give them.
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

SPEECH = (
    "[Translated from Georgian. Speech by the Georgian minister of agriculture at a farmers' meeting in Gori, "
    "as released by his office.]\n"
    "\"We will buy every tonne of hazelnuts the growers cannot sell abroad this autumn. The fund holds 40 million "
    "lari for it and the banks have promised more.\n"
    "\"Nobody will be left with a harvest rotting in the barn.\"\n"
)

PARENTHESES = (
    "(Statement by Ruta Kalnina, mayor of Liepaja, read to the city council on Tuesday.)\n"
    "\"The port will stay open through the winter. We have dredged the channel twice and the ice breakers are "
    "ready.\"\n"
)

LATE_BRACKET = (
    "The mayor of Liepaja spoke to the city council on Tuesday about the harbour.\n"
    "[Remarks by the mayor follow in full.]\n"
    "\"The port will stay open through the winter, whatever the ice does.\"\n"
)

NO_SPEAKER = (
    "[Translated from Georgian. Translator's notes in brackets.]\n"
    "\"We will buy every tonne of hazelnuts the growers cannot sell abroad this autumn.\"\n"
)


def _run(nlp: Any, text: str) -> tuple[tuple[Statement, ...], dict[str, Entity]]:
    doc = nlp(text)
    ents = actors(doc, entities(doc, LEXICON), LEXICON)
    tms = times(doc, Document(text=text, published=dt.date(2025, 9, 8)), LEXICON)
    return statements(doc, ents, tms, LEXICON), {e.id: e for e in ents}


def _speakers(stmts: tuple[Statement, ...], by_id: dict[str, Entity], words: str) -> list[str | None]:
    return [by_id[s.speaker].name if s.speaker else None for s in stmts if words in s.content.text]


def test_the_quotes_after_a_bracketed_note_are_the_noted_speakers(nlp: Any) -> None:
    stmts, by_id = _run(nlp, SPEECH)
    for words in ("every tonne of hazelnuts", "Nobody will be left"):
        found = _speakers(stmts, by_id, words)
        assert found and all(name is not None and "minister" in name for name in found), \
            (words, [(s.content.text[:40], s.speaker) for s in stmts], by_id)


def test_a_parenthesised_note_naming_a_person(nlp: Any) -> None:
    stmts, by_id = _run(nlp, PARENTHESES)
    found = _speakers(stmts, by_id, "stay open through the winter")
    assert found and all(name is not None and "Kalnina" in name for name in found), \
        ([(s.content.text[:40], s.speaker) for s in stmts], by_id)


def test_a_note_that_does_not_open_the_text_names_no_speaker(nlp: Any) -> None:
    stmts, by_id = _run(nlp, LATE_BRACKET)
    assert all(name is None for name in _speakers(stmts, by_id, "whatever the ice does")), stmts


def test_a_note_that_names_no_speaker_gives_none(nlp: Any) -> None:
    stmts, by_id = _run(nlp, NO_SPEAKER)
    assert all(name is None for name in _speakers(stmts, by_id, "every tonne of hazelnuts")), stmts
