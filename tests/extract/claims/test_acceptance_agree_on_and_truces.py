"""Acceptance told as agreeing on a thing, and denied as an accord to stop fighting never made
(extract/claims/acceptance.py: "agree on" in the acceptance words; truces and ceasefires among ``accord_nouns``).
Sentences written for these tests (invented states and people)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from newsledger import Analysis

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/ is not a package
from claim_views import acceptance_evidence as _acceptances


def test_agreeing_on_a_thing_accepts_it(analyze: Callable[..., Analysis]) -> None:
    got = analyze("Norland's foreign ministry said Norland and Varsk had agreed on a joint patrol schedule.")
    assert any("patrol schedule" in e for e in _acceptances(got, "asserted")), _acceptances(got, "asserted")


def test_a_truce_never_made_is_an_acceptance_denied(analyze: Callable[..., Analysis]) -> None:
    """No acceptance told before: the truce denied is itself the thing."""
    got = analyze('"We reached no truce of any kind with the army," the rebel commander Tomas Ferro said.')
    assert any("truce" in e for e in _acceptances(got, "negated")), [(c.kind, c.predicate) for c in got.claims]


def test_agreeing_on_any_thing_accepts_it(analyze: Callable[..., Analysis]) -> None:
    """ "agree" means nothing but accepting: after "on" as after "to", any noun is its thing."""
    got = analyze("Peru's foreign ministry said Peru and Chile had agreed on a joint border commission.")
    assert any("commission" in e for e in _acceptances(got, "asserted")), _acceptances(got, "asserted")


def test_the_two_sides_are_the_speaker_and_the_other_named(analyze: Callable[..., Analysis]) -> None:
    """No acceptance told before: "the two sides" are the speaker and the one other state named just before."""
    got = analyze("Peru's foreign ministry said its envoys met Chile's delegation in Santiago on Monday. It said the "
                  "two sides had agreed to a joint survey of the river.")
    claims = [c for c in got.claims if c.kind == "acceptance" and c.polarity == "asserted"]
    assert len(claims) == 2, [(c.kind, c.evidence.text) for c in got.claims]
    assert len({c.argument("agent") for c in claims}) == 2
