"""The evidence of a spoken status, label or acceptance claim is the clause its words stand in
(extract/claims/clauses.py): the thing they are said of, the predicates joined to them and,
after a verb of accepting, what was accepted. The outlet's own claims keep their words. Texts written for these
tests (invented harbours, unions and rebels)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsledger import Analysis


def _evidence(a: Analysis, kind: str) -> list[str]:
    return [c.evidence.text for c in a.claims if c.kind == kind]


@pytest.mark.parametrize(("text", "kind", "words"), [
    # the subject the status is said of
    ("The harbour chief, Tomas Reyes, said the nets were lawfully placed.", "status", "the nets were lawfully placed"),
    # a relative clause's subject
    ('"These are fishermen who were sailing legally, with papers," the harbour chief, Tomas Reyes, said.',
     "status", "who were sailing legally"),
    # the predicates joined to a denial
    ('The government of Chad said the rebels had accepted the ceasefire plan. "We signed nothing, promised nothing '
     'and were offered nothing," the rebel spokesman Ali Farouk said.',
     "acceptance", "We signed nothing, promised nothing and were offered nothing"),
    # what a verb of accepting took
    ("Hanna Lind, the union's secretary, said the commission had accepted, in a letter, that the workers would be "
     "paid in full.", "acceptance", "the commission had accepted, in a letter, that the workers would be paid in full"),
])
def test_a_spoken_claim_is_said_by_its_clause(analyze: Callable[..., Analysis], text: str, kind: str,
                                              words: str) -> None:
    assert words in _evidence(analyze(text), kind)


def test_the_clause_stops_at_a_quotation_mark(analyze: Callable[..., Analysis]) -> None:
    got = _evidence(analyze('"The nets were lawfully placed," the harbour chief, Tomas Reyes, said on Monday.'),
                    "status")
    assert got and all('"' not in e and "said" not in e for e in got)


def test_the_outlets_own_claim_keeps_its_words(analyze: Callable[..., Analysis]) -> None:
    got = _evidence(analyze("In the bay, the nets were lawfully placed, port records show."), "status")
    assert "the nets were lawfully placed" not in got
