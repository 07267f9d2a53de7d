"""Two shapes of claim that were read as another kind or not at all (stop 37, helper claims37), in texts written for
these tests:

* a speaker's own denial in a quote ("We deny that any of our boats fired on the ferry"): the clause the denial verb
  governs is what the speaker says, a negated act claim (extract/claims/acts.py); another's denial reported in the
  quote ("they deny that ...") stays the speaker's report of it;
* an acceptance with a phrase of where or on what occasion between the verb and the "to" of its complement ("agreed,
  at talks in the capital, to reopen the crossing"): an acceptance claim, not only an AGREE event
  (extract/claims/acceptance.py); a partner ("agreed with X to ...") is no occasion.
"""

from __future__ import annotations

import datetime as dt

import pytest

from newsledger import Analysis
from newsledger.extract.claims.acts import ACT_PREFIX
from newsledger.pipeline import analyze_text

DAY = dt.date(2031, 4, 2)


def _acts(a: Analysis) -> list[tuple[str, str, str]]:
    """(predicate, polarity, evidence) of each act claim a speaker makes."""
    return [(c.predicate, c.polarity, c.evidence.text) for c in a.claims
            if c.predicate.startswith(ACT_PREFIX) and c.claimant is not None]


def _acceptances(a: Analysis) -> list[tuple[str, str]]:
    """(polarity, evidence) of each acceptance claim a speaker makes."""
    return [(c.polarity, c.evidence.text) for c in a.claims if c.kind == "acceptance" and c.claimant is not None]


@pytest.mark.parametrize(("text", "words"), [
    ('"We deny that any fighters from our side crossed into Norvaland last month," the Tarsic defence minister, '
     'Ivo Marek, said.', "any fighters from our side crossed into Norvaland"),
    ('Lena Pirk, the Tarsic farm minister, said: "I deny that any of our herds carried the fever into Norvaland."',
     "any of our herds carried the fever into Norvaland"),
])
def test_a_speakers_own_denial_negates_the_act_it_governs(text: str, words: str) -> None:
    found = _acts(analyze_text(text, DAY))
    assert any(pol == "negated" and words in ev for _, pol, ev in found), found


def test_another_sides_denial_in_a_quote_is_no_denial_of_the_speaker() -> None:
    text = ('Lena Pirk, the Tarsic farm minister, said: "They deny that any of their herds carried the fever into '
            'Norvaland."')
    found = _acts(analyze_text(text, DAY))
    assert not any(pol == "negated" and "herds carried the fever" in ev for _, pol, ev in found), found


@pytest.mark.parametrize(("text", "words"), [
    ("The Norvalan trade minister said Tarsia had agreed, during a summit in Pelk on Friday, to hand over the "
     "sailors of its seized ferry.", "Tarsia had agreed, during a summit in Pelk on Friday, to hand over the sailors"),
    ("Norvaland's transport ministry says Tarsia agreed at a meeting in Pelk on Tuesday to keep the ferry "
     "terminal open all night.", "Tarsia agreed at a meeting in Pelk on Tuesday to keep the ferry terminal"),
])
def test_an_occasion_before_the_complement_keeps_the_acceptance(text: str, words: str) -> None:
    found = _acceptances(analyze_text(text, DAY))
    assert any(pol == "asserted" and words in ev for pol, ev in found), found


def test_a_partner_before_the_complement_is_no_occasion() -> None:
    text = "The Norvalan trade minister said Tarsia had agreed with Norvaland to take back the crews of its boats."
    found = _acceptances(analyze_text(text, DAY))
    assert not any("with Norvaland" in ev for _, ev in found), found
