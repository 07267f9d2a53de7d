"""TABARI/PETRARCH actor dictionaries: read one, and turn it into newsledger's user vocabularies.

Event coders of the TABARI family (TABARI, PETRARCH, PETRARCH-2, UD-PETRARCH) keep their actors in text
dictionaries, and many research groups keep their own. ``newsledger actors import FILE --format petrarch``
reads such a file into the two user files newsledger already has: dated entries (people in office) become
rows of the people list (:mod:`.people`: name, aliases, country, sector, role, start, end) and undated ones
rows of the actor vocabulary (:mod:`.actors`, setting ``actors_file``: kind, form, country, sector).
``tools/build_actors_phoenix.py`` builds the shipped people list from the Phoenix dictionaries with the same
reader, and :mod:`newsledger.evaluation.tabari` runs the PETRARCH validation suites with their own
dictionaries through it.

The format, as far as it is read here: one entry per line, ``NAME [CODE]``, ``_`` or a space between words
and an optional ``# comment``; ``+NAME`` lines add other spellings to the entry above; codes may stand on
their own indented lines below the name, each optionally date-restricted (``[USAGOV 090120-170120]``,
``[USAGOV >090120]``, ``[USAGOV <170120]``; dates YYMMDD or YYYYMMDD); names that stand one after another
without codes share the codes that follow them (a block of spellings); ``<!-- ... -->`` blocks and lines
starting with ``#`` are skipped; text after a tab on a name line (extra facts in company lists) is ignored.
``A/B`` gives the entry both codes. Codes ``---``, ``+++`` and ``###`` are discards (no actor). A code splits
into CAMEO three-letter parts: a country (where it is one the vocabulary knows), a sector (one of the CAMEO
agent codes) and the rest as the role: ``USAGOVLEG`` is USA, GOV, LEG.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..textutil import form_key
from .actors import SECTORS, Vocabulary

__all__ = ["DISCARDS", "DatedCode", "DictionaryRecord", "ImportCounts", "phrase", "read_actor_dictionary",
           "split_code", "title_stripper", "write_user_files"]

DISCARDS = frozenset({"---", "+++", "###"})
_CODE = re.compile(r"\[\s*([A-Za-z0-9~\-+#/]+)\s*([<>]?\s*\d*(?:\s*-\s*\d+)?)\s*\]")


@dataclass(frozen=True, slots=True)
class DatedCode:
    """A code of an entry, valid from ``start`` to ``end`` (ISO dates; "" for open)."""

    code: str
    start: str = ""
    end: str = ""

    @property
    def dated(self) -> bool:
        return bool(self.start or self.end)


@dataclass(slots=True)
class DictionaryRecord:
    """One entry: its names as written (the primary one first) and its codes, in file order."""

    names: list[str]
    codes: list[DatedCode] = field(default_factory=list)
    comment: str = ""

    @property
    def ident(self) -> str:
        """The primary phrase as the dictionary writes it, without its closing ``_``."""
        return self.names[0].rstrip("_ ").strip()

    @property
    def variants(self) -> list[str]:
        """Every name as a phrase of words (``_`` as spaces, parenthesised notes dropped)."""
        return [phrase(n) for n in self.names]

    @property
    def usable(self) -> list[DatedCode]:
        """The codes that name an actor (not discards, a letter code)."""
        return [c for c in self.codes if c.code not in DISCARDS and c.code[:3].isalpha()]


def phrase(text: str) -> str:
    """A dictionary name as words: ``_`` and ``|`` as spaces, ``(notes)`` dropped, spaces collapsed."""
    text = re.sub(r"\([^)]*\)", " ", text.replace("_", " ").replace("|", " ").replace("\t", " "))
    return re.sub(r"\s+", " ", text).strip()


def _date(text: str) -> str | None:
    """ISO date of a YYMMDD or YYYYMMDD date, None where it is malformed."""
    text = text.strip()
    if len(text) == 6 and text.isdigit():
        text = ("20" if int(text[:2]) < 30 else "19") + text
    if len(text) != 8 or not text.isdigit():
        return None
    try:
        return dt.date(int(text[:4]), int(text[4:6]), int(text[6:])).isoformat()
    except ValueError:
        return None


def _restriction(text: str) -> tuple[str, str] | None:
    """(start, end) of a date restriction ("" for open), None where it cannot be read."""
    text = text.replace(" ", "")
    if not text:
        return "", ""
    if text[0] in "<>":
        day = _date(text[1:])
        if day is None:
            return None
        return ("", day) if text[0] == "<" else (day, "")
    a, _, b = text.partition("-")
    start, end = _date(a), _date(b)
    if start is None or end is None or end < start:
        return None
    return start, end


def _codes(body: str) -> list[DatedCode]:
    out: list[DatedCode] = []
    for m in _CODE.finditer(body):
        span = _restriction(m.group(2))
        if span is not None:  # "ELR/GAL": one actor of two codes, each kept
            out.extend(DatedCode(code, *span) for code in m.group(1).upper().split("/") if code)
    return out


def _lines(lines: Iterable[str]) -> Iterator[str]:
    """The lines outside ``<!-- ... -->`` blocks and ``#`` comment lines."""
    in_comment = False
    for raw in lines:
        if in_comment or raw.lstrip().startswith("<!--"):
            in_comment = "-->" not in raw
            continue
        if raw.strip() and not raw.lstrip().startswith("#"):
            yield raw


