"""Large companies named without their country, coded with the country of their seat and the business sector
(data/actors/institutions.tsv), the way the CAMEO dictionaries code a firm (USABUS).

Invented news text in our own words, with made-up names.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsledger import Analysis


@pytest.mark.parametrize(("text", "name", "iso3"), [
    ("Volkswagen said on Monday it would close two plants in Ruritania next year.", "Volkswagen", "DEU"),
    ("Gazprom cut its deliveries to the Ruritanian grid after a dispute over unpaid bills.", "Gazprom", "RUS"),
    ("The Ruritanian carrier ordered 20 jets from Embraer, its biggest order in a decade.", "Embraer", "BRA"),
    ("Lufthansa cancelled three hundred flights as pilots struck for a second day.", "Lufthansa", "DEU"),
    ("Hyundai agreed to build a battery plant outside the Ruritanian capital.", "Hyundai", "KOR"),
])
def test_company_is_coded_with_its_seat(analyze: Callable[..., Analysis], text: str, name: str, iso3: str) -> None:
    a = analyze(text)
    found = [e for e in a.entities if e.name == name]
    assert found and found[0].country == iso3 and found[0].sector == "BUS", [
        (e.name, e.type, e.country, e.sector) for e in a.entities]


def test_company_the_ner_misses_each_time_is_one_actor(analyze: Callable[..., Analysis]) -> None:
    a = analyze("Unions welcomed the decision to keep Geely. Geely workers in three towns had feared for their jobs, "
                "and Geely dealers had warned of lost sales.")
    found = [e for e in a.entities if e.name == "Geely"]
    assert len(found) == 1 and found[0].country == "CHN", [(e.name, e.type, e.country) for e in a.entities]


def test_airline_named_again_without_its_trade_word_is_one(analyze: Callable[..., Analysis]) -> None:
    a = analyze("Blue Heron Airlines ordered twelve new jets on Monday. Blue Heron said the planes would fly its "
                "longest routes from next year.")
    found = [e for e in a.entities if e.name.startswith("Blue Heron")]
    assert len(found) == 1 and found[0].sector == "BUS", [(e.name, e.type, e.sector) for e in a.entities]
