"""Who a claimant is: bodies of an organisation named after "its", groups of people named by a plural noun,
the home country of a story with a foreign envoy in it, a named group described as an armed group, a
spokesman set off by commas, officials "in" a region, a bare body of the kind one country's bodies are, and
a state body or official whose own clause puts it "in" a country or capital.
Sentences written for these tests (no dev or seed article)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/ is not a package
from entity_mentions import actor_entities as _analyse
from entity_mentions import named as _one


def test_its_body_belongs_to_the_international_organisation(nlp: Any) -> None:
    ents = _analyse(nlp, "The Economic Community of West African States met in Abuja after the takeover in Niger. "
                         "Its Mediation and Security Council called the seizure of power illegal and suspended Niger.")
    council = _one(ents, "Mediation and Security Council")
    owner = _one(ents, "Economic Community of West African States")
    assert council.country is None
    assert council.sector == owner.sector
    assert council.affiliation == owner.id


@pytest.mark.parametrize("text,name", [
    ("Villagers say the water turned brown the week the quarry opened near Lake Malawi.", "Villagers"),
    ("Organisers said 20,000 people marched through Santiago on Sunday.", "Organisers"),
    ("Relatives of the missing sailors told reporters the navy had stopped searching.", "Relatives"),
    ("Witnesses said the lorry did not slow down before the crossing in Kisumu.", "Witnesses"),
])
def test_a_plural_source_noun_is_a_group(nlp: Any, text: str, name: str) -> None:
    group = _one(_analyse(nlp, text), name)
    assert group.type == "GROUP"
    assert group.sector == "CVL"


def test_a_foreign_envoy_does_not_make_the_story_two_country(nlp: Any) -> None:
    ents = _analyse(nlp, "Sudan's army and the Rapid Support Forces agreed to a week without fighting in Darfur. "
                         "A spokesman for the military government said the truce would be respected. "
                         "Norway's special envoy, who attended the talks, praised both delegations.")
    assert _one(ents, "military government").country == "SDN"
    assert _one(ents, "Norway's special envoy").country == "NOR"


def test_a_second_country_of_its_own_still_blocks_the_home_country(nlp: Any) -> None:
    ents = _analyse(nlp, "Sudan's army and Chad's army exchanged fire on the border. "
                         "A spokesman for the military government said the shelling came from across the river.")
    assert _one(ents, "military government").country is None


def test_a_named_army_described_as_an_armed_group_is_no_state_army(nlp: Any) -> None:
    ents = _analyse(nlp, "Colombia's army and the Gaitanist Army met for talks in Bogota. "
                         "The Gaitanist Army, an illegal armed group that runs the cocaine trade on the coast, "
                         "said it had not agreed to disarm.")
    group = _one(ents, "Gaitanist Army")
    assert group.country is None
    assert group.sector == "REB"


def test_a_spokesman_set_off_by_commas_speaks_for_the_group(nlp: Any) -> None:
    ents = _analyse(nlp, "The Kachin Independence Army, a rebel force active in the jade-mining hills, "
                         "said it had not fired first. \"We will hold our fire until the harvest is in,\" the "
                         "group's spokesman, Khaing Min Naing, told a local radio station.")
    army = _one(ents, "Kachin Independence Army")
    assert _one(ents, "Khaing Min Naing").affiliation == army.id


def test_officials_in_a_region_are_of_its_country(nlp: Any) -> None:
    ents = _analyse(nlp, "Floods struck Nepal and India on Monday. "
                         "Officials in Bihar said twelve people had drowned in the state.")
    officials = [e for e in ents if e.type == "GROUP" and e.sector == "GOV"]
    assert officials and officials[0].country == "IND"


def test_diplomats_in_a_capital_are_not_of_its_country(nlp: Any) -> None:
    ents = _analyse(nlp, "Floods struck Nepal and India on Monday. Diplomats in Kathmandu said aid was slow.")
    diplomats = [e for e in ents if e.type == "GROUP" and e.sector == "GOV"]
    assert diplomats and diplomats[0].country is None


def test_a_bare_body_takes_the_country_of_its_kin(nlp: Any) -> None:
    ents = _analyse(nlp, "The health ministry says 40 people have died of cholera. "
                         "Across the border in Zambia, clinics are full. "
                         "Latest from the Malawian ministry: 52 dead.")
    assert _one(ents, "health ministry").country == "MWI"


def test_bodies_of_the_same_kind_from_two_countries_leave_a_bare_one_uncoded(nlp: Any) -> None:
    ents = _analyse(nlp, "The health ministry says 40 people have died of cholera. "
                         "Zambia's ministry and the Malawian ministry disagree on the cause.")
    assert _one(ents, "health ministry").country is None


def test_a_body_in_a_foreign_city_takes_no_country_from_it(nlp: Any) -> None:
    ents = _analyse(nlp, "Ecuador's government says the mining permits were void. "
                         "The company has filed a claim with an arbitration tribunal in Paris.")
    assert all(e.country != "FRA" for e in ents if e.sector == "JUD")


@pytest.mark.parametrize(("text", "name"), [
    ("The irrigators' association in the upper valley says the canal was dry for a week.", "irrigators' association"),
    ("The national nurses' federation said 40 wards had closed.", "national nurses' federation"),
    ("A coalition of charities said the convoy had been blocked at the border.", "coalition"),
    ("The growers' cooperative said prices had collapsed after the frost.", "growers' cooperative"),
])
def test_civil_bodies_named_by_their_kind_are_claimants(nlp: Any, text: str, name: str) -> None:
    body = _one(_analyse(nlp, text), name)
    assert body.type == "ORG" and body.sector in ("CVL", "BUS") and body.country is None


@pytest.mark.parametrize(("text", "name"), [
    ("The Ministry of Health of Ecuador said the new clinic in Manta is safe. There is another view from the "
     "provincial college of doctors. Its president, Rosa Vera, said the clinic is unsafe.", "Rosa Vera"),
    ("Chile's electoral service said last week that the Green Dawn Movement is suspended. We spoke to the party's "
     "president, Ines Soto, in Santiago.", "Ines Soto"),
])
def test_the_head_of_a_body_named_by_its_possessor_holds_no_state_office(nlp: Any, text: str, name: str) -> None:
    person = _one(_analyse(nlp, text), name)
    assert person.sector not in ("GOV", "MIL", "COP", "SPY", "JUD", "LEG")


@pytest.mark.parametrize(("text", "name"), [
    ("Chile's president, Ines Soto, said the border is open.", "Ines Soto"),
    # a spokesman possessed by an office holder speaks for that office
    ("The Tajik president's spokesman, Rustam Nazarov, said the talks would go on.", "Rustam Nazarov"),
])
def test_a_state_office_named_by_its_possessor_keeps_its_sector(nlp: Any, text: str, name: str) -> None:
    assert _one(_analyse(nlp, text), name).sector == "GOV"


@pytest.mark.parametrize(("text", "name", "body", "country"), [
    ("A spokeswoman for the Rwandan government, Yolande Makolo, said the report was false.", "Yolande Makolo",
     "Rwandan government", "RWA"),
    ("An official at the Ethiopian embassy, Abebe Kebede, said no visas had been refused.", "Abebe Kebede",
     "Ethiopian embassy", "ETH"),
])
def test_a_name_in_apposition_to_a_title_for_a_body_speaks_for_it(nlp: Any, text: str, name: str, body: str,
                                                                   country: str) -> None:
    ents = _analyse(nlp, text)
    person, org = _one(ents, name), _one(ents, body)
    assert person.affiliation == org.id
    assert person.country == country


def test_a_vice_minister_holds_a_state_office(nlp: Any) -> None:
    person = _one(_analyse(nlp, "Paraguay's vice minister of energy, Carmen Benitez, says there is no deal."),
                  "Carmen Benitez")
    assert (person.country, person.sector) == ("PRY", "GOV")


@pytest.mark.parametrize(("text", "name", "body"), [
    ("The chair of the board of Kivu Mining, Paul Mbeki, told reporters the mine was safe.", "Paul Mbeki",
     "Kivu Mining"),
    ("\"We saw nothing,\" said the head of the Kibera residents' association, Grace Atieno.", "Grace Atieno",
     "Kibera residents' association"),
])
def test_a_name_hung_on_the_body_its_title_heads_belongs_to_it(nlp: Any, text: str, name: str, body: str) -> None:
    ents = _analyse(nlp, text)
    assert _one(ents, name).affiliation == _one(ents, body).id


@pytest.mark.parametrize("title", ["a ministry official in Kabul", "a refugee ministry official in Kabul"])
def test_an_apposition_may_open_with_the_body_of_its_title(nlp: Any, title: str) -> None:
    text = (f"Pakistan's interior ministry said the returns were voluntary. \"This is a forced expulsion,\" said "
            f"Ahmad Wali Khan, {title}.")
    ents = _analyse(nlp, text)
    person = _one(ents, "Ahmad Wali Khan")
    assert (person.country, person.sector) == ("AFG", "GOV")
    assert person.affiliation != _one(ents, "Pakistan's interior ministry").id


def test_a_former_office_in_an_apposition_gives_none(nlp: Any) -> None:
    person = _one(_analyse(nlp, "Nairobi trader Ali Hassan, a former army officer, said the market was calm."),
                  "Ali Hassan")
    assert person.sector is None


@pytest.mark.parametrize(("text", "name", "sector"), [
    ("Aid agencies say food is running short in Garissa.", "Aid agencies", "NGO"),
    ("Traders at Kejetia market say 300 shops have burned.", "Traders", "CVL"),
    ("\"We saw the trucks at dawn,\" said one shopkeeper in Mutukula.", "shopkeeper", "CVL"),
])
def test_unnamed_sources_by_what_they_do_are_actors(nlp: Any, text: str, name: str, sector: str) -> None:
    assert _one(_analyse(nlp, text), name).sector == sector


@pytest.mark.parametrize("text,name,country", [
    ("Finland and Sweden disagree about the figure. The interior minister, speaking in Helsinki, said 400 people "
     "had crossed. Sweden's border agency said the number was lower.", "interior minister", "FIN"),
    ("Ghana and Togo signed a deal on Tuesday. At a news conference in Accra, Trade Minister Kwame Osei told "
     "reporters the deal would double exports. Togo's minister called it a first step.", "Kwame Osei", "GHA"),
    ("Peru and Bolivia argue over the lake. In Lima, the interior ministry said the patrol boat had been fired on. "
     "Bolivia's navy called the report false.", "interior ministry", "PER"),
    ("Latvia and Belarus trade blame over the fence. We spoke to the deputy interior minister, Ilze Kalnina, in "
     "Riga. Minsk says the fence is illegal.", "Ilze Kalnina", "LVA"),
    # a capital the NER may leave untagged, with a quotation in the same sentence
    ("Honduras and Nicaragua disagree on the river. At a briefing in Tegucigalpa, Defence Minister Rafa Orellana "
     'told reporters, and I quote, "No soldier of ours crossed it."', "Rafa Orellana", "HND"),
    ("Mongolia and Kazakhstan argue about the herd count. At the border post in Ulaanbaatar, Deputy Minister Bold "
     "Saran told reporters that 900 horses had died.", "Bold Saran", "MNG"),
])
def test_a_state_body_takes_the_country_its_clause_puts_it_in(nlp: Any, text: str, name: str,
                                                               country: str) -> None:
    assert _one(_analyse(nlp, text), name).country == country


@pytest.mark.parametrize("text,name", [
    # the place is in the words reported, not where the speaker is
    ("Russia and Ukraine exchanged accusations. The defence ministry said its forces had struck targets in Kyiv "
     "overnight. Ukraine's army denied losses.", "defence ministry"),
    # a visitor: the official travelled there
    ("Kenya and Ethiopia traded claims over the border. The foreign minister, who arrived in Nairobi on Sunday, "
     "said the talks were useful. Ethiopia's envoy disagreed.", "foreign minister"),
    # the sentence names the hosts' country too
    ("Brazil and Argentina quarrel over beef. In Buenos Aires, the agriculture minister met Brazilian officials "
     "and said prices would fall.", "agriculture minister"),
    # a group of officials meeting in a capital may be of many countries
    ("Poland and Hungary disagree on the quota. In Vienna, the interior ministers said the border would stay "
     "open.", "interior ministers"),
    # a diplomat in a capital is another country's
    ("Chad and Sudan dispute the count. In Khartoum, the ambassador said 300 refugees had arrived. Chad's "
     "government gave a smaller figure.", "ambassador"),
])
def test_a_place_outside_the_speakers_own_clause_gives_no_country(nlp: Any, text: str, name: str) -> None:
    assert _one(_analyse(nlp, text), name).country is None


@pytest.mark.parametrize("text,name,country", [
    ('"The deal is not signed," Chile\'s vice-minister of mines and energy, Rosa Quintana, told reporters.',
     "Rosa Quintana", "CHL"),
    ("Norway's vice-minister of fisheries, Liv Aasen, said the quota would not change.", "Liv Aasen", "NOR"),
])
def test_a_hyphenated_title_with_its_portfolio_before_the_name_gives_its_country(nlp: Any, text: str, name: str,
                                                                                 country: str) -> None:
    person = _one(_analyse(nlp, text), name)
    assert (person.country, person.sector) == (country, "GOV")
