"""Whose country a speaker, person or body is (issues 14 and 15, stop 38): the classes helper countries38 fixed.

Sentences, places and names are our own (made up, in countries other than the gold articles').
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from newsledger.models import Analysis

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/ is not a package
from entity_mentions import covering as _entity
from entity_mentions import statement_speaker as _speaker

Analyze = Callable[..., Analysis]


def test_a_team_of_a_body_speaks_for_the_body_of_the_other_side(analyze: Analyze) -> None:
    # "the press team of the transition council": the council speaks; the paragraph opens on the other
    # country's answer, so the dateline's country is not the council's.
    a = analyze("KASESE, Uganda, May 4 - Two shells fired from the Congolese side of the river landed in a maize "
                "field near the village of Kitembo, the Ugandan army said.\nKinshasa's answer came by the evening. "
                "\"None of our units fired on Tuesday,\" the press team of the transition council said in a "
                "statement.\n")
    council = _speaker(a, "None of our units")
    assert council is not None and council.name.endswith("transition council")
    assert council.country == "COD"


def test_the_provinces_official_and_the_name_given_to_him_after(analyze: Analyze) -> None:
    # "the province's transport minister" is the minister of the province just named, though a neighbour
    # country stands in the sentence; "X, the minister" is that official, named.
    a = analyze("Officials in Mozambique's Sofala province, next to Zimbabwe, closed two border roads on Monday, "
                "with the province's transport minister blaming their Zimbabwean counterparts.\n\nThe roads "
                "\"should have been cleared days ago,\" said Tomas Macuacua, the minister. \"Nobody answered our "
                "calls,\" he added.\n")
    assert _entity(a, "province's transport minister").country == "MOZ"
    assert _entity(a, "Tomas Macuacua").country == "MOZ"
    assert _speaker(a, "Nobody answered") is _entity(a, "Tomas Macuacua")



def test_a_county_the_gazetteer_lacks_is_the_datelines_and_so_are_its_officials(analyze: Analyze) -> None:
    a = analyze("KAMPALA, May 3 (Reuters) - Lunyo District's fisheries officer Moses Waiswa said on Tuesday that the "
                "landing site would close.\n\nThe chairman of Lunyo District, Peter Okiror, said Kenyan boats had "
                "been seen on the lake.\n")
    assert _entity(a, "Lunyo District").country == "UGA"
    assert _entity(a, "Waiswa").country == "UGA"
    assert _entity(a, "Peter Okiror").country == "UGA"


def test_a_body_named_by_the_first_words_of_a_coded_one_is_of_its_country(analyze: Analyze) -> None:
    # A story naming two countries: "the Treasury Department" is coded by the institution list; "Treasury",
    # its short name, and "Treasury Secretary X" are of the same state.
    a = analyze("The Treasury Department on Friday named six Panamanian shell companies that it said had moved "
                "funds for a smuggling ring. \"We will keep at it,\" Treasury Secretary Ana Whitcombe said. Panama's "
                "foreign ministry said it would study the list, while Treasury officials briefed banks.")
    assert _entity(a, "Ana Whitcombe").country == "USA"


def test_a_federal_department_named_in_the_us_style_is_american(analyze: Analyze) -> None:
    # "<Portfolio> Department" is how the US names its federal departments; other states say "ministry".
    a = analyze("The Commerce Department said on Tuesday that steel imports from Vietnam rose by a fifth, and the "
                "Justice Department opened an inquiry into two Vietnamese exporters.")
    assert _entity(a, "Commerce Department").country == "USA"
    assert _entity(a, "Justice Department").country == "USA"


def test_the_people_named_with_the_article_are_the_state(analyze: Analyze) -> None:
    a = analyze("Peru said on Monday that a Chilean patrol boat had entered its waters, but Chile denied it. The "
                "Chileans said the boat never left port.")
    chile = _entity(a, "Chile denied")
    assert chile.type == "GPE" and _entity(a, "Chileans") is chile
    assert _speaker(a, "never left port") is chile
    b = analyze("Peru said on Monday that a Chilean patrol boat had entered its waters, but Chile denied it. "
                "Chileans queued at the border crossing in Tacna.")
    assert _entity(b, "Chileans") is not _entity(b, "Chile denied")  # people, not the state



def test_a_body_here_is_of_the_place_the_reporter_speaks_from(analyze: Analyze) -> None:
    # "here" is where the reporter is (Kathmandu), not the last place named before it (India).
    a = analyze("ANCHOR: Two neighbours disagree about a flood on the Mahakali. Our reporter Sita Thapa is in "
                "Kathmandu.\nTHAPA: After the gates of a barrage in India were opened on Monday, the flood service "
                "here says, about forty homes were lost. The Indian irrigation ministry says the gates stayed shut.\n")
    assert _entity(a, "flood service").country == "NPL"


def test_a_person_described_as_from_a_place_is_of_its_country(analyze: Analyze) -> None:
    a = analyze("Mei Lanfen, a 47-year-old trader from Chongqing who sells tea in a market in Bishkek, said "
                "business was slow.")
    assert _entity(a, "Mei Lanfen").country == "CHN"
