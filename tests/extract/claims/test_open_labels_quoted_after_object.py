"""A quoted label right after the object of a calling verb (extract/claims/characterisation.py ``quoted_label``,
extract/claims/open_labels.py): 'called the line "a prison built on snow"', where the parse hangs the label on the
object as an apposition or on the verb as a second object, is the caller's label of the object, and conflicts with
another side's label of it; an apposition with no quote mark ("called the envoy, a veteran of the talks, to the
capital") is no label. Sentences written for these tests (invented ministries, valleys and envoys).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsledger import Analysis


def _label_conflicts(analysis: Analysis) -> list[str]:
    return [c.summary for c in analysis.conflicts if c.kind == "characterisation"]


@pytest.mark.parametrize("text", [
    ("Andorra's interior ministry called the line \"a prison built on snow\". Spain's customs agency describes the "
     "line as \"a temporary avalanche screen\"."),
    ("Andorra's interior ministry has no doubt. In a note delivered on Friday, it called the line \"a prison built "
     "on snow\" and said it amounted to \"the closing of a shared valley\". Spain's customs agency describes the "
     "line as \"a temporary avalanche screen\"."),
])
def test_a_quoted_label_after_the_object_of_a_calling_verb_conflicts(analyze: Callable[..., Analysis],
                                                                     text: str) -> None:
    assert len(_label_conflicts(analyze(text))) == 1


def test_a_quoted_label_after_the_object_is_the_callers(analyze: Callable[..., Analysis]) -> None:
    got = analyze("Andorra's interior ministry called the line \"a prison built on snow\".")
    assert [c.predicate for c in got.claims if c.kind == "characterisation"] == ["label: prison"]


@pytest.mark.parametrize("text", [
    # an apposition without a quote mark describes the envoy; nobody labels him
    ("Andorra's interior ministry called the envoy, a veteran of the talks, to the capital. Spain's customs agency "
     "describes the envoy as \"a temporary avalanche screen\"."),
    # one speaker's two words
    ("Andorra's interior ministry called the line \"a prison built on snow\" and describes the line as \"a "
     "temporary avalanche screen\"."),
])
def test_no_label_conflict_without_a_quote_or_with_one_speaker(analyze: Callable[..., Analysis], text: str) -> None:
    assert _label_conflicts(analyze(text)) == []
