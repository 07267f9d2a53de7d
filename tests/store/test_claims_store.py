"""Claims in the ledger: stored with their actors, read back as they were written, and the 0006 migration."""

from __future__ import annotations

from sqlalchemy import select

from claims_articles import quantity_article, two_sided_article
from newsledger.store import Ledger
from newsledger.store import schema as t
from newsledger.store.db import migrate


def test_claims_and_conflict_confidence_round_trip(ledger: Ledger) -> None:
    a = two_sided_article()
    assert ledger.add(a).status == "added"
    got = ledger.get(a.document.id)
    assert got is not None
    assert got.claims == a.claims
    assert got.conflicts == a.conflicts
    assert got.conflicts[0].confidence == 0.7 and got.conflicts[0].sides[1].claim_id == "c2"
    assert got.to_dict()["claims"] == a.to_dict()["claims"]


def test_claim_rows_carry_ledger_actors_and_time(ledger: Ledger) -> None:
    a = quantity_article("The Orvale fire brigade said 14 people died in the blaze at Kessin Mill on 2 March.",
                         "Valley Post", "2022-03-04", ("The Orvale fire brigade", "Orvale Fire Brigade", "ORG", "DEU"),
                         ("Kessin Mill", "Kessin Mill", "LOC", "DEU"), "14 people died", 14, 14,
                         when=("2 March", "2022-03-02"))
    ledger.add(a)
    with ledger.read() as conn:
        (row,) = conn.execute(select(t.claims)).all()
        actors = dict(conn.execute(select(t.actors.c.name, t.actors.c.pk)).tuples().all())
        args = conn.execute(select(t.claim_arguments.c.role, t.claim_arguments.c.actor_pk)).tuples().all()
    assert row.claimant_actor_pk == actors["Orvale Fire Brigade"]
    assert row.claimant_text == "Orvale Fire Brigade"
    assert args == [("location", actors["Kessin Mill"])]
    assert row.arguments_key and row.arguments_key.startswith("location=act-")
    assert (row.time_value, str(row.time_date), str(row.date)) == ("2022-03-02", "2022-03-02", "2022-03-02")
    assert (row.value_low, row.value_high, row.value_unit, row.has_value) == (14, 14, "deaths", True)


def test_claim_without_resolvable_arguments_has_no_proposition_key(ledger: Ledger) -> None:
    a = two_sided_article()
    ledger.add(a)
    with ledger.read() as conn:
        keys = dict(conn.execute(select(t.claims.c.local_id, t.claims.c.arguments_key)).tuples().all())
    assert keys["c3"] is None and keys["c4"] is None  # no arguments: never compared across documents
    assert keys["c1"] == keys["c2"] is not None


def test_migration_0006_gives_old_conflicts_full_confidence(ledger: Ledger) -> None:
    ledger.add(two_sided_article())
    engine = ledger._writer
    migrate(engine, "0005", downgrade=True)
    migrate(engine)
    with ledger.read() as conn:
        rows = conn.execute(select(t.conflicts.c.confidence)).scalars().all()
        sides = conn.execute(select(t.conflict_sides.c.claim_local_id)).scalars().all()
        claims = conn.execute(select(t.claims.c.pk)).all()
    assert rows == [1.0]  # stored before 0006: all-or-nothing
    assert sides and all(s is None for s in sides)
    assert claims == []  # the table is new
