"""Events an analyst would sign on unseen news (issue 15, h-events37): background told in the present perfect or
set by an earlier sentence. A perfect of words or stance kept up ("largely", "repeatedly", "always"), in a relative
clause on a person ("a senator who has largely opposed her own party's line"), describes them, as a simple present
does, no one act; an act named in such a clause without the adverb, a repeated request in a main clause, a clause
with its own time and a material act stay coded. An undated past told one or two sentences after a sentence whose
main clauses are set more than a year back, in the same paragraph, keeps that year: background; a time of a
clause within ("donations she received in 2014") sets no telling. Sentences written for these tests, made-up
names."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsledger import Analysis

PUBLISHED = "2021-03-10"

# (text, type) left out: a person described by a perfect, a repeated act.
LEFT_OUT = [
    ("Banda is a senator who has largely rejected the Malawian trade pact.", "REJECT"),
    ("Phiri, a governor who has repeatedly pledged to expel all Malawian traders, spoke on Tuesday.", "THREATEN"),
    ("Ruiz is a senator who has consistently criticized Malawi's trade policy.", "ACCUSE"),
    # the time of the main clauses of the sentence before, or of the one before that (published 2021-03-10)
    ("Okafor had long opposed the embargo on Togo, and Mensah personally invited him to visit Lome in March 2012. "
     "Okafor met with her and other Togolese leaders.", "CONSULT"),
    ("In 2013, Ghana closed its border with Togo. The Ghanaian army later raided a Togolese camp. Accra accused "
     "Lome of harbouring rebels.", "ACCUSE"),
]

# (text, type) still coded: an act named in a relative clause, a main clause, a time of its own, a material act.
CODED = [
    ("Tembo, who has accused Malawi of hiding smugglers, spoke at a dinner in Lusaka.", "ACCUSE"),
    ("Zambia has repeatedly called on Malawi to extradite the smugglers.", "REQUEST"),
    ("Zambia has accused Malawi of smuggling arms across the border.", "ACCUSE"),
    ("The envoy, who has met the Malawian president twice this week, will fly to Lusaka.", "CONSULT"),
    ("The rebels, who have repeatedly seized towns in Zambia, demanded talks with Malawi.", "COERCE"),
    # a recent time in between, a time of a clause within, or a new paragraph: no telling of the past
    ("In 2013, Ghana closed its border with Togo. On Monday, Ghana reopened the border. Accra accused Lome of "
     "harbouring rebels.", "ACCUSE"),
    ("In response to questions about donations she received on April 30, 2014, Senator Ruth Tembo returned the "
     "money. \"We acted with caution,\" her aide said. Tembo called on other candidates to return money from Malawian "
     "donors.", "REQUEST"),
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
