"""The stage protocol and the default pipeline.

A stage takes an iterable of items and yields items: documents, parsed
documents, analyses, and :class:`~newsledger.models.Skipped` records, which
every stage passes on untouched so a bad input is reported, never lost. A
run is a plain list of stages applied in order, so the same code analyses
one article, a directory, or a shard on a Ray worker.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Generator, Iterable, Iterator
from functools import partial
from typing import Any

from .config import Settings, load_settings
from .errors import InputError, describe
from .extract import extract
from .ingest import read_text
from .ingest.dateline import fill_published
from .ingest.sources import read_ledger_sources
from .lexicon import load_lexicon
from .models import Analysis, Document, Skipped
from .parallel import Render, analyze_stream
from .parse import check_language, parse

__all__ = ["Stage", "analyze_documents", "analyze_paths", "analyze_text", "default_stages", "one_by_one", "run"]

Stage = Callable[[Iterable[Any]], Iterator[Any]]


def default_stages(settings: Settings) -> list[Stage]:
    """Publication date from the text where missing -> language check -> one spaCy pass -> extractors.

    The lexicon is loaded here, before any document is read: a bad vocabulary file raises one
    :class:`~newsledger.errors.ConfigError` instead of failing every document of the run.
    """
    lexicon = load_lexicon(settings)
    return [
        one_by_one(fill_published, "finding the publication date in the text"),
        partial(check_language, settings=settings),
        partial(parse, settings=settings),
        partial(extract, lexicon=lexicon),
    ]


def one_by_one(stage: Stage, what: str) -> Stage:
    """``stage`` applied to each document on its own, so an exception in it skips that document only.

    Skips pass through untouched. The stage must be one that looks at a document at a time
    (keeps nothing from one document to the next), which is what makes this wrapping safe.
    """

    def guarded(items: Iterable[Any]) -> Iterator[Any]:
        for item in items:
            if isinstance(item, Skipped):
                yield item
                continue
            try:
                out = list(stage([item]))
            except Exception as exc:  # one document must not end the batch
                yield Skipped(item.origin, f"{what} failed: {describe(exc)}", "ReadError")
                continue
            yield from out

    return guarded


def run(items: Iterable[Any], stages: list[Stage]) -> Iterator[Any]:
    """Chain ``stages`` over ``items`` lazily."""
    stream: Iterable[Any] = items
    for stage in stages:
        stream = stage(stream)
    yield from stream


def analyze_paths(
    paths: Iterable[str], settings: Settings | None = None, published: dt.date | None = None, *,
    jobs: int = 1, allow_private: bool = False, render: Render | None = None,
) -> Generator[Any, None, None]:
    """Sources -> analyses and skips, streaming, in input order, on ``jobs`` worker processes.

    A source is whatever ``newsledger ingest`` reads (:func:`~newsledger.ingest.sources.read_ledger_sources`):
    a file (text, HTML, JSON, JSON Lines, RSS/Atom, WARC), a directory or glob of them, an http(s) URL,
    or ``-`` for standard input. ``jobs`` above 1 runs the stages in that many processes
    (:func:`~newsledger.parallel.analyze_stream`); close the iterator if it may be left unfinished.
    With ``render`` (a module-level function) each analysis comes as ``render(analysis)``, computed where it
    was analysed (see :func:`~newsledger.parallel.analyze_stream`).
    """
    settings = settings or load_settings()
    return analyze_stream(read_ledger_sources(paths, settings, published, allow_private), settings, jobs,
                          render=render)


def analyze_documents(docs: Iterable[Document], settings: Settings | None = None) -> Iterator[Analysis | Skipped]:
    """Documents already in memory -> analyses and skips, streaming."""
    settings = settings or load_settings()
    return run(docs, default_stages(settings))


def analyze_text(text: str, published: dt.date | None = None, settings: Settings | None = None) -> Analysis:
    """Analyse one text; raises the :class:`~newsledger.errors.InputError` that says why it cannot be analysed.

    The checks are those a file gets (:class:`~newsledger.errors.EmptyInput`,
    :class:`~newsledger.errors.BinaryInput`, :class:`~newsledger.errors.UnsupportedLanguage`, ...).
    """
    (item,) = list(analyze_documents([read_text(text, "<text>", published)], settings))
    if isinstance(item, Skipped):
        raise _input_error(item)
    return item


def _input_error(skipped: Skipped) -> InputError:
    """The error a skip stands for: the :class:`InputError` subclass its kind names, else InputError itself.

    A skip's kind is the class name of the error that caused it (or a name such as "ExtractionError"
    that no class has); the error tree is flat under InputError, so its direct subclasses are all of them.
    """
    kinds = {cls.__name__: cls for cls in InputError.__subclasses__()}
    return kinds.get(skipped.kind, InputError)(skipped.origin, skipped.reason)
