"""Status claims across documents: "illegal" in one report meets "lawful" in another through the ledger.

A claimant's own word is stored as its predicate ("unlawful", asserted); the ledger looks up the claims of
both names of one proposition, and the default engine reads "unlawful" as "lawful" denied. Sentences are
invented for this test.
"""

from __future__ import annotations

from claims_articles import Actor
from ledger_backends import document, entity, find
from newsledger.models import Analysis, Claim, Statement
from newsledger.store import Ledger
from newsledger.store import queries as q
from newsledger.store.queries import Filters

CAMP = ("the Tessaly camp", "Tessaly Camp", "LOC", "GRC")
MINISTRY = ("The migration ministry", "Hellenic Migration Ministry", "ORG", "GRC")
LAWYERS = ("A lawyers' group", "Refugee Legal Aid", "ORG", None)


def _status(outlet: str, published: str, who: Actor, word: str, predicate: str) -> Analysis:
    text = f"{who[0]} said the closure of {CAMP[0]} was {word}."
    doc = document(text, outlet, published)
    ents = (entity(doc, "e1", CAMP[1], CAMP[2], CAMP[3], CAMP[0]), entity(doc, "e2", who[1], who[2], who[3], who[0]))
    statement = Statement("s1", "indirect", find(doc, f"the closure of {CAMP[0]} was {word}"), "e2", who[0], "said")
    claim = Claim("c1", "status", predicate, find(doc, f"the closure of {CAMP[0]} was {word}"), "e2",
                  (("object", "e1"),), statement="s1", about=find(doc, "the closure"))
    return Analysis(doc, entities=ents, statements=(statement,), claims=(claim,))


def _status_conflicts(ledger_url: str, first: Analysis, second: Analysis) -> list[dict[str, object]]:
    with Ledger(ledger_url) as ledger:
        ledger.add(first)
        ledger.add(second)
        with ledger.read() as conn:
            return list(q.conflicts(conn, Filters(type="status")))


def test_illegal_meets_lawful_across_documents(ledger_url: str) -> None:
    found = _status_conflicts(ledger_url, _status("Athens Daily", "2023-02-01", MINISTRY, "lawful", "lawful"),
                              _status("Island Wire", "2023-02-02", LAWYERS, "illegal", "unlawful"))
    assert len(found) == 1 and found[0]["documents"] == 2


def test_illegal_twice_is_no_conflict(ledger_url: str) -> None:
    assert _status_conflicts(ledger_url, _status("Athens Daily", "2023-02-01", MINISTRY, "unlawful", "unlawful"),
                             _status("Island Wire", "2023-02-02", LAWYERS, "illegal", "unlawful")) == []
