"""An act one side tells in words the event lexicon does not type ("mortar rounds fired from across the river": an
untyped ``act:fire`` claim) and another side's denial in typed words whose verb is of the same act class ("no gun
crew of ours fired at their soil": ASSAULT) are one act told and denied (helper kinds41, stop 41): the typed denial
joins the act's family, as a typed telling joins a noun's denial. A denial of another class, or the telling side's
own words, answer nothing. Texts written for these tests (invented places and bodies)."""

from __future__ import annotations

from collections.abc import Callable

from newsledger import Analysis

TOLD = ("KAMPALA, May 4 - Two mortar rounds fired from the Kenyan side of the Sio river landed in a maize field "
        "outside the Ugandan village of Buteba on Sunday night, the Uganda People's Defence Forces said.\n")


def test_a_typed_denial_answers_an_untyped_act_of_its_class(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze(TOLD + "Nairobi answered within hours. \"No gun crew of ours fired at Ugandan soil that "
                       "night,\" the Kenya Defence Forces said in a statement.")
    assert [c.kind for c in analysis.conflicts] == ["existence"]


def test_a_denial_of_another_class_answers_nothing(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze(TOLD + "Nairobi answered within hours. \"No gun crew of ours detained anyone in Uganda on "
                       "Sunday,\" the Kenya Defence Forces said in a statement.")
    assert analysis.conflicts == ()


def test_the_telling_sides_own_words_answer_nothing(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze(TOLD + "The army's spokesman later added: \"No gun crew of ours fired at Kenyan soil that "
                       "night.\"")
    assert analysis.conflicts == ()
