"""Acts told or denied by one side only (extract/claims/acts.py), two more shapes: being at a place ("the tug was
alongside the ferry") is an ``act:`` claim of entering it, asserted or negated, where the place is one (not a
figure of speech, not a bare noun of a state); and a past act that a cue of denial alone negates ("denied that its
crews had dumped fuel") is a negated act claim. Texts written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from newsledger import Analysis
from newsledger.extract.claims.acts import ACT_PREFIX
from newsledger.pipeline import analyze_text

DAY = dt.date(2031, 5, 9)


def _acts(a: Analysis) -> list[tuple[str, str, str]]:
    """(predicate, polarity, evidence) of each act claim a speaker makes."""
    return [(c.predicate, c.polarity, c.evidence.text) for c in a.claims
            if c.predicate.startswith(ACT_PREFIX) and c.claimant is not None]


@pytest.mark.parametrize(("text", "polarity", "words"), [
    ("The coastguard commander, Ines Rocha, said the trawler was inside Portuguese waters at dawn on Sunday.",
     "asserted", "the trawler was inside Portuguese waters"),
    ('"At midnight our tug was alongside the ferry," the harbour master, Rui Costa, told reporters.',
     "asserted", "our tug was alongside the ferry"),
    ("The shipping line's spokeswoman, Marta Neves, said the ferry was not inside the breakwater on Friday.",
     "negated", "the ferry was not inside the breakwater"),
])
def test_being_at_a_place_is_an_act_claim(text: str, polarity: str, words: str) -> None:
    found = _acts(analyze_text(text, DAY))
    assert any(pred == f"{ACT_PREFIX}enter" and pol == polarity and words in ev for pred, pol, ev in found), found


def test_a_figure_of_speech_or_a_state_is_no_place() -> None:
    text = ('"A bridge toll was never on the table," the union leader, Paulo Matos, said. "Our members were in talks '
            'with the owners all week, and the dredger was in the estuary on Monday."')
    found = _acts(analyze_text(text, DAY))
    evidence = [ev for pred, _, ev in found if pred == f"{ACT_PREFIX}enter"]
    assert any("the dredger was in the estuary" in ev for ev in evidence), found
    assert not any("table" in ev or "talks" in ev for ev in evidence), found


@pytest.mark.parametrize(("text", "words"), [
    ("The ferry company denied that its crews had dumped fuel in the bay.", "its crews had dumped fuel"),
    ("Rui Costa, the harbour master, denied that any new pier had been built at Cascais.",
     "any new pier had been built"),
])
def test_an_act_a_cue_of_denial_negates_is_a_negated_claim(text: str, words: str) -> None:
    found = _acts(analyze_text(text, DAY))
    assert any(pol == "negated" and words in ev for _, pol, ev in found), found


def _things(a: Analysis) -> list[tuple[str, str, str]]:
    """(predicate, polarity, evidence) of each thing claim a speaker makes (extract/claims/absence.py)."""
    return [(c.predicate, c.polarity, c.evidence.text) for c in a.claims
            if c.predicate.startswith("thing:") and c.claimant is not None]


def test_having_no_things_at_a_place_denies_they_were_there() -> None:
    text = ("The navy of Peru said on Sunday that its fleet had no frigates at the mouth of the Rimac during the "
            "storm. The mayor of Callao, Rui Costa, said the city had no funds in its budget for a new pier.")
    found = _things(analyze_text(text, DAY))
    assert any(p == "thing:frigate" and pol == "negated" and "no frigates" in ev for p, pol, ev in found), found
    assert not any(p == "thing:fund" for p, _, _ in found), found  # where money is kept is no place
