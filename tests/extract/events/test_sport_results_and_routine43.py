"""Sport results and newsroom routine told with the words of events (issue 15, h-events43): a result with its score,
a comeback "to beat" someone, a defending champion, a request for comment, a fact that "offers a reminder", a crowd
"fired up", a warrant executed (a search, not a killing), a guilty plea whose adjective the parser hangs on the date
after it, a condition met ("meeting or exceeding expectations"), a problem fought ("fighting smog") and a tender
offer; and a trip told in turn with a visit named by a past year ("was followed by a trip by X") is history too.
Sentences written for these tests, made-up names."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from newsledger import Analysis

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/ is not a package
from event_participants import has as _has

PUBLISHED = "2022-05-04"

# (text, type): no event of that type is told.
NOT_DONE = [
    # a comeback in a match, no demonstration
    ("Okonkwo had rallied to beat Pereira 4-6, 6-3, 7-5 in the opening singles match.", "PROTEST"),
    ("Lindqvist and Haro rallied to defeat the Danish pair 6-4, 3-6, 7-6 (3) in the doubles.", "PROTEST"),
    # a result with its score, no one beaten
    ("Varga had beaten Tomasz Lis 6-1, 6-2, while Moreau defeated Keller 7-5, 6-4.", "ASSAULT"),
    # a title held, no one defended
    ("Portugal will face defending champion Belgium on Friday.", "AGREE"),
    # a reporter's routine
    ("The ministry didn't immediately respond to The Courier's request for comment.", "REQUEST"),
    ("Reuters requested comment from the interior ministry on Monday.", "REQUEST"),
    # other senses: a reminder offered, a crowd stirred, a warrant carried out
    ("The senator's involvement offers a powerful reminder of the role of young voters.", "AGREE"),
    ("Fans who travelled from Lisbon fired up the stadium throughout the final.", "ASSAULT"),
    ("Officers executed a search warrant on Tuesday at a house on Elm Street.", "ASSAULT"),
    # a guilty plea is an admission, no request
    ("A Lyon man pleaded guilty Monday to threatening to kill Sen. Marla Quint.", "REQUEST"),
    # a condition met, its object shared with a joined word
    ("The senator's campaign will need to meet the polling and fundraising thresholds for future debates.", "AGREE"),
    ("Most lenders reported profits, with many banks meeting or exceeding expectations.", "CONSULT"),
    # a problem fought, a bid for shares
    ("Oslo famously has been fighting smog since the 19th century.", "ASSAULT"),
    ("Many shareholders are waiting to hear when a $2 billion tender offer by Norsk Bank will be launched.", "AGREE"),
    # a trip told in turn with a visit named by a past year: history
    ("Tusk's 2014 visit to Kyiv was followed by a trip by Chancellor Merkel.", "CONSULT"),
    ("Tusk's historic 2014 stay in Kyiv had been preceded by a visit from Chancellor Angela Merkel and was later"
     " followed by a trip by Dutch Premier Mark Rutte.", "CONSULT"),
]

# (text, type, source or None, target or None): still coded, with its participants.
STILL_DONE = [
    ("The rebels executed two captured soldiers on Sunday.", "ASSAULT", "rebels", None),
    ("Protesters were beaten by police in Minsk on Sunday.", "ASSAULT", "police", "Protesters"),
    ("Thousands rallied against the new labour law in Lagos.", "PROTEST", None, None),
    ("Ostrava urgently requested help from the United Nations.", "REQUEST", "Ostrava", "United Nations"),
    ("Police fired on the crowd in the main square.", "ASSAULT", "Police", None),
    ("Chile offered to mediate between Peru and Bolivia.", "AGREE", "Chile", "Peru"),
    ("Kenya made an offer to Somalia to host the talks.", "AGREE", "Kenya", "Somalia"),
    ("The foreign minister met the envoy and the ambassador in Oslo.", "CONSULT", "minister", "ambassador"),
    ("The army has been fighting Islamic State fighters in the north.", "ASSAULT", "army", "Islamic State"),
    ("Officers executed a search warrant on Tuesday at a house on Elm Street.", "COERCE", None, None),
    ("A Lyon man pleaded guilty Monday to threatening to kill Sen. Marla Quint.", "CONCEDE", None, None),
    ("Tusk's visit to Kyiv on Monday was followed by a trip by Chancellor Merkel.", "CONSULT", "Merkel", None),
]


@pytest.mark.parametrize(("text", "etype"), NOT_DONE, ids=[f"{c[1]}:{c[0][:40]}" for c in NOT_DONE])
def test_not_done(analyze: Callable[..., Analysis], text: str, etype: str) -> None:
    got = analyze(text, PUBLISHED)
    assert not [e for e in got.events if e.type == etype], [(e.type, e.evidence.text) for e in got.events]


@pytest.mark.parametrize(("text", "etype", "source", "target"), STILL_DONE,
                         ids=[f"{c[1]}:{c[0][:40]}" for c in STILL_DONE])
def test_still_done(analyze: Callable[..., Analysis], text: str, etype: str, source: str | None,
                    target: str | None) -> None:
    got = analyze(text, PUBLISHED)
    assert [e for e in got.events if e.type == etype and _has(got, e.source, source) and _has(got, e.target, target)
            ], [(e.type, e.source, e.target, e.evidence.text) for e in got.events]
