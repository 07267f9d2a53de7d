"""Places the NER misses as sides, and bodies placed by a word pointing back to a place (actors/gazetteer.py; the
located body of actors/codes.py and the paired body word after a possessive of actors/refs.py).

Invented news text in our own words, with made-up names and places.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsledger import Analysis, Entity


def _speaker(analysis: Analysis, words: str) -> Entity | None:
    """The speaker of the shortest statement whose content holds ``words``."""
    hits = sorted((len(s.content.text), s.speaker) for s in analysis.statements if words in s.content.text)
    assert hits, (words, [s.content.text for s in analysis.statements])
    by_id = {e.id: e for e in analysis.entities}
    return by_id.get(hits[0][1]) if hits[0][1] else None


def _entities(analysis: Analysis) -> list[tuple[str, str, str | None, list[str]]]:
    return [(e.name, e.type, e.country, [m.text for m in e.mentions]) for e in analysis.entities]


# --- a capital the NER did not tag, used as an actor ------------------------------------------------------------


def test_untagged_capital_that_insists_is_its_country(analyze: Callable[..., Analysis]) -> None:
    a = analyze("Gabon protested after one of its trawlers was boarded near the islands. Malabo insisted that its "
                "navy had acted inside its own waters.")
    found = _speaker(a, "had acted inside its own waters")
    assert found is not None and found.country == "GNQ", _entities(a)


def test_capital_that_is_a_common_word_stays_a_word(analyze: Callable[..., Analysis]) -> None:
    a = analyze("Male nurses said on Friday that the new rota left the ward short of staff at night.")
    assert not any(e.country == "MDV" for e in a.entities), _entities(a)


# --- "there", "in that country": the last place named ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "country"),
    [
        ("Ghana and Togo both claim the fishing grounds. Ghana said on Friday that a Togolese patrol boat had "
         "fired on its trawlers. Togo rejected the claim. A spokesman for the navy there said the boat had fired "
         "no shot.", "the boat had fired no shot", "TGO"),
        ("Kenya said on Monday that Somali militiamen had crossed near the wells. Somalia called the report "
         "false. The government there says its forces hold the whole bank.", "its forces hold the whole bank",
         "SOM"),
        ("Peru accused Bolivia of holding up lorries at the border. Bolivia denied the charge. Officials in "
         "that country said the lorries lacked permits.", "the lorries lacked permits", "BOL"),
    ],
)
def test_body_placed_by_there_takes_the_last_place(analyze: Callable[..., Analysis], text: str, words: str,
                                                   country: str) -> None:
    a = analyze(text)
    found = _speaker(a, words)
    assert found is not None and found.country == country, _entities(a)


# --- a body located in a place, or owned by one, is the speaker, not the place ----------------------------------


def test_body_of_a_field_located_in_a_country_speaks(analyze: Callable[..., Analysis]) -> None:
    a = analyze("The ferry sank on Sunday evening. The chamber of commerce in Bolivia says 40 traders were on "
                "board.")
    found = _speaker(a, "40 traders were on board")
    assert found is not None and found.name == "chamber of commerce", _entities(a)


def test_town_typed_an_organisation_is_its_dateline_place(analyze: Callable[..., Analysis]) -> None:
    a = analyze("TARIJA, Bolivia - Trade has picked up since the road reopened. The chamber of commerce in Tarija "
                "says about 900 lorries now cross every week.")
    found = _speaker(a, "about 900 lorries now cross")
    assert found is not None and found.name == "chamber of commerce", _entities(a)


def test_two_word_body_after_a_possessive_speaks(analyze: Callable[..., Analysis]) -> None:
    a = analyze("The storm hit the coast overnight. Across the gulf, Dubai's civil defence says it has pulled 14 "
                "people from cars.")
    found = _speaker(a, "pulled 14 people from cars")
    assert found is not None and found.name != "Dubai" and found.country == "ARE", _entities(a)


def test_state_body_in_a_scene_set_by_a_capital_is_that_capitals(analyze: Callable[..., Analysis]) -> None:
    a = analyze("Costa Rica says the river has shifted its bed. In Managua, the government says the border line "
                "has not moved an inch.")
    found = _speaker(a, "has not moved an inch")
    assert found is not None and found.country == "NIC", _entities(a)
