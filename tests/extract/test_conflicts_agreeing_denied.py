"""Whether a side agreed, told through the act of agreeing (pairing34): one side says an actor agreed, the actor's
side rejects the claim or dismisses the report, which denies the act told (extract/claims/reports.py). The dispute
is an ``acceptance`` one (did it agree), not an ``existence`` one. Texts written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsledger import Analysis


@pytest.mark.parametrize("text", [
    "Peru's trade ministry said on Monday that Bolivia agreed at the talks to reopen the Desaguadero bridge on "
    "1 June.\nBolivia's foreign ministry rejected the claim.",
    "Peru's trade ministry said on Monday that Bolivia had agreed to a joint patrol of the lake.\nBolivia's "
    "foreign ministry dismissed the report as false.",
])
def test_an_agreement_told_and_denied_is_an_acceptance_dispute(analyze: Callable[..., Analysis], text: str) -> None:
    assert [c.kind for c in analyze(text).conflicts] == ["acceptance"]


def test_only_the_act_of_agreeing_turns_acceptance(analyze: Callable[..., Analysis]) -> None:
    """The same words of denial against an act of force keep their ``existence`` kind."""
    agreed = analyze("Peru's trade ministry said on Monday that Bolivia agreed at the talks to reopen the "
                     "Desaguadero bridge on 1 June.\nBolivia's foreign ministry rejected the claim.")
    crossed = analyze("Peru's interior ministry said on Monday that Bolivian soldiers crossed the border at "
                      "Desaguadero.\nBolivia's defence ministry rejected the claim.")
    assert [c.kind for c in agreed.conflicts] == ["acceptance"]
    assert "acceptance" not in [c.kind for c in crossed.conflicts]
