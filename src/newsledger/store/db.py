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

Only a writer (``newsledger ingest``) creates or migrates a ledger, under
that same lock, so two processes opening a new ``?schema=`` at once neither
race to create it nor run the migrations twice. Readers open the database
read-only (SQLite ``mode=ro``, a PostgreSQL read-only session) and first
check that it holds a ledger at this version's revision: pointed at another
application's database they say so and change nothing.
"""

from __future__ import annotations

import os
import re
import sqlite3
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.pool import QueuePool

from ..errors import ConfigError

__all__ = ["DEFAULT_DB", "ENV_DB", "WRITE_LOCK", "check_ledger", "head_revision", "migrate", "open_engines",
           "resolve_url", "write_lock"]

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


def _sqlite_read_only(path: str) -> Engine:
    """An engine that can only read ``path``: no file is created, no journal mode switched, nothing written."""
    if not Path(path).is_file():
        raise ConfigError(f"no ledger at {path}; create one with `newsledger ingest`")
    uri = f"file:{quote(str(Path(path).resolve()))}?mode=ro"

    def connect() -> sqlite3.Connection:
        conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
        conn.execute("PRAGMA busy_timeout=60000")
        return conn

    # A pool of connections, as a file URL gets: the "sqlite://" URL alone would pick SQLAlchemy's
    # in-memory pool (one connection per thread, five kept), which closes the connections of other
    # threads while they are in use when more threads read at once (``newsledger serve``).
    return create_engine("sqlite://", creator=connect, poolclass=QueuePool, pool_size=8, max_overflow=24)


def open_engines(url: str, *, read_only: bool = False) -> tuple[Engine, Engine]:
    """(reader, writer) engines for ``url``; the same engine twice on PostgreSQL, or when ``read_only``."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database
        if not database or database == ":memory:" or "mode=memory" in url:
            # Readers, the writer and the ingest's writer process each open their own connection, and an
            # in-memory database exists only inside the connection that made it.
            raise ConfigError("a ledger cannot live in memory: give a file (--db ledger.db) or a postgresql:// URL")
        if read_only:
            engine = _sqlite_read_only(database)
            return engine, engine
        Path(database).parent.mkdir(parents=True, exist_ok=True)
        return _sqlite_engines(url)
    if parsed.get_backend_name() != "postgresql":
        raise ConfigError(f"unsupported database {parsed.get_backend_name()!r}; newsledger uses SQLite or PostgreSQL")
    schema = parsed.query.get("schema")
    connect_args: dict[str, Any] = {"connect_timeout": 10}
    options = []
    if schema is not None:
        if not isinstance(schema, str) or not _SCHEMA_NAME.match(schema):
            raise ConfigError(f"schema={schema!r} is not a plain SQL identifier")
        parsed = parsed.difference_update_query(["schema"])
        options.append(f"-csearch_path={schema}")
    if read_only:
        options.append("-cdefault_transaction_read_only=on")
    if options:
        connect_args["options"] = " ".join(options)
    # The schema itself is created by ``migrate``, under the write lock (see the module docstring).
    engine = create_engine(parsed, connect_args=connect_args, pool_pre_ping=True)
    return engine, engine


def _alembic_config() -> Any:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", "newsledger.store:migrations")
    return cfg


def _scripts() -> Any:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_alembic_config())


def head_revision() -> str:
    """The schema revision this version of newsledger reads and writes (the last migration shipped)."""
    head: str | None = _scripts().get_current_head()
    assert head is not None  # the package ships its migrations
    return head


def check_ledger(engine: Engine, where: str) -> None:
    """Raise :class:`ConfigError` unless ``engine``'s database holds a ledger at :func:`head_revision`.

    Reads only: this is what read-only commands do instead of migrating, so pointing them at another
    application's database, an empty one or an older ledger is a one-line error, with nothing changed.
    """
    with engine.connect() as conn:
        if conn.dialect.name == "sqlite":
            tables = [r[0] for r in conn.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        else:
            tables = [r[0] for r in conn.execute(text(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() "
                "ORDER BY table_name"))]
        revision = None
        if "alembic_version" in tables:
            revision = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    head = head_revision()
    if revision == head and "documents" in tables:
        return
    if not tables:
        raise ConfigError(f"no ledger at {where} (an empty database); create one with `newsledger ingest`")
    if revision is None or "documents" not in tables:
        shown = ", ".join(tables[:5]) + (f" and {len(tables) - 5} more" if len(tables) > 5 else "")
        raise ConfigError(f"{where} is not a newsledger ledger (it holds other tables: {shown}); "
                          "give the ledger's file or URL with --db")
    known = {script.revision for script in _scripts().walk_revisions()}
    if revision in known:
        raise ConfigError(f"the ledger at {where} has schema revision {revision} and this newsledger reads "
                          f"{head}; the next `newsledger ingest --db ...` into it upgrades it")
    raise ConfigError(f"the ledger at {where} has schema revision {revision}, unknown to this newsledger "
                      f"(it reads {head}): it was written by a newer version")


def migrate(engine: Engine, revision: str = "head", *, downgrade: bool = False) -> None:
    """Bring the schema to ``revision`` with the migrations shipped in the package (down with ``downgrade``).

    On PostgreSQL the ``?schema=`` is created here, after the write lock is taken, so that processes
    opening a new schema at once wait for each other instead of racing (each one alone can fail).
    """
    from alembic import command

    cfg = _alembic_config()
    with engine.connect() as conn:
        sqlite_fks = conn.dialect.name == "sqlite"
        if sqlite_fks:
            # SQLite changes a column by copying the table; foreign keys must be off for the copy, and
            # that can only be switched outside a transaction.
            conn.connection.dbapi_connection.execute("PRAGMA foreign_keys=OFF")  # type: ignore[union-attr]
        try:
            with conn.begin():
                write_lock(conn)
                _create_schema(conn)
                cfg.attributes["connection"] = conn
                (command.downgrade if downgrade else command.upgrade)(cfg, revision)
        finally:
            if sqlite_fks:
                conn.connection.dbapi_connection.execute("PRAGMA foreign_keys=ON")  # type: ignore[union-attr]


def _create_schema(conn: Connection) -> None:
    """Create the ``?schema=`` of a PostgreSQL URL (the one name on the session's search path) if missing."""
    if conn.dialect.name != "postgresql":
        return
    path = conn.execute(text("SELECT current_setting('search_path')")).scalar_one()
    if _SCHEMA_NAME.match(path):  # set by open_engines from ?schema=; the server default is '"$user", public'
        conn.execute(text(f'CREATE SCHEMA IF NOT EXISTS "{path}"'))


def write_lock(conn: Connection) -> None:
    """Serialise ledger writers on PostgreSQL: one lock per schema, so ledgers side by side never wait on each other.

    The key is the search path, not ``current_schema()``: that is NULL until the schema exists, and
    ``pg_advisory_xact_lock`` given a NULL takes no lock at all (the race two new schemas had).
    """
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:k, hashtext(current_setting('search_path')))"),
                     {"k": WRITE_LOCK})
