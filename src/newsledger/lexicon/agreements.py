"""The agreement vocabulary (``data/agreements.yaml``): document types and their rank, and the verbs around them.

Two actors who call one document by types of different rank characterise it
incompatibly ("treaty" vs "framework"); the in-article conflict check, the
ledger's cross-source check and the ``agreements --type`` filter all read the
types from here. The user's file (setting ``agreements_file``) is merged over
the shipped one by the loader's one rule, so a deployment can add a document
type or a head word.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any

from ..models import StanceValue
from .loader import WordLists, read_yaml

__all__ = [
    "AgreementVocabulary",
    "build_agreement_vocabulary",
    "load_agreement_vocabulary",
    "shipped_agreement_vocabulary",
]

VERSION = 1


@dataclass(frozen=True, slots=True, eq=False)  # compared and hashed by identity: built once per run
class AgreementVocabulary:
    """The words of ``data/agreements.yaml``, indexed for look-up."""

    heads: dict[tuple[str, ...], tuple[str, int | None]]  # words -> (document type, rank)
    first_words: frozenset[str]
    label_modifiers: frozenset[str]
    making_verbs: frozenset[str]
    stance_verbs: dict[str, StanceValue]
    effect_verbs: dict[str, StanceValue]
    builds_on_verbs: frozenset[str]
    earlier_modifiers: frozenset[str]
    label_breaks: frozenset[str]  # words after which a label names its subject ("agreement on ...")
    subject_prepositions: frozenset[str]  # "a memorandum on border trade": what the agreement is about
    deny_verbs: frozenset[str]  # "denied any deal": the document does not exist (not the events' denial list)
    report_nouns: frozenset[str]  # "rejected reports of a deal": denied through the report
    call_verbs: frozenset[str]  # "X described it as a memorandum": the label is X's
    intent_verbs: frozenset[str]  # "plan to sign": the document is still to come
    prospect_nouns: frozenset[str]  # "the possibility of a trade agreement": still to come
    counted_nouns: frozenset[str]  # lemmas whose counts speakers dispute ("12 people" vs "30 people")
    lists: WordLists  # the other named word lists of the file (``lists:``)

    def rank(self, doc_type: str) -> int | None:
        """The rank of a document type (higher is more binding), None for a generic or unknown type."""
        for type_, rank in self.heads.values():
            if type_ == doc_type:
                return rank
        return None

    def type_of(self, label: str) -> tuple[str, int | None] | None:
        """The document type a label names, with its rank, or None when no head of the vocabulary is in it.

        The longest head wins ("memorandum of understanding" over "understanding"); among equally long
        ones a ranked type beats a generic one ("ceasefire deal" is a ceasefire) and the rightmost, the
        English compound's head, beats the others ("framework agreement" is an agreement), except a type
        of the list ``purpose_types`` just before it, which names what the document does ("ceasefire
        agreement" is a ceasefire). Words after "of", "on", "with" ... name the subject, not the document
        ("agreement on a framework").
        """
        words = [w for w in re.split(r"[\s\-]+", label.lower()) if w]
        matches = [(i, len(h), value) for i in range(len(words)) for h, value in self.heads.items()
                   if tuple(words[i:i + len(h)]) == h]
        inside = {j for i, k, _ in matches for j in range(i, i + k)}
        stop = next((j for j, w in enumerate(words) if w in self.label_breaks and j not in inside), len(words))
        kept = [m for m in matches if m[0] + m[1] <= stop]
        if not kept:
            return None
        best = max(kept, key=lambda m: (m[1], m[2][1] is not None, m[0]))
        purposes = self.lists["purpose_types"]
        before = next((m for m in kept if m[0] + m[1] == best[0] and m[2][0] in purposes), None)
        return (before or best)[2]


def _stances(spec: dict[str, list[str]]) -> dict[str, StanceValue]:
    out: dict[str, StanceValue] = {}
    for word in spec.get("support", []):
        out[word] = "support"
    for word in spec.get("oppose", []):
        out[word] = "oppose"
    return out


def load_agreement_vocabulary(user_file: str | None) -> AgreementVocabulary:
    """The shipped vocabulary with the user's file (setting ``agreements_file``) merged over it."""
    data = read_yaml("agreements.yaml", user_file, schema="agreements", version=VERSION)
    return build_agreement_vocabulary(data, "data/agreements.yaml" + (f" + {user_file}" if user_file else ""))


def build_agreement_vocabulary(data: dict[str, Any], where: str = "data/agreements.yaml") -> AgreementVocabulary:
    """An :class:`AgreementVocabulary` from the parsed layout of ``data/agreements.yaml``."""
    heads: dict[tuple[str, ...], tuple[str, int | None]] = {}
    for doc_type, spec in data["document_types"].items():
        for head in spec["heads"]:
            heads[tuple(re.split(r"[\s-]+", head.lower()))] = (doc_type, spec["rank"])
    return AgreementVocabulary(
        heads=heads,
        first_words=frozenset(words[0] for words in heads),
        label_modifiers=frozenset(data["label_modifiers"]),
        making_verbs=frozenset(data["making_verbs"]),
        stance_verbs=_stances(data["stance_verbs"]),
        effect_verbs=_stances(data["effect_verbs"]),
        builds_on_verbs=frozenset(data["builds_on_verbs"]),
        earlier_modifiers=frozenset(data["earlier_modifiers"]),
        label_breaks=frozenset(data["label_breaks"]),
        subject_prepositions=frozenset(data["subject_prepositions"]),
        deny_verbs=frozenset(data["deny_verbs"]),
        report_nouns=frozenset(data["report_nouns"]),
        call_verbs=frozenset(data["call_verbs"]),
        intent_verbs=frozenset(data["intent_verbs"]),
        prospect_nouns=frozenset(data.get("prospect_nouns") or ()),
        counted_nouns=frozenset(data["counted_nouns"]),
        lists=WordLists(data.get("lists") or {}, where),
    )


@functools.cache
def shipped_agreement_vocabulary() -> AgreementVocabulary:
    """The shipped vocabulary alone, for code that classifies stored labels outside a run (the ledger)."""
    return load_agreement_vocabulary(None)
