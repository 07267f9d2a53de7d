"""Causes laid at a thing's door (extract/claims/open_causes.py: ``open_cause_ascribers``), and causes of a change
in a trade or a supply (``open_cause_effects``). Texts written for these tests (invented towns, firms and bodies).
"""

from __future__ import annotations

from collections.abc import Callable

from newsledger import Analysis
from newsledger.compare import OPEN_CAUSE


def _open(analysis: Analysis) -> list[tuple[str, str]]:
    return [(c.predicate, c.polarity) for c in analysis.claims
            if c.kind == "cause" and c.predicate.startswith(OPEN_CAUSE)]


def test_an_effect_attributed_to_a_cause(analyze: Callable[..., Analysis]) -> None:
    got = analyze("Norland's transport ministry attributed the long queues at Varsk to a go-slow by customs clerks.")
    assert any("clerk" in p for p, _ in _open(got)), _open(got)


def test_an_effect_blamed_on_a_cause(analyze: Callable[..., Analysis]) -> None:
    got = analyze("Norland's energy ministry blamed the power cuts in Varsk on a cracked insulator.")
    assert any("insulator" in p for p, _ in _open(got)), _open(got)


def test_a_change_in_trade_is_an_effect(analyze: Callable[..., Analysis]) -> None:
    """ "the slump in X is the result of Y": a cause of the slump, not a label "result"."""
    got = analyze("Norland's tourism ministry said the slump in hotel bookings is the result of the new airport levy.")
    assert any("levy" in p for p, _ in _open(got)), [(c.kind, c.predicate) for c in got.claims]



def test_a_cause_blamed_for_an_act_in_a_story_of_no_incident(analyze: Callable[..., Analysis]) -> None:
    """ "blamed X for Y" names its effect: a cause even where the story tells of no incident."""
    got = analyze("Half the cafes in Varsk have shut this year, the Varsk Chamber of Commerce said on Friday, "
                  "blaming the city's parking charges for driving customers to the malls.")
    assert any("parking" in p for p, _ in _open(got)), [(c.kind, c.predicate) for c in got.claims]
