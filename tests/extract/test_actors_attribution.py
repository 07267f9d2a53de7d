"""Who an organisation's descriptions and unnamed bodies are: "the company" after a named company, "the federal
police" in a story about one country, "Deputy Minister X" after a ministry, "its president" after a union.
Sentences written for these tests (no dev or seed article)."""

from __future__ import annotations

from typing import Any

import pytest

from newsledger.config import load_settings
from newsledger.extract.actors import actors
from newsledger.extract.actors.entities import entities
from newsledger.lexicon import load_lexicon
from newsledger.models import Entity

LEXICON = load_lexicon(load_settings())


def _analyse(nlp: Any, text: str) -> dict[str, Entity]:
    doc = nlp(text)
    return {e.id: e for e in actors(doc, entities(doc, LEXICON), LEXICON)}


def _named(ents: dict[str, Entity], name: str) -> Entity:
    found = [e for e in ents.values() if e.name == name]
    assert found, f"no entity {name!r}: {[e.name for e in ents.values()]}"
    return found[0]


def _with_mention(ents: dict[str, Entity], text: str) -> Entity:
    found = [e for e in ents.values() if any(m.text == text for m in e.mentions)]
    assert found, f"no mention {text!r}: {[(e.name, [m.text for m in e.mentions]) for e in ents.values()]}"
    return found[0]


# --- "the company" after a named company ------------------------------------------------------------------


@pytest.mark.parametrize(("text", "name", "description"), [
    ("The operator, Kestrel Shipping Holdings, blamed the crew. "
     '"The crew ignored the alarm," the company said in a statement.', "Kestrel Shipping Holdings", "the company"),
    ("Chile's mining ministry ordered an inquiry into the spill. A firm called Andes Copper Partners runs the mine. "
     "The company denied any leak.", "Andes Copper Partners", "The company"),
    ("Marmara Textiles said the fire began in a storeroom. The firm said no worker had been hurt.",
     "Marmara Textiles", "The firm"),
])
def test_a_company_description_is_a_mention_of_the_company_named_before(nlp: Any, text: str, name: str,
                                                                         description: str) -> None:
    ents = _analyse(nlp, text)
    company = _named(ents, name)
    assert company.type == "ORG" and company.sector == "BUS", company
    assert description in [m.text for m in company.mentions], company


def test_the_company_is_not_the_government_body_named_last(nlp: Any) -> None:
    text = "The Ministry of Mines said the licence had been revoked. The company said it would appeal."
    ents = _analyse(nlp, text)
    ministry = _with_mention(ents, "Ministry of Mines")
    assert "The company" not in [m.text for m in ministry.mentions], ministry


def test_the_ministry_refers_back_to_a_ministry_of_something(nlp: Any) -> None:
    text = ("The Ministry of Fisheries announced a ban on trawling near the reef. "
            "The ministry said the ban would last six months.")
    ents = _analyse(nlp, text)
    ministry = _with_mention(ents, "Ministry of Fisheries")
    assert "The ministry" in [m.text for m in ministry.mentions], ministry


def test_it_after_the_company_is_the_company(nlp: Any) -> None:
    text = ("A company called Pinecrest Timber Partners has cleared the hillside. "
            "Colombia's environment ministry called the clearing illegal. The company disagrees. "
            "In a statement, it said its permits were valid.")
    ents = _analyse(nlp, text)
    company = _named(ents, "Pinecrest Timber Partners")
    assert {"The company", "it"} <= {m.text for m in company.mentions}, company


def test_a_live_blog_time_stamp_is_no_part_of_a_name(nlp: Any) -> None:
    text = ("09:10 Firefighters are still at the warehouse in Klaipeda.\n"
            "14:05 Baltic Amber Holdings has issued a statement about the fire.")
    ents = _analyse(nlp, text)
    assert "Baltic Amber Holdings" in [e.name for e in ents.values()], ents


def test_a_lower_case_congress_is_no_national_legislature(nlp: Any) -> None:
    ents = _analyse(nlp, "The teachers' union will vote on the offer at our congress on Saturday.")
    assert all(e.country != "USA" for e in ents.values()), ents


# --- unnamed national bodies in a story about one country -----------------------------------------------


