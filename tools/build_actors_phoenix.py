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

import datetime as dt
import hashlib
import re
import string
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from newsledger.lexicon.actors import SECTORS, load_actor_vocabulary
from newsledger.textutil import form_key

FILES = ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt")
_CODE = re.compile(r"\[\s*([A-Z0-9\-]+)\s*([<>]?\s*\d*(?:\s*-\s*\d+)?)\s*\]")


@dataclass
class Entry:
    ident: str
    source: str
    variants: list[str] = field(default_factory=list)
    codes: list[tuple[str, str, str]] = field(default_factory=list)  # (code, start, end)
    countryinfo: bool = False


def _date(text: str) -> str | None:
    """ISO date of a YYMMDD or YYYYMMDD date, None where it is malformed."""
    text = text.strip()
    if len(text) == 6:
        text = ("20" if int(text[:2]) < 30 else "19") + text
    if len(text) != 8:
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
        d = _date(text[1:])
        if d is None:
            return None
        return ("", d) if text[0] == "<" else (d, "")
    a, _, b = text.partition("-")
    start, end = _date(a), _date(b)
    if start is None or end is None or end < start:
        return None
    return start, end


def _phrase(text: str) -> str:
    text = re.sub(r"\([^)]*\)", " ", text.replace("_", " ").replace("|", " ").replace("\t", " "))
    return re.sub(r"\s+", " ", text).strip()


def read(path: Path) -> list[Entry]:
    """The records of one actor file; primary phrases without codes of their own share the codes that follow
    them (a block of spellings), except a CountryInfo person left without codes, which is dropped."""
    entries: list[Entry] = []
    pending: list[Entry] = []
    for raw in path.read_text("utf-8", errors="replace").splitlines():
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        body, _, comment = raw.partition("#")
        codes = [(m.group(1), m.group(2)) for m in _CODE.finditer(body)]
        phrase = _CODE.sub(" ", body).strip().split("\t")[0].strip()  # company lists add tab-separated facts
        if raw.startswith(("\t", " ")) and not phrase:
            target = pending[-1:] if pending and pending[-1].codes else pending
            for code, restriction in codes:
                r = _restriction(restriction)
                if r is not None:
                    for e in target:
                        e.codes.append((code, *r))
            continue
        if phrase.startswith("+"):
            if pending:
                pending[-1].variants.append(_phrase(phrase[1:]))
            continue
        if pending and pending[-1].codes:
            entries.extend(pending)
            pending = []
        elif pending and pending[-1].countryinfo:
            pending.pop()  # a CountryInfo person whose codes are missing
        entry = Entry(phrase.rstrip("_ ").strip(), path.name, [_phrase(phrase)],
                      countryinfo="countryinfo" in comment.lower() or "rulers" in comment.lower())
        for code, restriction in codes:
            r = _restriction(restriction)
            if r is not None:
                entry.codes.append((code, *r))
        pending.append(entry)
    entries.extend(e for e in pending if e.codes)
    return entries


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

    def person_forms(self, entry: Entry) -> list[str]:
        primary = self.strip(_phrase(entry.ident).split())
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

    def body_forms(self, entry: Entry) -> list[str]:
        forms = [_display(f) for f in entry.variants if len(f.split()) >= 2 and _latin(f)]
        return [f for f in dict.fromkeys(forms) if form_key(f) not in self.places]


def _split(code: str, countries: set[str]) -> tuple[str, str, str]:
    """(country, sector, role) of a CAMEO actor code: "USAGOVLEG" -> USA, GOV, LEG; "IGOUNO" -> "", IGO, UNO."""
    chunks = [code[i:i + 3] for i in range(0, len(code), 3)]
    country = chunks[0] if chunks and chunks[0] in countries else ""
    rest = chunks[1:] if country else chunks
    if chunks and chunks[0] == "MNC":  # a multinational company: its home country, business sector
        country = next((c for c in chunks[1:] if c in countries), "")
        return country, "BUS", ""
    sector = next((c for c in rest if c in SECTORS), "")
    role = "".join(c for c in rest if c != sector)
    return country, sector, role


def main(argv: list[str]) -> int:
    root = Path(argv[1] if len(argv) > 1 else "../shared/vocab/petrarch2")
    cleaner = Cleaner()
    countries = set(cleaner.vocab.country_names)
    rows: list[tuple[str, str, str, list[str], list[str]]] = []
    digest = hashlib.sha256()
    for name in FILES:
        data = (root / name).read_bytes()
        digest.update(data)
        for entry in read(root / name):
            codes = []
            for code, start, end in entry.codes:
                country, sector, role = _split(code, countries)
                if country or sector or role:
                    codes.append(f"{start}/{end}/{country}/{sector}/{role}")
            if not codes or all(len(c) <= 3 for c, _, _ in entry.codes):
                continue  # a country name, or an empty code
            dated = any(s or e for _, s, e in entry.codes)
            kind = "person" if dated or entry.countryinfo or any("ELI" in c for c, _, _ in entry.codes) else "body"
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
