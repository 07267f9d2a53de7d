"""Who a claim belongs to (extract/claims/context.py ``Context.voice``). Sentences written for these tests."""

from __future__ import annotations

from typing import Any

from newsledger.extract.claims.context import Context
from newsledger.lexicon import Lexicon
from newsledger.models import Entity, Span, Statement

TEXT = "Officials in Tarrant County said the bridge had been closed since Monday."


def _context(nlp: Any, lexicon: Lexicon, speaker: Entity) -> Context:
    start = TEXT.index("the bridge")
    content = Span(start, len(TEXT) - 1, TEXT[start:-1])
    statement = Statement("s1", "indirect", content, speaker=speaker.id, cue="said")
    return Context(nlp(TEXT), (speaker,), (statement,), lexicon)


def _place(country: str | None) -> Entity:
    at = TEXT.index("Tarrant County")
    return Entity("e1", "Tarrant County", "GPE", (Span(at, at + 14, "Tarrant County"),), country=country)


def test_a_place_that_codes_no_country_speaks_for_nobody(nlp: Any, lexicon: Lexicon) -> None:
    ctx = _context(nlp, lexicon, _place(None))
    start = TEXT.index("the bridge")
    assert ctx.voice(start, start + 10) is None


def test_a_country_speaks_for_its_government(nlp: Any, lexicon: Lexicon) -> None:
    ctx = _context(nlp, lexicon, _place("USA"))
    start = TEXT.index("the bridge")
    voice = ctx.voice(start, start + 10)
    assert voice is not None and voice.claimant == "e1"


def test_words_outside_any_statement_are_the_outlets(nlp: Any, lexicon: Lexicon) -> None:
    ctx = _context(nlp, lexicon, _place(None))
    voice = ctx.voice(0, 9)
    assert voice is not None and voice.claimant is None and voice.statement is None
