"""The actor vocabulary: countries, institutions, groups, titles and actor words.

Built from the versioned TSV files in ``data/actors/`` (each file's header says
where its entries come from), the word lists and small tables of
``data/actors/lists.yaml`` (organisation and office nouns, place words, US
states, sector sets; each with a comment saying what it is for) and the user's
file (setting ``actors_file``), through the loader's one reader. Every form is keyed by
:func:`~newsledger.textutil.form_key`, the same folding the lookups apply to
text from a document, so "U.S.", "Chargé d’Affaires" and "al-Qaeda" match
however they are typed.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import Any, Literal

from ..textutil import form_key
from .loader import LexiconError, WordLists, read_table, read_user_table, read_yaml
from .people import People, load_people

__all__ = ["SECTORS", "Place", "Vocabulary", "load_actor_vocabulary", "shipped_name_lists"]

VERSION = 1

PlaceKind = Literal["country", "capital", "demonym", "region"]
WordKind = Literal["person", "group", "body", "modifier", "qualifier"]

SECTORS = frozenset(
    ["GOV", "MIL", "COP", "SPY", "JUD", "LEG", "OPP", "REB", "INS", "SEP", "PTY", "MED",
     "BUS", "CVL", "NGO", "IGO", "REL", "EDU", "HLH", "LAB", "REF", "CRM", "UAF"]
)


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
    same_as: dict[str, str]  # key of a body's other name (aliases.tsv) and of that name itself -> that name
    titles: dict[str, str | None]  # key -> sector (None: from the organisation)
    words: dict[str, tuple[WordKind, str | None]]  # "kind:word" -> (kind, sector)
    max_words: int  # longest form in words, for span look-ups
    title_words: frozenset[str]  # every word of a title or qualifier, for finding title runs
    first_words: frozenset[str]  # first word of every institution and country form, to skip tokens fast
    lists: WordLists  # the named word lists of ``data/actors/lists.yaml``
    # The small tables of lists.yaml, and the concepts it defines as the union of two lists, built once.
    challenger_sectors: frozenset[str]  # non-state challengers of a government (REB, OPP, INS, SEP, UAF)
    international_sectors: frozenset[str]  # IGO, NGO
    countryless_sectors: frozenset[str]  # bodies that take no country from a possessive (IGO, NGO, MED)
    state_sectors: frozenset[str]  # the state's bodies and officials (GOV, MIL, COP, SPY, JUD, LEG)
    kind_nouns: dict[str, frozenset[str]]  # "the group" -> the sectors or entity types it may refer back to
    abbreviated_titles: dict[str, str]  # "gen" -> MIL, a title only with its stop ("Gen.")
    same_body: dict[str, str]  # head words naming the same body: "military" -> "army"
    office_bodies: dict[str, frozenset[str]]  # "minister" -> the head words of the bodies it belongs to
    office_countries: dict[str, str]  # an office only one state has: "pope" -> VAT
    shared_bodies: dict[str, frozenset[str]]  # a body name many states use ("senate") -> the states that have one
    org_nouns: frozenset[str]  # organisation_nouns | business_nouns
    generic_titles: frozenset[str]  # generic_titles | spokesperson_titles
    org_relative_titles: frozenset[str]  # head_titles | generic_titles
    speaks_for: frozenset[str]  # speaks_for | spokesperson_titles
    own_office: frozenset[str]  # own_office | spokesperson_titles
    voice_nouns: frozenset[str]  # voice_nouns | speaks_for
    head_nouns: frozenset[str]  # words that can head an actor noun phrase: actor words, kind and country nouns
    people: People  # named people and bodies with date-ranged codes (data/actors/people.tsv, setting people_file)
    # A demonym of several countries that no table decides ("Dominican": DMA, DOM) -> those countries; a document
    # that names one of them alone decides it for that document (extract/conflicts.py).
    shared_demonyms: dict[str, frozenset[str]] = field(default_factory=dict)
    # A demonym of two sovereign states that countries_extra.tsv decides for one ("Congolese": COD by wire usage) ->
    # both (its ``peer_demonym`` rows): a story that names only the other's places ("Brazzaville") means the other
    # (extract/actors/sides.py).
    decided_demonyms: dict[str, frozenset[str]] = field(default_factory=dict)
    # Place keys of two or more parts with hyphens read as spaces ("north rhine westphalia"): writers hyphenate
    # regions' names each their own way ("North Rhine-Westphalia", "North-Rhine Westphalia").
    spaced_places: dict[str, Place] = field(default_factory=dict)
    # Place keys known only from an abbreviation written with its stop ("Ky.", "Ga."): without the stop the same
    # letters are a word or a name of elsewhere ("Ky Son district"), so they name the place only with it.
    stopped_places: frozenset[str] = frozenset()

    def word(self, kind: WordKind, text: str) -> tuple[WordKind, str | None] | None:
        return self.words.get(f"{kind}:{text}")

    def place(self, text: str) -> Place | None:
        key = form_key(text)
        if key in self.stopped_places and not text.endswith("."):
            return None
        found = self.places.get(key)
        if found is None and self.spaced_places and (" " in key or "-" in key or "‐" in key):
            found = self.spaced_places.get(_spaced(key))
        return found

    def institution(self, text: str) -> tuple[str | None, str] | None:
        return self.institutions.get(form_key(text))

    def title(self, text: str) -> str | None | bool:
        """The title's sector, None for a title without its own sector, False for no title."""
        key = form_key(text)
        return self.titles.get(key, False)


