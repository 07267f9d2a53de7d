"""Agreement labels: a purpose type before an agreement word names the document ("a truce accord" is a
ceasefire), and "a Y, not an X" denies X only. Sentences are written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsledger import Analysis
from newsledger.lexicon.agreements import shipped_agreement_vocabulary


@pytest.mark.parametrize(("label", "doc_type"), [
    ("ceasefire agreement", "ceasefire"),
    ("truce accord", "ceasefire"),
    ("cease-fire pact", "ceasefire"),
    ("humanitarian pause agreement", "pause"),
    ("framework agreement", "agreement"),  # a form before the head gives way to it
    ("peace agreement", "agreement"),
    ("agreement on a truce", "agreement"),  # after "on": the subject, not the document
])
def test_purpose_type_before_an_agreement_word_names_the_document(label: str, doc_type: str) -> None:
    typed = shipped_agreement_vocabulary().type_of(label)
    assert typed is not None and typed[0] == doc_type


def _labels(analysis: Analysis) -> list[tuple[str, bool]]:
    return [(lb.label, lb.negated) for ag in analysis.agreements for lb in ag.labels]


def test_a_y_not_an_x_denies_only_x(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze("Ukraine's foreign ministry said the text signed in Istanbul was a memorandum, not a treaty.")
    labels = _labels(analysis)
    assert ("memorandum", False) in labels and ("treaty", True) in labels, labels


def test_not_before_the_noun_still_denies_it(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze("Ukraine's foreign ministry said the text signed in Istanbul was not a treaty.")
    assert ("treaty", True) in _labels(analysis)


def test_truce_accord_against_a_pause_is_a_characterisation(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze("Colombia's defence ministry said it had signed a truce accord with the ELN in Caracas. "
                       "The ELN said the accord was a humanitarian pause, not a truce.")
    claims = [(c.predicate, c.polarity) for c in analysis.claims if c.kind == "characterisation"]
    assert ("ceasefire", "asserted") in claims and ("pause", "asserted") in claims, claims
    assert [c for c in analysis.conflicts if c.kind == "characterisation"], [c.to_dict() for c in analysis.conflicts]
