"""A ledger built from real articles through the real pipeline, served by the API, on both backends.

Test modules import the fixtures (``analyses_fixture``, ``served_fixture``, ``client_fixture``: the
fixtures ``analyses``, ``served`` and ``client``).

The articles: a few PolNeAR dev texts (from ``$NEWSLEDGER_EVAL_DATA``; left out when it is unset)
and two written for these tests, in which two outlets label one agreement differently (a conflict).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/ is not a package: ledger_backends

from ledger_backends import BACKENDS, drop_pg_schema, new_url

TOKEN = "test-token-0123456789"
POLNEAR_ARTICLES = 3

OWN = [
    ("Nile Courier", "2025-06-02", "Kenya and Ethiopia sign water accord",
     "Kenya and Ethiopia signed a water-sharing treaty in Nairobi on Monday, Kenyan officials said. "
     "Kenya's water minister Grace Wanjiru said the treaty would govern the flow of the Omo river for twenty years. "
     "Ethiopia's delegation did not comment after the ceremony."),
    ("Addis Monitor", "2025-06-03", "Ethiopia plays down Kenya deal",
     "Ethiopia's foreign ministry said the document signed with Kenya was a memorandum of understanding, not a "
     "treaty. The ministry said the memorandum sets out principles for talks on the Omo river. "
     "Kenyan troops crossed into the disputed Ilemi area on Tuesday, Ethiopian officials said."),
]


def _documents() -> list:
    from newsledger.models import Document

    docs = [Document(text=text, source=outlet, published=dt.date.fromisoformat(day), title=title,
                     url=f"https://example.org/{i}", origin=f"own-{i}")
            for i, (outlet, day, title, text) in enumerate(OWN)]
    root = os.environ.get("NEWSLEDGER_EVAL_DATA")
    if root:
        rows = [json.loads(line) for line in (Path(root) / "quotes_polnear" / "dev.jsonl").open(encoding="utf-8")]
        dev = sorted((r for r in rows if r["polnear_compartment"] == "dev"), key=lambda r: len(r["text"]))
        for r in dev[:POLNEAR_ARTICLES]:
            docs.append(Document(text=r["text"], source=r["publisher"], published=dt.date.fromisoformat(r["date"]),
                                 title=r["title"], origin=r["doc_id"]))
    return docs


@pytest.fixture(scope="session", name="analyses")
def analyses_fixture() -> list:
    from newsledger.models import Analysis
    from newsledger.pipeline import analyze_documents

    out = list(analyze_documents(_documents()))
    assert all(isinstance(a, Analysis) for a in out), out
    return out


@pytest.fixture(scope="module", params=BACKENDS, name="served")
def served_fixture(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory,
                   analyses: list) -> Iterator[str]:
    """The location of a ledger holding ``analyses``, on each backend."""
    from newsledger.store import Ledger

    url, schema = new_url(request.param, tmp_path_factory.mktemp("served"))
    with Ledger(url) as ledger:
        for a in analyses:
            ledger.add(a)
    yield url
    if schema:
        drop_pg_schema(schema)


def make_client(url: str, **config: object):
    from fastapi.testclient import TestClient

    from newsledger.web.app import create_app
    from newsledger.web.deps import ServerConfig

    return TestClient(create_app(ServerConfig(db=url, **config)))  # type: ignore[arg-type]


@pytest.fixture(scope="module", name="client")
def client_fixture(served: str) -> Iterator:
    with make_client(served, token=TOKEN, max_body_bytes=100_000) as c:
        yield c
