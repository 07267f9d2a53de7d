"""A phrase of accepting with a limiter ("signed up only to a swap of data") is a lesser acceptance, as "agreed
only to" is; a body where the two sides meet (``meeting_bodies``: "the joint committee", "the commission") said to
have agreed only to something less (extract/claims/acceptance.py) is no side of its own: the lesser acceptance answers
for the accepters of the other side's account ("Andorra had agreed to scrap its tariff"), however far back it was
told. Sentences written for these tests."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from newsledger import Analysis

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/ is not a package
from claim_views import acceptance_conflicts as _conflicts
from claim_views import actual_acceptances as _acceptances
from claim_views import entity_name as _name

_TOLD = ("Liechtenstein's trade office said on Monday that Andorra had agreed to scrap its tariff on imported cheese "
         "from July. Shops in Vaduz welcomed the news. ")


def test_a_meeting_body_agreeing_only_to_less_denies_for_the_accepter_told(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze(_TOLD + "Andorra's economy ministry said on Tuesday that the joint committee had agreed merely "
                               "to set up a working group of customs experts.")
    denied = _acceptances(analysis, "negated")
    assert denied, [c.to_dict() for c in analysis.claims]
    assert _name(analysis, denied[0].argument("agent")) == "Andorra"
    assert _conflicts(analysis)


def test_a_meeting_body_agreeing_without_a_limiter_denies_nothing(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze(_TOLD + "Andorra's economy ministry said on Tuesday that the joint committee had agreed to set "
                               "up a working group of customs experts.")
    assert not _acceptances(analysis, "negated")
    assert not _conflicts(analysis)


def test_a_phrase_of_accepting_with_a_limiter_is_a_lesser_acceptance(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze(_TOLD + "An Andorran official said Andorra had signed up only to a swap of price data and a "
                               "yearly meeting of customs chiefs.")
    denied = _acceptances(analysis, "negated")
    assert denied, [c.to_dict() for c in analysis.claims]
    assert _name(analysis, denied[0].argument("agent")) == "Andorra"
    assert _conflicts(analysis)
    plain = analyze(_TOLD + "An Andorran official said Andorra had signed up to a swap of price data.")
    assert not _acceptances(plain, "negated")
