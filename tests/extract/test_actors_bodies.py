"""A person whose title names a body by its head noun only ("army spokesman", "commission chair") speaks for
the body of that kind the story named before, and takes its country; none when those bodies belong to
different countries. Sentences written for these tests (no dev or seed article)."""

from __future__ import annotations

from typing import Any

import pytest

from newsledger.config import load_settings
from newsledger.extract.actors import actors
from newsledger.extract.actors.entities import entities
from newsledger.lexicon import load_lexicon
from newsledger.models import Entity

LEXICON = load_lexicon(load_settings())


def _analyse(nlp: Any, text: str) -> dict[str, Entity]:
    doc = nlp(text)
    return {e.id: e for e in actors(doc, entities(doc, LEXICON), LEXICON)}


def _person(ents: dict[str, Entity], name: str) -> Entity:
    found = [e for e in ents.values() if e.name == name]
    assert found, f"no entity {name!r}: {[e.name for e in ents.values()]}"
    return found[0]


CASES = [
    ("The Kenyan army said it had repelled an attack near the border town. "
     '"Our positions held through the night," army spokesman Colonel Daniel Otieno told reporters.',
     "Daniel Otieno", "KEN", "army"),
    ("Peru's energy ministry announced new fuel prices on Tuesday. "
     "Ministry spokeswoman Lucia Paredes said the prices would hold until June.",
     "Lucia Paredes", "PER", "ministry"),
    ("Malawi's electoral commission published the final results on Sunday. "
     "Commission chair Esther Banda said the count had been clean.",
     "Esther Banda", "MWI", "commission"),
    ("The Kenyan army said it had repelled an attack near the border town. On Saturday, army spokesman "
     "Colonel Daniel Otieno told reporters the positions held.", "Daniel Otieno", "KEN", "army"),
    ("The Ghanaian Air Force flew food to the flooded north. "
     "Air force spokesman Air Commodore Kwame Boateng said twelve flights had landed.",
     "Kwame Boateng", "GHA", "Air Force"),
]


@pytest.mark.parametrize(("text", "name", "country", "body"), CASES, ids=[c[1] for c in CASES])
def test_bare_body_title_takes_the_body_named_before(nlp: Any, text: str, name: str, country: str,
                                                     body: str) -> None:
    ents = _analyse(nlp, text)
    person = _person(ents, name)
    assert person.country == country, person
    assert person.affiliation is not None and body in ents[person.affiliation].name, (person, ents)


@pytest.mark.parametrize("second", [
    "Army spokesman Colonel Alex Moran said the talks would resume next week.",
    "On Saturday, army spokesman Colonel Alex Moran said the talks would resume.",
])
def test_bodies_of_two_countries_leave_the_title_unresolved(nlp: Any, second: str) -> None:
    text = "The Indian army and the Chinese army both moved troops into the valley on Friday. " + second
    ents = _analyse(nlp, text)
    person = _person(ents, "Alex Moran")
    assert person.country is None, person
    assert person.affiliation is None or ents[person.affiliation].country is None, (person, ents)


def test_a_bare_body_title_with_no_body_before_it_stays_uncoded(nlp: Any) -> None:
    text = "Ministry spokeswoman Lucia Paredes said the prices would hold until June."
    person = _person(_analyse(nlp, text), "Lucia Paredes")
    assert person.country is None and person.affiliation is None, person


def test_a_capitalised_article_starts_no_place_name(nlp: Any) -> None:
    ents = _analyse(nlp, "The Kenyan Navy seized a fishing boat off Lamu.")
    assert _person(ents, "Kenyan Navy").country == "KEN", ents


def test_air_force_ranks_are_titles_not_names(nlp: Any) -> None:
    text = "Air Commodore Kwame Boateng said twelve flights had landed in Tamale."
    ents = _analyse(nlp, text)
    person = _person(ents, "Kwame Boateng")
    assert person.sector == "MIL" and any(r.lower() == "air commodore" for r in person.roles), person


@pytest.mark.parametrize(("text", "first", "later"), [
    ("Mali's transitional council approved the new charter on Monday. The transitional national council "
     "said the vote had been unanimous.", "Mali's transitional council", "The transitional national council"),
    ("The Sahel Relief Alliance opened two camps near the river. The relief alliance said food would last a "
     "week.", "Sahel Relief Alliance", "The relief alliance"),
])
def test_a_longer_or_shorter_form_of_a_body_is_the_same_body(nlp: Any, text: str, first: str, later: str) -> None:
    ents = _analyse(nlp, text)
    owner = [e for e in ents.values() if any(m.text == first for m in e.mentions)]
    assert owner and any(m.text == later for m in owner[0].mentions), ents


def test_a_body_with_other_words_is_another_body(nlp: Any) -> None:
    text = "Peru's interior ministry said the road was open. The foreign ministry said it was closed."
    ents = _analyse(nlp, text)
    interior = [e for e in ents.values() if any(m.text == "Peru's interior ministry" for m in e.mentions)]
    assert interior and all(m.text != "The foreign ministry" for m in interior[0].mentions), ents


def test_a_title_with_its_own_country_does_not_take_another_countrys_body(nlp: Any) -> None:
    ents = _analyse(nlp, "Peru's foreign ministry welcomed the talks on Monday. "
                         "Chile's foreign ministry spokeswoman Marta Rojas said no deal had been reached.")
    rojas = _person(ents, "Marta Rojas")
    assert rojas.country == "CHL"
    assert rojas.affiliation is None or ents[rojas.affiliation].country == "CHL"
