"""Engines and migrations: one place that knows how SQLite and PostgreSQL are opened.

A ledger location is a file path (SQLite, the default: ``./newsledger.db``,
or ``$NEWSLEDGER_DB``) or a ``postgresql://`` URL. A PostgreSQL URL may carry
``?schema=NAME`` to keep the ledger in its own schema (created on first use),
which is how tests and several ledgers share one database.

SQLite runs in WAL mode (readers never block the writer) with foreign keys on.
Writers take the write lock at the start of each transaction (``BEGIN
IMMEDIATE``), so the checks a document's write makes ("is it here already?",
"which actor is this?") cannot go stale before it commits; PostgreSQL writers
serialise on a transaction-scoped advisory lock for the same reason.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import Connection, make_url

from ..errors import ConfigError

__all__ = ["DEFAULT_DB", "ENV_DB", "WRITE_LOCK", "migrate", "open_engines", "resolve_url", "write_lock"]

ENV_DB = "NEWSLEDGER_DB"
DEFAULT_DB = "newsledger.db"
WRITE_LOCK = 0x6E6C6467  # "nldg": the advisory lock id PostgreSQL writers take
_SCHEMA_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,62}$")


def resolve_url(db: str | None = None) -> str:
    """``--db`` value, else ``$NEWSLEDGER_DB``, else ``./newsledger.db`` -> an SQLAlchemy URL."""
    value = db or os.environ.get(ENV_DB) or DEFAULT_DB
    if value.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + value.split("://", 1)[1]
    if value.startswith(("postgresql+psycopg://", "sqlite://")):
        return value
    if "://" in value:
        raise ConfigError(f"unsupported ledger URL {value!r}: give a file path (SQLite) or postgresql://...")
    return "sqlite:///" + str(Path(value).expanduser())


def _sqlite_engines(url: str) -> tuple[Engine, Engine]:
    def pragmas(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # we issue BEGIN ourselves (below)
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=NORMAL")  # durable at checkpoints; WAL keeps the file consistent
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA busy_timeout=60000")
        cur.close()

    engines = []
    for begin in ("BEGIN", "BEGIN IMMEDIATE"):
        engine = create_engine(url, connect_args={"check_same_thread": False})
        event.listen(engine, "connect", pragmas)
        event.listen(engine, "begin", lambda conn, _b=begin: conn.exec_driver_sql(_b))
        engines.append(engine)
    return engines[0], engines[1]


def open_engines(url: str) -> tuple[Engine, Engine]:
    """(reader, writer) engines for ``url``; the same engine twice on PostgreSQL."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database
        if not database or database == ":memory:" or "mode=memory" in url:
            # Readers, the writer and the ingest's writer process each open their own connection, and an
            # in-memory database exists only inside the connection that made it.
            raise ConfigError("a ledger cannot live in memory: give a file (--db ledger.db) or a postgresql:// URL")
        Path(database).parent.mkdir(parents=True, exist_ok=True)
        return _sqlite_engines(url)
    if parsed.get_backend_name() != "postgresql":
        raise ConfigError(f"unsupported database {parsed.get_backend_name()!r}; newsledger uses SQLite or PostgreSQL")
    schema = parsed.query.get("schema")
    connect_args: dict[str, Any] = {"connect_timeout": 10}
    if schema is not None:
        if not isinstance(schema, str) or not _SCHEMA_NAME.match(schema):
            raise ConfigError(f"schema={schema!r} is not a plain SQL identifier")
        parsed = parsed.difference_update_query(["schema"])
        connect_args["options"] = f"-csearch_path={schema}"
    engine = create_engine(parsed, connect_args=connect_args, pool_pre_ping=True)
    if schema is not None:
        with engine.begin() as conn:
            conn.execute(text(f'CREATE SCHEMA IF NOT EXISTS "{schema}"'))
    return engine, engine


def migrate(engine: Engine, revision: str = "head", *, downgrade: bool = False) -> None:
    """Bring the schema to ``revision`` with the migrations shipped in the package (down with ``downgrade``)."""
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", "newsledger.store:migrations")
    with engine.connect() as conn:
        sqlite_fks = conn.dialect.name == "sqlite"
        if sqlite_fks:
            # SQLite changes a column by copying the table; foreign keys must be off for the copy, and
            # that can only be switched outside a transaction.
            conn.connection.dbapi_connection.execute("PRAGMA foreign_keys=OFF")  # type: ignore[union-attr]
        try:
            with conn.begin():
                write_lock(conn)
                cfg.attributes["connection"] = conn
                (command.downgrade if downgrade else command.upgrade)(cfg, revision)
        finally:
            if sqlite_fks:
                conn.connection.dbapi_connection.execute("PRAGMA foreign_keys=ON")  # type: ignore[union-attr]


def write_lock(conn: Connection) -> None:
    """Serialise ledger writers on PostgreSQL: one lock per schema, so ledgers side by side never wait on each other."""
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:k, hashtext(current_schema()))"), {"k": WRITE_LOCK})

