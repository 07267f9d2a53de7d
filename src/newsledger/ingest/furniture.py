"""Page furniture: lines around an article that HTML extraction lets through, and pages with no article.

Two checks on the text trafilatura extracts from a page:

* :func:`strip_furniture` drops short lines that are furniture by the vocabulary
  ``data/furniture.yaml`` ("Read more: ...", "Sign up for our newsletter",
  "Related stories"), and lines that are only a web address, so they never reach a
  statement;
* :func:`furniture_only` says why a page is no article when what is left is only a
  caption or a teaser: a few hundred characters out of a page many times that size,
  or a handful of lines repeated. The reader then refuses the page with
  :class:`~newsledger.errors.NotAnArticle` (a counted skip inside a batch).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml

__all__ = ["Furniture", "furniture", "furniture_only", "strip_furniture"]

# An article is at least this many characters of distinct lines (a short news brief of two
# sentences has more); a page holding less, and over _PAGE_RATIO times as much markup, is a
# caption or a teaser. Small pages (a snippet, a test page) never trip the check.
_MIN_CHARS = 280
_PAGE_RATIO = 20
_PROSE_WORDS = 6
_PROSE_CHARS = 40  # a line of a language written without spaces
_URL_LINE = re.compile(r"^\s*(?:https?://|www\.)\S+\s*$")
_LEAD = re.compile(r"^[\[(\"'“‘]+")  # "[Related: ...]"; a list item's dash is kept ("- Sign up for ..." is content)


@dataclass(frozen=True, slots=True)
class Furniture:
    """The furniture vocabulary: line openings and phrases, and the longest line they may mark."""

    max_words: int
    starts: re.Pattern[str]
    contains: tuple[str, ...]


@cache
def furniture() -> Furniture:
    """The shipped vocabulary (``data/furniture.yaml``), read once."""
    text = resources.files("newsledger").joinpath("data/furniture.yaml").read_text("utf-8")
    data = yaml.safe_load(text)
    starts = sorted((str(s).lower() for s in data["starts"]), key=len, reverse=True)
    pattern = re.compile(rf"(?:{'|'.join(re.escape(s) for s in starts)})(?![^\W\d_])")
    return Furniture(int(data["max_words"]), pattern, tuple(str(c).lower() for c in data["contains"]))


def _is_furniture(line: str, vocab: Furniture) -> bool:
    if _URL_LINE.match(line):
        return True
    if not line.strip() or len(line.split()) > vocab.max_words:
        return False
    low = line.lower()
    return bool(vocab.starts.match(_LEAD.sub("", low))) or any(c in low for c in vocab.contains)


def strip_furniture(text: str, vocab: Furniture | None = None) -> str:
    """``text`` without its furniture lines (see the module docstring); other lines untouched."""
    vocab = vocab or furniture()
    lines = text.split("\n")
    kept = [line for line in lines if not _is_furniture(line, vocab)]
    return text if len(kept) == len(lines) else "\n".join(kept)


def _prose(line: str) -> bool:
    """A line of running text, not a menu entry or a label ("Section sport", "Ticketing")."""
    return len(line) >= _PROSE_CHARS or len(line.split()) >= _PROSE_WORDS


def furniture_only(text: str, page_chars: int) -> str | None:
    """Why ``text``, extracted from a page of ``page_chars`` characters, is no article; None when it is one.

    Only lines of prose count: on a page with little text trafilatura keeps the menu entries too."""
    lines = [line.strip() for line in text.split("\n") if _prose(line.strip())]
    distinct = list(dict.fromkeys(lines))
    chars = sum(len(line) for line in distinct)
    if chars >= _MIN_CHARS or page_chars < _PAGE_RATIO * max(chars, 1):
        return None
    if len(distinct) < len(lines):
        return (f"page furniture only: {len(lines)} lines repeating {len(distinct)} ({chars} characters of text "
                f"in a page of {page_chars:,} characters): a teaser or caption, not an article")
    return (f"page furniture only: {chars} characters of text in a page of {page_chars:,} characters: "
            "a caption or teaser, not an article")
