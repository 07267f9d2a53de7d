"""A state body of no country of its own written with a capital after a comma ("circulated by the press desk of the
Ministry of Interior, Vaduz, 4 June 2026") takes the capital's country (extract/actors/seats.py), so a
translator's head line naming it makes the text that body's release (extract/statements/release.py); with no capital
after it, it stays none. Texts written for these tests."""

from __future__ import annotations

from collections.abc import Callable

from newsledger import Analysis


def _speakers(analysis: Analysis, words: str) -> list[str | None]:
    names = {e.id: e.name for e in analysis.entities}
    return [names.get(s.speaker or "") for s in analysis.statements if words in s.content.text]


_HEAD = "Unofficial translation from German, circulated by the press desk of the Ministry of Interior"
_BODY = (".\nWords of the ministry's spokeswoman, Ornella Marxer, to reporters.\nOn 2 June the Andorran government "
         "announced that Liechtenstein had agreed to joint customs checks at the Balzers depot. At the meeting on 1 "
         "June our delegation received a draft and undertook to study it. Nothing was signed.")


def test_a_translation_placed_in_a_capital_is_the_release_of_its_body(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze(_HEAD + ", Vaduz, 4 June 2026" + _BODY)
    assert _speakers(analysis, "Nothing was signed") == ["Ministry of Interior"]
    assert "acceptance" in [c.kind for c in analysis.conflicts]


def test_a_translation_naming_no_place_stays_no_release(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze(_HEAD + ", 4 June 2026" + _BODY)
    assert all(s is None for s in _speakers(analysis, "Nothing was signed"))
