"""Bodies and places a story names without their country, placed by general knowledge: media outlets, companies,
think tanks and universities (data/actors/organisations.tsv) and large cities (data/actors/countries_extra.tsv).

Invented news text in our own words, with made-up people and stories.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsledger import Analysis


def _coded(a: Analysis) -> list[tuple[str, str, str | None, str | None]]:
    return [(e.name, e.type, e.country, e.sector) for e in a.entities]


@pytest.mark.parametrize(("text", "name", "iso3"), [
    ("Kommersant said the two delegations would meet again in the spring.", "Kommersant", "RUS"),
    ("Le Monde reported that the minister had offered to resign twice.", "Le Monde", "FRA"),
    ("The talks collapsed, Der Spiegel reported, after the envoy walked out.", "Der Spiegel", "DEU"),
    ("According to the Asahi Shimbun, the cabinet will approve the plan next week.", "Asahi Shimbun", "JPN"),
    ("Globo showed footage of the flooded avenue late on Sunday.", "Globo", "BRA"),
    ("Haaretz published the draft on its website before dawn.", "Haaretz", "ISR"),
    ("The Hindustan Times said the border post had been closed since May.", "Hindustan Times", "IND"),
    ("The Washington Post said three senators had read the memo.", "Washington Post", "USA"),
    ("In an interview with La Stampa, the mayor defended the new tax.", "La Stampa", "ITA"),
    ("Press TV accused the neighbouring navy of seizing a fishing boat.", "Press TV", "IRN"),
])
def test_media_outlet_is_coded_with_its_country(analyze: Callable[..., Analysis], text: str, name: str,
                                                iso3: str) -> None:
    a = analyze(text)
    found = [e for e in a.entities if e.name == name]
    assert found and found[0].country == iso3 and found[0].sector == "MED", _coded(a)


@pytest.mark.parametrize(("text", "name", "iso3"), [
    ("Sberbank froze the accounts of two trading firms on Tuesday.", "Sberbank", "RUS"),
    ("Infosys said it would hire five thousand engineers in the coming year.", "Infosys", "IND"),
    ("Petronas signed a supply deal with a refinery on the coast of Ruritania.", "Petronas", "MYS"),
    ("Safaricom suspended its mobile payments in the border region of Ruritania.", "Safaricom", "KEN"),
    ("Verizon said the outage had affected customers in eleven states.", "Verizon", "USA"),
])
def test_company_is_coded_with_its_seat(analyze: Callable[..., Analysis], text: str, name: str, iso3: str) -> None:
    a = analyze(text)
    found = [e for e in a.entities if e.name == name]
    assert found and found[0].country == iso3 and found[0].sector == "BUS", _coded(a)


@pytest.mark.parametrize(("text", "name", "iso3", "sector"), [
    ("Analysts at the Brookings Institution said the sanctions would not bite for a year.", "Brookings Institution",
     "USA", "NGO"),
    ("A study by Chatham House found that the pipeline had lost money since it opened.", "Chatham House", "GBR",
     "NGO"),
    ("Researchers at Tsinghua University said the new reactor design was safer.", "Tsinghua University", "CHN",
     "EDU"),
    ("A survey by the Lowy Institute found that most voters backed the treaty.", "Lowy Institute", "AUS", "NGO"),
])
def test_think_tank_and_university_are_coded(analyze: Callable[..., Analysis], text: str, name: str, iso3: str,
                                             sector: str) -> None:
    a = analyze(text)
    found = [e for e in a.entities if e.name == name]
    assert found and found[0].country == iso3 and found[0].sector == sector, _coded(a)


@pytest.mark.parametrize(("text", "name", "iso3"), [
    ("Thousands marched through Chicago on Saturday against the new levy.", "Chicago", "USA"),
    ("The flight from Chengdu landed safely after a two-hour delay.", "Chengdu", "CHN"),
    ("Police in Bangalore arrested four men over the riot.", "Bangalore", "IND"),
    ("Floods cut the road between Belo Horizonte and the coast.", "Belo Horizonte", "BRA"),
    ("The summit will be held in Yekaterinburg next month.", "Yekaterinburg", "RUS"),
])
def test_large_city_is_placed_in_its_country(analyze: Callable[..., Analysis], text: str, name: str,
                                             iso3: str) -> None:
    a = analyze(text)
    found = [e for e in a.entities if e.name == name]
    assert found and found[0].country == iso3, _coded(a)


def test_wire_agencies_keep_no_country(analyze: Callable[..., Analysis]) -> None:
    a = analyze("Reuters said the minister had resigned, citing two aides.")
    found = [e for e in a.entities if e.name == "Reuters"]
    assert found and found[0].country is None, _coded(a)


def test_outlet_names_that_are_words_need_the_ner(analyze: Callable[..., Analysis]) -> None:
    a = analyze("Economist Tomas Rell said the currency would fall further.")
    assert not any(e.sector == "MED" for e in a.entities), _coded(a)


def test_executive_takes_the_country_of_the_company(analyze: Callable[..., Analysis]) -> None:
    a = analyze("Infosys chief executive Marten Solvik told reporters the contract had been cancelled.")
    found = [e for e in a.entities if e.name == "Marten Solvik"]
    assert found and found[0].country == "IND", _coded(a)


def test_trip_to_a_city_at_home_is_no_visit(analyze: Callable[..., Analysis]) -> None:
    a = analyze("When U.S. Senator Ruth Calder flew to Pittsburgh for a rally in March, she spoke to farmers there.")
    visits = [v for v in a.events if v.mode == "visit"]
    assert not visits, [(v.type, v.source, v.target, v.evidence.text) for v in a.events]


def test_company_tagged_once_and_missed_once_is_one_actor(analyze: Callable[..., Analysis]) -> None:
    a = analyze("Investigators at Mandiant traced the intrusion to a server abroad. \"We have seen this before,\" "
                "Mandiant analyst Oren Valdis told the committee.")
    found = [e for e in a.entities if e.name == "Mandiant"]
    assert len(found) == 1 and found[0].country == "USA", _coded(a)
