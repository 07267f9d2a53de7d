"""Property test of the API against its own /openapi.json (schemathesis): no request it documents, with
values drawn from the schema (valid and not), makes the server fail (500), and every answer it gives
matches the schema it documents. Bounded: a few examples per operation, on a ledger of real articles
on each backend; the POSTs run with the token, on text only (a URL would be fetched)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import response_schema_conformance

sys.path.insert(0, str(Path(__file__).resolve().parent))
from api_ledger import TOKEN, analyses_fixture, make_client, served_fixture  # noqa: F401

pytestmark = pytest.mark.schema


@pytest.fixture(scope="module")
def api_schema(served: str):
    client = make_client(served, token=TOKEN, max_body_bytes=20_000)
    return schemathesis.openapi.from_asgi("/openapi.json", client.app)


schema = schemathesis.pytest.from_fixture("api_schema")


@schema.exclude(path="/api/analyze").exclude(path="/api/documents", method="POST").parametrize()
@settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
def test_reads_never_fail(case) -> None:
    case.call_and_validate(checks=[not_a_server_error, response_schema_conformance])


@schema.include(method="POST").parametrize()
@settings(max_examples=4, deadline=None, suppress_health_check=list(HealthCheck))
def test_writes_never_fail(case) -> None:
    if isinstance(case.body, dict) and case.body.get("url") is not None:
        case.body = {**case.body, "url": None, "text": str(case.body["url"])}
    case.call_and_validate(headers={"Authorization": f"Bearer {TOKEN}"}, checks=[not_a_server_error])
