"""Agency told by the armed unit the fire came from (extract/claims/agency.py, ``origin_forces``): "the rounds came
from a Ruritanian army battalion" names the force that unit belongs to as the author of one act, and two sides naming
each other's forces disagree. Texts written for these tests (invented places; real country names only as sides).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsledger import Analysis


def _agents(analysis: Analysis) -> list[tuple[str, str]]:
    """(agent name, claimant name) of each asserted responsibility claim."""
    names = {e.id: e.name for e in analysis.entities}
    return [(names.get(c.argument("agent") or "", "?"), names.get(c.claimant or "", "outlet"))
            for c in analysis.claims if c.kind == "cause" and c.predicate == "responsible" and c.polarity == "asserted"]


@pytest.mark.parametrize(("text", "agent"), [
    ("Two mortar shells hit a school near the Drina. Bosnia's defence ministry said the shells came from a Serbian "
     "army battalion on the far bank.", "Serbia"),
    ("Rockets fell on a farm outside Kiryat Tivon overnight. Israel's army said the rockets came from a Syrian "
     "artillery battery in the hills.", "Syria"),
])
def test_fire_from_a_forces_unit_names_that_force(analyze: Callable[..., Analysis], text: str, agent: str) -> None:
    got = _agents(analyze(text))
    assert any(agent in name or name.startswith(agent[:4]) for name, _ in got), got


@pytest.mark.parametrize("text", [
    # a unit of no named force: no author
    "Two mortar shells hit a school near the Drina. Bosnia's defence ministry said the shells came from a battalion "
    "on the far bank.",
    # not fire: a letter that came from a unit is no act of force
    "Bosnia's defence ministry said the letter came from a Serbian army battalion.",
])
def test_no_author_without_a_named_force_or_an_act(analyze: Callable[..., Analysis], text: str) -> None:
    assert _agents(analyze(text)) == []


def test_two_sides_naming_each_others_units_disagree(analyze: Callable[..., Analysis]) -> None:
    a = analyze("Two mortar shells fell in a field near Vukovar on Sunday. Croatia's defence ministry said the shells "
                "came from a Serbian army battalion on the ridge. The Serbian army said the shells were fired by "
                "Croatian troops.")
    assert [c for c in a.conflicts if c.kind == "cause"]
