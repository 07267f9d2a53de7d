"""People's and towns' countries from the words right on their names (stop 35, helper actors35).

A demonym on the noun that names a person ("British cyclist X", "X, a Peruvian novelist", "Assistant U.S.
Attorney X", "X, a retired Belgian general"), a court title ("U.S. District Judge X"), a town written with its
region or country ("Dayton, Ohio") or named by a demonym's settlement noun ("the Kazakh city of X"). A country
that is a brief ("a Syria analyst", "an adviser on Syria") or a place elsewhere in the clause gives nothing.

Invented news text in our own words, with made-up names.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsledger import Analysis, Entity


def _entity(analysis: Analysis, name: str) -> Entity:
    found = [e for e in analysis.entities if e.name == name or any(m.text == name for m in e.mentions)]
    assert found, [(e.name, e.type, e.country) for e in analysis.entities]
    return found[0]


@pytest.mark.parametrize(("text", "name", "iso3"), [
    ("Congratulations went to British cyclist Tom Pardew after his third win in the mountains.", "Tom Pardew",
     "GBR"),
    ("Mira Kovacs, a Peruvian novelist, won the prize on Friday for her fourth book.", "Mira Kovacs", "PER"),
    ("The vote is a blow for the government, said Karel Novy, a retired Belgian general who now teaches in Ghent.",
     "Karel Novy", "BEL"),
    ("U.S. District Judge Helen R. Marsh imposed a 30-month sentence on Tuesday for the bank fraud.",
     "Helen R. Marsh", "USA"),
    ("A longer term \"would deter others,\" Assistant U.S. Attorney Paul K. Reeve wrote in the filing.",
     "Paul K. Reeve", "USA"),
])
def test_demonym_on_the_persons_own_noun(analyze: Callable[..., Analysis], text: str, name: str,
                                         iso3: str) -> None:
    assert _entity(analyze(text), name).country == iso3


@pytest.mark.parametrize(("text", "name"), [
    ("\"The talks are stuck,\" said Oren Blaut, a Syria analyst who lives in Amman.", "Oren Blaut"),
    ("The deal was praised by Kenji Morota, a lawyer for a Peruvian mining company, on Friday.", "Kenji Morota"),
    ("\"It will fail,\" said Dana Lowe, an adviser on Syria to the cabinet.", "Dana Lowe"),
    ("The rally in Narva was led by Pavel Surkin, an ethnic Russian activist who was born in the town.",
     "Pavel Surkin"),
])
def test_a_brief_or_another_bodys_demonym_is_no_nationality(analyze: Callable[..., Analysis], text: str,
                                                           name: str) -> None:
    assert _entity(analyze(text), name).country is None


@pytest.mark.parametrize(("text", "name", "iso3"), [
    ("The meeting was held in Dayton, Ohio, where the senator spoke on Tuesday.", "Dayton", "USA"),
    ("The festival moved from Bogor, Indonesia, to a new site near the coast.", "Bogor", "IDN"),
    ("Supplies come from the closest Kazakh city, Taraz, which lies two hours south by train.", "Taraz", "KAZ"),
])
def test_town_placed_by_its_region_or_a_demonym(analyze: Callable[..., Analysis], text: str, name: str,
                                                iso3: str) -> None:
    assert _entity(analyze(text), name).country == iso3


def test_town_in_a_list_is_not_placed_by_the_next_item(analyze: Callable[..., Analysis]) -> None:
    a = analyze("Flights from Dayton, Ohio and Toledo were cancelled after the storm on Sunday.")
    assert _entity(a, "Dayton").country is None


@pytest.mark.parametrize(("text", "name", "iso3"), [
    ("The Halvorsen Museum in Oslo issued a report this month on the looted paintings.", "Halvorsen Museum", "NOR"),
    ("\"We will appeal,\" said the rector of the Lindqvist Institute in Stockholm on Monday.", "Lindqvist Institute",
     "SWE"),
    ("The order went to Brindle Motors, headquartered in Milan, which makes buses for the north.", "Brindle Motors",
     "ITA"),
    ("The Oslo-based Vantor Group said its profits fell by a third in the spring.", "Vantor Group", "NOR"),
    ("Kestrel Air ordered ten jets on Monday. Kestrel Air is based in Finland and flies to the Baltic.",
     "Kestrel Air", "FIN"),
])
def test_institution_seated_where_its_name_is_written(analyze: Callable[..., Analysis], text: str, name: str,
                                                      iso3: str) -> None:
    assert _entity(analyze(text), name).country == iso3


def test_company_in_a_city_is_not_seated_there(analyze: Callable[..., Analysis]) -> None:
    a = analyze("Traders at Brindle Capital in Oslo sold the bonds on Monday.")
    assert _entity(a, "Brindle Capital").country is None


def test_person_works_at_the_institution_of_the_apposition(analyze: Callable[..., Analysis]) -> None:
    a = analyze("China has used soft power in the region, said Nadia Orlova, an international relations expert at "
                "Kestrel University in Tallinn.")
    person = _entity(a, "Nadia Orlova")
    assert person.country == "EST" and person.affiliation == _entity(a, "Kestrel University").id
