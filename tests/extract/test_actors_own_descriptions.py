"""Bodies whose country only their own description gives: an acronym company or utility described by a country's
possessive or demonym, a bare coast guard by the waters its own sentence names.

Invented news text in our own words, with made-up names.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsledger import Analysis


def _country(a: Analysis, name: str) -> str | None:
    found = [e for e in a.entities if e.name == name]
    assert found, [(e.name, e.type, e.country) for e in a.entities]
    return found[0].country


@pytest.mark.parametrize(("text", "name", "iso3"), [
    ("Half of the town sat in the dark until noon, and Kenya's electricity supplier NVLK blamed a faulty cable "
     "upstream.", "NVLK", "KEN"),
    ("The Peruvian water utility SEDAQ said the pipes had burst under the frost, a SEDAQ engineer added.",
     "SEDAQ", "PER"),
    ("KRAVO, Uruguay's gas company, said the leak began on the Brazilian stretch of the pipe, a KRAVO engineer "
     "added.", "KRAVO", "URY"),
])
def test_acronym_takes_the_country_of_its_description(analyze: Callable[..., Analysis], text: str, name: str,
                                                      iso3: str) -> None:
    assert _country(analyze(text), name) == iso3


def test_acronym_without_a_description_stays_uncoded(analyze: Callable[..., Analysis]) -> None:
    a = analyze("NVLK blamed a faulty cable on the Kenyan side of the border, a NVLK engineer said.")
    assert _country(a, "NVLK") is None


@pytest.mark.parametrize(("text", "iso3"), [
    ("The coast guard says the number of Estonian trawlers inside Finnish waters has doubled since May. It says "
     "its aircraft counted 40 boats on Sunday.", "FIN"),
    ("The coast guard said it had found 12 Peruvian boats fishing in the waters of Chile on Friday.", "CHL"),
])
def test_bare_coast_guard_takes_the_country_of_the_waters_it_names(analyze: Callable[..., Analysis], text: str,
                                                                   iso3: str) -> None:
    assert _country(analyze(text), "coast guard") == iso3


@pytest.mark.parametrize("text", [
    "The coast guard rescued two Danish sailors off the coast of Iceland on Monday.",
    "The coast guard said boats had crossed from Estonian waters into Finnish waters overnight.",
])
def test_coast_guard_without_one_country_of_waters_stays_uncoded(analyze: Callable[..., Analysis],
                                                                  text: str) -> None:
    assert _country(analyze(text), "coast guard") is None


@pytest.mark.parametrize("text", [
    "Norway's answer came from the head of its State Water Works delegation, Oskar Vendel. He said the releases "
    "were lawful.",
    "Norway's answer came from the head of its Water Works delegation, Oskar Vendel, on the second day.",
])
def test_body_owned_by_its_takes_the_country_before_the_pronoun(analyze: Callable[..., Analysis], text: str) -> None:
    a = analyze(text)
    assert _country(a, "Oskar Vendel") == "NOR"


def test_its_after_a_person_gives_no_country(analyze: Callable[..., Analysis]) -> None:
    a = analyze("Lena Brandt praised the head of its Water Works delegation, Oskar Vendel, on Tuesday.")
    assert _country(a, "Oskar Vendel") is None


def test_state_abbreviation_names_a_place_only_with_its_stop(analyze: Callable[..., Analysis]) -> None:
    a = analyze("Eleven homes were washed away in Ky Tan district after the dam overflowed on Friday.")
    assert [e.country for e in a.entities if e.name.startswith("Ky")] == [None]
    b = analyze("Police in Macon, Ga., said the bridge would stay closed until Monday.")
    assert [e.country for e in b.entities if e.name == "Ga."] == ["USA"]


def test_head_of_a_countrys_team_takes_its_country(analyze: Callable[..., Analysis]) -> None:
    a = analyze("14:30 Turkey's answer was delivered by the head of its State Forestry Works team, Kerem Yalcin. "
                "He said the felling was lawful.")
    assert _country(a, "Kerem Yalcin") == "TUR"


def test_head_of_an_international_mission_takes_no_country(analyze: Callable[..., Analysis]) -> None:
    a = analyze("Sweden's minister met the head of the UN water mission, Oskar Vendel, who said the cuts were lawful.")
    assert _country(a, "Oskar Vendel") is None
