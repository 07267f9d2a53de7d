"""The speech-cue lexicon (``data/cues.yaml``), loaded once per process.

A user file named by ``$NEWSLEDGER_CUES`` adds entries: its lists are joined
to the shipped ones, key by key, so a deployment can teach the extractor a
house verb ("quipped") without editing the package.
"""

from __future__ import annotations

import functools
import os
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from ..errors import ConfigError

__all__ = ["CUES_ENV", "Cues", "load_cues"]

CUES_ENV = "NEWSLEDGER_CUES"
_LIST_KEYS = ("speech_verbs", "quote_only_verbs", "xcomp_verbs", "object_verbs", "belief_verbs", "characterising_verbs",
              "stance_adjectives", "speech_nouns", "document_nouns")


@dataclass(frozen=True, slots=True)
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

    def is_verb_cue(self, lemma: str) -> bool:
        return lemma in self.speech_verbs or lemma in self.characterising_verbs or lemma in self.xcomp_verbs or \
            lemma in self.object_verbs


def _merge(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for key, value in extra.items():
        if key in _LIST_KEYS and isinstance(value, list):
            out[key] = list(out.get(key) or []) + value
        elif key == "phrases" and isinstance(value, dict):
            phrases = dict(out.get("phrases") or {})
            for name, items in value.items():
                phrases[name] = list(phrases.get(name) or []) + list(items or [])
            out["phrases"] = phrases
    return out


@functools.cache
def load_cues(user_file: str | None = None) -> Cues:
    """The shipped lexicon, extended by ``user_file`` (default: ``$NEWSLEDGER_CUES`` where set)."""
    raw: dict[str, Any] = yaml.safe_load(
        resources.files("newsledger").joinpath("data/cues.yaml").read_text("utf-8"))
    path = user_file or os.environ.get(CUES_ENV)
    if path:
        if not Path(path).is_file():
            raise ConfigError(f"{CUES_ENV}={path!r} is not a file (expected a YAML cue lexicon)")
        extra = yaml.safe_load(Path(path).read_text("utf-8")) or {}
        if not isinstance(extra, dict):
            raise ConfigError(f"{path}: expected a mapping of lists such as speech_verbs: [...]")
        raw = _merge(raw, extra)

    def words(key: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in raw.get(key) or [])

    phrases = (raw.get("phrases") or {}).get("source_preposition") or []
    return Cues(
        version=int(raw.get("version", 1)),
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
    )
