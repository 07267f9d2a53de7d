"""Entities: public bodies' long names the NER cuts, misses or mistypes (extract/actors/entities.py, _body_names),
and a person's name in apposition to a title that the NER typed a body (extract/actors/appositions.py).

Each test fails before those rules; the names the NER already reads right that a test also checks are kept apart.

Invented news text in our own words, with made-up names and places.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/ is not a package
from entity_mentions import actor_entities
from statement_speakers import speaker_of, speakers


def _typed(nlp: Any, text: str) -> dict[str, str]:
    return {e.name: e.type for e in actor_entities(nlp, text)}


# --- one name across its "and", "for" or "on" ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A letter from the Department of Forests and Game Parks said 14 rangers had been hurt.",
         "Department of Forests and Game Parks"),
        ("The Central Commission for Polls and Referendums said turnout was 61 percent in the north.",
         "Central Commission for Polls and Referendums"),
    ],
)
def test_portfolio_cut_at_and(nlp: Any, text: str, name: str) -> None:
    assert _typed(nlp, text).get(name) == "ORG"


def test_head_noun_before_the_portfolio_the_ner_tagged(nlp: Any) -> None:
    # the NER tags the portfolio alone; a person after "and" stays a person of their own
    typed = _typed(nlp, "Norland's Agency for Canal Upkeep and Drainage puts the loss at 30 per cent in its note. "
                        "The Ministry of Health and John Kamau said the drugs reached Morvale late.")
    assert typed.get("Agency for Canal Upkeep and Drainage") == "ORG"
    assert typed.get("John Kamau") == "PERSON" and "Ministry of Health" in typed


def test_first_words_before_and(nlp: Any) -> None:
    # a date after "on" is no part of a name
    typed = _typed(nlp, "Its Harbours and Ferries Board said the berth at Orvel was closed. The Supreme Court on "
                        "Tuesday threw out the appeal filed by the Tana farmers.")
    assert typed.get("Harbours and Ferries Board") == "ORG"
    assert "Supreme Court" in typed


# --- a body's name the NER missed -----------------------------------------------------------------------------------


def test_words_joined_by_and_ending_in_a_head_noun(nlp: Any) -> None:
    text = ("The Migrants and Visitors Service said 900 people without papers were sent home. The Ministry of Health "
            "and Oxfam said the clinic in Morvale was shut.")
    found = speakers(nlp, text)
    assert speaker_of(found, "900 people without papers") == "Migrants and Visitors Service"
    assert speaker_of(found, "the clinic in Morvale was shut") in ("Ministry of Health", "Oxfam")


def test_headline_is_left_as_read(nlp: Any) -> None:
    typed = _typed(nlp, "Water Agency Warns of Dry Season in Tana\n\nThe Migrants and Visitors Service said 900 "
                        "people without papers were sent home.")
    assert typed.get("Migrants and Visitors Service") == "ORG"
    assert not any(n.startswith("Agency") for n in typed)


# --- a person named in apposition to a title, typed a body ------------------------------------------------------------


def test_title_apposition_makes_a_person(nlp: Any) -> None:
    text = "Their coordinator, Amara Kintu, said the wells had run dry. She added that the pumps were idle."
    assert _typed(nlp, text).get("Amara Kintu") == "PERSON"
    found = speakers(nlp, text)
    assert speaker_of(found, "the pumps were idle") == "Amara Kintu"


def test_place_in_apposition_stays_a_place(nlp: Any) -> None:
    typed = _typed(nlp, "The envoy to the region, Sweden, said the talks would go on. Their coordinator, Amara "
                        "Kintu, said the wells had run dry.")
    assert typed.get("Sweden") == "GPE"
    assert typed.get("Amara Kintu") == "PERSON"


# --- a province the gazetteer knows, typed a person -------------------------------------------------------------------


def test_region_typed_a_person_is_a_place(nlp: Any) -> None:
    ents = {e.name: e for e in actor_entities(nlp, "Floods hit Molise overnight. Rescuers in Molise said 12 people "
                                                     "were missing.")}
    assert ents["Molise"].type == "GPE" and ents["Molise"].country == "ITA"
