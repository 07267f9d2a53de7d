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
        self._ends = [s.content.end for s in self._items]
        self._found: dict[tuple[int, int], Statement | None] = {}  # the sub-extractors ask for one place often

    def statement_at(self, start: int, end: int) -> Statement | None:
        """The innermost statement whose content contains ``start``..``end``, or None (the outlet's voice)."""
        if (start, end) in self._found:
            return self._found[start, end]
        best, size = -1, 0
        ends, starts = self._ends, self._starts
        for k in range(bisect_right(starts, start)):  # each starts at or before ``start``
            if end <= ends[k] and (best < 0 or ends[k] - starts[k] < size):
                best, size = k, ends[k] - starts[k]
        found = self._items[best] if best >= 0 else None
        self._found[start, end] = found
        return found
