"""Missed events read from the judged real news (issue 15 item 3, h-events39b): criticism told by a noun or an
idiom (concerns raised about someone, an issue taken with someone, a critique delivered, "unloaded on", doubts cast
on someone's eligibility or commitment, alarm about someone), street protests ("took to the streets"), backing and
endorsements received, calls with a named leader, money received from a named giver and bailouts; boos, someone
dragged to court, actors exhorted, encouraged or discouraged, a conversation between two named parties, an act done
"at the request of" someone. Sentences written
for these tests, other names and places than any gold article."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from newsledger import Analysis

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/ is not a package
from event_participants import assert_coded, assert_not_coded

PUBLISHED = "2022-05-04"

# (text, type, source, target): an event of that type with those parties (None: not checked).
CODED = [
    ("Senator Kofi Ruiz took issue with Governor Ama Mensah's handling of the strike.", "ACCUSE", "Ruiz", "Mensah"),
    ("The teachers' union has voiced concerns over Governor Ama Mensah's views on trade.", "ACCUSE", "union",
     "Mensah"),
    ("Doctors raised concerns about Governor Ama Mensah leaking the files.", "ACCUSE", "Doctors", "Mensah"),
    ("Kofi Ruiz delivered a critique of Governor Ama Mensah's handling of the flood.", "ACCUSE", "Ruiz", "Mensah"),
    ("Governor Ama Mensah unloaded on Senator Kofi Ruiz in return.", "ACCUSE", "Mensah", "Ruiz"),
    ("Senator Kofi Ruiz questioned Governor Ama Mensah's eligibility to run for president.", "ACCUSE", "Ruiz",
     "Mensah"),
    ("Senator Kofi Ruiz said he was alarmed about Governor Ama Mensah's rhetoric.", "ACCUSE", "Ruiz", "Mensah"),
    ("Thousands of teachers took to the streets of Accra on Monday.", "PROTEST", "teachers", None),
    ("Governor Ama Mensah won the backing of Senator Kofi Ruiz.", "SUPPORT", "Ruiz", "Mensah"),
    ("Governor Ama Mensah received an endorsement on Friday from Senator Kofi Ruiz.", "SUPPORT", "Ruiz", "Mensah"),
    ("Reporters listened in on Governor Ama Mensah's June 3 call with President Kofi Okafor.", "CONSULT", "Mensah",
     "Okafor"),
    ("Governor Ama Mensah said the Volta Bank received $40 million from the Ghanaian government.", "AID",
     "Ghanaian government", "Volta Bank"),
    ("Volta Bank's bailout by the Ghanaian government angered voters.", "AID", "Ghanaian government", "Volta Bank"),
    ("Senator Kofi Ruiz was booed off the stage by delegates.", "PROTEST", None, "Ruiz"),
    ("About 300 protesters congregated outside the ministry, chanting slogans.", "PROTEST", "protesters", None),
    ("The union took Minister Ama Mensah to court over the pay cut.", "ACCUSE", "union", "Mensah"),
    ("Senator Kofi Ruiz exhorted Republicans to unite behind the nominee.", "REQUEST", "Ruiz", "Republicans"),
    ("Senator Kofi Ruiz has encouraged Ghana to bolster its defense spending.", "REQUEST", "Ruiz", "Ghana"),
    ("The group taunted Senator Kofi Ruiz on Monday.", "ACCUSE", None, "Ruiz"),
    ("The Volta Bank's merger with Atlas immediately sparked criticism from lawmakers in Congress.", "ACCUSE",
     "lawmakers", "Volta Bank"),
    ("Senator Kofi Ruiz's letter stirred outrage across party lines.", "ACCUSE", None, "Ruiz"),
    ("Officials discouraged Senator Kofi Ruiz from sending the letter.", "REQUEST", "Officials", "Ruiz"),
    ("Reporters described a tense conversation in Accra between Senator Kofi Ruiz and Governor Ama Mensah.",
     "CONSULT", "Ruiz", "Mensah"),
    ("At the request of Governor Ama Mensah, Senator Kofi Ruiz flew to Accra.", "REQUEST", "Mensah", "Ruiz"),
]

# (text, type): no event of that type.
NOT_CODED = [
    ("Senator Kofi Ruiz took issue with the new rules on fishing.", "ACCUSE"),
    ("Doctors raised concerns about the weather in the north.", "ACCUSE"),
    ("The workers unloaded on the dock at dawn.", "ACCUSE"),
    ("Residents were alarmed by the floods.", "ACCUSE"),
    ("Officials issued a call for calm.", "CONSULT"),
    ("The carmaker Voltra received $2 million from the sale of its plant.", "AID"),
    ("The board approved a bailout of the pension fund.", "AID"),
    ("The family took the case to court.", "ACCUSE"),
    ("About 300 pilgrims congregated outside the shrine at dawn.", "PROTEST"),
    ("The figures encouraged investors.", "REQUEST"),
    ("That tactic may now be discouraging Ghana from closing the talks.", "REQUEST"),
    ("Ms. Ama Mensah will appear in Kumasi on Sunday to encourage Ashanti voters to back the governor.", "REQUEST"),
    ("Letters the envoy handed over showed conversations between him, Senator Kofi Ruiz and other leaders.",
     "CONSULT"),
    ("The new law discouraged investment in the region.", "REQUEST"),
    ("In a conversation with reporters, Senator Kofi Ruiz said the talks had failed.", "CONSULT"),
    ("His urging went unheard.", "REQUEST"),
    ("At the request of the family, the funeral was private.", "REQUEST"),
]


@pytest.mark.parametrize(("text", "etype", "source", "target"), CODED, ids=[c[0][:40] for c in CODED])
def test_coded(analyze: Callable[..., Analysis], text: str, etype: str, source: str | None,
               target: str | None) -> None:
    assert_coded(analyze(text, PUBLISHED), etype, source, target)


@pytest.mark.parametrize(("text", "etype"), NOT_CODED, ids=[c[0][:40] + c[1] for c in NOT_CODED])
def test_not_coded(analyze: Callable[..., Analysis], text: str, etype: str) -> None:
    assert_not_coded(analyze(text, PUBLISHED), etype)
