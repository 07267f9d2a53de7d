"""An act denied of any thing of its class ("denied that any fresh structure was built") answers another side's
act told in its own words ("put up a steel barrier"), pairing34: the denial names no one thing, so its words do not
set the two apart. A denial of one thing named in its own words ("the customs office") still answers nothing.
Texts written for these tests."""

from __future__ import annotations

from collections.abc import Callable

from newsledger import Analysis

TOLD = ("Bolivia's foreign ministry said on Monday that Chilean soldiers had put up a steel barrier on the road near "
        "Colchane.\n")


def test_an_act_denied_of_anything_of_its_class_conflicts(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze(TOLD + "Chile's defence ministry denied that any fresh structure was built there.")
    assert [c.kind for c in analysis.conflicts] == ["existence"]


def test_only_a_denial_of_anything_answers_another_thing(analyze: Callable[..., Analysis]) -> None:
    whole = analyze(TOLD + "Chile's defence ministry denied that any fresh structure was built there.")
    one = analyze(TOLD + "Chile's defence ministry denied that the customs office had been built.")
    assert [c.kind for c in whole.conflicts] == ["existence"]
    assert one.conflicts == ()
