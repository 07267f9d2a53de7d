"""Whose country a speaker, person or body is (issues 14 and 15, stop 38): the classes helper countries38b fixed.

Sentences, places and names are our own (made up, in countries other than the gold articles').
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from newsledger.models import Analysis

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/ is not a package
from entity_mentions import covering as _entity

Analyze = Callable[..., Analysis]


def test_whose_official_is_of_the_state_the_relative_clause_follows(analyze: Analyze) -> None:
    # "Moldova, whose interior minister ...": the minister is Moldova's, not the country named first.
    a = analyze("Latvia summoned the envoy of Moldova, whose interior minister had accused Riga of spying.\n")
    assert _entity(a, "interior minister").country == "MDA"
    b = analyze("Kyrgyzstan protested to Tajikistan, whose defence minister said the troops would stay.\n")
    minister = _entity(b, "defence minister")
    assert minister.country == "TJK"
    assert not minister.name.lower().startswith("whose")


def test_a_ministry_name_cut_before_the_republic_takes_that_state(analyze: Analyze) -> None:
    # The NER ends the ministry at "of" and tags only the country's short name after "the Republic of".
    a = analyze("Our own English rendering, in part, of what was said at the monthly press conference held by the "
                "Ministry of Water Resources of the Republic of Uzbekistan, Tashkent, 4 May 2026.\nSPOKESMAN TIMUR "
                "KARIMOV: Hello to everyone here. Turkmen gas officials sent us their own figures on 3 May.\n")
    ministry = _entity(a, "Ministry of Water Resources")
    assert ministry.country == "UZB"
    assert ministry.name == "Ministry of Water Resources"


def test_a_minister_on_a_visit_is_not_of_the_place_he_visits(analyze: Analyze) -> None:
    # "The visit of <minister> X to <capital> ... In <capital>, the minister said": X only went there.
    a = analyze("The visit of Interior Minister Rodrigo Salas to Lima ended on Friday. In Lima, the interior minister "
                "told reporters that the border posts would stay open. Ecuador's army and Peruvian police will "
                "patrol together.\n")
    assert _entity(a, "Rodrigo Salas").country != "PER"


def test_a_body_named_in_spanish_is_of_the_home_state_and_so_is_its_acronym(analyze: Analyze) -> None:
    # No country word in the name: the story's home state speaks the name's language; not the state named last
    # before "The agency" (a place ending the sentence before is no modifier of it).
    a = analyze("QUITO, May 4 (Reuters) - The Superintendencia Nacional de Puertos said on Tuesday it had held 12 "
                "containers bound for Colombia. The agency said the papers were false.\n")
    assert _entity(a, "Superintendencia Nacional").country == "ECU"
    b = analyze("MONTEVIDEO, April 2 - The Servicio Hidrográfico Nacional warned of floods near the border with "
                "Brazil. The SHN said the river could rise two metres.\n")
    assert _entity(b, "Servicio Hidrográfico").country == "URY"
    assert _entity(b, "SHN").country == "URY"
