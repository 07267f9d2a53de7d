"""The right country for people, firms and office holders of one country; one actor per person and body (issue 15;
stop 44, helper actors44).

Invented news text in our own words:

- a story set wholly in one country (its dateline, places and demonyms all that country's) gives its people and
  firms that country, where nothing else codes them; a second country named anywhere, even as a place in a name,
  leaves them uncoded, and a wire agency listed without a country keeps none; "our" in the words of such a person
  (no office) is not the country's;
- an official titled by "the province's" / "the state's" office, beside the name, is of the region named before
  (a quotation the parser splits off before "said X" does not count as one of the sentences looked back over);
- "the bank chief" after "Canadian bank chief X" is X;
- a body's short name and its full name are one actor ("the Fed" and "the Federal Reserve"; "Democrats" and "the
  Democratic Party"), and so is a body named with its country in another order ("the U.S. appeals court" after "the
  U.S. Court of Appeals"); "Josh" and "Joshua" of one surname are one person;
- in the conflicts stage, two private people of one country (no office, no organisation) are two parties, not
  one country's side; two officials of one country stay one side.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from newsledger.extract.conflicts import _Camps
from newsledger.lexicon import Lexicon
from newsledger.models import Analysis, Entity, Span

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/ is not a package
from entity_mentions import describe as _describe
from entity_mentions import holder as _holder

Analyze = Callable[..., Analysis]

_KENYA = ("NAIROBI, March 3 (Reuters) - Kenya's tax authority fined a bakery in Nairobi on Monday. Wanjiru Kamau, who "
          "runs Mkate Bakers, said she would appeal.")


def test_people_and_firms_of_a_one_country_story_take_its_country(analyze: Analyze) -> None:
    a = analyze(_KENYA + " Kenyan officials said the fine was fair.")
    for name in ("Wanjiru Kamau", "Mkate Bakers"):
        ent = _holder(a, name)
        assert ent is not None and ent.country == "KEN", _describe(a)
    reuters = _holder(a, "Reuters")
    assert reuters is None or reuters.country is None, _describe(a)
    # A second country anywhere, even as a place in a firm's name, leaves them uncoded.
    for tail in (" The bakery buys its flour from Kampala.", " The chain also runs a shop for Lagos Traders."):
        b = analyze(_KENYA + tail)
        person = _holder(b, "Wanjiru Kamau")
        assert person is not None and person.country is None, _describe(b)


def test_a_group_of_no_country_is_no_second_country_but_a_world_region_is(analyze: Analyze) -> None:
    text = ("DENVER, April 9 (AP) - Colorado's state parks agency fined a rafting company in Boulder on Monday. Dale "
            "Rourke, who runs Rapid Creek Tours, said Hispanic guides would lose work. The agency said the fine was "
            "fair.")
    a = analyze(text)
    person = _holder(a, "Dale Rourke")
    assert person is not None and person.country == "USA", _describe(a)
    b = analyze(text + " The firm also takes tourists from Europe.")
    person = _holder(b, "Dale Rourke")
    assert person is not None and person.country is None, _describe(b)


def test_our_of_a_person_without_office_is_not_the_country(analyze: Analyze) -> None:
    a = analyze("TOKYO, May 2 (Reuters) - Japan's fair trade agency questioned a noodle chain in Osaka on Monday. "
                "Kenji Arai, who chairs Menya Foods, told staff in a memo: 'In the areas of the firm that do not "
                "directly support our core business, we are going to cut jobs.'")
    person = _holder(a, "Kenji Arai")
    assert person is not None and person.country == "JPN", _describe(a)
    places = {e.id for e in a.entities if e.type == "GPE"}
    assert not any(ev.target in places for ev in a.events), a.events


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Ontario's economy grew last year. 'The plan worked,' said Rena Voss, the province's finance minister.",
     "Rena Voss", "CAN"),
    ("Floods hit Bavaria in May. The state's interior minister Karl Oberholz said the dams held.",
     "Karl Oberholz", "DEU"),
    ("Floods hit Bavaria in May. The dams held, the state's interior minister, Karl Oberholz, said on Monday.",
     "Karl Oberholz", "DEU"),
    ("Queensland's reefs shrank last year. In fact, the coast lost more coral than its neighbours did.\n\n"
     "''We acted too late,'' said Lena Hoyt, the state's forestry minister.", "Lena Hoyt", "AUS"),
])
def test_official_of_the_region_named_before(analyze: Analyze, text: str, name: str, country: str) -> None:
    a = analyze(text)
    person = _holder(a, name)
    assert person is not None and person.country == country, _describe(a)


def test_title_with_its_modifier_refers_back_to_its_holder(analyze: Analyze) -> None:
    a = analyze("Markets rose after Canadian bank chief Ilse Moreau said growth would return. Speaking in Halifax, "
                "the bank chief said that 'the outlook is good.'")
    person = _holder(a, "Ilse Moreau")
    assert person is not None and _holder(a, "the bank chief") is person, _describe(a)
    assert len([e for e in a.entities if e.type == "PERSON"]) == 1, _describe(a)


@pytest.mark.parametrize(("text", "short", "full"), [
    ("Officials at the Fed have kept rates steady. The Federal Reserve said on Tuesday it would wait.",
     "Fed", "Federal Reserve"),
    ("Democrats in Vermont opposed the bill. The Democratic Party said the plan was unfair.",
     "Democrats", "Democratic Party"),
])
def test_short_and_full_name_of_a_body_are_one_actor(analyze: Analyze, text: str, short: str, full: str) -> None:
    a = analyze(text)
    body = _holder(a, short)
    assert body is not None and _holder(a, full) is body, _describe(a)


def _person(eid: str, name: str, sector: str | None) -> Entity:
    return Entity(eid, name, "PERSON", (Span(0, len(name), name),), country="NOR", sector=sector)


def test_private_people_of_one_country_are_two_parties(lexicon: Lexicon) -> None:
    people = [_person("e1", "Ingrid Solheim", None), _person("e2", "Tor Haugland", None),
              _person("e3", "Eva Lund", "GOV"), _person("e4", "Per Moe", "GOV")]
    camps = _Camps(people, lexicon.agreements, lexicon.actors.challenger_sectors)
    assert camps.key("e1") != camps.key("e2")
    assert not camps.on_side_of("e1", "e2")
    assert camps.key("e3") == camps.key("e4") and camps.on_side_of("e3", "e4")


@pytest.mark.parametrize(("text", "full", "short"), [
    ("Joshua Pell, an engineer at Rice University, studies smog. 'The air is getting worse,' said Josh Pell.",
     "Joshua Pell", "Josh Pell"),
    ("Patrick Ormond Jr. admitted the threats in court on Monday. Pat Ormond had called the office twice.",
     "Patrick Ormond Jr.", "Pat Ormond"),
])
def test_short_given_name_is_the_same_person(analyze: Analyze, text: str, full: str, short: str) -> None:
    a = analyze(text)
    person = _holder(a, full)
    assert person is not None and _holder(a, short) is person, _describe(a)


def test_body_named_in_another_order_with_its_country_is_one_body(analyze: Analyze) -> None:
    a = analyze("On Monday lawyers argued before the U.S. Court of Appeals in a grazing case. The U.S. appeals "
                "court said it would rule soon.")
    court = _holder(a, "U.S. Court of Appeals")
    assert court is not None and _holder(a, "The U.S. appeals court") is court, _describe(a)
    b = analyze("Kenya's Court of Appeal heard the case. The Ugandan appeal court said it would rule soon.")
    assert _holder(b, "The Ugandan appeal court") is not _holder(b, "Court of Appeal"), _describe(b)
