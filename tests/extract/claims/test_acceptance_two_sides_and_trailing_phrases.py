"""Who "the two sides" are and what they agreed to, told with a "with" phrase after the act (issue 14, helper fa39).

"The two sides had agreed to start joint inspections, with mixed crews of customs officers" accepts the inspections:
a "with" phrase after the complement of what is to be done tells how, never the thing accepted. "The two sides" are the
speaker's state and the one other state named just before; a village no gazetteer places, named in those sentences as
the scene, is neither. Texts written for these tests (invented people and villages).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from newsledger import Analysis

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/ is not a package
from claim_views import entity_name

_VISIT = ("Estonia's interior minister, Marta Leht, flew to Helsinki on Monday. She told reporters in Tallinn that the "
          "two sides had agreed to start joint ferry inspections in the spring")


def _accepters(a: Analysis) -> set[str]:
    names = set()
    for c in a.claims:
        about = c.about.text if c.about is not None else ""
        if c.kind == "acceptance" and c.polarity == "asserted" and "inspections" in about:
            agent = c.argument("agent")
            ent = next((e for e in a.entities if e.id == agent), None)
            names.add((ent.country if ent is not None else None) or entity_name(a, agent) or "")
    return names


def test_a_phrase_after_the_act_is_not_the_thing_accepted(analyze: Callable[..., Analysis]) -> None:
    a = analyze(_VISIT + ", with mixed crews of customs and police officers on board.")
    assert _accepters(a) == {"EST", "FIN"}


def test_a_village_of_no_known_country_is_not_one_of_the_two_sides(analyze: Callable[..., Analysis]) -> None:
    a = analyze("Since a fire on a farm near Kuldrevere in July, in which two barns burned, the roads have worried "
                "both governments. " + _VISIT + ".")
    assert _accepters(a) == {"EST", "FIN"}
