"""Fetch articles and feeds over HTTP(S), defensively.

Every fetch has a timeout, a size cap (``Settings.max_bytes``, checked on the
``Content-Length`` header and again while streaming), a content-type check
and at most ``max_redirects`` redirects, each of which is checked again. Hosts
that resolve to private, loopback, link-local, multicast, reserved or
unspecified addresses are refused unless ``allow_private`` is set: a URL
found in a feed must not make newsledger probe the machine's own network.
(The check resolves the host before connecting; it does not defend against a
DNS server that answers differently a moment later.)

::

    InputError
    └── FetchError          unreachable, timed out, HTTP error, too many redirects
        └── RefusedAddress  a private/loopback/link-local address, not allowed
"""

from __future__ import annotations

import ipaddress
import socket
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urljoin, urlsplit

from .. import __version__
from ..errors import InputError, TooLarge, UnsupportedType

if TYPE_CHECKING:
    import httpx

__all__ = ["ALLOWED_TYPES", "FetchError", "Fetched", "RefusedAddress", "check_host", "fetch", "is_url"]

ALLOWED_TYPES = {
    "text/html": "html", "application/xhtml+xml": "html",
    "application/rss+xml": "feed", "application/atom+xml": "feed", "application/rdf+xml": "feed",
    "application/xml": "feed", "text/xml": "feed",
    "text/plain": "text", "application/json": "text", "application/x-ndjson": "text", "application/jsonl": "text",
}


class FetchError(InputError):
    """A URL that could not be fetched."""


class RefusedAddress(FetchError):
    """A URL whose host is on a private, loopback or link-local network, and that was not allowed."""


@dataclass(frozen=True, slots=True)
class Fetched:
    """What a URL answered: the final address, its type and the body, as fetched."""

    url: str  # after redirects
    content_type: str  # media type only, lower case
    kind: str  # html | feed | text
    charset: str | None
    body: bytes


def is_url(source: str) -> bool:
    """True for an http(s) address, which the readers fetch instead of opening as a file."""
    return source.lower().startswith(("http://", "https://"))


def check_host(url: str, allow_private: bool) -> None:
    """Refuse ``url`` when its host resolves to an address that is not public (unless allowed)."""
    parts = urlsplit(url)
    host = parts.hostname
    if not host:
        raise FetchError(url, "URL without a host")
    if allow_private:
        return
    try:
        infos = socket.getaddrinfo(host, parts.port or (443 if parts.scheme == "https" else 80),
                                   proto=socket.IPPROTO_TCP)
    except socket.gaierror as exc:
        raise FetchError(url, f"unreachable: cannot resolve host {host!r} ({exc.strerror})") from exc
    for info in infos:
        ip = ipaddress.ip_address(info[4][0])
        mapped = getattr(ip, "ipv4_mapped", None)
        ip = mapped or ip
        if (ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_multicast or ip.is_reserved
                or ip.is_unspecified):
            raise RefusedAddress(url, f"refused: {host} resolves to {ip}, a private/loopback/link-local address; "
                                      "pass --allow-private to fetch from local networks")


def fetch(url: str, *, max_bytes: int, timeout: float = 15.0, max_redirects: int = 5,
          allow_private: bool = False) -> Fetched:
    """GET ``url`` within the limits described in the module docstring."""
    import httpx

    headers = {"User-Agent": f"newsledger/{__version__} (+offline news ledger)", "Accept": ", ".join(ALLOWED_TYPES)}
    current = url
    try:
        with httpx.Client(timeout=timeout, follow_redirects=False, headers=headers) as client:
            for _ in range(max_redirects + 1):
                if not is_url(current):
                    raise UnsupportedType(current, "only http:// and https:// URLs are fetched")
                check_host(current, allow_private)
                with client.stream("GET", current) as resp:
                    if resp.is_redirect:
                        current = urljoin(current, resp.headers.get("location", ""))
                        continue
                    return _read_response(resp, current, max_bytes)
            raise FetchError(url, f"more than {max_redirects} redirects")
    except httpx.TimeoutException as exc:
        raise FetchError(current, f"timed out after {timeout:g} s ({type(exc).__name__})") from exc
    except httpx.HTTPError as exc:
        raise FetchError(current, f"unreachable: {type(exc).__name__}: {exc}") from exc


def _read_response(resp: httpx.Response, url: str, max_bytes: int) -> Fetched:
    """The body of a final (not redirecting) response, refused on an error status, a type or a size."""
    if resp.status_code >= 400:
        raise FetchError(url, f"HTTP {resp.status_code} {resp.reason_phrase}")
    media = resp.headers.get("content-type", "").split(";")[0].strip().lower()
    if media not in ALLOWED_TYPES:
        raise UnsupportedType(url, f"content type {media or 'missing'!r}; newsledger fetches "
                                   "HTML pages, RSS/Atom feeds, plain text and JSON")
    declared = resp.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > max_bytes:
        raise TooLarge(url, f"{int(declared):,} bytes, over the size limit of {max_bytes:,} (setting max_bytes)")
    body = bytearray()
    for chunk in resp.iter_bytes():  # counted as it comes: a server may send more than it declared
        body += chunk
        if len(body) > max_bytes:
            raise TooLarge(url, f"response over the size limit of {max_bytes:,} bytes (setting max_bytes)")
    return Fetched(str(resp.url), media, ALLOWED_TYPES[media], resp.charset_encoding, bytes(body))
