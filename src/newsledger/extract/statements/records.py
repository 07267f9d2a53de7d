"""Attribution records: a statement before speaker resolution, and the helpers both passes build them with."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Token

from ...models import Span, StatementKind
from ..walk import kids_of
from .context import QuoteContext
from .cues import Cue
from .speakers import speaker_phrase

__all__ = ["Attribution", "clean_span", "cue_time", "speaker_fields"]

_EDGE_PUNCT = " \t\n,;:—–-"
_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}")
_ENTRY_TIME = re.compile(r"\d{1,2}[:.]\d{2}\s*(?:[-–—]\s*)?(?=[A-Z])")
_ANCHOR_DEPS = {"npadvmod", "prep", "advmod", "tmod", "obl", "nmod"}


@dataclass(frozen=True, slots=True)
class Attribution:
    """A statement before speaker resolution, with the spans the scorers need.

    ``speaker_span``/``cue_span`` are (start, end) character offsets or None;
    ``group`` is shared by the parts of one quote that an attribution
    interrupts, so an evaluation can join them into one relation.
    """

    kind: StatementKind
    content: Span
    cue: str | None
    cue_span: tuple[int, int] | None
    speaker_span: tuple[int, int] | None
    speaker_head: int | None  # token index of the head of the speaker phrase
    antecedent: int | None  # token index of the noun a relative pronoun speaker refers to
    time: str | None
    group: int
    continues: bool = False  # a standalone quote that continues the previous quote's speaker
    speaker: str | None = None  # entity id, after resolution
    marks: tuple[int, int] | None = None  # a quote's span with its quotation marks


def clean_span(ctx: QuoteContext, start: int, end: int) -> Span | None:
    """The text between ``start`` and ``end`` without edge punctuation and space; None if under two characters."""
    text = ctx.text
    while start < end and text[start] in _EDGE_PUNCT:
        start += 1
    entry = _ENTRY_TIME.match(text, start, end)
    if entry is not None and (start == 0 or text[start - 1] == "\n"):
        start = entry.end()  # a live blog's entry time opening its line: "07:45 Visibility is down to 200 metres"
    while end > start and text[end - 1] in _EDGE_PUNCT:
        end -= 1
    if end - start < 2:
        return None
    return Span(start, end, text[start:end])


def cue_time(ctx: QuoteContext, anchors: tuple[Token, ...], skip: set[int]) -> str | None:
    """A time expression attached to the cue (or the verb its subject came from): "said Tuesday"."""
    if not ctx.time_at:
        return None
    for anchor in anchors:
        for child in kids_of(anchor):
            if child.dep_ not in _ANCHOR_DEPS or child.i in skip:
                continue
            for t in child.subtree:
                found = ctx.time_at.get(t.i)
                if found is not None:
                    return found
    return None


def speaker_fields(ctx: QuoteContext, cue: Cue | None) -> tuple[tuple[int, int] | None, int | None, int | None]:
    """(speaker span, speaker head token, antecedent token) of a cue's subject, or three Nones."""
    if cue is None or cue.subject is None:
        return None, None, None
    s, e = speaker_phrase(cue.subject, ctx.words.speaker_prepositions)
    doc = cue.subject.doc
    while s < e - 1 and _CLOCK.fullmatch(doc[s].text):
        s += 1  # a live blog's entry time before the speaker: "09:40 The ministry says ..."
    return (doc[s].idx, doc[e - 1].idx + len(doc[e - 1])), cue.subject.i, \
        cue.antecedent.i if cue.antecedent is not None else None
