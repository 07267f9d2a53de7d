"""Who says it (issue 14, helper fa38): "In her words, ..." opens a sentence that is its owner's words. Sentences
written for these tests (no dev or seed article)."""

from __future__ import annotations

import datetime as dt

import pytest

from newsledger.config import load_settings
from newsledger.pipeline import analyze_text

SETTINGS = load_settings()


def _said(text: str) -> list[tuple[str, str | None]]:
    a = analyze_text(text, dt.date(2025, 3, 1), SETTINGS)
    names = {e.id: e.name for e in a.entities}
    return [(s.content.text, names.get(s.speaker or "")) for s in a.statements]


@pytest.mark.parametrize(("text", "content", "speaker"), [
    ("Lena Ostrova met the press on Friday. In her words, the new tariff is a tax on the poor.",
     "the new tariff is a tax on the poor", "Lena Ostrova"),
    ("The Harbour Workers Union called a strike. In the union's words, the lockout is an attack on the docks.",
     "the lockout is an attack on the docks", "Harbour Workers Union"),
])
def test_in_whose_words_gives_the_owner_the_sentence(text: str, content: str, speaker: str) -> None:
    assert (content, speaker) in _said(text)


def test_in_a_word_is_no_one_s_words() -> None:
    assert not _said("In a word, the harvest festival was a washout for the valley towns.")


def test_a_live_blog_entry_time_is_neither_speaker_nor_words() -> None:
    text = ("LIVE: Dust storm over the coast\n\n"
            "07:45 Visibility in Sfax is down to about 300 metres, the weather centre says.\n\n"
            "09:10 - Tunisia's coast guard says two fishing boats are missing off Kerkennah.\n\n"
            "10:20 - Malta's navy says a tanker is adrift.\n\n"
            "12:30 - Traffic into Libya is moving normally, according to the border guard.\n")
    said = _said(text)
    assert ("Visibility in Sfax is down to about 300 metres", "weather centre") in said
    assert ("two fishing boats are missing off Kerkennah", "coast guard") in said
    assert ("a tanker is adrift", "Malta's navy") in said
    assert ("Traffic into Libya is moving normally", "border guard") in said


def test_a_release_sourcing_its_own_books_speaks_itself() -> None:
    text = ("PRESS RELEASE - Harbour Authority of Valdoria\nStatement on traffic at the north gate\n"
            "The Harbour Authority of Valdoria notes remarks by the Drivers Union that 900 lorries waited at the "
            "north gate on Monday.\nThe highest number of lorries waiting at the gate on Monday, according to the "
            "gate register, was 140, and all of them were cleared within a day.\n"
            "The Authority invites the union to visit the gate.\n")
    said = dict(_said(text))
    own = next(c for c in said if c.startswith("The highest number"))
    assert said[own] == "Harbour Authority of Valdoria"
    # in a news story, a register with no author is still no one's
    story = ("Drivers say 900 lorries waited at the north gate of Valdoria on Monday. The highest number waiting, "
             "according to the gate register, was 140.")
    assert all(s is None for c, s in _said(story) if c.startswith("The highest"))
