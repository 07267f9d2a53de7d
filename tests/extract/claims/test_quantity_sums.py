"""A bare sum a side gives with "add up to" or "amount to" (extract/claims/tallies.py ``level_noun``, the
``sum_verbs`` of data/quantities.yaml): the level of the subject's count, which answers the nearest earlier count
by another side, so the two figures meet. A figure with a noun of its own after "add up to", and a sum with no
earlier count to answer, take no other side's class. Texts written for these tests, about made-up people."""

from __future__ import annotations

import datetime as dt

import pytest

from newsledger import Analysis
from newsledger.pipeline import analyze_text

DAY = dt.date(2029, 4, 20)
INTRO = ("We spoke to Rasmus Ilves, who heads the Northern Beekeepers' Union of Estonia, about the hard "
         "winter.\n\n"
         "Q: According to the agriculture ministry, the frost killed 30,000 hives. Is that right?\n\n")
OUTRO = "\n\nQ: What would help your members now?\n\nA: Sugar and cash before the spring."


def _run(answer: str) -> Analysis:
    return analyze_text(INTRO + answer + OUTRO, DAY)


def _predicate(a: Analysis, value: float) -> str | None:
    return next((c.predicate for c in a.claims if c.kind == "quantity" and c.value and c.value.low == value), None)


@pytest.mark.parametrize("answer", [
    "A: Far too low. Every parish secretary has sent us a list of dead colonies, and together the lists add up to "
    "over 70,000.",
    "A: Far too low. We have asked every member since January. Their losses amount to more than 70,000.",
])
def test_a_sum_answers_the_other_side(answer: str) -> None:
    a = _run(answer)
    theirs = _predicate(a, 30000)
    assert theirs is not None and _predicate(a, 70000) == theirs, [(c.predicate, c.value) for c in a.claims]
    assert any(c.kind == "quantity" for c in a.conflicts)


def test_a_sum_with_a_noun_of_its_own_keeps_it() -> None:
    a = _run("A: Far too low. Every parish secretary has sent us a list, and together the lists add up to over "
             "70,000 beekeepers who lost money.")
    assert _predicate(a, 70000) != _predicate(a, 30000)
