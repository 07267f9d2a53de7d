"""Ledger sources: RSS/Atom feeds, WARC archives, directories and globs, and URLs (on a local test server)."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest

from local_http import local_server
from newsledger.config import Settings, load_settings
from newsledger.errors import EmptyInput, MalformedInput, TooLarge, UnsupportedType
from newsledger.ingest.feeds import read_feed
from newsledger.ingest.sources import expand, read_ledger_sources
from newsledger.ingest.warc import read_warc
from newsledger.ingest.web import FetchError, RefusedAddress, fetch
from newsledger.models import Document, Skipped

PARAS = [
    "The governments of Ghana and Togo agreed on Tuesday to open two new border crossings for traders, "
    "ending a dispute over customs checks that had lasted more than a year.",
    "Officials from both countries said the crossings would operate around the clock and that a joint "
    "committee would review tariffs on farm produce every six months.",
    "Market traders in Aflao welcomed the decision, saying the long queues had cost them buyers and "
    "spoiled perishable goods during the rainy season.",
]


def page(title: str, paras: list[str] = PARAS) -> str:
    body = "".join(f"<p>{p}</p>" for p in paras)
    return (f"<html><head><title>{title}</title></head><body><nav>Home | World | Sport</nav>"
            f"<article><h1>{title}</h1>{body}</article><footer>Copyright the publisher</footer></body></html>")


RSS = f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>West Africa Desk</title><link>https://news.example/</link>
<item><title>Border crossings to open</title><link>https://news.example/borders</link>
<pubDate>Tue, 12 Mar 2024 10:15:00 GMT</pubDate>
<content:encoded><![CDATA[{"".join(f"<p>{p}</p>" for p in PARAS)}]]></content:encoded></item>
<item><title>Short note</title><link>https://news.example/note</link>
<pubDate>Wed, 13 Mar 2024 07:00:00 +0100</pubDate>
<description>&lt;b&gt;Senegal&lt;/b&gt; and Mali signed a rail transport protocol in Dakar.</description></item>
<item><title>Empty</title><link>https://news.example/empty</link></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Andes Wire</title>
<entry><title>Quota talks</title><link href="https://andes.example/q"/><updated>2023-11-02T16:00:00Z</updated>
<summary type="text">Chile and Peru resumed talks on anchovy fishing quotas in Lima on Thursday.</summary></entry>
</feed>"""


def test_rss_items_are_documents_dated_by_the_item() -> None:
    items = list(read_feed("desk.rss", RSS.encode()))
    first, second, third = items
    assert isinstance(first, Document) and isinstance(second, Document)
    assert first.published == dt.datetime(2024, 3, 12, 10, 15, tzinfo=dt.UTC)
    assert second.published == dt.datetime(2024, 3, 13, 6, 0, tzinfo=dt.UTC)
    assert first.source == second.source == "West Africa Desk"
    assert first.url == "https://news.example/borders" and first.title == "Border crossings to open"
    assert "border crossings for traders" in first.text and "<p>" not in first.text
    assert second.text == "Senegal and Mali signed a rail transport protocol in Dakar."
    assert isinstance(third, EmptyInput) and third.origin == "desk.rss#item3"


def test_atom_feed() -> None:
    (doc,) = read_feed("andes.atom", ATOM.encode())
    assert isinstance(doc, Document)
    assert doc.source == "Andes Wire" and doc.published == dt.datetime(2023, 11, 2, 16, tzinfo=dt.UTC)
    assert doc.text.startswith("Chile and Peru resumed talks")


@pytest.mark.parametrize("data", [b"<rss><channel><item><title>cut off", b"<?xml version='1.0'?><feed><<<>>>",
                                  b"<rss version='2.0'><channel><title>T</title><item><description>Fine text "
                                  b"here.</description></item><item><description>broken &bogus; <</channel>"])
def test_malformed_feed_is_reported(data: bytes) -> None:
    try:
        items = list(read_feed("bad.rss", data))
    except (MalformedInput, EmptyInput) as exc:
        items = [exc]
    assert isinstance(items[-1], MalformedInput | EmptyInput)
    assert "malformed feed" in items[-1].reason or "without items" in items[-1].reason


