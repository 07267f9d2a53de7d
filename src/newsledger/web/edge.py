"""What the API adds to the application: its error bodies, the request body limit, CORS, the
analysis format's schema in /openapi.json, and the security headers of the interactive docs' pages
(:func:`install`, called once by :func:`.app.create_app`).

Under ``/api`` every error is JSON ``{"error": ...}``: a bad query value (a date, a limit out of
range, a cursor, a filter the query layer refuses) is 400, where FastAPI would answer 422; the
web pages keep FastAPI's own answers. A body over ``ServerConfig.max_body_bytes`` is refused with
413, by its Content-Length or, without one, as soon as the streamed bytes pass the limit.

The docs' page (Swagger UI) starts its bundle with an inline script, so its
Content-Security-Policy (:class:`DocsHeaders`) allows that script by its SHA-256 hash, and inline
styles, which the bundle sets; the rest is the UI's policy: nothing from another origin.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from collections.abc import Iterable
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exception_handlers import http_exception_handler, request_validation_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.utils import get_openapi
from fastapi.responses import JSONResponse, Response
from starlette.datastructures import MutableHeaders
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..errors import InputError, QueryError
from .deps import ServerConfig

__all__ = ["BodyLimit", "DocsHeaders", "docs_csp", "install"]

API = "/api"


def _in_api(request: Request) -> bool:
    return request.url.path == API or request.url.path.startswith(API + "/")


def _error(status: int, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status, headers=headers)


def _validation_message(exc: RequestValidationError) -> str:
    parts = []
    for err in exc.errors():
        where = ".".join(str(x) for x in err.get("loc", ()) if x not in ("query", "path", "body"))
        parts.append(f"{where or 'request'}: {err.get('msg', 'invalid')}")
    return "; ".join(parts) or "invalid request"


async def _on_validation(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    if not _in_api(request):
        return await request_validation_exception_handler(request, exc)
    return _error(400, _validation_message(exc))


async def _on_http(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, StarletteHTTPException)
    if not _in_api(request):
        return await http_exception_handler(request, exc)
    return _error(exc.status_code, str(exc.detail), dict(exc.headers) if exc.headers else None)


async def _on_query(request: Request, exc: Exception) -> Response:
    return _error(400, str(exc))


async def _on_input(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, InputError)
    return _error(400, f"{exc.origin}: {exc.reason}" if exc.origin else exc.reason)


class BodyLimit:
    """ASGI middleware: a request body of more than ``max_bytes`` is answered 413 before the app reads it."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        length = dict(scope["headers"]).get(b"content-length")
        if length is not None:
            try:
                declared = int(length)
            except ValueError:
                await _error(400, "Content-Length is not a number")(scope, receive, send)
                return
            if declared > self.max_bytes:
                await self._too_large(scope, receive, send)
                return
        chunks, size = [], 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_bytes:
                await self._too_large(scope, receive, send)
                return
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        body, replayed = b"".join(chunks), False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    async def _too_large(self, scope: Scope, receive: Receive, send: Send) -> None:
        await _error(413, f"request body over the limit of {self.max_bytes:,} bytes")(scope, receive, send)


_INLINE_SCRIPT = re.compile(rb"<script([^>]*)>(.*?)</script>", re.S | re.I)


def docs_csp(html: bytes) -> str:
    """The Content-Security-Policy of a docs page: its own inline scripts (by hash) and the
    package's files may run; styles may be inline; nothing is loaded from another origin."""
    hashes = sorted({"'sha256-" + base64.b64encode(hashlib.sha256(m.group(2)).digest()).decode() + "'"
                     for m in _INLINE_SCRIPT.finditer(html) if b"src=" not in m.group(1).lower()})
    return ("default-src 'self'; " + " ".join(["script-src 'self'", *hashes]) + "; style-src 'self' 'unsafe-inline'; "
            "img-src 'self' data:; worker-src 'self' blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
            "form-action 'self'; frame-ancestors 'none'")


class DocsHeaders:
    """ASGI middleware: the docs' pages (``paths``) get :func:`docs_csp` and the UI's other headers."""

    def __init__(self, app: ASGIApp, paths: Iterable[str]) -> None:
        self.app = app
        self.paths = frozenset(paths)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"] not in self.paths:
            await self.app(scope, receive, send)
            return
        start: Message = {}
        chunks: list[bytes] = []

        async def hold(message: Message) -> None:
            nonlocal start
            if message["type"] == "http.response.start":
                start = message
                return
            if message["type"] != "http.response.body":
                await send(message)
                return
            chunks.append(message.get("body", b""))
            if message.get("more_body", False):
                return
            body = b"".join(chunks)
            headers = MutableHeaders(scope=start)
            if headers.get("content-type", "").startswith("text/html"):
                headers["Content-Security-Policy"] = docs_csp(body)
            headers.update({"X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer",
                            "X-Frame-Options": "DENY"})
            await send(start)
            await send({"type": "http.response.body", "body": body, "more_body": False})

        await self.app(scope, receive, hold)


def _analysis_schema() -> dict[str, Any]:
    """The shipped JSON Schema of newsledger.analysis/1, its ``$defs`` inlined, for /openapi.json."""
    from ..schema import load_schema

    schema = json.loads(json.dumps(load_schema()))
    defs = schema.pop("$defs", {})
    for key in ("$schema", "$id"):
        schema.pop(key, None)

    def inline(node: Any) -> Any:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/$defs/"):
                return inline({**defs[ref.removeprefix("#/$defs/")], **{k: v for k, v in node.items() if k != "$ref"}})
            return {k: inline(v) for k, v in node.items()}
        if isinstance(node, list):
            return [inline(v) for v in node]
        return node

    out: dict[str, Any] = inline(schema)
    return out


def install(app: FastAPI, config: ServerConfig, docs_pages: Iterable[str] = ()) -> None:
    """The API's error bodies, body limit, CORS (only with ``config.cors_origins``), schema components,
    and the docs' pages' headers (:class:`DocsHeaders` on ``docs_pages``)."""
    app.add_exception_handler(RequestValidationError, _on_validation)
    app.add_exception_handler(StarletteHTTPException, _on_http)
    app.add_exception_handler(QueryError, _on_query)
    app.add_exception_handler(InputError, _on_input)
    app.add_middleware(BodyLimit, max_bytes=config.max_body_bytes)
    app.add_middleware(DocsHeaders, paths=tuple(docs_pages))
    if config.cors_origins:
        from fastapi.middleware.cors import CORSMiddleware

        app.add_middleware(CORSMiddleware, allow_origins=list(config.cors_origins), allow_methods=["GET", "POST"],
                           allow_headers=["Authorization", "Content-Type"])

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            schema = get_openapi(title=app.title, version=app.version, description=app.description,
                                 routes=app.routes)
            schema.setdefault("components", {}).setdefault("schemas", {})["Analysis"] = _analysis_schema()
            app.openapi_schema = schema
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
