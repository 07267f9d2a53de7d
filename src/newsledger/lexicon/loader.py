"""One loader for every vocabulary: YAML mappings and TSV tables, shipped or the user's.

The rules, the same for every file:

- **YAML without the 1.1 booleans.** ``yes``, ``no``, ``on`` and ``off`` stay
  words (only ``true``/``false`` are booleans), and no YAML tag builds an object.
- **A version that is checked.** A YAML file carries ``version: N``, a TSV file
  a ``# version: N`` comment line; a shipped file must carry the version this
  code reads, a user file may leave it out but may not name another.
- **A JSON Schema per file** (``lexicon/schemas/``): a YAML file is validated
  as a whole, a TSV file row by row (each row as an object keyed by the header).
- **One merge rule for user files**: mappings merge key by key (recursively),
  lists extend (a word already there is not repeated), anything else replaces.
  A user TSV adds rows after the shipped ones; a later row wins.
- **Errors name the file, the line and the problem**, as one
  :class:`LexiconError` (a :class:`~newsledger.errors.ConfigError`).
"""

from __future__ import annotations

import csv
import functools
import json
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
import yaml

from ..errors import ConfigError

__all__ = ["LexiconError", "Table", "WordLists", "merge", "read_table", "read_user_table", "read_yaml", "words"]


class LexiconError(ConfigError):
    """A vocabulary file cannot be used: unreadable, malformed, of another version or against its schema."""

    def __init__(self, where: str, problem: str, line: int | None = None) -> None:
        self.where, self.problem, self.line = where, problem, line
        super().__init__(f"{where}:{line}: {problem}" if line else f"{where}: {problem}")


_SafeLoader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml's parser where PyYAML was built with it


class _Loader(_SafeLoader):  # type: ignore[misc]
    """YAML without the 1.1 booleans yes/no/on/off: "on", "no" and "off" are words here (the safe constructor:
    no arbitrary objects)."""


_Loader.yaml_implicit_resolvers = {
    key: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:bool"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_Loader.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
                              list("tTfF"))


