"""Extract: pure functions of one parsed document, returning typed records.

``analyze_parsed`` runs them in dependency order (entities before the
statements whose speakers they are, times before the events they date).
Sections whose extractor has not landed yet stay empty.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator

from ..models import Analysis, Skipped
from ..parse import Parsed
from .entities import entities

__all__ = ["analyze_parsed", "entities", "extract"]


def analyze_parsed(parsed: Parsed) -> Analysis:
    """Every section of the analysis of one parsed document."""
    return Analysis(document=parsed.document, entities=entities(parsed.doc))


log = logging.getLogger(__name__)


def extract(items: Iterable[Parsed | Skipped]) -> Iterator[Analysis | Skipped]:
    """Stage: parsed documents -> analyses. A failing extractor skips that document, with the reason."""
    for item in items:
        if isinstance(item, Skipped):
            yield item
            continue
        try:
            yield analyze_parsed(item)
        except Exception as exc:  # one bad document must not end a batch
            log.exception("extraction failed on %s", item.document.origin)
            yield Skipped(item.document.origin, f"extraction failed: {type(exc).__name__}: {exc}",
                          "ExtractionError")
