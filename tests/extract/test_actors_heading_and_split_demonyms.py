"""Countries of bodies the NER cut from the words that place them (stop 39, helper sides39b).

- A release's heading in capitals names its issuer with its country ("MINISTRY OF WATER OF <COUNTRY>"): a
  function word in capitals ("OF") is no part of a longer name, so the country in the heading is read and the
  issuer keeps it, whatever side a later paragraph answers for.
- A state group named by a demonym the NER took for a place of its own ("<Demonym> police seized ..."): the
  demonym right before the group's noun gives the group its country.

Invented news text in our own words, with made-up names.
"""

from __future__ import annotations

from collections.abc import Callable

from newsledger import Analysis, Entity


def _entity(analysis: Analysis, name: str) -> Entity:
    found = [e for e in analysis.entities if e.name == name or any(m.text == name for m in e.mentions)]
    assert found, [(e.name, e.type, e.country) for e in analysis.entities]
    return found[0]


def test_release_heading_names_its_issuers_country(analyze: Callable[..., Analysis]) -> None:
    text = ("MINISTRY OF WATER OF KYRGYZSTAN - PRESS RELEASE\n"
            "Bishkek, 4 March. Kyrgyzstan and Kazakhstan met in Almaty on the canal. The Kazakh side agreed that "
            "repairs may begin in spring, the Ministry of Water said.")
    assert _entity(analyze(text), "MINISTRY OF WATER OF KYRGYZSTAN - PRESS").country == "KGZ"


def test_demonym_tagged_apart_places_the_police(analyze: Callable[..., Analysis]) -> None:
    text = ("TIRANA, Mar 3 - Montenegrin police seized two Albanian boats on the river on Tuesday, saying the "
            "crews were fishing illegally in Montenegrin waters.")
    assert _entity(analyze(text), "police").country == "MNE"

