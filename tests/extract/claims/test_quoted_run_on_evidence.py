"""A reported clause that runs into a quotation of the same speaker and stops inside it is said by the whole
quotation (extract/claims/clauses.py): 'said the rebels had "signed nothing, offered nothing and ..."', where the
parse hangs each quoted predicate on the cue, not on the first. Texts written for these tests (invented rebels)."""

from __future__ import annotations

from collections.abc import Callable

from newsledger import Analysis


def _acceptances(a: Analysis, polarity: str) -> list[str]:
    return [c.evidence.text for c in a.claims if c.kind == "acceptance" and c.polarity == polarity]


def test_a_denial_that_runs_into_a_quotation_is_said_by_the_whole_quotation(
        analyze: Callable[..., Analysis]) -> None:
    found = analyze('The army said the Sahel Liberation Front had accepted the truce on Friday. Front spokesman Ali '
                    'Musa told a radio station that the Sahel Liberation Front had "signed nothing, offered nothing '
                    'and been consulted on nothing", and that its fighters would hold their ground.')
    assert any(words.endswith("offered nothing and been consulted on nothing")
               for words in _acceptances(found, "negated"))

