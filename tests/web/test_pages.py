"""Every page of the web UI on both backends, over a ledger of real and hand-written articles.

Checks what a reader relies on: each page renders with its security headers, the article's text
comes back whole and escaped with every highlight leading to a record listed beside it, detail pages
show what the ledger holds (both labels of the agreement, both sides of the conflict), unknown ids are
404 and bad filters 400, and the pages link to one another.
"""

from __future__ import annotations

import html
import re

import pytest
from markupsafe import escape

from newsledger.store.queries import COMMANDS, Filters

LIST_PAGES = ["/", "/documents", "/statements", "/events", "/agreements", "/conflicts", "/claims", "/actors",
              "/search?text=minister", "/search", "/events?type=COERCE", "/statements?type=direct",
              "/claims?kind=event", "/actors?country=CHL", "/documents?outlet=Lima&since=2024-01-01"]


def ids(page: str, kind: str) -> list[str]:
    return sorted(set(re.findall(rf'href="/{kind}s/([a-z]+-[0-9a-f]+)"', page)))


def rows(site, command: str, **filters) -> list[dict]:
    from newsledger.store import Ledger

    with Ledger(site.url, read_only=True) as ledger, ledger.read() as conn:
        return COMMANDS[command](conn, Filters(**filters))


def text_of(article_html: str) -> str:
    """The article's text as the page shows it: the text block without its tags and labels."""
    block = re.search(r'<div class="text" id="text" dir="auto">(.*?)</div>\n  <aside', article_html, re.S)
    assert block, "no text block on the article page"
    inner = re.sub(r'<a class="hl-tag"[^>]*>[^<]*</a>', "", block.group(1))
    return html.unescape(re.sub(r"<[^>]+>", "", inner))


@pytest.mark.parametrize("path", LIST_PAGES)
def test_list_pages_render_with_security_headers(site, path: str) -> None:
    r = site.client.get(path)
    assert r.status_code == 200, r.text[:500]
    assert r.headers["content-type"].startswith("text/html")
    assert "script-src 'self'" in r.headers["content-security-policy"]
    assert r.headers["x-content-type-options"] == "nosniff"
    assert "<script>" not in r.text and 'src="/static/app.js"' in r.text
    assert 'action="/search"' in r.text  # the search box of the layout


def test_documents_list_links_every_article(site) -> None:
    page = site.client.get("/documents?limit=50").text
    listed = ids(page, "document")
    assert set(site.polnear) <= set(listed) and site.hostile in listed
    assert len(listed) == len(site.polnear) + 4


def test_pages_follow_the_cursor_to_the_end(site) -> None:
    seen: list[str] = []
    path: str | None = "/documents?limit=3"
    for _ in range(10):
        assert path is not None
        page = site.client.get(html.unescape(path)).text
        seen += ids(page, "document")
        nxt = re.search(r'<a href="([^"]+)" rel="next">', page)
        path = nxt.group(1) if nxt else None
        if path is None:
            break
        assert "cursor=" in path and "limit=3" in path
    assert path is None, "the documents list never reached its last page"
    assert len(seen) == len(set(seen)) == len(site.polnear) + 4


def test_dashboard_counts_by_day_and_type(site) -> None:
    page = site.client.get("/").text
    assert "<svg" in page and "Records per day" in page
    assert "/events?type=" in page and "2024-02-14" in page


@pytest.mark.parametrize("which", ["polnear", "own"])
def test_article_page_highlights_link_to_records(site, which: str) -> None:
    doc_ids = site.polnear if which == "polnear" else [d["document"] for d in rows(site, "documents", outlet="Lima")]
    assert doc_ids
    from newsledger.store import Ledger

    with Ledger(site.url, read_only=True) as ledger:
        for doc_id in doc_ids:
            analysis = ledger.get(doc_id)
            assert analysis is not None
            r = site.client.get(f"/documents/{doc_id}")
            assert r.status_code == 200
            page = r.text
            assert text_of(page) == analysis.document.text  # whole, in order, escaped and unescaped back
            targets = set(re.findall(r'<a class="hl-link" href="#([^"]+)"', page))
            anchors = set(re.findall(r'<li id="([^"]+)" class="rec"', page))
            assert targets <= anchors, targets - anchors
            for s in analysis.statements:
                assert f'href="#statement-{s.id}"' in page
            for e in analysis.entities:
                assert f'id="entity-{e.id}"' in page
            if analysis.statements:
                assert "hl-statement" in page


def test_statements_list_links_speakers_to_their_actor(site) -> None:
    page = site.client.get("/statements?limit=500").text
    said = rows(site, "statements", limit=500)
    assert any(s["speaker_id"] for s in said)
    for s in said:
        if s["speaker_id"]:
            assert f'<td class="c-speaker"><a href="/actors/{s["speaker_id"]}" dir="auto">' \
                   f'{escape(s["speaker"])}</a>' in page
    unresolved = [s for s in said if not s["speaker_id"] and s["speaker"]]
    for s in unresolved:
        assert f'<td class="c-speaker"><bdi>{escape(s["speaker"])}</bdi>' in page


