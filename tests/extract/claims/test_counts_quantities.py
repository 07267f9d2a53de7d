"""The "counts" frames of quantity claims (extract/claims/tallies.py and its hooks in quantity.py): one counted
thing however worded (job losses, homes built or destroyed, people taken into custody), the level of a reference
noun ("puts the number of people held at 22"), anaphoric figures ("put the figure at about 2,000", "the real
number is 150") and "of its members" partitives. Texts written for these tests (invented bodies and events).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from newsledger import Analysis
from newsledger.compare import quantity
from newsledger.compare.quantity import is_recorded
from newsledger.models import Amount

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/ is not a package
from claim_views import quantity_conflicts as _quantity_conflicts


def _counts(analysis: Analysis) -> list[tuple[str, float | None, float | None]]:
    """The count claims (figures recorded only, never compared, left out)."""
    return [(c.predicate, c.value.low, c.value.high) for c in analysis.claims
            if c.kind == "quantity" and c.value is not None and not is_recorded(c.predicate)]


# (text, class, low, high)
CLASSES = [
    ("The union said 4,000 workers were laid off at the Kitwe smelter last year.", "job_losses", 4000, 4000),
    ("Zambia's mines ministry said 1,200 miners had been made redundant at Kitwe.", "job_losses", 1200, 1200),
    ("The Cambodian Labour Confederation says at least 12,000 garment workers have lost their jobs since March.",
     "job_losses", 12000, None),
    ("Kenya's Red Cross said some 3,400 houses were destroyed by the floods in Garissa.", "homes_destroyed", 3400,
     3400),
    ("Tanzania's housing ministry said 5,000 dwellings had been rebuilt in Dodoma.", "homes_rebuilt", 5000, 5000),
    # water, and the disaster tallies' "affected", count the homes a disaster struck
    ("Kenya's Red Cross said 1,200 houses were submerged in Garissa.", "homes_destroyed", 1200, 1200),
    ("Malawi's disaster agency said 640 homes had been affected in Chikwawa.", "homes_destroyed", 640, 640),
    # the parse loses the verb behind an inserted clause: the first verb of a thing class after the noun
    ("A total of 8,000 homes, the housing minister told parliament on Tuesday, have been repaired.",
     "homes_rebuilt", 8000, 8000),
    ("The Andes Student Front said more than 200 of its members had been taken into custody in La Paz.", "arrests",
     200, None),
    ("Bolivia's interior ministry puts the number of protesters held in custody in El Alto at 22.", "arrests", 22, 22),
]


@pytest.mark.parametrize(("text", "cls", "low", "high"), CLASSES, ids=[row[0][:48] for row in CLASSES])
def test_counted_thing_however_worded(analyze: Callable[..., Analysis], text: str, cls: str, low: float,
                                      high: float | None) -> None:
    assert (cls, low, high) in _counts(analyze(text))


def test_building_and_destroying_are_different_counts(analyze: Callable[..., Analysis]) -> None:
    got = {c[0] for c in _counts(analyze("The Kenya Red Cross said 500 homes were destroyed in Garissa. Kenya's "
                                         "housing ministry said 100 houses had been rebuilt there."))}
    assert got == {"homes_destroyed", "homes_rebuilt"}


def test_a_level_with_no_class_and_nothing_before_makes_no_claim(analyze: Callable[..., Analysis]) -> None:
    """ "put the figure at 900" answers a count before it; with none, it counts nothing."""
    assert _counts(analyze("The Mineworkers Union of Zambia put the figure at 900.")) == []


def test_a_level_reached_from_a_starting_point_is_no_level(analyze: Callable[..., Analysis]) -> None:
    """ "the number rose from 12": where a count started, not a figure anyone gives for it now."""
    analysis = analyze("Police in Lima said 40 people were arrested on Sunday. The number rose from 12 in the "
                       "morning, a police spokesman said.")
    assert _counts(analysis) == [("arrests", 40, 40)]


# Two sides, two incompatible figures for one counted thing worded differently.
DISAGREE = [
    # the verb that counts ("lost their jobs") and an anaphoric figure ("put the figure at")
    "The Textile Workers Union of Cambodia says at least 12,000 garment workers have lost their jobs since March. "
    "The Garment Manufacturers Association of Cambodia put the figure at about 2,000.",
    # houses / homes, destroyed / damaged
    "Kenya's Red Cross said some 3,400 houses were destroyed by the floods in Garissa. Kenya's interior ministry "
    "said no more than 800 homes had been damaged in Garissa.",
    # detained / taken into custody, with an "of its members" partitive
    "The Andes Student Front said more than 200 of its members had been taken into custody in La Paz. Bolivia's "
    "police reported 14 detentions in La Paz.",
    # the level of a reference noun against a count by a verb
    "Bolivia's interior ministry puts the number of protesters held in custody in El Alto at 22. The Andes Student "
    "Front says at least 300 of its members were arrested in El Alto.",
    # "the real number is": the class of the count it answers
    "The Chilean Mining Federation said 900 miners were laid off at the Escondida site. The operator BHP said the "
    "real number is 150.",
    # made redundant / "as many as", read as a count near its figure
    "Zambia's mines ministry said 1,200 miners had been made redundant at Kitwe. The Mineworkers Union of Zambia "
    "put the figure at as many as 5,000.",
    # a reference noun whose level a verb with a preposition gives, the figure counting a measure noun
    "Bolivia's forest watchdog Monte Vivo said well over 45,000 hectares of forest were cleared in Beni this year. "
    "Bolivia's environment ministry said its tally comes to a little under nine thousand hectares.",
    "Bolivia's forest watchdog Monte Vivo said well over 45,000 hectares of forest were cleared in Beni this year. "
    "Bolivia's environment ministry said its tally is a little under nine thousand hectares.",
]


@pytest.mark.parametrize("text", DISAGREE, ids=[t[:48] for t in DISAGREE])
def test_one_count_worded_two_ways_conflicts(analyze: Callable[..., Analysis], text: str) -> None:
    analysis = analyze(text)
    assert len(_quantity_conflicts(analysis)) == 1, [c.to_dict() for c in analysis.claims]


AGREE = [
    # houses / homes destroyed, within the tolerance: a corroboration
    "Kenya's Red Cross said about 3,000 houses were destroyed by the floods in Garissa. Kenya's interior ministry "
    "put the number of homes destroyed in Garissa at 3,100.",
    # destroyed and rebuilt are different counts
    "Kenya's Red Cross said 500 homes were destroyed by the floods in Garissa. Kenya's interior ministry said 100 "
    "houses had been rebuilt in Garissa.",
    # job losses of two places
    "The Textile Workers Union of Cambodia says 4,000 workers were laid off in Phnom Penh last year. The Garment "
    "Manufacturers Association of Cambodia says 600 workers lost their jobs in Kampot last year.",
]


@pytest.mark.parametrize("text", AGREE, ids=[t[:48] for t in AGREE])
def test_agreeing_or_different_counts_do_not_conflict(analyze: Callable[..., Analysis], text: str) -> None:
    analysis = analyze(text)
    assert _quantity_conflicts(analysis) == []
    assert len(_counts(analysis)) == 2  # both figures are read: the frames see them, and find no dispute


def test_as_many_as_claims_a_count_near_its_figure() -> None:
    many = Amount(None, 100000.0, unit="protesters", hedge="as many as")
    assert quantity.relation(many, Amount(8000.0, 8000.0, unit="protesters", hedge="some")) == "incompatible"
    assert quantity.relation(many, Amount(70000.0, 70000.0, unit="protesters")) == "compatible"
    # "up to" stays a cap
    assert quantity.relation(Amount(None, 100.0, hedge="up to"), Amount(20.0, 20.0)) == "compatible"


def test_a_bodys_figure_given_in_the_outlets_words_is_the_bodys(analyze: Callable[..., Analysis]) -> None:
    """ "The ministry's figure is ... 12 deaths": the figure is the ministry's claim, not the outlet's."""
    analysis = analyze("Malawi's health ministry's figure is 640 cases and 12 deaths.")
    names = {e.id: e.name for e in analysis.entities}
    deaths = [c for c in analysis.claims if c.predicate == "deaths"]
    assert [(names.get(c.claimant or ""), c.value.low if c.value else None) for c in deaths] == [
        ("Malawi's health ministry", 12)]


def test_an_unowned_figure_stays_the_outlets(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze("The official figure is 12 deaths.")
    assert [c.claimant for c in analysis.claims if c.predicate == "deaths"] in ([], [None])
