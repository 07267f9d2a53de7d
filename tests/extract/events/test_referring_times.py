"""Events an analyst would sign on unseen news (issue 15, h-events42): a time that only refers back to another time
of the story ("that month", "the same year", "the previous week", "the following day") has no value of its own; the
act it dates is set at the time it refers to, the nearest earlier time with a value in its sentence or in the one or
two sentences before it (news paragraphs are often one sentence: across them), so an act told "that month" after a
month years before the story is background. A referent close to the publication, one three sentences back, a count
of units forward ("two years later") or no earlier time leaves the act coded. Sentences written for these tests,
made-up names."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsledger import Analysis

PUBLISHED = "2021-03-10"

# (text, type): the referring time sends the act more than a year back.
LEFT_OUT = [
    ("The Tallinn Watch group sued the Estonian interior ministry in October 2016. It also filed a records request "
     "with the Latvian embassy that month.", "REQUEST"),
    ("The Tallinn Watch group sued the Estonian interior ministry in October 2016.\n\nThe group filed a records "
     "request with the Latvian embassy that month.", "REQUEST"),
    ("On May 4, 2017, a Lithuanian newspaper revealed the deal, and the following day, the Latvian parliament asked "
     "the Lithuanian government to release the contract.", "REQUEST"),
    ("Estonia expelled two Latvian diplomats in 2015. The same year, Riga accused Tallinn of spying on its "
     "embassy.", "ACCUSE"),
    ("Latvia hosted the summit in June 2018. The previous week, its foreign minister had met the Lithuanian "
     "envoy in Vilnius.", "CONSULT"),
]

# (text, type): the referent is recent, in another paragraph, a count forward, or missing.
CODED = [
    ("The Tallinn Watch group sued the Estonian interior ministry on Monday. It also filed a records request with "
     "the Latvian embassy that day.", "REQUEST"),
    ("Estonia expelled two Latvian diplomats in 2015. Latvia protested. The envoys left. The same week, Riga "
     "accused Tallinn of spying on its embassy.", "ACCUSE"),
    ("Estonia expelled two Latvian diplomats in 2015. Two years later, Riga accused Tallinn of spying on its "
     "embassy.", "ACCUSE"),
    ("On February 2, Latvian lawmakers debated the deal. The following day, the Latvian parliament urged the "
     "Lithuanian government to release the contract.", "REQUEST"),
    ("That week, Riga accused Tallinn of spying on its embassy.", "ACCUSE"),
]


@pytest.mark.parametrize(("text", "etype"), LEFT_OUT, ids=[c[0][:40] for c in LEFT_OUT])
def test_left_out(analyze: Callable[..., Analysis], text: str, etype: str) -> None:
    got = analyze(text, PUBLISHED)
    assert not [e for e in got.events if e.type == etype], [(e.type, e.evidence.text) for e in got.events]


@pytest.mark.parametrize(("text", "etype"), CODED, ids=[c[0][:40] for c in CODED])
def test_coded(analyze: Callable[..., Analysis], text: str, etype: str) -> None:
    got = analyze(text, PUBLISHED)
    assert [e for e in got.events if e.type == etype], [(e.type, e.evidence.text) for e in got.events]
