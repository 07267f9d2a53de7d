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
    text = ("PRESS RELEASE - Port Office of Valdoria\nUpdate on grain loading at the river silo\n"
            "The Port Office of Valdoria says the Farmers League is wrong to put the March queue at the silo at 60 "
            "barges.\nThe longest daily queue at the silo in March, according to the loading logbook, was 12 "
            "barges, and each of them sailed the same evening.\n"
            "The Office says it will publish the logbook on its website.\n")
    said = dict(_said(text))
    own = next(c for c in said if c.startswith("The longest daily queue"))
    assert said[own] == "Port Office of Valdoria"
    # in a news story, a logbook with no author is still no one's
    story = ("Farmers say 60 barges queued at the river silo of Valdoria in March. The longest daily queue, "
             "according to the loading logbook, was 12 barges.")
    assert all(s is None for c, s in _said(story) if c.startswith("The longest"))


def test_a_body_named_by_its_field_is_not_the_body_of_that_noun_before() -> None:
    text = ("Bolivia's customs department says exports through Desaguadero doubled last year. "
            "The department of highways says that reopening the pass will need a fortnight.")
    said = _said(text)
    assert ("that reopening the pass will need a fortnight", "department of highways") in said


@pytest.mark.parametrize(("text", "content", "speaker"), [
    ("Fishermen gathered at the harbour say the catch has halved.", "the catch has halved", "Fishermen"),
    ("Farmers camped outside the ministry say the subsidy never arrived.", "the subsidy never arrived", "Farmers"),
    ("Nurses gathered at the hospital say the wards are full.", "the wards are full", "Nurses"),
])
def test_a_reduced_relative_does_not_take_the_speakers_from_say(text: str, content: str, speaker: str) -> None:
    assert (content, speaker) in _said(text)


def test_a_timed_entry_opened_by_a_body_or_by_one_asked_is_theirs() -> None:
    text = ("LIVE: Floods in the south\n"
            "09:10 - Chile's interior ministry: 26 people have died in the floods.\n"
            "09:40 Health minister Ines Varela says hospitals in Temuco are full.\n"
            "10:25 Varela, asked about the field hospital: the army will set it up by tonight.\n")
    said = _said(text)
    assert ("26 people have died in the floods", "Chile's interior ministry") in said
    assert ("the army will set it up by tonight", "Ines Varela") in said


def test_a_timed_entry_opened_by_a_place_is_no_ones() -> None:
    text = "LIVE: Floods in the south\n09:10 - Temuco bridge: the water is a metre below the deck.\n"
    assert all(s is None or "Temuco" not in s for _, s in _said(text))


def test_a_clause_a_thing_tells_inside_a_timed_entry_is_the_entry_speakers() -> None:
    text = ("LIVE: Floods in the south\n"
            "09:40 Health minister Ines Varela says hospitals in Temuco are full.\n"
            "10:25 Varela, asked about the levee: the gauges show it held through the night.\n")
    said = _said(text)
    assert ("the gauges show it held through the night", "Ines Varela") in said
    assert not [c for c, s in said if s is None and "held" in c]
