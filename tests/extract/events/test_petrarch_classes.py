"""Classes from the PETRARCH validation and CASE 2021 misses (issue 15, helper petr33): acts named but not done
(what a noun of entitlement lets someone do, an act waited for, land held "under" an occupation); warnings given
someone about a danger, calls to protest against someone, ground given up, promises told by a noun with their
maker after "by" or "from". Sentences written for these tests, made-up names."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from newsledger import Analysis

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/ is not a package
from event_participants import has as _has

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


def _coded(got: Analysis) -> list[tuple[str, str | None, str | None, str]]:
    return [(e.type, e.source, e.target, e.evidence.text) for e in got.events]


# (text, type, source, target): coded with its participants.
CODED = [
    # a warning given someone about a danger or a party is a threat (like "warned X against")
    ("Ostrava warned Lutvia about the price of a naval blockade.", "THREATEN", "Ostrava", "Lutvia"),
    # a call to protest against someone rallies opposition to it
    ("The Lutvian opposition called for a boycott against Ostrava after the border shooting.", "ACCUSE", None,
     "Ostrava"),
    ("Exiled clerics called for protests against President Okafor.", "ACCUSE", None, "Okafor"),
    # ground given up
    ("The militia yielded ground to government troops along the river.", "CONCEDE", "militia", None),
    # a promise told by a noun, its maker after "by" or "from"
    ("Ostrava welcomed the assurances given by Lutvia on the canal tolls.", "AGREE", "Lutvia", None),
    ("Varnia praised the pledge from Lutvia on the grain corridor.", "AGREE", "Lutvia", None),
]


@pytest.mark.parametrize(("text", "etype", "source", "target"), CODED, ids=[f"{c[1]}:{c[0][:40]}" for c in CODED])
def test_coded(analyze: Callable[..., Analysis], text: str, etype: str, source: str | None,
               target: str | None) -> None:
    got = analyze(text, PUBLISHED)
    assert [e for e in got.events if e.type == etype and _has(got, e.source, source) and _has(got, e.target, target)
            ], _coded(got)


# (text, type): no event of that type.
NOT_CODED = [
    ("The central bank warned about inflation in its spring report.", "THREATEN"),
    ("The ministry warned travellers about the flooded mountain roads.", "THREATEN"),
    ("The dockers' union called for a strike on Monday.", "ACCUSE"),
    ("Ostrava sought assurances from Lutvia that the canal stays open.", "AGREE"),
]


@pytest.mark.parametrize(("text", "etype"), NOT_CODED, ids=[f"{c[1]}:{c[0][:40]}" for c in NOT_CODED])
def test_not_coded(analyze: Callable[..., Analysis], text: str, etype: str) -> None:
    got = analyze(text, PUBLISHED)
    assert not [e for e in got.events if e.type == etype], _coded(got)
