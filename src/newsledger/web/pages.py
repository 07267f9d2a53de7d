"""The web UI: server-rendered pages over the ledger (Jinja templates in ``templates/``).

Every page answers through the queries the command line uses (:mod:`newsledger.store.queries`,
:mod:`newsledger.store.views`, :mod:`newsledger.store.paging`); none holds SQL of its own. Article
text is untrusted: templates escape everything (autoescape), highlights are built by escaping each
piece of text (:mod:`.highlight`), links to an article's own URL are kept only for http(s), and every
page carries a Content-Security-Policy that lets no script run but the package's own file.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlencode, urlsplit

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader
from markupsafe import Markup, escape
from sqlalchemy.engine import Connection

from .. import __version__
from ..errors import QueryError
from ..store import Ledger as Store
from ..store.filters import Filters
from .charts import bars
from .deps import connection, store
from .highlight import KINDS, highlight, marks, show_bidi

__all__ = ["CSP", "LISTS", "router"]

router = APIRouter(default_response_class=HTMLResponse, include_in_schema=False)

# No inline script, no inline style, nothing from another origin: an article that smuggled markup
# past the escaping still could not run anything.
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
       "base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
Conn = Annotated[Connection, Depends(connection)]  # a read connection for the request
ReadLedger = Annotated[Store, Depends(store)]  # the ledger, opened read-only once

HEADERS = {"Content-Security-Policy": CSP, "X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer",
           "X-Frame-Options": "DENY"}

MAX_LIMIT = 500  # rows on one page of a list

# The lists, the filters each offers (query parameters named as the command line's options) and
# the columns each shows.
LISTS: dict[str, dict[str, Any]] = {
    "documents": {"title": "Documents", "filters": ("text", "actor", "country", "outlet", "since", "until"),
                  "columns": ("date", "outlet", "title", "statements", "events", "claims")},
    "statements": {"title": "Statements", "filters": ("actor", "country", "type", "text", "outlet", "since", "until"),
                   "columns": ("date", "speaker", "country", "kind", "cue", "content", "outlet", "document")},
    "events": {"title": "Events", "filters": ("from", "to", "actor", "country", "type", "text", "outlet", "since",
                                              "until"),
               "columns": ("date", "published", "type", "cameo", "source", "target", "polarity", "evidence", "outlet",
                           "document")},
    "agreements": {"title": "Agreements", "filters": ("actor", "country", "type", "text", "outlet", "since", "until"),
                   "columns": ("agreement", "parties", "subject", "signed", "first_seen", "labels", "documents",
                               "outlets")},
    "conflicts": {"title": "Conflicts", "filters": ("actor", "country", "type", "text", "outlet", "since", "until"),
                  "columns": ("conflict", "scope", "kind", "confidence", "summary", "documents", "outlets")},
    "claims": {"title": "Claims", "filters": ("claimant", "actor", "kind", "event_type", "type", "text", "outlet",
                                              "since", "until"),
               "columns": ("date", "claimant", "kind", "predicate", "arguments", "value", "polarity", "evidence",
                           "outlet", "document")},
    "actors": {"title": "Actors", "filters": ("text", "actor", "country", "type", "outlet", "since", "until"),
               "columns": ("name", "type", "country", "sector", "documents", "mentions")},
    "search": {"title": "Search", "filters": ("text", "actor", "country", "outlet", "since", "until", "rank"),
               "columns": ("title", "date", "outlet", "snippet", "score")},
}
_FIELDS = {"from": "from_actor", "to": "to_actor"}  # query parameter -> Filters field, where they differ
_TEXT_PARAMS = ("actor", "country", "type", "outlet", "text", "claimant", "event_type", "kind", "from", "to")


def safe_url(url: Any) -> str | None:
    """``url`` when it is an http(s) address, else None: an article's stored URL may be ``javascript:``."""
    if not isinstance(url, str):
        return None
    try:
        scheme = urlsplit(url.strip()).scheme.lower()
    except ValueError:
        return None
    return url.strip() if scheme in ("http", "https") else None


_SNIPPET_MARK = re.compile(r"\[([^\[\]]*)\]")


def snippet_html(snippet: Any) -> Markup:
    """A search snippet (found words in ``[brackets]``) as HTML with ``<mark>``, every piece escaped."""
    text = str(snippet or "")
    out, last = [], 0
    for m in _SNIPPET_MARK.finditer(text):
        out.append(escape(text[last:m.start()]))
        out.append(Markup("<mark>%s</mark>") % m.group(1))
        last = m.end()
    out.append(escape(text[last:]))
    return Markup("").join(out)


def _env() -> Environment:
    env = Environment(loader=FileSystemLoader(Path(__file__).parent / "templates"), autoescape=True,
                      trim_blocks=True, lstrip_blocks=True)
    env.filters["safe_url"] = safe_url
    env.filters["snippet"] = snippet_html
    env.filters["bidi"] = lambda value: show_bidi(escape(value))
    env.globals["version"] = __version__
    env.globals["lists"] = LISTS
    return env


templates = Jinja2Templates(env=_env())


