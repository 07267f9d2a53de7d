"""Acts named but not done (stop 34, h-events34c): an audience's applause with no object, what a vehicle "can fly"
(its range), the words of a quoted question (a quote, then "he asked"), a manner of talk ("talks tough"), and acts
told by a plural noun with a modifier of frequency ("weekly lunches"). Each with a told act of the same type that
stays. Sentences written for these tests, made-up names."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsledger import Analysis

PUBLISHED = "2023-03-09"

# (text, told, type): no event of that type in the first text; the told act of the same type in the second stays.
CASES = [
    ("The crowd applauded.", "The Merovian president praised the accord on Monday.", "SUPPORT"),
    ("Although it can fly from Paris to Tokyo non-stop, the new jet must refuel on the way back.",
     "The Merovian envoy flew to Tokyo on Monday.", "CONSULT"),
    ("The Ostran senator remembered annual visits to Lake Garda.",
     "The Merovian envoy flew to Tokyo on Monday.", "CONSULT"),
    ('"The families who have lived here for decades," the Ostran senator asked. "Do we send them home?"',
     "The Ostran minister asked the Merovian envoy for help.", "REQUEST"),
    ("With her usual energy, the Ostran minister talks tough at a campaign stop in Karn.",
     "The Ostran minister talked with the Merovian envoy on Monday.", "CONSULT"),
]


@pytest.mark.parametrize(("text", "told", "kind"), CASES, ids=[f"{k}:{t[:40]}" for t, _, k in CASES])
def test_named_not_done(analyze: Callable[..., Analysis], text: str, told: str, kind: str) -> None:
    got = [(e.type, e.evidence.text) for e in analyze(text, PUBLISHED).events]
    assert not any(t == kind for t, _ in got), got
    kept = [(e.type, e.evidence.text) for e in analyze(told, PUBLISHED).events]
    assert any(t == kind for t, _ in kept), kept
