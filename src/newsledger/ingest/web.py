"""Fetch articles and feeds over HTTP(S), defensively.

Every fetch has a per-read timeout, a total deadline (connecting, redirects
and body together), a size cap (``Settings.max_bytes``, checked on the
``Content-Length`` header and again while streaming), a content-type check and
at most ``max_redirects`` redirects, each of which is checked again.

A URL found in a feed must not make newsledger probe the machine's own
network, so each hop's host is resolved once, every address it resolves to
must be globally routable (not private, loopback, link-local, carrier-grade
NAT, 6to4, multicast, reserved, ...), and the connection goes to one of those
checked addresses and nowhere else: a DNS server that answers differently a
moment later (rebinding) is never asked again. The ``Host`` header and TLS
name stay the URL's host, so certificates are verified as usual. Proxies from
the environment are not used, since a proxy would resolve the host itself.

``allow_private`` lifts the address check for every host (the command line's
``--allow-private``); ``allow_hosts`` lifts it for the named hosts only, and
``resolver`` replaces the system resolver, so tests can fetch from a named
server on 127.0.0.1 with every other check in place.

::

    InputError
    └── FetchError          unreachable, timed out, HTTP error, too many redirects
        └── RefusedAddress  an address that is not globally routable, not allowed
"""

from __future__ import annotations

import ipaddress
import socket
import threading
import time
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .. import __version__
from ..errors import InputError, TooLarge, UnsupportedType

if TYPE_CHECKING:
    import ssl

    import httpcore

__all__ = ["ALLOWED_TYPES", "FetchError", "Fetched", "RefusedAddress", "Resolver", "check_host", "fetch",
           "is_public_address", "is_url", "system_resolver"]

ALLOWED_TYPES = {
    "text/html": "html", "application/xhtml+xml": "html",
    "application/rss+xml": "feed", "application/atom+xml": "feed", "application/rdf+xml": "feed",
    "application/xml": "feed", "text/xml": "feed",
    "text/plain": "text", "application/json": "text", "application/x-ndjson": "text", "application/jsonl": "text",
}

Resolver = Callable[[str, int], Sequence[str]]
"""``(host, port) -> addresses``: how a host name becomes the IP addresses that are checked and connected to."""

_REDIRECTS = {301, 302, 303, 307, 308}
# Prefixes that Python's ``is_global`` (3.11) calls global but that lead elsewhere: 6to4 relays to any
# IPv4 address, the deprecated IPv4-compatible form, and NAT64 prefixes whose embedded IPv4 is checked.
_SIX_TO_FOUR = ipaddress.ip_network("2002::/16")
_V4_COMPATIBLE = ipaddress.ip_network("::/96")
_NAT64 = ipaddress.ip_network("64:ff9b::/96")
_NAT64_LOCAL = ipaddress.ip_network("64:ff9b:1::/48")


class FetchError(InputError):
    """A URL that could not be fetched."""


class RefusedAddress(FetchError):
    """A URL whose host resolves to an address that is not globally routable, and that was not allowed."""


@dataclass(frozen=True, slots=True)
class Fetched:
    """What a URL answered: the final address, its type and the body, as fetched.

    ``charset`` is a text encoding Python can decode, or None when the response named none or named one
    Python does not know (the body is then read like a file that declares no encoding).
    """

    url: str  # after redirects
    content_type: str  # media type only, lower case
    kind: str  # html | feed | text
    charset: str | None
    body: bytes


def is_url(source: str) -> bool:
    """True for an http(s) address, which the readers fetch instead of opening as a file."""
    return source.lower().startswith(("http://", "https://"))


def system_resolver(host: str, port: int) -> list[str]:
    """Every address the system resolver gives for ``host``, in its order, without repeats."""
    infos = socket.getaddrinfo(host, port, proto=socket.IPPROTO_TCP)
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


def is_public_address(address: str) -> bool:
    """True when ``address`` is globally routable, also through its IPv4-mapped, NAT64 or 6to4 forms."""
    ip: ipaddress.IPv4Address | ipaddress.IPv6Address = ipaddress.ip_address(address.split("%")[0])
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped is not None:
            ip = ip.ipv4_mapped
        elif ip in _NAT64:
            ip = ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
        elif ip in _SIX_TO_FOUR or ip in _V4_COMPATIBLE or ip in _NAT64_LOCAL:
            return False
    return ip.is_global and not (ip.is_multicast or ip.is_reserved or ip.is_unspecified)


