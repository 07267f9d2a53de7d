"""Figures a speaker gives that no count takes, and a figure set against another (extract/claims/quantity.py):
"the figure is about 180,000" and "the total stands at 3,200 hectares", answering no count told before, are the
speaker's figures recorded as given (never compared), not dropped; in "320 cars, not 40" the "not" denies the second
figure only, and the first is the speaker's. Texts written for these tests (invented agencies and officials)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsledger import Analysis
from newsledger.compare.quantity import is_recorded


def _figures(analysis: Analysis, speaker: str) -> list[tuple[float | None, float | None]]:
    names = {e.id: e.name for e in analysis.entities}
    return [(c.value.low, c.value.high) for c in analysis.claims if c.kind == "quantity" and c.value is not None
            and speaker in names.get(c.claimant or "", "")]


@pytest.mark.parametrize(("text", "speaker", "value"), [
    # a reference noun's level in a second place, after a count in the first
    ('Aid agencies say hunger is spreading in Niger. "In the Tahoua region our teams find about 300,000 people in '
     'crisis. In the Zinder region, the figure is about 180,000," said Amadou Sani, the agency\'s country director.',
     "Amadou Sani", (180000, 180000)),
    # a total in a unit, with no count of its own
    ('Forestry director Ana Solis said: "The total for Kandy stands at 3,200 hectares, and no fire has reached the '
     'reserve."', "Ana Solis", (3200, 3200)),
])
def test_a_figure_answering_no_count_is_recorded_as_given(analyze: Callable[..., Analysis], text: str, speaker: str,
                                                          value: tuple[float, float]) -> None:
    analysis = analyze(text)
    assert value in _figures(analysis, speaker)
    assert all(is_recorded(c.predicate) for c in analysis.claims
               if c.kind == "quantity" and c.value is not None and c.value.low == value[0])


@pytest.mark.parametrize(("text", "speaker", "given", "denied"), [
    ('Police chief Jorge Mena said: "My officers count cars every day. Our daily record shows it plainly: 320 '
     'cars, not 40."', "Jorge Mena", (320, 320), 40),
])
def test_a_figure_set_against_a_denied_one_is_the_speakers(analyze: Callable[..., Analysis], text: str, speaker: str,
                                                           given: tuple[float, float], denied: float) -> None:
    got = _figures(analyze(text), speaker)
    assert given in got
    assert all(denied not in (low, high) for low, high in got)
