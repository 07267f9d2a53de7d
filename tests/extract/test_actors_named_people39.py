"""Who named people are and one actor per person (stop 39, helper actors39; issue 15).

- A bare surname the story already uses for one person stays with that person when a namesake or relative is named
  in full later ("A Kerr ... Kerr said ... her husband B Kerr ... Kerr added": A Kerr).
- A full given name and its usual short form (the vocabulary's ``given_name_forms``: "Charles"/"Chuck") with one
  surname name one person; two different given names stay two people.
- A plural title heading a list of names ("Sens. A, B and C", "Reps. A of Ohio and B of Michigan", "U.S. Senators A
  and B") gives every name of the list the title, and the country the words before it or the story's own country
  give; a plural noun that is no title ("Analysts A and B") gives nothing.
- A party tag with a US state's AP abbreviation that is also a word ("(D-Ill.)", "(R-Ind.)") places the lawmaker
  in the USA, whatever other country the story names.
- A story whose state bodies and officials are all of one country (four at least) and names another country only as a
  place gives that country to its officials with a bare title ("Attorney General X"); once the other country has a
  body of its own, whose attorney general is meant is unknown again.
- A body named "X Committee on <place>" is about the place, not of it: neither the name nor a later "the <place>
  committee" (the same body) takes the place's country.

Invented news text in our own words, with made-up names.
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


@pytest.mark.parametrize(("text", "person", "later"), [
    ("Senator Alma Verhoeven opened the hearing on Monday. Verhoeven said the budget was too small. Her husband "
     "Jonas Verhoeven watched from the gallery. Verhoeven later told reporters that she would vote no.",
     "Alma Verhoeven", "Verhoeven#4"),
    ("Governor Paul Ostrander signed the water bill in the morning. Ostrander called it a fair deal. Nina "
     "Ostrander, a teacher in the valley, praised the law at noon. Ostrander added that more money would follow.",
     "Paul Ostrander", "Ostrander#4"),
])
def test_a_bare_surname_in_use_stays_with_its_person(analyze: Analyze, text: str, person: str, later: str) -> None:
    a = analyze(text)
    owner = _holder(a, person)
    assert owner is not None and _holder(a, later) is owner, _describe(a)


@pytest.mark.parametrize(("text", "names", "country"), [
    ("The U.S. Treasury answered the letter on Monday. Sens. Walt Brandeis, Marla Quentin, Oskar Lindahl and "
     "Tess Okonjo said the reply was thin.", ["Walt Brandeis", "Marla Quentin", "Oskar Lindahl", "Tess Okonjo"],
     "USA"),
    ("The FBI sent a short letter on Friday. Reps. Dale Ferrow of Ohio and John Castellan of Michigan said it "
     "was confusing.", ["Dale Ferrow", "John Castellan"], "USA"),
    ("On Tuesday, Nigerian Senators Ibrahim Danjuma and Grace Okonkwo walked out of the chamber.",
     ["Ibrahim Danjuma", "Grace Okonkwo"], "NGA"),
])
def test_a_plural_title_over_a_list_gives_each_name_the_office(analyze: Analyze, text: str, names: list[str],
                                                                country: str) -> None:
    a = analyze(text)
    for name in names:
        person = _holder(a, name)
        assert person is not None and person.type == "PERSON", _describe(a)
        assert person.sector == "LEG" and person.roles and person.country == country, _describe(a)


def test_a_plural_noun_that_is_no_title_gives_no_office(analyze: Analyze) -> None:
    titled = _holder(analyze("Senators Peter Hallam and Maria Costa said on Monday that the plan would fail."),
                     "Maria Costa")
    assert titled is not None and titled.sector == "LEG", titled  # the title reaches the list's second name
    a = analyze("Analysts Peter Hallam and Maria Costa said on Monday that the plan would fail.")
    for name in ("Peter Hallam", "Maria Costa"):
        person = _holder(a, name)
        assert person is not None and person.sector is None and not person.roles, _describe(a)


def test_a_party_tag_with_a_state_abbreviation_that_is_a_word(analyze: Analyze) -> None:
    a = analyze("Rep. Dora Lindqvist (D-Ill.) and Rep. Amos Kettering (R-Ind.) wrote to the embassy of Peru on "
                "Monday.")
    for name in ("Dora Lindqvist", "Amos Kettering"):
        person = _holder(a, name)
        assert person is not None and person.country == "USA", _describe(a)


def test_a_committee_on_a_place_is_not_of_that_place(analyze: Analyze) -> None:
    a = analyze("The U.S. House Select Committee on Tobruk asked the State Department for the files on Monday. "
                "The Tobruk committee will meet again in May, the U.S. senators on it said.")
    body = _holder(a, "U.S. House Select Committee on Tobruk")
    assert body is not None and body.country != "LBY", _describe(a)
    assert any(m.text.endswith("Tobruk committee") for m in body.mentions), _describe(a)
    assert not any(e.type == "ORG" and e.country == "LBY" for e in a.entities), _describe(a)


_FAR_RAID = ("The families of two aid workers killed in the 2014 raid on a convoy near Mopti, Mali, sued the State "
             "Department on Monday. The FBI had questioned the Pentagon and the Justice Department about the raid. "
             "Attorney General Dana Whitcombe said the suit would be answered in court.")


def test_the_one_country_of_every_state_body_is_the_officials(analyze: Analyze) -> None:
    a = analyze(_FAR_RAID)
    person = _holder(a, "Dana Whitcombe")
    assert person is not None and person.country == "USA", _describe(a)
    # Once the other country has a body of its own, whose attorney general is meant is unknown.
    a = analyze(_FAR_RAID + " Mali's interior ministry said it had opened its own inquiry.")
    person = _holder(a, "Dana Whitcombe")
    assert person is not None and person.country is None, _describe(a)


def test_a_given_name_and_its_short_form_are_one_person(analyze: Analyze) -> None:
    a = analyze("Senator Charles Wexley said on Monday that he would block the bill. Chuck Wexley has held the seat "
                "since 1998. Wexley said the vote would wait.")
    person = _holder(a, "Charles Wexley")
    assert person is not None and _holder(a, "Chuck Wexley") is person and _holder(a, "Wexley#3") is person, \
        _describe(a)
    # Two different given names stay two people.
    a = analyze("Senator Charles Wexley said on Monday that he would block the bill. Thomas Wexley, his brother, "
                "runs the family farm.")
    assert _holder(a, "Charles Wexley") is not _holder(a, "Thomas Wexley"), _describe(a)
