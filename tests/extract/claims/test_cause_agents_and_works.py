"""Cause classes of the "counts" frames told as a plain clause (extract/claims/causes.py, data/claims.yaml): a cause
that is the subject of a causal verb ("starved the lake of oxygen", "brought on by"), works that change the ground or
the water (a quarry, a spillway opened), a hazard missing from the chart against a ship that left its route, and what
a plant lets out (brine, chlorine). Texts written for these tests (invented companies, people and incidents).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from newsledger import Analysis

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/ is not a package
from claim_views import cause_conflicts as _cause_conflicts
from claim_views import causes as _causes


@pytest.mark.parametrize(("text", "predicate"), [
    # a natural cause as the subject of a causal verb, with no connective of the older list
    ("Hundreds of carp died in Lake Vaso this week. The Lakes Directorate of Latvia says a bloom of algae starved "
     "the lake of oxygen.", "natural forces"),
    ("Hundreds of carp died in Lake Vaso this week. The Lakes Directorate of Latvia says the deaths were brought on "
     "by a spell of heavy swells.", "natural forces"),
    # what a plant lets out, said to have killed them
    ("Hundreds of carp died in Lake Vaso this week. \"The chlorine the tannery pours into the lake killed them,\" "
     "said Ilze Berzina, chairwoman of the Vaso Anglers' Union.", "discharge"),
    # works: a spillway opened, a quarry's dynamite
    ("Floods hit 200 homes in the Mura valley and two people died. \"The power company flooded the valley by "
     "opening the spillway gates at night,\" said Jana Kovac, chairwoman of the Mura Anglers' Union.", "works"),
    ("A mudslide buried three houses in Vrh and two people died. The Vrh Residents' Association said the slope "
     "gave way because of the quarry above the village.", "works"),
    # a hazard the chart did not show; a ship off its route
    ("The ferry Nordlys ran aground off Bodo on Tuesday. Arctic Coast Lines said the reef it hit was not on the "
     "official chart.", "uncharted hazard"),
    ("The ferry Nordlys ran aground off Bodo on Tuesday. Norway's Coastal Administration said the ferry had left "
     "the recommended route by half a mile.", "course error"),
    # a track that failed under its load; parts taken off; a passenger's act
    ("A freight train derailed near Kosti on Monday. The Sudan Railway Workers' Union said the train left "
     "the line because the rails buckled in the heat.", "wear and decay"),
    ("A freight train derailed near Kosti on Monday. Sudan Railways Corporation said the fishplates had been "
     "unbolted overnight.", "tampering"),
    ("A freight train derailed near Kosti on Monday. Sudan Railways Corporation said a passenger had pulled the "
     "emergency brake on the bend.", "mishap"),
])
def test_cause_told_as_a_clause(analyze: Callable[..., Analysis], text: str, predicate: str) -> None:
    got = _causes(analyze(text))
    assert (predicate, "asserted") in got, got


def test_a_sign_with_its_own_not_names_its_class(analyze: Callable[..., Analysis]) -> None:
    """ "was not on the chart" asserts the class (its "not" is the sign's own); "was on the chart" names nothing."""
    told = "The ferry Nordlys ran aground off Bodo on Tuesday. Arctic Coast Lines said the reef {} on the chart."
    assert ("uncharted hazard", "asserted") in _causes(analyze(told.format("was not")))
    assert not [p for p, _ in _causes(analyze(told.format("was"))) if p == "uncharted hazard"]


def test_a_works_word_needs_a_connective(analyze: Callable[..., Analysis]) -> None:
    """ "the quarry" names a cause only where the sentence links it to the incident."""
    who = "A mudslide buried three houses in Vrh and two people died. The Vrh Residents' Association said "
    assert not [p for p, _ in _causes(analyze(who + "the quarry employs forty men.")) if p == "works"]
    assert [p for p, _ in _causes(analyze(who + "the slope failed because of the quarry.")) if p == "works"]


def test_no_incident_no_works_cause(analyze: Callable[..., Analysis]) -> None:
    text = "The Mura Anglers' Union said the power company would be opening the spillway gates next spring."
    assert _causes(analyze(text)) == []


DISAGREE = [
    # nature against works
    "Floods hit 200 homes in the Mura valley on Sunday and two people died. Mura Hydro Power said the flooding was "
    "caused by record rainfall in the hills. The Mura Anglers' Union said the company flooded the valley by opening "
    "the spillway gates at night.",
    # nature against what a plant lets out
    "Hundreds of carp died in Lake Vaso this week. The Lakes Directorate of Latvia says a bloom of algae starved the "
    "lake of oxygen. \"The chlorine the tannery pours into the lake killed them,\" said Ilze Berzina, chairwoman of "
    "the Vaso Anglers' Union.",
]


@pytest.mark.parametrize("text", DISAGREE, ids=[t[:48] for t in DISAGREE])
def test_two_causes_told_as_clauses_conflict(analyze: Callable[..., Analysis], text: str) -> None:
    analysis = analyze(text)
    assert len(_cause_conflicts(analysis)) == 1, [c.to_dict() for c in analysis.claims]


AGREE = [
    # two words of works
    "A mudslide buried three houses in Vrh and two people died. The Vrh Residents' Association said the slope gave "
    "way because of the quarry. The Green Alps Society said the dynamite used at the quarry cracked the slope.",
    # nature twice
    "Hundreds of carp died in Lake Vaso this week. The Lakes Directorate of Latvia says a bloom of algae starved the "
    "lake of oxygen. The Vaso Anglers' Union said the heat had killed them.",
]


@pytest.mark.parametrize("text", AGREE, ids=[t[:48] for t in AGREE])
def test_agreeing_clause_causes_do_not_conflict(analyze: Callable[..., Analysis], text: str) -> None:
    analysis = analyze(text)
    assert _cause_conflicts(analysis) == []
    assert _causes(analysis)


def test_a_cause_that_is_the_subject_gives_its_clause_as_evidence(analyze: Callable[..., Analysis]) -> None:
    """The evidence of a cause that acts as the clause's subject is the clause: what it did, not the cue alone."""
    analysis = analyze("Hundreds of carp died in Lake Vaso this week. The Lakes Directorate of Latvia says a bloom of "
                       "algae, fed by warm water, starved the lake of oxygen.")
    texts = [c.evidence.text for c in analysis.claims if c.kind == "cause"]
    assert "a bloom of algae, fed by warm water, starved the lake of oxygen" in texts, texts


def test_a_cause_after_its_verb_keeps_its_own_words(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze("A ferry sank off Kigoma on Tuesday. \"It sank because of the weather and nothing else,\" "
                       "said Musa Juma, a spokesman for the Lake Tanganyika Ferry Company.")
    texts = [c.evidence.text for c in analysis.claims if c.kind == "cause"]
    assert texts and all("nothing else" not in t for t in texts), texts


def test_a_sign_that_holds_its_verb_gives_the_clause_as_evidence(analyze: Callable[..., Analysis]) -> None:
    """ "had applied the emergency brake while the wagons were crossing": the act with the circumstances told of it."""
    analysis = analyze("A goods train derailed near Kosti on Monday. Sudan's state railway said its driver had "
                       "applied the emergency brake while the wagons were crossing a bridge.")
    texts = [c.evidence.text for c in analysis.claims if c.kind == "cause"]
    assert any(t.endswith("while the wagons were crossing a bridge") for t in texts), texts
