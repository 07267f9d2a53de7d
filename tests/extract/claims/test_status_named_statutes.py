"""A statute by its name as a legal instrument (issue 14, helper status33).

"in accordance with the Harbour Dues Act", "a breach of the Forestry Act": ``act`` among
``lists.legal_instruments`` fills ``<instrument>`` in the status phrases, so conformity with a named statute, or
a breach of one, is a lawful or unlawful status like one of a code or a treaty.

Texts written for these tests (invented people, bodies and places).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from newsledger import Analysis

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/ is not a package
from claim_views import statuses as _status


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
