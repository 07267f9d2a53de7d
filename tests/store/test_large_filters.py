"""``--actor`` and ``--country`` filters that match more actors than a statement may carry parameters.

PostgreSQL takes at most 65,535 bind parameters in one statement and this SQLite build 250,000
(``SQLITE_LIMIT_VARIABLE_NUMBER``). A filter that matched more actors than that used to become one
parameter per actor and failed. Each ledger here holds a few hand-built articles and, inserted
directly, synthetic actors past the limit; every query's answer is checked against a plain scan of
the tables in Python. On the development machine building and reading the ledgers takes about 6 s
(SQLite, 250,200 actors) and 3 s (PostgreSQL, 65,600 actors), and the whole module about 20 s.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from sqlalchemy import select

from ledger_backends import agreement_article, drop_pg_schema, event_article, new_url
from newsledger.store import Ledger
from newsledger.store import queries as q
from newsledger.store import schema as t

# One past each backend's bind-parameter limit, plus a margin.
PAST_LIMIT = {"sqlite": 250_000 + 200, "postgresql": 65_535 + 65}
NAME = "Karimi"  # the name part shared by the real speaker and every synthetic actor


def _articles(ledger: Ledger) -> None:
    ledger.add(agreement_article(
        "Iran's energy minister said Tehran and Baghdad signed a water-sharing treaty.", "Tehran Daily",
        "2024-03-04", [("Tehran", "Iran", "GPE", "IRN"), ("Baghdad", "Iraq", "GPE", "IRQ")],
        ("Iran's energy minister", "Mehdi Karimi", "PERSON", "IRN"), "water-sharing treaty", subject="water-sharing"))
    ledger.add(agreement_article(
        "Iraq's water ministry said the text agreed with Iran was a memorandum of understanding, nothing more.",
        "Baghdad Observer", "2024-03-06", [("Iraq's", "Iraq", "GPE", "IRQ"), ("Iran", "Iran", "GPE", "IRN")],
        ("Iraq's water ministry", "Ministry of Water Resources", "ORG", "IRQ"), "memorandum of understanding",
        subject=None))  # type: ignore[arg-type]
    ledger.add(event_article(
        "Iran sent water engineers to Iraq on Monday, the water ministry said.", "Gulf Wire", "2024-03-08",
        "PROVIDE", ("Iran", "Iran", "GPE", "IRN"), ("Iraq", "Iraq", "GPE", "IRQ"), "sent water engineers",
        when=("Monday", "2024-03-04")))
    ledger.add(event_article(
        "Iraq hosted water officials from Kuwait on Tuesday, a Kuwaiti official said.", "Gulf Wire", "2024-03-09",
        "CONSULT", ("Iraq", "Iraq", "GPE", "IRQ"), ("Kuwait", "Kuwait", "GPE", "KWT"), "hosted water officials"))


def _synthetic_actors(ledger: Ledger, n: int) -> None:
    """``n`` actors of Iran named "... Karimi aide ...", none of them in any document."""
    rows = [{"id": f"syn{i:07d}", "key": f"synthetic|{i}", "name": f"{NAME} aide {i}", "type": "PERSON",
             "country": "IRN", "sector": None, "n_documents": 0, "n_mentions": 0} for i in range(n)]
    with ledger.write() as conn:
        conn.execute(t.actors.insert(), rows)  # executemany


@dataclass
class Big:
    """A ledger with actors past the limit, and its tables read in full (the plain scan)."""

    ledger: Ledger
    scan: dict[str, Any]


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def big(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Big]:
    url, schema = new_url(request.param, tmp_path_factory.mktemp("large"))
    try:
        with Ledger(url) as ledger:
            _articles(ledger)
            _synthetic_actors(ledger, PAST_LIMIT[request.param])
            with ledger.read() as conn:
                yield Big(ledger, _scan(conn))
    finally:
        if schema:
            drop_pg_schema(schema)


def _actor_matches(actor: dict[str, Any] | None, f: q.Filters) -> bool:
    """The filter's meaning, written out: a name part (or a country code) and a country."""
    if actor is None:
        return False
    ok = True
    if f.actor is not None:
        ok = f.actor.casefold() in actor["name"].casefold() or (len(f.actor) == 3 and actor["country"] == f.actor)
    if f.country is not None:
        ok = ok and actor["country"] == f.country
    return ok


