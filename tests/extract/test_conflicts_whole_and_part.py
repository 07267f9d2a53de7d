"""A status of a group named by a group noun ("the crew was freed") and the opposed status of one of its members
("the captain remains held"), told by two opposed sides, are about one thing (pairing34b): what is said of the whole
is said of each member. Two things in words of their own, neither a group nor its member, are still two. Texts
written for these tests (invented bodies)."""

from __future__ import annotations

from collections.abc import Callable

from newsledger import Analysis

FREED = "Senegal's navy told reporters on Friday that the trawler's crew had all been released once a fine was paid.\n"


def test_the_member_of_a_group_answers_the_group(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze(FREED + "Guinea-Bissau's fisheries ministry said the skipper is still in custody in Dakar.")
    assert [c.kind for c in analysis.conflicts] == ["status"]


def test_a_member_told_after_an_adjective_of_the_group(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze(
        "Nigeria's police said on Monday that the kidnapped passengers were free.\n"
        "A lawyer for the families, Musa Bello, said the pilot was still in custody.")
    assert [c.kind for c in analysis.conflicts] == ["status"]


def test_two_things_in_words_of_their_own_are_two(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze(FREED + "Guinea-Bissau's fisheries ministry said the trader is still in custody in Dakar.")
    assert analysis.conflicts == ()
