"""One actor per body and per unnamed head of a body (issue 15, item 2).

Invented news text in our own words: the other names of a body (an acronym the vocabulary lists or the text
gives in brackets, a transliteration), a party named with and without its country word, a company with and
without its legal form, the head of an organisation who speaks unnamed, and a place whose name holds a demonym.
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


SAME: list[tuple[str, list[str]]] = [
    # Listed other names of one body (data/actors/aliases.tsv).
    ("Daesh fighters shelled the town on Monday. Islamic State later said it had taken the bridge, and ISIS "
     "supporters celebrated.", ["Daesh", "Islamic State", "ISIS"]),
    ("Hizballah fired rockets overnight. Hezbollah said the strikes answered an attack on a village.",
     ["Hizballah", "Hezbollah"]),
    ("The IAEA sent inspectors to the plant. The International Atomic Energy Agency said they found no fault.",
     ["IAEA", "International Atomic Energy Agency"]),
    # An acronym given in brackets after the name, whatever its letters.
    ("The Union of Free Farmers of Mali (SPLM) protested on Monday. The SPLM said prices were too low.",
     ["Union of Free Farmers of Mali", "SPLM#2"]),
    # A party or body named with its country word, then without it.
    ("The Chinese Communist Party met in Shanghai. The Communist Party said growth would slow.",
     ["Chinese Communist Party", "Communist Party#2"]),
    ("The Nepali Workers Front called a strike. The Workers Front said talks had failed.",
     ["Nepali Workers Front", "Workers Front#2"]),
    # A company with and without its legal form.
    ("Orlan Freight Co. lost its biggest client. Orlan Freight said the contract had been unfair.",
     ["Orlan Freight Co.", "Orlan Freight#2"]),
    # A one-word company name before a form no person's name ends with, and two spellings of one legal form.
    ("Skyhaul Ltd. won the contract for the new freighters. Skyhaul said the first aircraft would fly in May.",
     ["Skyhaul Ltd.", "Skyhaul#2"]),
    ("Talvik Mining Co. signed the lease on Friday. A lawyer for Talvik Mining Company said the terms were fair.",
     ["Talvik Mining Co.", "Talvik Mining Company"]),
]


@pytest.mark.parametrize(("text", "surfaces"), SAME)
def test_one_body_one_entity(analyze: Analyze, text: str, surfaces: list[str]) -> None:
    a = analyze(text)
    holders = [_holder(a, s) for s in surfaces]
    assert holders[0] is not None, _describe(a)
    assert all(h is holders[0] for h in holders), _describe(a)


def test_listed_other_names_share_the_bodys_ref(analyze: Analyze) -> None:
    a = analyze("ISIL fighters shelled the town on Monday. Daesh said it had taken the bridge.")
    holder = _holder(a, "Daesh")
    assert holder is not None and holder.ref == "Islamic State", _describe(a)


@pytest.mark.parametrize(("text", "one", "other"), [
    # A listed party of one country is not the namesake another country's story names with its country word.
    ("The Kenyan Democratic Party won the vote in Mombasa. In Washington the Democratic Party said it would "
     "send observers.", "Kenyan Democratic Party", "Democratic Party#2"),
    # Two parties of one name and two countries: the bare name is neither's.
    ("The Nepali Workers Front and the Indian Workers Front met in Delhi. The Workers Front said it would march.",
     "Nepali Workers Front", "Workers Front#3"),
    ("The Nepali Workers Front and the Indian Workers Front met in Delhi. The Workers Front said it would march.",
     "Indian Workers Front", "Workers Front#3"),
    # A body every country has is not read as one country's by its bare name.
    ("The Thai Foreign Ministry summoned the envoy. The Foreign Ministry in Hanoi said it had not been told.",
     "Thai Foreign Ministry", "Foreign Ministry#2"),
])
def test_namesake_bodies_stay_apart(analyze: Analyze, text: str, one: str, other: str) -> None:
    a = analyze(text)
    first, second = _holder(a, one), _holder(a, other)
    assert first is not None and first is not second, _describe(a)


@pytest.mark.parametrize(("text", "speaker", "body", "sector"), [
    ("On Monday the chair of the board of Meridian Foods told the press that the chief executive had been "
     "dismissed.", "chair", "Meridian Foods", "BUS"),
    ("The chief executive of Ostra Mining said output would fall this year.", "chief executive", "Ostra Mining",
     "BUS"),
    ("Ostra Mining's chief executive said output would fall this year.", "chief executive", "Ostra Mining",
     "BUS"),
])
def test_the_unnamed_head_of_a_body_speaks_as_a_person_of_it(analyze: Analyze, text: str, speaker: str,
                                                              body: str, sector: str) -> None:
    a = analyze(text)
    (statement,) = a.statements
    by_id = {e.id: e for e in a.entities}
    head = by_id[statement.speaker or ""]
    assert head.type == "PERSON" and speaker in head.name and body in head.name, _describe(a)
    assert head.affiliation is not None and by_id[head.affiliation].name == body, _describe(a)
    assert head.sector == sector, _describe(a)


@pytest.mark.parametrize("text", [
    # A named head is the person named; a spokesman speaks for the body as before.
    "The chief executive of Ostra Mining, Ana Ruiz, said output would fall this year.",
    # A body's head that only its pronoun names stays the body's voice.
    "Ostra Mining had a bad year. Its chief executive said output would fall.",
])
def test_no_unnamed_head_where_a_name_or_pronoun_tells(analyze: Analyze, text: str) -> None:
    a = analyze(text)
    assert not [e for e in a.entities if e.type == "PERSON" and "chief executive" in e.name], _describe(a)


@pytest.mark.parametrize(("text", "place", "country"), [
    # The province is Canada's (a region of countries_extra.tsv since h-country17), never Britain's.
    ("Officials in British Columbia said the fires had spread.", "British Columbia", "CAN"),
    ("A cyclone formed over the Indian Ocean on Sunday.", "Indian Ocean", None),
])
def test_a_demonym_inside_a_place_name_is_no_country(analyze: Analyze, text: str, place: str,
                                                     country: str | None) -> None:
    a = analyze(text)
    holder = _holder(a, place)
    assert holder is not None and holder.country == country, _describe(a)
