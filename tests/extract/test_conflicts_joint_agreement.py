"""An agreement told as made by the two parties together ("the two governments agreed", "both sides agreed") and a
refusal by one of them in its own name ("denied that it had agreed"), pairing34: the joint agreement names the
refuser too, so the two meet as an ``acceptance`` dispute. An agreement of a third party named on its own is no
answer. Texts written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsledger import Analysis

DENIED = "Bolivia's foreign office denied that it had agreed to night opening."


@pytest.mark.parametrize("subject", ["the two governments", "both sides"])
def test_a_joint_agreement_and_one_partys_refusal_conflict(analyze: Callable[..., Analysis], subject: str) -> None:
    analysis = analyze(f"Peru's trade ministry says {subject} agreed on Monday in Puno to open the "
                       f"Desaguadero bridge at night.\n{DENIED}")
    assert [c.kind for c in analysis.conflicts] == ["acceptance"]


def test_only_a_joint_subject_names_the_refuser(analyze: Callable[..., Analysis]) -> None:
    joint = analyze("Peru's trade ministry says the two governments agreed on Monday in Puno to open "
                    f"the Desaguadero bridge at night.\n{DENIED}")
    third = analyze("Peru's trade ministry says Chile agreed on Monday in Puno to open the Desaguadero "
                    f"bridge at night.\n{DENIED}")
    assert [c.kind for c in joint.conflicts] == ["acceptance"]
    assert third.conflicts == ()
