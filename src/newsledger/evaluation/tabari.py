"""Read a TABARI/PETRARCH actor dictionary into newsledger's user actor vocabulary (setting ``actors_file``).

PETRARCH codes nothing without an actor dictionary: its validation suites
(``events_petrarch_validation`` in ``../shared/eval``) are written around fictional states ("Arnor",
"Gondor") that only the suites' own dictionaries (in that set's ``reference/`` folder) define. To score
newsledger's event coder on them the way PETRARCH is run, the suite's dictionary is turned, at run time, into
the vocabulary a user would write (``kind, form, country, sector``); nothing of it is copied into the project.

The format, as far as it is read here: one entry per line, ``NAME [CODE]`` with ``_`` or a space between
words and an optional ``# comment``; ``+NAME`` lines add synonyms to the entry above; a code may stand on
its own indented line, several of them date-restricted (``[HOBGOV 19950601 - 19990815]``), of which the
undated or first one is taken (the suites' dates are scored as nothing here); ``<!-- ... -->`` comments and
``#`` lines are skipped. A code's first three letters are the actor's "country"; the next three, where they
are a CAMEO sector newsledger knows, its sector. Codes ``---``, ``+++`` and ``###`` are discards (no actor).
A name without a closing ``_`` matches, in TABARI, any word that starts with it ("ARGENTIN": "Argentina",
"Argentine"); here it is given the common English endings of names and demonyms instead.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ..lexicon import tabari
from ..lexicon.actors import SECTORS

__all__ = ["DictionaryEntry", "read_actor_dictionary", "write_actor_vocabulary"]

# Endings a stem without a closing "_" is given (TABARI matches it as a word prefix).
_STEM_ENDINGS = ("", "s", "a", "an", "ans", "ia", "ian", "ians", "i", "is", "ese", "ish", "n", "ns", "e", "es")


@dataclass(frozen=True, slots=True)
class DictionaryEntry:
    """One actor of the dictionary: its name forms (as in the text) and its code."""

    forms: tuple[str, ...]
    code: str

    @property
    def country(self) -> str:
        return self.code[:3]

    @property
    def sector(self) -> str:
        sector = self.code[3:6]
        return sector if sector in SECTORS else ""


def _forms(raw: str) -> list[str]:
    """The text forms of one dictionary name: underscores are spaces; an open stem gets the usual endings."""
    raw = raw.strip()
    if not raw:
        return []
    closed = raw.endswith("_")
    name = " ".join(raw.replace("_", " ").split()).title()
    if closed or " " in name or len(name) < 4:
        return [name]
    return [name + ending for ending in _STEM_ENDINGS]


def read_actor_dictionary(path: str | Path) -> list[DictionaryEntry]:
    """The actors of a TABARI/PETRARCH actor dictionary, each with its first usable code (its dates ignored)."""
    out: list[DictionaryEntry] = []
    for record in tabari.read_actor_dictionary(path):
        usable = record.usable
        if usable:
            forms = tuple(dict.fromkeys(f for n in record.names for f in _forms(n)))
            out.append(DictionaryEntry(forms, usable[0].code[:6]))
    return out


def write_actor_vocabulary(entries: Iterable[DictionaryEntry], path: str | Path) -> Path:
    """Write ``entries`` as a user actor vocabulary (TSV: kind, form, country, sector); returns the path.

    An entry with a sector is an institution of its country; one without is a country name (its forms are
    what the text calls the state, its leader or its people, as the dictionary has them).
    """
    target = Path(path)
    seen: set[str] = set()
    with open(target, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
        writer.writerow(["kind", "form", "country", "sector"])
        for entry in entries:
            for form in entry.forms:
                if form.lower() in seen:
                    continue
                seen.add(form.lower())
                kind = "institution" if entry.sector else "country"
                writer.writerow([kind, form, entry.country, entry.sector])
    return target
