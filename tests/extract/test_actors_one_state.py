"""Actors: one actor per state, per organisation and per person, whatever form the story names it by.

A capital that acts or is acted on and the country it is the capital of are one side; so are a country and its
government named by the country alone. A name's shorter forms (an acronym written with stops, the later words of
a long name) join the full name; a body of a government, a city's people and a second person who shares words of
a name stay apart.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsledger import Analysis, Entity


def _holders(analysis: Analysis, mention: str) -> list[Entity]:
    return [e for e in analysis.entities if any(m.text == mention for m in e.mentions)]


def _owner(analysis: Analysis, mention: str) -> Entity:
    found = _holders(analysis, mention)
    assert len(found) == 1, [(e.name, [m.text for m in e.mentions]) for e in analysis.entities]
    return found[0]


@pytest.mark.parametrize(
    ("text", "country", "capital"),
    [
        # the capital acts (the subject of a speech verb)
        ("Kenya closed its border crossings on Monday. Nairobi said the measure would last a week.", "Kenya",
         "Nairobi"),
        # the capital is acted on (an object that is no place): the country's side too
        ("Peru expelled two diplomats last month, and analysts expect more pressure on Lima from its neighbours.",
         "Peru", "Lima"),
    ],
)
def test_a_capital_beside_its_country_is_one_actor(analyze: Callable[..., Analysis], text: str, country: str,
                                                   capital: str) -> None:
    a = analyze(text)
    state = _owner(a, country)
    assert any(m.text == capital for m in state.mentions), [(e.name, [m.text for m in e.mentions]) for e in a.entities]


def test_a_capital_as_a_place_stays_a_place(analyze: Callable[..., Analysis]) -> None:
    a = analyze("Kenya closed its border crossings on Monday. Nairobi said the measure would last a week."
                " Traders in Nairobi said prices had already risen.")
    state = _owner(a, "Kenya")
    assert any(m.text == "Nairobi" for m in state.mentions)  # the capital that speaks
    places = [e for e in a.entities if e.id != state.id and any(m.text == "Nairobi" for m in e.mentions)]
    assert len(places) == 1 and places[0].sector is None  # the capital where traders are


def test_a_citys_people_stay_with_the_city(analyze: Callable[..., Analysis]) -> None:
    a = analyze("Vietnam reported two new cases on Friday. Hanoi said the outbreak was contained, but Hanoi"
                " hospitals were told to prepare extra beds.")
    state = _owner(a, "Vietnam")
    joined = [m.text for m in state.mentions if m.text == "Hanoi"]
    assert len(joined) == 1, [(e.name, [m.text for m in e.mentions]) for e in a.entities]


@pytest.mark.parametrize(
    ("text", "government"),
    [
        ("Peru recalled its ambassador on Monday. The Peruvian government said the envoy would return next month.",
         "The Peruvian government"),
        ("The government of Chile rejected the claim on Tuesday. Chile has long disputed the maritime border.",
         "The government"),
        # a later bare "the government" refers back to it
        ("The Chilean government rejected the claim. The government said it would appeal. Chile has long disputed"
         " the border.", "The Chilean government"),
    ],
)
def test_a_country_and_its_government_named_by_it_are_one_actor(analyze: Callable[..., Analysis], text: str,
                                                                government: str) -> None:
    a = analyze(text)
    state = _owner(a, government)
    assert state.type == "GPE" and state.sector == "GOV", (state.name, state.type, state.sector)


def test_a_body_of_the_government_stays_its_own_actor(analyze: Callable[..., Analysis]) -> None:
    a = analyze("Peru recalled its ambassador on Monday. The Peruvian government said the envoy would return next"
                " month. The Peruvian foreign ministry declined to comment.")
    state = _owner(a, "Peru")
    assert _owner(a, "The Peruvian government").id == state.id
    assert _owner(a, "The Peruvian foreign ministry").id != state.id


@pytest.mark.parametrize(
    ("text", "mentions"),
    [
        # an acronym written with stops, before or after the full name
        ("The U.N. said on Monday that aid convoys had reached the town. A spokesman for the United Nations said"
         " the trucks carried food.", ("U.N.", "United Nations")),
        ("Delegates from the E.U. met in Lisbon. The European Union later issued a statement on fishing quotas.",
         ("E.U.", "European Union")),
        # a company's name without its group word and legal form, or without its group word alone
        ("Harbour Lines Group Ltd reported a loss on Monday. Harbour Lines said fuel costs had doubled.",
         ("Harbour Lines Group Ltd", "Harbour Lines")),
        ("Analysts at the Halvorsen Group said demand was weak. Halvorsen expects a recovery next year.",
         ("Halvorsen Group", "Halvorsen")),
        # the later words of a long name whose first later word is no given name
        ("Ellen Kwame Mensah Boateng arrived in Accra on Tuesday. Mensah Boateng told reporters she would meet the"
         " president.", ("Ellen Kwame Mensah Boateng", "Mensah Boateng")),
    ],
)
def test_short_forms_are_one_actor(analyze: Callable[..., Analysis], text: str, mentions: tuple[str, ...]) -> None:
    a = analyze(text)
    owners = {e.id for m in mentions for e in _holders(a, m)}
    assert len(owners) == 1, [(e.name, [m.text for m in e.mentions]) for e in a.entities]


def test_a_dotted_country_is_no_acronym_of_a_body(analyze: Callable[..., Analysis]) -> None:
    a = analyze("Officials of the U.S. met delegates of the United Nations and the University of Sydney. The U.N. said"
                " talks went well.")
    assert _owner(a, "U.N.").id == _owner(a, "United Nations").id
    assert _owner(a, "U.S.").country == "USA"
    assert not any(m.text == "U.S." for m in _owner(a, "University of Sydney").mentions)


def test_a_given_name_and_surname_of_a_longer_name_may_be_another_person(analyze: Callable[..., Analysis]) -> None:
    a = analyze("Mary Ann Cole spoke first. Ellen Kwame Mensah Boateng arrived in Accra on Tuesday. Later Ann Cole,"
                " her cousin, answered questions. Mensah Boateng told reporters she would meet the president.")
    assert _owner(a, "Mary Ann Cole").id != _owner(a, "Ann Cole").id
    assert _owner(a, "Mensah Boateng").id == _owner(a, "Ellen Kwame Mensah Boateng").id


def test_quotation_marks_typed_as_backticks_are_no_part_of_a_name(analyze: Callable[..., Analysis]) -> None:
    a = analyze("``Northwind Motors will close the plant,'' the union said. Northwind Motors denied the report.")
    owner = _owner(a, "Northwind Motors")
    assert owner.name == "Northwind Motors" and len(owner.mentions) == 2


@pytest.mark.parametrize(
    ("text", "country", "capital"),
    [
        # the ruling power "in" the capital is the capital's government, no place of an event
        ("Sudan rejected the mediators' plan on Tuesday. Critics said the regime in Khartoum feared losing the ports.",
         "Sudan", "Khartoum"),
        ("Cuba denied the charges on Friday, and exiles said the leadership in Havana would never admit them.",
         "Cuba", "Havana"),
    ],
)
def test_a_capital_named_for_its_government_joins_its_country(analyze: Callable[..., Analysis], text: str,
                                                              country: str, capital: str) -> None:
    a = analyze(text)
    state = _owner(a, country)
    assert any(m.text == capital for m in state.mentions), [(e.name, [m.text for m in e.mentions]) for e in a.entities]
    assert len(_holders(a, capital)) == 1


def test_a_seat_of_government_beside_its_country_is_one_actor(analyze: Callable[..., Analysis]) -> None:
    a = analyze("Russia expelled three diplomats on Monday. The Kremlin said the step answered an earlier expulsion,"
                " and Russia warned of more.")
    state = _owner(a, "Russia")
    assert any(m.text in ("Kremlin", "The Kremlin") for m in state.mentions), \
        [(e.name, [m.text for m in e.mentions]) for e in a.entities]


def test_a_seat_of_government_before_a_noun_is_still_the_state(analyze: Callable[..., Analysis]) -> None:
    a = analyze("Russia expelled three diplomats on Monday after weeks of angry Kremlin warnings about spies.")
    state = _owner(a, "Russia")
    assert any(m.text == "Kremlin" for m in state.mentions), \
        [(e.name, [m.text for m in e.mentions]) for e in a.entities]


def test_a_capital_as_a_place_is_one_place(analyze: Callable[..., Analysis]) -> None:
    a = analyze("Cuba denied the charges on Friday. Exiles said the leadership in Havana would never admit them. The"
                " delegation flew on through Caracas and Havana, and Havana cafes stayed open late.")
    state = _owner(a, "Cuba")
    assert any(m.text == "Havana" for m in state.mentions)
    places = [e for e in a.entities if e.id != state.id and any(m.text == "Havana" for m in e.mentions)]
    assert len(places) == 1, [(e.name, [m.text for m in e.mentions]) for e in a.entities]


@pytest.mark.parametrize(
    ("text", "country", "capital"),
    [
        # the capital addressed after "to": a signal, a concession, a reply is sent to a government, not a city
        ("Japan lifted its ban on rice imports on Tuesday. Seoul called the step a clear signal to Tokyo.", "Japan",
         "Tokyo"),
        # after "toward": an attitude held toward a government
        ("Egypt recalled its envoy last week. Several Gulf rulers have shown open hostility toward Cairo since"
         " the vote.", "Egypt", "Cairo"),
        # an attitude word joined to another noun the preposition hangs on
        ("Chile raised its copper royalties in May. Mining firms voiced frustration and distrust toward Santiago"
         " all summer.", "Chile", "Santiago"),
    ],
)
def test_a_capital_addressed_is_its_country(analyze: Callable[..., Analysis], text: str, country: str,
                                           capital: str) -> None:
    a = analyze(text)
    state = _owner(a, country)
    assert any(m.text == capital for m in state.mentions), [(e.name, [m.text for m in e.mentions]) for e in a.entities]


def test_a_capital_gone_to_stays_a_place(analyze: Callable[..., Analysis]) -> None:
    a = analyze("Japan lifted its ban on rice imports on Tuesday. The Korean trade minister flew to Tokyo for"
                " two days of meetings.")
    state = _owner(a, "Japan")
    assert not any(m.text == "Tokyo" for m in state.mentions), [(e.name, [m.text for m in e.mentions])
                                                               for e in a.entities]


def test_a_seat_of_government_addressed_is_its_country(analyze: Callable[..., Analysis]) -> None:
    a = analyze("Russia rejected the proposal on Thursday. Finnish ministers said they would send a firm message"
                " to the Kremlin before the summit.")
    state = _owner(a, "Russia")
    assert any("Kremlin" in m.text for m in state.mentions), [(e.name, e.type, [m.text for m in e.mentions])
                                                             for e in a.entities]
