"""The event pattern lexicon: verbs, nouns and verb + noun phrases -> PLOVER type, mode, CAMEO code.

The shipped lexicon is ``data/events.yaml``; a user file (``$NEWSLEDGER_EVENT_PATTERNS``,
else ``~/.config/newsledger/events.yaml``) is merged over it, entry by entry. The
lexicon is loaded once per process (:func:`load_lexicon` is cached).
"""

from __future__ import annotations

import functools
import os
import re
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from ..errors import ConfigError

__all__ = ["PLOVER_TYPES", "Lexicon", "Phrase", "Trigger", "load_lexicon"]

PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
COOPERATIVE = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID"})
CONFLICT = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE"})
ENV_FILE = "NEWSLEDGER_EVENT_PATTERNS"


class _Loader(yaml.SafeLoader):
    """YAML without the 1.1 booleans yes/no/on/off: "on", "no" and "off" are words here."""


_Loader.yaml_implicit_resolvers = {
    key: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:bool"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_Loader.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
                              list("tTfF"))


def _load_yaml(text: str) -> Any:
    return yaml.load(text, Loader=_Loader)  # a SafeLoader subclass: no arbitrary objects


@dataclass(frozen=True, slots=True)
class Trigger:
    """How one word (or phrase) is coded, and where its target is found."""

    type: str
    cameo: str | None = None
    mode: str | None = None
    preps: frozenset[str] = frozenset()
    symmetric: bool = False
    swap: bool = False  # the subject is the recipient ("hosted", "received")
    tags: frozenset[str] = frozenset()  # fine-grained tags the word must carry ("talks": NNS)
    requires: frozenset[str] = frozenset()  # a modifier the noun must carry ("air strike")
    objects: frozenset[str] = frozenset()  # object nouns the verb needs ("received a delegation")
    unless_objects: frozenset[str] = frozenset()  # object nouns that make it idiom ("struck a cautious tone")
    subjects: frozenset[str] = frozenset()  # subject nouns the verb needs ("a bomb exploded", not a boiler)
    dative: bool = False  # an indirect object is the target ("gave Chad aid")
    requires_preps: bool = False  # only with a target prepositional phrase ("fired rockets at")
    intransitive: bool = False  # only without a direct object ("rallied", not "rallied supporters")
    unless_clause: bool = False  # not with a clausal object ("asked, 'Do you think ...'")
    unless_preps: bool = False  # not with a target prepositional phrase
    owner_target: bool = False  # the owner of the object is the target ("crossed Peru's border")
    joint: Trigger | None = None  # the coding when the object is "joint" ("joint exercises")


