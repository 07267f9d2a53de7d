"""Build ``src/newsledger/data/event_verbs.tsv`` from the CAMEO verb dictionary of PETRARCH-2.

    python tools/build_event_verbs.py CAMEO.2.0.txt CAMEO2PLOVER-2021.txt > src/newsledger/data/event_verbs.tsv

Sources: ``CAMEO.2.0.txt`` (Open Event Data Alliance, MIT licence; the notice is kept in
``data/event_verbs.LICENSE``) gives verb lemmas with their patterns and CAMEO codes; the
CAMEO -> PLOVER conversion table of the PLOVER release (``CAMEO2PLOVER-2021.txt``) gives the
PLOVER type and mode of each code, with the PLOVER manual's decisions
(:data:`newsledger.evaluation.events.MANUAL_OVERRIDES`) over it. Only facts are taken: which
verb, with which particle, object or prepositional phrase, names which kind of act.

What is kept, per verb block of the dictionary:

- the block's own code, for each of its verbs (a bare verb: pattern ``-``);
- each pattern that asks for one thing after the verb: an object (``o:aid``), a prepositional
  phrase (``p:to border``), a preposition (``p:to``), a particle (``t:down``) or a particle with
  an object (``t:up o:checkpoint``); a synonym set (``&FOOD``) is kept by its name, with its members
  in a row of their own; a multi-word noun (``{ARMS SHIPMENT}``) is kept by its head. Patterns with
  words before the verb or more than one condition after it are left out (no slot for them);
- a pattern coded ``---`` (the dictionary's "this is no event", "averted an attack") as a row
  with type ``-``, which blocks the verb's own code.

A code the conversion table does not map (statements, appeals) is left out. Output rows, in the
dictionary's order: ``verbs <TAB> pattern <TAB> cameo <TAB> type <TAB> mode`` (the block's verbs,
comma-separated), then ``&set <TAB> members`` for each set a pattern names.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from newsledger.evaluation.events import MANUAL_OVERRIDES

PARTICLES = frozenset({"up", "down", "out", "off", "back", "away", "over", "in", "on", "into", "forward", "through"})
_BLOCK = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]\s+---")
_PATTERN = re.compile(r"^-\s+(.*?)\s*\[([^\]]*)\]")


def plover_table(path: Path) -> dict[str, tuple[str, str]]:
    """CAMEO code -> (PLOVER type, mode), the manual's decisions over the table."""
    table: dict[str, tuple[str, str]] = {}
    for line in path.read_text("utf-8").splitlines():
        m = re.match(r"^(\d{2,4}):\s*([A-Z]+)\s*,\s*([^,#]*)", line)
        if m:
            table.setdefault(m.group(1), (m.group(2), m.group(3).strip()))
    for code, etype in MANUAL_OVERRIDES.items():
        table[code] = (etype, table.get(code, ("", ""))[1] if table.get(code, ("", ""))[0] == etype else "")
    return table


def plover_of(code: str, table: dict[str, tuple[str, str]]) -> tuple[str, str] | None:
    """The PLOVER type and mode of ``code``, by the longest prefix the table knows (three digits at least)."""
    for n in (len(code), 3):
        if len(code) >= n and code[:n] in table:
            return table[code[:n]]
    return None


def _word(raw: str) -> str | None:
    """A dictionary word as the text matches it: lower case, no stemming marks; None for multi-word forms."""
    w = raw.strip().rstrip("_").lower()
    if not w or "_" in w or not re.fullmatch(r"[a-z][a-z'-]*", w):
        return None
    return w


def _tokens(text: str) -> list[str]:
    """The elements of a pattern: words, ``(...)`` and ``{...}`` groups, synonym-set names."""
    return re.findall(r"\([^)]*\)|\{[^}]*\}|[^\s(){}]+", text)


def _heads(elem: str, synsets: dict[str, list[str]]) -> list[str]:
    """The head nouns an element names: a word, the last word of a group, a set by its name (``&food``)."""
    if elem.startswith("{"):
        words = elem.strip("{}").split()
        return _heads(words[-1], synsets) if words else []
    if elem.startswith("&"):
        return [elem.lower().rstrip("_")] if elem in synsets else []
    w = _word(elem)
    return [w] if w else []


def _patterns(post: str, synsets: dict[str, list[str]]) -> list[str]:
    """The lookup keys of what a pattern asks for after the verb, or [] where it asks for more."""
    elems = [e for e in _tokens(post) if e not in ("$", "+", "^", "%")]
    if not elems or len(elems) > 2:
        return []
    first = elems[0]
    particle = _word(first) if not first.startswith(("(", "{", "&")) else None
    if len(elems) == 2:
        if particle not in PARTICLES or elems[1].startswith("("):
            return []
        return [f"t:{particle} o:{h}" for h in _heads(elems[1], synsets)]
    if first.startswith("("):
        inner = _tokens(first[1:-1])
        prep = _word(inner[0]) if inner else None
        if prep is None or len(inner) > 2:
            return []
        if len(inner) == 1:
            return [f"p:{prep}"]
        return [f"p:{prep} {h}" for h in _heads(inner[1], synsets)]
    if particle in PARTICLES:
        return [f"t:{particle}"]
    return [f"o:{h}" for h in _heads(first, synsets)]


