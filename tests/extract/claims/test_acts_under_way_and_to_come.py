"""An act a speaker tells as under way (a progressive) or to come (a modal of the future) is an event claim of its
own, asserted or negated, with the clause's modality (extract/claims/acts.py, denials.ongoing_acts). Texts
written for these tests (invented officials, ports and schools)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsledger import Analysis
from newsledger.extract.claims.acts import ACT_PREFIX


def _acts(a: Analysis) -> list[tuple[str, str, str]]:
    return [(c.predicate, c.polarity, c.modality) for c in a.claims
            if c.kind == "event" and c.predicate.startswith(ACT_PREFIX)]


@pytest.mark.parametrize(("text", "expected"), [
    ("The revenue authority says its staff are setting up a night rota at the border post so that trucks can cross "
     "after dark.", (ACT_PREFIX + "build", "asserted", "actual")),
    ("The director of the disaster office, Mele Taufa, says secondary schools in the capital will stay shut on "
     "Thursday so that the roads can be cleared.", (ACT_PREFIX + "stay", "asserted", "future")),
    ('"We will not chase volume by cutting our price," oil minister Salem Al-Hajri said.',
     (ACT_PREFIX + "chase", "negated", "future")),
])
def test_an_act_under_way_or_to_come_is_claimed(analyze: Callable[..., Analysis], text: str,
                                                expected: tuple[str, str, str]) -> None:
    assert expected in _acts(analyze(text))


@pytest.mark.parametrize("text", [
    "The revenue authority is setting up a night rota at the border post.",  # the outlet's own telling
    "The revenue authority says a night rota at the border post is a good idea.",  # no act
])
def test_no_act_claim(analyze: Callable[..., Analysis], text: str) -> None:
    assert _acts(analyze(text)) == []
