"""One typed settings object.

Defaults ship in the package (``data/settings.toml``). A settings file
overrides only the keys it sets: the path given to :func:`load_settings` (the
CLI's ``--config``), else ``$NEWSLEDGER_CONFIG`` if set, else
``~/.config/newsledger/settings.toml`` if it exists. Every key can also be set
by an environment variable named ``NEWSLEDGER_`` + the key in capitals
(``NEWSLEDGER_MAX_BYTES`` for ``max_bytes``, ``NEWSLEDGER_ACTORS_FILE`` for
``actors_file``), which wins over the files; keyword overrides win over
everything. The older names ``NEWSLEDGER_EVENT_PATTERNS`` and
``NEWSLEDGER_CUES`` still set ``events_file`` and ``cues_file``.

A vocabulary path written in a settings file is read relative to that file's
folder, so a project can keep its settings and vocabularies side by side.
"""

from __future__ import annotations

import dataclasses
import os
import tomllib
from dataclasses import dataclass, fields
from importlib import resources
from pathlib import Path
from typing import Any

from .errors import ConfigError

ENV_PREFIX = "NEWSLEDGER_"
# Older environment variables that still set a key (the generic NEWSLEDGER_<KEY> wins where both are set).
LEGACY_ENV = {"NEWSLEDGER_EVENT_PATTERNS": "events_file", "NEWSLEDGER_CUES": "cues_file"}
VOCABULARY_KEYS = ("actors_file", "people_file", "events_file", "cues_file", "agreements_file", "claims_file")


@dataclass(frozen=True, slots=True)
class Settings:
    """Resolved configuration of one run."""

    spacy_model: str
    """Name of an installed spaCy pipeline package."""
    max_bytes: int
    """Largest input accepted, in bytes (files, standard input; each record of a JSON Lines input)."""
    max_chars: int
    """Longest document parsed, in characters; longer ones are skipped with their size (also ``nlp.max_length``)."""
    batch_size: int
    """Documents per ``nlp.pipe`` batch (16-64 is as fast as 1000 and uses far less memory)."""
    languages: tuple[str, ...]
    """Languages accepted by the language check (ISO 639-1)."""
    min_language_confidence: float
    """Below this confidence a non-English guess does not reject a document."""
    actors_file: str = ""
    """A TSV of the user's own actor vocabulary, read after the shipped one ("": none)."""
    people_file: str = ""
    """A CSV of the user's own people (name, aliases, country, sector, role, start, end), read before the
    shipped list; ``newsledger actors import FILE`` writes it ("": none)."""
    events_file: str = ""
    """A YAML file of the user's event patterns, merged over ``data/events.yaml`` ("": none)."""
    cues_file: str = ""
    """A YAML file of the user's speech cues, merged over ``data/cues.yaml`` ("": none)."""
    agreements_file: str = ""
    """A YAML file of the user's agreement types, merged over ``data/agreements.yaml`` ("": none)."""
    claims_file: str = ""
    """A YAML file of the user's claim predicates, merged over ``data/claims.yaml`` ("": none)."""

    def replace(self, **changes: Any) -> Settings:
        """A copy with ``changes`` applied (the object itself is frozen)."""
        return dataclasses.replace(self, **changes)

    def to_dict(self) -> dict[str, Any]:
        """Every setting by name, as recorded with a run and printed by ``newsledger info``."""
        return {f.name: getattr(self, f.name) for f in fields(self)}


def _defaults() -> dict[str, Any]:
    text = resources.files("newsledger").joinpath("data/settings.toml").read_text("utf-8")
    return tomllib.loads(text)


def default_people_file() -> Path:
    """Where ``newsledger actors import`` keeps the user's people list when ``people_file`` names none; the
    lexicon reads it from there when it exists."""
    return Path.home() / ".config" / "newsledger" / "people.csv"


def default_actors_file() -> Path:
    """Where ``newsledger actors import --format petrarch`` keeps the bodies of a dictionary when
    ``actors_file`` names none; the lexicon reads it from there when it exists."""
    return Path.home() / ".config" / "newsledger" / "actors.tsv"


def _user_file() -> Path | None:
    explicit = os.environ.get(ENV_PREFIX + "CONFIG")
    if explicit:
        path = Path(explicit)
        if not path.is_file():
            raise ConfigError(f"NEWSLEDGER_CONFIG points at {explicit!r}, which is not a file")
        return path
    home = Path.home() / ".config" / "newsledger" / "settings.toml"
    return home if home.is_file() else None


def _coerce(name: str, value: Any, like: Any, where: str) -> Any:
    try:
        if isinstance(like, bool):
            return value if isinstance(value, bool) else str(value).lower() in {"1", "true", "yes"}
        if isinstance(like, int):
            return int(value)
        if isinstance(like, float):
            return float(value)
        if isinstance(like, list | tuple):
            items = value.split(",") if isinstance(value, str) else list(value)
            return tuple(str(v).strip() for v in items if str(v).strip())
        return str(value)
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"{where}: {name} = {value!r} is not a valid {type(like).__name__}") from exc


def load_settings(path: str | Path | None = None, **overrides: Any) -> Settings:
    """Shipped defaults, then the user file, then the environment, then ``overrides``."""
    values = _defaults()
    user = Path(path) if path else _user_file()
    if user is not None:
        values.update(_read_user_file(user, values))
    values.update(_from_environment(values))
    known = set(values)
    for key, value in overrides.items():
        if key not in known:
            raise ConfigError(f"unknown setting {key!r}; allowed: {sorted(known)}")
        if value is not None:
            values[key] = value
    values["languages"] = tuple(values["languages"])
    if values["max_bytes"] <= 0 or values["batch_size"] <= 0 or values["max_chars"] <= 0:
        raise ConfigError("max_bytes, max_chars and batch_size must be positive")
    return Settings(**values)


def _read_user_file(user: Path, defaults: dict[str, Any]) -> dict[str, Any]:
    """The keys a settings file sets, typed like ``defaults``; vocabulary paths resolved from its folder."""
    try:
        data = tomllib.loads(user.read_text("utf-8"))
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read settings file {user}: {exc}") from exc
    unknown = set(data) - set(defaults)
    if unknown:
        raise ConfigError(f"{user}: unknown setting(s) {sorted(unknown)}; allowed: {sorted(defaults)}")
    values = {}
    for key, value in data.items():
        values[key] = _coerce(key, value, defaults[key], str(user))
        if key in VOCABULARY_KEYS and values[key]:
            values[key] = str((user.parent / Path(values[key]).expanduser()).resolve())
    return values


def _from_environment(current: dict[str, Any]) -> dict[str, Any]:
    """The keys set by environment variables: the older names first, so ``NEWSLEDGER_<KEY>`` wins."""
    values: dict[str, Any] = {}
    for env_name, key in LEGACY_ENV.items():
        env = os.environ.get(env_name)
        if env is not None:
            values[key] = env
    for key in current:
        env = os.environ.get(ENV_PREFIX + key.upper())
        if env is not None:
            values[key] = _coerce(key, env, current[key], ENV_PREFIX + key.upper())
    return values
