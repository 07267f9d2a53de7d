"""Identity across documents: which records in different articles are the same actor, event, agreement.

These are pure functions over plain values; the store calls them while it
writes a document and keeps the resulting links.

- **Actor**: type + normalised canonical name + country ("Chile" the GPE in
  one article is "Chile" the GPE in the next; two people called "Ali Hassan"
  with different countries stay apart).
- **Person**: one person named differently in different articles ("Donald J.
  Trump", "Donald Trump", "Trump") is one actor: same surname, compatible
  given names (:func:`~newsledger.textutil.given_names_compatible`), and a
  matching country (or, with no country on either side, a matching sector).
  A bare surname links only to one full name that fits; where two fit ("Mike
  Warren", "Elizabeth Warren"), it stays an actor of its own: a shared surname
  alone never merges two people (:func:`same_person`).
- **Event**: PLOVER type + dyad (source and target actor) + date (the event's
  own time where it has one, else the publication day). Events with neither a
  source nor a target are not clustered: "an attack on Tuesday" alone
  identifies nothing.
- **Agreement**: parties + subject + time. A party counts by its country where
  it has one, so "Chile and Peru" and "Chile's minister and Peru's council" name
  the same two parties; subjects must share a content word where both have
  one; signing dates within a month, or publication dates within four months.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass

from ..lexicon.actors import shipped_name_lists
from ..lexicon.agreements import shipped_agreement_vocabulary as load_vocabulary
from ..textutil import given_names_compatible, name_key

__all__ = ["GENERIC", "AgreementFacts", "PersonFacts", "actor_key", "event_key", "label_class", "ledger_id",
           "party_token", "person_facts", "same_agreement", "same_person", "subject_words"]

SIGNED_WINDOW = dt.timedelta(days=31)
SEEN_WINDOW = dt.timedelta(days=120)

_STOP = {"a", "an", "the", "of", "on", "in", "for", "with", "between", "and", "to", "at", "by", "new",
         "this", "that", "its", "their", "his", "her", "our", "joint", "bilateral", "so-called", "first"}
_BREAK = {"of", "on", "with", "between", "for", "to", "regarding", "about"}
_WORD = re.compile(r"[\w'’-]+", re.UNICODE)


def ledger_id(prefix: str, key: str) -> str:
    """A stable id derived from a key, so two databases built from the same input agree."""
    return f"{prefix}-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def actor_key(type_: str, name: str, country: str | None) -> str:
    return f"{type_}|{name_key(name)}|{country or ''}"


@dataclass(frozen=True, slots=True)
class PersonFacts:
    """What identifies a person across articles: folded given names and surname, country, sector."""

    given: tuple[str, ...]
    surname: str
    country: str | None
    sector: str | None


def person_facts(name: str, country: str | None, sector: str | None) -> PersonFacts | None:
    """The facts of a person's canonical name, or None where it has no surname to compare by.

    Honorifics, particles ("al", "von") and suffixes ("Jr.") are left out, as the actors stage does.
    """
    lists = shipped_name_lists()
    skip = lists["name_particles"] | lists["honorifics"] | lists["honorifics_male"] | lists["honorifics_female"]
    words = [w.strip(".,") for w in name_key(name).split()]
    words = [w for w in words if w and w not in skip]
    while len(words) > 1 and words[-1] in lists["name_suffixes"]:
        words.pop()
    if not words:
        return None
    # A hyphenated surname stays whole, less its particles ("el-Masri" is Masri, "Mark-Viverito" stays).
    surname = "-".join(p for p in re.split(r"[\-‐]", words[-1]) if p and p not in skip)
    if len(surname) < 2 or not re.sub(r"['’\-]", "", surname).isalpha():
        return None
    return PersonFacts(tuple(words[:-1]), surname, country, sector)


def same_person(a: PersonFacts, b: PersonFacts) -> bool:
    """Whether two people of different articles may be one (see the module docstring).

    Two countries that differ never match. Full names match on compatible given names where either has
    no country or both have the same one; a bare surname needs the same country, or with no country on
    either side the same sector. Whether a bare surname is ambiguous (two people fit) is the caller's test.
    """
    if a.surname != b.surname or not given_names_compatible(a.given, b.given):
        return False
    if a.country and b.country and a.country != b.country:
        return False
    if a.given and b.given:
        return True
    if a.country or b.country:
        return a.country == b.country
    return a.sector is not None and a.sector == b.sector


def party_token(country: str | None, actor_id: str) -> str:
    """How a party counts when agreements are compared: its country, else the actor itself."""
    return country or actor_id


def event_key(type_: str, source: str | None, target: str | None, date: dt.date | None) -> str | None:
    """The key that makes two event mentions one event, or None when the event cannot be identified."""
    if source is None and target is None:
        return None
    return f"{type_}|{source or '-'}|{target or '-'}|{date.isoformat() if date else '-'}"


GENERIC = "generic"  # the document type of labels that name an agreement without characterising it


def label_class(label: str, negated: bool = False) -> str:
    """The document type someone's label names, by the vocabulary of ``data/agreements.yaml``.

    The same table decides conflicts inside one article and across the ledger:
    "security agreement" -> agreement, "memorandum of understanding" -> memorandum,
    "framework agreement on trade" -> agreement, "the deal" -> generic; a label with no head the
    vocabulary knows stands for its last word before "of"/"on". A denied label (``negated``, the
    label's field, never guessed from its words: "non-aggression pact" is a pact) is its own class,
    "not treaty", which differs from the claim it denies.
    """
    if negated:
        return f"not {label_class(label)}"
    words = [w.lower().strip("'’-") for w in _WORD.findall(label)]
    found = load_vocabulary().type_of(" ".join(words))
    if found is not None:
        return found[0]
    head: list[str] = []
    for w in words:
        if w in _BREAK and head:
            break
        head.append(w)
    return head[-1] if head else label.strip().lower()


@functools.cache
def _document_words() -> frozenset[str]:
    return frozenset(w for head in load_vocabulary().heads for w in head)


def subject_words(subject: str | None) -> frozenset[str]:
    """Content words of an agreement's subject, without the words that only say "agreement"."""
    if not subject:
        return frozenset()
    table = _document_words()
    return frozenset(w for w in (x.lower() for x in _WORD.findall(subject)) if w not in _STOP and w not in table)


@dataclass(frozen=True, slots=True)
class AgreementFacts:
    """What identifies an agreement across articles."""

    parties: frozenset[str]
    subject: frozenset[str]
    signed: dt.date | None = None
    seen: dt.date | None = None

    @property
    def parties_key(self) -> str:
        return ",".join(sorted(self.parties))


def _close(a: dt.date | None, b: dt.date | None, window: dt.timedelta) -> bool:
    return a is None or b is None or abs(a - b) <= window


def same_agreement(a: AgreementFacts, b: AgreementFacts) -> bool:
    """Whether two agreement records describe one agreement (see the module docstring)."""
    if not a.parties or a.parties != b.parties:
        return False
    if a.subject and b.subject and not a.subject & b.subject:
        return False
    if a.signed and b.signed:
        return _close(a.signed, b.signed, SIGNED_WINDOW)
    return _close(a.signed or a.seen, b.signed or b.seen, SEEN_WINDOW)


def first_match(facts: AgreementFacts, candidates: Iterable[tuple[int, AgreementFacts]]) -> int | None:
    """The key of the earliest candidate that is the same agreement, if any."""
    for key, other in sorted(candidates, key=lambda c: c[0]):
        if same_agreement(facts, other):
            return key
    return None
