"""Acceptance told of a state and denied by its government, and a denial of "any" such thing (issue 14,
extract/claims/acceptance.py and compare): "Country A agreed to X" and "A's government agreed to nothing of the
kind" are one accepter; "has not accepted any new arrangement" answers the acceptance told before,
whatever words that one used for its thing. Sentences written for these tests (invented places and names)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from newsledger import Analysis

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/ is not a package
from claim_views import acceptance_conflicts as _acceptance_conflicts
from claim_views import actual_acceptances as _acceptances


@pytest.mark.parametrize("text", [
    # a country said to have agreed; its government denies it
    ("Portugal says Morocco has agreed to reopen the ferry route to Tangier. Morocco's government says it has "
     "agreed to nothing of the kind."),
    ("Chile said on Monday that Peru had accepted the new fishing timetable. Peru's government said it had "
     "accepted nothing."),
])
def test_a_state_and_its_government_accept_or_refuse_as_one(analyze: Callable[..., Analysis], text: str) -> None:
    a = analyze(text)
    assert _acceptances(a, "asserted") and _acceptances(a, "negated")
    assert _acceptance_conflicts(a)


@pytest.mark.parametrize(("text", "thing"), [
    ("Kenya's trade minister, Amos Otieno, said the European Union had signed off on Kenya's request for a "
     "quota for cut flowers. A spokesperson for the European Union said the bloc \"has not accepted any new import "
     "arrangement\".", "quota"),
    ("Thailand's labour minister said the Federation of Rubber Tappers had accepted the new pay timetable. Its "
     "chairwoman, Malee Srisuk, said the Federation of Rubber Tappers had not agreed to any wage settlement.",
     "pay timetable"),
])
def test_a_denial_of_any_such_thing_answers_the_acceptance_before(analyze: Callable[..., Analysis], text: str,
                                                                 thing: str) -> None:
    a = analyze(text)
    denied = _acceptances(a, "negated")
    assert denied and all(c.about is not None and thing in c.about.text for c in denied)
    assert _acceptance_conflicts(a)


def test_a_denial_of_something_else_named_keeps_its_own_thing(analyze: Callable[..., Analysis]) -> None:
    a = analyze("Thailand's labour minister said the Federation of Rubber Tappers had accepted the new pay timetable. "
                "Its chairwoman, Malee Srisuk, said the Federation of Rubber Tappers had not agreed to the pension "
                "plan.")
    denied = _acceptances(a, "negated")
    assert denied and all(c.about is not None and "pension plan" in c.about.text for c in denied)


@pytest.mark.parametrize("denial", [
    "No timetable had been settled, she told reporters.",
    "No schedule was settled, she told reporters.",
])
def test_a_proposal_never_settled_answers_the_acceptance_told_before(analyze: Callable[..., Analysis],
                                                                    denial: str) -> None:
    # told four sentences after the acceptance it answers, with a thing of its own
    a = analyze("When Norway's fisheries minister came back from Reykjavik, he told parliament that Iceland had agreed "
                "to keep its trawlers out of the disputed grounds from March. Fishermen in Tromso cheered. Their nets "
                "have been cut for years. Some doubted it. But a spokeswoman for Iceland's foreign ministry said the "
                "talks had only produced a wish to keep talking. " + denial)
    denied = _acceptances(a, "negated")
    assert denied and all(c.about is not None and "trawlers" in c.about.text for c in denied)
    assert _acceptance_conflicts(a)


def test_settled_takes_only_a_proposal_as_its_thing(analyze: Callable[..., Analysis]) -> None:
    a = analyze("Iceland's foreign ministry said the families had settled in Akureyri and the matter was settled.")
    assert not [c for c in a.claims if c.kind == "acceptance"]


def test_an_offer_taken_up_is_accepted(analyze: Callable[..., Analysis]) -> None:
    a = analyze("The Huallaga Defence Front has taken up the Peruvian government's offer of talks, its interior "
                "ministry says.")
    assert _acceptances(a, "asserted")
    b = analyze("Peru's interior ministry says the new governor, Rosa Quispe, has taken up her post in Tingo Maria.")
    assert not [c for c in b.claims if c.kind == "acceptance"]


@pytest.mark.parametrize(("said", "polarity"), [
    ("the Tana River Farmers Union had agreed to discuss the water-sharing plan", "negated"),  # weighed, not taken
    ("the Tana River Farmers Union had agreed to study the offer", "negated"),
    ("the Tana River Farmers Union had walked away from the deal", "negated"),
    ("the Tana River Farmers Union had gone along with the water-sharing plan", "asserted"),
    ("the Tana River Farmers Union had accepted the terms", "asserted"),
    ("the Tana River Farmers Union had agreed to extend the water-sharing plan", "asserted"),
])
def test_what_was_done_with_a_proposal(analyze: Callable[..., Analysis], said: str, polarity: str) -> None:
    a = analyze(f"Kenya's water ministry said on Monday that {said}.")
    got = [c.polarity for c in a.claims if c.kind == "acceptance" and c.modality == "actual"]
    assert got == [polarity], got


def test_agreeing_to_discuss_answers_a_side_that_says_it_accepted(analyze: Callable[..., Analysis]) -> None:
    a = analyze("Kenya's water ministry said on Monday that the Tana River Farmers Union had accepted the "
                "water-sharing plan. Grace Wanjiru, chairwoman of the Tana River Farmers Union, said the union had "
                "agreed to discuss the plan.")
    assert _acceptance_conflicts(a)