def read_actor_dictionary(path: str | Path, solitary: Callable[[DictionaryRecord], bool] | None = None
                          ) -> list[DictionaryRecord]:
    """The entries of a TABARI/PETRARCH actor dictionary that have codes, in file order (see the module).

    An entry for which ``solitary`` holds never shares the codes of the names that follow it: left without
    codes of its own, it is dropped (the Phoenix lists mark their rulers so).
    """
    records: list[DictionaryRecord] = []
    pending: list[DictionaryRecord] = []  # names read since the last codes
    text = Path(path).read_text("utf-8", errors="replace")
    for raw in _lines(text.splitlines()):
        body, _, comment = raw.partition("#")
        codes = _codes(body)
        name = _CODE.sub(" ", body).strip().split("\t")[0].strip()
        if not name:  # a line of codes for the entry, or block of spellings, above
            target = pending[-1:] if pending and pending[-1].codes else pending
            for record in target:
                record.codes.extend(codes)
            continue
        if name.startswith("+"):
            if pending and name[1:].strip():
                pending[-1].names.append(name[1:].strip())
            continue
        if pending and pending[-1].codes:
            records.extend(pending)
            pending = []
        elif pending and solitary is not None and solitary(pending[-1]):
            pending.pop()
        pending.append(DictionaryRecord([name], codes, comment.strip()))
    records.extend(r for r in pending if r.codes)
    return records


def split_code(code: str, countries: Collection[str]) -> tuple[str, str, str]:
    """(country, sector, role) of a CAMEO actor code: "USAGOVLEG" -> USA, GOV, LEG; "IGOUNO" -> "", IGO, UNO;
    a multinational ("MNC...") is a business of the first country it names."""
    chunks = [code[i:i + 3] for i in range(0, len(code), 3)]
    if chunks and chunks[0] == "MNC":
        return next((c for c in chunks[1:] if c in countries), ""), "BUS", ""
    country = chunks[0] if chunks and chunks[0] in countries else ""
    rest = chunks[1:] if country else chunks
    sector = next((c for c in rest if c in SECTORS), "")
    role = "".join(c for c in rest if c != sector)
    return country, sector, role


