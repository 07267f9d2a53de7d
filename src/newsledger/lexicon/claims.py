"""The claims vocabulary (``data/claims.yaml``): status, cause and acceptance predicates, and denials.

Status and acceptance predicates each have the words that assert them and the antonyms that deny them.
A predicate whose opposite has a name (``opposite: unlawful``) gives its antonyms that name, asserted: a
claimant who calls a detention "arbitrary" asserts ``unlawful`` (the comparison reads it as ``lawful``
denied); without a name an antonym denies the predicate ("reject" is ``accepted``, negated). The states
(``states:``) name their opposites too; their phrases are kept unnamed, and the states extractor names the
opposite when it builds a claim ("closed": ``closed`` asserted, :meth:`ClaimVocabulary.named`). Cause
classes sit in groups, and classes of different groups exclude each other (``sabotage`` is intentional,
``technical fault`` accidental). What an act is called (``characterisation``) sits in frames, one per kind of
dispute, whose classes exclude each other ("coup" and "restoration" of one seizure of power). The named
word lists (``lists:``) hold the nouns, verbs and link words the claims extractor reads around them. The
user's file (setting ``claims_file``) is merged over the shipped one by the loader's one rule.

Phrases are kept as tuples of words split the way the parser splits text ("self-defence" is
``("self", "-", "defence")``), so the extractor matches them token by token.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from ..models import Polarity
from .loader import LexiconError, WordLists, read_yaml

__all__ = ["CauseCues", "ClaimVocabulary", "PhraseEntry", "build_claim_vocabulary", "load_claim_vocabulary",
           "phrase_words"]

VERSION = 1

_WORD = re.compile(r"[\w']+|[^\w\s]")


def phrase_words(phrase: str) -> tuple[str, ...]:
    """A phrase as the parser's tokens, lower-case: "self-defence" -> ("self", "-", "defence")."""
    return tuple(_WORD.findall(phrase.lower()))


@dataclass(frozen=True, slots=True)
class PhraseEntry:
    """One phrase of the vocabulary: what it claims (kind, predicate, polarity) and its words."""

    words: tuple[str, ...]
    kind: str  # "status" | "cause" | "acceptance"
    predicate: str
    polarity: Polarity = "asserted"


@dataclass(frozen=True, slots=True)
class CauseCues:
    """The "counts" frames' words (``cause_cues``, ``contact_acts``): cause classes named in a claimant's words about
    an incident, and acts of contact whose agent is disputed (``extract/claims/causes.py``)."""

    connectives: frozenset[tuple[str, ...]] = frozenset()  # "because", ("down", "to")
    incident_verbs: frozenset[str] = frozenset()  # lemmas, or "lemma particle/object" ("catch fire")
    reported_heads: frozenset[str] = frozenset()  # "the sabotage theory": someone's version
    signs: frozenset[tuple[str, ...]] = frozenset()  # cause phrases that name a cause with no connective
    contact_verbs: frozenset[str] = frozenset()  # lemmas, or "lemma particle/preposition" ("steer into")
    contact_objects: frozenset[str] = frozenset()
    path_nouns: frozenset[str] = frozenset()
    verbs: frozenset[tuple[str, str]] = frozenset()  # (lemma, class): "the fish were poisoned", "the fire was set"


