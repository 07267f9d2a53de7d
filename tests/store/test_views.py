"""The views the HTTP API and the web UI share (store.views), and cursor pagination (store.paging), on both backends."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import replace

import pytest

from ledger_backends import BACKENDS, agreement_article, document, drop_pg_schema, entity, event_article, find, new_url
from newsledger.errors import QueryError
from newsledger.models import Agreement, Analysis, Label
from newsledger.store import Ledger, views
from newsledger.store import queries as q
from newsledger.store.filters import Filters
from newsledger.store.paging import decode_cursor, encode_cursor, page

GHANA = ("Accra", "Ghana", "GPE", "GHA")
TOGO = ("Lome", "Togo", "GPE", "TGO")


def articles() -> list:
    out = [
        agreement_article("Ghana's trade minister said Accra and Lome signed a border trade pact on Monday.",
                          "Coast Courier", "2024-02-05", [GHANA, TOGO],
                          ("Ghana's trade minister", "Ama Mensah", "PERSON", "GHA"), "border trade pact",
                          subject="trade", stance="support"),
        agreement_article("Togo's customs office described the text with Ghana as a memorandum on tariffs.",
                          "Lome Daily", "2024-02-07",
                          [("Ghana", "Ghana", "GPE", "GHA"), ("Togo", "Togo", "GPE", "TGO")],
                          ("Togo's customs office", "Customs Office of Togo", "ORG", "TGO"), "memorandum",
                          subject="trade"),
    ]
    for i in range(6):
        text = f"Report {i}: Ghana's navy escorted vessels of Togo near the shared port, officials said."
        out.append(event_article(text, "Gulf Watch", f"2024-02-{10 + i:02d}", "COOPERATE",
                                 ("Ghana's navy", "Ghana", "GPE", "GHA"), ("Togo", "Togo", "GPE", "TGO"), "escorted"))
    return out


@pytest.fixture(scope="module", params=BACKENDS)
def led(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Ledger]:
    url, schema = new_url(request.param, tmp_path_factory.mktemp("views"))
    with Ledger(url) as ledger:
        for a in articles():
            ledger.add(a)
        yield ledger
    if schema:
        drop_pg_schema(schema)


def test_documents_list_counts_and_filters(led: Ledger) -> None:
    with led.read() as conn:
        rows = views.documents(conn, Filters())
        assert [r["outlet"] for r in rows[:2]] == ["Gulf Watch", "Gulf Watch"]
        assert rows[0]["date"] == dt.date(2024, 2, 15) and rows[0]["events"] == 1
        assert len(rows) == 8 and set(rows[0]) == set(q.COLUMNS["documents"])
        courier = views.documents(conn, Filters(outlet="courier"))
        assert [(r["outlet"], r["statements"]) for r in courier] == [("Coast Courier", 1)]
        assert [r["outlet"] for r in views.documents(conn, Filters(text="customs"))] == ["Lome Daily"]
        assert len(views.documents(conn, Filters(until=dt.date(2024, 2, 7)))) == 2
        with pytest.raises(QueryError):
            views.documents(conn, Filters(text="-"))


def test_actor_profile(led: Ledger) -> None:
    with led.read() as conn:
        (ghana,) = q.actors(conn, Filters(text="Ghana", type="GPE"))
        profile = views.actor_profile(conn, ghana["actor"])
        assert views.actor_profile(conn, "act-0000000000000000") is None
    assert profile is not None
    assert profile["name"] == "Ghana" and profile["country"] == "GHA"
    assert {v["text"] for v in profile["variants"]} >= {"Accra", "Ghana's navy"}
    assert profile["events_count"] == 6 and profile["events_per_month"] == [("2024-02", 6)]
    assert len(profile["events_as_source"]) == 6 and profile["events_as_target"] == []
    assert [(c["name"], c["events"]) for c in profile["counterparts"]] == [("Togo", 6)]


def test_agreement_and_conflict_detail(led: Ledger) -> None:
    with led.read() as conn:
        (agr,) = q.agreements(conn, Filters())
        detail = views.agreement_detail(conn, agr["agreement"])
        (con,) = q.conflicts(conn, Filters())
        conflict = views.conflict_detail(conn, con["conflict"])
        assert views.agreement_detail(conn, "agr-missing") is None and views.conflict_detail(conn, "nope") is None
    assert detail is not None and conflict is not None
    assert sorted(p["name"] for p in detail["parties"]) == ["Ghana", "Togo"]
    sides = {p["name"]: (p["kind"], p["terms"], [(sp["name"], [x["label"] for x in sp["labels"]])
                                                 for sp in p["speakers"]]) for p in detail["labels"]}
    assert sides == {"Ghana": ("party", ["border trade pact"], [("Ama Mensah", ["border trade pact"])]),
                     "Togo": ("party", ["memorandum"], [("Customs Office of Togo", ["memorandum"])])}
    assert [d["outlet"] for d in detail["documents"]] == ["Coast Courier", "Lome Daily"]  # oldest first
    assert [s["stance"] for s in detail["stances"]] == ["support"]
    assert [c["conflict"] for c in detail["conflicts"]] == [con["conflict"]]
    assert len(conflict["sides"]) == 2
    for side in conflict["sides"]:
        text = led.get(side["document"]).document.text  # type: ignore[union-attr]
        assert text[side["start"]:side["end"]] == side["evidence"]
        assert text[:side["start"]].endswith(side["before"]) and text[side["end"]:].startswith(side["after"])


def port_accord() -> Analysis:
    """Three parties; speakers for two of them (one through the organisation it works for), one for
    a country that is not a party, one with no country, and the outlet's own words."""
    doc = document("Ghana, Togo and Niger signed a port accord on Friday. Ghana's port minister Kofi Asante called it "
                   "a binding port treaty. Togo's harbour authority said it was no treaty but a memorandum, and its "
                   "director Edem Kodjo also called it a memorandum. Benin's envoy Paul Hounsa called it a pact. "
                   "The analyst Mara Lind called it an accord. The text is a framework, the paper noted.",
                   "Gulf Ledger", "2024-03-01")
    ents = (entity(doc, "e1", "Ghana", "GPE", "GHA"), entity(doc, "e2", "Togo", "GPE", "TGO"),
            entity(doc, "e3", "Niger", "GPE", "NER"), entity(doc, "e4", "Kofi Asante", "PERSON", "GHA"),
            entity(doc, "e5", "Togo's harbour authority", "ORG", "TGO"),
            replace(entity(doc, "e6", "Edem Kodjo", "PERSON", None), affiliation="e5"),
            entity(doc, "e7", "Benin", "GPE", "BEN"), entity(doc, "e8", "Paul Hounsa", "PERSON", "BEN"),
            entity(doc, "e9", "Mara Lind", "PERSON", None))
    labels = (Label("binding port treaty", "e4", find(doc, "a binding port treaty")),
              Label("treaty", "e5", find(doc, "no treaty"), negated=True),
              Label("memorandum", "e5", find(doc, "a memorandum")),
              Label("memorandum", "e6", find(doc, "a memorandum", 1)),
              Label("pact", "e8", find(doc, "a pact")),
              Label("accord", "e9", find(doc, "an accord")),
              Label("framework", None, find(doc, "a framework")))
    return Analysis(doc, entities=ents, agreements=(Agreement("a1", ("e1", "e2", "e3"), "trade", labels),))


