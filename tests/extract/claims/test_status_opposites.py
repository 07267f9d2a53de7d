"""Status claims in the claimant's own words: "unlawful" asserted, compared as "lawful" denied.

A claimant who calls an act illegal, arbitrary or rigged asserts a status of their own (the opposite's
name in data/claims.yaml); "not lawful" stays lawful, negated. The comparison reads a named opposite as its
predicate denied, so either wording meets the other. Sentences are written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from newsledger import Analysis
from newsledger.compare import Rules, compare, rules_for
from newsledger.lexicon.claims import load_claim_vocabulary
from newsledger.models import Claim, Span


@pytest.fixture(scope="module")
def rules() -> Rules:
    return rules_for(load_claim_vocabulary())



def _status(claimant: str, predicate: str, polarity: str, about: str = "the expulsions") -> Claim:
    return Claim(id="k", kind="status", predicate=predicate, evidence=Span(0, len(about), about),
                 claimant=claimant, polarity=polarity, about=Span(0, len(about), about))  # type: ignore[arg-type]


@pytest.mark.parametrize(("a", "b", "verdict"), [
    (("lawful", "asserted"), ("unlawful", "asserted"), "conflict"),
    (("unlawful", "asserted"), ("lawful", "negated"), "corroboration"),
    (("unlawful", "negated"), ("lawful", "negated"), "conflict"),  # "not illegal" against "not lawful"
    (("free and fair", "asserted"), ("unfair", "asserted"), "conflict"),
    (("compliant", "asserted"), ("violation", "asserted"), "conflict"),
    (("violation", "asserted"), ("violation", "asserted"), "corroboration"),
])
def test_a_named_opposite_is_its_predicate_denied(rules: Rules, a: tuple[str, str], b: tuple[str, str],
                                                  verdict: str, plain_context: Any) -> None:
    finding = compare(_status("e1", *a), _status("e2", *b), plain_context, rules)
    assert finding is not None and finding.verdict == verdict, finding


def test_opposites_of_different_predicates_do_not_meet(rules: Rules, plain_context: Any) -> None:
    # (legitimacy is judged on the scale of lawfulness since stop 37: "justified" is another scale)
    assert compare(_status("e1", "unlawful", "asserted"), _status("e2", "justified", "asserted"), plain_context,
                   rules) is None


def test_illegitimate_meets_lawful_on_one_scale(rules: Rules, plain_context: Any) -> None:
    finding = compare(_status("e1", "lawful", "asserted"), _status("e2", "illegitimate", "asserted"), plain_context,
                      rules)
    assert finding is not None and finding.verdict == "conflict", finding


def test_one_side_changing_its_word_is_a_revision(rules: Rules, plain_context: Any) -> None:
    finding = compare(_status("e1", "lawful", "asserted"), _status("e1", "unlawful", "asserted"), plain_context, rules)
    assert finding is not None and finding.verdict == "revision"


def test_names_of_one_proposition(rules: Rules) -> None:
    assert set(rules.names("lawful")) == {"lawful", "unlawful"}
    assert rules.names("unlawful")[0] == "unlawful" and "lawful" in rules.names("unlawful")
    assert rules.names("deaths") == ("deaths",)


def _claims(analysis: Analysis, predicate: str) -> list[Claim]:
    return [c for c in analysis.claims if c.kind == "status" and c.predicate == predicate]


@pytest.mark.parametrize(("text", "predicate", "polarity"), [
    ("The Chadian bar association said the expulsion of the aid workers was illegal.", "unlawful", "asserted"),
    ("The lawyer Tendai Moyo said the arrest of the miners was arbitrary.", "unlawful", "asserted"),
    ("The expulsion of the aid workers was not lawful, the Chadian bar association said.", "lawful", "negated"),
    ("The Zambian opposition leader Mwamba Phiri said the count was rigged.", "unfair", "asserted"),
    ("Kosovo's government said the roadblocks breach the Brussels accord.", "violation", "asserted"),
])
def test_the_claim_keeps_the_claimants_word(analyze: Callable[..., Analysis], text: str, predicate: str,
                                            polarity: str) -> None:
    analysis = analyze(text)
    found = _claims(analysis, predicate)
    assert found and found[0].polarity == polarity, [c.to_dict() for c in analysis.claims]


def test_lawful_against_illegal_is_a_status_conflict(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze("Chad's interior ministry said the expulsion of the aid workers was lawful. The Chadian bar "
                       "association said the expulsion was illegal.")
    assert _claims(analysis, "unlawful") and _claims(analysis, "lawful")
    assert [c for c in analysis.conflicts if c.kind == "status"], [c.to_dict() for c in analysis.claims]


def test_two_sides_calling_it_illegal_agree(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze("Chad's bar association said the expulsion of the aid workers was illegal. The UN refugee "
                       "agency said the expulsion was unlawful.")
    assert not [c for c in analysis.conflicts if c.kind == "status"]
