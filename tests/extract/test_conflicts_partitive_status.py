"""A status said of part of a thing told before ("most of them are unsafe", "two of these are unlawful") points back
to that thing, as "these" or "its" do (pairing34): two sides' opposed positions on one scale are then read as about
one thing, however each names it. A thing named in its own words is still another thing. Texts written for these
tests (invented bodies)."""

from __future__ import annotations

from collections.abc import Callable

from newsledger import Analysis


def test_a_part_of_the_points_told_before_answers_the_whole(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze(
        "Portugal's environment agency says the water of the lagoon now meets the standard for bathing.\n"
        "The Clean Lagoon Group, a residents' association, says it tested the lagoon at nine points and most of "
        "them are unsafe for swimming.")
    assert [c.kind for c in analysis.conflicts] == ["status"]


def test_a_thing_in_words_of_its_own_is_another_thing(analyze: Callable[..., Analysis]) -> None:
    partitive = analyze(
        "Portugal's environment agency says the water of the lagoon now meets the standard for bathing.\n"
        "The Clean Lagoon Group, a residents' association, says it tested the lagoon at nine points and most of "
        "them are unsafe for swimming.")
    own_words = analyze(
        "Portugal's environment agency says the water of the lagoon now meets the standard for bathing.\n"
        "The Clean Lagoon Group, a residents' association, says the marina basin is unsafe for swimming.")
    assert [c.kind for c in partitive.conflicts] == ["status"]
    assert own_words.conflicts == ()
