"""The HTTP API on a ledger of real articles, on SQLite and PostgreSQL (fixtures in conftest.py)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from api_ledger import TOKEN, analyses_fixture, client_fixture, make_client, served_fixture  # noqa: F401

from newsledger.schema import validate

LISTS = ["documents", "statements", "events", "actors", "agreements", "conflicts", "claims"]
AUTH = {"Authorization": f"Bearer {TOKEN}"}


def _all(client, path: str, **params: object) -> list[dict]:
    """Every row of a list, page by page."""
    rows: list[dict] = []
    cursor = None
    for _ in range(200):
        got = client.get(path, params={**params, **({"cursor": cursor} if cursor else {})})
        assert got.status_code == 200, got.text
        body = got.json()
        rows += body["items"]
        cursor = body["next"]
        if cursor is None:
            return rows
    raise AssertionError("the pages never ended")


@pytest.mark.parametrize("name", LISTS)
def test_every_list_answers_and_pages(client, name: str) -> None:
    whole = client.get(f"/api/{name}", params={"limit": 500}).json()
    assert whole["next"] is None
    assert _all(client, f"/api/{name}", limit=2) == whole["items"]
    if name != "claims":
        assert whole["items"], f"no {name} in a ledger of real articles"


def test_documents_and_their_records_keep_offsets(client, analyses: list) -> None:
    docs = client.get("/api/documents", params={"limit": 500}).json()["items"]
    assert len(docs) == len(analyses)
    assert [d["date"] for d in docs] == sorted((d["date"] for d in docs), reverse=True)
    for row in docs:
        body = client.get(f"/api/documents/{row['document']}").json()
        validate(body)  # the analysis format, spans included
        text = body["document"]["text"]
        for st in body["statements"]:
            span = st["content"]
            assert text[span["start"]:span["end"]] == span["text"]
        assert len(body["statements"]) == row["statements"] and len(body["events"]) == row["events"]


def test_filters_have_the_cli_names(client) -> None:
    courier = client.get("/api/documents", params={"outlet": "nile"}).json()["items"]
    assert [d["outlet"] for d in courier] == ["Nile Courier"]
    said = client.get("/api/statements", params={"actor": "KEN"}).json()["items"]
    assert said and all(s["country"] == "KEN" for s in said)
    events = client.get("/api/events", params={"from": "KEN", "to": "ETH"}).json()["items"]
    assert events and all(e["source_country"] == "KEN" and e["target_country"] == "ETH" for e in events)
    assert client.get("/api/events", params={"from": "ETH", "to": "KEN", "type": "SUPPORT"}).json()["items"] == []
    found = client.get("/api/search", params={"q": "memorandum Omo"}).json()["items"]
    assert [r["outlet"] for r in found] == ["Addis Monitor"] and "[memorandum]" in found[0]["snippet"]
    assert client.get("/api/search", params={"text": "memorandum Omo"}).json()["items"] == found
    june = client.get("/api/documents", params={"since": "2025-06-03", "until": "2025-06-03"}).json()["items"]
    assert [d["outlet"] for d in june] == ["Addis Monitor"]


def test_agreement_conflict_and_actor_views(client) -> None:
    (agr,) = client.get("/api/agreements", params={"actor": "KEN"}).json()["items"]
    detail = client.get(f"/api/agreements/{agr['agreement']}").json()
    assert {p["country"] for p in detail["parties"]} == {"KEN", "ETH"}
    labels = {x["label"] for p in detail["labels"] for sp in p["speakers"] for x in sp["labels"]}
    assert "treaty" in labels and "memorandum of understanding" in labels
    # Each party's labels side by side, the agreement's parties first, their speakers under them.
    sides = [(p["kind"], p["country"]) for p in detail["labels"]]
    assert sides[:2] == [("party", p["country"]) for p in detail["parties"]]
    terms = {p["country"]: p["terms"] for p in detail["labels"] if p["kind"] == "party"}
    assert "treaty" in terms["KEN"] and "memorandum of understanding" in terms["ETH"]
    for party in detail["labels"][:2]:
        assert party["speakers"] and all(sp["country"] == party["country"] for sp in party["speakers"])
    assert [d["outlet"] for d in detail["documents"]] == ["Nile Courier", "Addis Monitor"]
    assert detail["conflicts"], detail
    conflict = client.get(f"/api/conflicts/{detail['conflicts'][0]['conflict']}").json()
    assert len({s["document"] for s in conflict["sides"]}) == 2
    for side in conflict["sides"]:
        text = client.get(f"/api/documents/{side['document']}").json()["document"]["text"]
        assert text[side["start"]:side["end"]] == side["evidence"]
        assert text[:side["start"]].endswith(side["before"]) and text[side["end"]:].startswith(side["after"])
    (kenya,) = [a for a in client.get("/api/actors", params={"text": "Kenya", "type": "GPE"}).json()["items"]
                if a["name"] == "Kenya"]
    profile = client.get(f"/api/actors/{kenya['actor']}").json()
    assert profile["country"] == "KEN" and profile["events_as_source"]
    assert "ETH" in {c["country"] for c in profile["counterparts"]}
    assert any(v["text"] == "Kenya" for v in profile["variants"])
    board = client.get("/api/dashboard", params={"days": 30}).json()
    assert sum(d["documents"] for d in board["by_day"]) >= 2 and board["until"] == "2025-06-03"


def test_statement_rows_name_their_speakers_actor(client) -> None:
    said = _all(client, "/api/statements", limit=500)
    resolved = [s for s in said if s["speaker_id"]]
    assert resolved, "no statement's speaker resolved to an actor"
    for row in resolved:
        profile = client.get(f"/api/actors/{row['speaker_id']}").json()
        assert profile["name"] == row["speaker"] and profile["country"] == row["country"]
        theirs = _all(client, "/api/statements", actor=row["speaker_id"], limit=500)
        assert (row["document"], row["statement"]) in {(s["document"], s["statement"]) for s in theirs}
    assert all(s["country"] is None for s in said if not s["speaker_id"])  # no actor, no actor's country


@pytest.mark.parametrize(("path", "params", "says"), [
    ("/api/documents", {"limit": 0}, "limit"),
    ("/api/statements", {"limit": 10000}, "limit"),
    ("/api/events", {"since": "2025-13-01"}, "since"),
    ("/api/events", {"cursor": "not-a-cursor"}, "cursor"),
    ("/api/claims", {"cursor": "WyJzdGF0ZW1lbnRzIixbbnVsbCwxXV0"}, "cursor"),  # a statements cursor
    ("/api/search", {"q": "---"}, "word"),
    ("/api/search", {}, "q"),
    ("/api/actors", {"text": "x" * 1001}, "characters"),
    ("/api/statements", {"outlet": "a\x00b"}, "NUL"),
    ("/api/dashboard", {"days": 0}, "days"),
])
def test_bad_values_are_400_with_an_error(client, path: str, params: dict, says: str) -> None:
    got = client.get(path, params=params)
    assert got.status_code == 400, got.text
    assert says in got.json()["error"]


@pytest.mark.parametrize("path", ["/api/documents/doc-0000", "/api/actors/act-0000000000000000",
                                  "/api/agreements/agr-nothing", "/api/conflicts/con-nothing", "/api/nowhere",
                                  "/api/documents/%00"])
def test_unknown_ids_are_404(client, path: str) -> None:
    got = client.get(path)
    assert got.status_code == 404 and "error" in got.json()


def test_writes_need_the_token(client, served: str) -> None:
    body = {"text": "Chile's president said on Friday that Peru had agreed to reopen the border crossing."}
    assert client.post("/api/analyze", json=body).status_code == 401
    assert client.post("/api/analyze", json=body, headers={"Authorization": "Bearer wrong"}).status_code == 403
    with make_client(served) as off:  # no token: writes are off whatever the request carries
        refused = off.post("/api/documents", json=body, headers=AUTH)
        assert refused.status_code == 403 and "--token" in refused.json()["error"]
    got = client.post("/api/analyze", json=body, headers=AUTH)
    assert got.status_code == 200, got.text
    validate(got.json())
    before = client.get("/api/documents", params={"limit": 500}).json()["items"]
    stored = client.post("/api/documents", json={**body, "published": "2025-07-01"}, headers=AUTH)
    assert stored.status_code == 201 and stored.json()["status"] == "added"
    doc = stored.json()["document"]
    assert client.get(f"/api/documents/{doc}").json()["document"]["published"] == "2025-07-01"
    assert len(client.get("/api/documents", params={"limit": 500}).json()["items"]) == len(before) + 1
    again = client.post("/api/documents", json={**body, "published": "2025-07-01"}, headers=AUTH)
    assert again.status_code == 200 and again.json() == {**stored.json(), "status": "present"}


def test_analyze_reads_html_as_ingest_does(client) -> None:
    page = ("<html><head><title>Port talks</title><script>alert('x')</script></head><body><nav>Home | World</nav>"
            "<article><h1>Port talks resume</h1><p>Norway's fisheries minister said on Tuesday that Iceland had "
            "agreed to reopen talks on the shared cod quota, after a year of silence between the two governments."
            "</p><p>The minister said the first round would be held in Reykjavik next month.</p></article>"
            "</body></html>")
    got = client.post("/api/analyze", json={"html": page, "published": "2025-05-06"}, headers=AUTH)
    assert got.status_code == 200, got.text
    body = got.json()
    validate(body)
    assert "fisheries minister" in body["document"]["text"] and "alert(" not in body["document"]["text"]
    assert body["document"]["published"] == "2025-05-06"
    assert body["statements"], body["statements"]


@pytest.mark.parametrize(("body", "says"), [
    ({}, "exactly one"), ({"text": "a", "html": "<p>b</p>"}, "exactly one"), ({"text": "   "}, "empty"),
    ({"url": "http://127.0.0.1:9/article"}, "127.0.0.1"), ({"url": "file:///etc/passwd"}, "URL"),
    ({"text": "x", "extra": 1}, "extra"),
])
def test_bad_bodies_are_400(client, body: dict, says: str) -> None:
    got = client.post("/api/analyze", json=body, headers=AUTH)
    assert got.status_code == 400, got.text
    assert says in got.json()["error"]


def test_bodies_over_the_limit_are_413(client) -> None:
    big = b'{"text": "' + b"word " * 30_000 + b'"}'
    declared = client.post("/api/analyze", content=big, headers={**AUTH, "Content-Type": "application/json"})
    assert declared.status_code == 413 and "limit" in declared.json()["error"]

    def chunks():  # no Content-Length: the streamed size is what is counted
        for _ in range(30):
            yield b"x" * 10_000

    streamed = client.post("/api/analyze", content=chunks(), headers={**AUTH, "Content-Type": "application/json"})
    assert streamed.status_code == 413


def test_cors_only_when_configured(served: str) -> None:
    preflight = {"Origin": "https://newsroom.example", "Access-Control-Request-Method": "GET"}
    with make_client(served) as plain:
        assert "access-control-allow-origin" not in plain.get("/api/actors", headers={"Origin": "https://x.example"}).headers
        assert "access-control-allow-origin" not in plain.options("/api/actors", headers=preflight).headers
    with make_client(served, cors_origins=("https://newsroom.example",)) as cors:
        got = cors.get("/api/actors", headers={"Origin": "https://newsroom.example"})
        assert got.headers["access-control-allow-origin"] == "https://newsroom.example"
        assert cors.options("/api/actors", headers=preflight).status_code == 200
        other = cors.get("/api/actors", headers={"Origin": "https://elsewhere.example"})
        assert "access-control-allow-origin" not in other.headers


def test_openapi_documents_every_endpoint_and_field(client) -> None:
    spec = client.get("/openapi.json").json()
    paths = set(spec["paths"])
    assert {f"/api/{n}" for n in [*LISTS, "search", "dashboard", "analyze"]} <= paths
    assert {"/api/documents/{doc_id}", "/api/actors/{actor_id}", "/api/agreements/{agreement_id}",
            "/api/conflicts/{conflict_id}"} <= paths
    schemas = spec["components"]["schemas"]
    assert set(schemas["EventRow"]["properties"]) >= {"type", "cameo", "source_id", "target_id", "start", "end"}
    assert "document" in schemas["Analysis"]["properties"]
    params = {p["name"] for p in spec["paths"]["/api/events"]["get"]["parameters"]}
    assert {"from", "to", "type", "since", "until", "outlet", "actor", "country", "limit", "cursor"} <= params


def test_concurrent_reads_all_answer(client) -> None:
    """Requests run on a pool of threads: each gets a working connection (the read-only SQLite engine
    once shared a per-thread pool of five, which closed connections other threads were using)."""
    from concurrent.futures import ThreadPoolExecutor

    paths = ["/api/documents", "/api/statements?limit=100", "/api/events", "/api/actors", "/api/dashboard"]
    with ThreadPoolExecutor(24) as pool:
        codes = list(pool.map(lambda i: client.get(paths[i % len(paths)]).status_code, range(240)))
    assert codes == [200] * 240


@pytest.mark.parametrize("path", ["/docs", "/docs/oauth2-redirect"])
def test_interactive_docs_load_nothing_from_another_site(client, path: str) -> None:
    """The docs pages reference only the server's own files (the package's Swagger UI), each of which
    answers, and their policy lets only their own inline script run."""
    import base64
    import hashlib
    import re

    got = client.get(path)
    assert got.status_code == 200 and got.headers["content-type"].startswith("text/html")
    html = got.text
    own = str(client.base_url)
    external = [u for u in re.findall(r"""(?:https?:)?//[^\s"'<>)]+""", html) if not u.startswith(own)]
    assert external == [], external
    assets = re.findall(r"""(?:src|href)=["']([^"']+)["']""", html)
    assert path != "/docs" or any(a.endswith(".js") for a in assets), assets
    for asset in assets:
        assert asset.startswith("/"), asset
        assert client.get(asset).status_code == 200, asset
    policy = got.headers["content-security-policy"]
    script_src = next(p for p in policy.split(";") if p.strip().startswith("script-src")).split()
    assert "'unsafe-inline'" not in script_src and not any(s.startswith("http") for s in policy.split())
    for body in re.findall(r"<script>(.*?)</script>", html, re.S):
        digest = base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in script_src
    assert got.headers["x-frame-options"] == "DENY"
    assert "content-security-policy" not in client.get("/api/dashboard").headers  # the docs' policy only
    assert client.get("/redoc").status_code == 404  # ReDoc's bundle fetches its logo from another site
