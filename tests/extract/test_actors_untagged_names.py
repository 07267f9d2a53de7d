"""Bodies the NER did not tag that speak by a bare name, with no article: a name the clause it reports calls "it"
or "its", one a "which" clause describes, or a plural name (actors/codes.py, untagged_bodies).

Invented news text in our own words, with made-up names and places.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/ is not a package
from statement_speakers import speaker_of as _speaker_of
from statement_speakers import speakers as _speakers


def test_bare_name_that_reports_its_own_people(nlp: Any) -> None:
    found = _speakers(
        nlp,
        "REPORTER: I'm at the pier. Here in Port Velle, Harlow Marsh Fisheries says its skippers saw two boats "
        "leave the pier after dark.",
    )
    assert _speaker_of(found, "skippers saw two boats") == "Harlow Marsh Fisheries"


def test_bare_name_with_a_which_clause(nlp: Any) -> None:
    found = _speakers(
        nlp,
        "Q: Kettle Ridge Orchards, which owns the farms, says the frost came a month early. Is that so?",
    )
    assert _speaker_of(found, "the frost came a month early") == "Kettle Ridge Orchards"


# --- a group or body "in" a place: the place says where it is, not who speaks ------------------------------------


def test_group_located_in_a_country_is_not_the_country(nlp: Any) -> None:
    found = _speakers(
        nlp,
        "A rebel faction in Guatemala said on Friday that its fighters had captured a police post near the "
        "border. A children's shelter in Belize says it has taken in eleven boys.",
    )
    assert _speaker_of(found, "its fighters had captured a police post") == "rebel faction"
    assert _speaker_of(found, "it has taken in eleven boys") == "children's shelter"
