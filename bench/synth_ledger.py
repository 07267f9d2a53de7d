#!/usr/bin/env python3
"""A synthetic ledger of N documents, built in minutes: real analyses, copied and varied, through the real writer.

A few dozen PolNeAR dev articles (read from ``$NEWSLEDGER_EVAL_DATA`` at run time, never copied into
the repository) are analysed **once**; each becomes a template cut to about ``--template-chars``
characters (:func:`lighter`), and one without claims gets a stand-in claim per event
(:func:`with_claims`). Then N documents are written by varying copies of those templates:

- every word outside a record's span is replaced by a corpus word of the same length, so offsets
  stay valid and copies are not near-duplicates of each other;
- each copy gets one of 40 outlets and a publication day spread over 2021-2023 (its times move with it);
- one copy in four names its people by other names (given names and surnames from two short lists of
  this file's own, kept with the mentions' text), so the ledger has a few thousand actors and dyads;
- one copy in twenty is a verbatim reprint of the one before, under another outlet, which the ledger
  links as a copy.

Every copy goes through the store's own write path (:meth:`newsledger.store.Ledger.add_many`:
``write_analysis``, actor, event, agreement and claim linking, near-duplicate bands), ``--batch``
documents per transaction, skipping only the NLP; the ledger's ``maintain`` runs every 500 documents
(as in an ingest) and at the end. A ledger already at the URL is topped up to N, so a stopped build
resumes. ``bench/ingest.py``, ``bench/serve.py`` (and so ``serve_pages.py``) and ``bench/export_memory.py``
build their ledgers with it.

    NEWSLEDGER_EVAL_DATA=../shared/eval .venv/bin/python bench/synth_ledger.py --db /tmp/l50k.db --docs 50000
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import os
import pickle
import random
import re
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from newsledger.config import load_settings
from newsledger.models import Analysis, Claim, Document, Skipped
from newsledger.pipeline import analyze_paths
from newsledger.store import Ledger

OUTLETS = [f"{city} {kind}" for city in ("Lagos", "Quito", "Oslo", "Hanoi", "Rabat", "Lima", "Riga", "Dhaka", "Accra",
                                         "Tunis") for kind in ("Times", "Herald", "Wire", "Observer")]
GIVEN = ("Ada", "Bram", "Cleo", "Dario", "Edda", "Femi", "Greta", "Hugo", "Ines", "Jonas", "Kofi", "Lena", "Milo",
         "Nora", "Omar", "Petra", "Quinn", "Rosa", "Sven", "Tala")
SURNAMES = ("Abara", "Belmonte", "Castell", "Dumont", "Eriksen", "Falk", "Gorska", "Halvorsen", "Ibarra", "Jansen",
            "Kovac", "Lindqvist", "Moreau", "Nakamura", "Okafor", "Petrov", "Quiroga", "Rahman", "Salo", "Tamm",
            "Ueda", "Varga", "Wolde", "Yilmaz", "Zeller")
WORD = re.compile(r"\w+")
BASE_DAY = dt.date(2021, 1, 1)


def corpus(n: int, out: Path) -> Path:
    """The first ``n`` PolNeAR dev articles as a JSON Lines corpus at ``out`` (with outlet and date)."""
    data = Path(os.environ.get("NEWSLEDGER_EVAL_DATA", "../shared/eval")) / "quotes_polnear" / "dev.jsonl"
    with data.open(encoding="utf-8") as src, out.open("w", encoding="utf-8") as dst:
        for line in list(src)[:n]:
            r = json.loads(line)
            dst.write(json.dumps({"text": r["text"], "source": r.get("publisher"), "title": r.get("title"),
                                  "published": r.get("date")}) + "\n")
    return out


def templates(articles: int, chars: int, cache: Path | None = None) -> list[Analysis]:
    """The analysed templates (``cache``: a pickle of them, read if present, written otherwise)."""
    if cache is not None and cache.exists():
        found: list[Analysis] = pickle.loads(cache.read_bytes())
        return found
    with tempfile.TemporaryDirectory() as tmp:
        path = corpus(articles, Path(tmp) / "corpus.jsonl")
        out = [lighter(with_claims(a), chars) for a in analyze_paths([str(path)], load_settings())
               if not isinstance(a, Skipped)]
    if cache is not None:
        cache.write_bytes(pickle.dumps(out))
    return out


def synthesise(templates: list[Analysis], n: int, ledger: Ledger, seed: int = 7, start: int = 0,
               batch_size: int = 250) -> None:
    """Write ``n`` varied copies of ``templates`` (numbered from ``start``), ``batch_size`` per transaction."""
    rng = random.Random(seed + start)
    by_len: dict[int, list[str]] = {}
    for a in templates:
        for w in WORD.findall(a.document.text):
            by_len.setdefault(len(w), []).append(w)
    batch: list[Analysis] = []
    last: Analysis | None = None
    for i in range(start, start + n):
        a = templates[i % len(templates)]
        if i % 20 == 19 and last is not None:  # a verbatim reprint of the previous copy, under another outlet
            doc = dataclasses.replace(last.document, text=last.document.text + f"\n(Reprint {i})",
                                      source=rng.choice(OUTLETS), origin=f"synthetic:{i}")
            copy = dataclasses.replace(last, document=doc)
        else:
            copy = _vary(a, i, by_len, rng)
        batch.append(copy)
        last = copy
        if len(batch) == batch_size:
            ledger.add_many(batch)
            batch = []
    if batch:
        ledger.add_many(batch)


def _vary(a: Analysis, i: int, by_len: dict[int, list[str]], rng: random.Random) -> Analysis:
    """Copy ``i`` of template ``a``: other filler words, outlet and day; one in four renames its people."""
    keep = sorted((s.start, s.end) for s in _spans(a))
    shift = dt.timedelta(days=rng.randrange(0, 3 * 365))
    text = _scramble(a.document.text, keep, by_len, rng)
    doc = Document(text=text, source=rng.choice(OUTLETS), title=f"Story {i}", published=BASE_DAY + shift,
                   origin=f"synthetic:{i}")
    times = tuple(dataclasses.replace(t, date=t.date + shift if t.date else None) for t in a.times)
    entities = a.entities
    if i % 4 == 3:
        entities = tuple(dataclasses.replace(e, name=f"{rng.choice(GIVEN)} {rng.choice(SURNAMES)}", ref=None)
                         if e.type == "PERSON" else e for e in a.entities)
    return dataclasses.replace(a, document=doc, times=times, entities=entities)


def _spans(a: Analysis) -> list[Any]:
    out = [m for e in a.entities for m in e.mentions] + [s.content for s in a.statements]
    out += [t.span for t in a.times] + [e.evidence for e in a.events]
    out += [x.evidence for g in a.agreements for x in g.labels] + [x.evidence for g in a.agreements for x in g.stances]
    out += [c.evidence for c in a.claims] + [c.about for c in a.claims if c.about]
    return out + [s.evidence for c in a.conflicts for s in c.sides]


def with_claims(a: Analysis) -> Analysis:
    """``a``, or where it has no claims, ``a`` with one stand-in event claim per event (see the module doc)."""
    if a.claims:
        return a
    speakers = {s.id: s.speaker for s in a.statements}
    claims = tuple(
        Claim(f"c{i}", "event", e.type, e.evidence, speakers.get(e.reported_by or ""),
              tuple((role, eid) for role, eid in (("agent", e.source), ("target", e.target)) if eid),
              polarity=e.polarity, modality=e.modality, time=e.date, place=e.location, statement=e.reported_by,
              event=e.id)
        for i, e in enumerate(a.events, 1))
    return dataclasses.replace(a, claims=claims)


def _scramble(text: str, keep: list[tuple[int, int]], by_len: dict[int, list[str]], rng: random.Random) -> str:
    out, last = [], 0
    for start, end in [*keep, (len(text), len(text))]:
        if start < last:  # overlapping spans
            last = max(last, end)
            continue
        out.append(WORD.sub(lambda m: rng.choice(by_len.get(len(m.group()), [m.group()])), text[last:start]))
        out.append(text[start:end])
        last = end
    return "".join(out)


def lighter(a: Analysis, chars: int) -> Analysis:
    """The analysis cut to the records inside the first ``chars`` characters (a shorter template)."""
    cut = a.document.text.rfind("\n", 0, chars)
    cut = cut if cut > chars // 2 else chars
    inside = lambda s: s.end <= cut  # noqa: E731
    ents = tuple(dataclasses.replace(e, mentions=tuple(m for m in e.mentions if inside(m))) for e in a.entities)
    ents = tuple(e for e in ents if e.mentions)
    ids = {e.id for e in ents}
    times = tuple(t for t in a.times if inside(t.span))
    tids = {t.id for t in times}
    stmts = tuple(dataclasses.replace(s, speaker=s.speaker if s.speaker in ids else None,
                                      time=s.time if s.time in tids else None)
                  for s in a.statements if inside(s.content))
    sids = {s.id for s in stmts}
    events = tuple(dataclasses.replace(e, source=e.source if e.source in ids else None,
                                       target=e.target if e.target in ids else None,
                                       location=e.location if e.location in ids else None,
                                       date=e.date if e.date in tids else None,
                                       reported_by=e.reported_by if e.reported_by in sids else None)
                   for e in a.events if inside(e.evidence))
    agreements = tuple(dataclasses.replace(
        g, parties=tuple(p for p in g.parties if p in ids), signed=g.signed if g.signed in tids else None,
        builds_on=(), labels=tuple(dataclasses.replace(x, by=x.by if x.by in ids else None)
                                   for x in g.labels if inside(x.evidence)),
        stances=tuple(dataclasses.replace(x, actor=x.actor if x.actor in ids else None)
                      for x in g.stances if inside(x.evidence))) for g in a.agreements)
    eids = {e.id for e in events}
    claims = tuple(dataclasses.replace(
        c, claimant=c.claimant if c.claimant in ids else None, arguments=tuple(x for x in c.arguments if x[1] in ids),
        time=c.time if c.time in tids else None, place=c.place if c.place in ids else None,
        statement=c.statement if c.statement in sids else None, event=c.event if c.event in eids else None,
        about=c.about if c.about and inside(c.about) else None, revises=None, corroborates=())
        for c in a.claims if inside(c.evidence))
    doc = dataclasses.replace(a.document, text=a.document.text[:cut])
    return Analysis(doc, ents, stmts, times, events, agreements, claims=claims)


def build(url: str, docs: int, *, articles: int = 40, chars: int = 2500, cache: Path | None = None,
          batch_size: int = 250, log: bool = True) -> Ledger:
    """The ledger at ``url`` topped up to ``docs`` synthetic documents and maintained; open, for the caller."""
    ledger = Ledger(url)
    have = ledger.count()
    if have < docs:
        made = templates(articles, chars, cache)
        began = time.perf_counter()
        while have < docs:  # in steps, so a long build reports its progress and resumes where it stopped
            synthesise(made, min(2500, docs - have), ledger, start=have, batch_size=batch_size)
            have = ledger.count()
            if log:
                print(f"synthesised {have} documents ({time.perf_counter() - began:.0f} s)", file=sys.stderr,
                      flush=True)
    began = time.perf_counter()
    done = ledger.maintain()  # what every ingest run ends with
    if log:
        print(f"maintenance {done or 'not needed'} in {time.perf_counter() - began:.1f} s", file=sys.stderr,
              flush=True)
    return ledger


def copy_ledger(src: str, dst: str, chunk: int = 5000, log: bool = True) -> None:
    """Copy every row of the ledger at ``src`` into the empty ledger at ``dst`` (another backend), table by table.

    The columns are the schema's own (``store.schema``), so the copy cannot drift from it; what each
    backend derives (PostgreSQL's generated ``tsvector`` columns and their GIN indexes, SQLite's FTS5
    tables) is derived by the target as it stores the rows. The rows are the writer's rows on the
    source, so a synthetic PostgreSQL ledger needs no second write of the same documents (its writer
    makes about 60 round trips per document). Sequences are moved past the copied keys, then the
    target is maintained as an ingest leaves it.
    """
    from sqlalchemy import func, select, text

    from newsledger.store import schema as t

    with Ledger(src, read_only=True) as source, Ledger(dst) as target:
        if target.count():
            raise SystemExit(f"{target.where} holds documents already: copy into an empty ledger")
        began = time.perf_counter()
        with source.read() as rd, target.write() as wr:
            for table in t.metadata.sorted_tables:
                cols = [c.name for c in table.columns]
                n = 0
                parts = rd.execute(select(table).order_by(*table.primary_key.columns)).partitions(chunk)
                if target.dialect == "postgresql":  # COPY: the fastest way in, one stream per table
                    cursor = wr.connection.driver_connection.cursor()  # type: ignore[union-attr]
                    names = ", ".join(f'"{c}"' for c in cols)
                    with cursor.copy(f'COPY "{table.name}" ({names}) FROM STDIN') as stream:
                        for part in parts:
                            for r in part:
                                stream.write_row(tuple(r))
                            n += len(part)
                else:
                    for part in parts:
                        wr.execute(table.insert(), [dict(zip(cols, r, strict=True)) for r in part])
                        n += len(part)
                if target.dialect == "postgresql" and "pk" in table.c and n:
                    top = wr.execute(select(func.max(table.c.pk))).scalar_one()
                    wr.execute(text(f"SELECT setval(pg_get_serial_sequence('{table.name}', 'pk'), {int(top)})"))
                if log:
                    print(f"copied {table.name}: {n} rows ({time.perf_counter() - began:.0f} s)", file=sys.stderr,
                          flush=True)
        done = target.maintain()
        if log:
            print(f"maintenance {done or 'not needed'}", file=sys.stderr, flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", required=True, help="SQLite path or PostgreSQL URL (topped up if it holds a ledger)")
    ap.add_argument("--docs", type=int, default=50_000)
    ap.add_argument("--articles", type=int, default=40, help="real articles analysed as templates")
    ap.add_argument("--template-chars", type=int, default=2500)
    ap.add_argument("--batch", type=int, default=250, help="documents per write transaction")
    ap.add_argument("--cache", metavar="FILE", help="keep the analysed templates here (pickle) for the next build")
    ap.add_argument("--copy-from", metavar="DB", help="instead: copy this built ledger's rows into --db (empty)")
    args = ap.parse_args()
    if args.copy_from:
        copy_ledger(args.copy_from, args.db)
        return
    build(args.db, args.docs, articles=args.articles, chars=args.template_chars,
          cache=Path(args.cache) if args.cache else None, batch_size=args.batch).close()


if __name__ == "__main__":
    main()
