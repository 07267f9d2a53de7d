"""Results and standings lines: who the names of a table row are.

Wire copy carries sports results and tables as one line per row ("Leeds 2
Hull 0", "Hartford 12 7 6 77 76 30", "Boston at Denver"), where the NER
reads team names as places or people and runs one name into the next over
the scores ("Leeds 2 Hull"). A **row** is a line with at least two numbers,
or two names joined by a fixture word ("at", "v"), and no other lower-case
word (prose has them). In a row, a run of capitalised words is a name; its
place in the row says what it is:

- a **side** starts the line or follows a score, a fixture word or a closing
  bracket, and is
  followed by a score, a fixture word, a nationality in brackets or the line's
  end. A side is a team (ORG), except a country (GPE: national sides are read
  as their country) and a person the NER tagged as one whose first word is a
  known given name or who carries a nationality in brackets ("Anna Berg
  ( Sweden ) 24.88", "16-1 Roberto Soto");
- a **scorer** follows a bracket, comma, semicolon or dash and is followed
  by a number ("( Berg 34 , Soto 71 )"): a person;
- a **numbered player** of a team sheet follows a shirt number and a dash
  and ends the line or an item of the list ("4 - Anna Berg , 5 - ..."): a
  person.

Other names of a row are left as the NER found them. A prose line (a
lower-case word that is no fixture word) is skipped on the token attribute
arrays; only the other lines' tokens are read. The fixture
words are ``table_fixture_words`` in ``data/actors/lists.yaml``; the given
names come from the people lists (:attr:`~newsledger.lexicon.people.People.given_names`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from ...lexicon import Lexicon
from ...textutil import form_key
from ..walk import among

__all__ = ["table_rows"]

_NUMBER = re.compile(r"[+\-]?\.?\d[\d.,:/\-]*\.?")  # "12", "1-0", ".778", "24.88", "2.", "1/2"
# "79.94", "29,200", "10:32": a price, quantity, race time or clock time, not a score
_MEASURE = re.compile(r"\d+\.\d|\d{1,3},\d{3}|\d{1,2}:\d\d")
_JOINERS = {"-", "–", "/", "."}  # inside one number the tokenizer split ("1996 - 12 - 06")
_SCORER_BEFORE = {"(", ",", ";", "-", "–"}
_DASHES = {"-", "–"}
_LIST_AFTER = {",", ";", "(", ")", "."}
_NOT_NAMES = {"DATE", "TIME", "MONEY", "QUANTITY", "PERCENT", "CARDINAL", "ORDINAL"}
_MIN_NUMBERS = 2
_RECORD = 3  # numbers after a lone side: played, won, lost ...


@dataclass(frozen=True, slots=True)
class _Name:
    """A run of capitalised words in a row and the spaCy label it gets."""

    start: int
    end: int
    label: str


def table_rows(doc: Doc, spans: list[SpacySpan], lexicon: Lexicon) -> list[SpacySpan]:
    """``spans`` (the NER's names, trimmed) with the names of table rows typed by their place in the row:
    a span that overlaps a row's side or scorer gives way to it."""
    fixture = lexicon.actors.lists["table_fixture_words"]
    found = [name for start, end in _lines(doc, fixture) for name in _row_names(doc, start, end, fixture, lexicon)]
    if not found:
        return spans
    taken: dict[int, _Name] = {}
    for name in found:
        for i in range(name.start, name.end):
            taken[i] = name
    kept = [s for s in spans if not any(i in taken for i in range(s.start, s.end))]
    return sorted(kept + [SpacySpan(doc, n.start, n.end, label=n.label) for n in found], key=lambda s: s.start)


def _lines(doc: Doc, fixture: frozenset[str]) -> Iterator[tuple[int, int]]:
    """Token bounds of each line of ``doc`` with no lower-case word but the fixture words: the lines that
    may be rows. Read from the token attribute arrays (no Token objects): prose lines cost nothing more."""
    attrs = doc.to_array(["LOWER", "IS_LOWER", "IS_SPACE"])
    fixture_ids = np.array(sorted({get_string_id(w) for w in fixture}), dtype="uint64")
    prose = attrs[:, 1].astype(bool) & ~among(attrs[:, 0], fixture_ids)
    seen = np.concatenate(([0], np.cumsum(prose)))  # prose words before each token
    breaks = [int(i) for i in np.flatnonzero(attrs[:, 2]) if "\n" in doc[int(i)].text]
    start = 0
    for stop in [*breaks, len(doc)]:
        if stop > start and seen[stop] == seen[start] and not attrs[start:stop, 2].all():
            yield start, stop
        start = stop + 1


def _kind(text: str, fixture: frozenset[str]) -> str:
    """N: a number; F: a fixture word; C: a capitalised word; P: punctuation; L: any other word."""
    if _NUMBER.fullmatch(text):
        return "N"
    if text.lower() in fixture and (text.islower() or text.isupper()):
        return "F"
    if text[:1].isupper():
        return "C"
    if not any(ch.isalnum() for ch in text):
        return "P"
    return "L"


def _row_names(doc: Doc, start: int, end: int, fixture: frozenset[str], lexicon: Lexicon) -> list[_Name]:
    """The sides and scorers of the line ``[start, end)`` if it is a table row, else nothing."""
    toks: list[Token] = []
    kinds: list[str] = []
    for t in doc[start:end]:
        if t.is_space:
            continue
        toks.append(t)
        kind = _kind(t.text, fixture)
        if kind == "L" or (kind == "N" and _MEASURE.match(t.text)):
            return []  # prose (most lines stop at their first words), or a table of prices and quantities
        kinds.append(kind)
    if "C" not in kinds:
        return []
    numbers = _numbers(toks, kinds)
    if numbers < _MIN_NUMBERS and not _fixture_line(kinds):
        return []
    out = []
    k = 0
    while k < len(toks):
        if kinds[k] != "C":
            k += 1
            continue
        j = k
        while j < len(toks) and kinds[j] == "C":
            j += 1
        name = _typed(doc, toks, kinds, k, j, lexicon)
        if name is not None:
            out.append(name)
        k = j
    # One name alone needs a standings record after it: "Updated 10:32 GMT 5 May" is a time stamp.
    return out if len(out) >= 2 or numbers >= _RECORD else []


def _numbers(toks: list[Token], kinds: list[str]) -> int:
    """The numbers of a row, a date or score the tokenizer split ("1996 - 12 - 06") counted once."""
    count = 0
    for k, kind in enumerate(kinds):
        joined = k >= 2 and kinds[k - 2] == "N" and toks[k - 1].text in _JOINERS and not toks[k - 1].whitespace_ \
            and not toks[k - 2].whitespace_
        if kind == "N" and not joined:
            count += 1
    return count


def _fixture_line(kinds: list[str]) -> bool:
    """Names joined by fixture words and nothing else ("Boston at Denver")."""
    text = "".join(kinds).rstrip("P")
    return bool(re.fullmatch(r"C+(FC+)+", text))


def _typed(doc: Doc, toks: list[Token], kinds: list[str], k: int, j: int, lexicon: Lexicon) -> _Name | None:
    """The name ``toks[k:j]`` typed by its place in the row, or None where the place does not tell."""
    before = kinds[k - 1] if k > 0 else ""
    after = kinds[j] if j < len(kinds) else ""
    start, end = toks[k].i, toks[j - 1].i + 1
    if any(t.ent_type_ in _NOT_NAMES for t in toks[k:j]):
        return None  # "Feb 97": a date or an amount the NER read
    bracketed = after == "P" and toks[j].text == "(" and _nationality(toks, kinds, j, lexicon)
    after_bracket = before == "P" and toks[k - 1].text == ")"  # "Leeds 2 ( Hale 34 ) Hull 1"
    if (before in ("", "N", "F") or after_bracket) and (after in ("", "N", "F") or bracketed):
        return _Name(start, end, _side_label(doc, start, end, bracketed, lexicon))
    if before == "P" and toks[k - 1].text in _SCORER_BEFORE and after == "N":
        return _Name(start, end, "PERSON")
    numbered = before == "P" and toks[k - 1].text in _DASHES and k >= 2 and kinds[k - 2] == "N"
    if numbered and (after == "" or (after == "P" and toks[j].text in _LIST_AFTER)):
        return _Name(start, end, "PERSON")  # a team sheet: "4 - Anna Berg , 5 - ..."
    return None


def _nationality(toks: list[Token], kinds: list[str], j: int, lexicon: Lexicon) -> bool:
    """``toks[j]`` opens a bracket that holds only a country ("( Sweden )")."""
    k = j + 1
    while k < len(kinds) and kinds[k] == "C":
        k += 1
    if k == j + 1 or k >= len(toks) or toks[k].text != ")":
        return False
    place = lexicon.actors.place(" ".join(t.text for t in toks[j + 1:k]))
    return place is not None and place.kind == "country"


def _side_label(doc: Doc, start: int, end: int, bracketed: bool, lexicon: Lexicon) -> str:
    """A side's spaCy label: GPE for a country, PERSON for two or more words that start with a given name
    (and that the NER did not read as something else, unless a nationality follows) or that the NER read as
    a person with a nationality after them, else ORG (a team)."""
    place = lexicon.actors.place(doc[start:end].text)
    if place is not None and place.kind == "country":
        return "GPE"
    if end - start < 2:
        return "ORG"
    tags = {t.ent_type_ for t in doc[start:end]}
    given = form_key(doc[start].text) in lexicon.actors.people.given_names
    if ("PERSON" in tags and bracketed) or (given and (bracketed or tags <= {"", "PERSON"})):
        return "PERSON"
    return "ORG"
