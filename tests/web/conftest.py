"""A ledger built from real articles, served by ``newsledger serve``'s application, for the page tests.

The articles: PolNeAR dev texts (real news, from ``$NEWSLEDGER_EVAL_DATA``), the project's own
articles in ``tests/data/web/articles.jsonl`` (two outlets labelling one agreement differently, so the
agreement and conflict pages have content) and one hostile article whose text, title, outlet and URL
try to inject markup and script. Each is analysed once per session by the real pipeline.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/ is not a package

from ledger_backends import BACKENDS, drop_pg_schema, ledger_url, new_url  # noqa: F401  (ledger_url: a fixture)
from newsledger.models import Analysis, Document

DATA = Path(__file__).resolve().parents[1] / "data" / "web"
POLNEAR_DOCS = 6  # real articles from the PolNeAR dev set

# Every way an article could try to run script or break out of its place on the page.
HOSTILE_TEXT = (
    "Officials in Vantria said on Tuesday that <script>alert('text')</script> was found in the report.\n"
    "\"We reject the claim \"><img src=x onerror=alert('img')> entirely,\" the minister Ilse Brandt said in Vantria.\n"
    "A link javascript:alert('link') and a closing </textarea></title><svg onload=alert('svg')> tag were quoted.\n"
    "Reversed words \u202egnp.exe\u202c and an isolate \u2067<b>bold</b>\u2069 ended the note.")
HOSTILE_TITLE = "<script>alert('title')</script> Vantria \u202eeltit"
HOSTILE_OUTLET = "<b onmouseover=alert('outlet')>Hostile Wire</b>"
HOSTILE_URL = "javascript:alert('url')"
# What must never appear unescaped in any page.
INJECTED = ("<script>alert", "<img src=x", "<svg onload", "<b onmouseover", "<b>bold", "onerror=alert('img')>",
            "href=\"javascript:", "</textarea></title>")


@dataclass
class Site:
    client: object  # fastapi.testclient.TestClient
    url: str
    backend: str
    hostile: str  # the hostile article's id
    polnear: list[str]  # ids of the real articles


def polnear_documents() -> list[Document]:
    value = os.environ.get("NEWSLEDGER_EVAL_DATA")
    if not value:
        pytest.skip("NEWSLEDGER_EVAL_DATA is not set: the page tests need real articles (PolNeAR dev texts)")
    path = Path(value) / "quotes_polnear" / "dev.jsonl"
    if not path.is_file():
        pytest.fail(f"{path} is missing from NEWSLEDGER_EVAL_DATA={value}")
    docs = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            if len(row["text"]) > 6000:  # keep the session short: mid-sized articles
                continue
            docs.append(Document(text=row["text"], source=row.get("publisher"), title=row.get("title"),
                                 published=dt.date.fromisoformat(row["date"]) if row.get("date") else None,
                                 origin=f"polnear:{row['doc_id']}"))
            if len(docs) == POLNEAR_DOCS:
                break
    return docs


def own_documents() -> list[Document]:
    docs = []
    for i, line in enumerate((DATA / "articles.jsonl").read_text(encoding="utf-8").splitlines()):
        row = json.loads(line)
        docs.append(Document(text=row["text"], source=row["source"], url=row["url"], title=row["title"],
                             published=dt.date.fromisoformat(row["published"]), origin=f"articles.jsonl:{i + 1}"))
    return docs


def hostile_document() -> Document:
    return Document(text=HOSTILE_TEXT, source=HOSTILE_OUTLET, url=HOSTILE_URL, title=HOSTILE_TITLE,
                    published=dt.date(2024, 2, 21), origin="hostile")


@pytest.fixture(scope="session")
def analyses() -> list[Analysis]:
    from newsledger import load_settings
    from newsledger.pipeline import analyze_documents

    docs = [*polnear_documents(), *own_documents(), hostile_document()]
    out = [a for a in analyze_documents(docs, load_settings()) if isinstance(a, Analysis)]
    assert len(out) == len(docs), "an article of the page tests was skipped by the pipeline"
    return out


def build(url: str, analyses: list[Analysis]) -> None:
    from newsledger.store import Ledger

    with Ledger(url) as ledger:
        ledger.add_many(analyses)


@pytest.fixture(scope="module")
def sqlite_ledger(analyses: list[Analysis], tmp_path_factory: pytest.TempPathFactory) -> str:
    """An SQLite ledger file of the articles (the browser test serves it)."""
    path = str(tmp_path_factory.mktemp("sqlite-ledger") / "ledger.db")
    build(path, analyses)
    return path


@pytest.fixture(scope="module", params=BACKENDS)
def site(request: pytest.FixtureRequest, analyses: list[Analysis],
         tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    """The application over a ledger of the articles, on each backend."""
    from fastapi.testclient import TestClient

    from newsledger.web.app import create_app
    from newsledger.web.deps import ServerConfig

    url, schema = new_url(request.param, tmp_path_factory.mktemp("site"))
    try:
        build(url, analyses)
        with TestClient(create_app(ServerConfig(db=url))) as client:
            yield Site(client, url, request.param, analyses[-1].document.id,
                       [a.document.id for a in analyses if a.document.origin.startswith("polnear:")])
    finally:
        if schema:
            drop_pg_schema(schema)
