"""One actor per person and per body, and office holders' countries (issue 15, helper actors33).

Invented news text in our own words.
- Offices: "X, who served as Hungary's envoy to Chile, said", "X, who is the Czech deputy trade minister", "X visited
  Y as Finland's trade minister" and "X is Moldova's deputy prime minister" give X the office and its country, and
  the office is no actor of its own; an office the person only met, or is said not to hold, is not theirs.
- State bodies: "Peru's interior ministry", "the Peruvian Interior Ministry" and "the Central Bank of Peru" beside
  "Peru's central bank" are one body; two countries' ministries stay two; "the U.N. Relief Office" is "the United
  Nations Relief Office"; "the federal government" of a story that names the country is that country's actor, and
  "the state government" after it another body.
- Names: a headline's verb in "-s" ("X Hails Y") ends the name the NER ran over it; initials with and without stops
  ("T.J.", "TJ") and a hyphenated surname written with a space name one person; a title before a bare surname picks,
  of two people sharing it, the one named with that title.
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


OFFICES: list[tuple[str, str, str, str, str]] = [
    # (text, the person's surface, the office's surface, country, role word)
    ("Tomas Varga, who served as Hungary's ambassador to Japan until last year, said the talks had failed.",
     "Tomas Varga", "Hungary's ambassador", "HUN", "ambassador"),
    ("Helena Mrakova, who is the Czech deputy foreign minister, said the vote had been fair.",
     "Helena Mrakova", "Czech deputy foreign minister", "CZE", "minister"),
    ("The plan was attacked by Anna Berg, who was Sweden's trade minister until 2019. Berg said it would fail.",
     "Anna Berg", "Sweden's trade minister", "SWE", "minister"),
    ("Jan Novak, who became Slovakia's prime minister in May, spoke first at the summit in Vienna.",
     "Jan Novak", "Slovakia's prime minister", "SVK", "prime minister"),
    # The person's own clause: an "as" phrase, a copula.
    ("Marta Lindqvist visited Brussels on Monday as Finland's new trade minister. \"We want a deal,\" Lindqvist "
     "said.", "Marta Lindqvist", "Finland's new trade minister", "FIN", "minister"),
    ("Pavel Dorin is Moldova's deputy prime minister. He said on Friday that gas prices would rise.",
     "Pavel Dorin", "Moldova's deputy prime minister", "MDA", "prime minister"),
    # A qualifier of the office before it.
    ("Rafael Ortiz, who is Bolivia's caretaker president, said the vote would be held in June.",
     "Rafael Ortiz", "Bolivia's caretaker president", "BOL", "president"),
    ("Nadia Kessel toured the border on Monday as Austria's de facto leader.",
     "Nadia Kessel", "Austria's de facto leader", "AUT", "leader"),
]


@pytest.mark.parametrize(("text", "person", "office", "country", "role"), OFFICES)
def test_relative_clause_office_is_the_persons(analyze: Analyze, text: str, person: str, office: str,
                                              country: str, role: str) -> None:
    a = analyze(text)
    ent = _holder(a, person)
    assert ent is not None, _describe(a)
    assert ent.country == country, _describe(a)
    assert any(role in r.lower() for r in ent.roles), _describe(a)
    assert not any(office in m.text for e in a.entities if e is not ent for m in e.mentions), _describe(a)


@pytest.mark.parametrize("text", [
    "Lena Forsberg, who met Norway's foreign minister on Monday, said the fishing talks had stalled.",
    "Lena Forsberg is not Norway's foreign minister, the paper said, though she had been named in error.",
])
def test_an_office_only_met_or_denied_is_not_the_persons(analyze: Analyze, text: str) -> None:
    a = analyze(text)
    ent = _holder(a, "Lena Forsberg")
    assert ent is not None, _describe(a)
    assert ent.country is None and not ent.roles, _describe(a)


SAME: list[tuple[str, list[str]]] = [
    ("Peru's interior ministry ordered the arrests on Monday. A spokesman for the Peruvian Interior Ministry said "
     "the suspects had fled.", ["Peru's interior ministry", "Peruvian Interior Ministry"]),
    ("The Ghanaian Defence Ministry denied the report. Ghana's defence ministry had earlier said no troops "
     "had crossed.", ["Ghanaian Defence Ministry", "defence ministry"]),
    # "the W of COUNTRY" beside "COUNTRY's W".
    ("Chile's central bank held rates on Thursday. The Central Bank of Chile said prices were steady.",
     ["Chile's central bank", "Central Bank of Chile"]),
    # A listed body's acronym opening a name, and the name spelled out.
    ("The U.N. Relief Office sent tents to the valley. The United Nations Relief Office said more would follow.",
     ["U.N. Relief Office", "United Nations Relief Office"]),
]


@pytest.mark.parametrize(("text", "surfaces"), SAME)
def test_one_state_body_under_possessive_and_demonym(analyze: Analyze, text: str, surfaces: list[str]) -> None:
    a = analyze(text)
    holders = [_holder(a, s) for s in surfaces]
    assert holders[0] is not None, _describe(a)
    assert all(h is holders[0] for h in holders), _describe(a)


def test_two_countries_ministries_stay_two(analyze: Analyze) -> None:
    a = analyze("Peru's interior ministry ordered the arrests. The Chilean Interior Ministry said it would help.")
    first, second = _holder(a, "Peru's interior ministry"), _holder(a, "Chilean Interior Ministry")
    assert first is not None and second is not None and first is not second, _describe(a)


HEADLINES: list[tuple[str, str, str]] = [
    # (text, the headline's mention, the body's mention of the same person)
    ("Kenya's Wambugu-Kirui Hails Fishing Pact\n\nKenyan President Samuel Wambugu-Kirui hailed the fishing pact on "
     "Monday. \"This is good for the lake,\" Wambugu-Kirui said.", "Wambugu-Kirui", "Samuel Wambugu-Kirui"),
    ("Peru's Castellano-Ruiz Visits Chile\n\nPeruvian President Elena Castellano-Ruiz arrived in Santiago on "
     "Sunday. Castellano-Ruiz said the visit would ease the dispute.", "Castellano-Ruiz", "Elena Castellano-Ruiz"),
]


@pytest.mark.parametrize(("text", "headline", "body"), HEADLINES)
def test_a_headlines_verb_ends_the_name(analyze: Analyze, text: str, headline: str, body: str) -> None:
    a = analyze(text)
    ent = _holder(a, headline)
    assert ent is not None and ent is _holder(a, body), _describe(a)


def test_a_headline_name_with_no_known_part_stays_whole(analyze: Analyze) -> None:
    a = analyze("Northern Harbour Trusts Sign Lease\n\nThe port board signed the lease on Monday.")
    assert _holder(a, "Northern Harbour") is None, _describe(a)


ONE_PERSON: list[tuple[str, list[str]]] = [
    # Initials run together, with and without stops.
    ("Senator T.J. Marwick opened the hearing. TJ Marwick later said the bill would pass, and Marwick left early.",
     ["T.J. Marwick", "TJ Marwick", "Marwick#3"]),
    # A hyphenated surname written later with a space.
    ("Adaeze Okonkwo-Bala, Nigeria's trade minister, spoke on Monday. Okonkwo Bala said exports had grown.",
     ["Adaeze Okonkwo-Bala", "Okonkwo Bala"]),
]


@pytest.mark.parametrize(("text", "surfaces"), ONE_PERSON)
def test_one_person_under_name_variants(analyze: Analyze, text: str, surfaces: list[str]) -> None:
    a = analyze(text)
    holders = [_holder(a, s) for s in surfaces]
    assert holders[0] is not None, _describe(a)
    assert all(h is holders[0] for h in holders), _describe(a)


def test_other_initials_are_another_person(analyze: Analyze) -> None:
    a = analyze("T.J. Marwick and his brother T.R. Marwick sued the council. TR Marwick said the case was strong.")
    first, second = _holder(a, "T.J. Marwick"), _holder(a, "TR Marwick")
    assert first is not None and second is not None and first is not second, _describe(a)


def test_a_title_picks_which_namesake_a_surname_names(analyze: Analyze) -> None:
    a = analyze("Vice President Harold Crane met the mayor on Monday. His son Peter Crane joined them. Later, Vice "
                "President Crane said the city needed more funds.")
    father, son, later = _holder(a, "Harold Crane"), _holder(a, "Peter Crane"), _holder(a, "Crane#3")
    assert father is not None and son is not None and father is not son, _describe(a)
    assert later is father, _describe(a)


def test_the_federal_government_is_the_states_and_a_state_government_another(analyze: Analyze) -> None:
    a = analyze("Canada will pay for the new bridge, Prime Minister Mark Bellamy said on Monday. The federal "
                "government will give $40 million. The Manitoba provincial government will add $5 million.")
    country, federal = _holder(a, "Canada"), _holder(a, "federal")
    assert country is not None and country.country == "CAN", _describe(a)
    assert any(m.text.lower() == "the federal government" for m in country.mentions), _describe(a)
    assert not any("provincial" in m.text for m in country.mentions), _describe(a)
    assert federal is None, _describe(a)


def test_a_state_government_is_not_the_federal_one_named_before(analyze: Analyze) -> None:
    a = analyze("Ministers said the federal government would pay for the dam. The Tasmanian state government "
                "will add more.")
    ents = [e for e in a.entities if any("government" in m.text for m in e.mentions)]
    assert len(ents) == 2, _describe(a)
