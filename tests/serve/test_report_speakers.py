"""The text report (``analyze --format text``, ``show``) names a resolved speaker, not the pronoun that
stood for it, and keeps the article's own words where they say more."""

from __future__ import annotations

import datetime as dt
import io

from rich.console import Console

from newsledger.models import Analysis, Document, Entity, Statement
from newsledger.serve.report import print_report


def _report(speaker_text: str, resolved: bool) -> str:
    text = f'"The border stays open," {speaker_text} said on Friday. Mira Castell leads the ministry.'
    doc = Document(text=text, source="Test Wire", published=dt.date(2024, 1, 5), origin="t.txt")
    start = text.index("Mira Castell")
    person = Entity("e1", "Mira Castell", "PERSON", (doc.span(start, start + 12),), "CHL")
    said = doc.span(1, text.index(",\""))
    stmt = Statement("s1", "direct", said, "e1" if resolved else None, speaker_text, "said")
    out = io.StringIO()
    print_report(Analysis(doc, entities=(person,), statements=(stmt,)), Console(file=out, width=200))
    return next(line for line in out.getvalue().splitlines() if "The border stays open" in line)


def test_a_pronoun_is_shown_as_the_person() -> None:
    for pronoun in ("she", "He", "they"):
        row = _report(pronoun, resolved=True)
        assert "Mira Castell" in row and f" {pronoun} " not in row


def test_descriptive_words_are_kept_beside_the_name() -> None:
    assert "Mira Castell (the foreign minister)" in _report("the foreign minister", resolved=True)


def test_an_unresolved_speaker_keeps_the_article_words() -> None:
    row = _report("a senior official", resolved=False)
    assert "a senior official" in row and "Mira Castell" not in row
