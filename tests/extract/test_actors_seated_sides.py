"""A side whose country only its own words give keeps its conflicts (issue 14, sides35).

"The government in Tripoli", "the interior ministry in Niamey": a government or ministry that the "in" on its own
noun seats in a capital, country or town is that place's body, before the story's home country is given to bare
bodies; an embassy or envoy "in" a capital stays another country's. Invented sentences with made-up events.
"""

from __future__ import annotations

from collections.abc import Callable

from newsledger import Analysis


def _country(analysis: Analysis, name: str) -> str | None:
    found = [e.country for e in analysis.entities if e.name == name]
    assert found, [(e.name, e.country) for e in analysis.entities]
    return found[0]


def _kinds(analysis: Analysis) -> list[str]:
    return [c.kind for c in analysis.conflicts]


def test_a_government_seated_in_a_capital_answers_the_other_state(analyze: Callable[..., Analysis]) -> None:
    a = analyze("The government in Tripoli said on Monday that Malta had agreed to release the seized trawler. "
                "Malta's transport minister, Paul Camilleri, said Malta had not agreed to release the seized trawler.")
    assert _country(a, "government") == "LBY"
    assert "acceptance" in _kinds(a)


def test_a_ministry_seated_in_a_capital_is_not_the_neighbours(analyze: Callable[..., Analysis]) -> None:
    a = analyze("The interior ministry in Niamey said 9 soldiers were killed in the ambush near the Mali border. "
                "A Malian army spokesman said 30 soldiers were killed in the ambush.")
    assert _country(a, "interior ministry") == "NER"
    assert "quantity" in _kinds(a)


def test_a_ministry_in_a_capital_the_parse_tags_as_an_organisation(analyze: Callable[..., Analysis]) -> None:
    a = analyze("The defence ministry in Vilnius said radar had tracked a drone for six minutes.")
    assert _country(a, "defence ministry") == "LTU"


def test_a_ministry_in_charge_of_something_is_seated_nowhere(analyze: Callable[..., Analysis]) -> None:
    a = analyze("The ministry in charge of fisheries said 12 boats had been seized. Senegal's navy said 30 boats "
                "had been seized.")
    assert _country(a, "ministry") == "SEN"
