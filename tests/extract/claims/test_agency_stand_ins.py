"""Who fired or set off a thing, told with a pronoun for the thing named just before (extract/claims/agency.py):
"Al-Shabaab said the army fired it" answers "the army said al-Shabaab fired the round": one act, two authors.
Texts written for these tests (invented incidents).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from newsledger import Analysis

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/ is not a package
from claim_views import cause_conflicts as _cause_conflicts

DISAGREE = [
    "A mortar round hit a clinic in Baidoa on Friday. Somalia's army said al-Shabaab fired the round. Al-Shabaab "
    "said the army fired it.",
    "A bomb went off at the Gulu bus park on Monday. Uganda's police said the Allied Democratic Forces planted it. "
    "The Allied Democratic Forces said the police had planted the bomb themselves.",
]


@pytest.mark.parametrize("text", DISAGREE, ids=[t[:48] for t in DISAGREE])
def test_a_pronoun_for_the_thing_fired_names_its_author(analyze: Callable[..., Analysis], text: str) -> None:
    analysis = analyze(text)
    agents = [c for c in analysis.claims if c.predicate == "responsible"]
    assert len(agents) == 2, [c.to_dict() for c in agents]
    assert len(_cause_conflicts(analysis)) == 1


def test_the_act_compared_is_the_thing_named_before(analyze: Callable[..., Analysis]) -> None:
    """The claim's ``about`` is the thing the pronoun stands for; its evidence stays in its own sentence."""
    analysis = analyze("A mortar round hit a clinic in Baidoa on Friday. Al-Shabaab said the army fired it.")
    agents = [c for c in analysis.claims if c.predicate == "responsible"]
    assert agents and agents[0].about is not None and "round" in agents[0].about.text
    assert agents[0].evidence.text == "the army fired it"


def test_a_pronoun_with_nothing_fired_before_names_no_author(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze("Uganda's police said on Monday that the Allied Democratic Forces had planted it.")
    assert not [c for c in analysis.claims if c.predicate == "responsible"]
