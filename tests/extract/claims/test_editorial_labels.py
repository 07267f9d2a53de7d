"""The outlet's own label of an act in an editorial (extract/claims/editorial.py, outlet_labels): the outlet's claim,
set against a side's other label of the act. Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

from newsledger import Analysis

_EDITORIAL = (
    "Last week the finance ministry of Eldoria put 900 million crowns into the failing shipyard at Varnholm. "
    "Finance Minister Petra Lund called the payment \"a strategic investment in a national industry\". "
    "We believe the minister is wrong. This payment is a bailout, and the taxpayers of Eldoria will carry it.")

_WIRE = (
    "Last week the finance ministry of Eldoria put 900 million crowns into the failing shipyard at Varnholm. "
    "Finance Minister Petra Lund called the payment \"a strategic investment in a national industry\". "
    "The payment is a bailout under European rules, officials at the ministry said later.")


def _outlet(analysis: Analysis) -> list[str]:
    return [c.predicate for c in analysis.claims if c.kind == "characterisation" and c.claimant is None
            and c.argument("frame") is not None]


def test_editorials_own_label_is_the_outlets_claim(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze(_EDITORIAL)
    assert _outlet(analysis) == ["bailout"], [c.to_dict() for c in analysis.claims]
    assert [c.kind for c in analysis.conflicts if c.kind == "characterisation"] == ["characterisation"]


def test_narration_of_a_report_labels_nothing(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze(_WIRE.replace(", officials at the ministry said later", ""))
    assert _outlet(analysis) == []


def test_editorial_label_of_a_person_is_no_claim(analyze: Callable[..., Analysis]) -> None:
    text = _EDITORIAL.replace("This payment is a bailout", "She is a bailout artist")
    assert _outlet(analyze(text)) == []