def _stopped_places() -> frozenset[str]:
    """Keys of the hand-kept regions written only as an abbreviation with its stop (see ``stopped_places``)."""
    rows = _table("countries_extra.tsv", "actors_countries_extra")
    plain = {form_key(r["form"]) for r in rows if not r["form"].endswith(".")}
    return frozenset(k for r in rows if r["kind"] == "region" and r["form"].endswith(".")
                     and (k := form_key(r["form"])) not in plain)


def _spaced(key: str) -> str:
    """A place key with its hyphens as spaces."""
    return key.replace("-", " ").replace("‐", " ")


def _spaced_places(places: dict[str, Place]) -> dict[str, Place]:
    """The keys of :func:`_spaced` for the places of several parts; a form written so wins."""
    out: dict[str, Place] = {}
    for key, place in places.items():
        if " " in key or "-" in key or "‐" in key:
            out.setdefault(_spaced(key), place)
    for key, place in places.items():
        if key in out:
            out[key] = place
    return out


def _sector(value: str) -> str | None:
    return None if value in ("", "-") else value


def _country(value: str) -> str | None:
    return None if value in ("", "-") else value


_USER_HEADER = ("kind", "form", "country", "sector")


def load_actor_vocabulary(user_file: str | None, people_file: str | None = None) -> Vocabulary:
    """The shipped vocabulary plus the user's file (setting ``actors_file``: kind, form, country, sector) and
    the user's list of people (setting ``people_file``, :mod:`.people`)."""
    return _build(user_file or "", people_file or "")


def _table(name: str, schema: str) -> Any:
    return read_table(f"actors/{name}", schema=schema, version=VERSION)


