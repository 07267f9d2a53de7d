"""A witness's telling (extract/claims/denials.py ``_is_act``, extract/claims/acts.py): a verb of perceiving in the
past with a thing as its object ("our monitors observed new barriers", "saw new bunkers at dawn") tells that the
thing was there, an ``act:`` event claim of the speaker's; seeing a report, or a clause, tells no act. Texts written
for these tests (invented missions and officers)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsledger import Analysis
from newsledger.extract.claims.acts import ACT_PREFIX


def _acts(a: Analysis) -> list[tuple[str, str, str]]:
    """(claimant name, predicate, evidence) of each asserted act claim."""
    names = {e.id: e.name for e in a.entities}
    return [(names.get(c.claimant or "", "@outlet"), c.predicate, c.evidence.text) for c in a.claims
            if c.predicate.startswith(ACT_PREFIX) and c.polarity == "asserted"]


@pytest.mark.parametrize(("text", "expected"), [
    ('"Our monitors observed new barriers in the valley on 3 May," the mission\'s spokeswoman, Ines Kohl, said.',
     ("Ines Kohl", "act:observe", "Our monitors observed new barriers in the valley on 3 May")),
    ("The commander, Colonel Amir Dastan, said his men heard engines through the night and saw new bunkers at dawn.",
     ("Amir Dastan", "act:see", "saw new bunkers at dawn")),
])
def test_a_thing_witnessed_is_an_act_told(analyze: Callable[..., Analysis], text: str,
                                          expected: tuple[str, str, str]) -> None:
    assert expected in _acts(analyze(text))


@pytest.mark.parametrize("text", [
    '"Our monitors saw the report on Monday," the mission\'s spokeswoman, Ines Kohl, said.',
    '"Our monitors saw that the barriers had gone," the mission\'s spokeswoman, Ines Kohl, said.',
    '"Our monitors see new barriers every week," the mission\'s spokeswoman, Ines Kohl, said.',
])
def test_no_act_of_seeing_a_report_a_clause_or_in_the_present(analyze: Callable[..., Analysis], text: str) -> None:
    assert [a for a in _acts(analyze(text)) if a[1] in ("act:see", "act:observe")] == []
