"""Bare plural speakers: a plural noun with no article whose words say which people they are ("Press freedom
groups say", "Slovak engineers estimate") is the subject of a verb of saying and speaks as a group, with the
country of its demonym; a bare plural with nothing before it ("Analysts said") stays no one.
Sentences written for these tests (no dev or seed article)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from newsledger.models import Analysis

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/ is not a package
from entity_mentions import statement_speaker as _speaker


def test_a_plural_with_a_demonym_speaks_as_a_group_of_that_country(analyze: Callable[..., Analysis]) -> None:
    a = analyze("The dam on the border river was finished in May. Slovak engineers estimate that the next "
                 "flood will reach the village two days sooner.")
    engineers = _speaker(a, "next flood")
    assert engineers is not None and (engineers.type, engineers.country) == ("GROUP", "SVK")
    b = analyze("The ferry sank in calm water near the port. Dutch divers said the hull had been cut open.")
    divers = _speaker(b, "hull had been")
    assert divers is not None and divers.country == "NLD"


def test_a_plural_with_a_field_before_it_speaks_as_a_group(analyze: Callable[..., Analysis]) -> None:
    a = analyze("The broadcaster lost its licence on Friday. Press freedom groups said the ruling was "
                 "revenge for its reporting.")
    groups = _speaker(a, "revenge for")
    assert groups is not None and groups.type == "GROUP" and groups.name.lower() == "press freedom groups"


def test_a_bare_plural_with_nothing_before_it_stays_no_one(analyze: Callable[..., Analysis]) -> None:
    a = analyze("The central bank held its rate on Tuesday. Analysts said prices would keep rising.")
    assert _speaker(a, "prices would keep") is None
