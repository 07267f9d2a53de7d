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
from . import actors, agreements, conflicts, entities, events, statements, times

# The extractor functions live in submodules of the same names (``extract.times.times``); this package
# exports only the stage, so ``newsledger.extract.times`` is always the module.
__all__ = ["analyze_parsed", "extract"]


def analyze_parsed(parsed: Parsed) -> Analysis:
    """Every section of the analysis of one parsed document, extractors in dependency order."""
    doc, document = parsed.doc, parsed.document
    ents = actors.actors(doc, entities.entities(doc))
    tms = times.times(doc, document)
    stmts = statements.statements(doc, ents, tms)
    evs = events.events(doc, ents, stmts, tms)
    ags = agreements.agreements(doc, ents, stmts, evs, tms)
    cfs = conflicts.conflicts(doc, ents, stmts, evs, tms, ags)
    return Analysis(document=document, entities=ents, times=tms, statements=stmts, events=evs, agreements=ags,
                    conflicts=cfs)


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
