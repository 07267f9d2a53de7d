"""Detection: where the rules match (near their trigger words), and spaCy's dates the rules did not find.

The extractor walks the tokens once to find where each rule's trigger words
are, runs the rule's pattern only in windows around them (which keeps the
grammar a small fraction of parse time), keeps the longest of overlapping
matches and normalises each with its rule's handler.
"""

from __future__ import annotations

import re

import numpy
from spacy.attrs import IDX, LENGTH, ORTH
from spacy.tokens import Doc

from ..walk import distinct as walk_distinct
from ..walk import doc_ents
from .context import Context
from .grammar import Grammar
from .relative import is_age
from .values import Resolved, unresolved

__all__ = ["Found", "candidates", "spacy_extra"]

Found = tuple[int, int, str, Resolved]  # start, end, rule name, value
_DIGIT = re.compile(r"\d")
_SPACY_LABELS = frozenset({"DATE", "TIME"})
_NAME_LABELS = frozenset({"PERSON", "ORG", "LAW", "EVENT", "WORK_OF_ART", "FAC", "PRODUCT"})
_AGE = re.compile(r"(?i)\b\d+[\s-]+years?[\s-]+old\b|\byears?[\s-]old\b|\bage(?:d|s)?\b")
# Rules whose matches are names themselves ("Christmas Day", which the model may tag as an event).
_NAME_RULES = frozenset({"holiday"})
_WINDOW = 80  # characters either side of a trigger word; longer than any expression's reach
_ORTH_KEYS = 1 << 16  # words whose trigger keys Grammar.keys_by_orth keeps (emptied when full)


def _windows(hits: list[tuple[int, int]], size: int) -> list[tuple[int, int]]:
    """Merged stretches of text around trigger hits (given in text order)."""
    out: list[tuple[int, int]] = []
    for s, e in hits:
        start, end = max(0, s - _WINDOW), min(size, e + _WINDOW)
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def _matches(doc: Doc, text: str, grammar: Grammar) -> list[tuple[int, int, int, re.Match[str]]]:
    """Every rule's matches in the windows around its triggers: (start, end, rule index, match)."""
    hits: dict[str, list[tuple[int, int]]] = {}
    strings = doc.vocab.strings  # one walk over the tokens' array finds where each rule can match
    arr = doc.to_array([ORTH, IDX, LENGTH]).reshape(len(doc), 3)
    by_orth = grammar.keys_by_orth
    if len(by_orth) > _ORTH_KEYS:
        by_orth.clear()
    # Each distinct word is looked up once; only the tokens of a word with trigger keys are walked, in text order.
    distinct = walk_distinct(arr[:, 0])  # sorted, as numpy.unique gives it, by one sort (no arg-sort)
    inverse = distinct.searchsorted(arr[:, 0])
    keyed: list[tuple[str, ...]] = []
    for orth in distinct.tolist():
        keys = by_orth.get(orth)
        if keys is None:
            keys = by_orth[orth] = grammar.trigger_keys(strings[orth])
        keyed.append(keys)
    has = numpy.array([bool(k) for k in keyed], dtype=bool)
    at = numpy.flatnonzero(has[inverse.reshape(-1)]) if len(keyed) else numpy.empty(0, dtype=numpy.int64)
    rows: list[list[int]] = arr[at, 1:].tolist()
    for j, (idx, length) in zip(inverse.reshape(-1)[at].tolist(), rows, strict=True):
        for key in keyed[j]:
            hits.setdefault(key, []).append((idx, idx + length))
    found: list[tuple[int, int, int, re.Match[str]]] = []
    windows: dict[frozenset[str], list[tuple[int, int]]] = {}
    for order, rule in enumerate(grammar.rules):
        if rule.triggers not in windows:
            spans = sorted(h for key in rule.triggers for h in hits.get(key, ()))
            windows[rule.triggers] = _windows(spans, len(text))
        for ws, we in windows[rule.triggers]:
            for m in rule.pattern.finditer(text, ws, we):
                if m.end() > m.start():
                    found.append((m.start(), m.end(), order, m))
    return found


