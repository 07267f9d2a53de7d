"""A bare figure that answers "how many <noun>" (extract/claims/quantity.py ``_asked``): the answer's figure counts
what the question asks for, by the class or open count the noun and the question's verb give. A figure with a
verb of its own, one deep inside the answer, and one after a question that asks no count are left alone. Texts
written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from newsledger import Analysis
from newsledger.compare.quantity import is_recorded
from newsledger.pipeline import analyze_text

DAY = dt.date(2031, 6, 2)
INTRO = "We spoke to Dr Mira Osei, director of the Lakeside health board, by phone.\n\n"
OUTRO = "\n\nQ: Will things improve?\n\nA: Some things will."  # an interview has more than one turn


def _run(text: str) -> Analysis:
    return analyze_text(INTRO + text + OUTRO, DAY)


def _figures(a: Analysis) -> list[tuple[str, float | None, float | None]]:
    """The count claims (figures recorded only, never compared, left out)."""
    return [(c.predicate, c.value.low, c.value.high) for c in a.claims
            if c.kind == "quantity" and c.value and not is_recorded(c.predicate)]


@pytest.mark.parametrize(("text", "word", "value"), [
    # an open count of the question's noun and verb, the hedge kept
    ("Q: How many nurses have left the hospital since January?\n\nA: About 140, most of them to jobs abroad.",
     "nurse", 140),
    # a class the question's verb gives (people arrested), the figure in words
    ("Q: How many protesters were arrested outside the clinic?\n\nA: Roughly sixty, and all of them went home "
     "the same night.", "", 60),
    # a figure with the noun repeated in the answer, no verb: still the question's count
    ("Q: How many children have been vaccinated so far?\n\nA: Some 75,000 children in the three districts.",
     "", 75000),
])
def test_answer_counts_what_was_asked(text: str, word: str, value: float) -> None:
    found = _figures(_run(text))
    assert any(lo == value and word in pred for pred, lo, _ in found), found


@pytest.mark.parametrize("text", [
    # the question asks no count
    "Q: Why did the nurses leave?\n\nA: About 140, we think, for the pay.",
    # the figure stands deep inside a longer answer, not at its opening
    "Q: How many nurses have left the hospital?\n\nA: We lost our best people last winter, and then about 140 "
    "more.",
])
def test_no_count_without_a_question_asking_one(text: str) -> None:
    assert not any(lo in (140.0,) for _, lo, _ in _figures(_run(text)))
