"""Actors' countries from the words news style writes around a name: the country word of the noun that describes a
company, a state the NER left untagged after a lawmaker's name, the office holder a press secretary speaks for, the
leader a government is named after, and the one country of the story for a party named without one.

Invented news text in our own words, with made-up names.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from newsledger import Analysis, Entity
from newsledger.config import load_settings
from newsledger.extract.actors import actors
from newsledger.extract.actors.entities import entities
from newsledger.lexicon import load_lexicon

LEXICON = load_lexicon(load_settings())


def _named(analysis: Analysis | tuple[Entity, ...], name: str) -> Entity:
    ents = analysis.entities if isinstance(analysis, Analysis) else analysis
    found = [e for e in ents if e.name == name]
    assert found, [(e.name, e.country) for e in ents]
    return found[0]


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Halden Motor Company, the Norwegian truck maker, will pay $40 million for the site.",
         "Halden Motor Company", "NOR"),
        ("Shares in Norwegian shipper Vestfrakt fell on Sunday.", "Vestfrakt", "NOR"),
        ('Turkish President Recep Tayyip Erdogan spoke on Monday. "This is nonsense," said Levent Aksu, press secretary'
         " for Erdogan.", "Levent Aksu", "TUR"),
        ("Chilean President Gabriel Soto spoke on Monday. The Soto administration later accused Peru of meddling.",
         "Soto administration", "CHL"),
        # a country's demonym after a word that opens a state body's name
        ("The frigate sailed with the Royal Thai Navy and the Royal Malaysian Air Force on Monday.",
         "Royal Thai Navy", "THA"),
        # a state's abbreviation in an organisation's name is no place of it; the possessive before it says whose
        ("Leeds , UK 's VT Marine will supply the hulls , and Brest , France 's Naval Works the engines .",
         "VT Marine", "GBR"),
        # a party named without a country in a story of one country
        ("Members of the Kenyan Senate met on Monday. Two senators of the Green Unity Party walked out.",
         "Green Unity Party", "KEN"),
    ],
)
def test_country_from_the_words_around_the_name(analyze: Callable[..., Analysis], text: str, name: str,
                                                country: str) -> None:
    assert _named(analyze(text), name).country == country


def test_a_company_in_a_country_is_not_of_it(analyze: Callable[..., Analysis]) -> None:
    # a place after a preposition says where the company works, not whose it is
    a = analyze("Talks with Orvex, a company in Chile, failed on Monday.")
    assert _named(a, "Orvex").country is None


def test_a_party_in_a_story_of_two_countries_keeps_no_country(analyze: Callable[..., Analysis]) -> None:
    a = analyze("WASHINGTON - The Progressive Farmers Party met in Ottawa with Canadian officials.")
    assert _named(a, "Progressive Farmers Party").country is None


def test_a_lawyer_for_a_president_keeps_no_country(analyze: Callable[..., Analysis]) -> None:
    a = analyze('Turkish President Recep Tayyip Erdogan spoke on Monday. "This is nonsense," said Levent Aksu, a lawyer'
                " for Erdogan.")
    assert _named(a, "Levent Aksu").country is None


def test_a_state_the_ner_left_untagged_after_a_lawmakers_name(nlp: Any) -> None:
    doc = nlp("Rep. Carl B. Whitby of California urged the agency to act on Tuesday.")
    doc.ents = [e for e in doc.ents if e.label_ != "GPE"]  # the NER tags the state in one story, not in another
    assert _named(actors(doc, entities(doc, LEXICON), LEXICON), "Carl B. Whitby").country == "USA"
