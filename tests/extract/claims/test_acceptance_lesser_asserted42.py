"""A lesser step accepted is an acceptance of its own (issue 14, helper speak42, stop 42).

"agreed only to set up a joint survey", "agreed only to hold talks on the quota", "agreed to study the plan, nothing
more": besides the denial that the whole thing told before was accepted, the speaker asserts that the step short of it
was: an asserted acceptance of that step, by the same accepter, whose words are the step's. The step's acceptance is
never the antecedent of a later "it", and a plain "agreed to study the offer" (no limit) stays a weighing only.
Sentences written for these tests (invented countries, bodies and people).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsledger import Analysis

TOLD = "Valdoria's transport ministry said on Monday that Norvania had agreed to scrap the bridge toll for lorries."


def _steps(a: Analysis) -> list[tuple[str, str]]:
    return [(c.polarity, c.about.text if c.about else "") for c in a.claims
            if c.kind == "acceptance" and c.modality == "actual"]


@pytest.mark.parametrize(("answer", "step", "whole_denied"), [
    ("Norvania's finance ministry said Norvania had agreed only to set up a joint survey of the bridge.",
     "set up a joint survey", True),
    ("Norvania's finance ministry said the two governments had agreed only to hold talks on the toll.",
     "hold talks", True),
    ("Norvania's finance ministry said Norvania agreed to study the toll question, nothing more.",
     "study the toll question", False),
])
def test_the_lesser_step_is_accepted(analyze: Callable[..., Analysis], answer: str, step: str,
                                     whole_denied: bool) -> None:
    got = _steps(analyze(f"{TOLD} {answer}"))
    assert any(p == "asserted" and about.startswith(step.split()[0]) and step in about for p, about in got), got
    assert not any(p == "asserted" and "nothing more" in about for p, about in got), got
    if whole_denied:
        assert any(p == "negated" for p, _ in got), got  # the whole thing is still denied


def test_an_unlimited_weighing_accepts_no_step(analyze: Callable[..., Analysis]) -> None:
    got = _steps(analyze("Valdoria's transport ministry said on Monday that Norvania had agreed to study the offer."))
    assert [p for p, _ in got] == ["negated"], got


def test_the_step_is_no_antecedent_and_no_conflict_with_its_own_side(analyze: Callable[..., Analysis]) -> None:
    a = analyze(f"{TOLD} Norvania's finance ministry said Norvania had agreed only to set up a joint survey of the "
                "bridge. \"We never accepted it,\" the finance minister, Ilse Varga, said.")
    negated = [c for c in a.claims if c.kind == "acceptance" and c.polarity == "negated"]
    assert negated and all("survey" not in (c.about.text if c.about else "") for c in negated)
    assert not [c for c in a.conflicts if c.kind == "acceptance" and len({s.actor for s in c.sides}) == 1]
