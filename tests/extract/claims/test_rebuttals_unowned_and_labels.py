"""A rejection whose object names no owner, and labels said with no article (extract/claims/rebuttals.py,
predicates.py, characterisation.py, valence.py): "rejected that assessment" denies the one status another side gave
just before, "brushed aside the label" the label of an act, "I reject the word invasion" the unquoted word;
"rejects the detention as illegitimate" is a status; "branded the ballot fraud" a label of blame. Texts written for
these tests (invented people and bodies).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsledger import Analysis


def _claims(analysis: Analysis, kind: str) -> list[tuple[str, str, str]]:
    names = {e.id: e.name for e in analysis.entities}
    return [(names.get(c.claimant or "", ""), c.predicate, c.polarity) for c in analysis.claims if c.kind == kind]


def _conflicts(analysis: Analysis, kind: str) -> list[str]:
    return [c.summary for c in analysis.conflicts if c.kind == kind]


@pytest.mark.parametrize("answer", [
    "Norway's interior ministry rejected that assessment.",
    "Norway's interior ministry brushed aside the characterisation.",
    "Norway's interior ministry waved away this explanation.",
])
def test_an_unowned_version_denies_the_status_before(analyze: Callable[..., Analysis], answer: str) -> None:
    got = analyze("Iceland's coast guard said the arrest of the skipper was unlawful. " + answer)
    assert ("Norway's interior ministry", "unlawful", "negated") in _claims(got, "status")
    assert len(_conflicts(got, "status")) == 1


def test_an_unowned_version_after_two_sides_denies_nothing(analyze: Callable[..., Analysis]) -> None:
    got = analyze("Iceland's coast guard said the arrest was unlawful. Denmark's navy said the seizure was lawful. "
                  "Norway's interior ministry rejected that assessment.")
    assert not [c for c in _claims(got, "status") if c[0] == "Norway's interior ministry"]


@pytest.mark.parametrize("denial", [
    "Norway's defence ministry brushed aside the label.",
    "Norway's defence ministry waved off that description.",
])
def test_a_label_denied_without_its_owner(analyze: Callable[..., Analysis], denial: str) -> None:
    got = analyze("Iceland's navy called the landing on the islet an invasion. " + denial)
    assert [p for _, pred, p in _claims(got, "characterisation") if pred == "invasion"] == ["asserted", "negated"]
    assert len(_conflicts(got, "characterisation")) == 1


@pytest.mark.parametrize(("text", "predicate"), [
    ("Norway's foreign ministry rejects the detention as illegitimate.", "illegitimate"),
    ("Norway's foreign ministry dismissed the detention as unlawful.", "unlawful"),
])
def test_rejected_as_a_status(analyze: Callable[..., Analysis], text: str, predicate: str) -> None:
    got = analyze(text)
    assert ("Norway's foreign ministry", predicate, "asserted") in _claims(got, "status")


def test_an_unquoted_word_denied_answers_the_side_that_used_it(analyze: Callable[..., Analysis]) -> None:
    got = analyze("Iceland's trade ministry said on Monday that Norway had imposed \"a blockade\" on the port of "
                  "Vardo. \"I reject the word blockade,\" Norway's trade minister, Siri Holm, said.")
    assert len(_conflicts(got, "characterisation")) == 1


def test_a_label_without_its_article(analyze: Callable[..., Analysis]) -> None:
    got = analyze("Iceland's opposition party Framtid branded the ballot fraud. The Icelandic election commission "
                  "called the ballot a success.")
    assert [(pred, p) for _, pred, p in _claims(got, "characterisation")] == [("blame", "asserted"),
                                                                              ("praise", "asserted")]
    assert len(_conflicts(got, "characterisation")) == 1


def test_a_compound_that_is_no_label_is_not_read_as_one(analyze: Callable[..., Analysis]) -> None:
    got = analyze("Iceland's prime minister called the budget vote for Tuesday.")
    assert _claims(got, "characterisation") == []
