"""One side says an actor agreed to a thing; the actor's own side tells only a non-commitment in words of its own
("our negotiators took note of a proposal from the capital"): an acceptance dispute, whatever words each side names
the thing by (helper kinds41, stop 41). A refusal of another thing named in its own words ("rejected a request to
raise the fee"), or the actor's own word that it agreed to something more, is no answer. Texts written for these
tests (invented talks and places)."""

from __future__ import annotations

from collections.abc import Callable

from newsledger import Analysis

TOLD = ("LUSAKA, July 2 - Zambia's commerce ministry said on Tuesday that Malawi had agreed at talks in Chipata to "
        "open the Mwami border post around the clock from August.\n")


def test_an_own_side_note_taking_answers_the_acceptance(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze(TOLD + "Malawi's ministry of trade gave a different account in a statement on Wednesday. "
                       "Our negotiators took note of a proposal from Lusaka and will put it to the cabinet, it said.")
    assert [c.kind for c in analysis.conflicts] == ["acceptance"]


def test_a_refusal_of_another_thing_is_no_answer(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze(TOLD + "Malawi's ministry of trade said in a statement on Wednesday that Malawi rejected a "
                       "Zambian request to raise the transit fee.")
    assert analysis.conflicts == ()


def test_an_own_side_acceptance_of_more_is_no_answer(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze(TOLD + "Malawi's ministry of trade said in a statement on Wednesday that the Malawian "
                       "delegation had also agreed to share customs data with Zambia.")
    assert analysis.conflicts == ()
