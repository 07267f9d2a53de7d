"""One actor per person, and the prosecutor named after a title with its district (issue 15, items 1
and 2; stop 41, helper actors41).

Invented news text in our own words:

- a person's full name the NER tags an organisation ("The gunman, Farhana Qadri, ...") and the bare surname
  after it ("Qadri") are one person, typed a person;
- a title with its district before a name set off by commas ("the U.S. attorney for the Western District of Ohio,
  Marion Fell,") gives the person the title and its country, also where a dash closes the name.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from newsledger.models import Analysis

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/ is not a package
from entity_mentions import describe as _describe
from entity_mentions import holder as _holder

Analyze = Callable[..., Analysis]


@pytest.mark.parametrize(("text", "full", "bare"), [
    ("The gunman, Farhana Qadri, was killed. Qadri had travelled to Dubai. Qadri was 27.",
     "Farhana Qadri", ["Qadri#2", "Qadri#3"]),
    ("Radio host Brent Kovalik interviewed the senator on Monday. “We will build it,” he told Kovalik. Kovalik "
     "laughed.", "Brent Kovalik", ["Kovalik#2", "Kovalik#3"]),
    ("The shooter, Nadia Farouk, was born in Ohio. Police said Farouk bought the rifle in May.",
     "Nadia Farouk", ["Farouk#2"]),
])
def test_mistyped_full_name_and_its_surname_are_one_person(analyze: Analyze, text: str, full: str,
                                                           bare: list[str]) -> None:
    a = analyze(text)
    person = _holder(a, full)
    assert person is not None, _describe(a)
    assert all(_holder(a, s) is person for s in bare), _describe(a)
    assert person.type == "PERSON", _describe(a)


@pytest.mark.parametrize(("text", "name"), [
    ("Lawyers sent the complaint to the U.S. attorney for the Central District of Ohio, Dana Kimber, on Monday.",
     "Dana Kimber"),
    ("In her note - sent to the U.S. attorney for the Eastern District of Utah, Owen R. Castell - the senator "
     "seeks an inquiry.", "Owen R. Castell"),
    ("Farmers wrote to the U.S. attorney for the Northern District of Oregon, Marion Fell, who said she would "
     "reply.",
     "Marion Fell"),
])
def test_district_attorney_apposed_to_a_name(analyze: Analyze, text: str, name: str) -> None:
    a = analyze(text)
    person = _holder(a, name)
    assert person is not None, _describe(a)
    assert "attorney" in person.roles and person.country == "USA", _describe(a)
