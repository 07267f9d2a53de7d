"""Existence disagreements answered by an alibi, with no denial in the answer (extract/claims/alibis.py): the thing
at rest through the time of the act ("had been parked in its barn since Saturday", "has stayed shut since May"), or
the doer somewhere else doing something else at that time ("spent the evening of 9 June at a dinner in another
town", "on the night in question was anchored 60 kilometres away"). Guards: both sides placing one thing at one
place, two different things, another day. Sentences written for these tests (invented names and places)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from newsledger import Analysis

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/ is not a package
from claim_views import existence_conflicts as _existence


def _negated_events(a: Analysis) -> list[str]:
    return [c.evidence.text for c in a.claims if c.kind == "event" and c.polarity == "negated"]


@pytest.mark.parametrize(("text", "answer"), [
    # a vehicle at rest since before the act, matched through the noun the act's subject comes from
    ("The Orla Farmers Union said a harvester from the Pellworth estate drove across the flooded rice terraces on "
     "Sunday night. The estate manager, Dora Quill, said the harvester had been parked in its barn since Saturday.",
     "the harvester had been parked in its barn since Saturday"),
    # a gate that stayed shut against its opening, the rest told with a verb of staying
    ("The Narel water board said the sluice gates of the Ostby weir were opened without notice on Tuesday night. "
     "The sluice has stayed shut since early May, the weir's operator, Hallin Power, said.",
     "The sluice has stayed shut since early May"),
])
def test_rest_through_the_time_answers_the_act(analyze: Callable[..., Analysis], text: str, answer: str) -> None:
    a = analyze(text)
    assert any(answer in ev for ev in _negated_events(a))
    assert _existence(a)


@pytest.mark.parametrize("text", [
    # the named holder of the title, the same date, another town
    ("Senator Ilse Marrow said Kovenia's transport minister met a cement importer in a hotel in Tarnow on the "
     "evening of 9 June. Transport Minister Oskar Fenn spent the evening of 9 June at a council dinner in Brelle, "
     "his spokesman Piet Lauder said."),
    # a time that points back, and a distance
    ("The Vestmark coast guard said the cargo ship Amber Rook had cut the Halvey power cable on the night of "
     "2 March. Rook Lines, which owns the vessel, said the Amber Rook lay at anchor that night more than 60 "
     "kilometres north of the cable."),
])
def test_elsewhere_at_the_time_answers_the_act(analyze: Callable[..., Analysis], text: str) -> None:
    assert _existence(analyze(text))


@pytest.mark.parametrize("text", [
    # both sides place the ship at one place: a joint patrol, not an alibi
    ("The Marvellan navy said the frigate Osprey escorted the tanker Dawn Bell through the Kessel strait on "
     "4 April. The frigate Osprey spent 4 April in the Kessel strait with the Tarsian corvette Heron, the Tarsian "
     "navy said."),
    # a ship in port that nobody said was anywhere else
    ("The Tarsian navy said its corvette Heron stayed in port at Lerra all week for repairs. Marvellan officials "
     "said they had welcomed the Tarsian decision to hold joint drills next month."),
    # two different ships
    ("The Vestmark coast guard said the trawler Sea Wren dragged its anchor across the Halvey cable on 4 May. The "
     "trawler's owners said that on 4 May the trawler Grey Finch was fishing 80 kilometres to the south."),
    # another day
    ("Senator Ilse Marrow said Kovenia's transport minister met a cement importer in a hotel in Tarnow on the "
     "evening of 9 June. Transport Minister Oskar Fenn spent the evening of 10 June at a council dinner in Brelle, "
     "his spokesman Piet Lauder said."),
    # a rest told of no span: "all" counts things, not time
    ("The Orla Farmers Union said a harvester from the Pellworth estate drove across the flooded rice terraces on "
     "Sunday night. The estate manager, Dora Quill, said the harvester had been parked in the barn with all the "
     "other machines."),
    # a rest of another thing than the one that moved
    ("The Orla Farmers Union said a harvester from the Pellworth estate drove across the flooded rice terraces on "
     "Sunday night. The estate manager, Dora Quill, said its grain trailer had been parked in the barn since "
     "Saturday."),
])
def test_no_alibi_without_a_counter_fact(analyze: Callable[..., Analysis], text: str) -> None:
    assert not _existence(analyze(text))


@pytest.mark.parametrize("text", [
    # the doer's own record shows no act at all that day
    ("The Latvian defence ministry said two Russian jets bombed a bridge near Valdeka on 12 March. Russia's air "
     "force said its flight logs show no flights near the border on 12 March."),
    # a sensor shows none of the thing the act was done with, on a day that points back
    ("Romanian border police said a Ukrainian patrol boat rammed a fishing skiff near the island of Prevo on "
     "3 May. Our radar tracked no vessel near Prevo that day, Ukraine's coast guard commander Ilya Marchuk said."),
])
def test_a_record_showing_none_answers_the_act(analyze: Callable[..., Analysis], text: str) -> None:
    assert _existence(analyze(text))


@pytest.mark.parametrize("text", [
    # the record is of another day
    ("The Latvian defence ministry said two Russian jets bombed a bridge near Valdeka on 12 March. Russia's air "
     "force said its flight logs show no flights near the border on 14 March."),
    # the record shows flights: no answer
    ("The Latvian defence ministry said two Russian jets bombed a bridge near Valdeka on 12 March. Russia's air "
     "force said its flight logs show two training flights near the border on 12 March."),
    # the record clears another country's aircraft than the doer's
    ("The Latvian defence ministry said two Belarusian helicopters fired on a bridge near Valdeka on 12 March. "
     "Russia's air force said its flight logs show no flights near the border on 12 March."),
])
def test_no_answer_from_a_record_of_something_else(analyze: Callable[..., Analysis], text: str) -> None:
    assert not _existence(analyze(text))


@pytest.mark.parametrize("text", [
    # a place of rest told with the act's own date, no span
    ("The Estonian navy said a Russian patrol boat came alongside a research buoy off Kessa island on the night of "
     "4 June. Russia's Baltic Fleet said that on the night of 4 June all its patrol boats were at their base in "
     "Korvo."),
    # a verb of mooring over a span
    ("The Lomar fishing cooperative said a Kelmari navy launch chased its trawlers out of the bay on Saturday. The "
     "Kelmari naval command said its launches were tied up at the pier all weekend."),
    # the doer's side's things of the act's class, elsewhere at the time that points back
    ("The Ghanaian defence ministry said a Togolese army truck crossed into Ghana near Kpari at about 2 a.m. on "
     "9 July. Togo's army said its only two trucks in the region that night were carrying water to a refugee camp "
     "at Dapo, 40 kilometres from the border."),
])
def test_the_sides_things_at_rest_or_elsewhere(analyze: Callable[..., Analysis], text: str) -> None:
    assert _existence(analyze(text))


@pytest.mark.parametrize("text", [
    # the place of rest is told of another day
    ("The Estonian navy said a Russian patrol boat came alongside a research buoy off Kessa island on the night of "
     "4 June. Russia's Baltic Fleet said that on the night of 5 June all its patrol boats were at their base in "
     "Korvo."),
    # the things elsewhere are another country's than the doer's
    ("The Ghanaian defence ministry said a Togolese army truck crossed into Ghana near Kpari at about 2 a.m. on "
     "9 July. Benin's army said its only two trucks in the region that night were carrying water to a refugee camp "
     "at Dapo, 40 kilometres from the border."),
])
def test_no_alibi_of_another_time_or_side(analyze: Callable[..., Analysis], text: str) -> None:
    assert not _existence(analyze(text))


@pytest.mark.parametrize(("text", "answer"), [
    # a departure denied from a place of rest over a span: the troops' rest in their barracks
    ("The Velmarian army says that on Friday night three platoons of Ostrian infantry crossed the Kella stream "
     "below the old mill. Ostria's defence minister, Lotte Arvid, said the battalions of the southern command "
     "have not left their barracks at Dorsk since the spring floods.",
     "have not left their barracks at Dorsk since the spring floods"),
    # the same, a vessel that has not moved from its mooring
    ("The Pellan port authority said a Dravish dredger sailed into the Pellan channel on 3 March. The Dravish "
     "shipping agency said the dredger has not moved from its mooring at Kessin since January.",
     "the dredger has not moved from its mooring at Kessin since January"),
])
def test_a_departure_denied_from_a_place_of_rest_answers_the_act(
        analyze: Callable[..., Analysis], text: str, answer: str) -> None:
    a = analyze(text)
    assert any(answer in ev for ev in _negated_events(a))
    assert _existence(a)


def test_a_rest_told_of_the_part_of_the_day_holds_the_acts_hour(analyze: Callable[..., Analysis]) -> None:
    # the act at a clock time, the rest "this morning" of the same day
    text = ("Varnia's coast guard says a Tolsk patrol helicopter flew over Varnian waters at 08:15 this morning. "
            "Every helicopter of the Tolsk naval wing was at its base for repairs this morning, the Tolsk navy said.")
    assert _existence(analyze(text))


@pytest.mark.parametrize("text", [
    # the rest told of the morning, the act in the evening of the same day
    ("Varnia's coast guard says a Tolsk patrol helicopter flew over Varnian waters at 19:40 this evening. "
     "Every helicopter of the Tolsk naval wing was at its base for repairs this morning, the Tolsk navy said."),
    # one side's own account told in two clauses: the day of the first holds the hour of the second, but an act
    # told at that hour is no account of elsewhere ("in dark jackets" is no place)
    ("Kovenia's opposition Lindmark Workers Party said riot police broke into the party's office in Ravel "
     "overnight. Party treasurer Arno Veck said officers in dark jackets smashed the window shortly after 3 a.m."),
    # a departure denied from a place of rest, by other things than the ones that moved
    ("The Pellan port authority said a Dravish dredger sailed into the Pellan channel on 3 March. The Dravish "
     "shipping agency said its fuel lorry has not moved from its depot at Kessin since January."),
    # a departure denied from a place that is no place of rest
    ("The Velmarian army says that on Friday night three platoons of Ostrian infantry crossed the Kella stream "
     "below the old mill. Ostria's defence minister, Lotte Arvid, said the battalions of the southern command "
     "have not moved from their positions on the plateau since the spring floods."),
])
def test_no_answer_from_a_rest_of_another_hour_thing_or_place(analyze: Callable[..., Analysis], text: str) -> None:
    assert not _existence(analyze(text))
