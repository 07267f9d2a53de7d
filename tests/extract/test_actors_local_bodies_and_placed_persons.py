"""Local-government bodies named by their own noun, also the country's word for it ("the prefecture said", "the
akimat said"), speak as unnamed organisations; a given name and surname that the NER typed a place or a people is
a person where it speaks or has a title in apposition. Sentences written for these tests (no dev or seed
article)."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from newsledger.config import load_settings
from newsledger.models import Analysis
from newsledger.pipeline import analyze_text

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/ is not a package
from entity_mentions import statement_speaker as _speaker

SETTINGS = load_settings()


def _analyse(text: str) -> Analysis:
    return analyze_text(text, dt.date(2025, 3, 1), SETTINGS)


def test_local_government_nouns_speak_as_bodies() -> None:
    a = _analyse("The municipality said three people were hurt in the fire. Police said five people were hurt.")
    body = _speaker(a, "three people")
    assert body is not None and (body.type, body.sector) == ("ORG", "GOV")
    a = _analyse("Gas lines burst in the old quarter on Sunday. The akimat said the pipeline exploded. Residents "
                 "said the pipeline did not explode.")
    body = _speaker(a, "pipeline exploded")
    assert body is not None and body.type == "ORG" and "akimat" in body.name
    assert any(c.claimant == body.id and c.predicate == "act:explode" for c in a.claims)


def test_foreign_local_body_words_and_town_halls_speak() -> None:
    a = _analyse("Rivers rose across the south. The wilaya said the flooding was caused by heavy rain. Farmers "
                 "said the dam failed.")
    body = _speaker(a, "heavy rain")
    assert body is not None and body.type == "ORG"
    assert any(c.kind == "cause" and c.claimant == body.id for c in a.claims)
    a = _analyse("A fire broke out in the old market of Ostrava on Monday. The town hall said two homes burned.")
    hall = _speaker(a, "two homes")
    assert hall is not None and hall.type == "ORG" and "town hall" in hall.name


def test_a_given_name_and_surname_typed_a_people_is_a_person() -> None:
    a = _analyse("Nino Chikovani, the head of the clinic, said the outbreak began in March. Officials said it "
                 "began in May.")
    person = _speaker(a, "outbreak began")
    assert person is not None and person.type == "PERSON" and person.name == "Nino Chikovani"


def test_a_place_that_speaks_stays_a_place_without_a_given_name() -> None:
    a = _analyse("Tbilisi said the border crossing would reopen on Friday.")
    speaker = _speaker(a, "border crossing")
    assert speaker is None or speaker.type != "PERSON"


def test_a_two_word_body_opening_a_live_blog_entry_speaks() -> None:
    a = _analyse("Arrivals at the southern ports, live.\n\n09:40 Mountain rescue says two climbers were found alive "
                 "on the north face.\n\n10:55 Police say one climber is still missing.")
    body = _speaker(a, "two climbers")
    assert body is not None and body.type == "ORG" and body.name.lower() == "mountain rescue"
