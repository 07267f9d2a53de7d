"""Hand-built articles with claims, for the ledger's claim tests (store, link, serve).

Every sentence is invented for these tests; each builder returns an :class:`Analysis` whose
offsets are checked against its own text.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from ledger_backends import document, entity, find
from newsledger.models import Amount, Analysis, Claim, Conflict, Side, Statement, TimeExpr

Actor = tuple[str, str, str, str | None]  # surface, canonical name, type, country


def quantity_article(text: str, outlet: str, published: str, claimant: Actor | None, about: Actor,
                     figure: str, low: float | None, high: float | None, unit: str = "deaths",
                     hedge: str | None = None, when: tuple[str, str] | None = None,
                     sector: str | None = None) -> Analysis:
    """An article in which ``claimant`` (None: the outlet) puts a figure on what happened at ``about``."""
    doc = document(text, outlet, published)
    ents = [entity(doc, "e1", about[1], about[2], about[3], about[0])]
    statements: tuple[Statement, ...] = ()
    speaker = None
    if claimant is not None:
        speaker = "e2"
        who = entity(doc, "e2", claimant[1], claimant[2], claimant[3], claimant[0])
        ents.append(replace(who, sector=sector))
        statements = (Statement("s1", "indirect", find(doc, figure), "e2", claimant[0], "said"),)
    times: tuple[TimeExpr, ...] = ()
    if when:
        times = (TimeExpr("t1", find(doc, when[0]), when[1], "day", "explicit", dt.date.fromisoformat(when[1])),)
    claim = Claim("c1", "quantity", unit, find(doc, figure), speaker, (("location", "e1"),),
                  Amount(low, high, unit, hedge), time="t1" if when else None,
                  statement="s1" if speaker else None)
    return Analysis(doc, entities=tuple(ents), statements=statements, times=times, claims=(claim,))


def two_sided_article() -> Analysis:
    """One article with two claims that contradict each other and the in-article conflict between them."""
    text = ("Harbour officials in Port Lemmer said the crane collapse was caused by a worn cable, "
            "while the dockers' union insisted the collapse was sabotage and said at least 3 workers were hurt.")
    doc = document(text, "Coastal Ledger", "2023-05-17")
    ents = (entity(doc, "e1", "Port Lemmer Harbour Authority", "ORG", "NLD", "Harbour officials"),
            entity(doc, "e2", "Dockers' Union", "ORG", "NLD", "the dockers' union"),
            entity(doc, "e3", "Port Lemmer", "GPE", "NLD"))
    c1 = Claim("c1", "cause", "accident", find(doc, "caused by a worn cable"), "e1", (("object", "e3"),),
               about=find(doc, "the crane collapse"))
    c2 = Claim("c2", "cause", "sabotage", find(doc, "the collapse was sabotage"), "e2", (("object", "e3"),),
               modality="actual", about=find(doc, "the collapse"))
    c3 = Claim("c3", "quantity", "injuries", find(doc, "at least 3 workers were hurt"), "e2",
               value=Amount(3, None, "injuries", "at least"), polarity="asserted", corroborates=("c1",),
               revises="c2")
    c4 = Claim("c4", "event", "ASSAULT", find(doc, "sabotage"), None, polarity="negated", place="e3")
    conflict = Conflict("k1", "cause", "c1", (Side("e1", "accident", c1.evidence, "c1"),
                                              Side("e2", "sabotage", c2.evidence, "c2")),
                        "what caused the crane collapse: a worn cable or sabotage", confidence=0.7)
    return Analysis(doc, entities=ents, claims=(c1, c2, c3, c4), conflicts=(conflict,))
