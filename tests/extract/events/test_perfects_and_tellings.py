"""Events an analyst would sign on unseen news (issue 15, h-events37): background told in the present perfect. A
perfect of words or stance in a relative clause on a person ("Tembo, who has accused Malawi of ...") describes them,
as a simple present does, no one act; a perfect with an adverb of repetition ("has repeatedly accused") is a habit
kept up to now. A bare perfect in a main clause, a past in a relative clause, a clause with its own time and a
material act ("who have seized the town") stay coded. An undated past told one or two sentences after a clause set
more than a year back, in the same paragraph, keeps that year: background. Sentences written for these tests,
made-up names."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsledger import Analysis

PUBLISHED = "2021-03-10"

# (text, type) left out: a person described by a perfect, a repeated act.
LEFT_OUT = [
    ("Tembo, who has accused Malawi of hiding smugglers, spoke at a dinner in Lusaka.", "ACCUSE"),
    ("Banda is a candidate who has largely rejected Malawi's trade policy.", "REJECT"),
    ("Phiri, a governor who has repeatedly pledged to expel all Malawian traders, spoke on Tuesday.", "THREATEN"),
    ("Zambia has repeatedly accused Malawi of smuggling arms across the border.", "ACCUSE"),
    ("The Zambian minister has persistently criticized Malawi's handling of the border.", "ACCUSE"),
    # the time of a clause of the sentence before, or of the one before that (published 2021-03-10)
    ("Okafor had long opposed the embargo on Togo, and Mensah personally invited him to visit Lome in March 2012. "
     "Okafor met with her and other Togolese leaders.", "CONSULT"),
    ("In 2013, Ghana closed its border with Togo. The Ghanaian army later raided a Togolese camp. Accra accused "
     "Lome of harbouring rebels.", "ACCUSE"),
]

# (text, type) still coded: a perfect in a main clause, a past, a clause with its time, a material act.
CODED = [
    ("Zambia has accused Malawi of smuggling arms across the border.", "ACCUSE"),
    ("President Ruth Tembo, who accused Malawi of hiding smugglers, spoke at a dinner in Lusaka.", "ACCUSE"),
    ("The envoy, who has met the Malawian president twice this week, will fly to Lusaka.", "CONSULT"),
    ("The rebels, who have seized the town of Kasama, demanded talks with Zambia.", "COERCE"),
    ("Zambia repeatedly accused Malawi of smuggling arms on Monday.", "ACCUSE"),
    # a recent time in between, or a new paragraph, ends the telling of the past
    ("In 2013, Ghana closed its border with Togo. On Monday, Ghana reopened the border. Accra accused Lome of "
     "harbouring rebels.", "ACCUSE"),
    ("In 2013, Ghana closed its border with Togo.\n\nAccra accused Lome of harbouring rebels.", "ACCUSE"),
]


@pytest.mark.parametrize(("text", "etype"), LEFT_OUT, ids=[c[0][:40] for c in LEFT_OUT])
def test_left_out(analyze: Callable[..., Analysis], text: str, etype: str) -> None:
    got = analyze(text, PUBLISHED)
    assert not [e for e in got.events if e.type == etype], [(e.type, e.evidence.text) for e in got.events]


@pytest.mark.parametrize(("text", "etype"), CODED, ids=[c[0][:40] for c in CODED])
def test_coded(analyze: Callable[..., Analysis], text: str, etype: str) -> None:
    got = analyze(text, PUBLISHED)
    assert [e for e in got.events if e.type == etype], [(e.type, e.evidence.text) for e in got.events]
