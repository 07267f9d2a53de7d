"""Classes from the PETRARCH validation and CASE 2021 misses (issue 15, helper petr33): acts named but not done
(what a noun of entitlement lets someone do, an act waited for, land held "under" an occupation). Sentences
written for these tests, made-up names."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsledger import Analysis

PUBLISHED = "2023-03-14"


# (text, type): no event of that type is told.
NOT_DONE = [
    # what a noun of entitlement lets someone do
    ("The emergency decree gives the governor the power to evacuate villages and take control of the ports.",
     "COERCE"),
    ("A new statute grants the border police the authority to detain migrants for ten days.", "COERCE"),
    # an act waited for
    ("Varnian gunners on the ridge were waiting for an order to begin the assault on the rebel camp.", "ASSAULT"),
    ("The brigade awaited approval to strike the depots near the river.", "ASSAULT"),
    # land held
    ("Thousands of families fled the districts under Varnian occupation last winter.", "COERCE"),
]

# (text, type): still coded.
STILL_DONE = [
    ("The police detained forty migrants after the statute gave them new powers.", "COERCE"),
    ("The villagers waited in their cellars as Varnian gunners shelled the town.", "ASSAULT"),
    ("The army waited two days before it stormed the depots near the river.", "ASSAULT"),
    ("Varnian troops ended their occupation of the island in May.", "COERCE"),
]


@pytest.mark.parametrize(("text", "etype"), NOT_DONE, ids=[f"{c[1]}:{c[0][:40]}" for c in NOT_DONE])
def test_not_done(analyze: Callable[..., Analysis], text: str, etype: str) -> None:
    got = analyze(text, PUBLISHED)
    assert not [e for e in got.events if e.type == etype], [(e.type, e.evidence.text) for e in got.events]


@pytest.mark.parametrize(("text", "etype"), STILL_DONE, ids=[f"{c[1]}:{c[0][:40]}" for c in STILL_DONE])
def test_still_done(analyze: Callable[..., Analysis], text: str, etype: str) -> None:
    got = analyze(text, PUBLISHED)
    assert [e for e in got.events if e.type == etype], [(e.type, e.evidence.text) for e in got.events]
