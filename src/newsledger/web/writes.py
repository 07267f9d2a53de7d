"""``POST /api/analyze`` and ``POST /api/documents``: analyse an article, and store it.

Both are off unless the server was started with a token, and then need it as a bearer token
(``Authorization: Bearer TOKEN``, compared in constant time). A URL is fetched as ``newsledger
ingest`` fetches one (public addresses only unless the server allows private ones). The spaCy
pipeline loads on the first request and is kept for the process; analyses run one at a time.
Stores go through a writable ledger opened for the request: the server's own is read-only.
"""

from __future__ import annotations

import hmac
import threading
from dataclasses import replace
from typing import TYPE_CHECKING, Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Request, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from . import models as m
from .deps import ServerConfig, config

if TYPE_CHECKING:
    from ..models import Analysis, Document
    from ..pipeline import Stage

__all__ = ["Analyzer", "router"]

_bearer = HTTPBearer(auto_error=False, description="The token the server was started with (--token).")

_DENIED = {401: {"model": m.ErrorBody, "description": "No bearer token."},
           403: {"model": m.ErrorBody, "description": "Writes are off, or the token is wrong."},
           413: {"model": m.ErrorBody, "description": "The body is over the server's limit."}}


def writer(cfg: Annotated[ServerConfig, Depends(config)],
           creds: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]) -> None:
    """Let the request through only with the server's token."""
    if cfg.token is None:
        raise HTTPException(403, "writes and analysis are off: the server was started without a token (--token)")
    if creds is None or creds.scheme.lower() != "bearer":
        raise HTTPException(401, "this needs the server's token: Authorization: Bearer TOKEN",
                            headers={"WWW-Authenticate": "Bearer"})
    if not hmac.compare_digest(creds.credentials.encode("utf-8", "surrogatepass"),
                               cfg.token.encode("utf-8", "surrogatepass")):
        raise HTTPException(403, "wrong token")


router = APIRouter(dependencies=[Depends(writer)], responses=_DENIED)  # type: ignore[arg-type]


class Analyzer:
    """The analysis pipeline, built on first use and shared by the requests of one process."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._stages: list[Stage] | None = None

    def analyze(self, document: Document) -> Analysis:
        from ..config import load_settings
        from ..errors import InputError
        from ..models import Skipped
        from ..pipeline import default_stages, run

        with self._lock:
            if self._stages is None:
                self._stages = default_stages(load_settings())
            (item,) = list(run([document], self._stages))
        if isinstance(item, Skipped):
            raise InputError(item.origin, item.reason)
        analysis: Analysis = item
        return analysis


_analyzer = Analyzer()


def _document(body: m.AnalyzeRequest, cfg: ServerConfig) -> Document:
    """The article the body gives, read as ingest reads one; an InputError (400) when it cannot be."""
    from ..config import load_settings
    from ..errors import InputError
    from ..ingest import read_text
    from ..ingest.html import read_html
    from ..ingest.sources import read_source
    from ..models import Document

    if body.text is not None:
        return read_text(body.text, "<request>", body.published)
    if body.html is not None:
        doc = read_html("<request>", body.html)
    else:
        url = body.url or ""
        from ..ingest.web import is_url

        if not is_url(url):
            raise InputError(url[:200], "not an http(s) URL")
        found = [d for d in read_source(url, load_settings(), allow_private=cfg.allow_private)]
        docs = [d for d in found if isinstance(d, Document)]
        if not docs:
            errors = [d for d in found if isinstance(d, InputError)]
            raise errors[0] if errors else InputError(url, "no article at this URL")
        doc = docs[0]
    return replace(doc, published=body.published) if body.published is not None else doc


@router.post("/analyze", summary="Analyse an article without storing it",
             responses={200: {"description": "The analysis, in the newsledger.analysis/1 format.",
                              "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Analysis"}}}}})
def analyze(body: m.AnalyzeRequest, cfg: Annotated[ServerConfig, Depends(config)]) -> dict[str, Any]:
    out: dict[str, Any] = _analyzer.analyze(_document(body, cfg)).to_dict()
    return out


@router.post("/documents", response_model=m.Stored, status_code=201,
             summary="Analyse an article and store it in the ledger",
             responses={200: {"model": m.Stored, "description": "Already stored (same text): nothing changed."}})
def store_document(body: m.AnalyzeRequest, cfg: Annotated[ServerConfig, Depends(config)], request: Request,
                   response: Response) -> dict[str, Any]:
    from ..store import Ledger as Store

    analysis = _analyzer.analyze(_document(body, cfg))
    with Store(cfg.db) as ledger:
        result = ledger.add(analysis)
    if result.status == "present":
        response.status_code = 200
    return {"document": result.doc_id, "status": result.status, "copy_of": result.copy_of,
            "similarity": result.similarity}
