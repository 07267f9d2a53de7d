"""Cause cues of a broken line told briefly (extract/claims/causes.py): "cut on purpose" names tampering, "the
weather did it" names the weather as the doer of the incident (a connective), and a line, grid or network that
"went dark" is an incident whose cause may be argued. Texts written for these tests (invented places and names).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from newsledger import Analysis

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/ is not a package
from claim_views import cause_conflicts as _cause_conflicts
from claim_views import causes as _causes


def test_on_purpose_against_the_weather_did_it(analyze: Callable[..., Analysis]) -> None:
    a = analyze("Finland says a power cable under the Gulf of Bothnia was cut on purpose. Sweden says the storm "
                "did it. The cable went dark on Sunday night, the grid operator said.")
    assert ("tampering", "asserted") in _causes(a)
    assert {("natural forces", "asserted"), ("natural cause", "asserted")} & set(_causes(a))
    assert _cause_conflicts(a)


@pytest.mark.parametrize("text", [
    # no incident: "did it" of a cause word about nothing that broke
    "Norway says the weather did it. Denmark says the harvest was late.",
    # the doer of something else: a plan carried out on purpose is no cause of an incident
    "Estonia says the new ferry timetable was drawn up on purpose for commuters.",
])
def test_no_incident_no_cause(analyze: Callable[..., Analysis], text: str) -> None:
    assert _causes(analyze(text)) == []


def test_a_network_gone_dark_is_an_incident(analyze: Callable[..., Analysis]) -> None:
    said = " Lithuania says the line was cut on purpose."
    assert _causes(analyze("The mobile network in Klaipeda went dark on Friday." + said)) == [
        ("tampering", "asserted")]
    assert _causes(analyze("The mobile network in Klaipeda was upgraded on Friday." + said)) == []


@pytest.mark.parametrize("opening", [
    "A landslide buried six houses above the tea estate near Nuwara Eliya on Friday night.",
    "On Friday night a mudslide swept away six houses above the tea estate near Nuwara Eliya.",
])
def test_a_force_of_nature_doing_the_harm_is_the_incident(analyze: Callable[..., Analysis], opening: str) -> None:
    said = (" \"The slope gave way because of the blasting at the quarry,\" said Ravi Kumar, general secretary of "
            "the Hill Country Workers' Union.")
    assert ("works", "asserted") in _causes(analyze(opening + said))


def test_a_force_of_nature_named_as_a_cause_is_no_incident(analyze: Callable[..., Analysis]) -> None:
    # a landslide only named as what someone fears: no incident, no cause
    text = ("Villagers fear a landslide could follow the rains. \"The quarry is the reason,\" said Ravi Kumar, general "
            "secretary of the Hill Country Workers' Union.")
    assert _causes(analyze(text)) == []


@pytest.mark.parametrize(("said", "predicate"), [
    ("the outage was caused by a cyberattack on its control room", "tampering"),
    ("hackers were behind the outage", "tampering"),
    ("the stand collapsed because of shoddy construction", "wear and decay"),
    ("the coach overturned because its brakes failed", "wear and decay"),
    ("a sinkhole opened under the road and swallowed the lorry", "natural forces"),
])
def test_more_cause_classes(analyze: Callable[..., Analysis], said: str, predicate: str) -> None:
    text = ("Part of the Lakeside stadium collapsed on Saturday and a coach overturned nearby. Transit Kenya Ltd said "
            f"on Sunday that {said}.")
    assert (predicate, "asserted") in _causes(analyze(text))


def test_a_hacked_account_with_no_incident_is_no_cause(analyze: Callable[..., Analysis]) -> None:
    assert _causes(analyze("Transit Kenya Ltd said on Sunday that hackers had posted jokes on its website.")) == []
