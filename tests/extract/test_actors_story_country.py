"""Sides whose country is missing or another country's (issue 14, stop 36, sides36).

- The story's own country: a story whose lede names its country and names a second one only as a place (no body,
  official, demonym, town or region of its own) is still about the first: its bare state bodies ("the energy
  ministry", "the government") are that country's. A body or a region of the second country keeps it open.
- A body found bare ("the government") and later named with a demonym or possessive before it ("according to
  Zambian government figures") takes that country.
- Bodies named in Spanish, Portuguese or French: the head word stands first ("Policía Nacional", "Gendarmerie
  du Niger"), and the place the name ends on is its country; "customs" named with a demonym is that country's.

Invented news text in our own words, with made-up events.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsledger import Analysis


def _speaker(analysis: Analysis, words: str) -> tuple[str | None, str | None, str | None]:
    """Name, country and sector of the speaker of the shortest statement holding ``words``."""
    hits = sorted((len(s.content.text), s.speaker) for s in analysis.statements if words in s.content.text)
    assert hits, [s.content.text for s in analysis.statements]
    by_id = {e.id: e for e in analysis.entities}
    found = by_id.get(hits[0][1]) if hits[0][1] else None
    return (found.name, found.country, found.sector) if found is not None else (None, None, None)


@pytest.mark.parametrize(
    ("text", "words", "country"),
    [
        # the second country is only where a power line was meant to go
        ("Power cuts spread across Bolivia for a third night on Tuesday. The energy ministry said a fault at a"
         " substation was to blame. A new line to Argentina, promised years ago, was never finished.",
         "a fault at a substation", "BOL"),
        # an interview in which the troops serve abroad: the ministers at home are the story's
        ("Norway now has more engineers with the UN mission in Mali than at any time since 2015.\n"
         "Q: The Minister for Defence told parliament that about 90 were deployed. Is that right?\n"
         "A: The minister said that about 90 were deployed, and I agree with her.",
         "about 90 were deployed", "NOR"),
    ],
)
def test_a_bare_body_is_the_country_the_lede_names(analyze: Callable[..., Analysis], text: str, words: str,
                                                   country: str) -> None:
    assert _speaker(analyze(text), words)[1] == country


_PLACE_ONLY = ("Power cuts spread across Bolivia on Tuesday, on a line built with help from Argentina. The energy"
               " ministry said a fault at a substation was to blame.")


@pytest.mark.parametrize(
    "text",
    [
        # the other country has a body of its own: whose "energy ministry" is open
        "Power cuts spread across Bolivia on Tuesday. Argentina's foreign ministry said it knew of no fault on its"
        " side. The energy ministry said a fault at a substation was to blame.",
        # the other country has a region of the story: its officials may speak too
        "Flights resumed between Bolivia and Chile on Friday, days after floods in Chile's Atacama region. The"
        " transport ministry said a fault at a substation was to blame.",
    ],
)
def test_a_second_country_with_a_body_or_region_leaves_it_open(analyze: Callable[..., Analysis], text: str) -> None:
    assert _speaker(analyze(_PLACE_ONLY), "a fault at a substation")[1] == "BOL"  # a mere place: the lede's
    assert _speaker(analyze(text), "a fault at a substation")[1] is None


def test_a_later_demonym_codes_a_bare_body(analyze: Callable[..., Analysis]) -> None:
    a = analyze("The government promised 400 kilometres of new roads near the border with Malawi. Farmers say only"
                " a third were built. The government says all of them are open, according to Zambian government"
                " figures.")
    assert _speaker(a, "all of them are open")[1] == "ZMB"


@pytest.mark.parametrize(
    ("text", "words", "sector", "country"),
    [
        ("The Policía Nacional said on Sunday that the lorry had crossed the border at night.",
         "the lorry had crossed", "COP", None),
        ("The Gendarmerie du Sénégal said in a statement that two smugglers had been arrested near the border.",
         "two smugglers had been arrested", "COP", "SEN"),
        ("09:40 - The Gendarmerie du Tchad said in a statement that two trucks crossed the river at night.",
         "two trucks crossed", "COP", "TCD"),
        ("The Fiscalía de Panamá said on Tuesday that the two men would be charged.", "the two men", "JUD", "PAN"),
        ("Exports fell by a fifth last year, according to Moroccan customs.", "Exports fell", "GOV", "MAR"),
    ],
)
def test_bodies_named_in_another_language(analyze: Callable[..., Analysis], text: str, words: str, sector: str,
                                          country: str | None) -> None:
    _, got_country, got_sector = _speaker(analyze(text), words)
    assert (got_sector, got_country) == (sector, country)


def test_a_name_described_as_a_group_is_that_groups_body(analyze: Callable[..., Analysis]) -> None:
    a = analyze("Amani Kwanza, a Ugandan rights group, said on Monday that nine protesters had died in custody. The"
                " interior ministry denied it. Amani Kwanza said later that it held the names of all nine.")
    assert _speaker(a, "it held the names")[:2] == ("Amani Kwanza", "UGA")
