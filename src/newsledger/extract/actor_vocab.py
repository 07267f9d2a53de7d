"""The actor vocabulary: countries, institutions, groups, titles and actor words.

Loaded once per process from the versioned data files in ``data/actors/``
(each file's header says where its entries come from). Every form is keyed by
:func:`form_key`, the same folding the lookups apply to text from a document,
so "U.S.", "Chargé d’Affaires" and "al-Qaeda" match however they are typed.
"""

from __future__ import annotations

import csv
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Literal

from .entities import name_key

__all__ = ["Place", "Vocabulary", "form_key", "vocabulary"]

PlaceKind = Literal["country", "capital", "demonym", "region"]
WordKind = Literal["person", "group", "body", "modifier", "qualifier"]

SECTORS = frozenset(
    ["GOV", "MIL", "COP", "SPY", "JUD", "LEG", "OPP", "REB", "INS", "SEP", "PTY", "MED",
     "BUS", "CVL", "NGO", "IGO", "REL", "EDU", "HLH", "LAB", "REF", "CRM", "UAF"]
)


@functools.lru_cache(maxsize=1 << 16)
def form_key(text: str) -> str:
    """Folded form of a name or phrase: case, accents, apostrophes, spacing and hyphen spacing."""
    key = name_key(text)
    # "U.S." and "US", "U.N." and "UN" are one form; a single abbreviating stop ("Gen.") is kept apart
    # by the callers that care.
    key = re.sub(r"\b(?:[a-z]\.){2,}", lambda m: m.group().replace(".", ""), key)
    key = re.sub(r"\s*([\-‐])\s*", r"\1", key)
    if key.endswith("'s"):
        key = key[:-2].rstrip()
    return key


@dataclass(frozen=True, slots=True)
class Place:
    """A country, or a name standing for one (a capital or a demonym)."""

    iso3: str
    kind: PlaceKind


@dataclass(frozen=True, slots=True, eq=False)  # hashed by identity: built once per process
class Vocabulary:
    """Look-up tables of the actors stage, keyed by :func:`form_key`."""

    places: dict[str, Place]
    country_names: dict[str, str]  # iso3 -> display name
    institutions: dict[str, tuple[str | None, str]]  # key -> (iso3 or None, sector)
    titles: dict[str, str | None]  # key -> sector (None: from the organisation)
    words: dict[str, tuple[WordKind, str | None]]  # "kind:word" -> (kind, sector)
    max_words: int  # longest form in words, for span look-ups
    title_words: frozenset[str]  # every word of a title or qualifier, for finding title runs
    first_words: frozenset[str]  # first word of every institution and country form, to skip tokens fast

    def word(self, kind: WordKind, text: str) -> tuple[WordKind, str | None] | None:
        return self.words.get(f"{kind}:{text}")

    def place(self, text: str) -> Place | None:
        return self.places.get(form_key(text))

    def institution(self, text: str) -> tuple[str | None, str] | None:
        return self.institutions.get(form_key(text))

    def title(self, text: str) -> str | None | bool:
        """The title's sector, None for a title without its own sector, False for no title."""
        key = form_key(text)
        return self.titles.get(key, False)


