"""A lede's speaker described first and named in the next sentence ("..., the aid group said. Harvest Bridge said ...").

Wire stories often open with a description of the source and give its name only in the second sentence. A definite
noun of a kind (group, company, ...) that no body named before as a subject can stand for is the body of a fitting
kind that the next sentence opens with as its main subject. Texts written for these tests.
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

LEDE = ("A lorry carrying seed for farmers was stopped and robbed near Gao on Monday, the aid group that hired it "
        "said on Wednesday.\n"
        "Harvest Bridge International said the robbers took 30 tonnes of millet.\n")


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


def test_a_described_lede_speaker_is_the_body_named_next(nlp: Any) -> None:
    stmts, by_id = _run(nlp, LEDE)
    assert _speaker_of(stmts, by_id, "was stopped and robbed near Gao") == "Harvest Bridge International"


def test_a_body_named_before_as_subject_blocks_the_look_ahead(nlp: Any) -> None:
    text = ("Harvest Bridge International has worked in Mali for ten years.\n"
            "A lorry was robbed near Gao on Monday, the aid group said on Wednesday.\n"
            "The World Food Programme said it would send more trucks.\n")
    stmts, by_id = _run(nlp, text)
    assert _speaker_of(stmts, by_id, "A lorry was robbed near Gao") != "World Food Programme"


def test_a_next_subject_of_another_kind_is_not_the_described_speaker(nlp: Any) -> None:
    text = ("Bread prices rose by a third in Bamako last month, the company said on Friday.\n"
            "The World Bank said prices would fall after the harvest.\n")
    stmts, by_id = _run(nlp, text)
    assert _speaker_of(stmts, by_id, "Bread prices rose") != "World Bank"
