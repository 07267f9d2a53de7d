"""The whole phrase as a claim's evidence (extract/claims/phrases.py): a cause or a label read from a few words of
a noun phrase is said by the whole phrase those words head (its prepositional phrases, a reduced clause), within
the sentence and before a closing quotation mark. Texts written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from newsledger.pipeline import analyze_text

DAY = dt.date(2031, 6, 2)


@pytest.mark.parametrize(("text", "kind", "words"), [
    ('"It is a ferry contract between two ports," the minister, Rui Costa, said.',
     "characterisation", "a ferry contract between two ports"),
    ("The fire service chief, Rui Costa, said the blaze began at a frayed cable owned by the power company.",
     "cause", "frayed cable owned by the power company"),
])
def test_a_claim_read_from_a_phrase_has_the_whole_phrase_as_evidence(text: str, kind: str, words: str) -> None:
    found = [c.evidence.text for c in analyze_text(text, DAY).claims if c.kind == kind and c.claimant is not None]
    assert any(words in ev for ev in found), found
    assert not any("minister" in ev or "said" in ev for ev in found), found  # not the speech tag after a quote
