"""The grammar of English time expressions: detection rules, each with its normaliser.

A rule is a regular expression (:mod:`.patterns`, its words from the lexicon),
the words one of which each of its matches contains (its triggers, in
``data/times.yaml``), and a handler (:mod:`.absolute`, :mod:`.relative`) that
turns the match into a TIMEX3 value or rejects it.

Rules are listed most specific first, in the order of ``data/times.yaml``:
where two matches overlap, the longer one wins and, at equal length, the
earlier rule. The grammar is built once per lexicon (:func:`grammar_for`), not per
document.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ...lexicon import LexiconError
from ...lexicon.times import TimeLexicon
from ...textutil import MONTH_NAMES, WEEKDAY_NAMES
from . import absolute, holidays, relative
from .context import HANDLERS, Context, Handler, Tense
from .patterns import PATTERNS, alternatives
from .starts import with_first_chars

__all__ = ["Context", "Grammar", "Rule", "Tense", "grammar_for"]

# Left boundary: not inside a word, number, price, path or clock reading; after a hyphen only in a range ("2009-2010").
_B = r"(?<![\w'’$£€/.:])(?<!\D-)"
# Right boundary: a full stop, a possessive ("last month's") or a range ("2009-10") may follow.
_E = r"(?![\w]|['’](?!s\b)|-(?!\d)|\.\d)"

_YEAR_TOKEN = re.compile(r"[12]\d{3}")
_DECADE_TOKEN = re.compile(r"\d0'?s$")
_MONTH_KEYS = frozenset(m[:3].lower() for m in MONTH_NAMES)
_WEEKDAY_KEYS = frozenset(w.lower() for w in WEEKDAY_NAMES)
_HANDLER_MODULES = (absolute, holidays, relative)  # imported for the handlers they register


@dataclass(frozen=True, slots=True)
class Rule:
    """A detection pattern, the words that must occur near a match, and the match's normaliser."""

    name: str
    pattern: re.Pattern[str]
    handler: Handler
    triggers: frozenset[str]  # words every match contains one of: the rule runs only near them


class Grammar:
    """The compiled rules of one lexicon and the trigger look-up the extractor walks the tokens with."""

    def __init__(self, words: TimeLexicon) -> None:
        missing = [name for name in words.rules if name not in PATTERNS or name not in HANDLERS]
        unused = sorted(set(PATTERNS) - set(words.rules))
        missing += sorted(words.lists.day_rules - set(words.rules))  # lists.day_rules names rules too
        if missing or unused:
            raise LexiconError("data/times.yaml", f"rules without a pattern or handler in code: {missing}; "
                                                  f"rules of the code the file does not list: {unused}")
        self.words = words
        self.rules: tuple[Rule, ...] = tuple(
            # a look-ahead for the characters a match can start with: the same matches, fewer tries
            Rule(name, re.compile(with_first_chars(_B + PATTERNS[name](words) + _E)), HANDLERS[name], entry.triggers)
            for name, entry in words.rules.items()
        )
        vague = words.vague_durations
        # spaCy's dates that are durations without a number ("for years", "annual"); see detect.py.
        self.vague_duration = re.compile(rf"(?i)(?P<the>the\s+)?(?:(?P<mod>{alternatives(vague['modifiers'])})\s+)?"
                                         rf"(?P<word>{alternatives([*vague['units'], *vague['values']])})")
        lists = words.lists  # a capitalised time word after a title or before "family" is a surname
        honorifics = alternatives(sorted(lists.honorifics, key=len, reverse=True))
        self.title_before = re.compile(rf"(?<![\w.])(?=[A-Z])(?i:{honorifics})\.?\s+$")
        self.household_after = re.compile(rf"\s+(?:{alternatives(sorted(lists.household_nouns))})\b")
        self.trigger_words: frozenset[str] = frozenset().union(*(r.triggers for r in self.rules))
        self._unit_forms = frozenset(f for u in words.units.values() for f in (u.name, u.plural))
        # Cached per grammar: the same words come back in every document.
        self.trigger_keys = functools.lru_cache(maxsize=1 << 16)(self._trigger_keys)
        # The same by a token's ORTH hash (a hash of its text), so that a walk over a document's attribute array
        # asks no string store; kept to ``detect._ORTH_KEYS`` words.
        self.keys_by_orth: dict[int, tuple[str, ...]] = {}

    def is_surname(self, text: str, start: int, end: int) -> bool:
        """Whether the capitalised time word at ``text[start:end]`` is someone's name: after a title ("Mr.
        Days", "Judge Summers") or before a household noun ("the Mays family")."""
        if text[start:start + 1].isupper() and self.title_before.search(text, max(0, start - 16), start):
            return True
        last = text[start:end].split()[-1:] or [""]
        return last[0][:1].isupper() and self.household_after.match(text, end) is not None

    def _trigger_keys(self, word: str) -> tuple[str, ...]:
        """The trigger keys a token's text stands for: itself if a trigger word, and its classes
        (<month> "Sept.", <weekday> "Friday", <year> "2023", <decade> "1990s", <slash> "5/3/25",
        <clock> "10:35", <unit> "days")."""
        lower = word.lower()
        keys: list[str] = [lower] if lower in self.trigger_words else []
        if lower in self._unit_forms:
            keys.append("<unit>")
        if any(ch.isdigit() for ch in word):
            if _YEAR_TOKEN.search(word):
                keys.append("<year>")
            if _DECADE_TOKEN.search(word):
                keys.append("<decade>")
            if "/" in word:
                keys.append("<slash>")
            if ":" in word:
                keys.append("<clock>")
        elif word[:1].isupper():
            if lower[:3] in _MONTH_KEYS:
                keys.append("<month>")
            elif lower.rstrip("s") in _WEEKDAY_KEYS:
                keys.append("<weekday>")
        return tuple(keys)


@functools.lru_cache(maxsize=8)
def grammar_for(words: TimeLexicon) -> Grammar:
    """The grammar built from ``words``: compiled once per lexicon object (hashed by identity)."""
    return Grammar(words)