def _rows(name: str) -> Iterator[list[str]]:
    """Data rows of a TSV file in ``data/actors``: comments and the header skipped."""
    text = resources.files("newsledger").joinpath(f"data/actors/{name}").read_text("utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    yield from csv.reader(lines[1:], delimiter="\t", quoting=csv.QUOTE_NONE)


def _sector(value: str, where: str) -> str | None:
    if value in ("", "-"):
        return None
    if value not in SECTORS:
        raise ValueError(f"data/actors/{where}: unknown CAMEO sector {value!r}; allowed: {sorted(SECTORS)}")
    return value


def _country(value: str) -> str | None:
    return None if value in ("", "-") else value


def _user_rows(path: str) -> list[list[str]]:
    """Rows of the user's vocabulary file (setting ``actors_file``): kind, form, country, sector."""
    from ..errors import ConfigError

    try:
        text = Path(path).expanduser().read_text("utf-8")
    except OSError as exc:
        raise ConfigError(f"actors_file {path!r} cannot be read: {exc}") from exc
    rows = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        row = line.split("\t")
        if len(row) != 4 or row[0] not in _USER_KINDS:
            raise ConfigError(f"actors_file {path}:{n}: want 4 tab-separated columns (kind, form, country, "
                              f"sector) with kind one of {sorted(_USER_KINDS)}; got {line!r}")
        rows.append(row)
    return rows


_USER_KINDS = {"institution", "country", "capital", "demonym", "region", "title"}


@functools.cache
def vocabulary(user_file: str | None = None) -> Vocabulary:
    """The shipped vocabulary plus the user's file (default: the ``actors_file`` setting), built once."""
    if user_file is None:
        from ..config import load_settings

        user_file = load_settings().actors_file
    return _build(user_file)


def _build(user_file: str) -> Vocabulary:
    from ..errors import ConfigError

    places: dict[str, Place] = {}
    names: dict[str, str] = {}
    demonyms: dict[str, Place] = {}
    shared: set[str] = set()
    # Country names and aliases win over capitals and demonyms of the same form.
    for iso3, name, aliases, dems, capitals in _rows("countries.tsv"):
        names[iso3] = name
        for form in [name, *aliases.split("|")]:
            if form:
                places.setdefault(form_key(form), Place(iso3, "country"))
        for form in capitals.split("|"):
            if form:
                places.setdefault(form_key(form), Place(iso3, "capital"))
        for form in dems.split("|"):
            if form:
                key = form_key(form)
                if key in demonyms and demonyms[key].iso3 != iso3:
                    shared.add(key)  # "French" (France and its territories): countries_extra decides
                demonyms.setdefault(key, Place(iso3, "demonym"))
    for key in shared:
        del demonyms[key]
    for iso3, kind, form in _rows("countries_extra.tsv"):
        key = form_key(form)
        if kind == "name":
            names[iso3] = form
            places[key] = Place(iso3, "country")
        elif kind == "alias":
            places[key] = Place(iso3, "country")
        elif kind == "capital":
            places[key] = Place(iso3, "capital")
        elif kind == "demonym":
            demonyms[key] = Place(iso3, "demonym")
        elif kind == "region":
            places.setdefault(key, Place(iso3, "region"))
        else:
            raise ValueError(f"data/actors/countries_extra.tsv: unknown kind {kind!r} for {form!r}")
    for key, place in demonyms.items():
        places.setdefault(key, place)
        # Plural demonyms name the people ("Iranians", "Saudis").
        if not key.endswith("s") and " " not in key:
            places.setdefault(key + "s", place)
    institutions: dict[str, tuple[str | None, str]] = {}
    for fname in ("institutions.tsv", "groups.tsv"):
        for form, iso3, sector in _rows(fname):
            code = _sector(sector, fname)
            if code is None:
                raise ValueError(f"data/actors/{fname}: {form!r} needs a sector")
            institutions[form_key(form)] = (_country(iso3), code)
    titles = {form_key(t): _sector(s, "titles.tsv") for t, s in _rows("titles.tsv")}
    words: dict[str, tuple[WordKind, str | None]] = {}
    longest = 1
    for word, kind, sector in _rows("words.tsv"):
        if kind not in ("person", "group", "body", "modifier", "qualifier"):
            raise ValueError(f"data/actors/words.tsv: unknown kind {kind!r} for {word!r}")
        words[f"{kind}:{form_key(word)}"] = (kind, _sector(sector, "words.tsv"))  # type: ignore[assignment]
        longest = max(longest, len(word.split()))
    for kind, form, iso3, sector in _user_rows(user_file) if user_file else []:
        key, country, code = form_key(form), _country(iso3), _sector(sector, user_file)
        if kind == "institution":
            if code is None:
                raise ConfigError(f"actors_file {user_file}: institution {form!r} needs a sector")
            institutions[key] = (country, code)
        elif kind == "title":
            titles[key] = code
        elif country is None:
            raise ConfigError(f"actors_file {user_file}: {kind} {form!r} needs a country")
        else:
            places[key] = Place(country, kind)  # type: ignore[arg-type]
    title_words = {w for t in titles for w in re.split(r"[\s\-]+", t) if w}
    title_words |= {k.split(":", 1)[1] for k, v in words.items() if v[0] == "qualifier"}
    title_words -= {"of", "the", "and", "for"}
    firsts = {k.split()[0] for k in institutions if k} | {k.split()[0] for k, p in places.items()
                                                           if k and p.kind == "country"}
    return Vocabulary(places, names, institutions, titles, words, longest, frozenset(title_words),
                      frozenset(firsts))
