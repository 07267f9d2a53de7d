"""The region or country after a place ("Millbrook, Ore.", "Dayton, Ohio") is part of an address: whatever the
parse makes of it, it never speaks and no pronoun refers to it. Sentences written for this test, made-up names."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsledger import Analysis

ADDRESSES = [
    ("Marta Ruiz, 37, drove to the county courthouse in Millbrook, Ore., and signed papers ordering her to appear "
     "in court on June 2.", "Ore."),
    ("Two aides went to the police station in Dayton, Ohio, and signed papers ordering them to appear before a "
     "judge.", "Ohio"),
]


@pytest.mark.parametrize(("text", "region"), ADDRESSES, ids=[r for _, r in ADDRESSES])
def test_the_region_of_an_address_is_no_speaker(analyze: Callable[..., Analysis], text: str, region: str) -> None:
    got = analyze(text)
    names = {e.id: e.name for e in got.entities}
    speakers = [names.get(s.speaker or "") for s in got.statements]
    assert region not in speakers, [(names.get(s.speaker or ""), s.content.text) for s in got.statements]


def test_a_place_that_speaks_for_its_government_still_does(analyze: Callable[..., Analysis]) -> None:
    got = analyze("Kenya said on Monday that the border with Uganda would reopen.")
    names = {e.id: e.name for e in got.entities}
    assert [names.get(s.speaker or "") for s in got.statements] == ["Kenya"]