def _scan(conn: Any) -> dict[str, Any]:
    """Every table the queries read, as plain Python rows."""
    actors = {r.pk: dict(r._mapping) for r in conn.execute(select(t.actors))}
    docs = {r.pk: dict(r._mapping) for r in conn.execute(select(t.documents.c.pk, t.documents.c.id))}
    return {"actors": actors, "docs": docs,
            "statements": [dict(r._mapping) for r in conn.execute(select(t.statements))],
            "events": [dict(r._mapping) for r in conn.execute(select(t.events))],
            "sides": [dict(r._mapping) for r in conn.execute(select(t.conflict_sides))],
            "conflicts": {r.pk: r.id for r in conn.execute(select(t.conflicts.c.pk, t.conflicts.c.id))},
            "entities": [dict(r._mapping) for r in conn.execute(select(t.entities.c.doc_pk, t.entities.c.actor_pk))]}


def _newest(rows: list[dict[str, Any]], date: str, limit: int) -> list[dict[str, Any]]:
    low = dt.date.min
    return sorted(rows, key=lambda r: (r[date] or low, r["pk"]), reverse=True)[:limit]


FILTERS = [q.Filters(country="IRN"), q.Filters(actor="IRN"), q.Filters(actor=NAME.lower()),
           q.Filters(actor=NAME, country="IRN", limit=100_000)]


@pytest.mark.parametrize("f", FILTERS, ids=["country", "actor-code", "actor-name", "both"])
def test_filters_matching_more_actors_than_parameters_equal_a_plain_scan(big: Big, f: q.Filters) -> None:
    scan = big.scan
    with big.ledger.read() as conn:
        actor = scan["actors"].get
        matched = {pk for pk, a in scan["actors"].items() if _actor_matches(a, f)}
        assert len(matched) > PAST_LIMIT[big.ledger.dialect] - 1  # the filter really matches past the limit

        got = [(r["document"], r["statement"]) for r in q.statements(conn, f)]
        want = [(scan["docs"][s["doc_pk"]]["id"], s["local_id"])
                for s in _newest([s for s in scan["statements"] if s["actor_pk"] in matched], "date", f.limit)]
        assert got == want and got

        got = [(r["document"], r["evidence"]) for r in q.events(conn, f)]
        want = [(scan["docs"][e["doc_pk"]]["id"], e["evidence_text"])
                for e in _newest([e for e in scan["events"] if {e["source_actor_pk"], e["target_actor_pk"]} & matched],
                                 "event_date", f.limit)]
        assert got == want

        got_ids = sorted(r["conflict"] for r in q.conflicts(conn, f))
        assert got_ids == sorted({scan["conflicts"][s["conflict_pk"]] for s in scan["sides"]
                                  if s["actor_pk"] in matched})

        got_actors = [r["actor"] for r in q.actors(conn, f)]
        ranked = sorted((actor(pk) for pk in matched), key=lambda a: (-a["n_documents"], a["pk"]))  # type: ignore[index]
        assert got_actors == [a["id"] for a in ranked[:f.limit]]  # type: ignore[index]

        got_docs = sorted(r["document"] for r in q.search(conn, q.Filters(text="water", actor=f.actor,
                                                                          country=f.country)))
        assert got_docs == sorted({scan["docs"][e["doc_pk"]]["id"] for e in scan["entities"]
                                   if e["actor_pk"] in matched})


def test_a_filter_matching_few_actors_keeps_its_list_of_keys(big: Big) -> None:
    """The common case stays a short list of keys, read once, that every side of a query reuses."""
    with big.ledger.read() as conn:
        few = q.actor_pks(conn, q.Filters(actor="Mehdi"))
        many = q.actor_pks(conn, q.Filters(country="IRN"))
    assert isinstance(few, list) and len(few) == 1
    assert not isinstance(many, list)
