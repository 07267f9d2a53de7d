"""A cause told as the subject of "poisoned" (issue 14, helper fa39): "sludge from the tannery poisoned the carp" names
what the speaker holds the cause, as "a bloom of algae starved the lake of oxygen" does, so a word of a cause class in
that sentence is the speaker's cause claim, and two sides naming two classes for one die-off disagree. Texts written
for these tests (invented places, bodies and people).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from newsledger import Analysis

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/ is not a package
from claim_views import cause_conflicts as _cause_conflicts
from claim_views import causes as _causes

_DIE_OFF = "Thousands of carp died in the Vessa river last week. "


@pytest.mark.parametrize(("text", "predicate"), [
    (_DIE_OFF + "The regional water board of Estonia said sludge from the Kalvi tannery poisoned the carp.",
     "discharge"),
    (_DIE_OFF + "Latvia's environment service said a bloom of algae had poisoned the carp.", "natural forces"),
])
def test_the_subject_of_poisoned_is_the_cause(analyze: Callable[..., Analysis], text: str, predicate: str) -> None:
    assert (predicate, "asserted") in _causes(analyze(text))


def test_two_sides_two_classes_of_one_die_off(analyze: Callable[..., Analysis]) -> None:
    a = analyze(_DIE_OFF + "The regional water board of Estonia said sludge from the Kalvi tannery poisoned the carp. "
                "Latvia's environment service said the drought was to blame.")
    assert _cause_conflicts(a)


def test_poisoned_with_no_cause_word_names_nothing(analyze: Callable[..., Analysis]) -> None:
    a = analyze(_DIE_OFF + "The regional water board of Estonia said the quarrel had poisoned relations with the "
                "tannery.")
    assert not [p for p, _ in _causes(a) if p in {"discharge", "natural forces"}]
