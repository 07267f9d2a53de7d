"""The time-expression words (``data/times.yaml``): each time rule's words under the rule's name.

The time grammar (``extract/times``) builds its patterns from these tables, once
per lexicon. Lists keep the order of the file, because a pattern's alternatives
are tried in that order; tables (word -> value) keep it too. Where matching is
case-insensitive the words are lower case in the file, and kept as written
(the few case-sensitive lists say so in the file).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, cast

from ..models import Precision
from .loader import LexiconError, WordLists, read_yaml

__all__ = ["RuleWords", "TimeLexicon", "TimeUnit", "build_time_lexicon", "load_time_lexicon"]

VERSION = 1
_WHERE = "data/times.yaml"


@dataclass(frozen=True, slots=True)
class TimeUnit:
    """A unit of time: its forms, TIMEX3 letter, whether it is a clock unit (PT5H), and its date precision."""

    name: str
    plural: str
    code: str
    clock: bool
    precision: Precision
    count: int = 1  # how many of its letter's unit one of it is: a fortnight is two weeks


@dataclass(frozen=True, slots=True, eq=False)
class RuleWords:
    """The words of one rule: the triggers one of which its matches contain, and its named lists and tables."""

    name: str
    triggers: frozenset[str]
    entries: Mapping[str, Any]

    def _get(self, key: str) -> Any:
        try:
            return self.entries[key]
        except KeyError:
            raise LexiconError(_WHERE, f"rule {self.name!r} has no {key!r}; it has {sorted(self.entries)}") from None

    def words(self, key: str) -> tuple[str, ...]:
        """A list of the rule, in file order (a table gives its keys)."""
        return tuple(str(w) for w in self._get(key))

    def numbers(self, key: str) -> dict[str, int]:
        """A table of the rule whose values are numbers (word -> offset, ordinal, year ...)."""
        table = self._get(key)
        if not isinstance(table, Mapping) or not all(isinstance(v, int) for v in table.values()):
            raise LexiconError(_WHERE, f"rule {self.name!r}: {key!r} must map words to integers")
        return {str(k): int(v) for k, v in table.items()}

    def codes(self, key: str) -> dict[str, str]:
        """A table of the rule whose values are TIMEX3 letters (word -> "SP", "D", ...)."""
        table = self._get(key)
        if not isinstance(table, Mapping) or not all(isinstance(v, str) for v in table.values()):
            raise LexiconError(_WHERE, f"rule {self.name!r}: {key!r} must map words to strings")
        return {str(k): str(v) for k, v in table.items()}


@dataclass(frozen=True, slots=True, eq=False)  # compared and hashed by identity: the grammar is built per object
class TimeLexicon:
    """Every word the time grammar reads, typed; ``rules`` in the order the grammar tries them."""

    numbers: Mapping[str, int]
    """Number words and their values ("a couple of" -> 2)."""
    number_tens: tuple[str, ...]
    number_units: tuple[str, ...]
    vague_numbers: tuple[str, ...]
    approximations: tuple[str, ...]
    units: Mapping[str, TimeUnit]
    """Units by singular name, in file order."""
    parts_of_day: Mapping[str, str]
    vague_durations: Mapping[str, Any]
    rules: Mapping[str, RuleWords]
    lists: WordLists
    """The named word lists of the clause around a time (``lists:``), lower case."""

    def rule(self, name: str) -> RuleWords:
        """The words of rule ``name``; a rule the file does not have is a :class:`LexiconError`."""
        try:
            return self.rules[name]
        except KeyError:
            raise LexiconError(_WHERE, f"no rule {name!r}; it has {sorted(self.rules)}") from None

    def unit(self, word: str) -> TimeUnit | None:
        """The unit a singular or plural form names ("Years" -> year), or None."""
        lower = word.lower()
        for unit in self.units.values():
            if lower in (unit.name, unit.plural):
                return unit
        return None


def _unit(name: str, raw: Mapping[str, Any]) -> TimeUnit:
    return TimeUnit(name=name, plural=str(raw["plural"]), code=str(raw["code"]), clock=bool(raw.get("clock", False)),
                    precision=cast(Precision, raw["precision"]), count=int(raw.get("count", 1)))


def build_time_lexicon(data: Mapping[str, Any], where: str = _WHERE) -> TimeLexicon:
    """A :class:`TimeLexicon` from the parsed layout of ``data/times.yaml``."""
    numbers = data["numbers"]
    rules = {
        str(name): RuleWords(str(name), frozenset(str(t).lower() for t in raw.get("triggers") or ()),
                             {str(k): v for k, v in raw.items() if k != "triggers"})
        for name, raw in (data.get("rules") or {}).items()
    }
    return TimeLexicon(
        numbers={str(k): int(v) for k, v in numbers["values"].items()},
        number_tens=tuple(str(w) for w in numbers["tens"]),
        number_units=tuple(str(w) for w in numbers["units"]),
        vague_numbers=tuple(str(w) for w in numbers["vague"]),
        approximations=tuple(str(w) for w in numbers["approximations"]),
        units={str(name): _unit(str(name), raw) for name, raw in data["units"].items()},
        parts_of_day={str(k): str(v) for k, v in data["parts_of_day"].items()},
        vague_durations=dict(data["vague_durations"]),
        rules=rules,
        lists=WordLists(data.get("lists") or {}, where),
    )


def load_time_lexicon() -> TimeLexicon:
    """The shipped time words (no setting names a user file: the grammar's patterns are code)."""
    return build_time_lexicon(read_yaml("times.yaml", None, schema="times", version=VERSION))
