"""The speech-cue lexicon (``data/cues.yaml``): reporting verbs, nouns and phrases by role.

The user's file (setting ``cues_file``) adds entries by the loader's one merge
rule (lists extend), so a deployment can teach the extractor a house verb
("quipped") without editing the package. This is the one list of reporting
verbs: the other extractors read speech verbs from here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .loader import WordLists, read_yaml

__all__ = ["Cues", "build_cues", "load_cues"]

VERSION = 1


@dataclass(frozen=True, slots=True, eq=False)  # compared and hashed by identity: built once per run
class Cues:
    """Lower-case lemma sets by role, and the source-introducing prepositional phrases."""

    version: int
    speech_verbs: frozenset[str]
    quote_only_verbs: frozenset[str]
    xcomp_verbs: frozenset[str]
    object_verbs: frozenset[str]
    belief_verbs: frozenset[str]
    characterising_verbs: frozenset[str]
    stance_adjectives: frozenset[str]
    speech_nouns: frozenset[str]
    document_nouns: frozenset[str]
    source_phrases: tuple[tuple[str, ...], ...]
    lists: WordLists
    """The words of single statement rules (``lists:``): anonymity verbs, speaker-phrase prepositions, elisions, ..."""

    def is_verb_cue(self, lemma: str) -> bool:
        """Whether a verb lemma can attribute a statement (a speech, characterising, infinitive or object verb)."""
        return lemma in self.speech_verbs or lemma in self.characterising_verbs or lemma in self.xcomp_verbs or \
            lemma in self.object_verbs


def load_cues(user_file: str | None) -> Cues:
    """The shipped lexicon, extended by the user's file (setting ``cues_file``)."""
    data = read_yaml("cues.yaml", user_file, schema="cues", version=VERSION)
    return build_cues(data, "data/cues.yaml" + (f" + {user_file}" if user_file else ""))


def build_cues(raw: dict[str, Any], where: str = "data/cues.yaml") -> Cues:
    """A :class:`Cues` from the parsed layout of ``data/cues.yaml``."""

    def words(key: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in raw.get(key) or [])

    phrases = (raw.get("phrases") or {}).get("source_preposition") or []
    return Cues(
        version=int(raw.get("version", VERSION)),
        speech_verbs=words("speech_verbs"),
        quote_only_verbs=words("quote_only_verbs"),
        xcomp_verbs=words("xcomp_verbs"),
        object_verbs=words("object_verbs"),
        belief_verbs=words("belief_verbs"),
        characterising_verbs=words("characterising_verbs"),
        stance_adjectives=words("stance_adjectives"),
        speech_nouns=words("speech_nouns"),
        document_nouns=words("document_nouns"),
        source_phrases=tuple(tuple(str(p).lower().split()) for p in phrases),
        lists=WordLists(raw.get("lists") or {}, where),
    )
