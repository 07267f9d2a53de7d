"""A crowd counted by where it stands (quantities.yaml, the protesters class's ``locatives``): "30,000 people were in
the square", "were on the avenue", "were at the rally" count the people at a gathering, like "gathered" or "took part",
so an organiser's figure told that way meets the police's "gathered" figure. Texts written for these tests (invented
towns, bodies and people).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsledger import Analysis


def _counts(analysis: Analysis) -> list[tuple[str, float | None, float | None]]:
    return [(c.predicate, c.value.low, c.value.high) for c in analysis.claims
            if c.kind == "quantity" and c.value is not None]


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ('Its spokesman, Arlo Venn, told reporters that "well over 30,000" people were in the square and the lanes '
         "around it.", 30000, None),
        ("The mayor of Kestrin, Orla Thane, said 12,000 people were at the rally.", 12000, 12000),
        ("The Harbour Alliance said about 9,000 people were on the boulevard by noon.", 9000, 9000),
    ],
)
def test_people_in_a_gathering_place_are_the_crowd(analyze: Callable[..., Analysis], text: str, low: float,
                                                   high: float | None) -> None:
    assert ("protesters", low, high) in _counts(analyze(text))


def test_a_noun_of_its_own_class_keeps_it(analyze: Callable[..., Analysis]) -> None:
    # soldiers in the square are troops, people at a checkpoint no crowd
    found = _counts(analyze("Colonel Ivo Marsh said 30 soldiers were in the square and 40 people were at the "
                            "checkpoint."))
    assert ("troops", 30, 30) in found
    assert all(p != "protesters" for p, _low, _high in found)


def test_an_organisers_count_by_place_meets_the_polices_gathered_count(analyze: Callable[..., Analysis]) -> None:
    text = ("Marlow rally against the port bill - live\n"
            "10:15 The Marlow police say about 5,000 people have gathered outside the town hall and that the rally "
            "is calm.\n"
            "10:50 The organisers, the Harbour Alliance, disputed the figure. Their spokesman, Arlo Venn, told "
            'reporters from a truck that "well over 30,000" people were in the square and the lanes around it.\n'
            "11:30 The police say one man was detained.")
    analysis = analyze(text)
    found = [c for c in analysis.conflicts if c.kind == "quantity"]
    assert len(found) == 1
    claims = {c.id: c for c in analysis.claims}
    figures = {claims[s.claim_id].value.low for s in found[0].sides if s.claim_id in claims
               and claims[s.claim_id].value is not None}
    assert figures == {5000.0, 30000.0}


def test_one_sides_crowd_told_twice_is_no_conflict(analyze: Callable[..., Analysis]) -> None:
    text = ("The Harbour Alliance said about 8,000 people gathered in Marlow on Sunday. Its spokesman, Arlo Venn, "
            "said later that 8,000 people were in the square.")
    assert [c for c in analyze(text).conflicts if c.kind == "quantity"] == []
