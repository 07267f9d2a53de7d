"""``newsledger serve``: the HTTP API and the web UI over one ledger (:mod:`newsledger.web`).

FastAPI and uvicorn are imported when the command runs, so ``newsledger --help`` stays quick.
"""

from __future__ import annotations

import os

import click

from ..errors import NewsledgerError
from .options import as_click_error

__all__ = ["register"]

TOKEN_ENV = "NEWSLEDGER_TOKEN"


@click.command()
@click.option("--db", metavar="PATH|URL", envvar="NEWSLEDGER_DB", show_envvar=True,
              help="Ledger: an SQLite file (default ./newsledger.db) or a postgresql:// URL.")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to bind; another than 127.0.0.1 exposes the ledger to the network.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="Port to listen on.")
@click.option("--token", metavar="TOKEN", default=None,
              help=f"Turn writes on (POST /api/documents); clients send it as a bearer token. "
                   f"Also read from ${TOKEN_ENV}. Without it the server is read-only.")
@click.option("--cors-origin", "cors_origins", multiple=True, metavar="ORIGIN",
              help="Allow cross-origin requests from ORIGIN (repeatable); CORS is off by default.")
@click.option("--max-body", default=5_000_000, show_default=True, type=click.IntRange(1, None), metavar="BYTES",
              help="Largest request body accepted.")
@click.option("--allow-private", is_flag=True,
              help="Let POST /api/analyze and /api/documents fetch URLs on private and loopback addresses.")
def serve(db: str | None, host: str, port: int, token: str | None, cors_origins: tuple[str, ...], max_body: int,
          allow_private: bool) -> None:
    """Serve the ledger: a JSON API under /api (OpenAPI at /openapi.json, docs at /docs) and a web UI at /."""
    import uvicorn

    from ..web.app import create_app
    from ..web.deps import ServerConfig

    token = token or os.environ.get(TOKEN_ENV) or None
    try:
        app = create_app(ServerConfig(db=db, token=token, max_body_bytes=max_body, cors_origins=cors_origins,
                                      allow_private=allow_private))
    except NewsledgerError as exc:
        raise as_click_error(exc) from exc
    click.echo(f"newsledger: serving {app.state.store.where} on http://{host}:{port}/ "
               f"(writes {'on' if token else 'off'})", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")


def register(cli: click.Group) -> None:
    """Add ``serve`` to the ``newsledger`` group."""
    cli.add_command(serve)
