"""A document's author given by a verb of issuing hung on the document noun (stop 36, groups36): "a statement issued
on Monday by X" or "a report published by X" names X as the author, so "that statement said ..." later is X's.
Texts written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsledger import Analysis


def _speaker_of(analysis: Analysis, words: str) -> str | None:
    names = {e.id: e.name for e in analysis.entities}
    (stmt,) = [s for s in analysis.statements if words in s.content.text]
    return names.get(stmt.speaker or "")


@pytest.mark.parametrize(("issued", "noun"), [
    ("a statement issued on Monday by Kenya's interior ministry", "statement"),
    ("a statement released late on Monday by Kenya's interior ministry", "statement"),
    ("a report published on Monday by Kenya's interior ministry", "report"),
])
def test_the_issuer_of_a_document_speaks_through_it(analyze: Callable[..., Analysis], issued: str,
                                                     noun: str) -> None:
    analysis = analyze(f"Newspapers in Nairobi quoted {issued}. That {noun} said 300 people had been arrested "
                       "at the border crossing.")
    assert _speaker_of(analysis, "300 people") == "Kenya's interior ministry"
