"""Editor's notes: an opening note "[Remarks by the minister to journalists ...]" names the speaker of the quotes.

A translated or published text of someone's words often opens with a bracketed (or parenthesised) note of the
editor or translator that says whose words follow: "[Translated from Armenian. Remarks by the minister of
environment to journalists, as published by the ministry.]". The quotes after it carry no cue of their own.
A speech noun of the cue lexicon (remarks, statement, speech, address) in that note, with an author
preposition (by, from, of) whose object the speakers index resolves, names the text's speaker; every direct
quote the other passes left without a speaker is that speaker's. The note must open the text: a bracket further
down is an aside, not the frame of the whole text.
"""

from __future__ import annotations

from dataclasses import replace

from ...models import Entity
from ..walk import kids_of
from .context import QuoteContext
from .records import Attribution

__all__ = ["give_noted", "noted_speaker"]

_OPEN = {"[": "]", "(": ")"}


def noted_speaker(ctx: QuoteContext) -> tuple[Entity, int, int] | None:
    """The entity an opening editor's note names as the text's speaker, with the mention's span; or None."""
    text = ctx.text
    lead = len(text) - len(text.lstrip())
    close = _OPEN.get(text[lead:lead + 1])
    if close is None:
        return None
    end = text.find(close, lead)
    line_end = text.find("\n", lead)
    if end < 0 or (0 <= line_end < end):
        return None
    note = ctx.doc.char_span(lead, end, alignment_mode="contract")
    if note is None:
        return None
    for tok in note:
        if tok.pos_ not in ("NOUN", "PROPN") or tok.lower_ not in ctx.cues.speech_nouns or ctx.quoted[tok.i]:
            continue
        for prep in kids_of(tok):
            if prep.dep_ != "prep" or prep.lower_ not in ctx.words.author_prepositions:
                continue
            for obj in kids_of(prep):
                if obj.dep_ != "pobj" or obj.i >= note.end:
                    continue
                entity = ctx.speakers.entity_at(obj.left_edge.i, obj.i + 1, obj)
                if entity is not None:
                    return entity, obj.left_edge.idx, obj.idx + len(obj)
    return None


def give_noted(ctx: QuoteContext, records: list[Attribution]) -> list[Attribution]:
    """``records`` with each speakerless direct quote given to the speaker the opening note names."""
    if not any(r.kind == "direct" and r.speaker is None for r in records):
        return records
    found = noted_speaker(ctx)
    if found is None:
        return records
    entity, start, end = found
    return [replace(r, speaker=entity.id, speaker_span=(start, end))
            if r.kind == "direct" and r.speaker is None and r.content.start >= end else r for r in records]
