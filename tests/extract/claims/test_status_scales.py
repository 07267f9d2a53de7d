"""Status predicates across wordings (claims vocabulary ``status``): breaking the law named as a verb with the law as
its object ("violates international law") is the finding against a lawful act, keeping it ("complies with the
procurement law") a lawful one; ethical/unethical; a vote called free and fair or rigged is judged on the scale of
a legitimate one (``kin``). Texts written for these tests (invented bodies and cases).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from newsledger import Analysis
from newsledger.compare import Rules, compare
from newsledger.models import Claim, Span

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/ is not a package
from claim_views import status_conflicts as _status_conflicts

DISAGREE = [
    "Greece's foreign ministry said the naval blockade of the island is lawful. Turkey's foreign ministry said the "
    "blockade violates international law.",
    "Malawi's energy ministry said the contract complies with the procurement law. The Malawi Law Society said the "
    "contract is illegal.",
    "Kenya's health ministry said the vaccine trial was ethical. The Kenya Medical Association said the vaccine "
    "trial was unethical.",
    "The Zambian electoral commission said the referendum was legitimate. The opposition United Party for National "
    "Development said the referendum was a sham.",
]


@pytest.mark.parametrize("text", DISAGREE, ids=[t[:48] for t in DISAGREE])
def test_opposed_statuses_conflict(analyze: Callable[..., Analysis], text: str) -> None:
    assert len(_status_conflicts(analyze(text))) == 1


AGREE = [
    # breaking an agreement is not breaking the law: a lawful act may still breach a truce
    "Greece's foreign ministry said the naval blockade of the island is lawful. Turkey's foreign ministry said the "
    "blockade violates the 1998 memorandum.",
    # one scale, one verdict
    "The Zambian electoral commission said the referendum was legitimate. The Southern African Development "
    "Community observers said the referendum was free and fair.",
    # a question claims nothing
    "Kenya's health ministry said the vaccine trial was ethical. The Kenya Medical Association asked whether the "
    "vaccine trial was really ethical?",
]


@pytest.mark.parametrize("text", AGREE, ids=[t[:48] for t in AGREE])
def test_no_status_conflict(analyze: Callable[..., Analysis], text: str) -> None:
    assert _status_conflicts(analyze(text)) == []


def test_kin_predicates_meet_only_through_the_rules(plain_context: Any) -> None:
    """Without the vocabulary's ``kin``, "legitimate" and "unfair" are two predicates; with it, one scale."""
    about = Span(0, 12, "the election")
    a = Claim("k1", "status", "legitimate", Span(0, 20, "x" * 20), "gov", about=about)
    b = Claim("k2", "status", "unfair", Span(30, 50, "x" * 20), "monitor", about=about)
    plain = Rules(opposites={"unfair": "free and fair", "illegitimate": "legitimate"})
    assert compare(a, b, plain_context, plain) is None
    kin = Rules(opposites=plain.opposites, kin={"free and fair": "legitimate"})
    found = compare(a, b, plain_context, kin)
    assert found is not None and (found.verdict, found.kind) == ("conflict", "status")
