"""The HTTP API (``/api/...``): the ledger's lists and views as JSON, in the analysis format's vocabulary.

Every list takes the filters of its command-line command under the same names (``actor``,
``country``, ``type``, ``since``, ``until``, ``outlet``, ``text``; ``from`` and ``to`` for events;
``claimant``, ``kind`` and ``event_type`` for claims), ``limit`` (1 to 500) and ``cursor`` (the
``next`` of the previous page), and answers through the query layer the command line uses
(:mod:`newsledger.store.queries`, :mod:`newsledger.store.views`, :mod:`newsledger.store.paging`).
Bad values answer 400 with ``{"error": ...}``, unknown ids 404 (see :mod:`.errors`). The writes
(``POST /api/analyze`` and ``/api/documents``) are in :mod:`.writes`.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query
from sqlalchemy.engine import Connection

from ..store import views
from ..store.filters import Filters
from ..store.paging import page
from . import models as m
from .deps import connection
from .writes import router as writes

__all__ = ["router"]

router = APIRouter(responses={400: {"model": m.ErrorBody, "description": "A bad filter, limit or cursor."}})
router.include_router(writes)

Conn = Annotated[Connection, Depends(connection)]
MAX_LIMIT = 500


def _filters(
    actor: Annotated[str | None, Query(description="An actor id (act-...), part of a name, or an ISO3 country code.")]
    = None,
    country: Annotated[str | None, Query(description="ISO 3166 alpha-3 code.")] = None,
    type: Annotated[str | None, Query(description="Statement kind, PLOVER type, agreement document type, "
                                                  "conflict kind, claim predicate or entity type.")] = None,
    since: Annotated[dt.date | None, Query(description="YYYY-MM-DD, inclusive.")] = None,
    until: Annotated[dt.date | None, Query(description="YYYY-MM-DD, inclusive.")] = None,
    outlet: Annotated[str | None, Query(description="Part of the outlet's name.")] = None,
    text: Annotated[str | None, Query(description="Words to find.")] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 50,
) -> Filters:
    return Filters(actor=actor, country=country, type=type, since=since, until=until, outlet=outlet, text=text,
                   limit=limit)


Common = Annotated[Filters, Depends(_filters)]
Cursor = Annotated[str | None, Query(description="The `next` of the previous page.", max_length=2000)]


def _page(conn: Connection, command: str, f: Filters, cursor: str | None) -> dict[str, Any]:
    rows, nxt = page(conn, command, f, cursor)
    return {"items": rows, "next": nxt}


def _found(value: Any, what: str, key: str) -> Any:
    if value is None:
        raise HTTPException(404, f"no {what} {key!r} in this ledger")
    return value


def _id(value: str) -> str:
    """A path id as the ledger could hold it (no NUL, which no database column stores); else a 404."""
    if "\x00" in value or len(value) > 200:
        raise HTTPException(404, f"no record {value[:60]!r} in this ledger")
    return value


@router.get("/documents", response_model=m.Page[m.DocumentRow], summary="Articles, newest first")
def list_documents(conn: Conn, f: Common, cursor: Cursor = None) -> dict[str, Any]:
    return _page(conn, "documents", f, cursor)


@router.get("/documents/{doc_id}", summary="One article: its text and every record, with offsets",
            responses={200: {"description": "The stored analysis, in the newsledger.analysis/1 format.",
                             "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Analysis"}}}},
                       404: {"model": m.ErrorBody}})
def get_document(conn: Conn, doc_id: str) -> dict[str, Any]:
    from ..store.reader import read_analysis

    analysis = _found(read_analysis(conn, _id(doc_id)), "document", doc_id)
    out: dict[str, Any] = analysis.to_dict()
    return out


@router.get("/statements", response_model=m.Page[m.StatementRow], summary="Who said what, newest first")
def list_statements(conn: Conn, f: Common, cursor: Cursor = None) -> dict[str, Any]:
    return _page(conn, "statements", f, cursor)


@router.get("/events", response_model=m.Page[m.EventRow], summary="Who did what to whom, newest first")
def list_events(conn: Conn, f: Common, cursor: Cursor = None,
                from_actor: Annotated[str | None, Query(alias="from", description="The source actor, as `actor`.")]
                = None,
                to_actor: Annotated[str | None, Query(alias="to", description="The target actor, as `actor`.")]
                = None) -> dict[str, Any]:
    from dataclasses import replace

    return _page(conn, "events", replace(f, from_actor=from_actor, to_actor=to_actor), cursor)


@router.get("/actors", response_model=m.Page[m.ActorRow], summary="Actors, most reported first")
def list_actors(conn: Conn, f: Common, cursor: Cursor = None) -> dict[str, Any]:
    return _page(conn, "actors", f, cursor)


@router.get("/actors/{actor_id}", response_model=m.ActorProfile, responses={404: {"model": m.ErrorBody}},
            summary="One actor: codes, names, activity over time, counterparts")
def get_actor(conn: Conn, actor_id: str) -> dict[str, Any]:
    out: dict[str, Any] = _found(views.actor_profile(conn, _id(actor_id)), "actor", actor_id)
    return out


@router.get("/agreements", response_model=m.Page[m.AgreementRow], summary="Agreements, newest first")
def list_agreements(conn: Conn, f: Common, cursor: Cursor = None) -> dict[str, Any]:
    return _page(conn, "agreements", f, cursor)


@router.get("/agreements/{agreement_id}", response_model=m.AgreementDetail, responses={404: {"model": m.ErrorBody}},
            summary="One agreement: each party's labels side by side, stances, conflicts, reports")
def get_agreement(conn: Conn, agreement_id: str) -> dict[str, Any]:
    out: dict[str, Any] = _found(views.agreement_detail(conn, _id(agreement_id)), "agreement", agreement_id)
    return out


@router.get("/conflicts", response_model=m.Page[m.ConflictRow], summary="Contradictions, newest first")
def list_conflicts(conn: Conn, f: Common, cursor: Cursor = None) -> dict[str, Any]:
    return _page(conn, "conflicts", f, cursor)


@router.get("/conflicts/{conflict_id}", response_model=m.ConflictDetail, responses={404: {"model": m.ErrorBody}},
            summary="One conflict: both sides with their evidence in context")
def get_conflict(conn: Conn, conflict_id: str) -> dict[str, Any]:
    out: dict[str, Any] = _found(views.conflict_detail(conn, _id(conflict_id)), "conflict", conflict_id)
    return out


@router.get("/claims", response_model=m.Page[m.ClaimRow], summary="Who claims what, newest first")
def list_claims(conn: Conn, f: Common, cursor: Cursor = None,
                claimant: Annotated[str | None, Query(description="The claimant, as `actor`.")] = None,
                kind: Annotated[str | None, Query(description="event, quantity, cause, status, acceptance or "
                                                              "characterisation.")] = None,
                event_type: Annotated[str | None, Query(description="A PLOVER type the claim is or comes from.")]
                = None) -> dict[str, Any]:
    from dataclasses import replace

    return _page(conn, "claims", replace(f, claimant=claimant, kind=kind, event_type=event_type), cursor)


@router.get("/search", response_model=m.Page[m.SearchRow], summary="Full-text search of the articles")
def search(conn: Conn, f: Common,
           q: Annotated[str, Query(description='Words (all required), "a phrase", a OR b, -word, prefix*.')],
           cursor: Cursor = None,
           rank: Annotated[bool, Query(description="Most relevant first (one page) instead of newest.")] = False,
           ) -> dict[str, Any]:
    from dataclasses import replace

    return _page(conn, "search", replace(f, text=q, rank=rank), cursor)


@router.get("/dashboard", response_model=m.Dashboard, summary="Counts by day and by type")
def dashboard(conn: Conn, days: Annotated[int, Query(ge=1, le=3660)] = 60) -> dict[str, Any]:
    return views.dashboard(conn, days)