def _synsets(lines: list[str]) -> dict[str, list[str]]:
    sets: dict[str, list[str]] = {}
    name = None
    for line in lines:
        if line.startswith("#"):
            continue
        line = line.split("#", 1)[0].rstrip()
        if line.startswith("&"):
            name = line.strip()
            sets[name] = []
        elif line.startswith("+") and name:
            sets[name].append(line[1:].strip())
        elif not line.strip():
            name = None
    return sets


def _members(members: list[str]) -> list[str]:
    """A set's one-word members as the text matches them (a multi-word one, "cease fire", is left out)."""
    out: list[str] = []
    for member in members:
        w = _word(member)
        if w and w not in out:
            out.append(w)
    return out


Row = tuple[str, str, str, str, str]


def _pattern_line(line: str, synsets: dict[str, list[str]]) -> list[tuple[str, str]]:
    """(lookup key, CAMEO code) for one ``- ... * ... [code]`` line, or [] where no slot fits it."""
    pm = _PATTERN.match(line)
    if pm is None or "*" not in pm.group(1):
        return []
    pre, post = pm.group(1).split("*", 1)
    if [e for e in _tokens(pre) if e not in ("$", "+", "^", "%")]:
        return []  # a subject or an adverb before the verb: no slot for it
    code = pm.group(2).split(":")[0].strip()
    return [(pattern, code) for pattern in _patterns(post, synsets)] if code else []


def _coded(verbs: list[str], pattern: str, code: str, table: dict[str, tuple[str, str]]) -> Iterator[Row]:
    """The row of one pattern of a block's verbs: its PLOVER coding, ``-`` for "no event", none if unmapped."""
    if not verbs:
        return
    names = ",".join(verbs)
    if code.strip("-") == "":
        yield names, pattern, "-", "-", ""
        return
    found = plover_of(code, table)
    if found is not None:
        yield names, pattern, code, found[0], found[1]


def rows(cameo_file: Path, table_file: Path) -> Iterator[Row]:
    """(verbs, pattern, cameo, type, mode) for every kept pattern of every verb block, in file order,
    then ("&set", members) rows for the synonym sets the patterns name."""
    lines = cameo_file.read_text("utf-8", errors="replace").splitlines()
    start = next(i for i, ln in enumerate(lines) if "VERB PATTERNS" in ln)
    end = next((i for i, ln in enumerate(lines) if "TRANSFORMATIONS" in ln), len(lines))
    synsets = _synsets(lines[:start])
    table = plover_table(table_file)
    verbs: list[str] = []
    block_code = ""
    in_verbs = False
    used: set[str] = set()

    def coded(pattern: str, code: str) -> Iterator[Row]:
        return _coded(verbs, pattern, code, table)

    for raw in lines[start:end]:
        line = raw.split("#", 1)[0].rstrip()
        m = _BLOCK.match(line)
        if m:
            verbs, in_verbs = [], True
            block_code = m.group(2).split(":")[0].strip()
            continue
        if not line.strip():
            continue
        if line.startswith("-"):
            if in_verbs:
                in_verbs = False
                if block_code and block_code != "---":
                    yield from coded("-", block_code)
            for pattern, code in _pattern_line(line, synsets):
                used.update(re.findall(r"&[a-z_]+", pattern))
                yield from coded(pattern, code)
        elif in_verbs and not line.startswith("+"):
            lemma = _word(line.split("{", 1)[0])
            if lemma and lemma not in verbs:
                verbs.append(lemma)
    if in_verbs and block_code and block_code != "---":
        yield from coded("-", block_code)
    for name, members in synsets.items():
        key = name.lower().rstrip("_")
        if key in used:
            yield key, " ".join(_members(members)), "", "", ""


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    out = sys.stdout
    out.write("# version: 1\n"
              "# Generated by tools/build_event_verbs.py from CAMEO.2.0.txt (PETRARCH-2, (c) Open Event Data\n"
              "# Alliance, MIT licence: see event_verbs.LICENSE) and the CAMEO -> PLOVER conversion table of the\n"
              "# PLOVER release (openeventdata/PLOVER, CC BY-SA 4.0; only its facts, which code is which type and\n"
              "# mode, are used). Do not edit: rerun the tool. Rows of a block keep the file's\n"
              "# order (the first coding of a verb and pattern wins); an '&set' row lists the words a set name\n"
              "# in a pattern stands for.\n"
              "verbs\tpattern\tcameo\ttype\tmode\n")
    written: set[Row] = set()
    for row in rows(Path(argv[0]), Path(argv[1])):
        if row in written:
            continue
        written.add(row)
        out.write("\t".join(row) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
