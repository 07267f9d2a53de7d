"""A side whose country only its own words give keeps its conflicts (issue 14, sides35).

"The government in Tripoli", "the interior ministry in Niamey": a government or ministry that the "in" on its own
noun seats in a capital, country or town is that place's body, before the story's home country is given to bare
bodies; an embassy or envoy "in" a capital stays another country's. Invented sentences with made-up events.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from newsledger import Analysis

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/ is not a package
from entity_mentions import country_named


def _kinds(analysis: Analysis) -> list[str]:
    return [c.kind for c in analysis.conflicts]


def test_a_government_seated_in_a_capital_answers_the_other_state(analyze: Callable[..., Analysis]) -> None:
    a = analyze("The government in Tripoli said on Monday that Malta had agreed to release the seized trawler. "
                "Malta's transport minister, Paul Camilleri, said Malta had not agreed to release the seized trawler.")
    assert country_named(a, "government") == "LBY"
    assert "acceptance" in _kinds(a)


def test_a_ministry_seated_in_a_capital_is_not_the_neighbours(analyze: Callable[..., Analysis]) -> None:
    a = analyze("The interior ministry in Niamey said 9 soldiers were killed in the ambush near the Mali border. "
                "A Malian army spokesman said 30 soldiers were killed in the ambush.")
    assert country_named(a, "interior ministry") == "NER"
    assert "quantity" in _kinds(a)


def test_a_ministry_in_a_capital_the_parse_tags_as_an_organisation(analyze: Callable[..., Analysis]) -> None:
    a = analyze("The defence ministry in Vilnius said radar had tracked a drone for six minutes.")
    assert country_named(a, "defence ministry") == "LTU"


def test_a_ministry_in_charge_of_something_is_seated_nowhere(analyze: Callable[..., Analysis]) -> None:
    a = analyze("The ministry in charge of fisheries said 12 boats had been seized. Senegal's navy said 30 boats "
                "had been seized.")
    assert country_named(a, "ministry") == "SEN"


def test_a_letterhead_names_the_country_after_its_dash(analyze: Callable[..., Analysis]) -> None:
    a = analyze("MINISTRY OF WATER AND ENERGY - REPUBLIC OF ZAMBIA\n"
                "Press statement No. 12/2026, Lusaka, 3 March 2026\n"
                "1. The Ministry rejects the toll of 40 dead that the Zimbabwean authorities gave for the flood "
                "below the dam. Fewer than 10 people died, the Ministry's engineers found.\n"
                "Press contact: Communication Unit, Ministry of Water and Energy, Lusaka.\n")
    coded = {e.name: e.country for e in a.entities if e.name.lower().startswith("ministry of water")}
    assert coded and set(coded.values()) == {"ZMB"}, coded


def test_a_dash_in_a_later_line_gives_no_letterhead(analyze: Callable[..., Analysis]) -> None:
    a = analyze("Flood update\nIssued on Monday\nThe Ministry of Water said the river rose two metres - Zambia "
                "and Malawi both sent boats.")
    assert all(e.country is None for e in a.entities if e.name.lower().startswith("ministry of water")), \
        [(e.name, e.country) for e in a.entities]


def test_the_head_of_a_bodys_delegation_is_of_the_bodys_country(analyze: Callable[..., Analysis]) -> None:
    a = analyze("Ghana's reply came from the head of its Volta River Authority delegation, Kofi Mensah. He said the "
                "turbines had run normally all week.")
    assert country_named(a, "Kofi Mensah") == "GHA"


def test_the_governor_of_a_region_is_of_the_regions_country(analyze: Callable[..., Analysis]) -> None:
    a = analyze("The governor of Peru's Loreto region, Carlos Mendoza Ruiz, said that no more than 300 families had "
                "fled. Ecuador's interior ministry said that 2,000 families had fled.")
    assert country_named(a, "Carlos Mendoza Ruiz") == "PER"


def test_the_governor_of_a_bank_takes_no_country_from_it(analyze: Callable[..., Analysis]) -> None:
    a = analyze("The governor of the central bank, Ana Ruiz, said inflation had slowed.")
    assert country_named(a, "Ana Ruiz") is None


def test_a_national_body_seated_in_a_capital_and_its_director(analyze: Callable[..., Analysis]) -> None:
    a = analyze("The National Crisis Centre in Vilnius said 30 balloons had crossed. Its director, Tomas Kazlauskas, "
                "called it a hybrid attack.")
    assert country_named(a, "National Crisis Centre") == "LTU"
    assert country_named(a, "Tomas Kazlauskas") == "LTU"


def test_a_paragraph_opened_by_a_capitals_denial_places_its_spokesman(analyze: Callable[..., Analysis]) -> None:
    a = analyze("Laos says bulldozers from across the border cut a dirt road into a pasture near Phongsaly in June.\n"
                "Hanoi denies this. At a regular briefing, a foreign ministry spokesman said no machine had gone near "
                "the pasture.")
    assert country_named(a, "foreign ministry spokesman") == "VNM"


def test_a_denial_naming_two_countries_places_nobody(analyze: Callable[..., Analysis]) -> None:
    a = analyze("Laos says bulldozers from across the border cut a dirt road into a pasture near Phongsaly in June.\n"
                "Hanoi and Bangkok both deny this. A foreign ministry spokesman said no machine had gone near the "
                "pasture.")
    assert country_named(a, "foreign ministry spokesman") != "VNM"
