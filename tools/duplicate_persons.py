#!/usr/bin/env python3
"""Count documents where one person became two entities (issue 15: one actor per person).

Runs the entities and actors stages over the PolNeAR dev articles (``$NEWSLEDGER_EVAL_DATA``, read at run
time, never copied) or ``--corpus FILE.jsonl`` (records with a ``text`` field), and reports, per document,
pairs of named PERSON entities that look like one person:

- their names share a surname (the last name word, honorifics and titles left out), and
- their other words are compatible: one has no given name ("Trump", "Mr. Trump"), or the given names are
  equal or initials of each other, where both have them ("Donald J. Trump" / "Donald Trump"; "D. Trump"; not
  "George H.W. Bush" / "George W. Bush").

"Mike Warren" and "Elizabeth Warren" are not compatible, so two people who share a surname are not counted.
It also counts entities whose name is a bare possessive fragment ("'s office"), a symptom of the same bug.

    python tools/duplicate_persons.py [--docs 526] [--show 20]
"""

from __future__ import annotations

import argparse
import re
import sys
from itertools import combinations
from pathlib import Path

from newsledger.config import load_settings
from newsledger.extract.actors import actors
from newsledger.extract.actors.entities import entities
from newsledger.extract.walk import seed_text
from newsledger.ingest import read_text
from newsledger.lexicon import load_lexicon
from newsledger.models import Entity
from newsledger.parse import Parsed, parse

# The corpus reader of bench/stages.py (the same PolNeAR dev texts, or --corpus): one copy of it.
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from stages import _texts

_WORD = re.compile(r"[^\W\d_][\w'’.-]*", re.UNICODE)
# Words before a name that are no part of it; the measure must not depend on the system's own lists.
_HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "sen", "senator", "rep", "gov", "governor", "gen", "general",
               "president", "prime", "minister", "secretary", "sir", "lord", "lady", "judge", "justice",
               "former", "vice", "speaker", "mayor", "rev", "col", "lt", "sgt", "capt", "adm", "king", "queen",
               "prince", "princess", "chancellor", "pope", "sheikh", "sheik", "st", "hon", "jr", "sr", "ii", "iii"}
_PARTICLES = {"al", "el", "bin", "ibn", "abu", "de", "da", "di", "du", "del", "van", "von", "der", "den", "la", "le"}


def name_words(name: str) -> list[str]:
    """The words of a person's name, folded, without honorifics, titles, suffixes and possessive endings."""
    words = []
    for raw in _WORD.findall(name):
        w = raw.lower().rstrip(".").removesuffix("'s").removesuffix("’s")
        if w and w not in _HONORIFICS:
            words.append(w)
    return words


def same_person(a: str, b: str) -> bool:
    """Two person names that a reader would take for one person (see the module docstring)."""
    wa, wb = name_words(a), name_words(b)
    if not wa or not wb or wa[-1] != wb[-1] or len(wa[-1]) < 2:
        return False
    ga, gb = wa[:-1], wb[:-1]
    if not ga or not gb:
        return True
    # Written out here rather than taken from newsledger, so that the measure runs on older versions too.
    pairs = [(ga[0], gb[0]), *zip(ga[1:], gb[1:], strict=False)]
    return all(x == y or (len(x) == 1 and y.startswith(x)) or (len(y) == 1 and x.startswith(y)) for x, y in pairs)


def _is_name(name: str) -> bool:
    """A name, not a description the actors stage made ("Mexico's ambassador", "spokeswoman for X")."""
    words = name.split()
    return bool(words) and all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _PARTICLES for w in words) \
        and not any(w.endswith(("'s", "’s")) for w in words)


def duplicates(ents: tuple[Entity, ...]) -> tuple[list[tuple[str, str]], list[str]]:
    """Pairs of named PERSON entities of one document that look like one person, and the bare surnames left
    unresolved because two or more different people of the document fit them (not counted as duplicates)."""
    people = [e.name for e in ents if e.type == "PERSON" and _is_name(e.name)]
    pairs, unresolved = [], []
    for a, b in combinations(people, 2):
        if not same_person(a, b):
            continue
        bare = a if len(name_words(a)) == 1 else b if len(name_words(b)) == 1 else None
        if bare is not None:
            full = [p for p in people if len(name_words(p)) > 1 and same_person(bare, p)]
            if any(not same_person(x, y) for x, y in combinations(full, 2)):
                if bare not in unresolved:
                    unresolved.append(bare)
                continue
        pairs.append((a, b))
    return pairs, unresolved


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus")
    ap.add_argument("--docs", type=int, default=10**6)
    ap.add_argument("--show", type=int, default=20, help="example pairs to print")
    args = ap.parse_args(argv)
    settings = load_settings()
    lexicon = load_lexicon(settings)
    docs = [read_text(t, f"doc{n}") for n, t in enumerate(_texts(args.corpus, args.docs))]
    n_docs = n_dup_docs = n_pairs = n_people = n_unresolved = 0
    fragments: list[str] = []
    shown = 0
    for item in parse(docs, settings):
        if not isinstance(item, Parsed):
            continue
        n_docs += 1
        seed_text(item.doc, item.document.text)
        ents = actors(item.doc, entities(item.doc, lexicon), lexicon)
        n_people += sum(1 for e in ents if e.type == "PERSON")
        fragments += [f"{item.document.origin}: {e.name!r}" for e in ents if e.name[:2] in ("'s", "’s")]
        pairs, unresolved = duplicates(ents)
        n_unresolved += len(unresolved)
        if pairs:
            n_dup_docs += 1
            n_pairs += len(pairs)
            for a, b in pairs:
                if shown < args.show:
                    print(f"  {item.document.origin}: {a!r} / {b!r}")
                    shown += 1
    print(f"{n_docs} documents, {n_people} person entities")
    print(f"documents with two entities for one person: {n_dup_docs} ({n_dup_docs / max(n_docs, 1):.1%}); "
          f"pairs: {n_pairs}")
    print(f"bare surnames left unresolved (two people of the document fit): {n_unresolved}")
    print(f"entities named by a bare possessive (\"'s office\"): {len(fragments)}")
    for line in fragments[:args.show]:
        print(f"  {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
