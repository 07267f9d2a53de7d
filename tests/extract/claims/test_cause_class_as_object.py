"""A cause class told as what a cause brought about (issue 14): "a signal failure had caused an accident" says the
incident was an accident of that cause, so it meets another side's "the derailment was sabotage" although its
``about`` words ("an accident") share none with "the derailment". A class with "a"/"an" names what the incident
was, not a second thing. Texts written for these tests (invented incidents).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsledger import Analysis


@pytest.mark.parametrize("text", [
    # a blast
    "Two workers died at a depot near Durres. Albania's police said the blast was sabotage. The depot's operator "
    "said a gas leak had caused an accident.",
    # a fire
    "A warehouse burned outside Valparaiso. Chile's fire brigade said the warehouse fire was arson. The company "
    "said a short circuit had caused an accident.",
    # a derailment
    "A freight train left the tracks near Szeged. Hungary's rail agency said the derailment was sabotage. The "
    "operator said a signal failure had caused an accident.",
])
def test_class_told_as_what_was_caused(analyze: Callable[..., Analysis], text: str) -> None:
    conflicts = [c for c in analyze(text).conflicts if c.kind == "cause"]
    assert conflicts, "no cause conflict"


@pytest.mark.parametrize("text", [
    # both sides tell one class: no dispute
    "A freight train left the tracks near Szeged. Hungary's rail agency said the derailment was an accident. The "
    "operator said a signal failure had caused an accident.",
])
def test_class_told_as_what_was_caused_agreeing(analyze: Callable[..., Analysis], text: str) -> None:
    assert not [c for c in analyze(text).conflicts if c.kind == "cause"]
