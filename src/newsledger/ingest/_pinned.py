"""The network side of :func:`newsledger.ingest.web.fetch`: pinned addresses and one deadline.

A separate module so that httpcore is imported only when a URL is fetched.
:class:`PinnedBackend` is an httpcore network backend that connects a host only
to the addresses ``fetch`` resolved and checked for it (never resolving the
name again), and clamps every connect, read, write and TLS handshake to the
time left before the fetch's deadline: a server that drips one byte every few
seconds cannot hold a fetch past it.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

import httpcore

if TYPE_CHECKING:
    import ssl

__all__ = ["PinnedBackend"]

_SocketOption = tuple[int, int, int] | tuple[int, int, bytes | bytearray] | tuple[int, int, None, int]


class _Clock:
    """The time left before a deadline (``time.monotonic`` seconds)."""

    def __init__(self, end: float) -> None:
        self.end = end

    def clamp(self, timeout: float | None, error: type[Exception]) -> float:
        """``timeout`` cut to the time left; ``error`` once none is left."""
        left = self.end - time.monotonic()
        if left <= 0:
            raise error("the fetch's deadline passed")
        return left if timeout is None else min(timeout, left)


class _DeadlineStream(httpcore.NetworkStream):
    """A connected stream whose every operation ends by the deadline."""

    def __init__(self, stream: httpcore.NetworkStream, clock: _Clock) -> None:
        self._stream = stream
        self._clock = clock

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, self._clock.clamp(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, self._clock.clamp(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(self, ssl_context: ssl.SSLContext, server_hostname: str | None = None,
                  timeout: float | None = None) -> httpcore.NetworkStream:
        # server_hostname is the URL's host (httpcore passes it), so SNI and the certificate check use the
        # name, while the socket underneath stays on the pinned address.
        tls = self._stream.start_tls(ssl_context, server_hostname, self._clock.clamp(timeout, httpcore.ConnectTimeout))
        return _DeadlineStream(tls, self._clock)

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class PinnedBackend(httpcore.NetworkBackend):
    """Connects each host only to the addresses pinned for it, within the deadline ``end``."""

    def __init__(self, end: float) -> None:
        self._clock = _Clock(end)
        self._pins: dict[str, tuple[str, ...]] = {}
        self._tcp = httpcore.SyncBackend()

    def pin(self, host: str, addresses: Sequence[str]) -> None:
        """Checked addresses for ``host`` (as the URL spells it); the next connection uses only these."""
        self._pins[host.lower()] = tuple(addresses)

    def connect_tcp(self, host: str, port: int, timeout: float | None = None, local_address: str | None = None,
                    socket_options: Iterable[_SocketOption] | None = None) -> httpcore.NetworkStream:
        """Connect to the first pinned address of ``host`` that answers; an unpinned host is never tried."""
        addresses = self._pins.get(host.lower())
        if not addresses:
            raise httpcore.ConnectError(f"{host} was not resolved and checked before connecting")
        failure: Exception | None = None
        for address in addresses:  # bounded: the checked addresses, each within the deadline
            try:
                stream = self._tcp.connect_tcp(address, port,
                                               self._clock.clamp(timeout, httpcore.ConnectTimeout),
                                               local_address, socket_options)
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                failure = exc
                continue
            return _DeadlineStream(stream, self._clock)
        raise failure if failure else httpcore.ConnectError(f"no address to connect to for {host}")

    def connect_unix_socket(self, path: str, timeout: float | None = None,
                            socket_options: Iterable[_SocketOption] | None = None) -> httpcore.NetworkStream:
        """Never used: fetches go over TCP only."""
        raise httpcore.ConnectError("unix sockets are not fetched")

    def sleep(self, seconds: float) -> None:
        """Sleep (httpcore's retry back-off; no retries are configured)."""
        time.sleep(seconds)