def candidates(doc: Doc, text: str, grammar: Grammar, ctx: Context) -> list[Found]:
    """Rule matches, longest first, with overlaps removed; each normalised by its rule."""
    found = _matches(doc, text, grammar)
    found.sort(key=lambda f: (f[0] - f[1], f[2], f[0]))
    taken = bytearray(len(text))
    # Inside a name a date word is part of the name: "Theresa May", "the Good Friday Agreement" (but a
    # date with digits stays a date: "the Aug. 7 embassy bombings").
    named = bytearray(len(text))
    person = bytearray(len(text) + 1)  # inside a person's name, after its first character
    for ent in doc_ents(doc):
        if ent.label_ in _NAME_LABELS:
            named[ent.start_char:ent.end_char] = b"\x01" * (ent.end_char - ent.start_char)
        if ent.label_ == "PERSON" and len(ent) > 1:
            person[ent.start_char + 1:ent.end_char] = b"\x01" * (ent.end_char - ent.start_char - 1)
    out: list[Found] = []
    for start, end, order, m in found:
        rule = grammar.rules[order]
        if any(taken[start:end]) or person[start] or grammar.is_surname(text, start, end):
            continue  # a surname: inside a person's name ("Lisa Monday night"), "Mr. Days", "the Mays family"
        if all(named[start:end]) and not _DIGIT.search(text, start, end) and (
                rule.name not in _NAME_RULES or _in_longer_name(doc, start, end)):
            continue
        resolved = rule.handler(m, ctx)
        if resolved is None:
            continue
        taken[start:end] = b"\x01" * (end - start)
        out.append((start, end, rule.name, resolved))
    return out


def _in_longer_name(doc: Doc, start: int, end: int) -> bool:
    """Whether a name the model found runs past ``text[start:end]``: "Christmas Island", "the Easter Rising"
    (a holiday's name that the model took for an event, "Independence Day", is the holiday itself)."""
    return any(ent.label_ in _NAME_LABELS and ent.start_char < end and ent.end_char > start
               and (ent.start_char < start - len("the ") or ent.end_char > end + len("'s"))
               for ent in doc_ents(doc))


def _vague_duration(grammar: Grammar, text: str, start: int, end: int) -> Resolved | None:
    """Words the rules leave alone because alone they are too often not times, but which are durations
    when the model has already taken them for a date: "annual" (P1Y), "for years" (PXY, an unknown number),
    "in recent weeks" (PAST_REF)."""
    m = grammar.vague_duration.fullmatch(text, start, end)
    if m is None:
        return None
    word = m["word"].lower()
    vague = grammar.words.vague_durations
    if not m["the"] and m["mod"] and m["mod"].lower() in vague["past_ref"]:
        return Resolved("PAST_REF", "unknown", "none")  # "in recent years", "in past years": TimeML's PAST_REF
    values = vague["values"]
    if word in values:
        return Resolved(str(values[word]), "unknown", "explicit")
    unit = grammar.words.unit(word)
    if unit is None:
        return None
    code = "Y" if unit.code in grammar.words.rule("duration").numbers("in_years") else unit.code  # decades: PXY
    return Resolved(f"PTX{code}" if unit.clock else f"PX{code}", "unknown", "explicit")


def _normalise_span(text: str, start: int, end: int, grammar: Grammar, ctx: Context) -> Resolved | None:
    """Value of a span found by spaCy: the first rule that matches all of it, if any."""
    for rule in grammar.rules:
        m = rule.pattern.fullmatch(text, start, end)
        if m is not None:
            return rule.handler(m, ctx)
    return _vague_duration(grammar, text, start, end)


def spacy_extra(doc: Doc, text: str, taken: list[tuple[int, int]], grammar: Grammar, ctx: Context) -> list[Found]:
    """spaCy DATE/TIME entities that no rule found (nor overlaps), ages left out."""
    out: list[Found] = []
    occupied = bytearray(len(text))
    for s, e in taken:
        occupied[s:e] = b"\x01" * (e - s)
    for ent in doc_ents(doc):
        if ent.label_ not in _SPACY_LABELS or any(occupied[ent.start_char:ent.end_char]):
            continue
        if _AGE.search(ent.text) or not any(ch.isalpha() for ch in ent.text) or is_age(
                grammar.words, text, ent.start_char, ent.end_char):
            continue  # ages, and bare numbers the model took for dates (years are the rules' job)
        if grammar.is_surname(text, ent.start_char, ent.end_char):
            continue  # "the Weeks household", "Dr. Christmas"
        if len(ent) == 1 and ent[0].pos_ == "ADV":
            continue  # "quarterly", "seasonally": manner, not time
        if len(ent) == 1 and {"<weekday>", "<month>"} & set(grammar.trigger_keys(ent.text)):
            continue  # a lone day or month name the rules turned down ("Bloody Sunday", "by May")
        end = ent.end_char - 2 if ent.text.endswith(("'s", "’s")) else ent.end_char
        resolved = _normalise_span(text, ent.start_char, end, grammar, ctx) or unresolved()
        out.append((ent.start_char, end, "spacy", resolved))
    return out
