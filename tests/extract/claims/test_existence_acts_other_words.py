"""Existence disagreements over an act told in other words (extract/claims/denials.py, stop 35): a demolition told
by a phrasal verb ("knocked down", "tore down") against a denial that anything was touched or demolished, boarding
or coming alongside told by an adverb of place ("climbed aboard", "came alongside") against a denial that anyone
set foot on the vessel or that any boat was near, a verb that takes the subject of the verb it is conjoined to, and
unnamed groups of civilians ("families say", "residents told me") heard as one voice."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest

from newsledger import Analysis
from newsledger.pipeline import analyze_text

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/ is not a package
from claim_views import existence_conflicts as _existence

DAY = dt.date(2031, 4, 8)


def _run(text: str) -> Analysis:
    return analyze_text(text, DAY)


@pytest.mark.parametrize("text", [
    # a phrasal verb of demolition, the subject taken from the verb it is conjoined to, against "no building was
    # touched by any machine": a denial of touching denies the demolition
    ("Residents of Kora told reporters that a digger from the Roads Authority drove in at dawn and knocked down "
     "nine shops. A spokesman for the Roads Authority, Piet Varga, said no building in Kora was touched by any "
     "machine of the authority on Monday."),
    # a phrasal verb of demolition against its noun: "tore down" / "no demolition took place"
    ("The traders' union said council crews tore down twelve market stalls in Lumo on Tuesday. The city council "
     "of Lumo said no demolition took place in Lumo on Tuesday."),
    # "climbed aboard" with no object: the adverb read as the verb's particle, against "nobody set foot on"
    ("The owner of the tanker Sea Lark, Marlow Bulk, said that five armed men climbed aboard from a skiff on "
     "Tuesday. Nobody set foot on the Sea Lark on Tuesday, Kenya's coast guard said."),
    # "came alongside" against "no vessel of the navy had been near": being near is coming alongside
    ("Namibia's fisheries ministry said a patrol boat of the Angolan navy came alongside the trawler Kobus off "
     "the Kunene mouth that night. The Angolan navy said no vessel of the Angolan navy had been near the Kunene "
     "mouth that night."),
])
def test_act_in_other_words_meets_its_denial(text: str) -> None:
    assert _existence(_run(text))


@pytest.mark.parametrize("text", [
    # touching is no demolition: a telling of a touch does not meet a denial of a demolition
    ("Residents of Kora told reporters that a worker from the Roads Authority touched the walls of nine shops on "
     "Monday. A spokesman for the Roads Authority, Piet Varga, said no building in Kora was demolished by the "
     "authority on Monday."),
])
def test_narrower_telling_does_not_meet_a_wider_denial(text: str) -> None:
    assert not _existence(_run(text))


def test_unnamed_civilian_groups_are_one_voice() -> None:
    a = _run("Families in Kora say their shops were flattened on Monday. Residents told reporters that a digger "
             "from the Roads Authority drove in and knocked down nine shops on Monday. A spokesman for the Roads "
             "Authority, Piet Varga, said no building in Kora was touched by any machine of the authority on "
             "Monday.")
    assert len(_existence(a)) == 1
