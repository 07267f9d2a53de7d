"""A body of a region of a federal or regionalised state speaks for the region's country (issue 14, pairing35).

"The ministry of the state of X", "the regional government of Y", "the Z health department" (Z a region's
demonym), "a Länder authority": each is a state body of the region's country, not of the country the rest of the
story is about, so its claims are set against that other country's. A country's possessive before a name the NER
cut after "and" ("Latvia's Police and Border Guard Service") owns the whole name. Invented sentences with made-up
events.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from newsledger import Analysis
from newsledger.config import load_settings
from newsledger.lexicon import load_lexicon

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/ is not a package
from entity_mentions import country_named


def _kinds(analysis: Analysis) -> list[str]:
    return [c.kind for c in analysis.conflicts]


@pytest.mark.parametrize(("form", "kind", "iso3"), [
    ("Brandenburg", "region", "DEU"), ("Hesse", "region", "DEU"), ("Styria", "region", "AUT"),
    ("Flanders", "region", "BEL"), ("Navarre", "region", "ESP"), ("Oaxaca", "region", "MEX"),
    ("Minas Gerais", "region", "BRA"), ("North Kivu", "region", "COD"), ("Länder", "region", "DEU"),
    ("Bavarian", "demonym", "DEU"), ("Catalan", "demonym", "ESP"), ("Walloon", "demonym", "BEL"),
])
def test_regions_and_their_demonyms_are_their_countrys(form: str, kind: str, iso3: str) -> None:
    place = load_lexicon(load_settings()).actors.place(form)
    assert place is not None and place.kind == kind and place.iso3 == iso3, place


def test_a_ministry_of_a_state_named_after_it_is_that_states_country(analyze: Callable[..., Analysis]) -> None:
    a = analyze("The transport ministry of the state of Hesse told reporters that the cable factory near Kassel had "
                "never dumped solvents into the lake. Luxembourg's water agency reported that the cable factory "
                "dumped solvents into the lake last week.")
    assert country_named(a, "transport ministry") == "DEU"
    assert "existence" in _kinds(a)


def test_a_regional_government_of_a_region_disputes_the_neighbour(analyze: Callable[..., Analysis]) -> None:
    a = analyze("The regional government of Andalusia said the two trawlers were fishing legally. Morocco's "
                "fisheries ministry said the two trawlers were fishing illegally.")
    assert country_named(a, "regional government") == "ESP"
    assert "status" in _kinds(a)


def test_a_region_the_parse_tags_as_an_organisation_still_places_the_body(
        analyze: Callable[..., Analysis]) -> None:
    a = analyze("The health department of the province of Flanders said 14 people had been taken to hospital after "
                "the chlorine leak. The Dutch health ministry said 40 people had been taken to hospital after the "
                "chlorine leak.")
    assert country_named(a, "health department") == "BEL"
    assert "quantity" in _kinds(a)


def test_a_body_named_by_a_regions_demonym_is_that_countrys(analyze: Callable[..., Analysis]) -> None:
    a = analyze("A spokesman for the Tuscan regional council said the permit was valid. Switzerland's transport "
                "office said the permit was invalid.")
    assert country_named(a, "Tuscan regional council") == "ITA"
    assert "status" in _kinds(a)


def test_a_ministry_of_the_storys_own_country_stays_one_side(analyze: Callable[..., Analysis]) -> None:
    # guard: a body "of" a place of the one country the story is about is that country's, and no second side
    a = analyze("The interior ministry of the state of Hesse said the march was lawful. The Hesse state police "
                "said on Monday that the march was lawful.")
    assert country_named(a, "interior ministry") == "DEU"
    assert _kinds(a) == []


# --- a country's possessive over a name the NER cut after "and" ----------------------------------------------------

def test_a_possessive_owns_the_body_joined_after_and(analyze: Callable[..., Analysis]) -> None:
    a = analyze("Latvia's Police and Border Guard Service said on Friday that a Belarusian patrol had crossed the "
                "river. Belarus's State Border Committee said no patrol had crossed the river.")
    # (the name is read whole since stop 36: the NER's cut "Border Guard Service" joins its "Police and")
    assert country_named(a, "Police and Border Guard Service") == "LVA"
    assert "existence" in _kinds(a)


def test_a_body_joined_to_a_name_tagged_apart_takes_no_country(analyze: Callable[..., Analysis]) -> None:
    # guard: "Police and" is an organisation of its own here; the name after "and" is another body's
    a = analyze("Latvia's Police and Frontex said on Friday that a Belarusian patrol had crossed the river. "
                "Belarus's State Border Committee said no patrol had crossed the river.")
    assert country_named(a, "Frontex") is None
