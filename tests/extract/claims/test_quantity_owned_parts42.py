"""A figure for a part of an owner's things ("more than 700 of its lorries are held up", extract/claims/counted.py
``_owned_whole``) counts those things: an owner, no figure, for the whole. "12 of the 40 lorries" and "one of its
patrols" count nothing. A question "how many <nationality> ..." asks a count (``asks_how_many``), so a bare answer
gives it. Texts written for these tests, about made-up people and places."""

from __future__ import annotations

import datetime as dt

from newsledger import Analysis
from newsledger.pipeline import analyze_text

DAY = dt.date(2031, 5, 20)


def _classes(a: Analysis, value: float) -> list[str]:
    return [c.predicate for c in a.claims
            if c.kind == "quantity" and c.value is not None and value in (c.value.low, c.value.high)]


def _quantity_sides(a: Analysis) -> set[str]:
    names = {e.id: e.name for e in a.entities}
    return {names.get(s.actor or "", "") for c in a.conflicts if c.kind == "quantity" for s in c.sides}


def test_a_bare_answer_to_how_many_nationals() -> None:
    text = ("INTERVIEW: Ghanaian canoe crews in a Togolese cell\n\n"
            "We spoke to Ghana's fisheries minister, Kwesi Owusu-Darko, on Friday.\n\n"
            "Q: Minister, how many Ghanaians were detained?\n"
            "A: Nineteen. Nineteen men from Ada and Keta, taken off three canoes last week.\n\n"
            "Q: The Togolese navy says it detained four people, the crew of one canoe.\n"
            "A: That is not the number.")
    a = analyze_text(text, DAY)
    assert "arrests" in _classes(a, 19), _classes(a, 19)
    sides = _quantity_sides(a)
    assert any("navy" in s for s in sides) and any("Owusu-Darko" in s for s in sides), sides


def test_a_part_of_an_owners_things_counts_those_things() -> None:
    """ "more than 700 of its lorries are held up" (extract/claims/counted.py ``_owned_whole``): an owner, no figure,
    for the whole, so the figure counts the lorries there and meets the other side's count of them."""
    a = analyze_text("Lorries have queued at the Kessa border post for three days. The Dorvan Revenue "
                     "Authority told us that around fifty Ostrian lorries are waiting on the Dorvan side. Ostria's "
                     "transport ministry says more than seven hundred of its lorries are held up between here and "
                     "Marrow.", DAY)
    assert any(p.startswith("count:lorry") for p in _classes(a, 700)), _classes(a, 700)
    sides = _quantity_sides(a)
    assert any("Revenue" in s for s in sides) and any("ministry" in s for s in sides), sides


def test_a_part_of_a_numbered_whole_is_no_count() -> None:
    a = analyze_text("The Dorvan Revenue Authority said 12 of the 40 lorries it inspected carried no papers.", DAY)
    assert not any(p.startswith("count:lorry") for p in _classes(a, 12)), _classes(a, 12)


def test_one_of_an_owners_things_is_no_count() -> None:
    a = analyze_text("Dorvan says one of its border patrols was shot at from the Ostrian bank on Tuesday. Ostria's "
                     "defence minister said not one of its soldiers had fired.", DAY)
    assert not [c for c in a.claims if c.kind == "quantity" and c.predicate.startswith("count:patrol")], \
        [(c.predicate, c.value) for c in a.claims if c.kind == "quantity"]
