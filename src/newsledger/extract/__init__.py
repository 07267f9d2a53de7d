"""Extract: pure functions of one parsed document and the run's lexicon, returning typed records.

``analyze_parsed`` runs them in dependency order (entities before the
statements whose speakers they are, times before the events they date). No
extractor reads the settings, the environment or a process-wide cache: every
vocabulary arrives in the :class:`~newsledger.lexicon.Lexicon` argument.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator

from ..lexicon import Lexicon
from ..models import Analysis, Skipped
from ..parse import Parsed
from . import actors, agreements, claims, conflicts, events, statements, times
from .actors import entities
from .walk import seed_text

# The extractor functions live in submodules of the same names (``extract.times.times``); this package
# exports only the stage, so ``newsledger.extract.times`` is always the module.
__all__ = ["analyze_parsed", "extract"]


def analyze_parsed(parsed: Parsed, lexicon: Lexicon) -> Analysis:
    """Every section of the analysis of one parsed document, extractors in dependency order."""
    doc, document = parsed.doc, parsed.document
    seed_text(doc, document.text)  # Doc.text rebuilds the string from every token on each call
    ents = actors.actors(doc, entities.entities(doc, lexicon), lexicon, document.published)
    tms = times.times(doc, document, lexicon)
    stmts = statements.statements(doc, ents, tms, lexicon)
    evs = events.events(doc, ents, stmts, tms, lexicon, document.published)
    ags = agreements.agreements(doc, ents, stmts, tms, lexicon)
    cls = claims.claims(doc, ents, stmts, evs, tms, ags, lexicon)
    cls, cfs = conflicts.conflicts(doc, ents, stmts, evs, tms, ags, cls, lexicon)
    return Analysis(document=document, entities=ents, times=tms, statements=stmts, events=evs, agreements=ags,
                    claims=cls, conflicts=cfs)


log = logging.getLogger(__name__)


def extract(items: Iterable[Parsed | Skipped], lexicon: Lexicon) -> Iterator[Analysis | Skipped]:
    """Stage: parsed documents -> analyses. A failing extractor skips that document, with the reason."""
    for item in items:
        if isinstance(item, Skipped):
            yield item
            continue
        try:
            yield analyze_parsed(item, lexicon)
        except Exception as exc:  # one bad document must not end a batch
            log.exception("extraction failed on %s", item.document.origin)
            yield Skipped(item.document.origin, f"extraction failed: {type(exc).__name__}: {exc}",
                          "ExtractionError")
