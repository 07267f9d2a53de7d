"""A state body's country comes from its own state, never from the neighbour its story names (issue 14, stop 37,
helper sides37).

- A country named only past a frontier ("a town 60 km from the border with X", "across the frontier from X", "the
  X border") is the neighbour: it makes no second country of the story, and a local body named after it is not
  that neighbour's.
- A sentence that opens on "In <country>," sets its scene there, even when its verb is one of movement ("has
  left"): that country is no mere destination.

Invented news text in our own words, with made-up places, people and events.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/ is not a package
from entity_mentions import actor_entities as _analyse


def _country_of(ents: list[Any], name: str) -> str | None:
    found = [e for e in ents if e.name.lower() == name.lower()]
    assert found, [e.name for e in ents]
    return found[0].country


def test_ministry_of_a_story_beside_a_frontier_is_not_the_neighbours(nlp: Any) -> None:
    ents = _analyse(nlp, "In northern Ghana, a raid on a grain store has left the police and a farmers' union "
                         "at odds over what was taken.\n"
                         "The raid took place in Wuribo, a small farming town some 60 kilometres from the border "
                         "with Burkina Faso. The interior ministry said on Monday that 12 sacks of maize were taken.")
    assert _country_of(ents, "interior ministry") == "GHA"


def test_district_office_past_the_frontier_named_before_it_takes_no_neighbour(nlp: Any) -> None:
    ents = _analyse(nlp, "Flood water reached the village of Kopelo, just across the river from Malawi, on "
                         "Thursday night. The district council said forty homes had been lost.")
    assert _country_of(ents, "district council") is None  # Malawi is only the neighbour; the village is unplaced
    ents = _analyse(nlp, "Flood water reached the village of Kopelo, close to the Zambian town of Chipata, on "
                         "Thursday night. The district council said forty homes had been lost.")
    assert _country_of(ents, "district council") == "ZMB"  # a town said to be in a country still places it


def test_a_country_that_only_names_a_border_is_the_neighbour(nlp: Any) -> None:
    ents = _analyse(nlp, "Hail flattened the maize fields around Kopelo, a farming village near the Malawi border, "
                         "on Thursday night. The district council said forty homes had been lost.")
    assert _country_of(ents, "district council") is None
