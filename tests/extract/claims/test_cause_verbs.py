"""Cause classes named by a clause's verb (extract/claims/causes.py, ``verbs`` of the ``cause_cues`` classes): "the
blaze was set" (tampering), "the cattle were poisoned" (a discharge), "the trout suffocated" (natural forces), said
of the incident or of what it struck with no doer or cause phrase of the clause's own; an electrical fault as a cue
class; a cause cleared by its own clause ("the wiring in the yard had nothing to do with it", "played no part").
Texts written for these tests (invented places, firms and people)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from newsledger import Analysis

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/ is not a package
from claim_views import cause_conflicts as _cause_conflicts


def _causes(analysis: Analysis, modality: str = "actual") -> list[tuple[str, str]]:
    return [(c.predicate, c.polarity) for c in analysis.claims if c.kind == "cause" and c.modality == modality]


@pytest.mark.parametrize(("text", "predicate", "evidence"), [
    # a fire noun as the passive subject of "set"
    ("A blaze destroyed the Harlow furniture depot on Sunday. \"The blaze was set,\" said Megan Ashby, a "
     "spokeswoman for the Harlow Fire Service.", "tampering", "The blaze was set"),
    # ... and as the object of an active "set", with its determiner
    ("Fire gutted three stalls at the Ostrander market. Somebody set the fires on purpose, according to Karl "
     "Lindqvist, the chairman of the Ostrander Stallholders Association.", "tampering", "set the fires"),
    # a passive verb of poisoning said of the victims
    ("Forty cows died near Vellmar last week. The cattle were poisoned, said Jonas Reuter, who speaks for the "
     "Vellmar Dairy Cooperative.", "discharge", "The cattle were poisoned"),
    # an intransitive verb of a natural death, with no cause phrase of its own
    ("Hundreds of trout died in the Brankov reservoir this month. The trout suffocated, said Pavla Novotna, a "
     "biologist at the Brankov Water Board.", "natural forces", "The trout suffocated"),
])
def test_cause_named_by_a_verb(analyze: Callable[..., Analysis], text: str, predicate: str, evidence: str) -> None:
    a = analyze(text)
    assert (predicate, "asserted") in _causes(a)
    assert any(evidence in c.evidence.text for c in a.claims if c.kind == "cause" and c.predicate == predicate)


@pytest.mark.parametrize(("text", "predicate"), [
    # not an incident's fire: "the date was set"
    ("A blaze destroyed the Harlow furniture depot on Sunday. The date of the hearing was set, said Megan Ashby, "
     "a spokeswoman for the Harlow Fire Service.", "tampering"),
    # the clause names its own cause: suffocated in the crush
    ("Nine people died at the Delmont stadium gate. The victims suffocated in the crush, said Omar Sesay, a "
     "spokesman for the Delmont Football Club.", "natural forces"),
    # the verb has a doer of its own: the smoke suffocated them (the smoke's, not nature's)
    ("Two miners died in the Karsk pit on Monday. The smoke suffocated them, said Ivan Petrov, a spokesman for "
     "the Karsk Mining Company.", "natural forces"),
])
def test_no_cause_from_a_verb_outside_its_frame(analyze: Callable[..., Analysis], text: str, predicate: str) -> None:
    assert predicate not in {p for p, _ in _causes(analyze(text))}


def test_a_question_claims_no_cause(analyze: Callable[..., Analysis]) -> None:
    a = analyze("A blaze destroyed the Harlow furniture depot on Sunday. Was the blaze set? Megan Ashby, a "
                "spokeswoman for the Harlow Fire Service, asked reporters.")
    assert ("tampering", "asserted") not in _causes(a)


@pytest.mark.parametrize("text", [
    # natural forces against a discharge, each side in its own paragraph
    ("Thousands of perch died in Lake Orvet last week.\n"
     "The perch suffocated, the Orvet Environment Agency said on Tuesday.\n"
     "The perch were poisoned, said Lena Brandt of the Orvet Anglers Federation, pointing to the Kessel Dye "
     "Works upstream."),
    # an electrical fault against a fire that was set
    ("A fire swept through the Dunmore textile hall overnight.\n"
     "The Dunmore Council said the fire started in old wiring behind the stalls.\n"
     "The fire was set, said Ruth Okafor, who speaks for the Dunmore Traders Union."),
])
def test_verb_classes_of_two_sides_conflict(analyze: Callable[..., Analysis], text: str) -> None:
    assert _cause_conflicts(analyze(text))


def test_one_side_naming_one_class_twice_is_no_conflict(analyze: Callable[..., Analysis]) -> None:
    a = analyze("Thousands of perch died in Lake Orvet last week.\n"
                "The perch were poisoned, the Orvet Environment Agency said on Tuesday.\n"
                "The Kessel Dye Works poisoned the lake, said Lena Brandt of the Orvet Anglers Federation.")
    assert not _cause_conflicts(a)


@pytest.mark.parametrize(("text", "predicate"), [
    ("A fire destroyed the Okoro timber yard on Monday. Dana Ruiz, a spokeswoman for the Okoro Timber Company, "
     "said the wiring in the yard had nothing to do with it.", "electrical fire"),
    ("Fish died along the Tamsa river in May. The chemical discharge played no part in the fish kill, said Dana "
     "Ruiz, a spokeswoman for the Lakeside Paper Company.", "pollution"),
])
def test_a_cause_cleared_by_its_clause_is_negated(analyze: Callable[..., Analysis], text: str,
                                                  predicate: str) -> None:
    assert (predicate, "negated") in _causes(analyze(text))
