"""Entities: named entities grouped into one record per participant."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsledger import Analysis
from newsledger.textutil import mend_mojibake, name_key


def groups(analysis: Analysis) -> dict[str, set[str]]:
    return {e.name: {m.text for m in e.mentions} for e in analysis.entities}


@pytest.mark.parametrize(
    ("text", "name", "mentions"),
    [
        ("Kenyan President William Ruto arrived in Addis Ababa on Monday. Ruto said the talks would be long.",
         "William Ruto", {"William Ruto", "Ruto"}),
        ("Colombia's Foreign Minister Luis Gilberto Murillo met his counterpart. Murillo later flew home.",
         "Luis Gilberto Murillo", {"Luis Gilberto Murillo", "Murillo"}),
        ("Egypt's government rejected the plan. Officials in Egypt said talks would continue.",
         "Egypt", {"Egypt"}),
        ("Saudi official Faisal bin Farhan spoke first. Later, Farhan answered questions.",
         "Faisal bin Farhan", {"Faisal bin Farhan", "Farhan"}),
        ("The United Nations called for a ceasefire. The UN said aid convoys were blocked.",
         "United Nations", {"United Nations", "UN"}),
        ("Hassan el-Masri, an Egyptian negotiator, said little. Masri left the room early.",
         "Hassan el-Masri", {"Hassan el-Masri", "Masri"}),
        # An organisation's name without its first words: "X of Y" without its body word, a body without the
        # chamber that qualifies it.
        ("Nurses asked the Department of Homeland Security for help. Border officials, who answer to Homeland"
         " Security, declined the request.", "Department of Homeland Security",
         {"Department of Homeland Security", "Homeland Security"}),
        ("Ms. Rana appeared before the House Intelligence Committee on Monday. In her statement to the Intelligence"
         " Committee she described the call.", "House Intelligence Committee",
         {"House Intelligence Committee", "Intelligence Committee"}),
    ],
)
def test_mentions_of_one_participant_are_one_entity(analyze: Callable[..., Analysis], text: str, name: str,
                                                    mentions: set[str]) -> None:
    found = groups(analyze(text))
    owner = [n for n, ms in found.items() if mentions <= ms]
    assert owner, f"{mentions} not grouped in {found}"
    assert name_key(owner[0]) == name_key(name)


def test_a_short_name_two_organisations_end_in_stays_apart(analyze: Callable[..., Analysis]) -> None:
    found = groups(analyze("The Senate Intelligence Committee and the House Intelligence Committee met. The"
                           " Intelligence Committee said nothing."))
    assert not [n for n, ms in found.items() if "Intelligence Committee" in ms and len(ms) > 1]


def test_different_people_with_one_surname_stay_apart(analyze: Callable[..., Analysis]) -> None:
    text = ("Former minister Maria Silva met trade envoy Jorge Silva in Lisbon on Friday. "
            "Maria Silva said the meeting was useful.")
    found = groups(analyze(text))
    people = [n for n in found if "Silva" in n]
    assert {name_key(p) for p in people} >= {"maria silva", "jorge silva"}


def test_mentions_point_at_their_text(analyze: Callable[..., Analysis]) -> None:
    text = "Japan's defence ministry said Japan and the Philippines would hold drills. Japan’s navy will lead."
    analysis = analyze(text)
    for entity in analysis.entities:
        for m in entity.mentions:
            assert text[m.start:m.end] == m.text
            assert not m.text.endswith(("'s", "’s"))
    japan = [e for e in analysis.entities if e.name == "Japan"]
    assert len(japan) == 1 and len(japan[0].mentions) >= 2


def test_numbers_and_dates_are_not_entities(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze("About 3,000 troops left on 12 May 2024, costing $40 million, the second time this year.")
    assert all(e.type in {"PERSON", "ORG", "GPE", "LOC", "NORP", "GROUP", "OTHER"} for e in analysis.entities)
    assert not any(any(ch.isdigit() for ch in e.name) for e in analysis.entities)


@pytest.mark.parametrize(("raw", "key"), [("Iraq’s", "iraq's"), ("  Ali  Larsen ", "ali larsen"),
                                          ("Chargé", "charge"), ('"NATO"', "nato")])
def test_name_key(raw: str, key: str) -> None:
    assert name_key(raw) == key


@pytest.mark.parametrize("head", ["Ontario Tenants Federation", "Canadian Civil Liberties Association",
                                  "Observatorio Andino de Derechos Humanos"])
def test_a_name_never_runs_over_a_line_break(analyze: Callable[..., Analysis], head: str) -> None:
    a = analyze(f"{head}\nToronto, 9 September 2024\nForty families were evicted on Tuesday.\n")
    names = [e.name for e in a.entities]
    assert all("\n" not in n for n in names), names
    assert any(n.startswith(head.split()[0]) for n in names), names


def test_a_bare_surname_with_a_stray_s_is_the_one_person_of_that_surname(analyze: Callable[..., Analysis]) -> None:
    # The writer adds an "s" to the minister's surname when quoting him: one person, with his country.
    a = analyze('Tony Ravel, Canada\'s trade minister, met the union. "We will help," said Ravels.')
    owners = [e for e in a.entities if {"Tony Ravel", "Ravels"} <= {m.text for m in e.mentions}]
    assert len(owners) == 1 and owners[0].country == "CAN", groups(a)


def test_a_stray_s_joins_no_one_where_two_people_share_the_surname(analyze: Callable[..., Analysis]) -> None:
    a = analyze('Ana Ravel and her brother Ivo Ravel met the union. "We will help," said Ravels.')
    assert not any({"Ravels", "Ana Ravel"} <= {m.text for m in e.mentions}
                   or {"Ravels", "Ivo Ravel"} <= {m.text for m in e.mentions} for e in a.entities), groups(a)


# UTF-8 read as Latin-1 twice over, as some archived pages hold accented names ("í" -> "Ã\x83Â\xad").
def _garbled(word: str) -> str:
    return word.encode("utf-8").decode("latin-1").encode("utf-8").decode("latin-1")


@pytest.mark.parametrize(
    ("text", "full", "other"),
    [
        # The NER sees only the given name: the damaged surname is part of the name, and the bare surname later
        # the same person.
        (f"\n\nOlga {_garbled('Marín')}, Peru's ambassador to Chile, said the border must stay open. "
         f"{_garbled('Marín')} added that talks would go on.", f"Olga {_garbled('Marín')}", _garbled("Marín")),
        (f"The plan was drafted by aides to President Ramiro {_garbled('Peña')} Vidal, whose office declined to "
         "comment.", f"Ramiro {_garbled('Peña')} Vidal", None),
    ],
    ids=["bare surname later", "title before"],
)
def test_a_name_whose_accents_came_through_garbled_is_read_whole(analyze: Callable[..., Analysis], text: str,
                                                                  full: str, other: str | None) -> None:
    a = analyze(text)
    owners = [e for e in a.entities if full in {m.text for m in e.mentions}]
    assert len(owners) == 1 and owners[0].type == "PERSON", groups(a)
    assert owners[0].name == mend_mojibake(full)  # the canonical name with its accents back
    if other is not None:
        assert other in {m.text for m in owners[0].mentions}, groups(a)
        assert owners[0].country == "PER", groups(a)


@pytest.mark.parametrize(
    ("garbled", "mended"),
    [
        ("Pe\u00c3\u00b1a", "Peña"),  # read once as Windows-1252
        (_garbled("Marín") + ",", "Marín,"),  # twice, as Latin-1
        ("Pe\u0041\u0303\u00b1a", "Peña"),  # then decomposed: "A" and a combining tilde for "Ã"
        ("G\u0041\u03031\u20444nter", "Günter"),  # and "1⁄4" for "¼"
        ("S\u00c3O PAULO", "S\u00c3O PAULO"),  # no UTF-8 behind it: left alone
        ("Zürich and São Tomé", "Zürich and São Tomé"),
    ],
)
def test_garbled_accents_are_mended_in_name_keys(garbled: str, mended: str) -> None:
    assert mend_mojibake(garbled) == mended
    assert name_key(garbled) == name_key(mended)


def test_a_listed_person_is_known_by_a_garbled_name(analyze: Callable[..., Analysis]) -> None:
    a = analyze(f"Andr{_garbled('é')}s Manuel L{_garbled('ó')}pez Obrador spoke in Puebla.", published="2004-06-01")
    person = next(e for e in a.entities if e.type == "PERSON")
    assert person.country == "MEX", groups(a)
