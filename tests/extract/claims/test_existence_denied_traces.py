"""A trace denied in a speaker's words ("there was no sign of a leak", "found no record of the firm buying land")
denies the thing it is of: a negated ``thing:`` event claim, recorded and never set against another side's telling
(extract/claims/absence.py, ``absence_trace_nouns``). Texts written for these tests (invented agencies)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsledger import Analysis
from newsledger.extract.claims.absence import THING_PREFIX


def _things(a: Analysis) -> list[tuple[str, str]]:
    return [(c.predicate, c.polarity) for c in a.claims if c.kind == "event" and c.predicate.startswith(THING_PREFIX)]


@pytest.mark.parametrize(("text", "expected"), [
    ("The coast guard said there was no sign of an oil leak after the tanker ran aground.",
     (THING_PREFIX + "leak", "negated")),
    ("The harbour master, Lars Berg, said his divers had found no trace of the missing containers.",
     (THING_PREFIX + "container", "negated")),
])
def test_a_denied_trace_denies_its_thing(analyze: Callable[..., Analysis], text: str,
                                         expected: tuple[str, str]) -> None:
    assert expected in _things(analyze(text))


@pytest.mark.parametrize("text", [
    "The coast guard said there was no evidence.",  # a trace of nothing named
    "There was no sign of an oil leak after the tanker ran aground.",  # the outlet's own words
])
def test_no_trace_claim(analyze: Callable[..., Analysis], text: str) -> None:
    assert _things(analyze(text)) == []


def test_a_denied_trace_is_never_set_against_a_telling(analyze: Callable[..., Analysis]) -> None:
    found = analyze("The coast guard said there was no sign of an oil leak. A fisherman, Tomas Berg, said the leak "
                    "had blackened the beach.")
    assert [c for c in found.conflicts if c.kind == "existence"] == []