def test_agreement_labels_grouped_by_party(ledger_url: str) -> None:
    with Ledger(ledger_url) as led:
        led.add(port_accord())
        with led.read() as conn:
            (agr,) = q.agreements(conn, Filters())
            detail = views.agreement_detail(conn, agr["agreement"])
            actor_of = {r["name"]: r["actor"] for r in q.actors(conn, Filters(limit=50))}
    assert detail is not None
    got = [(p["kind"], p["name"], p["country"], p["actor"], p["terms"],
            [(sp["name"], sp["actor"], [x["label"] for x in sp["labels"]]) for sp in p["speakers"]])
           for p in detail["labels"]]
    assert got == [
        ("party", "Ghana", "GHA", actor_of["Ghana"], ["binding port treaty"],
         [("Kofi Asante", actor_of["Kofi Asante"], ["binding port treaty"])]),
        ("party", "Togo", "TGO", actor_of["Togo"], ["not treaty", "memorandum"],
         [("Togo's harbour authority", actor_of["Togo's harbour authority"], ["treaty", "memorandum"]),
          ("Edem Kodjo", actor_of["Edem Kodjo"], ["memorandum"])]),  # through the authority it works for
        ("party", "Niger", "NER", actor_of["Niger"], [], []),  # a party no one speaks for
        ("country", "Benin", "BEN", actor_of["Benin"], ["pact"], [("Paul Hounsa", actor_of["Paul Hounsa"], ["pact"])]),
        ("actor", "Mara Lind", None, actor_of["Mara Lind"], ["accord"],
         [("Mara Lind", actor_of["Mara Lind"], ["accord"])]),
        ("outlet", "Gulf Ledger", None, None, ["framework"], [("Gulf Ledger", None, ["framework"])]),
    ]
    text = port_accord().document.text
    for party in detail["labels"]:
        for sp in party["speakers"]:
            for x in sp["labels"]:
                assert text[x["start"]:x["end"]] == x["evidence"] and x["label"] in x["evidence"]
                assert x["document"] == detail["documents"][0]["document"]


