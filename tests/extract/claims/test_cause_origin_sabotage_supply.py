"""Cause disputes of three classes (issue 14): two sides placing an incident's start in each other's things ("the
fire started in a Peruvian tanker" vs "the fire began in the yard behind the Bolivian depot"), a deliberate act
against a technical fault ("the pipeline was tapped", "thieves are to blame" vs "a corroded joint, not a drill
hole"), and one side's cut of a supply against a failure inside the other's network ("X had cut deliveries, and the
shortage was the result" vs "the pressure drop began inside Y"). A cause restated, or the same side's two words,
is no dispute. Texts written for these tests (invented places, firms and people).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsledger import Analysis


def _agents(analysis: Analysis) -> list[tuple[str, str, str]]:
    """(agent country, polarity, claimant country) of each responsibility claim."""
    ents = {e.id: e for e in analysis.entities}
    out = []
    for c in analysis.claims:
        if c.kind == "cause" and c.predicate == "responsible":
            agent = ents.get(c.argument("agent") or "")
            claimant = ents.get(c.claimant or "")
            out.append((agent.country or "?" if agent else "?", c.polarity,
                        claimant.country or "?" if claimant else "outlet"))
    return out


def _cause_sides(analysis: Analysis) -> list[set[str]]:
    """The countries of the two sides of each cause conflict."""
    ents = {e.id: e for e in analysis.entities}
    return [{ents[s.actor].country or "?" if s.actor in ents else "?" for s in c.sides}
            for c in analysis.conflicts if c.kind == "cause"]


@pytest.mark.parametrize(("text", "country"), [
    # the incident set in inside a thing of a country
    ("Two buses burned at the Kasani crossing. Peru's fire service said the fire started in a Bolivian tanker "
     "whose brakes had overheated.", "BOL"),
    # behind a thing of a country
    ("Two buses burned at the Kasani crossing. Bolivia's customs service said the blaze began in the yard behind "
     "the Peruvian customs depot.", "PER"),
    # broke out in
    ("Smoke closed the Kasani crossing for a day. Peru's interior ministry said the fire broke out in a Bolivian "
     "warehouse near the gate.", "BOL"),
])
def test_origin_in_a_thing_of_a_country(analyze: Callable[..., Analysis], text: str, country: str) -> None:
    got = _agents(analyze(text))
    assert any(agent == country and polarity == "asserted" for agent, polarity, _ in got), got


@pytest.mark.parametrize("text", [
    # a thing of no country
    "Two buses burned at the Kasani crossing. Peru's fire service said the fire started in a parked tanker.",
    # a thing of a country, but no incident setting in: the harm
    "Two buses burned at the Kasani crossing. Peru's fire service said the fire destroyed a Bolivian tanker.",
])
def test_no_origin_in_a_thing(analyze: Callable[..., Analysis], text: str) -> None:
    assert _agents(analyze(text)) == []


def test_each_side_places_the_start_in_the_other_s_things(analyze: Callable[..., Analysis]) -> None:
    text = ("Three lorries burned at the Kasani crossing on Friday night. Bolivia's customs service said the fire "
            "started in a Peruvian lorry whose fridge unit had overheated in the queue. Peru's transport ministry "
            "said the fire began in the scrap heap behind the Bolivian customs depot and spread to the lorries.")
    assert {"BOL", "PER"} in _cause_sides(analyze(text))


def test_tapped_line_against_a_worn_joint(analyze: Callable[..., Analysis]) -> None:
    text = ("Some 90,000 litres of petrol leaked from the Oruro pipeline into the Lauca river last month. Bolivia's "
            "energy ministry said the pipeline was tapped and that thieves are to blame. Chile's pipeline operator "
            "said its engineers found a corroded joint, not a drill hole, on the damaged section.")
    assert {"BOL", "CHL"} in _cause_sides(analyze(text))


def test_both_sides_blaming_thieves_agree(analyze: Callable[..., Analysis]) -> None:
    text = ("Some 90,000 litres of petrol leaked from the Oruro pipeline into the Lauca river last month. Bolivia's "
            "energy ministry said the pipeline was tapped. Chile's pipeline operator said thieves are to blame and "
            "that its engineers found a drilled hole on the damaged section.")
    assert _cause_sides(analyze(text)) == []


def test_supply_cut_against_a_failure_inside_the_other_side(analyze: Callable[..., Analysis]) -> None:
    text = ("Homes in the Puno region went without heating for four days after gas pressure fell by a half. "
            "Peru's gas company said Bolivia had cut deliveries through the Desaguadero pipeline and that the "
            "shortage was the direct result. Bolivia's energy ministry said that the pressure drop began inside "
            "Peru, where a pumping station near Ilave had broken down.")
    analysis = analyze(text)
    assert ("BOL", "asserted", "PER") in _agents(analysis)
    assert {"BOL", "PER"} in _cause_sides(analysis)


def test_supply_cut_with_no_link_of_cause_is_no_cause(analyze: Callable[..., Analysis]) -> None:
    text = ("Homes in the Puno region went without heating for four days after a pipeline blast. Peru's gas "
            "company said Bolivia had cut deliveries for two days in March.")
    assert ("BOL", "asserted", "PER") not in _agents(analyze(text))


def test_company_named_with_a_country_joined_to_its_trade(analyze: Callable[..., Analysis]) -> None:
    text = ("A freight train was held at the border for a week. The state carrier Kazakhfreight said on Monday "
            "that the wagons had been sent back for repairs.")
    ents = [e for e in analyze(text).entities if e.name.startswith("Kazakhfreight")]
    assert ents and ents[0].country == "KAZ", ents


def test_a_speaker_carrying_a_thing_from_a_country_places_no_start(analyze: Callable[..., Analysis]) -> None:
    text = ("A storm sank two fishing boats off the coast of Peru on Saturday. A relief agency said it was moving "
            "blankets from Bolivia to the coast, and Peru's navy said the storm had been the worst in years.")
    assert _agents(analyze(text)) == []


def test_a_cause_a_side_considers_is_its_claim(analyze: Callable[..., Analysis]) -> None:
    text = ("A reactor at the Tarapaca plant shut down on Monday night. Peru's energy ministry considers that a "
            "leak in the cooling pipes caused the shutdown. Chile's operator attributes the shutdown to a short "
            "circuit in a transformer.")
    analysis = analyze(text)
    ents = {e.id: e for e in analysis.entities}
    got = [(ents[c.claimant].country if c.claimant in ents else None, c.modality) for c in analysis.claims
           if c.kind == "cause"]
    assert ("PER", "actual") in got, got
    assert {"PER", "CHL"} in _cause_sides(analysis)


def test_a_joint_side_s_cause_answers_neither_party(analyze: Callable[..., Analysis]) -> None:
    text = ("A bus crashed near the Tacna border post on Monday, killing four passengers. Peru's transport ministry "
            "said the crash was caused by a landslide. Chile's police said the bus had Chilean plates. Officials in "
            "both countries said the rescue had gone well because the two fire brigades had trained together under "
            "a regional agreement.")
    assert _cause_sides(analyze(text)) == []