def test_agreement_page_shows_both_outlets_labels_and_the_conflict(site) -> None:
    (agreement,) = [g for g in rows(site, "agreements", text="fisheries") if g["documents"] == 2]
    page = site.client.get(f"/agreements/{agreement['agreement']}").text
    assert "treaty" in page and "memorandum of understanding" in page
    assert page.count('class="side party-party"') == 2  # one column per party, Chile's and Peru's
    detail = site.client.get(f"/api/agreements/{agreement['agreement']}").json()
    for party in detail["labels"]:
        column = page[page.index(f'class="side party-{party["kind"]}"'):]
        column = column[:column.index("</section>")]
        for term in party["terms"]:
            assert f">{escape(term)}</q>" in column
        for sp in party["speakers"]:  # each speaker under the party, linked to its actor and evidence
            if sp["actor"] and party["kind"] in ("party", "country"):
                assert f'<h4><a href="/actors/{sp["actor"]}"' in column
            assert all(f'href="/documents/{x["document"]}"' in column for x in sp["labels"])
        page = page.replace(f'class="side party-{party["kind"]}"', "class=\"seen\"", 1)
    assert len(ids(page, "document")) == 2 and "<svg" in page
    conflicts = ids(page, "conflict")
    assert conflicts
    side = site.client.get(f"/conflicts/{conflicts[0]}").text
    assert side.count('class="side"') >= 2
    assert len(ids(side, "document")) == 2  # links to both articles
    assert "<mark>" in side and "Andes Courier" in side and "Lima Observer" in side
    assert f'/agreements/{agreement["agreement"]}' in side


def test_article_links_to_agreement_conflict_and_actor(site) -> None:
    (doc,) = [d for d in rows(site, "documents", outlet="Andes")]
    page = site.client.get(f"/documents/{doc['document']}").text
    assert ids(page, "agreement") and ids(page, "conflict") and ids(page, "actor")


def test_actor_page_timeline_and_counterparts(site) -> None:
    (chile,) = rows(site, "actors", text="Chile", country="CHL", type="GPE")
    page = site.client.get(f"/actors/{chile['actor']}").text
    assert "CHL" in page and "<svg" in page and "Statements and events per month" in page
    assert "Counterparts" in page and "Named as" in page


@pytest.mark.parametrize("kind", ["documents", "agreements", "conflicts", "actors"])
def test_unknown_ids_are_404(site, kind: str) -> None:
    for ident in ("nope", "act-0000000000000000", "<img src=x onerror=alert(1)>"):
        r = site.client.get(f"/{kind}/{ident}")
        assert r.status_code == 404
        assert "<img src=x" not in r.text and "No " in r.text


@pytest.mark.parametrize("query", ["limit=0", "limit=abc", "limit=100000", "limit=%C2%B2", "since=yesterday",
                                   "until=2024-13-01", "cursor=not-a-cursor", "text=a%00b", "actor=" + "x" * 1200])
def test_bad_filters_are_400_with_the_reason(site, query: str) -> None:
    r = site.client.get(f"/statements?{query}")
    assert r.status_code == 400
    assert query.split("=")[0] in r.text


def test_hostile_article_is_escaped_everywhere(site) -> None:
    article = site.client.get(f"/documents/{site.hostile}").text
    paths = [f"/documents/{site.hostile}", "/documents", "/search?text=Vantria", "/statements", "/actors",
             "/claims", "/events", "/agreements", "/conflicts", "/search?text=" + "%3Cscript%3E+Vantria", "/",
             "/statements?text=Vantria", "/documents?outlet=Hostile",
             *(f"/{kind}s/{i}" for kind in ("actor", "agreement", "conflict") for i in ids(article, kind))]
    assert any(p.startswith("/actors/") for p in paths), "the hostile article links to no actor"
    for path in paths:
        page = site.client.get(path).text
        for bad in ("<script>alert", "<img src=x", "<svg onload", "<b onmouseover", "<b>bold", "</textarea></title>",
                    'href="javascript:', "onerror=alert('img')>"):
            assert bad not in page, (path, bad)
    page = site.client.get(f"/documents/{site.hostile}").text
    assert "&lt;script&gt;alert" in page and "&lt;img src=x onerror" in page
    assert "javascript:alert(&#39;url&#39;)" in page  # shown as text, never as a link
    assert text_of(page).endswith("ended the note.")


