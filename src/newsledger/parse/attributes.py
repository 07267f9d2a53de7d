"""The model's attribute ruler, compiled into attribute tables: the same annotations for under a third of the cost.

spaCy's ``attribute_ruler`` sets part of speech, morphology and some lemmas from the tagger's tags and a
few word and dependency exceptions. It finds them with the token ``Matcher`` and sets each match through
a ``Span``, which costs about an eighth of the whole parse of the small English model (more than the
tagger). Its patterns are simple: one or two tokens, each a conjunction of equalities, ``IN``, ``NOT_IN``
and ``REGEX`` tests on a few attributes. :func:`compile_ruler` turns the patterns of the loaded model's
ruler into vectorised tests over the document's attribute arrays, applied in the ruler's own order (a
later pattern wins, as in ``AttributeRuler.set_annotations``), and writes the results back with one
``Doc.from_array``. A model whose ruler uses anything else (operators, other attributes) keeps its own
ruler: :func:`compile_ruler` returns None and nothing changes.

The patterns are read from the model at load time; nothing of the model is copied here.
``tests/parse/test_attributes.py`` checks that both rulers give the same tags, parts of speech,
morphology, lemmas and dependency labels on real and hostile text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import numpy
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.tokens import Doc

__all__ = ["ATTRIBUTES_COMPONENT", "TableRuler", "compile_ruler", "use_table_ruler"]

ATTRIBUTES_COMPONENT = "attribute_ruler"  # the component keeps the stock ruler's name and place

# What a pattern may test, as columns of ``Doc.to_array``; what it may set, in the order written back.
_TESTED = {"TAG": TAG, "LOWER": LOWER, "DEP": DEP, "IS_SPACE": IS_SPACE, "ORTH": ORTH, "TEXT": ORTH}
_TEST_COLUMNS = (TAG, LOWER, DEP, IS_SPACE, ORTH)
_SET = ("TAG", "POS", "MORPH", "LEMMA")
_SET_COLUMNS = (TAG, POS, MORPH, LEMMA)
_REGEX_CACHE_LIMIT = 200_000  # word forms remembered per regular expression before the memo starts again

@dataclass(frozen=True, slots=True)
class _Test:
    """One attribute test of one pattern token, over the column ``column`` of the test arrays."""

    column: int
    kind: str  # "eq", "in", "not_in", "regex"
    values: numpy.ndarray | None = None  # hashes (or 0/1 for IS_SPACE)
    regex: re.Pattern[str] | None = None
    memo: dict[int, bool] = field(default_factory=dict)  # word form hash -> the regex finds it

    def mask(self, arrays: numpy.ndarray, strings: Any) -> numpy.ndarray:
        return self.holds(arrays[:, self.column], strings)

    def holds(self, col: numpy.ndarray, strings: Any) -> numpy.ndarray:
        """Where the test holds, over the values ``col`` of its column (the whole column, or some of its rows)."""
        if self.kind == "eq":
            assert self.values is not None
            eq: numpy.ndarray = col == self.values[0]
            return eq
        if self.kind in ("in", "not_in"):
            assert self.values is not None
            hit: numpy.ndarray = (col[:, None] == self.values[None, :]).any(axis=1)
            return hit if self.kind == "in" else ~hit
        assert self.regex is not None
        memo = self.memo
        if len(memo) > _REGEX_CACHE_LIMIT:
            memo.clear()
        out = numpy.zeros(len(col), dtype=bool)
        for i, value in enumerate(col.tolist()):
            found = memo.get(value)
            if found is None:
                found = memo[value] = self.regex.search(strings[value]) is not None
            out[i] = found
        return out


@dataclass(frozen=True, slots=True)
class _Rule:
    """One pattern of the ruler: token tests per position, the position it sets, and the values it sets."""

    tokens: tuple[tuple[_Test, ...], ...]
    index: int
    sets: tuple[tuple[int, int], ...]  # (column of _SET_COLUMNS, value)
    dep: int | None  # a dependency label to set (hash), outside the array written back


@dataclass(frozen=True, slots=True)
class _Plan:
    """How :class:`TableRuler` tries one rule: the values it needs in the document, the test that gives its candidate
    tokens (an "eq" test where it has one, else an "in" test; None where it has neither) and the tests tried at the
    candidates."""

    needs: tuple[tuple[int, frozenset[int]], ...]
    anchor: tuple[int, _Test] | None  # (pattern token, test)
    rest: tuple[tuple[int, _Test], ...]  # every other test, (pattern token, test)


class _Columns:
    """The tested columns of one document, each sorted once when a rule first asks for it: the values present, and
    the token positions of given values."""

    __slots__ = ("_present", "_sorted", "tests")

    def __init__(self, tests: numpy.ndarray) -> None:
        self.tests = tests
        self._sorted: list[tuple[numpy.ndarray, numpy.ndarray] | None] = [None] * tests.shape[1]
        self._present: list[set[int] | None] = [None] * tests.shape[1]

    def _order(self, column: int) -> tuple[numpy.ndarray, numpy.ndarray]:
        found = self._sorted[column]
        if found is None:
            values = self.tests[:, column]
            order = numpy.argsort(values, kind="stable")  # stable: each value's positions stay ascending
            found = self._sorted[column] = (order, values[order])
        return found

    def lacks(self, column: int, values: frozenset[int]) -> bool:
        """No token has any of ``values`` in ``column``."""
        present = self._present[column]
        if present is None:
            ordered = self._order(column)[1]
            first = numpy.ones(len(ordered), dtype=bool)
            first[1:] = ordered[1:] != ordered[:-1]
            present = self._present[column] = set(ordered[first].tolist())
        return present.isdisjoint(values)

    def positions(self, column: int, values: numpy.ndarray) -> numpy.ndarray:
        """The positions of the tokens with one of ``values`` in ``column``, ascending."""
        order, ordered = self._order(column)
        low = numpy.searchsorted(ordered, values, "left").tolist()
        high = numpy.searchsorted(ordered, values, "right").tolist()
        if len(low) == 1:
            return order[low[0]:high[0]]
        parts = [order[a:b] for a, b in zip(low, high, strict=True) if b > a]
        if not parts:
            return numpy.empty(0, dtype=order.dtype)
        return parts[0] if len(parts) == 1 else numpy.sort(numpy.concatenate(parts))


class TableRuler:
    """The compiled ruler: call it on a ``Doc`` as spaCy calls a component."""

    def __init__(self, rules: list[_Rule] | None = None) -> None:
        self.rules = rules or []
        self._plans: tuple[list[_Rule], list[_Plan]] | None = None

    def plans(self) -> list[_Plan]:
        """For each rule, the values one of which each of its "eq" and "in" tests needs in its column (a rule none of
        whose needed values is in the document matches nowhere: most rules, in most documents), and the test whose
        tokens are its candidates: its first "eq" test (most rules have one), else its first "in" test."""
        if self._plans is None or self._plans[0] is not self.rules:
            found = []
            for rule in self.rules:
                needs = tuple((test.column, frozenset(test.values.tolist())) for token in rule.tokens for test in token
                              if test.kind in ("eq", "in") and test.values is not None)
                tried = [(k, test) for k, token in enumerate(rule.tokens) for test in token]
                ranked = [(0 if test.kind == "eq" else 1, n) for n, (_, test) in enumerate(tried)
                          if test.kind in ("eq", "in") and test.values is not None]
                anchor = tried[min(ranked)[1]] if ranked else None
                rest = tuple(item for item in tried if item is not anchor)
                found.append(_Plan(needs, anchor, rest))
            self._plans = (self.rules, found)
        return self._plans[1]

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        if n == 0:
            return doc
        tests = doc.to_array(list(_TEST_COLUMNS))
        out: Any = doc.to_array(list(_SET_COLUMNS))
        strings = doc.vocab.strings
        deps: list[tuple[int, int]] = []
        columns = _Columns(tests)
        for rule, plan in zip(self.rules, self.plans(), strict=True):
            if any(columns.lacks(column, values) for column, values in plan.needs):
                continue  # no token has a value one of its tests needs: it matches nowhere
            if plan.anchor is None:
                at = self._positions(rule, tests, strings)
            else:
                at = self._anchored(rule, plan, columns, strings)
            if at.size == 0:
                continue
            for column, value in rule.sets:
                out[at, column] = value
            if rule.dep is not None:
                deps.extend((i, rule.dep) for i in at.tolist())
        doc.from_array(list(_SET_COLUMNS), out)
        for i, label in deps:
            doc[i].dep = label
        return doc

    @staticmethod
    def _anchored(rule: _Rule, plan: _Plan, columns: _Columns, strings: Any) -> numpy.ndarray:
        """What :meth:`_positions` gives, tried only where the anchor test holds: the tokens with its values, as
        the start of a match, kept where every other test holds on its token of the match."""
        assert plan.anchor is not None
        tests = columns.tests
        k, anchor = plan.anchor
        assert anchor.values is not None
        starts = columns.positions(anchor.column, anchor.values)
        length = len(rule.tokens)
        if k or length > 1:
            starts = starts - k
            starts = starts[(starts >= 0) & (starts <= len(tests) - length)]
        for j, test in plan.rest:
            if starts.size == 0:
                break
            starts = starts[test.holds(tests[starts + j, test.column], strings)]
        return starts + rule.index if rule.index else starts

    @staticmethod
    def _positions(rule: _Rule, tests: numpy.ndarray, strings: Any) -> numpy.ndarray:
        """Token positions the rule sets: where its tokens match, shifted to the index it sets."""
        n = len(tests)
        length = len(rule.tokens)
        if length > n:
            return numpy.empty(0, dtype=numpy.int64)
        starts = numpy.ones(n - length + 1, dtype=bool)
        for k, token in enumerate(rule.tokens):
            for test in token:
                starts &= test.mask(tests, strings)[k:k + n - length + 1]
            if not starts.any():
                return numpy.empty(0, dtype=numpy.int64)
        return numpy.flatnonzero(starts) + rule.index


def _test(key: str, value: Any, strings: Any) -> _Test | None:
    column = _TESTED.get(key)
    if column is None:
        return None
    position = _TEST_COLUMNS.index(column)

    def encode(v: Any) -> int | None:
        if key == "IS_SPACE":
            return int(v) if isinstance(v, bool) else None
        return int(strings.add(v)) if isinstance(v, str) else None

    if not isinstance(value, dict):
        code = encode(value)
        return None if code is None else _Test(position, "eq", numpy.array([code], dtype=numpy.uint64))
    if len(value) != 1:
        return None
    (op, arg), = value.items()
    if op in ("IN", "NOT_IN") and isinstance(arg, list):
        codes = [encode(v) for v in arg]
        if any(c is None for c in codes):
            return None
        return _Test(position, op.lower(), numpy.array(codes, dtype=numpy.uint64))
    if op == "REGEX" and isinstance(arg, str) and key != "IS_SPACE":
        return _Test(position, "regex", regex=re.compile(arg))
    return None


_Sets = tuple[tuple[tuple[int, int], ...], int | None]


def _sets(attrs: dict[str, Any], strings: Any, morphology: Any) -> _Sets | None:
    sets: list[tuple[int, int]] = []
    dep: int | None = None
    for key, value in attrs.items():
        if not isinstance(value, str):
            return None
        if key == "POS":
            if value not in POS_IDS:
                return None
            sets.append((_SET.index("POS"), POS_IDS[value]))
        elif key == "MORPH":
            sets.append((_SET.index("MORPH"), int(morphology.add(value))))
        elif key in ("TAG", "LEMMA"):
            sets.append((_SET.index(key), int(strings.add(value))))
        elif key == "DEP":
            dep = int(strings.add(value))
        else:
            return None
    return tuple(sets), dep


def compile_ruler(ruler: Any, vocab: Any) -> TableRuler | None:
    """The patterns of a spaCy ``AttributeRuler`` as a :class:`TableRuler`; None if any pattern is beyond it."""
    patterns = getattr(ruler, "patterns", None)
    if not patterns:
        return None
    strings, morphology = vocab.strings, vocab.morphology
    rules: list[_Rule] = []
    for entry in patterns:
        sets = _sets(entry.get("attrs") or {}, strings, morphology)
        if sets is None:
            return None
        for pattern in entry["patterns"]:
            if not pattern or not isinstance(pattern, list):
                return None
            tokens: list[tuple[_Test, ...]] = []
            for spec in pattern:
                if not isinstance(spec, dict) or not spec:
                    return None
                token = tuple(_test(k, v, strings) for k, v in spec.items())
                if any(t is None for t in token):
                    return None
                tokens.append(tuple(t for t in token if t is not None))
            index = int(entry.get("index", 0))
            if not -len(tokens) <= index < len(tokens):
                return None
            rules.append(_Rule(tuple(tokens), index % len(tokens), sets[0], sets[1]))
    return TableRuler(rules)


def use_table_ruler(nlp: Language) -> bool:
    """Replace the model's ``attribute_ruler`` by its compiled tables where every pattern compiles."""
    if ATTRIBUTES_COMPONENT not in nlp.pipe_names:
        return False
    stock = nlp.get_pipe(ATTRIBUTES_COMPONENT)
    if isinstance(stock, TableRuler):
        return True
    table = compile_ruler(stock, nlp.vocab)
    if table is None:
        return False
    nlp.replace_pipe(ATTRIBUTES_COMPONENT, TABLE_FACTORY)
    replacement = nlp.get_pipe(ATTRIBUTES_COMPONENT)
    assert isinstance(replacement, TableRuler)
    replacement.rules = table.rules
    return True


TABLE_FACTORY = "newsledger_table_ruler"


def _make_table_ruler(nlp: Language, name: str) -> TableRuler:
    """An empty compiled ruler; :func:`use_table_ruler` gives it the stock ruler's rules."""
    return TableRuler()


# spaCy validates a factory's arguments from its annotations, which this module's postponed annotations
# leave as strings: hand it the objects.
_make_table_ruler.__annotations__ = {"nlp": Language, "name": str, "return": TableRuler}
Language.factory(TABLE_FACTORY, func=_make_table_ruler)
