"""Existence disagreements of three more act classes (extract/claims/denials.py, ``existence_classes``): meeting
(dined with / sat with against never met), burning (burned against set alight) and vehicles moving (drove through
against none of its trucks left), with the entities of an argument's apposition ("the deputy minister, X") and of
the noun it comes from ("a truck from X's convoy"). Sentences written for these tests (invented names)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from newsledger import Analysis

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/ is not a package
from claim_views import existence_conflicts as _existence


@pytest.mark.parametrize("text", [
    # a meal together against "never met", the minister named in an apposition
    ("Opposition lawmaker Greta Lund said the deputy minister, Paul Verhoek, dined with the trader Ivo Marsh in a "
     "hotel in Tamsk on 3 May. Paul Verhoek has never met Ivo Marsh, the ministry's spokeswoman Ada Kerr said."),
    # burned against set alight, by a negative quantifier subject
    ("The Kessan Land Rights Centre said police burned the houses in Paddock village on Sunday. Kessan's deputy "
     "governor, Arin Solberg, said no house in Paddock was set alight by anyone on Sunday."),
    # a truck of the company's convoy drove through against none of its trucks left
    ("The Orvik Residents Council said a truck from the Halden Mining convoy drove through the blockade on Monday. "
     "None of its lorries left the mine on Monday, Halden Mining said."),
])
def test_denial_of_another_word_of_the_class(analyze: Callable[..., Analysis], text: str) -> None:
    assert _existence(analyze(text))


@pytest.mark.parametrize("text", [
    # the denial clears someone else: another trader
    ("Opposition lawmaker Greta Lund said the deputy minister, Paul Verhoek, dined with the trader Ivo Marsh in a "
     "hotel in Tamsk on 3 May. Paul Verhoek has never met Olaf Brandt, the ministry's spokeswoman Ada Kerr said."),
    # another day
    ("The Orvik Residents Council said a truck from the Halden Mining convoy drove through the blockade on Monday. "
     "None of its lorries left the mine on Tuesday, Halden Mining said."),
])
def test_no_disagreement_about_another_thing(analyze: Callable[..., Analysis], text: str) -> None:
    assert not _existence(analyze(text))
