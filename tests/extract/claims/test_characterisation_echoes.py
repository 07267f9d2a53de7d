"""A word of one side denied as the thing's name by another (extract/claims/echoes.py): "That was no consultation"
answers a side that said it held a consultation. Texts written for these tests (invented bodies and people).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from newsledger import Analysis
from newsledger.compare import ECHO

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/ is not a package
from claim_views import label_conflicts as _label_conflicts


def _echoes(analysis: Analysis) -> list[str]:
    """Each echoed word as its polarity spells it: "not " before a denied one."""
    return [("not " if c.polarity == "negated" else "") + c.predicate for c in analysis.claims
            if c.kind == "characterisation" and c.predicate.startswith(ECHO)]


def test_a_word_denied_by_the_other_side_conflicts(analyze: Callable[..., Analysis]) -> None:
    text = ("The Norvik interior ministry said it had held a consultation in every village of Lappa. \"That was no "
            "consultation. We were handed a map on the way out,\" said Anna Sari, chair of the Lappa Herders Council.")
    got = analyze(text)
    assert sorted(_echoes(got)) == ["not " + ECHO + "consultation", ECHO + "consultation"]
    assert len(_label_conflicts(got)) == 1


def test_a_word_nobody_else_said_claims_nothing(analyze: Callable[..., Analysis]) -> None:
    """The denial answers only a word another side used: on its own it is the speaker's description."""
    text = ("The Norvik interior ministry said it had met the herders of Lappa twice. \"That was no consultation,\" "
            "said Anna Sari, chair of the Lappa Herders Council.")
    assert _echoes(analyze(text)) == []


def test_a_word_too_general_to_name_the_thing_claims_nothing(analyze: Callable[..., Analysis]) -> None:
    text = ("The Norvik interior ministry said the grazing problem would be solved by spring. \"It is not a problem "
            "for us,\" said Anna Sari, chair of the Lappa Herders Council.")
    assert _echoes(analyze(text)) == []


def test_one_side_using_and_denying_the_word_is_no_conflict(analyze: Callable[..., Analysis]) -> None:
    """Two sides who agree that a consultation was held: the word is denied only of another thing (the ministry's
    first letter), which the other side's sentence does not name."""
    text = ("The Norvik interior ministry said it had held a consultation in every village of Lappa. \"We had a "
            "consultation, and the herders spoke,\" said Anna Sari, chair of the Lappa Herders Council. The "
            "ministry added that its first letter was not a consultation.")
    got = analyze(text)
    assert _label_conflicts(got) == []


def test_what_one_side_calls_a_word_answered_by_another_conflicts(analyze: Callable[..., Analysis]) -> None:
    """ "What X calls a Y is a Z": X's word Y, denied by the speaker who gives the thing another name."""
    text = ("Eritrea's information ministry issued a statement on Friday. \"What Addis Ababa calls a training camp is "
            "a staging post for an attack on our coast,\" the ministry said.")
    got = analyze(text)
    assert sorted(_echoes(got)) == ["not " + ECHO + "training camp", ECHO + "training camp"]
    assert len(_label_conflicts(got)) == 1


@pytest.mark.parametrize("text", [
    # the caller is the speaker's own side: no dispute between sides
    ("Eritrea's information ministry issued a statement on Friday. \"What Asmara calls a training camp is a "
     "staging post for an attack,\" the ministry said."),
    # the attribute repeats the word: the speaker agrees
    ("Eritrea's information ministry issued a statement on Friday. \"What Addis Ababa calls a training camp is a "
     "camp,\" the ministry said."),
    # the outlet's own words: no side speaks
    "What Addis Ababa calls a training camp is a staging post for an attack on the coast of Eritrea.",
])
def test_what_one_side_calls_a_word_without_another_side_against_it_claims_nothing(
        analyze: Callable[..., Analysis], text: str) -> None:
    assert _label_conflicts(analyze(text)) == []
