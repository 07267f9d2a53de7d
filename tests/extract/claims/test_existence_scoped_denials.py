"""A denial scoped to "any" of a second thing (extract/claims/absence.py): "no flood has reached any of the
schools" says that no such thing met the schools, not that there was none. It answers only a clause that names the
schools; against one that tells of the thing elsewhere it is no disagreement. "Any" on a vague noun ("at any
time") scopes nothing. Sentences written for these tests
(invented names and places)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from newsledger import Analysis

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/ is not a package
from claim_views import existence_conflicts as _existence


@pytest.mark.parametrize("text", [
    # smoke over farmland, and no smoke reached any school
    ("The regional governor, Ilse Brandvik, said thick smoke covered 300 hectares of farmland near Oster on Monday. "
     "\"No smoke has reached any of the schools in the valley,\" the district health officer, Tomas Reyl, said."),
    # trucks on the highway, none crossed any checkpoint (a report, then a statement)
    ("Trucks from the Varnholt quarry drove along the coast highway all week, the transport agency said in a "
     "statement. Its director, Mira Oskarsson, added that no truck had passed through any checkpoint of the "
     "nature reserve."),
    # shells fell on the hills, no shell hit any house in the village
    ("Shells landed on the hills above Dravik overnight, the army's spokesman, Colonel Petar Lunz, told reporters. "
     "The mayor of Dravik, Jana Holt, said no shell had struck any house in the village."),
])
def test_a_denial_about_another_thing_is_no_answer(analyze: Callable[..., Analysis], text: str) -> None:
    assert not _existence(analyze(text))


@pytest.mark.parametrize("text", [
    # smoke reached the schools, against no smoke reached any school
    ("The regional governor, Ilse Brandvik, said thick smoke reached two schools near Oster on Monday. "
     "\"No smoke has reached any of the schools in the valley,\" the district health officer, Tomas Reyl, said."),
    # shells struck houses, against no shell struck any house
    ("Residents of Dravik said shells struck houses in the village overnight. The army's spokesman, Colonel Petar "
     "Lunz, said no shell had struck any house in Dravik."),
    # "at any time" scopes nothing: the denial stays total
    ("Dock workers in Pellmar said tankers unloaded crude at the north jetty on Sunday. The port's harbour master, "
     "Oda Krell, said no tanker had docked at the north jetty at any time on Sunday."),
])
def test_a_denial_about_the_thing_named_is_an_answer(analyze: Callable[..., Analysis], text: str) -> None:
    assert _existence(analyze(text))
