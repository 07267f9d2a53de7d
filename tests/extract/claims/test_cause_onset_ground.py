"""Onset claims (extract/claims/origins.py): an incident's start, fault or doers placed on one country's ground with
no verb of causing ("the first flames were seen on the Peruvian side", "the slick came from a plant on the Bolivian
shore"), and two sides placing it on each other's ground. Texts written for these tests (invented places, firms
and incidents).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsledger import Analysis


def _agents(analysis: Analysis) -> list[tuple[str, str, str]]:
    """(agent country, polarity, claimant name) of each responsibility claim."""
    ents = {e.id: e for e in analysis.entities}
    out = []
    for c in analysis.claims:
        if c.kind == "cause" and c.predicate == "responsible":
            agent = ents.get(c.argument("agent") or "")
            claimant = ents.get(c.claimant or "")
            out.append((agent.country or "?" if agent else "?", c.polarity, claimant.name if claimant else "outlet"))
    return out


@pytest.mark.parametrize(("text", "country"), [
    # a first sighting on a side
    ("A grass fire burned 300 hectares near Puno. Peru's forestry service said the first flames were seen on the "
     "Bolivian side late on Monday.", "BOL"),
    # the incident set in inside a country
    ("A blaze swept the hills above Tacna on Friday. Peru's interior ministry said the blaze started just inside "
     "Chile, near a quarry road.", "CHL"),
    # a thing that spread came from a place on a side's shore
    ("An oil spill fouled the beaches of Copacabana. Peru's environment ministry said the oil came from the "
     "outflow of a tannery on the Bolivian shore.", "BOL"),
    # a fault on a section of a line
    ("A blackout hit Arica for six hours. Chile's energy ministry said a fault on the Peruvian section of the "
     "interconnector cut supply to the city.", "PER"),
    # a thing that failed, on a side
    ("A blackout hit Arica for six hours. Peru's grid operator COES said a breaker at the border substation on "
     "the Chilean side tripped.", "CHL"),
    # the thing evidence points to, registered in a country
    ("A diesel spill fouled the river at Iquitos. Peru's water authority ANA said its samples point to a "
     "tanker barge registered in Colombia.", "COL"),
    # doers operating from a side
    ("A raid on a farm near Zarumilla left two herders hurt. Peru's interior ministry said rustlers operating from the "
     "Ecuadorian side had cut the fence.", "ECU"),
])
def test_onset_on_a_side(analyze: Callable[..., Analysis], text: str, country: str) -> None:
    got = _agents(analyze(text))
    assert any(agent == country and polarity == "asserted" for agent, polarity, _ in got), got


@pytest.mark.parametrize("text", [
    # the harm on a side, not the start
    "A fire burned 300 hectares near Puno. Peru's forestry service said the fire destroyed farms on the Bolivian "
    "side.",
    # the outlet's own telling
    "A blaze swept the hills above Tacna on Friday. The blaze started just inside Chile, near a quarry road.",
    # no incident named
    "Peru's trade ministry said the first buyers were seen on the Bolivian side of the market on Monday.",
    # people who came from a country, no incident's doers
    "A fire burned two houses in Puno. Peru's forestry service said volunteers came from Bolivia to help.",
    # a body that carries goods from a capital: "it" moves the goods, no incident moves
    "A landslide buried a road near Puno on Sunday. The World Health Organization said it was moving tents and "
    "blankets from La Paz to the valley.",
])
def test_no_onset_claim(analyze: Callable[..., Analysis], text: str) -> None:
    assert _agents(analyze(text)) == []


def test_two_sides_place_the_start_on_each_other_s_ground(analyze: Callable[..., Analysis]) -> None:
    text = ("A grass fire burned 300 hectares of pasture on both banks of the Desaguadero river this week. "
            "Peru's forestry service said the fire began on the Bolivian bank and crossed the river on Tuesday. "
            "Bolivia's environment ministry said its rangers found the point of origin two kilometres inside Peru.")
    analysis = analyze(text)
    conflicts = [c for c in analysis.conflicts if c.kind == "cause"]
    assert conflicts, _agents(analysis)


@pytest.mark.parametrize("text", [
    "A blackout hit Cusco. Peru's energy minister Rosa Vidal said someone had cut the cable at the substation.",
    "A flood hit the town of Urcos. Peru's water authority ANA said somebody opened the sluice at night.",
    "A blackout hit Cusco. The grid operator Redesur said the line was cut by unknown persons.",
])
def test_a_hand_of_no_name_is_tampering(analyze: Callable[..., Analysis], text: str) -> None:
    causes = [(c.predicate, c.polarity) for c in analyze(text).claims if c.kind == "cause"]
    assert ("tampering", "asserted") in causes, causes


def test_a_hand_of_no_name_against_the_weather(analyze: Callable[..., Analysis]) -> None:
    text = ("A flood hit the town of Urcos. Peru's water authority ANA said somebody opened the sluice at night. "
            "The dam operator Hidroandes said heavy rain caused the flood.")
    assert [c for c in analyze(text).conflicts if c.kind == "cause"]
