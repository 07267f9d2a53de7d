"""The stage protocol and the default pipeline.

A stage takes an iterable of items and yields items: documents, parsed
documents, analyses, and :class:`~newsledger.models.Skipped` records, which
every stage passes on untouched so a bad input is reported, never lost. A
run is a plain list of stages applied in order, so the same code analyses
one article, a directory, or a shard on a Ray worker.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from .config import Settings, load_settings
from .extract import extract
from .ingest import read_sources
from .ingest.dateline import fill_published
from .lexicon import load_lexicon
from .models import Analysis, Document, Skipped
from .parse import check_language, parse

__all__ = ["RunStats", "Stage", "analyze_documents", "analyze_paths", "analyze_text", "default_stages", "run"]

Stage = Callable[[Iterable[Any]], Iterator[Any]]


def default_stages(settings: Settings) -> list[Stage]:
    """Publication date from the text where missing -> language check -> one spaCy pass -> extractors.

    The lexicon is loaded here, before any document is read: a bad vocabulary file raises one
    :class:`~newsledger.errors.ConfigError` instead of failing every document of the run.
    """
    lexicon = load_lexicon(settings)
    return [
        fill_published,
        partial(check_language, settings=settings),
        partial(parse, settings=settings),
        partial(extract, lexicon=lexicon),
    ]


def run(items: Iterable[Any], stages: list[Stage]) -> Iterator[Any]:
    """Chain ``stages`` over ``items`` lazily."""
    stream: Iterable[Any] = items
    for stage in stages:
        stream = stage(stream)
    yield from stream


@dataclass
class RunStats:
    """What a run did: analysed documents, and skips counted by reason."""

    analysed: int = 0
    skipped: list[Skipped] = field(default_factory=list)

    def count(self, item: Analysis | Skipped) -> Analysis | Skipped:
        if isinstance(item, Skipped):
            self.skipped.append(item)
        else:
            self.analysed += 1
        return item

    @property
    def skipped_by_kind(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for s in self.skipped:
            counts[s.kind] = counts.get(s.kind, 0) + 1
        return counts


def analyze_paths(
    paths: Iterable[str], settings: Settings | None = None, published: dt.date | None = None
) -> Iterator[Analysis | Skipped]:
    """Files (or ``-`` for standard input) -> analyses and skips, streaming."""
    settings = settings or load_settings()
    return run(read_sources(paths, settings, published), default_stages(settings))


def analyze_documents(docs: Iterable[Document], settings: Settings | None = None) -> Iterator[Analysis | Skipped]:
    """Documents already in memory -> analyses and skips, streaming."""
    settings = settings or load_settings()
    return run(docs, default_stages(settings))


def analyze_text(text: str, published: dt.date | None = None, settings: Settings | None = None) -> Analysis:
    """Analyse one text; raises :class:`~newsledger.errors.InputError` if it cannot be analysed."""
    from .errors import EmptyInput, UnsupportedLanguage

    if not text.strip():
        raise EmptyInput("<text>", "empty input (nothing but white space)")
    (item,) = list(analyze_documents([Document(text=text, published=published, origin="<text>")], settings))
    if isinstance(item, Skipped):
        raise UnsupportedLanguage(item.origin, item.reason)
    return item