@functools.cache
def _schema(name: str) -> dict[str, Any]:
    text = resources.files("newsledger.lexicon").joinpath(f"schemas/{name}.json").read_text("utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


def _shipped(path: str) -> tuple[str, str]:
    """Text and display name of a data file shipped in ``newsledger/data``."""
    return resources.files("newsledger").joinpath(f"data/{path}").read_text("utf-8"), f"data/{path}"


def _user_text(path: str, what: str) -> str:
    try:
        return Path(path).expanduser().read_text("utf-8")
    except UnicodeDecodeError as exc:
        raise LexiconError(path, f"{what} is not UTF-8 text ({exc.reason} at byte {exc.start})") from exc
    except OSError as exc:
        raise LexiconError(path, f"{what} cannot be read: {exc.strerror or exc}") from exc


def _node_line(node: yaml.Node | None, path: Iterator[Any]) -> int | None:
    """1-based line of the YAML node at ``path`` (keys and indexes), as deep as the file goes."""
    line = node.start_mark.line + 1 if node is not None else None
    for step in path:
        if isinstance(node, yaml.MappingNode):
            found = next(((k, v) for k, v in node.value if k.value == str(step)), None)
            if found is None:
                break
            node = found[1]
            line = found[0].start_mark.line + 1
        elif isinstance(node, yaml.SequenceNode) and isinstance(step, int) and step < len(node.value):
            node = node.value[step]
            line = node.start_mark.line + 1
        else:
            break
    return line


def _check_version(data: Mapping[str, Any], version: int, where: str, shipped: bool,
                   line: Callable[[], int | None]) -> None:
    """``line`` is asked only when the version is wrong (finding a line in YAML means parsing it again)."""
    found = data.get("version")
    if found is None and not shipped:
        return
    if found != version:
        raise LexiconError(where, f"version {found!r} is not the version {version} this newsledger reads", line())


def _line(text: str, path: Iterator[Any]) -> int | None:
    """The line of ``path`` in ``text``: the node tree is composed only when an error needs a line."""
    return _node_line(yaml.compose(text, Loader=_Loader), path)


def _parse_yaml(text: str, where: str, schema: str, version: int, shipped: bool) -> dict[str, Any]:
    try:
        data = yaml.load(text, Loader=_Loader) or {}  # a SafeLoader subclass: no arbitrary objects
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or str(exc)
        raise LexiconError(where, f"not valid YAML: {problem}", mark.line + 1 if mark else None) from exc
    if not isinstance(data, dict):
        raise LexiconError(where, f"expected a mapping at the top, got {type(data).__name__}", 1)
    full = _schema(schema)
    # A user file adds to the shipped one, so it need not repeat what the shipped file requires.
    rules = full if shipped else {**full, "required": []}
    error = jsonschema.exceptions.best_match(jsonschema.Draft202012Validator(rules).iter_errors(data))
    if error is not None:
        at = "/".join(str(p) for p in error.absolute_path)
        raise LexiconError(where, f"{at + ': ' if at else ''}{error.message}", _line(text, iter(error.absolute_path)))
    _check_version(data, version, where, shipped, lambda: _line(text, iter(["version"])))
    return data


def merge(base: Any, extra: Any) -> Any:
    """``extra`` over ``base``: mappings merge key by key, lists extend without repeats, the rest replaces."""
    if isinstance(base, dict) and isinstance(extra, dict):
        out = dict(base)
        for key, value in extra.items():
            out[key] = merge(out[key], value) if key in out else value
        return out
    if isinstance(base, list) and isinstance(extra, list):
        return base + [v for v in extra if v not in base]
    return extra


def read_yaml(name: str, user_file: str | None, *, schema: str, version: int) -> dict[str, Any]:
    """The shipped ``data/<name>`` with the user's file, if any, merged over it; both validated."""
    text, where = _shipped(name)
    data = _parse_yaml(text, where, schema, version, shipped=True)
    if user_file:
        extra = _parse_yaml(_user_text(user_file, "the vocabulary file"), user_file, schema, version, shipped=False)
        extra.pop("version", None)
        data = merge(data, extra)
    return data


@dataclass(frozen=True, slots=True)
class Table:
    """Rows of a TSV vocabulary, each a mapping of header -> cell, with where it came from."""

    rows: tuple[tuple[str, int, dict[str, str]], ...]  # (file, line, row)

    def __iter__(self) -> Iterator[dict[str, str]]:
        return (row for _, _, row in self.rows)


def _parse_tsv(text: str, where: str, schema: str, version: int, shipped: bool,
               header: tuple[str, ...] | None, validate: bool = True) -> list[tuple[str, int, dict[str, str]]]:
    lines = [(n, line) for n, line in enumerate(text.splitlines(), 1)]
    found_version: int | None = None
    version_line = None
    for n, line in lines:
        m = re.match(r"#\s*version:\s*(\S+)\s*$", line)
        if m:
            found_version, version_line = int(m[1]) if m[1].isdigit() else -1, n
            break
    _check_version({"version": found_version}, version, where, shipped, lambda: version_line)
    data = [(n, line) for n, line in lines if line.strip() and not line.startswith("#")]
    if header is None:
        if not data:
            raise LexiconError(where, "no header line")
        header = tuple(c.strip() for c in data[0][1].split("\t"))
        data = data[1:]
    elif data and tuple(c.strip() for c in data[0][1].split("\t")) == header:
        data = data[1:]  # a user file may repeat the header
    validator = jsonschema.Draft202012Validator(_schema(schema))
    rows = []
    for n, line in data:
        (cells,) = csv.reader([line], delimiter="\t", quoting=csv.QUOTE_NONE)
        if len(cells) != len(header):
            raise LexiconError(where, f"want {len(header)} tab-separated columns ({', '.join(header)}), "
                                      f"got {len(cells)}: {line!r}", n)
        row = dict(zip(header, (c.strip() for c in cells), strict=True))
        error = jsonschema.exceptions.best_match(validator.iter_errors(row)) if validate else None
        if error is not None:
            column = "/".join(str(p) for p in error.absolute_path)
            raise LexiconError(where, f"{column + ': ' if column else ''}{error.message}", n)
        rows.append((where, n, row))
    return rows


# The shipped tables read so far, for :func:`check_shipped_tables`.
_SHIPPED_TABLES: dict[str, tuple[str, int]] = {}


def read_table(name: str, *, schema: str, version: int) -> Table:
    """Rows of the shipped ``data/<name>`` TSV.

    Its version and column count are checked here; its cells are checked against the JSON Schema by the test
    suite (:func:`check_shipped_tables`) rather than at every start: row by row that costs a fifth of a second
    for the thousands of rows the package ships, and those rows cannot change after a release. A user's table
    (:func:`read_user_table`) is always checked in full."""
    text, where = _shipped(name)
    _SHIPPED_TABLES[name] = (schema, version)
    return Table(tuple(_parse_tsv(text, where, schema, version, True, None, validate=False)))


def check_shipped_tables() -> list[str]:
    """Validate every shipped table :func:`read_table` has read in this process against its schema, row by row
    (a :class:`LexiconError` names the first bad cell); returns their names."""
    for name, (schema, version) in sorted(_SHIPPED_TABLES.items()):
        text, where = _shipped(name)
        _parse_tsv(text, where, schema, version, True, None, validate=True)
    return sorted(_SHIPPED_TABLES)


def read_user_table(path: str, *, schema: str, version: int, header: tuple[str, ...]) -> Table:
    """Rows of the user's TSV file at ``path``, whose header line may be left out; each validated."""
    return Table(tuple(_parse_tsv(_user_text(path, "the vocabulary file"), path, schema, version, False, header)))


def words(value: Any) -> frozenset[str]:
    """A word list of a data file as a set of lower-case strings (a single string is a list of one)."""
    if value is None:
        return frozenset()
    if isinstance(value, str):
        return frozenset({value.lower()})
    return frozenset(str(v).lower() for v in value)


class WordLists(Mapping[str, frozenset[str]]):
    """Named word lists of one data file (``lists:`` in YAML), each a frozenset of lower-case words.

    Looking up a list the file does not define is a :class:`LexiconError` naming the file, so a rule that
    needs a list fails on the first document it reads rather than matching nothing in silence.
    """

    def __init__(self, lists: Mapping[str, Any], where: str) -> None:
        self._lists = {str(k): words(v) for k, v in lists.items()}
        self._where = where
        # Each list is also an instance attribute, so ``lists.name`` (read tens of thousands of times per hundred
        # documents) is a plain attribute read; :meth:`__getattr__` only runs for a name the file lacks. A name
        # the class itself uses ("get", "keys") stays the method's and is read with ``lists["get"]``.
        self.__dict__.update({k: v for k, v in self._lists.items()
                              if k.isidentifier() and not k.startswith("_") and not hasattr(type(self), k)})

    def __getitem__(self, name: str) -> frozenset[str]:
        try:
            return self._lists[name]
        except KeyError:
            raise LexiconError(self._where, f"no word list {name!r}; it has {sorted(self._lists)}") from None

    def __iter__(self) -> Iterator[str]:
        return iter(self._lists)

    def __len__(self) -> int:
        return len(self._lists)

    def __getattr__(self, name: str) -> frozenset[str]:
        if name.startswith("_"):
            raise AttributeError(name)
        return self[name]
