"""The parse stage: one document the parser fails on, or one too long for it, costs that document only."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from newsledger.config import Settings
from newsledger.models import Document, Skipped
from newsledger.parse import Parsed, check_language, load_model, parse

TEXTS = [f"The foreign minister of Norway met her Danish counterpart in Oslo on day {i} of the talks."
         for i in range(7)]
POISON = "POISON-PILL"


def _docs(texts: list[str]) -> list[Document | Skipped]:
    return [Document(text=t, origin=f"doc{i}") for i, t in enumerate(texts)]


def test_a_batch_that_raises_is_parsed_one_by_one(settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    nlp = load_model(settings.spacy_model)
    real_pipe, real_call = type(nlp).pipe, type(nlp).__call__

    def pipe(self: Any, texts: Any, *args: Any, **kwargs: Any) -> Iterator[Any]:
        items = list(texts)
        if any(POISON in (t[0] if isinstance(t, tuple) else t) for t in items):
            raise RuntimeError("a component failed on this batch")
        return real_pipe(self, items, *args, **kwargs)  # type: ignore[no-any-return]

    def call(self: Any, text: str, *args: Any, **kwargs: Any) -> Any:
        if POISON in text:
            raise RuntimeError("a component failed on this text")
        return real_call(self, text, *args, **kwargs)

    monkeypatch.setattr(type(nlp), "pipe", pipe)
    monkeypatch.setattr(type(nlp), "__call__", call)
    texts = [*TEXTS[:3], POISON + " " + TEXTS[3], *TEXTS[4:]]
    items: list[Document | Skipped] = _docs(texts)
    items.insert(2, Skipped("earlier", "refused by the reader", "EmptyInput"))
    out = list(parse(items, settings.replace(batch_size=3)))
    assert [o.document.origin if isinstance(o, Parsed) else o.origin for o in out] == \
        ["doc0", "doc1", "earlier", "doc2", "doc3", "doc4", "doc5", "doc6"]
    bad = out[4]
    assert isinstance(bad, Skipped) and bad.kind == "ParseError"
    assert "RuntimeError: a component failed on this text" in bad.reason
    assert all(isinstance(o, Parsed) for i, o in enumerate(out) if i not in (2, 4))


def test_a_document_over_max_chars_never_reaches_the_parser(settings: Settings) -> None:
    nlp = load_model(settings.spacy_model)
    small = settings.replace(max_chars=120)
    try:
        out = list(parse(_docs([TEXTS[0], TEXTS[1] * 3, TEXTS[2]]), small))
        assert nlp.max_length == 120  # the parser's own limit follows the setting
    finally:
        list(parse([], settings))  # puts the shipped limit back for the tests after this one
    assert [type(o).__name__ for o in out] == ["Parsed", "Skipped", "Parsed"]
    skip = out[1]
    assert isinstance(skip, Skipped) and skip.kind == "TooLarge"
    assert f"{len(TEXTS[1] * 3):,} characters" in skip.reason and "120" in skip.reason and "max_chars" in skip.reason


def test_the_shipped_cap_is_within_the_parser_limit(settings: Settings) -> None:
    assert 0 < settings.max_chars <= 1_000_000  # spaCy's default nlp.max_length


def test_a_language_check_that_raises_skips_that_document(settings: Settings,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    import newsledger.parse as parse_module

    real = parse_module.identify

    def identify(text: str, languages: tuple[str, ...]) -> tuple[str, float]:
        if POISON in text:
            raise MemoryError("identifier ran out of memory")
        return real(text, languages)

    monkeypatch.setattr(parse_module, "identify", identify)
    out = list(check_language(_docs([TEXTS[0], POISON, TEXTS[1]]), settings))
    assert [type(o).__name__ for o in out] == ["Document", "Skipped", "Document"]
    assert "MemoryError" in out[1].reason  # type: ignore[union-attr]
