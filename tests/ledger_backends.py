"""Test helpers for the ledger: one fixture over both backends, and builders of hand-made analyses.

PostgreSQL is the server on this machine (``$NEWSLEDGER_TEST_PG``, default
``postgresql://postgres@127.0.0.1:5432/test``). Each test gets its own schema,
dropped afterwards, so parallel runs never see each other's rows. When the
server cannot be reached the PostgreSQL cases fail with that reason rather than
being skipped: CI starts the server, and a silent skip would hide a broken store.
"""

from __future__ import annotations

import datetime as dt
import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsledger.models import Agreement, Analysis, Document, Entity, Event, Label, Span, Stance, Statement, TimeExpr

PG_ENV = "NEWSLEDGER_TEST_PG"
PG_DEFAULT = "postgresql://postgres@127.0.0.1:5432/test"
BACKENDS = ["sqlite", "postgresql"]


def pg_base() -> str:
    return os.environ.get(PG_ENV, PG_DEFAULT)


def pg_schema_url(schema: str) -> str:
    base = pg_base()
    return base + ("&" if "?" in base else "?") + f"schema={schema}"


def drop_pg_schema(schema: str) -> None:
    import psycopg

    with psycopg.connect(pg_base(), autocommit=True, connect_timeout=10) as conn:
        conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')


def check_pg() -> None:
    import psycopg

    try:
        psycopg.connect(pg_base(), connect_timeout=5).close()
    except psycopg.OperationalError as exc:
        pytest.fail(f"PostgreSQL at {pg_base()} is unreachable ({str(exc).strip()}); start it, or point "
                    f"{PG_ENV} at a server where the test user may create schemas", pytrace=False)


def new_url(backend: str, tmp_path: Path) -> tuple[str, str | None]:
    """A fresh, empty ledger location and, for PostgreSQL, the schema to drop afterwards."""
    if backend == "sqlite":
        return str(tmp_path / f"ledger-{uuid.uuid4().hex[:6]}.db"), None
    check_pg()
    schema = f"nltest_{os.getpid()}_{uuid.uuid4().hex[:10]}"
    return pg_schema_url(schema), schema


@pytest.fixture(params=BACKENDS)
def ledger_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty ledger on each backend."""
    url, schema = new_url(request.param, tmp_path)
    yield url
    if schema:
        drop_pg_schema(schema)


@pytest.fixture
def ledger(ledger_url: str):
    from newsledger.store import Ledger

    with Ledger(ledger_url) as led:
        yield led


# --- hand-built analyses -------------------------------------------------------------------------

def find(doc: Document, surface: str, nth: int = 0) -> Span:
    """The ``nth`` occurrence of ``surface`` in the document, as a span (fails loudly when absent)."""
    start = -1
    for _ in range(nth + 1):
        start = doc.text.index(surface, start + 1)
    return doc.span(start, start + len(surface))


def document(text: str, outlet: str, published: str) -> Document:
    return Document(text=text, source=outlet, published=dt.date.fromisoformat(published), origin=f"{outlet}.txt")


def entity(doc: Document, eid: str, name: str, type_: str, country: str | None, *surfaces: str) -> Entity:
    return Entity(eid, name, type_, tuple(find(doc, s) for s in (surfaces or (name,))), country)  # type: ignore[arg-type]


def agreement_article(text: str, outlet: str, published: str, parties: list[tuple[str, str, str, str]],
                      speaker: tuple[str, str, str, str], label: str, subject: str = "security",
                      stance: str | None = None) -> Analysis:
    """An article reporting what ``speaker`` calls an agreement between ``parties``.

    Each actor is ``(surface, name, type, country)``; the speaker labels the agreement ``label``
    (a surface in the text) and, where ``stance`` is given, supports or opposes it.
    """
    doc = document(text, outlet, published)
    ents, ids = [], {}
    for i, (surface, name, type_, country) in enumerate([*parties, speaker], 1):
        if name in ids:
            continue
        ids[name] = f"e{i}"
        ents.append(entity(doc, f"e{i}", name, type_, country, surface))
    by = ids[speaker[1]]
    stances = (Stance(by, stance, find(doc, label)),) if stance else ()  # type: ignore[arg-type]
    agr = Agreement("a1", tuple(ids[p[1]] for p in parties), subject, (Label(label, by, find(doc, label)),),
                    stances=stances)
    stmt = Statement("s1", "indirect", find(doc, label), by, speaker[0], "said")
    return Analysis(doc, entities=tuple(ents), statements=(stmt,), agreements=(agr,))


def event_article(text: str, outlet: str, published: str, type_: str, source: tuple[str, str, str, str],
                  target: tuple[str, str, str, str], evidence: str, polarity: str = "asserted",
                  when: tuple[str, str] | None = None) -> Analysis:
    """An article reporting one event ``source`` -> ``target``, dated by ``when`` (surface, ISO day)."""
    doc = document(text, outlet, published)
    ents = (entity(doc, "e1", source[1], source[2], source[3], source[0]),
            entity(doc, "e2", target[1], target[2], target[3], target[0]))
    times = ()
    if when:
        times = (TimeExpr("t1", find(doc, when[0]), when[1], "day", "published", dt.date.fromisoformat(when[1])),)
    ev = Event("v1", type_, find(doc, evidence), source="e1", target="e2", date="t1" if when else None,
               polarity=polarity)  # type: ignore[arg-type]
    return Analysis(doc, entities=ents, times=times, events=(ev,))
