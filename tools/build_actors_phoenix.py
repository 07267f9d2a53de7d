"""Build ``src/newsledger/data/actors/people.tsv`` from the Phoenix actor dictionaries.

Run it from the repository root with newsledger importable (it reads the
shipped title, honorific and country vocabularies to clean the names)::

    PYTHONPATH=src python tools/build_actors_phoenix.py ../shared/vocab/petrarch2 > /tmp/people.tsv
    mv /tmp/people.tsv src/newsledger/data/actors/people.tsv

(through a temporary file: the vocabulary it reads loads the current list).

Sources: ``Phoenix.Countries.actors.txt`` (national people, with date-ranged
CAMEO codes), ``Phoenix.International.actors.txt`` and
``Phoenix.MilNonState.actors.txt`` (international bodies, armed groups and
their leaders), from the PETRARCH-2 distribution of the Open Event Data
Alliance (MIT licence: the notice is kept beside the output as
``PHOENIX-LICENSE``).

Each output row is one actor: its dictionary id (the primary phrase), its
name, its kind (``person``: an entry with dated codes, or a ruler or
official of the CountryInfo lists; ``body``: an undated organisation or armed
group), its name variants and its codes (``start/end/country/sector/role``,
dates ISO or empty for open). What cannot be matched safely is dropped:
country names (``countries.tsv`` knows them), generic offices ("American Vice
President"), variants that are a title plus a surname, one-word variants that
are not the person's own surname, that name more than one actor, a place or
a given name, and one-word bodies.
"""

from __future__ import annotations

import hashlib
import re
import string
import sys
import unicodedata
from collections import Counter
from pathlib import Path

from newsledger.lexicon.actors import load_actor_vocabulary
from newsledger.lexicon.tabari import DictionaryRecord, phrase, read_actor_dictionary, split_code
from newsledger.textutil import form_key

FILES = ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt")


def _countryinfo(record: DictionaryRecord) -> bool:
    """A ruler or official of the CountryInfo lists (marked in the entry's comment)."""
    comment = record.comment.lower()
    return "countryinfo" in comment or "rulers" in comment


def _latin(text: str) -> bool:
    return all(c.isascii() or unicodedata.combining(c) for c in unicodedata.normalize("NFKD", text))


def _display(phrase: str) -> str:
    return " ".join(w if re.fullmatch(r"[A-Z]\.", w) else string.capwords(w.lower(), "-") for w in phrase.split())


class Cleaner:
    """Name forms of an entry, with titles, honorifics and country words before a person's name dropped."""

    def __init__(self) -> None:
        vocab = load_actor_vocabulary(None)
        self.vocab = vocab
        self.lead = set(vocab.title_words) | set(vocab.lists["honorifics"]) | set(vocab.lists["honorifics_male"]) \
            | set(vocab.lists["honorifics_female"]) | {"the", "former", "acting", "elect", "president-elect",
                                                        "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen"}
        self.places = {k for k in vocab.places}
        self.common = set(vocab.lists["organisation_nouns"]) | {k.split(":", 1)[1] for k in vocab.words}

    def _lead(self, words: list[str]) -> int:
        """How many words at the start of ``words`` are a title, an honorific or a country word."""
        for n in range(min(5, len(words) - 1), 0, -1):
            key = form_key(" ".join(words[:n])).rstrip(".")
            if key in self.vocab.titles or key in self.places or key in self.vocab.institutions \
                    or (n == 1 and key in self.lead):
                return n
        return 0

    def person_forms(self, entry: DictionaryRecord) -> list[str]:
        primary = self.strip(phrase(entry.ident).split())
        surname = form_key(primary[-1]) if primary else ""
        out: list[str] = []
        for form in [" ".join(primary), *entry.variants]:
            words = self.strip(form.split())
            if not words or form_key(words[-1]) != surname or not _latin(" ".join(words)):
                continue
            out.append(_display(" ".join(words)))
        return list(dict.fromkeys(out))

    def strip(self, words: list[str]) -> list[str]:
        while words and (n := self._lead(words)):
            words = words[n:]
        return words

    def body_forms(self, entry: DictionaryRecord) -> list[str]:
        forms = [_display(f) for f in entry.variants if len(f.split()) >= 2 and _latin(f)]
        return [f for f in dict.fromkeys(forms) if form_key(f) not in self.places]


def main(argv: list[str]) -> int:
    root = Path(argv[1] if len(argv) > 1 else "../shared/vocab/petrarch2")
    cleaner = Cleaner()
    countries = set(cleaner.vocab.country_names)
    rows: list[tuple[str, str, str, list[str], list[str]]] = []
    digest = hashlib.sha256()
    for name in FILES:
        data = (root / name).read_bytes()
        digest.update(data)
        for entry in read_actor_dictionary(root / name, solitary=_countryinfo):
            codes = []
            for code in entry.codes:
                country, sector, role = split_code(code.code, countries)
                if country or sector or role:
                    codes.append(f"{code.start}/{code.end}/{country}/{sector}/{role}")
            if not codes or all(len(c.code) <= 3 for c in entry.codes):
                continue  # a country name, or an empty code
            dated = any(c.dated for c in entry.codes)
            kind = "person" if dated or _countryinfo(entry) or any("ELI" in c.code for c in entry.codes) else "body"
            if kind == "body" and name == FILES[0]:
                continue  # undated national entries are offices and bodies the hand-kept lists name better
            forms = cleaner.person_forms(entry) if kind == "person" else cleaner.body_forms(entry)
            if kind == "person" and not any(len(f.split()) >= 2 for f in forms):
                continue  # no full name to match safely
            if forms:
                rows.append((entry.ident, forms[0], kind, forms, codes))
    # A one-word form (a surname) is kept only for the one actor that has it, and never for a common word.
    singles = Counter(form_key(f) for _, _, _, forms, _ in rows for f in forms if " " not in f)
    given = {form_key(f.split()[0]) for _, _, kind, forms, _ in rows if kind == "person" for f in forms if " " in f}
    ids = Counter(r[0] for r in rows)
    print("# version: 1")
    print("# People and bodies: dictionary id, name, kind, name variants, codes valid from start to end")
    print("# ('|' separates forms and codes; a code is start/end/ISO3 country/CAMEO sector/role, dates ISO or empty).")
    print(f"# Generated by tools/build_actors_phoenix.py from the Phoenix actor dictionaries of PETRARCH-2 "
          f"({', '.join(FILES)}; sha256 {digest.hexdigest()[:16]}); MIT licence, see PHOENIX-LICENSE.")
    print("# Do not edit by hand: the hand-kept files and the user's list (newsledger actors import) win over it.")
    print("id\tname\tkind\tvariants\tcodes")
    seen: set[str] = set()
    for ident, display, kind, forms, codes in sorted(rows):
        if ids[ident] > 1:
            ident = f"{ident}@{hashlib.sha256(('|'.join(forms + codes)).encode()).hexdigest()[:6]}"
        if ident in seen:
            continue
        seen.add(ident)
        kept = [f for f in forms if " " in f or (singles[form_key(f)] == 1 and len(f) > 3
                                                  and form_key(f) not in cleaner.common
                                                  and form_key(f) not in cleaner.places and form_key(f) not in given)]
        print("\t".join([ident, display, kind, "|".join(kept), "|".join(dict.fromkeys(codes))]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
