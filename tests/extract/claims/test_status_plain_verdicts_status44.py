"""Plain status verdicts, stop 44: a verb of keeping or breaking a rule that the tagger takes for a plural noun after
a noun ("the new levy complies with the accord, the ministry said"); a thing that is, or is not, "what the accord
allows"; force in law told by "binds the council" against "can only be advisory" (a verdict, not a
possibility). Guards: a clause of "what" with no link verb over it, a binding treaty named as a kind of paper, one
side's words alone. Sentences written for these tests (invented names and places)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from newsledger import Analysis

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/ is not a package
from claim_views import status_conflicts, statuses


@pytest.mark.parametrize("text", [
    ("Ecuador's trade ministry said on Monday that the sardine levy is lawful. Colombia's foreign ministry said the "
     "sardine levy is not what the 2011 coastal treaty allows."),
    ("Slovakia's interior ministry said the outcome of the district ballot binds the regional council. Czechia's "
     "justice ministry said the outcome of the district ballot can only be advisory."),
])
def test_plain_verdicts_meet(analyze: Callable[..., Analysis], text: str) -> None:
    assert status_conflicts(analyze(text))


def test_a_verb_read_as_a_noun_judges_the_noun_before_it(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze("The new sardine levy complies with the 2011 coastal accord, Ecuador's trade ministry said.")
    found = [(c.predicate, c.about.text if c.about else None) for c in analysis.claims if c.kind == "status"]
    assert found and all(about is not None and "levy" in about for _, about in found)


def test_what_the_accord_allows_judges_the_subject(analyze: Callable[..., Analysis]) -> None:
    found = statuses(analyze("Colombia's foreign ministry said the sardine levy is not what the 2011 coastal treaty "
                             "allows."))
    assert found == [("lawful", "negated")]


def test_can_only_be_advisory_is_a_verdict(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze("Czechia's justice ministry said a district ballot on a matter of state can only be advisory.")
    found = [(c.predicate, c.polarity, c.modality) for c in analysis.claims if c.kind == "status"]
    assert ("invalid", "asserted", "actual") in found


def test_guards(analyze: Callable[..., Analysis]) -> None:
    assert not statuses(analyze("Colombia's foreign ministry said its fishermen would do what the 2011 coastal "
                                "accord allows and no more."))
    assert not statuses(analyze("Czechia's justice ministry said the signed paper was a binding treaty."))
    assert not status_conflicts(analyze(
        "Slovakia's interior ministry said the outcome of the district ballot binds the regional council and that "
        "the new sardine levy complies with the 2011 coastal accord."))


def test_it_after_a_noun_subject_of_the_same_report(analyze: Callable[..., Analysis]) -> None:
    text = ("Norway's environment ministry said the river levy applies to every boat, that it was set by decree in "
            "2019, and that it complies fully with the 2003 border treaty. Finland's foreign ministry said the river "
            "levy breaches the 2003 border treaty.")
    assert status_conflicts(analyze(text))


def test_it_in_a_report_of_its_own_stays_unresolved(analyze: Callable[..., Analysis]) -> None:
    text = ("Norway's environment ministry said the river levy applies to every boat. Finland's foreign ministry said "
            "that it breaches the 2003 border treaty.")
    assert not status_conflicts(analyze(text))
