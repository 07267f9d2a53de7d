"""What every request handler shares: the server's settings and its read-only ledger."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from fastapi import Request

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

    from ..store import Ledger as Store

__all__ = ["ServerConfig", "config", "connection", "store"]


@dataclass(frozen=True, slots=True)
class ServerConfig:
    """How the server was started (``newsledger serve`` options)."""

    db: str | None  # an SQLite file or a postgresql:// URL (None: $NEWSLEDGER_DB or ./newsledger.db)
    token: str | None = None  # writes (POST /documents, /analyze) need it as a bearer token; None: writes off
    max_body_bytes: int = 5_000_000
    cors_origins: tuple[str, ...] = ()  # none: CORS off
    allow_private: bool = False  # POST /analyze and /documents may fetch private addresses (as ingest)


def config(request: Request) -> ServerConfig:
    cfg: ServerConfig = request.app.state.config
    return cfg


def store(request: Request) -> Store:
    """The read-only ledger, opened once per application."""
    s: Store = request.app.state.store
    return s


def connection(request: Request) -> Iterator[Connection]:
    """A read connection for one request (FastAPI dependency)."""
    with store(request).read() as conn:
        yield conn