# --- WARC ----------------------------------------------------------------------------------------

def make_warc(pages: list[tuple[str, str, str]], gz: bool) -> bytes:
    """A WARC with one response per (url, content type, body), plus a request record."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    # Fixed record ids and dates: with warcio's random ids and the current date the archive's (compressed) size
    # varied from run to run, and now and then a cut at a fraction fell exactly between two records.
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=gz)
    for n, (url, ctype, body) in enumerate(pages):
        http = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
        fixed = {"WARC-Date": "2024-05-06T08:09:10Z",
                 "WARC-Record-ID": f"<urn:uuid:{2 * n:08d}-0000-4000-8000-{0:012d}>"}
        rec = writer.create_warc_record(url, "response", payload=io.BytesIO(body.encode("utf-8")),
                                        http_headers=http, warc_headers_dict=fixed)
        writer.write_record(rec)
        fixed = {"WARC-Date": "2024-05-06T08:09:11Z",
                 "WARC-Record-ID": f"<urn:uuid:{2 * n + 1:08d}-0000-4000-8000-{0:012d}>"}
        req = writer.create_warc_record(url, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n"),
                                        warc_headers_dict=fixed)
        writer.write_record(req)
    return out.getvalue()


PAGES = [
    ("https://a.example/1", "text/html; charset=utf-8", page("Crossings open")),
    ("https://a.example/logo.png", "image/png", "not an article"),
    ("https://b.example/2", "text/html", page("Second story", [p.replace("Ghana", "Benin") for p in PARAS])),
]


@pytest.mark.parametrize("gz", [True, False])
def test_warc_html_responses_only(gz: bool) -> None:
    items = list(read_warc("cc.warc", io.BytesIO(make_warc(PAGES, gz)), 1_000_000))
    assert [d.url for d in items if isinstance(d, Document)] == ["https://a.example/1", "https://b.example/2"]
    assert all(isinstance(d, Document) for d in items)
    assert items[0].published == dt.datetime(2024, 5, 6, 8, 9, 10, tzinfo=dt.UTC)  # type: ignore[union-attr]
    assert "Benin" in items[1].text  # type: ignore[union-attr]


@pytest.mark.parametrize("gz", [True, False])
@pytest.mark.parametrize("fraction", [0.3, 0.5, 0.6, 0.7, 0.8, 0.9])  # cuts in headers, bodies, between records
def test_truncated_warc_keeps_what_was_read(gz: bool, fraction: float) -> None:
    data = make_warc(PAGES, gz)
    cut = data[: int(len(data) * fraction)]
    items = list(read_warc("cut.warc", io.BytesIO(cut), 1_000_000))
    docs = [d for d in items if isinstance(d, Document)]
    assert [d.url for d in docs][:1] == ["https://a.example/1"]
    assert all(isinstance(i, Document) for i in items[:-1])
    assert isinstance(items[-1], MalformedInput) and "truncated" in items[-1].reason


def test_warc_record_over_the_cap() -> None:
    items = list(read_warc("big.warc", io.BytesIO(make_warc(PAGES[:1], True)), 100))
    assert len(items) == 1 and isinstance(items[0], TooLarge)


# --- directories, globs, and a batch that goes on past bad inputs -------------------------------

def test_sources_expand_and_skip(tmp_path: Path, settings: Settings) -> None:
    (tmp_path / "feeds").mkdir()
    (tmp_path / "feeds" / "desk.rss").write_text(RSS)
    (tmp_path / "feeds" / "broken.xml").write_text("<rss><channel><item><title>cut")
    (tmp_path / "feeds" / ".hidden.txt").write_text("ignored")
    (tmp_path / "cc.warc.gz").write_bytes(make_warc(PAGES, True))
    (tmp_path / "cut.warc.gz").write_bytes(make_warc(PAGES, True)[:-40])  # inside the last (request) record
    (tmp_path / "note.txt").write_text("Uruguay and Paraguay signed a river transport deal on Friday.")
    assert expand(str(tmp_path / "feeds")) == [str(tmp_path / "feeds" / n) for n in ("broken.xml", "desk.rss")]
    assert expand(str(tmp_path / "*.warc.gz")) == [str(tmp_path / "cc.warc.gz"), str(tmp_path / "cut.warc.gz")]
    sources = [str(tmp_path / "feeds"), str(tmp_path / "*.warc.gz"), str(tmp_path / "note.txt"),
               str(tmp_path / "nothing*.html"), "http://localhost.invalid/x"]
    items = list(read_ledger_sources(sources, settings))
    docs = [i for i in items if isinstance(i, Document)]
    skips = [i for i in items if isinstance(i, Skipped)]
    assert len(docs) == 2 + 2 + 2 + 1  # feed items, first WARC, what the cut WARC still had, the note
    assert {s.kind for s in skips} == {"MalformedInput", "EmptyInput", "InputError", "FetchError"}
    assert any("no file matches" in s.reason for s in skips)
    assert docs[-1].text.startswith("Uruguay")


# --- URLs, only against a server these tests start on 127.0.0.1 ------------------------------------

ROUTES: dict[str, tuple[int, dict[str, str], bytes]] = {
    "/article": (200, {"Content-Type": "text/html; charset=utf-8"}, page("Crossings open").encode()),
    "/feed": (200, {"Content-Type": "application/rss+xml"}, RSS.encode()),
    "/hop1": (302, {"Location": "/hop2"}, b""),
    "/hop2": (301, {"Location": "/article"}, b""),
    "/loop": (302, {"Location": "/loop"}, b""),
    "/image": (200, {"Content-Type": "image/png"}, b"\x89PNG...."),
    "/big": (200, {"Content-Type": "text/plain"}, b"x" * 5000),
    "/missing": (404, {"Content-Type": "text/html"}, b"gone"),
}


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        status, headers, body = ROUTES.get(self.path, (404, {}, b""))
        self.send_response(status)
        for k, v in headers.items():
            self.send_header(k, v)
        if self.path != "/big":  # no Content-Length: the cap must hold while streaming
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    with local_server(_Handler) as served:
        yield f"http://127.0.0.1:{served}"


def test_fetch_follows_bounded_redirects(server: str) -> None:
    got = fetch(server + "/hop1", max_bytes=100_000, allow_private=True)
    assert got.url == server + "/article" and got.kind == "html"
    with pytest.raises(FetchError, match="more than 5 redirects"):
        fetch(server + "/loop", max_bytes=100_000, allow_private=True)


@pytest.mark.parametrize(("path", "error", "message"), [
    ("/image", UnsupportedType, "content type 'image/png'"),
    ("/big", TooLarge, "over the size limit of 1,000"),
    ("/missing", FetchError, "HTTP 404"),
])
def test_fetch_refuses(server: str, path: str, error: type[Exception], message: str) -> None:
    with pytest.raises(error, match=message):
        fetch(server + path, max_bytes=1000, allow_private=True)


def test_private_addresses_refused_unless_allowed(server: str) -> None:
    for url in (server + "/article", "http://[::1]:9/x", "http://169.254.169.254/latest", "http://10.1.2.3/"):
        with pytest.raises(RefusedAddress, match="private/loopback/link-local"):
            fetch(url, max_bytes=1000, timeout=2)


def test_url_sources(server: str, settings: Settings) -> None:
    closed = "http://127.0.0.1:1/article"  # nothing listens on port 1
    items = list(read_ledger_sources([server + "/article", server + "/feed", closed, server + "/image"],
                                     settings, allow_private=True))
    docs = [i for i in items if isinstance(i, Document)]
    skips = {i.origin: i.kind for i in items if isinstance(i, Skipped)}
    assert docs[0].url == server + "/article" and "border crossings" in docs[0].text
    assert [d.source for d in docs[1:]] == ["West Africa Desk", "West Africa Desk"]
    assert skips == {server + "/feed#item3": "EmptyInput", closed: "FetchError",
                     server + "/image": "UnsupportedType"}
    refused = list(read_ledger_sources([server + "/article"], load_settings()))
    assert [type(i).__name__ for i in refused] == ["Skipped"] and refused[0].kind == "RefusedAddress"  # type: ignore[union-attr]
