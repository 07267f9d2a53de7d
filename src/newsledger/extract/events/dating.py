"""The date of an event: the time expression of its own clause, never the publication date.

Uses ``times.time_in_clause`` (the times stage's rule, shared with statements)
where it is available; otherwise a time expression whose head chain (through
prepositions and temporal modifiers: "on Saturday", "last week") reaches the
event's trigger.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from spacy.tokens import Doc, Token

from ...models import TimeExpr
from .. import times as times_module

__all__ = ["TimeLinker"]

_ATTACHING = {"pobj", "prep", "npadvmod", "tmod", "nummod", "compound", "amod", "advmod", "appos", "nmod", "quantmod"}


class TimeLinker:
    """Finds the time id dating an event, per document."""

    def __init__(self, doc: Doc, times: tuple[TimeExpr, ...]):
        self.doc = doc
        self.times = times
        shared: Callable[..., Any] | None = getattr(times_module, "time_in_clause", None)
        self._shared = shared
        self._heads: dict[int, str] | None = None

    def date_for(self, anchors: Sequence[Token]) -> str | None:
        """Time id for the event anchored at ``anchors`` (its trigger first), or None."""
        if not self.times:
            return None
        if self._shared is not None:
            # Only the times of the anchor's sentence can date its clause; passing just those keeps
            # the shared rule (which looks at every time it is given) cheap on long articles.
            sent = anchors[0].sent
            local = tuple(t for t in self.times if sent.start_char <= t.span.start < sent.end_char)
            if not local:
                return None
            found = self._shared(self.doc, anchors[0], local)
            return found.id if found is not None else None
        heads = self._attachments()
        for tok in anchors:
            if tok.i in heads:
                return heads[tok.i]
        return None

    def _attachments(self) -> dict[int, str]:
        """Token index -> id of the time expression attached to it (the first in the text wins)."""
        if self._heads is None:
            self._heads = {}
            for t in self.times:
                span = self.doc.char_span(t.span.start, t.span.end, alignment_mode="expand")
                if span is None or len(span) == 0:
                    continue
                tok = span.root
                for _ in range(4):
                    if tok.dep_ not in _ATTACHING or tok.head.i == tok.i:
                        break
                    tok = tok.head
                    if tok.pos_ in ("VERB", "NOUN", "AUX"):
                        self._heads.setdefault(tok.i, t.id)
                        break
        return self._heads