@pytest.mark.parametrize(("text", "mention", "country"), [
    ("Mexican authorities detained two reporters in Oaxaca on Monday. "
     "The federal police said the arrests were lawful.", "The federal police", "MEX"),
    ("NAIROBI, May 3 (Reuters) - The interior ministry said the curfew would be lifted on Friday.",
     "The interior ministry", "KEN"),
    ("Lusaka, 4 March 2025\nThe Ministry of Finance said the budget would be published on Friday.",
     "Ministry of Finance", "ZMB"),
])
def test_an_unnamed_national_body_takes_the_story_country(nlp: Any, text: str, mention: str, country: str) -> None:
    body = _with_mention(_analyse(nlp, text), mention)
    assert body.country == country, body


def test_a_story_about_two_countries_leaves_the_body_uncoded(nlp: Any) -> None:
    text = ("Mexican authorities and Guatemala's army met at the border on Monday. "
            "The federal police said the crossing would stay closed.")
    body = _with_mention(_analyse(nlp, text), "The federal police")
    assert body.country is None, body


def test_another_country_s_body_of_the_same_kind_blocks_the_dateline_country(nlp: Any) -> None:
    text = ("NAIROBI, May 3 (Reuters) - Uganda's interior ministry closed two crossings on Friday. "
            "The interior ministry said the closure was temporary.")
    ents = _analyse(nlp, text)
    assert all(e.country != "KEN" for e in ents.values() if "ministry" in e.name.lower()), ents


def test_officials_of_a_two_country_visit_take_no_dateline_country(nlp: Any) -> None:
    text = ("LIMA, June 2 (Reuters) - Bolivia's foreign minister met Peru's trade minister on Monday. "
            "Officials said the two ministers had agreed to reopen the border.")
    officials = _with_mention(_analyse(nlp, text), "Officials")
    assert officials.country is None, officials


# --- office holders and spokespeople of a body named just before -----------------------------------------


def test_a_minister_belongs_to_the_ministry_named_before(nlp: Any) -> None:
    text = ("Peru's energy ministry welcomed the plan. "
            '"It is a good day for the grid," Deputy Minister Ana Quispe said.')
    ents = _analyse(nlp, text)
    person = _named(ents, "Ana Quispe")
    assert person.affiliation is not None and ents[person.affiliation].name == "Peru's energy ministry", person
    assert person.country == "PER", person


def test_a_minister_of_another_portfolio_is_not_of_that_ministry(nlp: Any) -> None:
    text = ("Peru's energy ministry welcomed the plan. "
            '"It is premature," Foreign Minister Ana Quispe said.')
    ents = _analyse(nlp, text)
    person = _named(ents, "Ana Quispe")
    assert person.affiliation is None, person


def test_a_spokeswoman_speaks_for_the_body_of_the_sentence_before(nlp: Any) -> None:
    text = ("The UN refugee agency said the camp was full. "
            '"We have no room left," spokeswoman Maria Lindqvist told a briefing.')
    ents = _analyse(nlp, text)
    person = _named(ents, "Maria Lindqvist")
    assert person.affiliation is not None and "refugee agency" in ents[person.affiliation].name, person


def test_its_president_after_a_quotation_is_the_union_s(nlp: Any) -> None:
    text = ("The Dockworkers Federation rejected the offer. "
            '"It is an insult. Our members will not accept it," its president, Rodrigo Fuentes, told reporters.')
    ents = _analyse(nlp, text)
    person = _named(ents, "Rodrigo Fuentes")
    assert person.affiliation is not None and "Dockworkers" in ents[person.affiliation].name, person


def test_its_spokeswoman_named_in_apposition_is_the_body_s(nlp: Any) -> None:
    text = ("Kenya's interior ministry disputed the figures. "
            "Its spokeswoman, Wanjiku Mwangi, said only two roads had been closed.")
    ents = _analyse(nlp, text)
    person = _named(ents, "Wanjiku Mwangi")
    assert person.affiliation is not None and ents[person.affiliation].name == "Kenya's interior ministry", person
    assert person.country == "KEN", person


def test_a_group_noun_in_apposition_makes_the_group_a_mention_of_the_name(nlp: Any) -> None:
    text = ("The Sahel Liberation Front, an armed group active near the border, said it had freed two hostages. "
            "The group gave no reason for the release.")
    ents = _analyse(nlp, text)
    front = _with_mention(ents, "Sahel Liberation Front")
    assert {"an armed group", "The group"} <= {m.text for m in front.mentions}, front


def test_this_agency_in_wire_copy_takes_no_story_country(nlp: Any) -> None:
    text = ("Ghana's army said troops had reached the town, according to footage reviewed by this agency. "
            "The army said two soldiers were wounded.")
    ents = _analyse(nlp, text)
    assert all(e.country is None for e in ents.values() if e.name == "agency"), ents
