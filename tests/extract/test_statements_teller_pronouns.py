"""Broadcast transcripts: "he said" inside a turn is someone the turn's speaker tells of, never that speaker.

A correspondent who relays an official ("MOSS: The port's director came out at noon. 'Nothing leaked,' he
said.") speaks of himself as "I": the "he" is the person the turn named before it, or no one.
Invented transcripts in our own words.
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

RELAYED = (
    "ANCHOR: A tanker ran aground off the Norwegian coast overnight, and Oslo blames a Russian crew. Peter Moss "
    "is at the harbour for us.\n"
    "MOSS: The Norwegian coastguard says the hull is intact.\n"
    "ANCHOR: And the Russians?\n"
    "MOSS: Their transport minister was on state radio within the hour. \"Our crew did nothing wrong,\" he "
    "said, \"and the charts were out of date.\"\n"
    "ANCHOR: Thank you, Peter.\n"
)

NO_ONE_NAMED = (
    "ANCHOR: Farmers blocked the motorway this morning. Lena Brandt is there for us.\n"
    "BRANDT: The crowd is getting bigger. A tractor driver from the valley came over to talk. \"We will stay "
    "until the minister comes,\" he said.\n"
    "ANCHOR: Thank you, Lena.\n"
)


def _run(nlp: Any, text: str) -> tuple[tuple[Statement, ...], dict[str, Entity]]:
    doc = nlp(text)
    ents = actors(doc, entities(doc, LEXICON), LEXICON)
    tms = times(doc, Document(text=text, published=dt.date(2025, 6, 2)), LEXICON)
    return statements(doc, ents, tms, LEXICON), {e.id: e for e in ents}


def _said(stmts: tuple[Statement, ...], by_id: dict[str, Entity], words: str) -> Entity | None:
    found = [s for s in stmts if words in s.content.text]
    assert found, words
    return by_id.get(found[0].speaker) if found[0].speaker else None


def test_he_in_a_correspondents_turn_is_the_official_described(nlp: Any) -> None:
    stmts, by_id = _run(nlp, RELAYED)
    speaker = _said(stmts, by_id, "did nothing wrong")
    assert speaker is not None
    assert speaker.name != "Peter Moss"
    assert speaker.country == "RUS"


def test_he_in_a_correspondents_turn_is_never_the_correspondent(nlp: Any) -> None:
    stmts, by_id = _run(nlp, NO_ONE_NAMED)
    assert _said(stmts, by_id, "until the minister comes") is None
