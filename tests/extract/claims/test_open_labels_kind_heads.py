"""Labels in any words behind a head of kind or quantity (extract/claims/open_labels.py): "a kind of siege", "a
sort of census", "a form of taxation", "a set of minutes" label the noun after "of", not "kind", "sort", "form" or
"set"; two sides' labels of one thing then conflict where the nouns differ, not where they agree. Sentences written
for these tests (invented ministers, armies and schemes).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsledger import Analysis


def _label_conflicts(analysis: Analysis) -> list[str]:
    return [c.summary for c in analysis.conflicts if c.kind == "characterisation"]


def _labels(analysis: Analysis) -> list[str]:
    return [c.predicate for c in analysis.claims if c.kind == "characterisation"]


@pytest.mark.parametrize("text", [
    ("Bolivia's army said the operation near Oruro was a border patrol. \"The operation is a kind of siege,\" said "
     "Chile's interior minister, Paula Rojas."),
    ("Bolivia's army said the operation near Oruro was a border patrol. \"The operation is a sort of census,\" said "
     "Chile's interior minister, Paula Rojas."),
    ("Fiji's ministry said the scheme on Taveuni was a fishing quota. \"The scheme is a form of taxation,\" said "
     "Tonga's fisheries minister, Sione Vaka."),
])
def test_a_label_after_a_head_of_kind_conflicts_with_another_sides_label(analyze: Callable[..., Analysis],
                                                                          text: str) -> None:
    assert len(_label_conflicts(analyze(text))) == 1


def test_a_set_of_passes_the_label_to_the_noun_after_of(analyze: Callable[..., Analysis]) -> None:
    got = _labels(analyze("Malta and Tunisia signed a paper on the Kerkennah fishery on Monday. \"It is a set of "
                          "notes,\" said Tunisia's deputy minister, Karim Ghariani."))
    assert "label: note" in got
    assert "label: set" not in got


@pytest.mark.parametrize("text", [
    # the same noun behind "a kind of": the two sides agree on what the scheme is
    ("Fiji's ministry said the scheme on Taveuni was a fishing quota. \"The scheme is a kind of quota,\" said "
     "Tonga's fisheries minister, Sione Vaka."),
    # one speaker's two words
    ("\"The operation near Oruro is a border patrol, and the operation is a sort of census too,\" said Bolivia's "
     "army chief, Marcelo Villca."),
])
def test_labels_after_a_head_of_kind_that_agree_or_are_one_speakers_do_not_conflict(
        analyze: Callable[..., Analysis], text: str) -> None:
    assert _label_conflicts(analyze(text)) == []
