"""Classes of things (claims vocabulary ``thing_classes``): a telling and a denial that name one kind of thing in
other words ("twenty homes" and "no building", "thirty children" and "no minor", "40 rifles" and "no weapons") are
about one object, used only to match the two (extract/claims/denials.py). Texts written for these tests (invented
incidents).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from newsledger import Analysis

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/ is not a package
from claim_views import existence_conflicts as _existence_conflicts

DISAGREE = [
    "Residents of Kibera said bulldozers demolished at least twenty homes on Tuesday. Kenya's housing ministry said "
    "no building in Kibera was demolished on Tuesday.",
    "Haiti's foreign ministry said Dominican guards sent thirty children back across the border at Elias Pina on "
    "Sunday. The Dominican Republic's interior ministry said no minor was sent back across the border on Sunday.",
    "The Philippine army said its troops captured 40 rifles in a camp of the Bangsamoro Freedom Front near Marawi on "
    "Friday. The Bangsamoro Freedom Front said no weapons were captured in its camp on Friday.",
]


@pytest.mark.parametrize("text", DISAGREE, ids=[t[:48] for t in DISAGREE])
def test_one_kind_of_thing_in_other_words(analyze: Callable[..., Analysis], text: str) -> None:
    assert len(_existence_conflicts(analyze(text))) == 1


AGREE = [
    # different days: both may hold
    "Residents of Kibera said bulldozers demolished at least twenty homes on Tuesday. Kenya's housing ministry said "
    "no building in Kibera was demolished on Wednesday.",
    # a thing of another kind
    "Residents of Kibera said bulldozers demolished at least twenty homes on Tuesday. Kenya's housing ministry said "
    "no school in Kibera was demolished on Tuesday.",
    # one side, two bodies
    "Kenya's housing ministry said bulldozers demolished twenty homes in Kibera on Tuesday. Kenya's interior "
    "ministry said no building in Kibera was demolished on Tuesday.",
    # a demand that no such thing go ahead denies none
    "Kenya's housing ministry said the Kibera tower has been studied by engineers since 2021. Uganda's lake "
    "authority asked that no tower go ahead without a survey of the wetland.",
    "Kenya's housing ministry said the Kibera tower has been studied by engineers since 2021. Uganda's lake "
    "authority demanded that no tower be built before the survey.",
]


@pytest.mark.parametrize("text", AGREE, ids=[t[:48] for t in AGREE])
def test_no_existence_conflict(analyze: Callable[..., Analysis], text: str) -> None:
    assert _existence_conflicts(analyze(text)) == []


def test_thing_classes_are_nouns_only(lexicon) -> None:
    """Every word of a thing class is one noun lemma: no phrase, no verb joined to its object."""
    lines = lexicon.claims.lists["thing_classes"]
    assert lines and all(" " not in w and "_" not in w for line in lines for w in line.split())
