"""A speaker set off by commas between the reported clause and a closing cue, which the parse hangs on the
clause as its object, leaving the cue with no subject: the clause is still the statement and the name its
speaker. Sentences written for these tests (no dev or seed article)."""

from __future__ import annotations

import datetime as dt

import pytest

from newsledger.config import load_settings
from newsledger.pipeline import analyze_text

SETTINGS = load_settings()


@pytest.mark.parametrize(("text", "content", "speaker"), [
    ("Its hold carried only cement, the firm's director, Omar Lutfi, said by telephone.",
     "Its hold carried only cement", "Omar Lutfi"),
    ("Its hold carried only cement, Omar Lutfi, the firm's director, said by telephone.",
     "Its hold carried only cement", "Omar Lutfi"),
    ("The crossing stayed shut all night, Tomas Vidal, a spokesman for the agency, told reporters.",
     "The crossing stayed shut all night", "Tomas Vidal"),
])
def test_a_trailing_speaker_between_commas_speaks_the_clause(text: str, content: str, speaker: str) -> None:
    a = analyze_text(text, dt.date(2025, 3, 1), SETTINGS)
    found = [s for s in a.statements if s.content.text == content]
    assert found, [(s.cue, s.content.text) for s in a.statements]
    names = {e.id: e.name for e in a.entities}
    assert names.get(found[0].speaker or "") == speaker


def test_an_object_that_is_no_speaker_makes_no_statement() -> None:
    # The cue has its own subject: the object before it is what the clause is about, not who speaks.
    a = analyze_text("The navy seized the tanker, the Sea Lark, and officials said it carried fuel.",
                     dt.date(2025, 3, 1), SETTINGS)
    assert all("seized" not in s.content.text for s in a.statements)