@dataclass(frozen=True, slots=True, eq=False)  # compared and hashed by identity: built once per run
class ClaimVocabulary:
    """The words of ``data/claims.yaml``, indexed for look-up."""

    lists: WordLists
    phrases: dict[str, tuple[PhraseEntry, ...]]  # first word -> its phrases, longest first
    cause_groups: dict[str, str]  # cause class -> its group ("sabotage" -> "intentional")
    status_predicates: frozenset[str]
    acceptance_predicates: frozenset[str]
    opposites: dict[str, str]  # the name of a predicate's opposite -> the predicate ("unlawful" -> "lawful")
    act_frames: dict[str, str] = field(default_factory=dict)  # what an act is called -> the dispute it belongs to
    state_phrases: dict[str, tuple[PhraseEntry, ...]] = field(default_factory=dict)  # ``states:``, as ``phrases``
    cues: CauseCues = field(default_factory=CauseCues)
    cue_classes: frozenset[str] = frozenset()  # the cause classes of ``cause_cues`` (the "counts" frames)
    kin: dict[str, str] = field(default_factory=dict)  # a status predicate -> the one it judges on one scale with

    def positive(self, predicate: str, polarity: Polarity) -> tuple[str, Polarity]:
        """The claim ``predicate`` (``polarity``) as its positive predicate: ("unlawful", "asserted") is
        ("lawful", "negated"), ("unlawful", "negated") ("lawful", "asserted"); others as given."""
        positive = self.opposites.get(predicate)
        if positive is None:
            return predicate, polarity
        return positive, "negated" if polarity == "asserted" else "asserted"

    def named(self, predicate: str, polarity: Polarity) -> tuple[str, Polarity]:
        """The claim a word of ``predicate``'s opposite makes, as the claimant words it: ("open", "negated") read from
        "closed" is ("closed", "asserted") where the opposite has a name, the inverse of :meth:`positive`; a
        predicate without a named opposite as given."""
        name = next((n for n, p in self.opposites.items() if p == predicate), None)
        if name is None:
            return predicate, polarity
        return name, "negated" if polarity == "asserted" else "asserted"

    def cause_group(self, predicate: str) -> str | None:
        """The group of a cause class ("intentional", "accidental"), None for a word that is not one."""
        return self.cause_groups.get(predicate)

    def causes_exclude(self, a: str, b: str) -> bool:
        """Whether two cause classes cannot both hold: they belong to different groups, neither a kind of the other
        ("accidental/human" is a kind of "accidental")."""
        ga, gb = self.cause_groups.get(a), self.cause_groups.get(b)
        if ga is None or gb is None:
            return False
        return not (ga == gb or ga.startswith(gb + "/") or gb.startswith(ga + "/"))


INSTRUMENT = "<instrument>"
"""The place in a phrase of the vocabulary that any of ``lists.legal_instruments`` fills: "in line with the
<instrument>" is "in line with the code", "in line with the charter", "in line with the protocol" ..."""


def _expanded(words: list[str], instruments: Sequence[str]) -> list[str]:
    """``words`` with each phrase holding :data:`INSTRUMENT` written out once per instrument noun."""
    out: list[str] = []
    for w in words:
        out += [w.replace(INSTRUMENT, noun) for noun in instruments] if INSTRUMENT in w else [w]
    return out


def _predicates(kind: str, spec: dict[str, Any], instruments: Sequence[str] = ()) -> list[PhraseEntry]:
    """The phrases of the predicates of one kind: words assert their predicate; antonyms assert the opposite's
    name where it has one ("arbitrary": ``unlawful``), else deny the predicate ("reject": ``accepted``, negated).
    A phrase with :data:`INSTRUMENT` stands for one phrase per noun of ``instruments``."""
    out = []
    for predicate, words in spec.items():
        name = words.get("opposite")
        out += [PhraseEntry(phrase_words(w), kind, predicate, "asserted")
                for w in _expanded(words.get("words") or [], instruments)]
        out += [PhraseEntry(phrase_words(w), kind, name or predicate, "asserted" if name else "negated")
                for w in _expanded(words.get("opposites") or [], instruments)]
    return out


_OPPOSED_KINDS = ("status", "acceptance", "states")


def _opposites(data: dict[str, Any], where: str) -> dict[str, str]:
    """Opposite name -> its predicate, over status, acceptance and states; a name that is itself a predicate, or the
    opposite of another predicate, is an error (a state and a status of one name, ``valid``, may share one)."""
    predicates = {p for kind in _OPPOSED_KINDS for p in data.get(kind) or {}}
    out: dict[str, str] = {}
    for kind in _OPPOSED_KINDS:
        for predicate, words in (data.get(kind) or {}).items():
            name = words.get("opposite")
            if name is None:
                continue
            if name in predicates or out.get(name, predicate) != predicate:
                raise LexiconError(where, f"{kind}/{predicate}: the opposite name {name!r} is already a predicate")
            out[name] = predicate
    return out


