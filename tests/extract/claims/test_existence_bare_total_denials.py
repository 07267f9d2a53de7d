"""A negative pronoun alone as the subject of a past act ("no one was hurt", "nobody was arrested") denies the act
outright (extract/claims/denials.py, ``_bare_total``): the speaker's clause is an event claim, negated, though it
names nothing a telling could share. Sentences written for these tests (invented names and
places)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsledger import Analysis


def _negated_acts(a: Analysis) -> list[tuple[str | None, str]]:
    return [(c.claimant, c.predicate) for c in a.claims if c.kind == "event" and c.polarity == "negated"]


@pytest.mark.parametrize(("text", "act"), [
    # a parenthetical cue after the clause
    ("A storm surge swept over the harbour wall at Velmora on Sunday night. Nobody was hurt, the Velmora port "
     "authority says.", "act:hurt"),
    # "no one" (a pronoun under a negative determiner) in a reported clause, perfect tense
    ("The Orsk regional police say that four men were detained near the stadium and that no one has been injured.",
     "act:injure"),
])
def test_a_bare_negative_pronoun_denies_the_act(analyze: Callable[..., Analysis], text: str, act: str) -> None:
    got = _negated_acts(analyze(text))
    assert any(pred == act and claimant is not None for claimant, pred in got), got

