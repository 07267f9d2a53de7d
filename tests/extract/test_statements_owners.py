"""Speakers named by a common noun whose owner the text gave earlier, and spokespeople placed where they are.

Invented news text in our own words. Each test names the statement by words of its content and checks the
entity it is attributed to.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/ is not a package
from statement_speakers import speaker_of, speakers


def _speakers(nlp: Any, text: str) -> dict[str, str | None]:
    return speakers(nlp, text, dt.date(2025, 4, 14))


# --- "the mission said": the body that owned the same noun before ("the observer mission of X") -----------------


@pytest.mark.parametrize(("text", "words", "speaker"), [
    ("The observer mission of the Commonwealth, which sent 30 monitors to the islands, issued its report on "
     "Tuesday. The count \"was orderly and transparent\", the mission said.", "orderly and transparent",
     "Commonwealth"),
    ("The audit panel of the World Bank visited the dam site in March. The panel said the spillway had been "
     "finished without the agreed tests.", "the spillway had been finished", "World Bank"),
])
def test_a_definite_noun_speaks_for_the_body_that_owned_it_before(nlp: Any, text: str, words: str,
                                                                  speaker: str) -> None:
    assert speaker_of(_speakers(nlp, text), words) == speaker


# --- "a spokeswoman in the capital said": where the spokesperson is, not whom they speak for ------------------


@pytest.mark.parametrize(("text", "words", "speaker"), [
    ("The World Food Programme says its lorries cannot reach the upper valley. A spokeswoman in Lusaka said about "
     "2,000 families had been cut off since the bridge fell.", "2,000 families had been cut off",
     "World Food Programme"),
    ("The International Organization for Migration says the camp is full. A spokesman in Nairobi said some 600 "
     "people were sleeping outside the fence.", "600 people were sleeping", "International Organization for Migration"),
])
def test_a_spokesperson_placed_in_a_city_speaks_for_the_body_before(nlp: Any, text: str, words: str,
                                                                     speaker: str) -> None:
    found = _speakers(nlp, text)
    assert speaker_of(found, words) == speaker
    # whom a spokesperson speaks "for" stays the speaker
    other = _speakers(nlp, "The World Food Programme says its lorries cannot reach the valley. A spokeswoman for "
                           "Zambia said the road would reopen within a week.")
    assert speaker_of(other, "the road would reopen") == "Zambia"


# --- "X did Y, an official said, and found Z": a predicate coordinated after a parenthetical cue -----------------


def test_a_predicate_after_a_parenthetical_cue_shares_the_reported_subject(nlp: Any) -> None:
    found = _speakers(nlp, "Kenya's labour ministry says the dispute is settled. Its inspectors toured the quarry "
                           "in May, a ministry official said, and counted 300 diggers still unpaid.")
    assert speaker_of(found, "counted 300 diggers still unpaid") == "ministry official"
    assert speaker_of(found, "Its inspectors toured the quarry") == "ministry official"


def test_a_relative_clause_read_as_a_complement_is_no_reported_clause(nlp: Any) -> None:
    found = _speakers(nlp, "Kenya's labour ministry says the dispute is settled. Its inspectors toured the quarry "
                           "in May, a ministry official said, and counted 300 diggers still unpaid, all of whom have "
                           "lodged claims that the courts are hearing.")
    assert speaker_of(found, "counted 300 diggers") == "ministry official"
    assert not any(content.startswith("all of whom") for content in found)


# --- "'...,' one said": a member of the group that spoke just before ---------------------------------------------


def test_one_said_after_a_group_speaks_for_that_group(nlp: Any) -> None:
    found = _speakers(nlp, "Fishermen on the northern shore said the catch had halved since spring. \"The nets come "
                           "up empty most mornings,\" one told reporters.")
    assert speaker_of(found, "The nets come up empty") == "Fishermen"
    # after a single person, "one" names no one
    alone = _speakers(nlp, "The harbour master said the catch had halved since spring. \"The nets come up empty most "
                           "mornings,\" one told reporters.")
    assert speaker_of(alone, "The nets come up empty") is None


# --- "the county's roads chief said": the owner of a speaker, a definite noun, refers back ------------------------


def test_a_speaker_owned_by_a_definite_noun_speaks_for_what_it_refers_back_to(nlp: Any) -> None:
    found = _speakers(nlp, "The Kisumu county government blamed the storm. The county's roads chief said the "
                           "culverts had been widened in March.")
    assert speaker_of(found, "the culverts had been widened") == "Kisumu county government"



# --- "Asked about X, NAME says CLAUSE": a noun the parse read as a clause before the cue is not what was said ----


def test_an_opening_participle_misread_as_a_clause_leaves_the_clause_after_the_cue(nlp: Any) -> None:
    found = _speakers(nlp, "23:45 Asked about reports that the count had been revised, Otieno says the board's "
                           "figure has not moved: 212 schools, counted from every district that had reported by noon.")
    assert speaker_of(found, "figure has not moved") == "Otieno"
    assert not any(content.startswith("23:45 Asked") for content in found)
