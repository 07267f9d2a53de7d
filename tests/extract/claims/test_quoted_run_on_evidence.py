"""A reported clause that runs into a quotation of the same speaker and stops inside it is said by the whole
quotation (extract/claims/clauses.py): 'said the rebels had "signed nothing, offered nothing and ..."', where the
parse hangs each quoted predicate on the cue, not on the first. Texts written for these tests (invented rebels)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from newsledger import Analysis

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/ is not a package
from claim_views import acceptance_evidence as _acceptances


def test_a_denial_that_runs_into_a_quotation_is_said_by_the_whole_quotation(
        analyze: Callable[..., Analysis]) -> None:
    found = analyze('The army said the Sahel Liberation Front had accepted the truce on Friday. Front spokesman Ali '
                    'Musa told a radio station that the Sahel Liberation Front had "signed nothing, offered nothing '
                    'and been consulted on nothing", and that its fighters would hold their ground.')
    assert any(words.endswith("offered nothing and been consulted on nothing")
               for words in _acceptances(found, "negated"))