def _places() -> tuple[dict[str, Place], dict[str, str], dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    """Country names, aliases, capitals, demonyms and regions -> places; iso3 -> display name; the demonyms of
    several countries that no table decides -> those countries; a decided one with peer sovereign states (the
    ``peer_demonym`` rows) -> the decided country and its peers."""
    places: dict[str, Place] = {}
    names: dict[str, str] = {}
    shared: dict[str, set[str]] = {}
    demonyms = _generated_places(places, names, shared)
    peers = _extra_places(places, names, demonyms)
    for key, place in demonyms.items():
        places.setdefault(key, place)
        # Plural demonyms name the people ("Iranians", "Saudis").
        if not key.endswith("s") and " " not in key:
            places.setdefault(key + "s", place)
    undecided = {k: frozenset(v) for k, v in shared.items() if k not in places}
    decided = {k: frozenset({places[k].iso3} | v) for k, v in peers.items() if k in places}
    return places, names, undecided, decided


def _generated_places(places: dict[str, Place], names: dict[str, str],
                      shared_by: dict[str, set[str]] | None = None) -> dict[str, Place]:
    """Names, aliases and capitals of countries.tsv into ``places`` and ``names``; its demonyms, returned
    apart because countries_extra.tsv decides the shared ones (each with its countries in ``shared_by``)."""
    demonyms: dict[str, Place] = {}
    shared: set[str] = set()
    # Country names and aliases win over capitals and demonyms of the same form.
    for row in _table("countries.tsv", "actors_countries"):
        iso3 = row["iso3"]
        names[iso3] = row["name"]
        for form in [row["name"], *row["aliases"].split("|")]:
            if form:
                places.setdefault(form_key(form), Place(iso3, "country"))
        for form in row["capitals"].split("|"):
            if form:
                places.setdefault(form_key(form), Place(iso3, "capital"))
        for form in row["demonyms"].split("|"):
            if form:
                key = form_key(form)
                if key in demonyms and demonyms[key].iso3 != iso3:
                    shared.add(key)  # "French" (France and its territories): countries_extra decides
                    if shared_by is not None:
                        shared_by.setdefault(key, {demonyms[key].iso3}).add(iso3)
                demonyms.setdefault(key, Place(iso3, "demonym"))
    for key in shared:
        del demonyms[key]
    return demonyms


def _extra_places(places: dict[str, Place], names: dict[str, str],
                  demonyms: dict[str, Place]) -> dict[str, set[str]]:
    """The hand-kept rows of countries_extra.tsv, over the generated ones; returns its peer demonyms (a demonym the
    table decides for one country -> the other sovereign states it names too)."""
    peers: dict[str, set[str]] = {}
    for row in _table("countries_extra.tsv", "actors_countries_extra"):
        iso3, kind, key = row["iso3"], row["kind"], form_key(row["form"])
        if kind == "name":
            names[iso3] = row["form"]
            places[key] = Place(iso3, "country")
        elif kind == "alias":
            places[key] = Place(iso3, "country")
        elif kind == "capital":
            places[key] = Place(iso3, "capital")
        elif kind == "region":
            places.setdefault(key, Place(iso3, "region"))
        elif kind == "peer_demonym":
            peers.setdefault(key, set()).add(iso3)
        else:
            demonyms[key] = Place(iso3, "demonym")
    return peers


def _add_user_rows(user_file: str, places: dict[str, Place], institutions: dict[str, tuple[str | None, str]],
                   titles: dict[str, str | None]) -> None:
    table = read_user_table(user_file, schema="actors_user", version=VERSION, header=_USER_HEADER)
    for where, line, row in table.rows:
        kind, key = row["kind"], form_key(row["form"])
        country, code = _country(row["country"]), _sector(row["sector"])
        if kind == "institution":
            if code is None:
                raise LexiconError(where, f"institution {row['form']!r} needs a sector", line)
            institutions[key] = (country, code)
        elif kind == "title":
            titles[key] = code
        elif country is None:
            raise LexiconError(where, f"{kind} {row['form']!r} needs a country", line)
        else:
            places[key] = Place(country, kind)  # type: ignore[arg-type]
        if key.startswith("the ") and kind != "title":
            # "The Hermit Kingdom": the text's name comes without its article ("the Hermit Kingdom fired")
            bare = key[4:]
            if kind == "institution":
                institutions.setdefault(bare, institutions[key])
            else:
                places.setdefault(bare, places[key])


def _institutions() -> dict[str, tuple[str | None, str]]:
    """Named institutions and groups -> (country or None, sector); the hand-kept institutions and groups win over
    the well-known outlets, firms and schools of organisations.tsv."""
    institutions: dict[str, tuple[str | None, str]] = {}
    for fname in ("organisations.tsv", "institutions.tsv", "groups.tsv"):
        for row in _table(fname, "actors_institutions"):
            institutions[form_key(row["form"])] = (_country(row["country"]), row["sector"])
    return institutions


def _aliases() -> dict[str, str]:
    """Other names of one body (aliases.tsv) and the name each is another name of, keyed by form."""
    same_as: dict[str, str] = {}
    for row in _table("aliases.tsv", "actors_aliases"):
        same_as[form_key(row["form"])] = row["same_as"]
        same_as[form_key(row["same_as"])] = row["same_as"]
    return same_as


def _actor_words() -> tuple[dict[str, tuple[WordKind, str | None]], int]:
    """The actor words of words.tsv, keyed "kind:word", and the most words one of them has."""
    words: dict[str, tuple[WordKind, str | None]] = {}
    longest = 1
    for row in _table("words.tsv", "actors_words"):
        kind: WordKind = row["kind"]  # the schema allows only WordKind values
        words[f"{kind}:{form_key(row['word'])}"] = (kind, _sector(row["sector"]))
        longest = max(longest, len(row["word"].split()))
    return words, longest


@functools.cache
def shipped_name_lists() -> WordLists:
    """The shipped word lists of ``data/actors/lists.yaml`` alone (name particles, suffixes, honorifics), for
    the ledger, which compares people's names without loading the whole vocabulary."""
    data = read_yaml("actors/lists.yaml", None, schema="actors_lists", version=VERSION)
    return WordLists(data["lists"], "data/actors/lists.yaml")


def _build(user_file: str, people_file: str = "") -> Vocabulary:
    places, names, shared_demonyms, decided_demonyms = _places()
    institutions = _institutions()
    titles = {form_key(row["title"]): _sector(row["sector"]) for row in _table("titles.tsv", "actors_titles")}
    words, longest = _actor_words()
    if user_file:
        _add_user_rows(user_file, places, institutions, titles)
    title_words = {w for t in titles for w in re.split(r"[\s\-]+", t) if w}
    title_words |= {k.split(":", 1)[1] for k, v in words.items() if v[0] == "qualifier"}
    title_words -= {"of", "the", "and", "for"}
    firsts = {k.split()[0] for k in institutions if k} | {k.split()[0] for k, p in places.items()
                                                           if k and p.kind == "country"}
    data = read_yaml("actors/lists.yaml", None, schema="actors_lists", version=VERSION)
    lists = WordLists(data["lists"], "data/actors/lists.yaml")
    kind_nouns = {form_key(k): frozenset(v) for k, v in data["kind_nouns"].items()}
    actor_heads = {k.split(":", 1)[1].split()[-1] for k, v in words.items() if v[0] in ("person", "group", "body")}
    speaks_for = lists["speaks_for"] | lists["spokesperson_titles"]
    generic_titles = lists["generic_titles"] | lists["spokesperson_titles"]
    return Vocabulary(
        places, names, institutions, _aliases(), titles, words, longest, frozenset(title_words), frozenset(firsts),
        lists,
        challenger_sectors=frozenset(data["sectors"]["challengers"]),
        international_sectors=frozenset(data["sectors"]["international"]),
        countryless_sectors=frozenset(data["sectors"]["countryless"]),
        state_sectors=frozenset(data["sectors"]["state"]),
        kind_nouns=kind_nouns,
        abbreviated_titles={form_key(k): v for k, v in data["abbreviated_titles"].items()},
        same_body={form_key(k): form_key(v) for k, v in data["same_body"].items()},
        office_bodies={form_key(k): frozenset(form_key(w) for w in v) for k, v in data["office_bodies"].items()},
        office_countries={form_key(k): v for k, v in (data.get("office_countries") or {}).items()},
        shared_bodies={form_key(k): frozenset(v) for k, v in (data.get("shared_bodies") or {}).items()},
        org_nouns=lists["organisation_nouns"] | lists["business_nouns"],
        generic_titles=generic_titles,
        org_relative_titles=lists["head_titles"] | generic_titles,
        speaks_for=speaks_for,
        own_office=lists["own_office"] | lists["spokesperson_titles"],
        voice_nouns=lists["voice_nouns"] | speaks_for,
        head_nouns=frozenset(actor_heads | set(kind_nouns) | lists["country_nouns"]),
        # The hand-kept lists win: a form they know is not read as one of the listed people.
        people=load_people(people_file or None, frozenset(institutions) | frozenset(places) | frozenset(titles)),
        shared_demonyms=shared_demonyms,
        decided_demonyms=decided_demonyms,
        spaced_places=_spaced_places(places),
        stopped_places=_stopped_places(),
    )
