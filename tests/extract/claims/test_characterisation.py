"""Characterisation claims: who calls the document what, with which words. Sentences written for these tests."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from newsledger import Analysis
from newsledger.models import Claim

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/ is not a package
from claim_views import entity_name as _name


def _labels(analysis: Analysis) -> list[Claim]:
    return [c for c in analysis.claims if c.kind == "characterisation"]


def test_quoted_label_inside_a_report_is_the_reporters(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze("Kenya's foreign ministry said in a press release that both countries had concluded \"a "
                       "border security treaty\" and that patrols would start in May.")
    (claim,) = [c for c in _labels(analysis) if c.predicate == "treaty"]
    assert "Kenya" in (_name(analysis, claim.claimant) or "")


def test_evidence_holds_what_the_document_is_about(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze("Peru's trade minister Ana Cruz said Peru and Chile had signed a memorandum on port fees.")
    (claim,) = [c for c in _labels(analysis) if c.predicate == "memorandum"]
    assert claim.evidence.text == "a memorandum on port fees"


def test_evidence_leaves_out_a_date(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze("Chile's foreign ministry signed a memorandum on Monday with Peru, officials in Lima said.")
    (claim,) = [c for c in _labels(analysis) if c.predicate == "memorandum"]
    assert claim.evidence.text == "a memorandum"


def test_a_document_still_to_be_studied_is_another_one(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze("Peru's trade minister Ana Cruz said Peru and Chile had signed a memorandum on port fees. "
                       "Chile's foreign ministry said both sides had agreed to examine the idea of a customs "
                       "treaty later on.")
    memo = [c for c in _labels(analysis) if c.predicate == "memorandum"]
    treaty = [c for c in _labels(analysis) if c.predicate == "treaty"]
    assert memo and treaty
    assert memo[0].argument("agreement") != treaty[0].argument("agreement")


def test_humanitarian_pause_is_a_document_type(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze("Sudan's army said it had agreed only to a humanitarian pause in Khartoum, not a ceasefire.")
    found = {(c.predicate, c.polarity) for c in _labels(analysis)}
    assert ("pause", "asserted") in found and ("ceasefire", "negated") in found