def render(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
    return templates.TemplateResponse(request, name, context, status_code=status, headers=HEADERS)


def not_found(request: Request, what: str, ident: str) -> HTMLResponse:
    return render(request, "error.html", 404, title="Not found",
                  message=f"No {what} with the id {ident!r} in this ledger.")


def bad_request(request: Request, message: str) -> HTMLResponse:
    return render(request, "error.html", 400, title="Bad request", message=message)


def filters_from(request: Request, command: str) -> Filters:
    """The list's :class:`Filters` from the query string; :class:`QueryError` says what is wrong."""
    q = request.query_params
    known = set(LISTS[command]["filters"]) | {"limit", "cursor"}
    values: dict[str, Any] = {}
    for name in _TEXT_PARAMS:
        raw = q.get(name)
        if raw is not None and raw.strip() and name in known:
            values[_FIELDS.get(name, name)] = raw.strip()
    for name in ("since", "until"):
        raw = (q.get(name) or "").strip()
        if raw:
            try:
                values[name] = dt.date.fromisoformat(raw)
            except ValueError:
                raise QueryError(f"{name}: {raw[:40]!r} is not a date (YYYY-MM-DD)") from None
    raw = (q.get("limit") or "").strip()
    if raw:
        if not (raw.isascii() and raw.isdigit()) or not 1 <= int(raw) <= MAX_LIMIT:
            raise QueryError(f"limit: {raw[:40]!r} is not a whole number from 1 to {MAX_LIMIT}")
        values["limit"] = int(raw)
    if q.get("rank") and "rank" in known:
        values["rank"] = True
    return Filters(**values)


def _page_links(request: Request, next_cursor: str | None) -> dict[str, str | None]:
    """The first and next page's addresses: this query with the cursor replaced."""
    params = [(k, v) for k, v in request.query_params.multi_items() if k != "cursor" and v]
    first = request.url.path + ("?" + urlencode(params) if params else "")
    nxt = request.url.path + "?" + urlencode([*params, ("cursor", next_cursor)]) if next_cursor else None
    return {"first": first if request.query_params.get("cursor") else None, "next": nxt}


def _list_page(command: str) -> Callable[..., HTMLResponse]:
    def page(request: Request, conn: Conn) -> HTMLResponse:
        from ..store.paging import page as one_page

        spec = LISTS[command]
        form = {k: request.query_params.get(k, "") for k in (*spec["filters"], "limit")}
        if command == "search" and not (request.query_params.get("text") or "").strip():
            return render(request, "list.html", command=command, spec=spec, form=form, rows=[], links={},
                          message="Type words to find in the articles.")
        try:
            rows, cursor = one_page(conn, command, filters_from(request, command),
                                    request.query_params.get("cursor") or None)
        except QueryError as exc:
            return bad_request(request, str(exc))
        return render(request, "list.html", command=command, spec=spec, form=form, rows=rows,
                      links=_page_links(request, cursor), message=None)

    page.__name__ = f"{command}_page"
    return page


for _command in LISTS:
    router.add_api_route(f"/{_command}", _list_page(_command), methods=["GET"], name=f"{_command}_list")


@router.get("/")
def dashboard(request: Request, conn: Conn) -> HTMLResponse:
    from ..store.views import dashboard as counts

    data = counts(conn, days=60)
    series = ("documents", "statements", "events", "conflicts")
    by_day = {str(x["date"]): x for x in data["by_day"]}
    days = [str(data["since"] + dt.timedelta(days=i)) for i in range(data["days"])] if data["since"] else []
    # Every day of the window, empty ones included, so that the chart's axis is time.
    chart = bars([(day[5:], [by_day.get(day, {}).get(s, 0) for s in series]) for day in days], series,
                 "Records per day")
    return render(request, "dashboard.html", data=data, chart=chart)


@router.get("/documents/{doc_id}")
def article(doc_id: str, request: Request, ledger: ReadLedger,
            conn: Conn) -> HTMLResponse:
    from ..store.links import document_links

    links = document_links(conn, doc_id)
    analysis = ledger.get(doc_id) if links is not None else None
    if links is None or analysis is None:
        return not_found(request, "document", doc_id)
    found = marks(analysis)
    ents = {e.id: e for e in analysis.entities}
    return render(request, "article.html", a=analysis, doc=analysis.document, text=highlight(analysis.document.text,
                  found), links=links, ents=ents, kinds=[k for k in KINDS if any(m.kind == k for m in found)],
                  doc_id=doc_id)


@router.get("/agreements/{agreement_id}")
def agreement(agreement_id: str, request: Request, conn: Conn) -> HTMLResponse:
    from ..store.views import agreement_detail

    data = agreement_detail(conn, agreement_id)
    if data is None:
        return not_found(request, "agreement", agreement_id)
    months = Counter(str(x["published"])[:7] for x in data["documents"] if x.get("published"))
    chart = bars([(m, [n]) for m, n in sorted(months.items())], ("articles",), "Articles per month")
    return render(request, "agreement.html", g=data, chart=chart)


@router.get("/conflicts/{conflict_id}")
def conflict(conflict_id: str, request: Request, conn: Conn) -> HTMLResponse:
    from ..store.views import conflict_detail

    data = conflict_detail(conn, conflict_id)
    if data is None:
        return not_found(request, "conflict", conflict_id)
    return render(request, "conflict.html", c=data)


@router.get("/actors/{actor_id}")
def actor(actor_id: str, request: Request, conn: Conn) -> HTMLResponse:
    from ..store.views import actor_profile

    data = actor_profile(conn, actor_id)
    if data is None:
        return not_found(request, "actor", actor_id)
    said, did = dict(data["statements_per_month"]), dict(data["events_per_month"])
    chart = bars([(m, [said.get(m, 0), did.get(m, 0)]) for m in sorted(set(said) | set(did))],
                 ("statements", "events"), "Statements and events per month")
    return render(request, "actor.html", p=data, chart=chart)
