"""HTML pages: the article's main text and metadata, page furniture removed (trafilatura)."""

from __future__ import annotations

import datetime as dt

from ..errors import MalformedInput
from ..models import Document


def _date_params() -> dict[str, object]:
    """Ask htmldate for the original publication date from the page's metadata,
    not for a date guessed from the body text (``extensive_search`` off)."""
    from trafilatura.settings import set_date_params

    return set_date_params(extensive=False)


def read_html(origin: str, html: str, url: str | None = None, source: str | None = None) -> Document:
    """Extract the article of an HTML page with trafilatura, keeping title, URL and date."""
    # Imported here: trafilatura pulls in lxml and htmldate, which plain-text runs never need.
    import trafilatura

    try:
        result = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_tables=False,
            include_images=False, include_links=False, favor_precision=True,
            date_extraction_params=_date_params(),
        )
    except Exception as exc:  # trafilatura raises assorted lxml errors on broken markup
        raise MalformedInput(origin, f"malformed HTML: {type(exc).__name__}: {exc}") from exc
    if isinstance(result, dict):  # only with as_dict=True; kept for type checkers
        raise MalformedInput(origin, "unexpected extraction result")
    if result is None or not (result.text or "").strip():
        raise MalformedInput(origin, "HTML page without article text (nothing left after boilerplate removal)")
    published = None
    if result.date:
        try:
            published = dt.date.fromisoformat(result.date[:10])
        except ValueError:
            published = None
    return Document(
        text=(result.text or "").strip(),
        title=result.title or None,
        url=result.url or url,
        published=published,
        source=source or result.sitename or result.hostname or None,
        origin=origin,
    )
