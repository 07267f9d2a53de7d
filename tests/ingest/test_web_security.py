"""URL fetching against hostile networks: every test talks to a real server on 127.0.0.1.

The server is reached under invented host names (``news.test``, ...) through a resolver the test passes to
``fetch``; ``allow_hosts`` lets exactly the named host be local, so every other check stays on.
"""

from __future__ import annotations

import shutil
import socket
import ssl
import subprocess
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, ClassVar, cast

import pytest

from local_http import local_server
from newsledger.config import Settings
from newsledger.ingest.sources import read_ledger_sources
from newsledger.ingest.web import FetchError, RefusedAddress, fetch, is_public_address
from newsledger.models import Document

ARTICLE = (b"<html><head><title>Harbour fees</title></head><body><article><h1>Harbour fees</h1>"
           b"<p>The port authority said on Monday that harbour fees for container ships would rise by four "
           b"percent next spring, after a year of talks with shipping lines.</p>"
           b"<p>Shipping lines said the increase was smaller than the authority had first proposed and that "
           b"they would not pass it on to importers this year.</p></article></body></html>")
SECRET = b"<html><body><p>internal admin page</p></body></html>"
PUBLIC = "1.2.3.4"  # a globally routable address; no test ever lets a packet go to it
DRIP_PAUSE = 0.2  # seconds between the bytes of the slow server