def check_host(url: str, allow_private: bool, *, resolver: Resolver | None = None,
               allow_hosts: Collection[str] = (), timeout: float | None = None) -> list[str]:
    """The addresses ``url``'s host resolves to, once; refused when one is not public (unless allowed).

    Resolving takes at most ``timeout`` seconds (the rest of a fetch's deadline).
    """
    import httpx

    try:
        parsed = httpx.URL(url)
    except httpx.InvalidURL as exc:
        raise FetchError(url, f"not a valid URL ({exc})") from exc
    host = parsed.raw_host.decode("ascii")
    if not host:
        raise FetchError(url, "URL without a host")
    port = parsed.port or (443 if parsed.scheme == "https" else 80)
    # An address in the URL is its own answer; no resolver is asked.
    addresses = [host] if _is_ip(host) else _resolve(url, host, port, resolver or system_resolver, timeout)
    if allow_private or host.lower() in {h.lower() for h in allow_hosts}:
        return addresses
    for address in addresses:
        if not is_public_address(address):
            raise RefusedAddress(url, f"refused: {host} resolves to {address}, which is not a public address "
                                      "(private/loopback/link-local, shared, 6to4 or reserved); "
                                      "pass --allow-private to fetch from local networks")
    return addresses


def _is_ip(text: str) -> bool:
    """True when ``text`` is an IPv4 or IPv6 address in its standard spelling."""
    try:
        ipaddress.ip_address(text.split("%")[0])
    except ValueError:
        return False
    return True


def _resolve(url: str, host: str, port: int, resolver: Resolver, timeout: float | None) -> list[str]:
    """``resolver(host, port)``, bounded in time: the system resolver has no timeout of its own to pass."""
    found: list[Sequence[str] | BaseException] = []

    def work() -> None:
        try:
            found.append(resolver(host, port))
        except Exception as exc:  # handed to the caller's thread below
            found.append(exc)

    # A daemon thread: a resolver stuck past the deadline is abandoned, not waited for.
    worker = threading.Thread(target=work, name=f"resolve {host}", daemon=True)
    worker.start()
    worker.join(timeout)
    if not found:
        raise FetchError(url, f"timed out resolving host {host!r} (deadline of the fetch)")
    result = found[0]
    if isinstance(result, socket.gaierror):
        raise FetchError(url, f"unreachable: cannot resolve host {host!r} ({result.strerror})") from result
    if isinstance(result, BaseException):
        raise FetchError(url, f"unreachable: cannot resolve host {host!r} ({result})") from result
    addresses = [str(a) for a in result]
    for address in addresses:
        if not _is_ip(address):
            raise FetchError(url, f"host {host!r} resolved to {address!r}, not an IP address")
    if not addresses:
        raise FetchError(url, f"unreachable: host {host!r} resolves to no address")
    return addresses


