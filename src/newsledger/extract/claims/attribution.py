"""Who claims what is at a place in the text: the statement whose content covers it, else the outlet."""

from __future__ import annotations

from bisect import bisect_right

from ...models import Statement

__all__ = ["Attribution"]


class Attribution:
    """Statements indexed by their content spans, for looking up the claimant of an offset."""

    def __init__(self, statements: tuple[Statement, ...]) -> None:
        self._items = sorted(statements, key=lambda s: (s.content.start, -s.content.end))
        self._starts = [s.content.start for s in self._items]

    def statement_at(self, start: int, end: int) -> Statement | None:
        """The innermost statement whose content contains ``start``..``end``, or None (the outlet's voice)."""
        best: Statement | None = None
        for stmt in self._items[:bisect_right(self._starts, start)]:
            if stmt.content.start <= start and end <= stmt.content.end and (
                    best is None or stmt.content.end - stmt.content.start < best.content.end - best.content.start):
                best = stmt
        return best
