"""A demonym of two sovereign states follows the one the story's places name (issue 14, helper fa41, stop 41).

"Congolese" is decided for DR Congo (the wires' usage, countries_extra.tsv); in a story whose places name only the
Republic of the Congo ("Brazzaville") and none of DR Congo's, its people, officials and bodies are of the Republic of
the Congo (``peer_demonym`` rows). A story that names DR Congo's places, both countries' or none keeps the decided
one. Invented news text in our own words, with made-up names.
"""

from __future__ import annotations

from collections.abc import Callable

from newsledger import Analysis


def _country(a: Analysis, name: str) -> str | None:
    return next((e.country for e in a.entities if e.name == name), None)


def test_the_story_of_brazzaville_means_the_republic(analyze: Callable[..., Analysis]) -> None:
    a = analyze("We met the Congolese deputy minister for fisheries, Aimé Loubaki-Ngoma, in Brazzaville on Friday. "
                "Congolese fishermen say their catch has halved.")
    assert _country(a, "Congolese deputy minister") == "COG", [(e.name, e.country) for e in a.entities]
    assert _country(a, "Congolese fishermen") == "COG", [(e.name, e.country) for e in a.entities]


def test_a_story_of_kinshasa_or_of_no_place_keeps_the_decided_country(analyze: Callable[..., Analysis]) -> None:
    for where in ("in Kinshasa", "in Kinshasa and later in Brazzaville", "by telephone"):
        a = analyze(f"We met the Congolese deputy minister for fisheries, Aimé Loubaki-Ngoma, {where} on Friday. "
                    "Congolese fishermen say their catch has halved.")
        assert _country(a, "Congolese fishermen") == "COD", (where, [(e.name, e.country) for e in a.entities])
