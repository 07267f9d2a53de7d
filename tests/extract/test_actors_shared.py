"""Legislatures that many states have under one name (issue 15): a bare "Senate" is the United States' unless the
story is set in another state that has one. Sentences and names are our own.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from newsledger.models import Analysis

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/ is not a package
from entity_mentions import covering as _entity

Analyze = Callable[..., Analysis]

_SET_ELSEWHERE = ("The President of the Senate, Adewale Okon, and Senator Chidi Eze have filed a suit against the"
                  " Inspector-General of Police, Musa Bello. The case follows a summons issued by the Nigeria Police."
                  " On Friday the senators joined a rally outside the police headquarters in Abuja.")


def test_a_bare_senate_in_a_story_set_in_another_state_that_has_one(analyze: Analyze) -> None:
    a = analyze(_SET_ELSEWHERE, published="2018-08-01")
    assert _entity(a, "Senate").country == "NGA"
    assert _entity(a, "Okon").country == "NGA"
    assert _entity(a, "Eze").country == "NGA"


def test_a_possessive_says_whose_senate(analyze: Analyze) -> None:
    a = analyze("Mexico's Senate approved the reform on Tuesday after a long debate.", published="2018-08-01")
    assert _entity(a, "Senate").country == "MEX"


def test_a_foreign_reaction_to_the_senate_keeps_the_vocabularys_country(analyze: Analyze) -> None:
    a = analyze("The Senate voted on Tuesday to impose new sanctions on Iran. Iran's foreign ministry, speaking in"
                " Tehran, called the vote hostile.", published="2018-08-01")
    assert _entity(a, "Senate").country == "USA"


def test_a_story_that_names_the_vocabularys_country_keeps_it(analyze: Analyze) -> None:
    a = analyze("The Senate approved the bill on Friday. Nigeria Police officers in Abuja watched the debate on"
                " television, and the U.S. ambassador praised it.", published="2018-08-01")
    assert _entity(a, "Senate").country == "USA"


def test_an_office_of_a_body_set_off_before_the_name_is_a_bare_title(analyze: Analyze) -> None:
    # The parse hangs the name on the body ("the Senate"); the title is the head of the "of" phrase.
    a = analyze("President of the Senate, Bola Adeyemi, Senator Chidi Eze and Senator Tunde Ade-Bruce have filed a"
                " suit against the police chief.\n\nThe case follows a summons issued by the Nigeria Police.\n\nOn"
                " Friday the three senators joined a rally outside the election office in Abuja.",
                published="2018-08-01")
    assert _entity(a, "Adeyemi").country == "NGA"
