"""Acts named but not told as news (issue 15, h-events15b): a trip or meeting named by a noun dated years before
the publication ("her landmark 2019 visit", "his visit to Ostra in 2018"), an act of "whoever" does it, a simple
present in a "when" clause of a general statement, the writer's own question, people on the move travelling, what
a text provides ("the treaty urges members to ..."). Each with a told act of the same type that stays. Targets told
by goods' origin ("tariffs on imports from Ostra") and by the act's noun ("an emergency against Vallis").
Sentences written for these tests, made-up names."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsledger import Analysis

PUBLISHED = "2023-03-09"

# (text, told, type): no event of that type is told in the first text; the told act of the same type in the
# second stays.
CASES = [
    # a noun dated by a year that ended more than a year before the publication: through a modifier, or "in"
    ("Senator Brolin's historic 2019 visit to Vallis was followed by a wave of investment on Monday.",
     "Senator Brolin's visit to Vallis on Monday was followed by a wave of investment.", "CONSULT"),
    ("Mayor Kessel's visit to the Ostran capital in 2018 was followed by a trade deal on Monday.",
     "Mayor Kessel's visit to the Ostran capital on Sunday was followed by a trade deal on Monday.", "CONSULT"),
    # an act of whoever does it
    ("Whoever shells the harbour of Vallis will answer for it in court.",
     "Tarvosian gunboats shelled the harbour of Vallis on Sunday.", "ASSAULT"),
    # a simple present in a "when" clause of a general statement
    ("When a state imposes tariffs on Ostran cheese, it is the grocers who pay in the end.",
     "Tarvosia imposed tariffs on Ostran cheese on Friday.", "SANCTION"),
    ("When a navy shells a port, the insurers raise their prices.",
     "When Tarvosian gunboats shelled the harbour of Vallis on Sunday, the dockers fled.", "ASSAULT"),
    # the writer's own question (a heading)
    ("Why did Tarvosia impose sanctions on Ostra?", "Tarvosia imposed sanctions on Ostra on Friday.", "SANCTION"),
    ("Will the Ostran government impose sanctions on Vallis?",
     "The Ostran government threatened to impose sanctions on Vallis.", "THREATEN"),
    # what a text provides, named by no party
    ("Under its third article, the treaty urges every member to close its coal mines.",
     "The Ostran president urged every member to close its coal mines.", "REQUEST"),
    ("The charter demands that each member state hold a free vote.",
     "The Ostran president urged every member to close its coal mines.", "REQUEST"),
    # people on the move: a journey, no visit
    ("Border guards reported dozens of refugees travelling to Vallis on forged papers.",
     "The Ostran foreign minister travelled to Vallis on Monday for talks with its president.", "CONSULT"),
]


@pytest.mark.parametrize(("text", "told", "kind"), CASES, ids=[f"{k}:{t[:40]}" for t, _, k in CASES])
def test_named_not_told(analyze: Callable[..., Analysis], text: str, told: str, kind: str) -> None:
    got = [(e.type, e.evidence.text) for e in analyze(text, PUBLISHED).events]
    assert not any(t == kind for t, _ in got), got
    kept = [(e.type, e.evidence.text) for e in analyze(told, PUBLISHED).events]
    assert any(t == kind for t, _ in kept), kept



@pytest.mark.parametrize(("text", "target"), [
    ("Tarvosia imposed tariffs on imports from Ostra on Friday.", "Ostra"),
    ("Tariffs were also imposed on goods from Vallis, including cheese.", "Vallis"),
])
def test_goods_stand_for_their_origin(analyze: Callable[..., Analysis], text: str, target: str) -> None:
    """ "tariffs on imports from Ostra": the goods' origin is the target of the sanction."""
    got = analyze(text, PUBLISHED)
    names = {e.id: e.name for e in got.entities}
    assert [names.get(e.target or "") for e in got.events if e.type == "SANCTION"] == [target]


def test_noun_aimed_at_a_party(analyze: Callable[..., Analysis]) -> None:
    """ "would end a decades-old emergency against Vallis": whom the act's noun is aimed at is the target."""
    got = analyze("Ostra would end a decades-old emergency against Vallis, the cabinet said.", PUBLISHED)
    names = {e.id: e.name for e in got.entities}
    assert [(names.get(e.source or ""), names.get(e.target or "")) for e in got.events
            if e.type == "CONCEDE"] == [("Ostra", "Vallis")]
