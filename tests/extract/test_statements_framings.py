"""Framings of a statement that the parse makes hard: a speaker set off by commas between the reported clause
and a closing cue (the parse hangs the speaker on the clause as its object); "in X's view/telling", "by X's
count"; "was quoted as saying"; a cue after a colon that the parse also gives the clause before the colon.
Sentences written for these tests (no dev or seed article)."""

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


def _statement(text: str) -> tuple[str, str | None]:
    a = analyze_text(text, dt.date(2025, 3, 1), SETTINGS)
    assert len(a.statements) == 1, [(s.cue, s.content.text) for s in a.statements]
    names = {e.id: e.name for e in a.entities}
    return a.statements[0].content.text, names.get(a.statements[0].speaker or "")


@pytest.mark.parametrize(("text", "content", "speaker"), [
    ("In the navy's telling, the trawler carried only nets.", "the trawler carried only nets", "navy"),
    ("By the army's count, 40 fighters were killed.", "40 fighters were killed", "army"),
    ("Sara Lind spoke on Monday. In her view, the truce had already collapsed.", "the truce had already collapsed",
     "Sara Lind"),
    ("The governor was quoted as saying that the levee was safe.", "that the levee was safe", "governor"),
    ("That is not how the union sees it: the union says the ballot was rigged.", "the ballot was rigged", "union"),
    # A cue set mid-sentence reports the clauses on both sides of it.
    ("Nobody was injured, but once the ferry was back in port, the coast guard says, two bullet holes were found "
     "in the bow.", "Nobody was injured, but once the ferry was back in port, the coast guard says, two bullet "
     "holes were found in the bow", "coast guard"),
    # "according to X" closing the sentence sources every joined clause, not only the last.
    ("Artillery shelled the market at dawn and the grain store burned down, according to the Lakeside "
     "Defence Council.", "Artillery shelled the market at dawn and the grain store burned down",
     "Lakeside Defence Council"),
])
def test_framings_give_the_clause_and_its_owner(text: str, content: str, speaker: str) -> None:
    assert _statement(text) == (content, speaker)


def test_an_account_noun_that_frames_nothing_is_no_cue() -> None:
    for text in ("The hotel offers a view of the harbour.", "The ministry's account of the raid was published.",
                 "The harbour is in full view, the guide said."):
        a = analyze_text(text, dt.date(2025, 3, 1), SETTINGS)
        assert not [s for s in a.statements if "view" in s.cue or "account" in s.cue]
