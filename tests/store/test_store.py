"""The repository layer on SQLite and PostgreSQL: migrations, round trips, idempotence, queries."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
import time
from collections.abc import Iterator

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from ledger_backends import BACKENDS, agreement_article, document, drop_pg_schema, event_article, find, new_url
from newsledger.errors import ConfigError
from newsledger.models import Analysis, Conflict, Entity, Side, Statement, TimeExpr
from newsledger.store import Ledger, fulltext, migrate, resolve_url
from newsledger.store import queries as q
from newsledger.store.queries import Filters
from newsledger.store.schema import metadata

# Full-text machinery that lives outside the metadata on purpose (FTS5 tables, generated tsvector columns).
_FTS_ONLY = {"documents_fts", "statements_fts", "tsv", "ix_documents_tsv", "ix_statements_tsv"}


def _speech(text: str, outlet: str, published: str, speaker: tuple[str, str, str], quote: str,
            kind: str = "direct", when: tuple[str, str] | None = None) -> Analysis:
    doc = document(text, outlet, published)
    ent = Entity("e1", speaker[1], speaker[2], (find(doc, speaker[0]),), speaker[3] if len(speaker) > 3 else None)
    times = (TimeExpr("t1", find(doc, when[0]), when[1], "day", "published", dt.date.fromisoformat(when[1])),
             ) if when else ()
    st = Statement("s1", kind, find(doc, quote), "e1", speaker[0], "said", "t1" if when else None)  # type: ignore[arg-type]
    return Analysis(doc, entities=(ent,), statements=(st,), times=times)


SPEECHES = [
    _speech('"We will not accept new tariffs on our steel," Brazil\'s trade minister said on Monday.',
            "Rio Ledger", "2023-04-11", ("Brazil's trade minister", "Paulo Mendes", "PERSON", "BRA"),
            "We will not accept new tariffs on our steel", when=("Monday", "2023-04-10")),
    _speech("Japan's foreign ministry said the drills near the islands were a provocation.",
            "Tokyo Evening", "2023-05-02", ("Japan's foreign ministry", "Ministry of Foreign Affairs of Japan", "ORG",
                                            "JPN"), "the drills near the islands were a provocation", "indirect"),
    _speech('Kenya\'s president told reporters: "Our ports stay open to every partner."', "Nairobi Star",
            "2023-06-20", ("Kenya's president", "William Otieno", "PERSON", "KEN"),
            "Our ports stay open to every partner"),
]


def test_migrated_schema_matches_metadata(ledger: Ledger) -> None:
    with ledger._writer.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), metadata)
        tables = set(inspect(conn).get_table_names())
    real = [d for d in diff if not any(name in repr(d) for name in _FTS_ONLY)]
    assert real == []
    assert set(metadata.tables) <= tables and "alembic_version" in tables


def test_round_trip_and_idempotence(ledger: Ledger) -> None:
    a = agreement_article("Chile's foreign minister said Santiago and Buenos Aires signed a lithium accord.",
                          "Andes Today", "2024-01-15", [("Santiago", "Chile", "GPE", "CHL"),
                          ("Buenos Aires", "Argentina", "GPE", "ARG")], ("Chile's foreign minister", "Rosa Vidal",
                          "PERSON", "CHL"), "lithium accord", subject="lithium", stance="support")
    doc = a.document
    side_a, side_b = Side("e3", "accord", find(doc, "lithium accord")), Side(None, "no accord", find(doc, "signed"))
    a = Analysis(doc, a.entities, a.statements, a.times, a.events, a.agreements,
                 (Conflict("c1", "characterisation", "a1", (side_a, side_b), "says accord; nobody denies"),))
    first = ledger.add(a)
    assert first.status == "added"
    before = ledger.snapshot()
    assert ledger.add(a).status == "present"
    assert ledger.snapshot() == before
    assert ledger.get(doc.id) == a
    assert ledger.get("doc-0000000000000000") is None
    assert ledger.has_document(doc.id) and not ledger.has_document("doc-x")


def test_published_datetime_round_trip(ledger: Ledger) -> None:
    when = dt.datetime(2024, 7, 1, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=3)))
    a = Analysis(document("Talks resumed in Doha on Monday.", "Gulf Desk", "2024-07-01"))
    a = Analysis(type(a.document)(text=a.document.text, source="Gulf Desk", published=when, origin="x"))
    ledger.add(a)
    assert ledger.get(a.document.id) == a


@pytest.fixture(scope="module", params=BACKENDS)
def speech_ledger(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Ledger]:
    """One ledger of SPEECHES per backend, shared by the (read-only) query tests."""
    url, schema = new_url(request.param, tmp_path_factory.mktemp("speeches"))
    with Ledger(url) as led:
        for a in SPEECHES:
            led.add(a)
        yield led
    if schema:
        drop_pg_schema(schema)


@pytest.mark.parametrize(("command", "filters", "expected"), [
    ("statements", Filters(), ["Nairobi Star", "Tokyo Evening", "Rio Ledger"]),
    ("statements", Filters(actor="JPN"), ["Tokyo Evening"]),
    ("statements", Filters(actor="otieno"), ["Nairobi Star"]),
    ("statements", Filters(country="BRA"), ["Rio Ledger"]),
    ("statements", Filters(type="indirect"), ["Tokyo Evening"]),
    ("statements", Filters(since=dt.date(2023, 5, 1), until=dt.date(2023, 5, 31)), ["Tokyo Evening"]),
    ("statements", Filters(until=dt.date(2023, 4, 10)), ["Rio Ledger"]),  # the statement's own date
    ("statements", Filters(outlet="star"), ["Nairobi Star"]),
    ("statements", Filters(text="tariffs steel"), ["Rio Ledger"]),
    ("statements", Filters(text="ports partner"), ["Nairobi Star"]),
    ("statements", Filters(text='"; DROP TABLE documents; --'), []),
    ("statements", Filters(limit=1), ["Nairobi Star"]),
    ("search", Filters(text="provocation"), ["Tokyo Evening"]),
    ("search", Filters(text="minister", outlet="rio"), ["Rio Ledger"]),
    ("search", Filters(text="islands", actor="KEN"), []),
    ("actors", Filters(type="PERSON"), ["Paulo Mendes", "William Otieno"]),
    ("actors", Filters(text="ministry"), ["Ministry of Foreign Affairs of Japan"]),
    ("actors", Filters(outlet="Nairobi"), ["William Otieno"]),
])
@pytest.mark.parametrize("probe", [1, 5000])  # the newest rows checked first: fewer than the ledger, and all
def test_queries(speech_ledger: Ledger, command: str, filters: Filters, expected: list[str], probe: int,
                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(q, "PROBE_ROWS", probe)
    monkeypatch.setattr(fulltext, "PROBE_DOCUMENTS", probe)
    with speech_ledger.read() as conn:
        rows = q.COMMANDS[command](conn, filters)
    key = "name" if command == "actors" else "outlet"
    got = [r[key] for r in rows]
    assert (sorted(got) if command == "actors" else got) == expected


def test_search_snippet_marks_the_words(speech_ledger: Ledger) -> None:
    with speech_ledger.read() as conn:
        (row,) = q.search(conn, Filters(text="provocation"))
    assert "[provocation]" in row["snippet"] and "drills" in row["snippet"]


@pytest.mark.parametrize(("text", "words", "width", "expected"), [
    ("Lawmakers said the presidential tax plans were planned in secret.", "president plan", 16,
     "Lawmakers said the [presidential] tax [plans] were [planned] in secret."),
    ("one two three four five six seven eight nine ten eleven twelve", "nine", 6,
     "…seven eight [nine] ten eleven twelve"),
    ("one two three four five six seven eight nine ten eleven twelve", "five", 4, "…four [five] six seven…"),
    ("one two three four five six seven eight", "zebra", 6, "one two three four five six…"),
    ("A vote, or not.", "vote or", 16, "A [vote], or not."),  # search syntax words are not looked for
    ("", "vote", 16, ""),
])
def test_snippet_of(text: str, words: str, width: int, expected: str) -> None:
    assert q.snippet_of(text, words, width) == expected


def test_agreements_by_document_type(ledger: Ledger) -> None:
    """``--type`` names a document type of the vocabulary (any of its words), or else part of a label."""
    for outlet, (a, b), label in [("Volta Post", ("Ghana", "Togo"), "power MoU"),
                                  ("Sahel Daily", ("Mali", "Niger"), "water convention"),
                                  ("Andes Wire", ("Peru", "Chile"), "fisheries accord"),
                                  ("Baltic News", ("Latvia", "Estonia"), "rail memorandum of understanding")]:
        text = f"{a}'s minister said {a} and {b} signed a {label} this week."
        ledger.add(agreement_article(text, outlet, "2024-03-01", [(a, a, "GPE", a[:3].upper()),
                   (b, b, "GPE", b[:3].upper())], (f"{a}'s minister", f"Minister of {a}", "PERSON", a[:3].upper()),
                   label, subject=label.split()[0]))
    with ledger.read() as conn:
        def outlets(type_: str) -> set[str]:
            return {r["outlets"] for r in q.agreements(conn, Filters(type=type_))}
        assert outlets("memorandum") == {"Volta Post", "Baltic News"}
        assert outlets("treaty") == {"Sahel Daily"}
        assert outlets("agreement") == {"Andes Wire"}
        assert outlets("fisheries") == {"Andes Wire"}  # not a type: part of a label
        assert outlets("ceasefire") == set()


def test_event_filters(ledger: Ledger) -> None:
    pk, ind = ("Pakistan", "Pakistan", "GPE", "PAK"), ("India", "India", "GPE", "IND")
    ledger.add(event_article("Pakistan accused India of violating the truce.", "Lahore Times", "2023-09-01",
                             "ACCUSE", pk, ind, "accused"))
    ledger.add(event_article("India sent aid to Pakistan after the floods.", "Delhi Daily", "2023-09-03",
                             "AID", ind, pk, "sent aid"))
    with ledger.read() as conn:
        assert [r["type"] for r in q.events(conn, Filters())] == ["AID", "ACCUSE"]
        assert [r["type"] for r in q.events(conn, Filters(type="accuse"))] == ["ACCUSE"]
        assert len(q.events(conn, Filters(actor="PAK"))) == 2  # as source or target
        assert [r["outlet"] for r in q.events(conn, Filters(text="aid"))] == ["Delhi Daily"]
        assert q.events(conn, Filters(since=dt.date(2023, 9, 2)))[0]["source"] == "India"


@pytest.mark.parametrize("probe", [3, 7, 5000])
def test_events_by_actor_match_a_full_scan(ledger: Ledger, probe: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """The newest events of an actor, as source or target, under a limit: the same as filtering everything.

    ``probe`` is how many of the newest rows are checked before the filter's own index is asked: smaller
    than the ledger, so both ways of answering are exercised and must agree.
    """
    monkeypatch.setattr(q, "PROBE_ROWS", probe)
    countries = [("Chad", "Chad", "GPE", "TCD"), ("Niger", "Niger", "GPE", "NER"), ("Mali", "Mali", "GPE", "MLI")]
    rng = random.Random(5)
    made = []
    for i in range(18):
        src, tgt = rng.sample(countries, 2)
        day = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(60))
        kind = rng.choice(["ACCUSE", "AID", "CONSULT"])
        text = f"{src[0]} and {tgt[0]} met, report {i}; officials said {src[0]} acted against {tgt[0]}."
        ledger.add(event_article(text, f"Outlet {i % 4}", day.isoformat(), kind, src, tgt, "acted against"))
        made.append((day, i, kind, src[1], tgt[1], f"Outlet {i % 4}"))
    newest = sorted(made, key=lambda m: (m[0], m[1]), reverse=True)
    cases = [(Filters(actor="NER", limit=4), lambda m: "Niger" in m[3:5]),
             (Filters(actor="Chad", type="aid", limit=3), lambda m: "Chad" in m[3:5] and m[2] == "AID"),
             (Filters(country="MLI", outlet="Outlet 1", limit=50), lambda m: "Mali" in m[3:5] and m[5] == "Outlet 1"),
             (Filters(actor="TCD", since=dt.date(2024, 1, 20), until=dt.date(2024, 2, 10), limit=5),
              lambda m: "Chad" in m[3:5] and dt.date(2024, 1, 20) <= m[0] <= dt.date(2024, 2, 10)),
             (Filters(outlet="outlet 2", limit=2), lambda m: m[5] == "Outlet 2"),
             (Filters(text="acted", limit=6), lambda m: True)]
    with ledger.read() as conn:
        for filters, keep in cases:
            expected = [(m[0], m[3], m[4]) for m in newest if keep(m)][:filters.limit]
            got = [(r["date"] or r["published"], r["source"], r["target"]) for r in q.events(conn, filters)]
            assert got == expected, filters


@pytest.mark.parametrize(("value", "url"), [
    ("ledger.db", "sqlite:///ledger.db"),
    ("postgresql://u@h/db", "postgresql+psycopg://u@h/db"),
    ("postgres://u@h/db", "postgresql+psycopg://u@h/db"),
])
def test_resolve_url(value: str, url: str) -> None:
    assert resolve_url(value) == url


def test_resolve_url_env_and_errors(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSLEDGER_DB", "/tmp/x/ledger.db")
    assert resolve_url(None) == "sqlite:////tmp/x/ledger.db"
    monkeypatch.delenv("NEWSLEDGER_DB")
    assert resolve_url(None) == "sqlite:///newsledger.db"
    with pytest.raises(ConfigError, match="unsupported ledger URL"):
        resolve_url("mysql://h/db")
    for memory in ("sqlite://", "sqlite:///:memory:"):
        with pytest.raises(ConfigError, match="cannot live in memory"):
            Ledger(memory)
    with pytest.raises(ConfigError, match="not a plain SQL identifier"):
        Ledger("postgresql://postgres@127.0.0.1/test?schema=a;drop")


def test_migration_0002_backfills_rollups(ledger: Ledger) -> None:
    """Down to 0001 and up again: the roll-up columns are rebuilt from the stored reports."""
    first = agreement_article("Chile's foreign minister said Santiago and Buenos Aires signed a lithium accord.",
                              "Andes Today", "2024-01-15", [("Santiago", "Chile", "GPE", "CHL"),
                              ("Buenos Aires", "Argentina", "GPE", "ARG")], ("Chile's foreign minister",
                              "Rosa Vidal", "PERSON", "CHL"), "lithium accord", subject="lithium")
    second = agreement_article("Argentina's economy ministry called the text with Chile a memorandum on lithium.",
                               "Pampa Post", "2024-01-20", [("Chile", "Chile", "GPE", "CHL"),
                               ("Argentina", "Argentina", "GPE", "ARG")], ("Argentina's economy ministry",
                               "Ministry of Economy", "ORG", "ARG"), "memorandum", subject="lithium")
    ledger.add(first)
    ledger.add(second)
    with ledger.read() as conn:
        before = (q.agreements(conn, Filters()), q.conflicts(conn, Filters()))
    assert before[0][0]["documents"] == 2 and before[1][0]["documents"] == 2
    migrate(ledger._writer, "0001", downgrade=True)
    with ledger.read() as conn:
        assert "labels" not in {c["name"] for c in inspect(conn).get_columns("ledger_agreements")}
    migrate(ledger._writer)
    with ledger.read() as conn:
        after = (q.agreements(conn, Filters()), q.conflicts(conn, Filters()))
    # 0002 rebuilds the label, outlet and document roll-ups; 0003 the party names.
    assert after == before
    assert after[0][0]["parties"] == "Chile; Argentina"


def test_party_names_keep_their_own_and(ledger: Ledger) -> None:
    """A party whose name contains "and" stays one party in the roll-up."""
    a = agreement_article("Trinidad and Tobago and Venezuela signed a gas accord, said the energy minister of "
                          "Trinidad and Tobago.", "Port Gazette", "2024-02-02",
                          [("Trinidad and Tobago", "Trinidad and Tobago", "GPE", "TTO"),
                           ("Venezuela", "Venezuela", "GPE", "VEN")],
                          ("energy minister", "Stuart Young", "PERSON", "TTO"), "gas accord", subject="gas")
    ledger.add(a)
    with ledger.read() as conn:
        assert q.agreements(conn, Filters())[0]["parties"] == "Trinidad and Tobago; Venezuela"


def test_maintain_refreshes_statistics_once(ledger: Ledger) -> None:
    """After a load the planner's statistics are refreshed; with nothing changed since, nothing is done."""
    ledger.add_many(dataclasses.replace(s, document=dataclasses.replace(s.document, text=s.document.text + f" ({i})"))
                    for i in range(80) for s in SPEECHES)
    deadline = time.monotonic() + 10
    done = ledger.maintain()
    # PostgreSQL's activity counters reach pg_stat_user_tables within about a second of the commit.
    while not done and ledger.dialect == "postgresql" and time.monotonic() < deadline:
        time.sleep(0.3)
        done = ledger.maintain()
    assert any(d.startswith(("ANALYZE", "VACUUM")) for d in done), done
    with ledger.read() as conn:
        if ledger.dialect == "postgresql":
            tuples = conn.exec_driver_sql("SELECT reltuples FROM pg_class WHERE oid = 'documents'::regclass").scalar()
            assert tuples == 240
        else:
            stat = conn.exec_driver_sql("SELECT stat FROM sqlite_stat1 WHERE tbl = 'documents'").scalars().all()
            assert stat and all(s.split()[0] == "240" for s in stat)
    assert "ANALYZE documents" not in ledger.maintain() and "ANALYZE" not in ledger.maintain()
