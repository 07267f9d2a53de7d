"""Queries analysts ask, on SQLite and PostgreSQL: dyads with their codes, actor ids, honest event dates,
one full-text syntax on both backends, and whole-table exports with provenance."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import json

import pytest

from ledger_backends import document, event_article
from newsledger.errors import QueryError
from newsledger.models import Analysis
from newsledger.store import Ledger, migrate
from newsledger.store import export as ex
from newsledger.store import queries as q
from newsledger.store.fulltext import fts5_query, parse_query, pg_tsquery
from newsledger.store.queries import Filters

ROW = ("Rowan", "Rowan Republic", "GPE", "ROW")  # made-up countries, coded with made-up ISO3 codes
TEL = ("Telmar", "Telmar", "GPE", "TEL")
ARC = ("Archenland", "Archenland", "GPE", "ARC")


def _dyads(ledger: Ledger) -> None:
    ledger.add(event_article("Rowan shelled Telmar's border posts overnight, officials said.", "Valley Post",
                             "2024-05-02", "ASSAULT", ROW, TEL, "shelled"))
    ledger.add(event_article("Telmar accused Rowan of the attack on Tuesday.", "Hill Courier", "2024-05-03",
                             "ACCUSE", TEL, ROW, "accused", when=("Tuesday", "2024-04-30")))
    ledger.add(event_article("Archenland sent grain to Telmar after the floods.", "Valley Post", "2024-05-04",
                             "AID", ARC, TEL, "sent"))


def test_an_actor_filter_that_matches_no_actor_finds_nothing(ledger: Ledger) -> None:
    """A name or code that no actor has is one key that no row has (not an empty list: see ``NO_ACTOR``),
    in every command that filters by actor, beside rows whose actor columns are empty."""
    from newsledger.store.filters import NO_ACTOR, matching_actors

    _dyads(ledger)
    ledger.add(event_article("Telmar said it would rebuild the posts.", "Hill Courier", "2024-05-05", "ASSAULT",
                             TEL, TEL, "rebuild"))
    with ledger.read() as conn:
        assert matching_actors(conn, "Narnia", None) == [NO_ACTOR]
        assert q.events(conn, Filters(to_actor="Narnia")) == []
        assert q.events(conn, Filters(from_actor="Telmar", to_actor="QQQ")) == []
        assert q.events(conn, Filters(actor="Narnia")) == []
        assert q.statements(conn, Filters(actor="Narnia")) == []
        assert q.claims(conn, Filters(claimant="Narnia")) == []
        assert q.actors(conn, Filters(actor="Narnia")) == []
        assert q.search(conn, Filters(text="Telmar", actor="Narnia")) == []
        assert len(q.events(conn, Filters(to_actor="Telmar"))) == 3  # the filter still finds what it names


def test_one_actor_lists_newest_first_through_its_own_index(ledger: Ledger) -> None:
    """One actor by id (no probe of the newest rows: its (actor, date, pk) index answers): the newest
    ``limit`` of its events as source or target and of its statements, with dates, in order."""
    days = ["2024-05-07", "2024-05-01", "2024-05-09", "2024-05-03", "2024-05-05"]
    for n, day in enumerate(days):
        ledger.add(event_article(f"Rowan shelled Telmar's posts, report {n}.", f"Outlet {n}", day, "ASSAULT", ROW,
                                 TEL, "shelled"))
    ledger.add(event_article("Telmar shelled Rowan's posts.", "Outlet 9", "2024-05-08", "ASSAULT", TEL, ROW,
                             "shelled"))
    with ledger.read() as conn:
        ids = {r["name"]: r["actor"] for r in q.actors(conn, Filters())}
        rowan = ids["Rowan Republic"]
        got = [r["published"].isoformat() for r in q.events(conn, Filters(from_actor=rowan, limit=3))]
        assert got == ["2024-05-09", "2024-05-07", "2024-05-05"]
        got = [r["published"].isoformat() for r in q.events(conn, Filters(to_actor=rowan))]
        assert got == ["2024-05-08"]
        dated = q.events(conn, Filters(from_actor=rowan, since=dt.date(2024, 5, 2), until=dt.date(2024, 5, 6)))
        assert [r["published"].isoformat() for r in dated] == ["2024-05-05", "2024-05-03"]


def test_dyads_by_name_code_and_id(ledger: Ledger) -> None:
    _dyads(ledger)
    with ledger.read() as conn:
        (attack,) = q.events(conn, Filters(from_actor="ROW", to_actor="Telmar"))
        assert attack["type"] == "ASSAULT" and attack["source"] == "Rowan Republic" and attack["target"] == "Telmar"
        assert attack["source_country"] == "ROW" and attack["target_country"] == "TEL"
        # the id printed by `actors` works in every actor filter
        ids = {r["name"]: r["actor"] for r in q.actors(conn, Filters())}
        assert q.events(conn, Filters(from_actor=ids["Telmar"], to_actor=ids["Rowan Republic"]))[0]["type"] == "ACCUSE"
        assert attack["source_id"] == ids["Rowan Republic"] and attack["target_id"] == ids["Telmar"]
        assert {r["type"] for r in q.events(conn, Filters(to_actor="TEL"))} == {"ASSAULT", "AID"}
        assert {r["type"] for r in q.events(conn, Filters(actor=ids["Archenland"]))} == {"AID"}
        assert [r["name"] for r in q.actors(conn, Filters(actor=ids["Telmar"]))] == ["Telmar"]
        assert q.events(conn, Filters(from_actor="Archenland", to_actor="Rowan")) == []
        assert q.events(conn, Filters(from_actor="act-0000000000000000")) == []


def test_event_codes_come_from_the_vocabulary(ledger: Ledger) -> None:
    from newsledger.lexicon.events import cameo_scale

    _dyads(ledger)
    with ledger.read() as conn:
        rows = {r["type"]: r for r in q.events(conn, Filters())}
    for row in rows.values():
        if row["cameo"]:
            assert (row["quad_class"], row["intensity"]) == cameo_scale()[row["cameo"][:2]]
    # the ledger's hand-made events carry no CAMEO code: they get no QuadClass rather than a guess
    assert all(r["quad_class"] is None for r in rows.values() if not r["cameo"])
    row = q.event_codes({"event_date": None, "date_source": "published", "cameo": "190"})
    assert row["quad_class"] == 4 and row["intensity"] < 0
    assert q.event_codes({"event_date": None, "date_source": "published", "cameo": "042"})["quad_class"] == 1
    assert q.event_codes({"event_date": None, "cameo": None})["quad_class"] is None


def test_an_event_without_its_own_date_says_so(ledger: Ledger) -> None:
    _dyads(ledger)
    with ledger.read() as conn:
        rows = {r["type"]: r for r in q.events(conn, Filters())}
    assert rows["ACCUSE"]["date"].isoformat() == "2024-04-30" and rows["ACCUSE"]["date_source"] == "event"
    assert rows["ASSAULT"]["date"] is None and rows["ASSAULT"]["date_source"] == "published"
    assert rows["ASSAULT"]["published"].isoformat() == "2024-05-02"
    with ledger.read() as conn:  # the date filters still file an undated event under its article's day
        assert [r["type"] for r in q.events(conn, Filters(since=rows["ASSAULT"]["published"],
                                                             until=rows["ASSAULT"]["published"]))] == ["ASSAULT"]


def test_migration_0008_backfills_the_date_source(ledger: Ledger) -> None:
    _dyads(ledger)
    with ledger.read() as conn:
        before = q.events(conn, Filters())
    migrate(ledger._writer, "0007", downgrade=True)
    migrate(ledger._writer)
    with ledger.read() as conn:
        assert q.events(conn, Filters()) == before


# --- full text -------------------------------------------------------------------------------------

TEXTS = [
    ("The harbour treaty was signed after long talks between the two navies.", "Coast Times", "2024-01-01"),
    ("Fishermen protested the harbour fees; no treaty was mentioned.", "Coast Times", "2024-01-02"),
    ("A treaty on harbours and fishing quotas remains under negotiation.", "Inland Daily", "2024-01-03"),
    ("The navies held joint drills far from any harbour.", "Inland Daily", "2024-01-04"),
]


@pytest.fixture
def texts(ledger: Ledger) -> Ledger:
    for text, outlet, day in TEXTS:
        ledger.add(Analysis(document(text, outlet, day)))
    return ledger


def _found(ledger: Ledger, words: str, **more: object) -> list[int]:
    with ledger.read() as conn:
        rows = q.search(conn, Filters(text=words, **more))  # type: ignore[arg-type]
    by_title = {d.id: i for i, d in enumerate(document(*x) for x in TEXTS)}
    return sorted(by_title[r["document"]] for r in rows)


@pytest.mark.parametrize(("words", "expected"), [
    ("treaty", [0, 1, 2]),
    ("harbour treaty", [0, 1, 2]),  # every word, by stem: "harbours" is "harbour"
    ('"harbour treaty"', [0]),  # a phrase: in this order
    ("drills OR fees", [1, 3]),
    ("treaty NOT fishermen", [0, 2]),
    ("treaty -fishermen -negotiation", [0]),
    ("negoti*", [2]),
    ("nav* -drills", [0]),
    ("treaty or", [0, 1, 2]),  # an "or" with nothing to join is not looked for
])
def test_search_syntax_means_the_same_on_both_backends(texts: Ledger, words: str, expected: list[int]) -> None:
    assert _found(texts, words) == expected


def test_search_snippets_and_ranking_come_from_the_database(texts: Ledger) -> None:
    with texts.read() as conn:
        rows = q.search(conn, Filters(text="harbour treaty", rank=True))
        newest = q.search(conn, Filters(text="harbour treaty"))
    assert [r["document"] for r in newest] == sorted((r["document"] for r in newest),
                                                     key=lambda d: [x["document"] for x in newest].index(d))
    assert {r["document"] for r in rows} == {r["document"] for r in newest}
    scores = [r["score"] for r in rows]
    assert scores == sorted(scores, reverse=True) and all(s > 0 for s in scores)
    for r in rows:  # the searched words are kept, marked
        assert "[harbour" in r["snippet"].lower() or "[treaty]" in r["snippet"].lower(), r["snippet"]
    assert "[" in newest[0]["snippet"] and newest[0]["url"] is None


def test_ranked_search_on_postgresql_ranks_the_newest_matches(texts: Ledger, monkeypatch: pytest.MonkeyPatch) -> None:
    """PostgreSQL ranks the newest ``RANK_POOL`` matches (``ts_rank`` reads every ranked document's vector); a
    word with fewer matches than that is ranked in full. SQLite's FTS5 ranks every match itself."""
    from newsledger.store import fulltext

    full = _found(texts, "treaty", rank=True)
    assert full == [0, 1, 2]
    monkeypatch.setattr(fulltext, "RANK_POOL", 2)
    with texts.read() as conn:
        newest = [r["document"] for r in q.search(conn, Filters(text="treaty"))][:2]
        ranked = q.search(conn, Filters(text="treaty", rank=True))
    scores = [r["score"] for r in ranked]
    assert scores == sorted(scores, reverse=True)
    if texts.dialect == "postgresql":
        assert sorted(r["document"] for r in ranked) == sorted(newest)
    else:
        assert len(ranked) == 3


def test_statements_text_uses_the_same_syntax(ledger: Ledger) -> None:
    from ledger_backends import agreement_article

    ledger.add(agreement_article("Kenya's trade minister said Kenya and Peru signed a coffee treaty.", "East Wire",
                                 "2024-02-01", [("Kenya", "Kenya", "GPE", "KEN"), ("Peru", "Peru", "GPE", "PER")],
                                 ("Kenya's trade minister", "Amina Odhiambo", "PERSON", "KEN"), "coffee treaty"))
    with ledger.read() as conn:
        assert len(q.statements(conn, Filters(text='"coffee treaty"'))) == 1
        assert q.statements(conn, Filters(text="coffee -treaty")) == []
        assert len(q.statements(conn, Filters(text="tea OR coff*"))) == 1


def test_parse_query_writes_each_backend_quoted() -> None:
    parsed = parse_query('"cease fire" OR truce talk* -"prisoner swap" NOT rumour and')
    assert fts5_query(parsed) == '(("cease fire" OR "truce") AND ("talk"*)) NOT ("prisoner swap" OR "rumour")'
    assert pg_tsquery(parsed) == ("((('cease' <-> 'fire') | ('truce')) & (('talk':*))) & "
                                  "!(('prisoner' <-> 'swap') | ('rumour'))")
    assert fts5_query(parse_query('talks "cease fire')) == '("talks") AND ("cease fire")'  # an odd quote: to the end
    assert fts5_query(parse_query("U.S. sanctions")) == '("u s") AND ("sanctions")'
    for nothing in ("", "OR", "-treaty", "NOT treaty", '""', "* ?"):
        with pytest.raises(QueryError, match="at least one word"):
            parse_query(nothing)


# --- export ----------------------------------------------------------------------------------------

def test_every_kind_exports_with_provenance(ledger: Ledger, tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    from ledger_backends import agreement_article

    _dyads(ledger)
    ledger.add(agreement_article("Telmar's envoy said Telmar and Archenland signed a river treaty.", "Hill Courier",
                                 "2024-05-06", [("Telmar", "Telmar", "GPE", "TEL"), ("Archenland", "Archenland",
                                 "GPE", "ARC")], ("Telmar's envoy", "Lune Kestrel", "PERSON", "TEL"), "river treaty"))
    from claims_articles import two_sided_article

    ledger.add(two_sided_article())  # claims, and a conflict with two sides
    monkeypatch.setattr(ex, "CHUNK", 2)  # several chunks even on a small ledger
    assert set(ex.KINDS) == set(__import__("newsledger.serve.records_cli", fromlist=["x"]).EXPORT_KINDS)
    import pyarrow.parquet as pq

    with ledger.read() as conn:
        for kind, spec in ex.KINDS.items():
            chunks = list(ex.export_rows(conn, kind))
            rows = [r for c in chunks for r in c]
            assert rows, kind
            assert all(len(c) <= 2 for c in chunks)
            assert all(list(r) == list(spec.columns) for r in rows)
            for fmt in ex.FORMATS:
                path = str(tmp_path / f"{kind}.{fmt}")
                assert ex.write_export(conn, kind, fmt, path) == len(rows)
            assert pq.read_table(str(tmp_path / f"{kind}.parquet")).num_rows == len(rows)
            assert len(list(csv.DictReader(io.StringIO((tmp_path / f"{kind}.csv").read_text("utf-8"))))) == len(rows)
            if "start" not in spec.columns:
                continue
            for r in rows:  # provenance: the evidence is the document's own characters
                text = ledger.get(r["document"]).document.text  # type: ignore[union-attr]
                assert r["outlet"] and r["published"] is not None
                assert text[r["start"]:r["end"]] == r["evidence"], (kind, r)
        (agr,) = [json.loads(x) for x in (tmp_path / "agreements.jsonl").read_text("utf-8").splitlines()]
        assert agr["parties"] == ["Telmar", "Archenland"] and agr["labels"] == ["river treaty"]
        assert len(agr["party_ids"]) == 2 and all(x.startswith("act-") for x in agr["party_ids"])
        table = pq.read_table(str(tmp_path / "agreements.parquet"))
        assert table.schema.field("parties").type.value_type == "string"  # a list, not a joined string
        assert table.column("parties").to_pylist() == [["Telmar", "Archenland"]]
        (row,) = list(csv.DictReader(io.StringIO((tmp_path / "agreements.csv").read_text("utf-8"))))
        assert row["parties"] == "Telmar; Archenland"
        events = pq.read_table(str(tmp_path / "events.parquet")).to_pylist()
        assert {e["date_source"] for e in events} == {"event", "published"}


def test_export_streams_in_chunks(ledger: Ledger, monkeypatch: pytest.MonkeyPatch) -> None:
    """The rows come chunk by chunk as they are read: the first arrives before the last is fetched."""
    for text, outlet, day in TEXTS:
        ledger.add(Analysis(document(text, outlet, day)))
    monkeypatch.setattr(ex, "CHUNK", 1)
    with ledger.read() as conn:
        chunks = ex.export_rows(conn, "documents")
        first = next(chunks)
        assert len(first) == 1 and first[0]["text"] == TEXTS[0][0]
        assert len(list(chunks)) == len(TEXTS) - 1
        with pytest.raises(QueryError, match="unknown kind"):
            next(ex.export_rows(conn, "gossip"))
        with pytest.raises(QueryError, match="unknown format"):
            ex.write_export(conn, "documents", "xlsx", io.StringIO())


def test_outlet_filter_is_named_outlet() -> None:
    assert "outlet" in {f.name for f in dataclasses.fields(Filters)}
    assert "source" not in {f.name for f in dataclasses.fields(Filters)}


def test_snippets_mark_where_the_article_was_cut(texts: Ledger) -> None:
    with texts.read() as conn:
        (whole,) = q.search(conn, Filters(text="drills"))
    assert not whole["snippet"].startswith("…") and not whole["snippet"].endswith("…")  # a short article, whole
    long = " ".join(["Filler words about nothing in particular."] * 30)
    texts.add(Analysis(document(f"{long} The envoy spoke of a blockade. {long}", "Coast Times", "2024-02-01")))
    with texts.read() as conn:
        (cut,) = q.search(conn, Filters(text="blockade"))
    assert cut["snippet"].startswith("…") and cut["snippet"].endswith("…") and "[blockade]" in cut["snippet"]
