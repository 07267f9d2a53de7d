"""Pipeline: stages in order, one spaCy pass per document, skips carried through."""

from __future__ import annotations

import pytest

from newsledger import (
    BinaryInput,
    Document,
    EmptyInput,
    InputError,
    Skipped,
    UnsupportedLanguage,
    UnsupportedType,
    analyze_documents,
    analyze_text,
)
from newsledger.config import Settings
from newsledger.parse import check_language, load_model

TEXTS = [
    "Ghana and Togo signed a border accord in Accra on Monday, officials said.",
    "Die Regierung in Berlin hat am Montag neue Sanktionen gegen mehrere Unternehmen beschlossen, "
    "teilte das Auswärtige Amt mit.",
    "Vietnam's coast guard said it had expelled two fishing vessels from its waters on Sunday.",
]


def test_one_pipe_pass_per_document_and_skips_kept(settings: Settings, monkeypatch) -> None:
    nlp = load_model(settings.spacy_model)
    seen: list[str] = []
    original = type(nlp).pipe

    def counting_pipe(self, texts, *args, **kwargs):  # type: ignore[no-untyped-def]
        def spy(items):  # type: ignore[no-untyped-def]
            for item in items:
                if isinstance(item, tuple):  # the outer call; spaCy re-enters pipe() with bare texts
                    seen.append(item[0])
                yield item

        return original(self, spy(texts), *args, **kwargs)

    def no_direct_call(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        raise AssertionError("nlp() called directly: extractors must reuse the one parse")

    monkeypatch.setattr(type(nlp), "pipe", counting_pipe)
    monkeypatch.setattr(type(nlp), "__call__", no_direct_call)
    docs = [Document(text=t, origin=f"doc{i}") for i, t in enumerate(TEXTS)]
    out = list(analyze_documents(docs, settings))
    assert len(seen) == 2  # the German text never reaches the parser
    assert sorted(type(o).__name__ for o in out) == ["Analysis", "Analysis", "Skipped"]
    skipped = next(o for o in out if isinstance(o, Skipped))
    assert skipped.origin == "doc1" and skipped.kind == "UnsupportedLanguage" and "'de'" in skipped.reason


@pytest.mark.parametrize(
    ("text", "accepted"),
    [
        ("Indonesian President Joko Widodo visited Australia.", True),
        ("Indonesian President Joko Widodo visited Australia on Monday and met Prime Minister Anthony Albanese "
         "in Canberra, officials said.", True),
        ("Chile's Gabriel Boric and Peru's Dina Boluarte met in Arica.", True),
        ("Les ministres des affaires étrangères se sont réunis vendredi à Genève pour discuter d'un accord.", False),
        ("El presidente dijo el lunes que el acuerdo sobre migración se firmará la próxima semana en la capital.",
         False),
    ],
)
def test_language_check_keeps_short_english_with_foreign_names(settings: Settings, text: str,
                                                               accepted: bool) -> None:
    (item,) = list(check_language([Document(text=text, origin="t")], settings))
    assert isinstance(item, Document) is accepted, item


@pytest.mark.parametrize(
    ("text", "error"),
    [
        (" \n\t ", EmptyInput),
        ("\x00\x01\x02\x03 report \x00" * 40, BinaryInput),
        ("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", UnsupportedType),
        ("Die Regierung in Berlin hat am Montag neue Sanktionen gegen mehrere Unternehmen beschlossen, "
         "teilte das Auswärtige Amt mit.", UnsupportedLanguage),
    ],
    ids=["empty", "binary", "pdf", "german"],
)
def test_analyze_text_raises_the_error_of_the_skip(settings: Settings, text: str, error: type[InputError]) -> None:
    """``analyze_text`` raises the same error class a file with this text is skipped with, not one for all."""
    with pytest.raises(error) as caught:
        analyze_text(text, settings=settings)
    assert type(caught.value) is error and caught.value.origin == "<text>"


def test_analyze_text_extraction_failure_is_not_a_language_error(settings: Settings,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(*args: object) -> None:
        raise RuntimeError("extractor bug")

    monkeypatch.setattr("newsledger.extract.analyze_parsed", boom)
    with pytest.raises(InputError, match="extraction failed: RuntimeError: extractor bug") as caught:
        analyze_text("Ghana and Togo signed a border accord in Accra on Monday, officials said.", settings=settings)
    assert not isinstance(caught.value, UnsupportedLanguage)


def test_hostile_files_between_good_ones_end_nothing(settings: Settings, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Each of these ended `analyze` with a traceback and lost the other inputs (issue 13, item 1)."""
    from newsledger.pipeline import analyze_paths

    files = {
        "a.txt": TEXTS[0],
        "deep.json": "[" * 100_000 + "]" * 100_000,
        "deep.txt": "[" * 100_000 + "]" * 100_000,
        "bigint.json": '{"text": "' + TEXTS[2] + '", "n": ' + "7" * 5_000 + "}",
        "long.txt": (TEXTS[2] + " ") * 12_000,  # over 1,000,000 characters, under max_bytes
        "b.txt": TEXTS[2],
    }
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    out = list(analyze_paths([str(tmp_path / n) for n in files], settings))
    assert [type(o).__name__ for o in out] == ["Analysis", "Skipped", "Skipped", "Skipped", "Skipped", "Analysis"]
    assert [o.kind for o in out if isinstance(o, Skipped)] == ["MalformedInput"] * 3 + ["TooLarge"]


def test_one_by_one_confines_a_failing_stage_to_its_document() -> None:
    from newsledger.pipeline import one_by_one

    def stage(items):  # type: ignore[no-untyped-def]
        for item in items:
            if "Oslo" in item.text:
                raise ValueError("year 0 is out of range")
            yield item

    docs = [Document(text=t, origin=f"d{i}") for i, t in enumerate(["Rome talks.", "Oslo talks.", "Bern talks."])]
    out = list(one_by_one(stage, "finding the date")([docs[0], Skipped("x", "earlier", "EmptyInput"), *docs[1:]]))
    assert [type(o).__name__ for o in out] == ["Document", "Skipped", "Skipped", "Document"]
    assert out[2].reason == "finding the date failed: ValueError: year 0 is out of range"  # type: ignore[union-attr]


def test_results_come_out_in_the_order_of_the_inputs(settings: Settings) -> None:
    """A skip used to overtake the documents before it in the same parse batch, so zipping inputs
    with results paired analyses with the wrong names."""
    docs = [Document(text=t, origin=f"doc{i}") for i, t in enumerate([TEXTS[0], TEXTS[2], TEXTS[1], TEXTS[2]])]
    out = list(analyze_documents(docs, settings))
    origins = [o.document.origin if not isinstance(o, Skipped) else o.origin for o in out]
    assert origins == ["doc0", "doc1", "doc2", "doc3"]
    assert isinstance(out[2], Skipped) and out[2].kind == "UnsupportedLanguage"
