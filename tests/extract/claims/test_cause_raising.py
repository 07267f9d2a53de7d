"""A cause told through a raising verb and a verb of causing: "faulty wiring appears to have started the fire".
Sentences are written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsledger import Analysis


@pytest.mark.parametrize(("text", "predicate", "about"), [
    ("A blaze destroyed a market in Kumasi. The Ghana fire service said an overloaded circuit seems to have "
     "caused the blaze.", "electrical fire", "blaze"),
    ("A fire gutted a school in Mombasa on Friday. Kenya's education ministry said faulty wiring appeared to "
     "have started the fire.", "electrical fire", "fire"),
    ("An explosion hit a fuel depot near Lviv. Ukraine's emergency service said a gas leak appears to have "
     "triggered the explosion.", "technical fault", "explosion"),
])
def test_raising_verb_over_a_verb_of_causing(analyze: Callable[..., Analysis], text: str, predicate: str,
                                            about: str) -> None:
    analysis = analyze(text)
    found = [c for c in analysis.claims if c.kind == "cause" and c.predicate == predicate]
    assert found and found[0].about is not None and about in found[0].about.text, [
        c.to_dict() for c in analysis.claims]


def test_raising_verb_without_a_verb_of_causing_is_no_cause(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze("A blaze destroyed a market in Kumasi. The Ghana fire service said faulty wiring appeared "
                       "to be common in the old stalls.")
    assert not [c for c in analysis.claims if c.kind == "cause"], [c.to_dict() for c in analysis.claims]
