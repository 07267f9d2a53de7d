"""A figure given by a reporting verb whose subject is a pronoun nothing resolves ("from the relief office: it now
puts the number of dead at 180") is some body's figure, not the outlet's own: no outlet claim, so no dispute
between the outlet and the body it reports. Texts written for these tests (invented bodies)."""

from __future__ import annotations

from collections.abc import Callable

from newsledger import Analysis


def test_an_unresolved_it_gives_no_outlet_figure(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze("08:00 Floods hit the valley. 09:30 Kestrel Relief says 120 people have died in the floods. "
                       "14:20 Updated figure from the relief office: after reports came in overnight, it now puts "
                       "the number of dead at 180.")
    outlet = [c for c in analysis.claims if c.kind == "quantity" and c.claimant is None]
    assert outlet == []
    assert analysis.conflicts == ()


def test_a_named_reporter_still_claims_its_figure(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze("The Kestrel Relief agency raised the death toll to 180 on Tuesday.")
    assert [c.value.low for c in analysis.claims if c.kind == "quantity" and c.claimant and c.value] == [180]


def test_put_at_hung_on_a_participle_is_still_put(analyze: Callable[..., Analysis]) -> None:
    """ "puts the livestock lost at 2.9 million": the parse hangs "at" on "lost"; the reporting verb is "puts",
    whose unresolved "it" gives no outlet figure to set against the agency's."""
    analysis = analyze("09:30 The Steppe Relief Agency counts 1.6 million head of livestock dead this winter. "
                       "14:20 Updated figure from the relief office: after reports came in overnight, it now puts "
                       "the livestock lost at 2.9 million.")
    assert [c for c in analysis.claims if c.kind == "quantity" and c.claimant is None] == []
    assert analysis.conflicts == ()
