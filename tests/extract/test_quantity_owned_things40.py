"""A figure a body's own thing gives (issue 14, helper quant40, stop 40).

"the coast guard, whose own statement likewise gives the number of survivors as 48": the thing's owner (the noun the
relative "whose" stands for; a possessor likewise) gives the figure, even inside another body's release, so that it
corroborates or answers the release's own figure.

Invented news text in our own words, with made-up names and places.
"""

from __future__ import annotations

from collections.abc import Callable

from newsledger import Analysis

_RELEASE = """NORTHERN GULL: PRESS RELEASE
Heraklion, 18 April 2023
At dawn on Monday our rescue vessel Northern Gull took 48 people off a sinking dinghy far out at sea.
The rescue was run together with Greece's coast guard, whose own statement on Sunday likewise gives the number of
survivors as 48. All of them went ashore at Heraklion this morning.
We thank the coast guard and the merchant crews who stood by.
"""


def test_whose_statement_gives_the_owners_figure(analyze: Callable[..., Analysis]) -> None:
    a = analyze(_RELEASE)
    names = {e.id: e.name for e in a.entities}
    given = [c for c in a.claims if c.kind == "quantity" and c.value is not None and c.value.low == 48.0
             and "survivors" in c.evidence.text]
    assert [names.get(c.claimant or "") for c in given] == ["Greece's coast guard"], [
        (c.predicate, c.claimant, c.evidence.text) for c in a.claims]
    assert given[0].corroborates, [(c.id, c.predicate, c.corroborates) for c in a.claims]