def test_dashboard(led: Ledger) -> None:
    with led.read() as conn:
        board = views.dashboard(conn, days=7)
    assert board["until"] == dt.date(2024, 2, 15) and board["since"] == dt.date(2024, 2, 9)
    assert sum(d["documents"] for d in board["by_day"]) == 6
    assert board["events_by_type"] == [{"type": "COOPERATE", "count": 6}]


@pytest.mark.parametrize("command", ["statements", "events", "claims", "conflicts", "documents", "actors",
                                     "agreements", "search"])
@pytest.mark.parametrize("size", [1, 3])
def test_walking_every_page_yields_every_row_once(led: Ledger, command: str, size: int) -> None:
    f = Filters(text="Ghana") if command == "search" else Filters()
    with led.read() as conn:
        everything = q.COMMANDS[command](conn, _with_limit(f, 500))
        seen: list[dict] = []
        cursor = None
        for _ in range(50):
            rows, cursor = page(conn, command, _with_limit(f, size), cursor)
            assert len(rows) <= size
            seen += rows
            if cursor is None:
                break
    assert seen == everything


def _with_limit(f: Filters, limit: int) -> Filters:
    return replace(f, limit=limit)


def test_events_pages_through_a_filter(led: Ledger) -> None:
    with led.read() as conn:
        first, cursor = page(conn, "events", Filters(from_actor="GHA", limit=4))
        second, end = page(conn, "events", Filters(from_actor="GHA", limit=4), cursor)
    assert len(first) == 4 and len(second) == 2 and end is None
    assert [r["published"] for r in first + second] == [dt.date(2024, 2, 15 - i) for i in range(6)]


def test_bad_cursors_are_refused() -> None:
    good = encode_cursor("statements", (dt.date(2024, 1, 2), 7))
    assert decode_cursor("statements", good) == (dt.date(2024, 1, 2), 7)
    for bad in ["", "x", good + "!!", encode_cursor("events", (None, 1)).replace("ZX", "ZZ"),
                encode_cursor("conflicts", (3,)), encode_cursor("statements", ("not a date", 1)),
                encode_cursor("statements", (None, None))]:
        with pytest.raises(QueryError):
            decode_cursor("statements", bad)
    with pytest.raises(QueryError, match="ranked"):
        q.check_filters("search", Filters(text="a", rank=True, after=(3,)))


def test_a_ranked_search_is_one_page(led: Ledger) -> None:
    with led.read() as conn:
        rows, cursor = page(conn, "search", Filters(text="Ghana", rank=True, limit=2))
        newest, more = page(conn, "search", Filters(text="Ghana", limit=2))
    assert len(rows) == 2 and cursor is None and more is not None


def test_python_api_pages_as_the_http_api(led: Ledger) -> None:
    import newsledger

    with newsledger.Ledger(led.url) as ledger:
        first, cursor = ledger.page("events", limit=4, since="2024-02-01")
        rest, end = ledger.page("events", cursor, limit=4, since="2024-02-01")
        assert [r["document"] for r in first + rest] == [r["document"] for r in ledger.events(limit=10)]
        assert end is None and len(ledger.documents(outlet="Gulf")) == 6
