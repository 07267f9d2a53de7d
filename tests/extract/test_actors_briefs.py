"""A country in a title that is someone's brief, not their nationality (issue 15, h-events16): "special envoy to
Chile Ana Ruiz" (the NER may swallow the country into the name; the envoy is not Chilean and is one person with
"Ruiz"), "Pentagon China adviser X" (the body's country, not the brief's). Sentences written for these tests,
made-up names."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsledger import Analysis


def _person(analysis: Analysis, surname: str) -> list:  # type: ignore[type-arg]
    return [e for e in analysis.entities if e.type == "PERSON" and any(m.text.endswith(surname) for m in e.mentions)]


# (text, surname, country): an envoy sent to a country, named in a story filed from the envoy's own capital.
SENT_TO = [
    ('WASHINGTON (AP) - A veteran diplomat, former special envoy to Chile Thomas Brennan, changed his account. '
     '"We never agreed to that," Brennan said.', "Brennan", "USA"),
    ('PARIS (AP) - The former envoy to Ghana Luc Ferrand testified on Monday. "It was a mistake," Ferrand said.',
     "Ferrand", "FRA"),
    ("WASHINGTON (AP) - A career diplomat, former special envoy to Syria James Novak, said he had warned them. "
     "Novak said the plan failed.", "Novak", "USA"),
]


def test_envoy_sent_to_a_country_named_with_its_article(analyze: Callable[..., Analysis]) -> None:
    """ "to the Ukraine": the NER tags "the Ukraine Irina Kovalenko" whole; she is one person, not Ukrainian."""
    got = analyze("Former ambassador to the Ukraine Irina Kovalenko testified before the committee on Friday. "
                  "Kovalenko said she had been recalled early.")
    people = _person(got, "Kovalenko")
    assert len(people) == 1, [(e.name, [m.text for m in e.mentions]) for e in got.entities]
    assert people[0].country != "UKR"
    assert not [e for e in got.entities if "Kovalenko" in e.name and e.type != "PERSON"]


@pytest.mark.parametrize(("text", "surname", "country"), SENT_TO, ids=[c[1] for c in SENT_TO])
def test_envoy_sent_to_a_country(analyze: Callable[..., Analysis], text: str, surname: str, country: str) -> None:
    got = analyze(text)
    people = _person(got, surname)
    assert len(people) == 1, [(e.name, [m.text for m in e.mentions]) for e in got.entities]
    assert people[0].country == country, (people[0].name, people[0].country)


# (text, surname, country): a country's name between a body and the title is the brief.
BRIEF = [
    ("The warning came from former White House Mexico adviser Dana Kowalski on Tuesday.", "Kowalski", "USA"),
    ("The warning came from former State Department Iran adviser Robert Fields on Tuesday.", "Fields", "USA"),
    ("Kremlin Ukraine adviser Ilya Sorokin said the talks were over.", "Sorokin", "RUS"),
]
# ... while a country right before a head of state's title is the country.
OWN = [
    ("Kenya President Paul Otieno met reporters in Nairobi.", "Otieno", "KEN"),
    ("Kenya Foreign Minister Paul Otieno flew to Kampala.", "Otieno", "KEN"),
]


@pytest.mark.parametrize(("text", "surname", "country"), BRIEF + OWN, ids=[c[1] for c in BRIEF + OWN])
def test_country_of_titled_person(analyze: Callable[..., Analysis], text: str, surname: str, country: str) -> None:
    got = analyze(text)
    people = _person(got, surname)
    assert people and people[0].country == country, [(e.name, e.country) for e in got.entities]


def test_subject_on_the_auxiliary(analyze: Callable[..., Analysis]) -> None:
    """"to say Ruiz did, in fact, meet them": the parser hangs the subject on the auxiliary cut off by commas."""
    got = analyze("The former aide changed his story to say Thomas Brennan did, in fact, meet the visiting Peruvians.")
    ruiz = _person(got, "Brennan")
    assert ruiz and any(e.type == "CONSULT" and e.source == ruiz[0].id for e in got.events), got.events


# (text, surname, country): the office an "as" phrase of the person's own clause names, and an abbreviated military
# rank the tokenizer splits from its stop, code the person (with the story's home country for a bare rank).
OFFICES = [
    ('Chidi Okafor was elected as governor of Lagos last month. "We start today," Okafor said.', "Okafor", "NGA"),
    ('Peter Walsh, a teacher, was appointed as mayor of Dublin last week. "It is time," Walsh said.', "Walsh",
     "IRL"),
    ('WASHINGTON (AP) - Lt. Col. Thomas Brennan told lawmakers the call was improper. "It was wrong," Brennan said.',
     "Brennan", "USA"),
]


@pytest.mark.parametrize(("text", "surname", "country"), OFFICES, ids=[c[1] for c in OFFICES])
def test_office_and_rank(analyze: Callable[..., Analysis], text: str, surname: str, country: str) -> None:
    got = analyze(text)
    people = _person(got, surname)
    assert people and people[0].country == country, [(e.name, e.country, e.roles) for e in got.entities]


def test_not_an_office(analyze: Callable[..., Analysis]) -> None:
    got = analyze('Tom Becker was hailed as a hero by the crowd in Lagos. "I am proud," Becker said.')
    assert all(not p.roles for p in _person(got, "Becker"))
