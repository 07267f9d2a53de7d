"""Labels of a military visit or drill in the ``military activity`` frame (pairing34): a warship's call at a port
told as a friendly or routine one ("a courtesy call", "a goodwill visit") and a drill told as defensive, against a
"provocation" or "a rehearsal for war" of the other side. Texts written for these tests (invented officials)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsledger import Analysis


def _labels(analysis: Analysis) -> list[tuple[str, str | None]]:
    return [(c.predicate, c.argument("frame")) for c in analysis.claims
            if c.kind == "characterisation" and c.argument("frame") is not None]


@pytest.mark.parametrize(("text", "predicate"), [
    ("Norway's defence ministry said the frigate's stop in Tromso was a routine courtesy call.", "routine activity"),
    ("Chile's navy called the destroyer's stay in Valparaiso a goodwill visit.", "routine activity"),
    ("Japan's defence ministry said the manoeuvres were a purely defensive exercise.", "routine activity"),
    ("Russia's foreign ministry called the manoeuvres a rehearsal for war.", "provocation"),
])
def test_a_visit_or_drill_label_in_its_frame(analyze: Callable[..., Analysis], text: str, predicate: str) -> None:
    assert (predicate, "military activity") in _labels(analyze(text))


def test_a_provocation_and_a_courtesy_call_conflict(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze(
        "Norway's foreign ministry called the visit of the Russian cruiser a deliberate provocation.\n"
        "Russia's embassy in Oslo said the visit was a routine courtesy call.")
    assert [c.kind for c in analysis.conflicts] == ["characterisation"]
