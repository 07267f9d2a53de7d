"""HTML pages: the article's main text and metadata, page furniture removed (trafilatura)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import TYPE_CHECKING

from ..errors import MalformedInput, NotAnArticle
from ..models import Document
from .furniture import furniture_only, strip_furniture

if TYPE_CHECKING:
    from lxml.html import HtmlElement

# trafilatura's settings, chosen on the real pages of the eval folder (docs/ACCURACY.md, "HTML extraction";
# python -m newsledger.evaluation.pages compares the alternatives). Not favor_precision: it drops the words of
# links inside sentences ("has reported that [the league will fine him] for his role") and whole short pages;
# the furniture it would remove is removed by furniture.py instead.
EXTRACTION: dict[str, object] = {
    "include_comments": False, "include_tables": False, "include_images": False, "include_links": False,
    "favor_precision": False, "favor_recall": False,
}


def _date_params() -> dict[str, object]:
    """Ask htmldate for the original publication date from the page's metadata,
    not for a date guessed from the body text (``extensive_search`` off)."""
    from trafilatura.settings import set_date_params

    return set_date_params(extensive=False)


_QUOTED = frozenset({"blockquote", "q"})
_PARAGRAPHS = frozenset({"p", "li", "dd", "td"})
_PROSE_WORDS = 12  # a byline ("By A. Writer, <time>May 3</time>") is shorter than a sentence of the story


def _unwrap_inline_times(tree: HtmlElement) -> None:
    """``<time>`` elements in quotes and in running text become plain text.

    trafilatura drops their words from the sentence ("met on <time>May 3</time> in Rome" came out "met on in
    Rome"), and htmldate takes their ``datetime`` for the page's date: the date of a claim quoted in the story
    became its publication date. Those of a byline or a page header are kept for htmldate.
    """
    for element in list(tree.iter("time")):
        block = next((a for a in element.iterancestors() if a.tag in _QUOTED or a.tag in _PARAGRAPHS), None)
        if block is None:
            continue
        quoted = block.tag in _QUOTED or any(a.tag in _QUOTED for a in block.iterancestors())
        if quoted or len(block.text_content().split()) >= _PROSE_WORDS:
            element.drop_tag()


def _undoubled(text: str) -> str:
    """The text once where trafilatura returned it twice over (it does on small pages: its own
    extraction and its fallback's, joined)."""
    lines = text.split("\n")
    half = len(lines) // 2
    if len(lines) % 2 == 0 and lines[:half] == lines[half:]:
        return "\n".join(lines[:half])
    return text


def read_html(origin: str, html: str, url: str | None = None, source: str | None = None,
              options: Mapping[str, object] | None = None, furniture: bool = True) -> Document:
    """Extract the article of an HTML page with trafilatura, keeping title, URL and date.

    Furniture lines are dropped and a page that is only furniture is refused (:mod:`.furniture`).
    ``options`` override :data:`EXTRACTION`, and ``furniture=False`` skips those checks: the
    evaluation compares settings with them."""
    # Imported here: trafilatura pulls in lxml and htmldate, which plain-text runs never need.
    import trafilatura
    from trafilatura.utils import load_html

    try:
        tree = load_html(html)
        if tree is None:
            raise MalformedInput(origin, "HTML page without article text (no HTML tree)")
        _unwrap_inline_times(tree)
        result = trafilatura.bare_extraction(
            tree, url=url, with_metadata=True, date_extraction_params=_date_params(),
            **{**EXTRACTION, **(options or {})},  # type: ignore[arg-type]
        )
    except MalformedInput:
        raise
    except Exception as exc:  # trafilatura raises assorted lxml errors on broken markup
        raise MalformedInput(origin, f"malformed HTML: {type(exc).__name__}: {exc}") from exc
    if isinstance(result, dict):  # only with as_dict=True; kept for type checkers
        raise MalformedInput(origin, "unexpected extraction result")
    text = _undoubled((result.text or "").strip()) if result is not None else ""
    if furniture:
        text = strip_furniture(text).strip()
    if result is None or not text:
        raise MalformedInput(origin, "HTML page without article text (nothing left after boilerplate removal)")
    why = furniture_only(text, len(html)) if furniture else None
    if why:
        raise NotAnArticle(origin, why)
    published = None
    if result.date:
        try:
            published = dt.date.fromisoformat(result.date[:10])
        except ValueError:
            published = None
    return Document(
        text=text,
        title=result.title or None,
        url=result.url or url,
        published=published,
        source=source or result.sitename or result.hostname or None,
        origin=origin,
    )
