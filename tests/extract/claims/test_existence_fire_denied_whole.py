"""Fire on a post told by one side and denied whole by the other ("there was no firing from our side", "no unit of
ours fired a single shot"): whether the act happened, an ``existence`` dispute (extract/conflicts.py). The blame that
the telling's own subject and verb carry ("Bolivian soldiers fired") is the act told, not a cause of something else
that happened (a cause named apart from the act, "the ferry capsized after a patrol boat struck its bow", still
makes the dispute one of cause: tests/extract/test_conflicts_agents.py). Texts written for these tests (invented
posts and incidents)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from newsledger import Analysis

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/ is not a package
from claim_views import cause_conflicts as _cause_conflicts
from claim_views import existence_conflicts as _existence_conflicts

DENIED_WHOLE = [
    ("Chile's border police said fighters from the Bolivian side fired on its post at Colchane before dawn on "
     "Sunday. Bolivia's interior ministry said: \"There was no firing from our side.\""),
    ("Chile's border police said Bolivian soldiers fired on its post at Colchane on Sunday. \"No unit of ours fired "
     "a single shot toward Chile on Sunday,\" Bolivia's army said."),
]


@pytest.mark.parametrize("text", DENIED_WHOLE, ids=[t[40:80] for t in DENIED_WHOLE])
def test_fire_denied_whole_is_an_existence_dispute(analyze: Callable[..., Analysis], text: str) -> None:
    analysis = analyze(text)
    assert _existence_conflicts(analysis)
    assert not _cause_conflicts(analysis)



UNDER_FIRE = [
    # no doer in the telling, a side in the denial
    ("Chile's border police said its post at Colchane came under fire from across the border before dawn on "
     "Sunday. Bolivia's interior ministry said there was no firing from the Bolivian side."),
    # a doer in the telling
    ("Guyana's army said one of its patrol boats came under fire from Venezuelan soldiers on the Cuyuni river on "
     "Tuesday. Venezuela's defence ministry said there was no firing from the Venezuelan side."),
]


@pytest.mark.parametrize("text", UNDER_FIRE, ids=[t[:40] for t in UNDER_FIRE])
def test_no_firing_answers_coming_under_fire(analyze: Callable[..., Analysis], text: str) -> None:
    """The noun "firing" is of the class of the acts of firing ("fire", "shoot", "come under fire")."""
    assert _existence_conflicts(analyze(text))


def test_no_firing_said_by_the_telling_side_answers_nothing(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze("Chile's border police said its post at Colchane came under fire from across the border on "
                       "Sunday. Chile's army said there was no firing from the Chilean side.")
    assert not _existence_conflicts(analysis)
