"""Putting a structure up is one act however it is worded ("put up", "set up", "erected", "built": the class "build" of
``existence_classes``), so a side's telling in one word meets another's denial in another. Sentences written for
these tests."""

from __future__ import annotations

from collections.abc import Callable

from newsledger import Analysis


def test_putting_up_a_gate_is_an_act_told(analyze: Callable[..., Analysis]) -> None:
    got = analyze("Kazakhstan's border service said Uzbek guards had put up a steel barrier.")
    assert [(c.predicate, c.polarity) for c in got.claims if c.kind == "event"] == [("act:build", "asserted")]

