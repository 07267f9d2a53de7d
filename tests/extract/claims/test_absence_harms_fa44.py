"""A denial that people came to harm is no denial that such people were there (issue 14, helper fa44, stop 44).

"No nurse was injured inside a clinic" says no nurse was hurt, not that there were no nurses: "400 nurses were sent
to the area" in another official's words is no answer to it, while "soldiers injured two nurses" is. The harm is the
class of people counts (``quantities.yaml``) whose verb the denial uses. Texts written for these tests.
"""

from __future__ import annotations

import datetime as dt

from newsledger import Analysis
from newsledger.pipeline import analyze_text

DAY = dt.date(2031, 3, 14)

_CLINICS = (
    "LIMA, March 14 - Peru's Ministry of Health said on Friday that 35 clinics in Ayacucho were damaged by the "
    "landslide. Speaking in Huanta, the regional health director, Dr. Rosa Quispe, gave the same figure. \"No nurse "
    "and no patient was injured inside a clinic, because the slope gave way at dawn,\" she said. The ministry said "
    "that about 400 nurses from other regions have been sent to the area and that 900 patients were moved to a field "
    "hospital.\n")


def _existence(a: Analysis) -> list[str]:
    return [c.summary for c in a.conflicts if c.kind == "existence"]


def test_people_unharmed_against_people_sent_is_no_dispute() -> None:
    a = analyze_text(_CLINICS, DAY)
    assert not a.conflicts, [c.summary for c in a.conflicts]
    assert not [c for c in a.claims if c.predicate == "thing:nurse" and c.polarity == "asserted"]


def test_people_unharmed_against_people_harmed_still_disagree() -> None:
    a = analyze_text("Residents of Huanta told reporters that soldiers injured two nurses at the clinic on Friday. "
                     "\"No nurse was injured by our soldiers,\" Peru's defence ministry said on Friday.", DAY)
    assert _existence(a), [c.summary for c in a.conflicts]


def test_no_one_died_against_people_killed_still_disagree() -> None:
    a = analyze_text("Villagers in Tete said Mozambican police killed three miners at the pit on Monday. "
                     "\"No miner died at the pit,\" Mozambique's police command said on Monday.", DAY)
    assert _existence(a), [c.summary for c in a.conflicts]
