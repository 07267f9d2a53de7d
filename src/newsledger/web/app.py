"""The application: the API under ``/api``, the web UI at ``/``, static assets under ``/static``."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from .. import __version__
from .deps import ServerConfig

__all__ = ["create_app"]

STATIC = Path(__file__).parent / "static"


def create_app(config: ServerConfig) -> FastAPI:
    """The API and the UI over the ledger ``config.db``, opened read-only (a missing ledger is a
    :class:`~newsledger.errors.ConfigError` here, before the server starts)."""
    from ..store import Ledger as Store

    store = Store(config.db, read_only=True)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        store.close()

    app = FastAPI(title="newsledger", version=__version__, lifespan=lifespan,
                  description="The newsledger ledger: statements, events, actors, agreements, claims, "
                              "conflicts and documents, each record with the character offsets of its evidence.")
    app.state.config = config
    app.state.store = store
    from . import api, edge, pages

    edge.install(app, config)  # the API's error bodies, body limit, CORS (only when asked) and schema
    app.include_router(api.router, prefix="/api")
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    return app
