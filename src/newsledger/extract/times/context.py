"""What the handlers of the time grammar share: the context of a match and two small helpers.

A handler turns a rule's match into a TIMEX3 value (:class:`~.values.Resolved`)
or rejects it (None). It gets the publication date, the time words of the
lexicon and, lazily, the tense of the governing verb through :class:`Context`;
it never reads the clock.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from ...lexicon.times import TimeLexicon
from .values import Direction, Resolved

__all__ = ["HANDLERS", "Context", "Handler", "Tense", "direction", "handles", "valid_date"]

Tense = Literal["past", "present", "future"] | None


@dataclass(frozen=True, slots=True)
class Context:
    """What a handler may consult besides its match."""

    pub: dt.date | None
    tense: Callable[[int, int], Tense]  # tense of the verb governing text[start:end]
    is_year: Callable[[int, int], bool]  # whether a bare four-digit number is used as a year
    text: str
    words: TimeLexicon  # the rules' words: number words, units, each rule's tables


Handler = Callable[[re.Match[str], Context], Resolved | None]

HANDLERS: dict[str, Handler] = {}
"""Rule name -> its handler; each handler registers itself for its rules with :func:`handles`."""


def handles(*rules: str) -> Callable[[Handler], Handler]:
    """Register the decorated function as the handler of ``rules`` (names of ``data/times.yaml``)."""
    def register(handler: Handler) -> Handler:
        for name in rules:
            HANDLERS[name] = handler
        return handler
    return register


def direction(ctx: Context, m: re.Match[str], default: Direction = "past", present: Direction | None = None
              ) -> Direction:
    """Past or future as the governing verb's tense says, else ``default``; a present tense gives
    ``present`` where set (a date in a present clause is a schedule: "talks resume in September")."""
    tense = ctx.tense(m.start(), m.end())
    if tense == "future":
        return "future"
    if tense == "past":
        return "past"
    if tense == "present" and present is not None:
        return present
    return default


def valid_date(y: int, mo: int, d: int) -> dt.date | None:
    """The date, or None where it does not exist (February 30)."""
    try:
        return dt.date(y, mo, d)
    except ValueError:
        return None
