"""Causes told by how an incident set in, by what a thing died of, by a span of time filled with a cause, and by a
side that points to a thing as the cause (extract/claims/open_causes.py, extract/claims/predicates.py). Texts written
for these tests (invented towns, bodies and people).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from newsledger import Analysis
from newsledger.compare import OPEN_CAUSE

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/ is not a package
from claim_views import cause_conflicts as _cause_conflicts
from claim_views import causes_by_claimant as _causes

STAMPEDE = "A stampede at the Orsa stadium killed nine people on Saturday. "


def test_an_incident_that_started_when_something_happened(analyze: Callable[..., Analysis]) -> None:
    text = (STAMPEDE + "The Orsa police said the crush started when hundreds of fans without tickets tried to climb "
            "the fence. The Orsa Supporters Federation said the stampede began when stewards locked the north gate.")
    got = analyze(text)
    assert (OPEN_CAUSE + "hundred fan ticket try climb fence", "Orsa police") in _causes(got)
    assert (OPEN_CAUSE + "steward lock north gate", "Orsa Supporters Federation") in _causes(got)
    assert len(_cause_conflicts(got)) == 1


def test_an_incident_that_began_with_a_thing(analyze: Callable[..., Analysis]) -> None:
    text = ("A blackout hit the city of Tevla on Monday. The energy minister, Pavel Rusk, said the outage began "
            "when the supply line from the Marn plant was cut from the Marnian side. The Marnian grid company, "
            "Marngrid, said the blackout began with a fault at a Tevlan substation.")
    got = analyze(text)
    assert (OPEN_CAUSE + "fault", "Marngrid") in _causes(got)
    assert any(p.startswith(OPEN_CAUSE + "supply line") for p, _ in _causes(got))
    assert len(_cause_conflicts(got)) == 1


def test_an_act_that_started_a_thing_is_no_onset(analyze: Callable[..., Analysis]) -> None:
    """ "the talks started when the envoys arrived" tells no incident; "began the inquiry" has an object."""
    text = ("The Orsa police said the talks started when the envoys arrived. The Orsa Supporters Federation said "
            "it began the inquiry with a letter to the mayor.")
    assert _causes(analyze(text)) == []


def test_what_a_thing_died_of(analyze: Callable[..., Analysis]) -> None:
    text = ("Dozens of fish died in the Lurra river last week. The Lurra Fishers Cooperative said the deaths were "
            "caused by a discharge from the tannery. The Lurra Environment Agency said the fish died of heat.")
    got = analyze(text)
    assert (OPEN_CAUSE + "heat", "Lurra Environment Agency") in _causes(got)
    assert len(_cause_conflicts(got)) == 1


def test_a_span_of_time_filled_with_a_cause(analyze: Callable[..., Analysis]) -> None:
    """ "after three weeks of heavy rain" names the rain, not the weeks."""
    text = ("A flood swept through the village of Orm on Sunday. The regional governor, Anek Povar, said the flood "
            "came after three weeks of heavy rain. The Orm Farmers Association said the water came from the "
            "reservoir of the Tolva dam upstream.")
    got = analyze(text)
    assert (OPEN_CAUSE + "heavy rain", "Anek Povar") in _causes(got)
    assert len(_cause_conflicts(got)) == 1


def test_a_side_that_points_to_a_thing_as_the_cause(analyze: Callable[..., Analysis]) -> None:
    """The side that points claims the cause, not the outlet, in a class of the vocabulary or in words of its own."""
    text = ("A fire destroyed a grain depot in Velmora on Tuesday. The Velmora Fire Service points to a faulty heater "
            "as the cause of the fire. The depot's owner, Talvik Grain, blamed arsonists.")
    got = analyze(text)
    assert ("wear and decay", "Velmora Fire Service") in _causes(got)
    assert len(_cause_conflicts(got)) == 1
    text = ("A fire destroyed a grain depot in Velmora on Tuesday. Velmora's fire chief, Ivan Sorel, points to a "
            "leaking gas bottle as the cause of the fire.")
    assert [p for p, who in _causes(analyze(text)) if who is not None] == [OPEN_CAUSE + "leak gas bottle"]


def test_pointing_to_a_thing_without_naming_it_a_cause(analyze: Callable[..., Analysis]) -> None:
    text = ("A fire destroyed a grain depot in Velmora on Tuesday. The Velmora Fire Service pointed to the map of "
            "the depot as the firefighters arrived.")
    assert [p for p, _ in _causes(analyze(text)) if p.startswith(OPEN_CAUSE)] == []


BLACKOUT = "A blackout hit the east of Varnia on Sunday night. "


def test_a_failure_of_a_thing_told_as_the_cause(analyze: Callable[..., Analysis]) -> None:
    text = (BLACKOUT + "The national grid operator, Varngrid, said a heatwave pushed demand past the network's limit. "
            "The Varnian Federation of Power Workers said a transformer at the Kelm substation caught fire.")
    got = analyze(text)
    claimed = (OPEN_CAUSE + "transformer kelm substation catch fire", "Varnian Federation of Power Workers")
    assert claimed in _causes(got)
    assert len(_cause_conflicts(got)) == 1


def test_the_failure_the_story_is_about_is_no_cause(analyze: Callable[..., Analysis]) -> None:
    """The engine of the first sentence failed: that is the incident, and "after a bird strike" its cause."""
    text = ("A passenger plane made an emergency landing in Talvik on Monday after its engine failed. The Talvik "
            "Aviation Authority said the engine failed after a bird strike. The airline, Talvik Air, said the engine "
            "failed shortly after take-off.")
    got = analyze(text)
    assert [p for p, _ in _causes(got)] == [OPEN_CAUSE + "bird strike"]
    assert _cause_conflicts(got) == []


def test_a_failure_in_a_story_of_no_incident(analyze: Callable[..., Analysis]) -> None:
    text = "The Varnian Federation of Power Workers said the wage talks failed on Sunday."
    assert _causes(analyze(text)) == []


BLAST = "A blast hit a chemical plant in Dorvan on Friday. "


def test_blamed_it_on_and_traced_it_to(analyze: Callable[..., Analysis]) -> None:
    """ "it" stands for the story's incident: the blamer names a cause in words of its own."""
    text = (BLAST + "The plant's owner, Dorvan Chemicals, blamed it on a delivery truck that hit a gas pipe. The "
            "Dorvan Workers Council traced it to a storage tank that managers had overfilled.")
    got = analyze(text)
    assert (OPEN_CAUSE + "delivery truck hit gas pipe", "Dorvan Chemicals") in _causes(got)
    assert (OPEN_CAUSE + "storage tank manager overfill", "Dorvan Workers Council") in _causes(got)
    assert len(_cause_conflicts(got)) == 1