@dataclass(frozen=True, slots=True)
class Phrase:
    """A verb + object noun pair that decides the type ("signed an agreement")."""

    verbs: frozenset[str]
    objects: frozenset[str]
    trigger: Trigger


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Everything the events extractor looks up, as plain dictionaries."""

    verbs: dict[str, Trigger]
    nouns: dict[str, Trigger]
    phrases: dict[tuple[str, str], Trigger]
    light_verbs: frozenset[str]
    commissive: frozenset[str]
    intention: frozenset[str]
    denial: frozenset[str]
    failure: frozenset[str]
    speech: frozenset[str]
    obligation: frozenset[str]
    hypothetical: frozenset[str]
    modal_aux: dict[str, str]  # auxiliary -> modality
    hypothetical_marks: frozenset[str]
    negators: frozenset[str]
    negative_determiners: frozenset[str]
    actor_nouns: frozenset[str]
    phrase_verbs: frozenset[str] = field(default=frozenset())


def _words(value: Any) -> frozenset[str]:
    if value is None:
        return frozenset()
    if isinstance(value, str):
        return frozenset({value.lower()})
    return frozenset(str(v).lower() for v in value)


def _trigger(spec: dict[str, Any], type_preps: dict[str, frozenset[str]], where: str) -> Trigger:
    etype = str(spec.get("type", "")).upper()
    if etype not in PLOVER_TYPES:
        raise ConfigError(f"{where}: event type {spec.get('type')!r} is not one of {', '.join(PLOVER_TYPES)}")
    preps = _words(spec["preps"]) if "preps" in spec else type_preps.get(etype, frozenset())
    joint = spec.get("joint")
    return Trigger(
        type=etype,
        cameo=str(spec["cameo"]) if spec.get("cameo") is not None else None,
        mode=spec.get("mode") or None,
        preps=preps,
        symmetric=bool(spec.get("symmetric")),
        swap=bool(spec.get("swap")),
        tags=frozenset(str(t) for t in spec.get("tags") or ()),
        requires=_words(spec.get("requires")),
        objects=_words(spec.get("objects")),
        unless_objects=_words(spec.get("unless_objects")),
        subjects=_words(spec.get("subjects")),
        dative=bool(spec.get("dative")),
        requires_preps=bool(spec.get("requires_preps")),
        intransitive=bool(spec.get("intransitive")),
        unless_clause=bool(spec.get("unless_clause")),
        unless_preps=bool(spec.get("unless_preps")),
        owner_target=bool(spec.get("owner_target")),
        joint=_trigger({**spec, **joint, "joint": None}, type_preps, where) if isinstance(joint, dict) else None,
    )


def _merge(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    """``extra`` over ``base``: mappings merge by key, lists extend, scalars replace."""
    out = dict(base)
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = {**out[key], **value}
        elif isinstance(value, list) and isinstance(out.get(key), list):
            out[key] = [*out[key], *value]
        else:
            out[key] = value
    return out


def _read(path: Path) -> dict[str, Any]:
    try:
        data = _load_yaml(path.read_text("utf-8")) or {}
    except (OSError, yaml.YAMLError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read event patterns {path}: {exc}") from exc
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: event patterns must be a mapping, got {type(data).__name__}")
    return data


def _user_file() -> Path | None:
    explicit = os.environ.get(ENV_FILE)
    if explicit:
        path = Path(explicit)
        if not path.is_file():
            raise ConfigError(f"{ENV_FILE} points at {explicit!r}, which is not a file")
        return path
    home = Path.home() / ".config" / "newsledger" / "events.yaml"
    return home if home.is_file() else None


def build_lexicon(data: dict[str, Any], where: str = "<events.yaml>") -> Lexicon:
    """A :class:`Lexicon` from the parsed YAML layout of ``data/events.yaml``."""
    type_preps = {str(k).upper(): _words(v) for k, v in (data.get("type_preps") or {}).items()}
    verbs = {str(k).lower(): _trigger(v, type_preps, f"{where} verbs.{k}") for k, v in
             (data.get("verbs") or {}).items() if v}
    nouns = {str(k).lower(): _trigger(v, type_preps, f"{where} nouns.{k}") for k, v in
             (data.get("nouns") or {}).items() if v}
    phrases: dict[tuple[str, str], Trigger] = {}
    for n, spec in enumerate(data.get("phrases") or ()):
        trig = _trigger(spec, type_preps, f"{where} phrases[{n}]")
        particle = f" {spec['particle']}" if spec.get("particle") else ""  # "called off the strike"
        for verb in _words(spec.get("verbs")):
            for obj in _words(spec.get("objects")):
                phrases[(verb + particle, obj)] = trig
    gov = data.get("governors") or {}
    aux: dict[str, str] = {}
    for modality, words in (data.get("modal_aux") or {}).items():
        for w in _words(words):
            aux[w] = str(modality)
    return Lexicon(
        verbs=verbs,
        nouns=nouns,
        phrases=phrases,
        light_verbs=_words(data.get("light_verbs")),
        commissive=_words(gov.get("commissive")),
        intention=_words(gov.get("intention")),
        denial=_words(gov.get("denial")),
        failure=_words(gov.get("failure")),
        speech=_words(gov.get("speech")),
        obligation=_words(gov.get("obligation")),
        hypothetical=_words(gov.get("hypothetical")),
        modal_aux=aux,
        hypothetical_marks=_words(data.get("hypothetical_marks")),
        negators=_words(data.get("negators")),
        negative_determiners=_words(data.get("negative_determiners")),
        actor_nouns=_words(data.get("actor_nouns")),
        phrase_verbs=frozenset(v for v, _ in phrases),
    )


@functools.cache
def load_lexicon(user_file: str | None = None) -> Lexicon:
    """The shipped lexicon with the user's file (argument, environment or home folder) merged over it."""
    text = resources.files("newsledger").joinpath("data/events.yaml").read_text("utf-8")
    data = _load_yaml(text)
    path = Path(user_file) if user_file else _user_file()
    if path is not None:
        data = _merge(data, _read(path))
    return build_lexicon(data, str(path) if path else "data/events.yaml")


def with_type(trigger: Trigger, etype: str, cameo: str | None, mode: str | None = None) -> Trigger:
    """``trigger`` recoded as another type (a promise to meet is AGREE, a vow to strike THREATEN)."""
    return replace(trigger, type=etype, cameo=cameo, mode=mode)