def _unnamed(spec: dict[str, Any]) -> dict[str, Any]:
    """``spec`` without its opposites' names: the states extractor reads an antonym as its predicate denied and names
    the opposite when it builds the claim (:meth:`ClaimVocabulary.named`)."""
    return {p: {k: v for k, v in words.items() if k != "opposite"} for p, words in spec.items()}


def build_claim_vocabulary(data: dict[str, Any], where: str = "data/claims.yaml") -> ClaimVocabulary:
    """The vocabulary from the parsed data file ``data``."""
    instruments = [str(w) for w in (data.get("lists") or {}).get("legal_instruments") or []]
    entries = (_predicates("status", data.get("status") or {}, instruments)
               + _predicates("acceptance", data.get("acceptance") or {}))
    groups: dict[str, str] = {}
    for group, classes in (data.get("cause") or {}).items():
        for cls, words in classes.items():
            groups[cls] = group
            entries += [PhraseEntry(phrase_words(w), "cause", cls) for w in words or []]
    frames: dict[str, str] = {}
    for frame, classes in [*(data.get("characterisation") or {}).items(), *(data.get("act_labels") or {}).items()]:
        for cls, words in classes.items():
            frames[cls] = frame
            entries += [PhraseEntry(phrase_words(w), "characterisation", cls) for w in words or []]
    cue_entries, cues = _cause_cues(data.get("cause_cues") or {}, data.get("contact_acts") or {}, groups)
    entries += cue_entries
    return ClaimVocabulary(
        lists=WordLists({**(data.get("lists") or {}), **(data.get("answer_lists") or {})}, where),
        phrases=_index(entries),
        cause_groups=groups,
        status_predicates=frozenset(data.get("status") or {}),
        acceptance_predicates=frozenset(data.get("acceptance") or {}),
        opposites=_opposites(data, where),
        act_frames=frames,
        state_phrases=_index(_predicates("status", _unnamed(data.get("states") or {}))),
        cues=cues,
        cue_classes=frozenset((data.get("cause_cues") or {}).get("classes") or {}),
        kin={str(p): str(w["kin"]) for p, w in (data.get("status") or {}).items() if w.get("kin")},
    )


def _index(entries: list[PhraseEntry]) -> dict[str, tuple[PhraseEntry, ...]]:
    """The phrases by their first word, longest first."""
    index: dict[str, list[PhraseEntry]] = {}
    for entry in entries:
        if entry.words:
            index.setdefault(entry.words[0], []).append(entry)
    return {k: tuple(sorted(v, key=lambda e: -len(e.words))) for k, v in index.items()}


def _cause_cues(spec: dict[str, Any], contact: dict[str, Any], groups: dict[str, str]
                ) -> tuple[list[PhraseEntry], CauseCues]:
    """The cause classes of the "counts" frames as phrases (registered in ``groups``), and their word sets."""
    entries: list[PhraseEntry] = []
    signs: set[tuple[str, ...]] = set()
    verbs: set[tuple[str, str]] = set()
    for cls, body in (spec.get("classes") or {}).items():
        groups[cls] = str(body["group"])
        verbs.update((str(v).lower(), cls) for v in body.get("verbs") or [])
        for key in ("signs", "words"):
            for w in body.get(key) or []:
                entries.append(PhraseEntry(phrase_words(w), "cause", cls))
                if key == "signs":
                    signs.add(phrase_words(w))

    def lower(key: str, where: dict[str, Any]) -> frozenset[str]:
        return frozenset(" ".join(str(w).lower().split()) for w in where.get(key) or [])

    return entries, CauseCues(
        connectives=frozenset(phrase_words(w) for w in spec.get("connectives") or []),
        incident_verbs=lower("incident_verbs", spec), reported_heads=lower("reported_heads", spec),
        signs=frozenset(signs), contact_verbs=lower("verbs", contact), contact_objects=lower("objects", contact),
        path_nouns=lower("path_nouns", contact), verbs=frozenset(verbs))


def load_claim_vocabulary(user_file: str | None = None) -> ClaimVocabulary:
    """The shipped claims vocabulary, with ``user_file`` (setting ``claims_file``) merged over it."""
    data = read_yaml("claims.yaml", user_file, schema="claims", version=VERSION)
    return build_claim_vocabulary(data, user_file or "data/claims.yaml")
