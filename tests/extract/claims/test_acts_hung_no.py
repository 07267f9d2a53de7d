"""Acts denied by a negative subject (extract/claims/denials.py, acts.py): a sentence's first "No" that the parse hung
on the verb as an interjection, right before the subject ("No ferry carrying cattle has crossed the strait"), still
makes the subject negative, so the clause is a denial of the act, not a telling of it. Texts written for these
tests."""

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


@pytest.mark.parametrize(("text", "words"), [
    ('"No ferry carrying cattle has crossed the strait at Orvik since March," the harbour chief, Sven Aalto, '
     "told the press.", "has crossed the strait at Orvik"),
])
def test_a_first_no_hung_on_the_verb_negates_the_act(text: str, words: str) -> None:
    found = _acts(analyze_text(text, DAY))
    assert any(pol == "negated" and words in ev for _, pol, ev in found), found
    assert not any(pol == "asserted" and words in ev for _, pol, ev in found), found


def test_a_no_of_its_own_is_no_denial() -> None:
    text = '"No, the ferry with the cattle crossed the strait at Keld on Monday," the mayor, Ola Brenn, said.'
    found = _acts(analyze_text(text, DAY))
    assert not any(pol == "negated" and "crossed the strait" in ev for _, pol, ev in found), found
