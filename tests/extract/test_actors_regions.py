"""Regions and large cities coded with their country (data/actors/countries_extra.tsv, kind ``region``), and
place names looked up whatever their hyphens (lexicon/actors.py).

Invented news text in our own words, with made-up names.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsledger import Analysis, Entity
from newsledger.config import load_settings
from newsledger.lexicon import load_lexicon


def _speaker(analysis: Analysis, words: str) -> Entity | None:
    """The speaker of the shortest statement whose content holds ``words``."""
    hits = sorted((len(s.content.text), s.speaker) for s in analysis.statements if words in s.content.text)
    assert hits, (words, [s.content.text for s in analysis.statements])
    by_id = {e.id: e for e in analysis.entities}
    return by_id.get(hits[0][1]) if hits[0][1] else None


def _entities(analysis: Analysis) -> list[tuple[str, str, str | None]]:
    return [(e.name, e.type, e.country) for e in analysis.entities]


@pytest.mark.parametrize(("form", "iso3"), [
    ("Lower Saxony", "DEU"), ("Baden-Württemberg", "DEU"), ("Queensland", "AUS"), ("New South Wales", "AUS"),
    ("Catalonia", "ESP"), ("Sicily", "ITA"), ("Edinburgh", "GBR"), ("Marseille", "FRA"),
])
def test_region_is_its_country(form: str, iso3: str) -> None:
    place = load_lexicon(load_settings()).actors.place(form)
    assert place is not None and place.kind == "region" and place.iso3 == iso3, place


@pytest.mark.parametrize("form", ["Schleswig Holstein", "Saxony Anhalt", "Baden Württemberg",
                                  "Mecklenburg Western Pomerania", "Rhineland Palatinate"])
def test_place_found_whatever_its_hyphens(form: str) -> None:
    place = load_lexicon(load_settings()).actors.place(form)
    assert place is not None and place.iso3 == "DEU", place



def test_region_that_speaks_gives_its_country(analyze: Callable[..., Analysis]) -> None:
    a = analyze("Thuringia said on Monday that it would close three border crossings until the storm had passed.")
    found = _speaker(a, "would close three border crossings")
    assert found is not None and found.country == "DEU", _entities(a)
