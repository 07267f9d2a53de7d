"""An article's text with its records highlighted, built from the records' character offsets.

The text is untrusted: it is cut at every span boundary and each piece is escaped on its own
(:func:`markupsafe.escape`), so no character of the article ever becomes markup. Spans may overlap
or nest (a quote holding a speaker's name and a date): every piece is wrapped in one element per
span covering it, outermost first, and its text links to the innermost record. A span's kind label
follows its last piece, as displaCy draws entity labels.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise

from markupsafe import Markup, escape

from ..models import Analysis

__all__ = ["KINDS", "Mark", "highlight", "marks", "show_bidi"]

# Unicode's invisible direction controls (embeddings, overrides, isolates, marks). An article can use
# them to make text read differently from what it holds ("gnp.exe" shown as "exe.png"): each is shown
# as a visible marker, in an element of its own whose isolation confines its effect to itself.
_BIDI = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")

# Record kinds in the order a reader looks for them; the CSS colours each (``.hl-<kind>``).
KINDS = ("statement", "agreement", "event", "speaker", "entity", "time")


@dataclass(frozen=True, slots=True)
class Mark:
    """One highlighted stretch: ``text[start:end]`` is record ``record`` of kind ``kind``."""

    start: int
    end: int
    kind: str
    record: str  # the record's anchor on the page ("statement-s1")
    label: str  # what the tag says ("QUOTE", "GPE", "ASSAULT")


def marks(analysis: Analysis) -> list[Mark]:
    """Every span of ``analysis`` worth highlighting, each pointing at its record."""
    out: list[Mark] = []
    for s in analysis.statements:
        out.append(Mark(s.content.start, s.content.end, "statement", f"statement-{s.id}", s.kind.upper()))
    speakers = {s.speaker for s in analysis.statements if s.speaker}
    for e in analysis.entities:
        kind = "speaker" if e.id in speakers else "entity"
        for m in e.mentions:
            out.append(Mark(m.start, m.end, kind, f"entity-{e.id}", e.type))
    for x in analysis.times:
        out.append(Mark(x.span.start, x.span.end, "time", f"time-{x.id}", x.value or "TIME"))
    for v in analysis.events:
        out.append(Mark(v.evidence.start, v.evidence.end, "event", f"event-{v.id}", v.type))
    for a in analysis.agreements:
        for lb in a.labels:
            if lb.evidence is not None:
                out.append(Mark(lb.evidence.start, lb.evidence.end, "agreement", f"agreement-{a.id}", "AGREEMENT"))
    return out


def _valid(text: str, found: Iterable[Mark]) -> list[Mark]:
    """Marks inside the text and not empty (a damaged record is left out, never drawn off the text)."""
    return [m for m in found if 0 <= m.start < m.end <= len(text)]


def show_bidi(piece: Markup) -> Markup:
    """``piece`` (escaped) with each direction control wrapped in a visible, isolated marker."""
    return Markup(_BIDI.sub(lambda m: f'<span class="bidi" data-cp="U+{ord(m.group()):04X}">{m.group()}</span>',
                            str(piece)))


def highlight(text: str, found: Iterable[Mark]) -> Markup:
    """``text`` as HTML with ``found`` highlighted (nested where spans overlap), every piece escaped."""
    spans = sorted(_valid(text, found), key=lambda m: (m.start, -m.end, KINDS.index(m.kind)
                                                         if m.kind in KINDS else len(KINDS)))
    cuts = sorted({0, len(text), *(m.start for m in spans), *(m.end for m in spans)})
    parts: list[str] = []
    active: list[Mark] = []  # the spans covering the current piece, outermost first (sort order)
    following = iter(spans)
    upcoming = next(following, None)
    for a, b in pairwise(cuts):
        # A sweep over the cuts: spans that end here leave, spans that start here join (in sort order,
        # so the list stays outermost first), in time linear in the pieces times the nesting depth.
        active = [m for m in active if m.end > a]
        while upcoming is not None and upcoming.start == a:
            active.append(upcoming)
            upcoming = next(following, None)
        piece = show_bidi(escape(text[a:b]))
        if not active:
            parts.append(piece)
            continue
        inner = active[-1]
        html = f'<a class="hl-link" href="#{escape(inner.record)}" data-rec="{escape(inner.record)}">{piece}</a>'
        for m in reversed(active):  # innermost first, so that the outermost wraps everything
            tag = f'<a class="hl-tag" href="#{escape(m.record)}">{escape(m.label)}</a>' if m.end == b else ""
            html = f'<span class="hl hl-{escape(m.kind)}" data-rec="{escape(m.record)}">{html}{tag}</span>'
        parts.append(html)
    return Markup("".join(parts))
