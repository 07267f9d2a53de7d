"""The side an unplaced state speaker answers for in a story about two countries (issue 14): the country whose
answer opens the speaker's paragraph, and what an "its"/"their" before an official's title refers to.
Sentences written for these tests (made-up people; no dev or gold article)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/ is not a package
from entity_mentions import actor_entities as _analyse
from entity_mentions import named as _one


def test_capital_whose_answer_opens_the_paragraph_places_a_bare_spokesman(nlp: Any) -> None:
    ents = _analyse(nlp, "Chile said on Friday that Peruvian trawlers had entered its waters twice this week.\n"
                         "Lima replied by evening. No trawler had crossed the line, foreign ministry spokesman "
                         "Hector Quispe Mamani told a press conference.")
    assert _one(ents, "Hector Quispe Mamani").country == "PER"
    # An opening that tells no one's version places nobody.
    ents = _analyse(nlp, "Chile and Peru have argued over fishing grounds for years.\n"
                         "Lima hosted a regional summit last spring. No trawler had crossed the line, foreign ministry "
                         "spokesman Hector Quispe Mamani told a press conference.")
    assert _one(ents, "Hector Quispe Mamani").country is None


def test_region_a_paragraph_answers_from_places_its_governor(nlp: Any) -> None:
    ents = _analyse(nlp, "Kenya's transport ministry said the Namanga road was open to lorries again.\n"
                         "In Tanzania's Arusha region they see it differently. The road stays shut until the bridge "
                         "is repaired, the regional governor, Baraka Mollel, said on Tuesday.")
    assert _one(ents, "Baraka Mollel").country == "TZA"


def test_opening_of_two_countries_gives_the_side_of_its_subject(nlp: Any) -> None:
    ents = _analyse(nlp, "Ghana's cocoa board says smugglers moved 40,000 tonnes last season.\n"
                         "Togo's embassy in Accra answers otherwise. Smuggled beans are a myth, a government "
                         "spokeswoman, Afi Mensah-Kodjo, told reporters.")
    assert _one(ents, "Afi Mensah-Kodjo").country == "TGO"


def test_their_before_a_title_takes_the_one_country_of_the_sentence_before(nlp: Any) -> None:
    ents = _analyse(nlp, "HOST: Norway says a Russian helicopter crossed into its airspace. And the Russians?\n"
                         "REPORTER: Their defence minister was on the radio at noon. He called it a routine flight.")
    assert _one(ents, "Their defence minister").country == "RUS"


def test_its_before_a_title_takes_the_subject_of_the_sentence_before(nlp: Any) -> None:
    ents = _analyse(nlp, "The Mongolian border force's account is that a Chinese patrol fired first. Its commander, "
                         "Colonel Batbold Ganzorig, said his men only answered.")
    assert _one(ents, "Batbold Ganzorig").country == "MNG"


def test_unnamed_official_of_a_body_word_speaks_for_the_body_named_before(nlp: Any) -> None:
    ents = _analyse(nlp, "Uganda's energy ministry says the pipeline will carry oil by March.\n"
                         "\"The welding is finished,\" a ministry official told state radio. "
                         "Kenya has not commented.")
    official = _one(ents, "ministry official")
    assert official.country == "UGA"
    assert official.affiliation == _one(ents, "energy ministry").id


def test_place_before_affairs_in_a_body_name_is_its_brief_and_the_possessive_its_owner(nlp: Any) -> None:
    ents = _analyse(nlp, "Greece's Cyprus Affairs Office said on Monday that the ferry subsidy would end in May. "
                         "Nicosia disagreed.")
    assert _one(ents, "Cyprus Affairs Office").country == "GRC"


def test_shared_demonym_is_the_one_of_its_countries_the_story_names(nlp: Any) -> None:
    ents = _analyse(nlp, "SANTO DOMINGO, May 4 - Dominican officials said on Monday that the border market would "
                         "reopen. Dominican trade minister Elvira Batista said Haiti's customs office had "
                         "asked for a week's delay.")
    assert _one(ents, "Elvira Batista").country == "DOM"


def test_countries_listed_only_as_where_people_came_from_leave_the_story_one_country(nlp: Any) -> None:
    ents = _analyse(nlp, "Greece's coast guard picked up 140 people south of Crete on Sunday. Most of them came from "
                         "Egypt, Sudan and Eritrea. Migration Minister Nikos Vlachakis said the camps were full.")
    assert _one(ents, "Nikos Vlachakis").country == "GRC"


def test_country_of_a_school_trip_makes_no_second_country_of_the_story(nlp: Any) -> None:
    ents = _analyse(nlp, "In Slovenia, a bus carrying pupils back from a school trip to Austria overturned near "
                         "Kranj on Friday. The police said nine children were hurt.")
    assert _one(ents, "police").country == "SVN"
