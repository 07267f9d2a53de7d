"""Times: the first-character look-ahead put before each rule's pattern changes no match, only the tries."""

from __future__ import annotations

import re

import pytest

from newsledger.config import load_settings
from newsledger.extract.times.grammar import _B, _E, grammar_for
from newsledger.extract.times.patterns import PATTERNS
from newsledger.extract.times.starts import first_chars, with_first_chars
from newsledger.lexicon import load_lexicon

GRAMMAR = grammar_for(load_lexicon(load_settings()).times)

# Our own sentences, with times of most shapes the rules know and words that only look like them.
TEXTS = [
    "The ceasefire in Lorvania held for 12 days, and talks resume next Tuesday morning at 10:30 a.m. local time.",
    "A three-week strike ended on 4 March 2024; a year earlier the union had struck for about two months.",
    "Officials said on Friday, Nov. 8, that the mid-2000s reforms, begun in the 1990s, would end by 2031-06-30.",
    "She ran the course in 2:05:33 last spring; that same evening the minister spoke, twice a week since.",
    "Mr. Summers met the Mays family in early January, the previous week, and again the following day.",
    "In the past, the 12-day war of 1967 and Christmas Day 2019 were remembered; now, in recent years, less so.",
    "Q3 of fiscal year 2025 and the second half of the decade; every Monday until 5/3/25, at midnight GMT.",
]


@pytest.mark.parametrize("rule", GRAMMAR.rules, ids=lambda r: r.name)
def test_each_rule_matches_as_without_its_look_ahead(rule):
    bare = re.compile(_B + PATTERNS[rule.name](GRAMMAR.words) + _E)
    for text in TEXTS:
        got = [(m.span(), m.groupdict()) for m in rule.pattern.finditer(text)]
        assert got == [(m.span(), m.groupdict()) for m in bare.finditer(text)]
        for start in range(0, len(text), 7):  # from inside a window, as the detector searches
            assert [m.span() for m in rule.pattern.finditer(text, start, start + 60)] == \
                [m.span() for m in bare.finditer(text, start, start + 60)]


def test_most_rules_have_a_look_ahead():
    assert sum(r.pattern.pattern.startswith("(?=") for r in GRAMMAR.rules) >= len(GRAMMAR.rules) - 2


def test_first_chars_admit_every_start_in_its_case_mode():
    assert first_chars(r"(?:x|y)?z") == "(?=[xyz])"
    assert first_chars(r"(?i:ab)|\d+c") == r"(?=[\d]|(?i:[a]))"
    assert first_chars(r"(?<!\w)(?:the\s+)?[0-3]?\d") == r"(?=[0123\dt])"


@pytest.mark.parametrize("pattern", [r"a*", r"(?:x)?", r".b", r"[^a]b", r"(?i)abc"])
def test_no_look_ahead_where_a_match_may_be_empty_or_start_anywhere(pattern):
    assert first_chars(pattern) is None
    assert with_first_chars(pattern) == pattern