def test_blamed_it_on_someone_is_no_open_cause(analyze: Callable[..., Analysis]) -> None:
    text = BLAST + "The plant's owner, Dorvan Chemicals, blamed it on the Dorvan Workers Council."
    assert not any(p.startswith(OPEN_CAUSE) for p, _ in _causes(analyze(text)))


def test_the_work_of_doers_the_text_does_not_name(analyze: Callable[..., Analysis]) -> None:
    text = ("A bomb attack killed four soldiers in Orsk on Monday. The Varnian army said the attack was the work of "
            "the Free Orsk Front. The Front's spokesman, Dan Ilic, said it was the work of army hardliners.")
    got = analyze(text)
    assert (OPEN_CAUSE + "army hardliner", "Dan Ilic") in _causes(got)
    assert len(_cause_conflicts(got)) == 1


def test_the_cause_of_a_thing_the_story_tells_as_an_incident(analyze: Callable[..., Analysis]) -> None:
    """ "the cause of the contact": a cause of the collision the story names, not a label "cause"."""
    text = ("A Korvish patrol boat and a Lenaran trawler collided off Cape Ursa on Sunday. The Korvish navy said the "
            "trawler's sudden turn was the cause of the contact. The Lenaran fisheries ministry said the patrol "
            "boat's speed was the reason for the contact.")
    got = analyze(text)
    assert (OPEN_CAUSE + "trawler sudden turn", "Korvish navy") in _causes(got)
    assert not any(c.predicate == "label: cause" for c in got.claims)
    assert len(_cause_conflicts(got)) == 1


CRUSH = ("Nine fans were killed in a crush at the gates of the Orsa stadium on Saturday. The promoter, Orsa Live, said "
         "responsibility lies with the Orsa police, who shut the main gate without warning. ")


def test_the_blamed_side_names_another_cause(analyze: Callable[..., Analysis]) -> None:
    text = CRUSH + ("In a statement, the Orsa police said the crush started when hundreds of people without tickets "
                    "tried to force a side gate.")
    assert len(_cause_conflicts(analyze(text))) == 1


def test_a_third_side_telling_the_blamed_act_is_no_answer(analyze: Callable[..., Analysis]) -> None:
    """A side the blame does not name tells a cause: it may be the blamed side's act in other words."""
    text = CRUSH + "The Orsa Fans Federation said the crush started when the police shut the main gate."
    assert _cause_conflicts(analyze(text)) == []
