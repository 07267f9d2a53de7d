"""Press releases whose letterhead joins the issuer's name and the release marker with a dash or a bar.

"Harbour Watch - Press release", "PRESS RELEASE | Harbour Watch, Lima, 4 May 2024", "Harbour Watch - statement on
the spill": the name beside the marker issues the text, and every sentence of it is the issuer's, even where the NER
runs the name into the marker ("Harbour Watch - Press") or cuts it short. Texts written for these tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from newsledger.config import load_settings
from newsledger.extract.actors import actors
from newsledger.extract.actors.entities import entities
from newsledger.extract.statements import statements
from newsledger.extract.times import times
from newsledger.lexicon import load_lexicon
from newsledger.models import Document, Entity, Statement

LEXICON = load_lexicon(load_settings())

BODY = (
    "The number of families sheltering in the school at Tanbalo has reached about 640, our field teams found.\n"
    "Some 60 tents were handed out on Sunday and the well at the school was cleaned.\n"
    "Two more water trucks are needed before the end of the month.\n"
)


def _run(nlp: Any, text: str) -> tuple[tuple[Statement, ...], dict[str, Entity]]:
    doc = nlp(text)
    ents = actors(doc, entities(doc, LEXICON), LEXICON)
    tms = times(doc, Document(text=text, published=dt.date(2025, 6, 2)), LEXICON)
    return statements(doc, ents, tms, LEXICON), {e.id: e for e in ents}


def _speaker_of(stmts: tuple[Statement, ...], by_id: dict[str, Entity], words: str) -> str | None:
    """The speaker's name of the innermost statement holding ``words`` (None: no statement or no speaker)."""
    found = [s for s in stmts if words in s.content.text]
    if not found:
        return None
    inner = min(found, key=lambda s: s.content.end - s.content.start)
    return by_id[inner.speaker].name if inner.speaker else None


@pytest.mark.parametrize("head", [
    "Atlas Rural Development Foundation - Press release\nNiamey, 4 June 2025\n",
    "Atlas Rural Development Foundation \u2013 Press release, Niamey, 4 June 2025\n",
    "Media release \u2014 Atlas Rural Development Foundation\nNiamey, 4 June 2025\n",
    "Atlas Rural Development Foundation | Media statement\nNiamey, 4 June 2025\n",
    "FOR IMMEDIATE RELEASE\nAtlas Rural Development Foundation - statement on the shelter at Tanbalo\n"
    "Niamey, 4 June 2025\n",
])
def test_a_name_joined_to_its_marker_by_a_dash_issues_the_whole_release(nlp: Any, head: str) -> None:
    stmts, by_id = _run(nlp, head + BODY)
    for words in ("Some 60 tents were handed out", "Two more water trucks are needed"):
        assert "Atlas Rural Development Foundation" in (_speaker_of(stmts, by_id, words) or ""), (head, words)


def test_a_headline_with_a_dash_but_no_marker_is_no_release(nlp: Any) -> None:
    for head in ("Atlas Rural Development Foundation - the shelters fill up\nNiamey, 4 June 2025\n",
                 "Floods in Niger - latest\nNiamey, 4 June 2025\n"):
        stmts, by_id = _run(nlp, head + BODY)
        assert _speaker_of(stmts, by_id, "Two more water trucks are needed") is None, head


def test_a_press_service_line_before_a_dateline_marks_the_release(nlp: Any) -> None:
    head = "Atlas Rural Development Foundation\nPress service, Niamey, 4 June 2025\n"
    stmts, by_id = _run(nlp, head + BODY)
    assert "Atlas Rural Development Foundation" in (_speaker_of(stmts, by_id, "Some 60 tents were handed out") or "")
