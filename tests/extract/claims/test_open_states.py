"""States in any words (extract/claims/open_states.py): what a speaker says a thing is, where no vocabulary reads
the state, is a ``status`` claim "state: <word>", recorded and never compared. Texts written for these tests
(invented inspectors, archives and harbours)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsledger import Analysis
from newsledger.compare import OPEN_STATE


def _states(analysis: Analysis) -> list[tuple[str, str | None, str]]:
    """(state, claimant name, evidence) of each open state claim."""
    names = {e.id: e.name for e in analysis.entities}
    return [(c.predicate[len(OPEN_STATE):], names.get(c.claimant or ""), c.evidence.text) for c in analysis.claims
            if c.kind == "status" and c.predicate.startswith(OPEN_STATE)]


@pytest.mark.parametrize(("text", "expected"), [
    ('"The asphalt is cracked right down to the gravel," road inspector Marta Novak said.',
     ("cracked", "Marta Novak", "The asphalt is cracked right down to the gravel")),
    ("Archive director Paul Weber said these files were unsigned at the time they were filed.",
     ("unsigned", "Paul Weber", "these files were unsigned at the time they were filed")),
    ("The harbour chief, Tomas Reyes, said the fishing grounds are Chilean.",
     ("chilean", "Tomas Reyes", "the fishing grounds are Chilean")),
])
def test_a_speakers_state_in_any_words_is_its_claim(analyze: Callable[..., Analysis], text: str,
                                                    expected: tuple[str, str, str]) -> None:
    assert expected in _states(analyze(text))


@pytest.mark.parametrize("text", [
    '"We are confident," said harbour chief Tomas Reyes.',  # a pronoun: the speaker's mood
    '"The minister is happy," said harbour chief Tomas Reyes.',  # a person's mood
    "The harbour chief, Tomas Reyes, said the bridge was destroyed on Monday.",  # a past passive: an act
    "The fishing grounds are Chilean.",  # the outlet's own words
    'Is the asphalt cracked? "Maybe the asphalt is cracked," road inspector Marta Novak said, "if the lorries '
    'come."',  # a question, a condition
    "Road inspector Marta Novak said the bridge is unsafe for lorries.",  # the states vocabulary's word
])
def test_no_open_state(analyze: Callable[..., Analysis], text: str) -> None:
    assert _states(analyze(text)) == []


def test_two_sides_states_are_never_set_against_each_other(analyze: Callable[..., Analysis]) -> None:
    found = analyze("Road inspector Marta Novak said the asphalt on the ring road is cracked. The contractor's "
                    "director, Ivo Berg, said the asphalt on the ring road is not cracked.")
    assert {s[:2] for s in _states(found)} >= {("cracked", "Marta Novak"), ("cracked", "Ivo Berg")}
    assert [c for c in found.conflicts if c.kind == "status"] == []
