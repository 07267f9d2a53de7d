"""A figure in a clause joined to a reported clause is the reporter's, where the statement's content stops before
it (extract/claims/quantity.py, ``_conjoined_report``): a second clause of one verb of telling after an apposition
("said 6 soldiers were killed, four of them officers, and 23 were injured"), or a clause joined to the verb of
telling whose subject is a number alone, going on with the told count (where the parse joins it so). Sentences
written for these tests (invented names and places)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsledger import Analysis


@pytest.mark.parametrize(("text", "value"), [
    ("Fighting broke out at the well on Monday. Army spokesman Hassan Ali said 6 soldiers were killed, four of them "
     "officers, and 23 were injured.", 23),
])
def test_a_joined_count_is_the_speakers(analyze: Callable[..., Analysis], text: str, value: float) -> None:
    claims = [c for c in analyze(text).claims if c.kind == "quantity" and c.value is not None]
    speaker = next(c.claimant for c in claims if c.claimant is not None)
    assert [c.claimant for c in claims if c.value.low == value] == [speaker], [(c.claimant, c.value) for c in claims]