def fetch(url: str, *, max_bytes: int, timeout: float = 15.0, max_redirects: int = 5,
          allow_private: bool = False, deadline: float = 60.0, resolver: Resolver | None = None,
          allow_hosts: Collection[str] = ()) -> Fetched:
    """GET ``url`` within the limits described in the module docstring.

    ``timeout`` bounds each connect, read and write; ``deadline`` bounds the whole fetch, in seconds.
    """
    import httpcore
    import httpx

    from ._pinned import PinnedBackend

    end = time.monotonic() + deadline
    backend = PinnedBackend(end)
    headers = [(b"User-Agent", f"newsledger/{__version__} (+offline news ledger)".encode()),
               (b"Accept", ", ".join(ALLOWED_TYPES).encode()),
               (b"Accept-Encoding", b"identity")]  # bodies are counted against max_bytes as they come
    current = url
    try:
        with httpcore.ConnectionPool(ssl_context=_ssl_context(), network_backend=backend) as pool:
            for _ in range(max_redirects + 1):
                if not is_url(current):
                    raise UnsupportedType(current, "only http:// and https:// URLs are fetched")
                addresses = check_host(current, allow_private, resolver=resolver, allow_hosts=allow_hosts,
                                       timeout=max(end - time.monotonic(), 0.0))
                target = httpx.URL(current)  # parsed without error by check_host just now
                backend.pin(target.raw_host.decode("ascii"), addresses)
                request_headers = [(b"Host", target.netloc), *headers]
                limits = {"connect": timeout, "read": timeout, "write": timeout, "pool": timeout}
                with pool.stream("GET", httpcore.URL(scheme=target.raw_scheme, host=target.raw_host,
                                                     port=target.port, target=target.raw_path),
                                 headers=request_headers, extensions={"timeout": limits}) as resp:
                    location = _header(resp.headers, b"location")
                    if resp.status in _REDIRECTS and location:
                        current = str(target.join(location))
                        continue
                    return _read_response(resp, str(target), max_bytes)  # normalised, as httpx spells it
            raise FetchError(url, f"more than {max_redirects} redirects")
    except httpcore.TimeoutException as exc:
        if time.monotonic() >= end - 0.05:  # a socket timeout cut to the time left ends a hair early at most
            raise FetchError(current, f"timed out: the fetch took longer than its deadline of {deadline:g} s"
                             ) from exc
        raise FetchError(current, f"timed out after {timeout:g} s ({type(exc).__name__})") from exc
    except (httpcore.NetworkError, httpcore.ProtocolError, httpcore.UnsupportedProtocol,
            httpcore.ProxyError, httpx.InvalidURL) as exc:
        raise FetchError(current, f"unreachable: {type(exc).__name__}: {exc}") from exc


def _ssl_context() -> ssl.SSLContext:
    """The trust store httpx uses (certifi), so https behaves as it did through httpx."""
    import httpx

    return httpx.create_ssl_context()


def _header(headers: Iterable[tuple[bytes, bytes]], name: bytes) -> str:
    """The first value of header ``name`` (lower case), decoded leniently; "" when absent."""
    for key, value in headers:
        if key.lower() == name:
            return value.decode("latin-1").strip()
    return ""


def _charset(content_type: str) -> str | None:
    """The ``charset`` parameter of a Content-Type, when Python can decode text with it."""
    for param in content_type.split(";")[1:]:
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset":
            name = value.strip().strip("\"'")
            try:
                # Not b"": decoding nothing looks no codec up. Also refuses codecs that are not text
                # encodings (rot13, base64), which bytes.decode rejects with a LookupError.
                b"x".decode(name, errors="replace")
            except (LookupError, ValueError):
                return None  # an unknown name must not abort the run: read as if none were given
            return name.lower() or None
    return None


def _read_response(resp: httpcore.Response, url: str, max_bytes: int) -> Fetched:
    """The body of a final (not redirecting) response, refused on an error status, a type or a size."""
    if resp.status >= 400:
        reason: Any = resp.extensions.get("reason_phrase", b"")
        phrase = reason.decode("latin-1") if isinstance(reason, bytes) else str(reason)
        raise FetchError(url, f"HTTP {resp.status} {phrase}".rstrip())
    content_type = _header(resp.headers, b"content-type")
    media = content_type.split(";")[0].strip().lower()
    if media not in ALLOWED_TYPES:
        raise UnsupportedType(url, f"content type {media or 'missing'!r}; newsledger fetches "
                                   "HTML pages, RSS/Atom feeds, plain text and JSON")
    encoding = _header(resp.headers, b"content-encoding").lower()
    if encoding not in ("", "identity"):
        raise UnsupportedType(url, f"content encoding {encoding!r}; newsledger asks for and reads "
                                   "uncompressed responses only")
    declared = _header(resp.headers, b"content-length")
    if declared.isdigit() and int(declared) > max_bytes:
        raise TooLarge(url, f"{int(declared):,} bytes, over the size limit of {max_bytes:,} (setting max_bytes)")
    body = bytearray()
    for chunk in resp.iter_stream():  # counted as it comes: a server may send more than it declared
        body += chunk
        if len(body) > max_bytes:
            raise TooLarge(url, f"response over the size limit of {max_bytes:,} bytes (setting max_bytes)")
    return Fetched(url, media, ALLOWED_TYPES[media], _charset(content_type), bytes(body))
