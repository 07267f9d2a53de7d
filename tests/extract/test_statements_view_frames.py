"""Whose view a sentence gives by its opening frame, and titles set before a name (stop 35).

"For the company, the cause was ...", "As far as the ministry is concerned, ...", "For him this is ...": the
words after the frame are the side's. "the prefect of Tarvo, Colonel X, said ... the prefect added ...": the
title set before the name refers back to that person. Texts written for these tests in our own words.
"""

from __future__ import annotations

from typing import Any

from tests.statement_speakers import in_no_statement, speaker_of, speakers

FOR_BODY = (
    "Trains on the line are run by the Ostrava Rail Company. "
    "For the company, the cause of the derailment was a stone that fell on the track. "
    "The drivers' union blames worn rails."
)

AS_FAR_AS = (
    "The Ministry of Transport published its report on Monday. "
    "As far as the ministry is concerned, the signals worked as designed on the night of the crash."
)

NO_ONE = (
    "For years, the town of Kelby has been quiet. "
    "For the families of the missing fishermen, the wait goes on. "
    "For the first time since 2019, the harbour was closed to ferries."
)

TURN = (
    "HOST: And the monks?\n"
    "REPORTER: The abbot of the monastery, Father Luka Drenov, spoke to us from Varna. "
    "For him this is the seizure of a school that has taught for a century.\n"
)

TITLED = (
    "The health minister, Omar Kessely, said on Monday that 30 cases had been confirmed. "
    "On Tuesday the prefect of Tarvo, Colonel Ismael Bandoro, told reporters that his teams had counted 30 cases. "
    "The prefect added that most of them came from the camp at Lomi, where 9,000 people share twelve wells."
)


def test_a_sentence_opening_for_a_named_body_is_its_view(nlp: Any) -> None:
    found = speakers(nlp, FOR_BODY)
    assert speaker_of(found, "a stone that fell on the track") == "Ostrava Rail Company", found


def test_as_far_as_a_body_is_concerned_is_its_view(nlp: Any) -> None:
    found = speakers(nlp, AS_FAR_AS)
    assert speaker_of(found, "the signals worked as designed") == "Ministry of Transport", found


def test_a_frame_of_time_or_of_unnamed_people_gives_no_one_words(nlp: Any) -> None:
    found = speakers(nlp, NO_ONE)
    for words in ("the wait goes on", "the harbour was closed", "has been quiet"):
        assert in_no_statement(found, words), (words, found)


def test_for_him_in_a_broadcast_turn_is_the_person_the_turn_named(nlp: Any) -> None:
    found = speakers(nlp, TURN)
    assert speaker_of(found, "the seizure of a school") == "Luka Drenov", found


def test_a_title_set_before_a_name_refers_back_to_that_person(nlp: Any) -> None:
    found = speakers(nlp, TITLED)
    assert speaker_of(found, "most of them came from the camp") == "Ismael Bandoro", found


def test_a_toll_raised_and_given_after_a_colon_is_its_owners(nlp: Any) -> None:
    found = speakers(nlp, "08:05 - Boats from Lambar are combing the lake for the missing.\n"
                          "13:20 - The health ministry has raised its toll: nine passengers have died in all.\n")
    assert "health ministry" in (speaker_of(found, "nine passengers have died in all") or ""), found
