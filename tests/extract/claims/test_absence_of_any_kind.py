"""A denial "No <thing> of any kind <verb>ed ..." that the parse reads as "kind <verb>ed" is still the speaker's
claim that no such thing took part (issue 14, helper fa38). Texts written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

from newsledger import Analysis


def test_no_thing_of_any_kind_is_denied(analyze: Callable[..., Analysis]) -> None:
    text = ("Mali's civil protection says a Burkinabe convoy of 12 trucks left 400 people near Ouahigouya on Friday. "
            "Burkina Faso's security ministry has answered. \"No convoy of any kind left Djibo in the direction of "
            "the border this week,\" it reads.")
    a = analyze(text)
    names = {e.id: e.name for e in a.entities}
    denied = [c for c in a.claims if c.predicate == "thing:convoy" and c.polarity == "negated"]
    assert denied and "security ministry" in names.get(denied[0].claimant or "", "")
    assert [c for c in a.conflicts if c.kind == "existence"]
