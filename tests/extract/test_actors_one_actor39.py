"""One actor per person and per body (issue 15, item 2; stop 39, helper dups39).

Invented news text in our own words: a possessive typed with a left single quote ("Quint‘s") is the person's name
and a possessive ending, and a body every country has ("the Supreme Court", "the High Court"), named once with its
country's word and then without it, is that country's one body; a body named "<body word> of <field>" is the same
body as "<field> <body word>" and as the acronym whose letters keep the "of" ("DOF"). Two bodies of one kind stay
two.
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


@pytest.mark.parametrize(("text", "surfaces", "country"), [
    # A possessive with a left single quote, before the plain name and after it.
    ("Senator Marla Quint‘s aides met donors in Ohio on Monday. Marla Quint said the campaign would go on.",
     ["Marla Quint", "Marla Quint#2"], None),
    ("Governor Odile Varnet signed the budget on Friday. Odile Varnet‘s office said the vote was close.",
     ["Odile Varnet", "Odile Varnet#2"], None),
    # A body every country has, with its country's word and then without it.
    ("The U.S. Supreme Court agreed on Monday to hear the dispute over the dam. Lawyers for the farmers said the "
     "Supreme Court would rule by June.", ["U.S. Supreme Court", "Supreme Court#2"], "USA"),
    ("The Kenyan Supreme Court struck down the levy on Tuesday. Traders said the Supreme Court had saved their "
     "stalls.", ["Kenyan Supreme Court", "Supreme Court#2"], "KEN"),
    # A body's name turned round, and an acronym that keeps the letter of "of".
    ("The Ministry of Fisheries fined the trawler on Monday. The Fisheries Ministry said the fine would stand.",
     ["Ministry of Fisheries", "Fisheries Ministry"], None),
    ("The Department of Fisheries fined the trawler on Monday. A DOF inspector said the boat had no licence.",
     ["Department of Fisheries", "DOF"], None),
])
def test_one_actor_one_entity(analyze: Analyze, text: str, surfaces: list[str], country: str | None) -> None:
    a = analyze(text)
    holders = [_holder(a, s) for s in surfaces]
    assert holders[0] is not None, _describe(a)
    assert all(h is holders[0] for h in holders), _describe(a)
    assert not any(e.name.endswith("‘s") for e in a.entities), _describe(a)
    if country is not None:
        assert holders[0].country == country, _describe(a)


def test_two_ministries_stay_two(analyze: Analyze) -> None:
    a = analyze("The Ministry of Fisheries and the Ministry of Forests met on Monday. The Forests Ministry said the "
                "talks had failed.")
    fish, forests = _holder(a, "Ministry of Fisheries"), _holder(a, "Ministry of Forests")
    assert fish is not None and forests is not None and fish is not forests, _describe(a)
    assert _holder(a, "Forests Ministry") is forests, _describe(a)
