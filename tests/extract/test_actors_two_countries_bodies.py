"""Sides given the wrong country or merged wrongly (issue 14, sides35b).

- A region whose name holds another country's name ("West Azerbaijan" in Iran, "Central Macedonia" in Greece,
  "Luxembourg Province" in Belgium) is its own country's: the region's entry in countries_extra.tsv wins over the
  country inside its name.
- "The water ministry in Baghdad" after "Jordan's water ministry" is another body: a state body of one kind that
  the "in" on its own noun seats in another country's place does not refer back to the first.

Invented news text in our own words, with made-up events.
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
from statement_speakers import speaker_country as _speaker_country


@pytest.mark.parametrize(("form", "iso3"), [
    ("West Azerbaijan", "IRN"), ("East Azarbaijan", "IRN"), ("Central Macedonia", "GRC"),
    ("Western Macedonia", "GRC"), ("Luxembourg Province", "BEL"), ("province of Luxembourg", "BEL"),
])
def test_region_named_after_another_country_is_its_own_countrys(form: str, iso3: str) -> None:
    place = load_lexicon(load_settings()).actors.place(form)
    assert place is not None and place.kind == "region" and place.iso3 == iso3, place


def test_governor_of_a_province_named_after_a_neighbour(analyze: Callable[..., Analysis]) -> None:
    a = analyze("The governor of West Azerbaijan province said on Tuesday that the floods had drowned 14 sheep "
                "near the lake.")
    assert _speaker_country(a, "the floods had drowned 14 sheep") == "IRN"


def test_a_province_sharing_a_countrys_name(analyze: Callable[..., Analysis]) -> None:
    a = analyze("The governor of Luxembourg province said the swollen river had cut the road to Arlon.")
    assert _speaker_country(a, "the swollen river had cut the road") == "BEL"


def test_same_kind_of_ministry_seated_in_another_capital_is_another_body(
        analyze: Callable[..., Analysis]) -> None:
    a = analyze("Jordan's water ministry said on Monday that the dam had released twelve million cubic metres. "
                "The water ministry in Baghdad said no water had been released at all.")
    assert _speaker_country(a, "the dam had released twelve million") == "JOR"
    assert _speaker_country(a, "no water had been released at all") == "IRQ"


def test_ministry_seated_in_its_own_capital_still_refers_back(analyze: Callable[..., Analysis]) -> None:
    a = analyze("Kenya's health ministry said forty people had died of cholera at the camp. "
                "The health ministry in Nairobi later said the outbreak had been contained.")
    assert _speaker_country(a, "the outbreak had been contained") == "KEN"
    assert len([e for e in a.entities if e.name.endswith("health ministry")]) == 1


def test_body_named_in_full_then_without_its_of_phrase(analyze: Callable[..., Analysis]) -> None:
    a = analyze("The Joint Chiefs of Staff said on Monday that two drones had been shot down over the gulf. "
                "A spokesman for the Joint Chiefs said the drones were unarmed.")
    assert [e.name for e in a.entities if e.name == "Joint Chiefs"] == [], [e.name for e in a.entities]


def test_body_of_a_country_keeps_apart_from_the_short_form(analyze: Callable[..., Analysis]) -> None:
    a = analyze("The Central Bank of Nigeria said inflation had slowed to 19 percent. Ghana's Central Bank "
                "said its own rate would stay at 27 percent.")
    assert _speaker_country(a, "its own rate would stay") == "GHA"
