"""The characters a rule's match can start with, as a look-ahead put before its pattern.

Every position of a window around a trigger word is a place a rule's pattern may start; at most of them its
first alternatives (numbers, relation words, month names) are tried one by one and fail. A look-ahead that
admits only the characters a match can start with ends those tries at one test each and changes no match: it is
worked out from the pattern's own parse (:func:`first_chars`), so it admits every first character the pattern
can match (and may admit more), and where the parse holds something it does not follow (a back-reference, an
empty match) it gives no look-ahead at all.
"""

from __future__ import annotations

import importlib
import re
from typing import Any

__all__ = ["first_chars", "with_first_chars"]

# The stdlib's regex parser (``re._parser``, Python 3.11+; sre_parse before it): the same parse re.compile makes.
_parser: Any = importlib.import_module("re._parser")
_c: Any = importlib.import_module("re._constants")

_ZERO_WIDTH = frozenset({_c.ASSERT, _c.ASSERT_NOT, _c.AT})
_REPEATS = frozenset({_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT})
_CLASSES = {_c.CATEGORY_DIGIT: r"\d", _c.CATEGORY_SPACE: r"\s", _c.CATEGORY_WORD: r"\w"}
_WIDEST_RANGE = 512  # a class range wider than this is not spelled out: no look-ahead


class _Unknown(Exception):
    """Something in the pattern whose first characters are not worked out here."""


def first_chars(pattern: str) -> str | None:
    """A look-ahead (``(?=[...]|(?i:[...]))``) admitting every character a match of ``pattern`` can start
    with, in the case mode it is matched in; None where a match may be empty or the pattern holds something
    not followed here."""
    tree = _parser.parse(pattern)
    if tree.state.flags & ~re.UNICODE:
        return None  # flags set for the whole pattern: a look-ahead put before them would not compile
    try:
        cased, folded, empty = _sequence(list(tree.data), tree.state.flags)
    except _Unknown:
        return None
    if empty or not (cased or folded):
        return None
    parts = ([_class(cased)] if cased else []) + ([f"(?i:{_class(folded)})"] if folded else [])
    return "(?=" + "|".join(parts) + ")"


def with_first_chars(pattern: str) -> str:
    """``pattern`` with its :func:`first_chars` look-ahead before it, where it has one: the same matches."""
    ahead = first_chars(pattern)
    return pattern if ahead is None else ahead + pattern


def _class(chars: set[str]) -> str:
    return "[" + "".join(c if c in _CLASSES.values() else re.escape(c) for c in sorted(chars)) + "]"


def _sequence(items: list[tuple[Any, Any]], flags: int) -> tuple[set[str], set[str], bool]:
    """(first characters matched case-sensitively, those matched ignoring case, whether it can match empty)."""
    cased: set[str] = set()
    folded: set[str] = set()
    for op, av in items:
        c, f, empty = _item(op, av, flags)
        cased |= c
        folded |= f
        if not empty:
            return cased, folded, False
    return cased, folded, True


def _item(op: Any, av: Any, flags: int) -> tuple[set[str], set[str], bool]:
    if op is _c.LITERAL or op is _c.IN:
        chars = _chars(op, av)
        return (set(), chars, False) if flags & re.IGNORECASE else (chars, set(), False)
    if op is _c.SUBPATTERN:
        _group, add, remove, sub = av
        return _sequence(list(sub.data), (flags | add) & ~remove)
    if op is _c.ATOMIC_GROUP:
        return _sequence(list(av.data), flags)
    if op is _c.BRANCH:
        cased: set[str] = set()
        folded: set[str] = set()
        empty = False
        for sub in av[1]:
            c, f, e = _sequence(list(sub.data), flags)
            cased |= c
            folded |= f
            empty = empty or e
        return cased, folded, empty
    if op in _REPEATS:
        low, _high, sub = av
        c, f, e = _sequence(list(sub.data), flags)
        return c, f, e or low == 0
    if op in _ZERO_WIDTH:
        return set(), set(), True
    raise _Unknown(op)


def _chars(op: Any, av: Any) -> set[str]:
    if op is _c.LITERAL:
        return {chr(av)}
    chars: set[str] = set()
    for kind, value in av:
        if kind is _c.LITERAL:
            chars.add(chr(value))
        elif kind is _c.RANGE and value[1] - value[0] <= _WIDEST_RANGE:
            chars.update(chr(x) for x in range(value[0], value[1] + 1))
        elif kind is _c.CATEGORY and value in _CLASSES:
            chars.add(_CLASSES[value])
        else:
            raise _Unknown(kind)
    return chars
