"""A statute by its name as a legal instrument (issue 14, helper status33).

"in accordance with the Harbour Dues Act", "a breach of the Forestry Act": ``act`` among
``lists.legal_instruments`` fills ``<instrument>`` in the status phrases, so conformity with a named statute, or
a breach of one, is a lawful or unlawful status like one of a code or a treaty.

Texts written for these tests (invented people, bodies and places).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsledger import Analysis


def _status(analysis: Analysis) -> list[tuple[str, str]]:
    return [(c.predicate, c.polarity) for c in analysis.claims if c.kind == "status"]


@pytest.mark.parametrize(("text", "expected"), [
    ("The Kessel harbour master, Ilse Brandt, said the new berthing fee was in breach of the Harbour Dues Act.",
     ("unlawful", "asserted")),
    ("Tomas Reyk, a lawyer for the Orrin Valley Growers, said the logging permits were not in accordance with the "
     "Forestry Act.", ("lawful", "negated")),
])
def test_a_named_statute_is_a_legal_instrument(analyze: Callable[..., Analysis], text: str,
                                               expected: tuple[str, str]) -> None:
    assert expected in _status(analyze(text))


def test_a_finding_against_a_statute_meets_a_lawful_reply(analyze: Callable[..., Analysis]) -> None:
    text = ('In her annual report, the ombudsman, Lara Voss, concluded that their award "was not in line with the '
            'Procurement Act". The agency rejected this. "Every contract we signed was signed lawfully," its '
            "director, Sam Ode, said.")
    assert [c.kind for c in analyze(text).conflicts] == ["status"]