def title_stripper(vocab: Vocabulary) -> Callable[[str], str]:
    """A function that takes the titles and honorifics the vocabulary knows off the start of a name, where
    a name of two words or more is left ("President Hosni Ali": "Hosni Ali"); else it gives the name back."""
    singles = vocab.lists["honorifics"] | vocab.lists["honorifics_male"] | vocab.lists["honorifics_female"]

    def lead(words: list[str]) -> int:
        for n in range(min(4, len(words) - 2), 0, -1):
            key = form_key(" ".join(words[:n])).rstrip(".")
            if key in vocab.titles or (n == 1 and (key in singles or key in vocab.abbreviated_titles)):
                return n
        return 0

    def strip(name: str) -> str:
        words = name.split()
        while len(words) > 2 and (n := lead(words)):
            words = words[n:]
        return " ".join(words)

    return strip


@dataclass(frozen=True, slots=True)
class ImportCounts:
    """What an import wrote: people (rows and names) and vocabulary forms, and entries left out."""

    people_rows: int
    people: int
    forms: int
    skipped: int


def _display(text: str) -> str:
    """A dictionary phrase (usually upper case) as a name: "GEORGE_W._BUSH" -> "George W. Bush"."""
    words = phrase(text).split()
    return " ".join(w if re.fullmatch(r"[A-Z]\.", w) or not w.isupper() else w.capitalize()
                    if "-" not in w else "-".join(p.capitalize() for p in w.split("-")) for w in words)


def write_user_files(records: Iterable[DictionaryRecord], people_path: str | Path, actors_path: str | Path,
                     countries: Collection[str], strip_title: Callable[[str], str] | None = None) -> ImportCounts:
    """Write ``records`` as a people list (CSV, :data:`.people.USER_COLUMNS`) and an actor vocabulary (TSV:
    kind, form, country, sector).

    A person is an entry with a dated code (someone in office from one day to another), or one whose name
    starts with a title that ``strip_title`` takes off ("PRESIDENT_X_Y": X Y): one people row per code that
    names a country or a sector, the first spelling as the name and the others as aliases. Any other entry
    whose code has a sector is an institution of its country; one with a country alone is another name of
    that country (a demonym, its capital). ``countries`` are the three-letter codes read as countries; the
    dictionary's own three-letter codes that are no CAMEO sector (its fictional states) count as countries too.
    """
    records = list(records)
    known = set(countries) | {c.code for r in records for c in r.usable if len(c.code) == 3 and c.code not in SECTORS}
    strip = strip_title or (lambda name: name)
    people_rows = people = forms = skipped = 0
    seen: set[str] = set()
    with open(people_path, "w", encoding="utf-8", newline="") as people_file, \
            open(actors_path, "w", encoding="utf-8", newline="") as actors_file:
        people_out = csv.writer(people_file, lineterminator="\n")
        people_out.writerow(["name", "aliases", "country", "sector", "role", "start", "end"])
        actors_out = csv.writer(actors_file, delimiter="\t", lineterminator="\n")
        actors_out.writerow(["kind", "form", "country", "sector"])
        for record in records:
            names = list(dict.fromkeys(_display(n) for n in record.names if phrase(n)))
            codes = record.usable
            if not names or not codes:
                skipped += 1
                continue
            bare = list(dict.fromkeys(b for b in (strip(n) for n in names) if b))
            if any(c.dated for c in codes) or (bare and bare != names):
                rows = []
                for code in codes:
                    country, sector, role = split_code(code.code, known)
                    if country or sector:
                        rows.append([bare[0], "|".join(bare[1:]), country, sector, role, code.start, code.end])
                if not bare or not rows:
                    skipped += 1
                    continue
                people_out.writerows(rows)
                people_rows += len(rows)
                people += 1
                continue
            country, sector, _ = split_code(codes[0].code, known)
            if not country and not sector:
                skipped += 1
                continue
            kind = "institution" if sector else "country"
            for form in names:
                if form.casefold() not in seen:
                    seen.add(form.casefold())
                    actors_out.writerow([kind, form, country, sector])
                    forms += 1
    return ImportCounts(people_rows, people, forms, skipped)
