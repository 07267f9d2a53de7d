"""A thing at odds with an instrument no ``legal_instruments`` word names, stop 43 ("incompatible with the 2015 accord
between the two states", an opposite of ``compliant`` in data/claims.yaml) answers a side that calls it compliant.
Sentences written for these tests (invented names)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from newsledger import Analysis

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/ is not a package
from claim_views import status_conflicts as _conflicts


def test_at_odds_with_an_accord_answers_compliant(analyze: Callable[..., Analysis]) -> None:
    text = ("Lithuania's environment ministry said the Latvian licence for the sluice was incompatible with the 2014 "
            "accord between Lithuania and Latvia on the Venta basin. Latvia's environment ministry said the licence "
            "was fully compliant with the bilateral accord.")
    assert _conflicts(analyze(text))
