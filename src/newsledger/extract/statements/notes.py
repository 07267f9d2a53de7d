"""Editor's notes: an opening note "[Remarks by the minister to journalists ...]" names the speaker of the quotes.

A translated or published text of someone's words often opens with a bracketed (or parenthesised) note of the
editor or translator that says whose words follow: "[Translated from Armenian. Remarks by the minister of
environment to journalists, as published by the ministry.]". The quotes after it carry no cue of their own.
A speech noun of the cue lexicon (remarks, statement, speech, address) in that note, with an author
preposition (by, from, of) whose object the speakers index resolves, names the text's speaker; every direct
quote the other passes left without a speaker is that speaker's. The note must open the text: a bracket further
down is an aside, not the frame of the whole text.

Such a text may give the words of several sides, each under a line of its own that names the side and ends in a
colon, the kind of excerpt in brackets if any ("Ministry of Ports (excerpt, translated):"): the quoted
paragraphs right under that line, up to the first line that opens with no quotation mark, are that side's.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Token

from ...models import Entity
from ..walk import kids_of
from .context import QuoteContext
from .records import Attribution

__all__ = ["give_noted", "noted_speaker"]

_OPEN = {"[": "]", "(": ")"}
# A line that names whose words follow: a name, an aside in brackets if any, and a colon ending the line.
_VOICE_LINE = re.compile(r"^(?P<name>[^\s\"“”:()\[\]][^:\"“”()\[\]]{1,80}?)\s*(?:[(\[][^)\]]{1,60}[)\]])?\s*:\s*$")
_QUOTE_OPENERS = ("\"", "“", "‘", "'")
_VOICES = ("ORG", "GROUP", "PERSON", "GPE")


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
                # "Remarks by the minister of fisheries, Jane Doe, ...": the name set beside the title, if it has one
                # (the parse may hang the name on the speech noun instead)
                name = _name_beside(ctx, obj)
                if name is not None:
                    named = ctx.speakers.entity_at(name.left_edge.i, name.i + 1, name)
                    if named is not None and named.type == "PERSON":
                        return named, name.left_edge.idx, name.idx + len(name)
                entity = ctx.speakers.entity_at(obj.left_edge.i, obj.i + 1, obj)
                if entity is not None:
                    return entity, obj.left_edge.idx, obj.idx + len(obj)
    return None


def _name_beside(ctx: QuoteContext, obj: Token) -> Token | None:
    """The head of a proper name set right after ``obj``'s phrase between commas, as its apposition, or None."""
    doc, comma = ctx.doc, obj.right_edge.i + 1
    if comma + 1 >= len(doc) or doc[comma].text != ",":
        return None
    return next((t for t in doc[comma + 1:comma + 6] if t.dep_ == "appos" and t.pos_ == "PROPN"
                 and t.left_edge.i == comma + 1 and t.head.i in (obj.i, obj.head.head.i)), None)


def _voice_blocks(ctx: QuoteContext) -> list[tuple[int, int, Entity, int, int]]:
    """(start, end, entity, name start, name end) of each run of quoted paragraphs under a line naming a side."""
    text, out = ctx.text, []
    lines, pos = [], 0
    for line in text.split("\n"):
        lines.append((pos, line))
        pos += len(line) + 1
    for k, (start, line) in enumerate(lines):
        found = _VOICE_LINE.match(line.strip())
        if found is None:
            continue
        lead = len(line) - len(line.lstrip())
        name_start, name_end = start + lead + found.start("name"), start + lead + found.end("name")
        span = ctx.doc.char_span(name_start, name_end, alignment_mode="contract")
        if span is None or span.root.pos_ not in ("NOUN", "PROPN"):
            continue
        entity = ctx.speakers.entity_at(span.start, span.end, span.root)
        if entity is None or entity.type not in _VOICES:
            continue
        end = start + len(line)
        for next_start, next_line in lines[k + 1:]:
            if not next_line.strip():
                continue
            if not next_line.lstrip().startswith(_QUOTE_OPENERS):
                break
            end = next_start + len(next_line)
        if end > start + len(line):
            out.append((start + len(line), end, entity, name_start, name_end))
    return out


def _give_voiced(ctx: QuoteContext, records: list[Attribution]) -> list[Attribution]:
    """``records`` with each speakerless direct quote under a line naming a side given to that side."""
    blocks = _voice_blocks(ctx)
    if not blocks:
        return records
    out = []
    for r in records:
        block = next((b for b in blocks if b[0] <= r.content.start < b[1]), None)
        if block is not None and r.kind == "direct" and r.speaker is None:
            r = replace(r, speaker=block[2].id, speaker_span=(block[3], block[4]))
        out.append(r)
    return out


def give_noted(ctx: QuoteContext, records: list[Attribution]) -> list[Attribution]:
    """``records`` with each speakerless direct quote given to the side a line above it names, else to the speaker
    the opening note names."""
    if not any(r.kind == "direct" and r.speaker is None for r in records):
        return records
    records = _give_voiced(ctx, records)
    found = noted_speaker(ctx)
    if found is None:
        return records
    entity, start, end = found
    return [replace(r, speaker=entity.id, speaker_span=(start, end))
            if r.kind == "direct" and r.speaker is None and r.content.start >= end else r for r in records]
