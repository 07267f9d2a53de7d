"""An act done without a paper of standing, and a breach of an instrument named with "a" or "an" (issue 14, stop 36,
helper status36).

* one who acts "without a licence", "without any permit", "without permits" is not registered (``unregistered``
  asserted), answered by "held a valid licence", "had all the permits", "was fully licensed"; the act is told too;
* "a violation of an international convention", "in breach of a bilateral accord": a breach of an instrument
  named with an article other than "the" is a status, as with "the".

Texts written for these tests (invented people, bodies and places).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsledger import Analysis


def _status(analysis: Analysis) -> list[tuple[str, str]]:
    return [(c.predicate, c.polarity) for c in analysis.claims if c.kind == "status"]


@pytest.mark.parametrize(("text", "expected"), [
    ("The Tarvel coast guard said the seiner was trawling without a licence off Mirren Point.",
     ("unregistered", "asserted")),
    ("The Tarvel coast guard said the seiner was trawling in Tarvelian waters without a Tarvelian permit.",
     ("unregistered", "asserted")),
    ("Ostrava's planning office said the developer raised the tower without any permit.",
     ("unregistered", "asserted")),
    ("Brenland's labour ministry said the seasonal pickers were working without permits.",
     ("unregistered", "asserted")),
    # the denial turns it round
    ("Brenland denied that the seiner was trawling without a licence.", ("unregistered", "negated")),
    # the answers
    ("The Velmar Building Company said it had all the permits it needed.", ("registered", "asserted")),
])
def test_an_act_done_without_a_paper_is_a_standing_denied(analyze: Callable[..., Analysis], text: str,
                                                           expected: tuple[str, str]) -> None:
    assert expected in _status(analyze(text))


def test_the_act_done_without_a_paper_is_told_as_well(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze("The Tarvel coast guard said the seiner was trawling without a licence off Mirren Point.")
    assert any(c.kind == "event" for c in analysis.claims)


def test_an_act_without_a_paper_told_as_history_claims_no_standing(analyze: Callable[..., Analysis]) -> None:
    assert not _status(analyze("The seiner was trawling without a licence last year."))


@pytest.mark.parametrize("text", [
    "The Kessin minister said the dredging was a violation of an international convention.",
    "The Kessin minister said the weir is in breach of a bilateral accord.",
])
def test_a_breach_of_an_instrument_named_with_a_or_an_is_a_status(analyze: Callable[..., Analysis],
                                                                   text: str) -> None:
    assert any(p in ("unlawful", "violation") and pol == "asserted" for p, pol in _status(analyze(text)))


def test_a_licence_lacked_against_a_licence_held_conflicts(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze("The Tarvel coast guard said the seiner was trawling without a licence off Mirren Point. "
                       "Brenland's fisheries ministry said the seiner was fully licensed.")
    assert [c.kind for c in analysis.conflicts] == ["status"]