class _Handler(BaseHTTPRequestHandler):
    seen: ClassVar[list[tuple[str, str]]] = []  # (path, Host header) of every request, in order

    def do_GET(self) -> None:
        self.seen.append((self.path, self.headers.get("Host", "")))
        port = cast(ThreadingHTTPServer, self.server).server_port
        redirects = {"/to-literal": f"http://127.0.0.1:{port}/secret",
                     "/to-name": f"http://intranet.test:{port}/secret",
                     "/to-cgnat": "http://100.64.0.1/secret",
                     "/to-article": "/article"}
        if self.path in redirects:
            self._send(302, {"Location": redirects[self.path]}, b"")
        elif self.path == "/secret":
            self._send(200, {"Content-Type": "text/html"}, SECRET)
        elif self.path.startswith("/charset/"):
            media, _, charset = self.path.removeprefix("/charset/").partition("/")
            self._send(200, {"Content-Type": f"{media.replace('-', '/', 1)}; charset={charset}"}, ARTICLE)
        elif self.path == "/drip-body":
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            self._drip(b"x" * 200)
        elif self.path == "/drip-headers":
            self._drip(b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nX-Slow: " + b"y" * 200)
        else:
            self._send(200, {"Content-Type": "text/html; charset=utf-8"}, ARTICLE)

    def _send(self, status: int, headers: dict[str, str], body: bytes) -> None:
        self.send_response(status)
        for key, value in headers.items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _drip(self, data: bytes) -> None:
        """One byte every DRIP_PAUSE seconds: each read succeeds, so only a total deadline stops it."""
        for i in range(len(data)):  # bounded: 200 bytes, 40 s at most, ends when the client hangs up
            try:
                self.wfile.write(data[i:i + 1])
                self.wfile.flush()
            except OSError:
                return
            time.sleep(DRIP_PAUSE)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def port() -> Iterator[int]:
    with local_server(_Handler) as served:
        yield served


@pytest.fixture()
def seen() -> list[tuple[str, str]]:
    _Handler.seen.clear()
    return _Handler.seen


def resolver(host: str, port: int) -> list[str]:
    """Every ``*.test`` name is the local server; anything else is not found."""
    if host.endswith(".test"):
        return ["127.0.0.1"]
    raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")


def test_a_named_local_host_is_allowed_and_nothing_else(port: int, seen: list[tuple[str, str]]) -> None:
    got = fetch(f"http://news.test:{port}/article", max_bytes=100_000, resolver=resolver, allow_hosts={"news.test"})
    assert got.kind == "html" and b"harbour fees" in got.body
    assert seen == [("/article", f"news.test:{port}")]  # connected to the pinned address, the name kept as Host
    with pytest.raises(RefusedAddress, match="intranet.test resolves to 127.0.0.1"):
        fetch(f"http://intranet.test:{port}/secret", max_bytes=100_000, resolver=resolver, allow_hosts={"news.test"})
    assert len(seen) == 1


@pytest.mark.parametrize(("path", "refused"), [
    ("/to-literal", "127.0.0.1 resolves to 127.0.0.1"),
    ("/to-name", "intranet.test resolves to 127.0.0.1"),
    ("/to-cgnat", "100.64.0.1 resolves to 100.64.0.1"),
])
def test_a_public_page_redirecting_to_a_private_address_is_refused(port: int, seen: list[tuple[str, str]],
                                                                   path: str, refused: str) -> None:
    with pytest.raises(RefusedAddress, match=refused):
        fetch(f"http://news.test:{port}{path}", max_bytes=100_000, resolver=resolver, allow_hosts={"news.test"})
    assert [p for p, _ in seen] == [path]  # the private page was never requested
    got = fetch(f"http://news.test:{port}/to-article", max_bytes=100_000, resolver=resolver,
                allow_hosts={"news.test"})
    assert got.url == f"http://news.test:{port}/article"  # a redirect to an allowed host is followed


@pytest.mark.parametrize("address", [
    "100.64.0.1", "100.100.100.200", "100.127.255.254",  # carrier-grade NAT, where a cloud metadata service lives
    "2002:7f00:1::1", "2002:a9fe:a9fe::1", "2002:808:808::1",  # 6to4 (relayed to whatever IPv4 it embeds)
    "::ffff:100.64.0.1", "::ffff:127.0.0.1", "::ffff:10.0.0.1",  # IPv4-mapped IPv6
    "64:ff9b::7f00:1", "64:ff9b::a00:1", "::7f00:1", "64:ff9b:1::1",  # NAT64 to private, IPv4-compatible
    "127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "0.0.0.0", "224.0.0.1",
    "240.0.0.1", "255.255.255.255", "192.0.2.1", "198.18.0.1", "::1", "::", "fe80::1", "fc00::1", "ff02::1",
    "2001:db8::1", "2001::1",
])
def test_addresses_that_are_not_global_are_refused(address: str) -> None:
    assert not is_public_address(address)
    host = f"[{address}]" if ":" in address else address
    with pytest.raises(RefusedAddress, match="not a public address"):
        fetch(f"http://{host}:9/latest", max_bytes=1000, timeout=1)


@pytest.mark.parametrize("address", ["1.2.3.4", "8.8.4.4", "2606:4700:4700::1111", "64:ff9b::808:808",
                                     "::ffff:1.2.3.4"])
def test_public_addresses_pass(address: str) -> None:
    assert is_public_address(address)


def test_rebinding_connects_to_the_checked_address(port: int, seen: list[tuple[str, str]],
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """The name answers a public address first and 127.0.0.1 after: only the first may be connected to."""
    real_getaddrinfo, real_connect = socket.getaddrinfo, socket.create_connection
    answers = iter([PUBLIC, "127.0.0.1", "127.0.0.1"])
    asked: list[str] = []
    connected: list[Any] = []

    def rebinding(host: Any, *args: Any, **kwargs: Any) -> Any:
        if host != "rebind.test":
            return real_getaddrinfo(host, *args, **kwargs)
        asked.append(host)
        return [(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP, "", (next(answers), args[0]))]

    def connect(address: Any, *args: Any, **kwargs: Any) -> Any:
        connected.append(address)
        if address[0] == PUBLIC:  # stands in for the public server, so no packet leaves the machine
            raise ConnectionRefusedError(111, "Connection refused")
        return real_connect(address, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", rebinding)
    monkeypatch.setattr(socket, "create_connection", connect)
    with pytest.raises(FetchError, match="unreachable"):
        fetch(f"http://rebind.test:{port}/secret", max_bytes=100_000, timeout=2)
    assert seen == [] and asked == ["rebind.test"] and connected == [(PUBLIC, port)]


def test_each_hop_is_resolved_once(port: int, seen: list[tuple[str, str]]) -> None:
    asked: list[str] = []

    def counting(host: str, port: int) -> list[str]:
        asked.append(host)
        return resolver(host, port)

    fetch(f"http://news.test:{port}/to-article", max_bytes=100_000, resolver=counting, allow_hosts={"news.test"})
    assert asked == ["news.test", "news.test"] and [p for p, _ in seen] == ["/to-article", "/article"]


@pytest.mark.parametrize("path", ["/drip-body", "/drip-headers"])
def test_a_slow_drip_server_is_cut_at_the_deadline(port: int, path: str) -> None:
    started = time.monotonic()
    with pytest.raises(FetchError, match="deadline of 1 s"):
        fetch(f"http://news.test:{port}{path}", max_bytes=100_000, timeout=5, deadline=1.0, resolver=resolver,
              allow_hosts={"news.test"})
    assert time.monotonic() - started < 1.0 + 2 * DRIP_PAUSE  # not the per-read timeout, not 200 drips


def test_a_resolver_that_hangs_is_cut_at_the_deadline(port: int) -> None:
    release = threading.Event()

    def stuck(host: str, port: int) -> list[str]:
        release.wait(10)  # bounded, and released as soon as the assertion is made
        return ["127.0.0.1"]

    started = time.monotonic()
    try:
        with pytest.raises(FetchError, match="timed out resolving"):
            fetch(f"http://news.test:{port}/article", max_bytes=1000, deadline=0.5, resolver=stuck,
                  allow_hosts={"news.test"})
        assert time.monotonic() - started < 2.0
    finally:
        release.set()


@pytest.mark.parametrize(("media", "charset"), [
    ("text-html", "no-such-charset"), ("text-plain", "no-such-charset"), ("text-html", "rot13"),
    ("text-html", "base64"), ("application-xhtml+xml", "x-unknown-8"),
])
def test_an_unknown_charset_is_read_as_if_none_were_named(port: int, settings: Settings, media: str,
                                                          charset: str) -> None:
    url = f"http://127.0.0.1:{port}/charset/{media}/{charset}"
    items = list(read_ledger_sources([url], settings, allow_private=True))  # a LookupError ended the run
    assert len(items) == 1 and isinstance(items[0], Document) and "harbour fees" in items[0].text
    assert fetch(url, max_bytes=100_000, allow_private=True).charset is None


def test_a_known_charset_is_kept(port: int) -> None:
    got = fetch(f"http://127.0.0.1:{port}/charset/text-html/ISO-8859-1", max_bytes=100_000, allow_private=True)
    assert got.charset == "iso-8859-1"


@pytest.mark.parametrize("host", ["2130706433", "0x7f000001", "127.1", "localhost", "[::ffff:7f00:1]"])
def test_odd_spellings_of_a_local_address_are_refused(host: str) -> None:
    with pytest.raises(RefusedAddress, match="not a public address"):
        fetch(f"http://{host}:9/", max_bytes=1000, timeout=1)


@pytest.fixture(scope="module")
def tls_port(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[int, str, list[str]]]:
    """An https server on 127.0.0.1 whose self-signed certificate names ``news.test`` only."""
    openssl = shutil.which("openssl")
    if openssl is None:
        pytest.skip("the openssl command is needed to make a test certificate")
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run([openssl, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=news.test",
                    "-addext", "subjectAltName=DNS:news.test", "-keyout", str(key), "-out", str(cert)],
                   check=True, capture_output=True, timeout=60)
    names: list[str] = []  # the TLS server name (SNI) of every handshake
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)

    def record(sock: ssl.SSLObject | ssl.SSLSocket, name: str | None, ctx: ssl.SSLContext) -> None:
        names.append(name or "")

    context.sni_callback = record
    with local_server(_Handler, tls=context) as served:
        yield served, str(cert), names


def test_https_to_a_pinned_address_keeps_the_name_for_tls(tls_port: tuple[int, str, list[str]],
                                                          seen: list[tuple[str, str]],
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    port, cert, names = tls_port
    monkeypatch.setenv("SSL_CERT_FILE", cert)  # the test certificate as the only trusted one
    got = fetch(f"https://news.test:{port}/article", max_bytes=100_000, timeout=5, resolver=resolver,
                allow_hosts={"news.test", "other.test"})
    assert got.url == f"https://news.test:{port}/article" and b"harbour fees" in got.body
    assert names == ["news.test"] and seen == [("/article", f"news.test:{port}")]
    with pytest.raises(FetchError, match="unreachable: ConnectError.*certificate"):  # verified against the name
        fetch(f"https://other.test:{port}/article", max_bytes=100_000, timeout=5, resolver=resolver,
              allow_hosts={"news.test", "other.test"})
