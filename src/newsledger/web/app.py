"""The application: the API under ``/api``, the web UI at ``/``, static assets under ``/static``, and
the interactive API docs (Swagger UI at ``/docs``) with its script and style served from the
``fastapi-offline`` package under ``/static-offline-docs``: no page loads anything from another site.
There is no ``/redoc``: ReDoc's bundle fetches its logo from its maker's site."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles
from fastapi_offline import FastAPIOffline

from .. import __version__
from .deps import ServerConfig

__all__ = ["DOCS_PAGES", "create_app"]

STATIC = Path(__file__).parent / "static"
# The interactive docs' pages (FastAPIOffline's defaults): Swagger UI and its OAuth2 redirect.
DOCS_PAGES = ("/docs", "/docs/oauth2-redirect")


def create_app(config: ServerConfig) -> FastAPI:
    """The API and the UI over the ledger ``config.db``, opened read-only (a missing ledger is a
    :class:`~newsledger.errors.ConfigError` here, before the server starts)."""
    from ..store import Ledger as Store

    store = Store(config.db, read_only=True)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        store.close()

    # validatorUrl None: Swagger UI would otherwise send the schema to an online validator.
    app = FastAPIOffline(title="newsledger", version=__version__, lifespan=lifespan, redoc_url=None,
                         swagger_ui_parameters={"validatorUrl": None},
                         description="The newsledger ledger: statements, events, actors, agreements, claims, "
                                     "conflicts and documents, each record with the character offsets of its "
                                     "evidence.")
    app.state.config = config
    app.state.store = store
    from . import api, edge, pages

    edge.install(app, config, DOCS_PAGES)  # error bodies, body limit, CORS (only when asked), schema, docs' CSP
    app.include_router(api.router, prefix="/api")
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    return app
