"""Existence disputes told with no denial verb, stop 42: a thing at rest named by its number ("launch 12 was in dry
dock"), a day holding the part of it the act was told at ("in port on 6 August" against "on the morning of
6 August"), a rest told by a verb conjoined to the one that names the thing ("slept in their camp and remained on
their own soil throughout"), all the doer's side's things at rest ("its cutters were all in port") against
an act the rest excludes, and a side's ground not left against a move into the other's ("did not leave Estonian
airspace" against "flew into Finnish airspace"). Guards: another day, a flight along a frontier. Sentences written
for these tests (invented names and places)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from newsledger import Analysis

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/ is not a package
from claim_views import existence_conflicts as _existence


@pytest.mark.parametrize("text", [
    # a boat named by its number, at rest over a span
    ("The Velmar navy said on Monday that a Tessaran customs launch had entered Velmar waters off the Skerry banks on "
     "Saturday morning. The Tessaran customs service said launch 27 had been in dry dock at Porto Lanz for an "
     "engine overhaul the whole week."),
    # a day of no month holds the part of it the act was told at
    ("A Norwegian fishermen's guild said on 9 August that Icelandic coast guards had boarded the trawler Silver Finch "
     "near Dunmore reef on the morning of 6 August. The Icelandic Coast Guard said its cutters were all in port at "
     "Husavik on 6 August because of a storm."),
    # a rest told by a verb conjoined to the one that names the soldiers
    ("The Ferran police command said that soldiers of the Lusk army crossed the river near Oben on the night of "
     "12 May and searched two farms. According to the Lusk army, its soldiers slept in their camp that night and "
     "remained on their own soil throughout."),
])
def test_a_rest_answers_the_act(analyze: Callable[..., Analysis], text: str) -> None:
    assert _existence(analyze(text))


@pytest.mark.parametrize("text", [
    # the boat by its number, at rest on another day
    ("The Velmar navy said on Monday that a Tessaran customs launch had entered Velmar waters off the Skerry banks on "
     "Saturday 4 May. The Tessaran customs service said launch 27 had been in dry dock at Porto Lanz on 2 May."),
    # the cutters in port on another day than the boarding
    ("A Norwegian fishermen's guild said on 9 August that Icelandic coast guards had boarded the trawler Silver Finch "
     "near Dunmore reef on the morning of 6 August. The Icelandic Coast Guard said its cutters were all in port at "
     "Husavik on 7 August because of a storm."),
])
def test_a_rest_at_another_time_answers_nothing(analyze: Callable[..., Analysis], text: str) -> None:
    assert not _existence(analyze(text))


def test_ground_not_left_answers_a_move_into_the_other_side(analyze: Callable[..., Analysis]) -> None:
    text = ("Finland's border guard says an Estonian police helicopter flew two kilometres into Finnish airspace "
            "near Virolahti on Tuesday. The Estonian police said their helicopter, which was on a training "
            "flight, never left Estonian airspace that day.")
    assert _existence(analyze(text))


def test_ground_not_left_is_no_answer_to_a_flight_along_the_frontier(analyze: Callable[..., Analysis]) -> None:
    text = ("Finland's border guard says an Estonian police helicopter flew along the Finnish frontier near "
            "Virolahti for an hour on Tuesday. The Estonian police said their helicopter, which was on a training "
            "flight, never left Estonian airspace that day.")
    assert not _existence(analyze(text))