def hostile_agreement():
    """An agreement whose every name, label, evidence and outlet is markup: two parties, a speaker for
    a country that is not a party, a speaker with no country, and the outlet's own words."""
    from ledger_backends import document, entity, find
    from newsledger.models import Agreement, Analysis, Label, Statement

    party, other = "<b onmouseover=alert('p')>Norvia</b>", "<svg onload=alert('q')>Ostmark"
    speaker, loose = "<img src=x onerror=alert('img')>", "</textarea></title><b>bold</b>"
    doc = document(f"{party} and {other} signed the <script>alert('pact')</script> accord. {speaker} called it "
                   f"a \"><script>alert('label')</script> treaty. {loose} called it a <b>bold</b> pact. "
                   "Observers called it a javascript:alert('x') deal.", "<b onmouseover=alert('outlet')>Wire</b>",
                   "2024-03-05")
    ents = (entity(doc, "e1", party, "GPE", "NRV"), entity(doc, "e2", other, "GPE", "OST"),
            entity(doc, "e3", speaker, "PERSON", "XXA"), entity(doc, "e4", loose, "PERSON", None))
    said = find(doc, "a \"><script>alert('label')</script> treaty")
    labels = (Label("\"><script>alert('label')</script> treaty", "e3", said),
              Label("<b>bold</b> pact", "e4", find(doc, "a <b>bold</b> pact"), negated=True),
              Label("javascript:alert('x') deal", None, find(doc, "a javascript:alert('x') deal")))
    return Analysis(doc, entities=ents, statements=(Statement("s1", "indirect", said, "e3", speaker, "called"),),
                    agreements=(Agreement("a1", ("e1", "e2"), "<script>alert('subject')</script>", labels),))


def test_hostile_agreement_is_escaped_on_every_page(ledger_url: str) -> None:
    from fastapi.testclient import TestClient

    from newsledger.store import Ledger
    from newsledger.web.app import create_app
    from newsledger.web.deps import ServerConfig

    with Ledger(ledger_url) as ledger:
        ledger.add(hostile_agreement())
    with TestClient(create_app(ServerConfig(db=ledger_url))) as client:
        (agreement,) = client.get("/api/agreements").json()["items"]
        detail = client.get(f"/api/agreements/{agreement['agreement']}").json()
        assert [p["kind"] for p in detail["labels"]] == ["party", "party", "country", "actor", "outlet"]
        paths = [f"/agreements/{agreement['agreement']}", "/agreements", "/statements", "/actors", "/documents",
                 *(f"/actors/{a['actor']}" for a in client.get("/api/actors").json()["items"])]
        paths += [f"/documents/{d['document']}" for d in client.get("/api/documents").json()["items"]]
        for path in paths:
            page = client.get(path)
            assert page.status_code == 200, path
            for bad in ("<script>alert", "<img src=x", "<svg onload", "<b onmouseover", "<b>bold", "</textarea>",
                        'href="javascript:'):
                assert bad not in page.text, (path, bad)
        page = client.get(f"/agreements/{agreement['agreement']}").text
        assert "&lt;b onmouseover=alert(&#39;p&#39;)&gt;Norvia&lt;/b&gt;" in page  # shown, as text
        assert "&lt;img src=x onerror=alert(&#39;img&#39;)&gt;" in page and "javascript:alert(&#39;x&#39;) deal" in page


def event_types(page: str) -> list[str]:
    return re.findall(r'<td class="c-type"><bdi>([A-Z]+)</bdi>', page)


def test_events_filter_by_dyad_and_type(site) -> None:
    assert "COERCE" in event_types(site.client.get("/events").text)
    seized = site.client.get("/events?from=PER&to=CHL&type=COERCE").text
    assert event_types(seized) == ["COERCE"] and "seized" in seized
    assert "COERCE" not in event_types(site.client.get("/events?from=CHL&to=PER").text)  # the other direction
    assert event_types(site.client.get("/events?from=PER&to=CHL&type=SUPPORT").text) == []


def test_search_marks_the_found_words(site) -> None:
    page = site.client.get("/search?text=anchovy").text
    assert re.search(r"<mark>anchov\w*</mark>", page, re.I), page[-3000:]
    assert len(ids(page, "document")) == 1
    assert site.client.get("/search?text=%21%21%21").status_code == 400  # no word to look for


def test_an_empty_ledger_renders_every_list(tmp_path) -> None:
    from fastapi.testclient import TestClient

    from newsledger.store import Ledger
    from newsledger.web.app import create_app
    from newsledger.web.deps import ServerConfig

    db = str(tmp_path / "empty.db")
    Ledger(db).close()
    with TestClient(create_app(ServerConfig(db=db))) as client:
        assert "holds no article yet" in client.get("/").text
        for path in LIST_PAGES[1:]:
            r = client.get(path)
            assert r.status_code == 200, path
            assert "Nothing matches" in r.text or "Type words" in r.text, path
