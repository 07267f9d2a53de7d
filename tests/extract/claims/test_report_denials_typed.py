"""A rejection that names no owner ("rejected the accusation", "dismissed the claim") answers the claim of the
statement it judges (issue 14, stop 35): where that statement tells a cause, a status or an acceptance beyond an
act, the denial is of that kind (the status denied), not a denial that the act happened.

Sentences are written for these tests (invented ministries, dams and roads).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsledger import Analysis


def _kinds(analysis: Analysis) -> set[str]:
    return {c.kind for c in analysis.conflicts}


@pytest.mark.parametrize("text", [
    "Chile accused Bolivia on Monday of breaching the 1904 boundary treaty by building a dam on the Lauca river. "
    "Bolivia rejected the accusation, saying the dam was lawful.",
    "Ghana's water ministry said on Friday that the Volta dam operator had violated the river convention. Togo "
    "dismissed the claim.",
])
def test_a_bare_rejection_answers_the_status_told(analyze: Callable[..., Analysis], text: str) -> None:
    found = analyze(text)
    assert "status" in _kinds(found)
    assert any(c.kind == "status" and c.polarity == "negated" and c.evidence.text.split()[0] in ("rejected",
               "dismissed") for c in found.claims)


def test_a_rejection_of_an_act_told_stays_a_denial_of_the_act(analyze: Callable[..., Analysis]) -> None:
    found = analyze("Chile's army said on Monday that Bolivian soldiers had crossed the border near Colchane. "
                    "Bolivia rejected the claim.")
    assert not any(c.kind == "status" for c in found.claims if c.polarity == "negated")
