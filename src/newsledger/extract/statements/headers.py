"""Live-blog headers: a line "Latest from the ministry: 26 dead" gives the rest of the line to the source it names.

A live blog or a news ticker often opens an entry with a short verbless header that ends in "from X:"
("Latest from the health ministry:", "Update from the coastguard:"), then states what X said; the word before
"from" is one of the ``header_words`` of ``data/cues.yaml``. The source must be one the text has named
before (a live blog follows its sources; an entity first named in a header is too often a place or a new body
that the actors stage has not tied to the one the blog has quoted so far). The words after
the colon, to the end of the line, are an indirect statement of X; X resolves like any speaker phrase (a name,
or "the ministry" pointing back at a named one). A header with a verb ("He came from Lima: ...") or a long run
of words before "from" is ordinary prose and yields nothing.

A live blog also opens an entry with the person who speaks, by name, with a title and the medium at most, and
a colon: "18:30 Transport minister Ana Ruiz, on radio: the bridge will reopen on Monday". The rest of the line
is that person's words. The words before the colon hold no verb and the name of a person the NER found, with
an entry time or a title or medium, or in the headline ("Name: words" tells the source of its words; a name alone
further down may be a heading the NER took for a person); a broadcast transcript's "NAME: words" turns are left
to the transcript reader.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from ...models import Entity
from .context import QuoteContext, is_verb
from .records import Attribution, clean_span
from .transcript import is_transcript

__all__ = ["header_records"]

# An optional entry time, up to six words, "from", the source, a colon, the words.
_HEADER = re.compile(r"^[ \t]*(?:\d{1,2}[:.]\d{2}[ \t]+)?((?:[^\s:]+[ \t]+){0,6}?)(from)[ \t]+([^:\n]{2,80}?)[ \t]*:"
                     r"[ \t]+(\S[^\n]*)$", re.MULTILINE | re.IGNORECASE)


# An optional entry time, a speaker phrase of no colon, a colon, the words to the end of the line.
_NAMED = re.compile(r"^[ \t]*(\d{1,2}[:.]\d{2}[ \t]+(?:[-–—][ \t]+)?)?([^\s:][^:\n]{2,80}?)[ \t]*:[ \t]+(\S[^\n]*)$",
                    re.MULTILINE)
_BODIES = ("ORG", "GROUP")  # a body that speaks in a timed entry: "14:10 - Interior ministry: 26 dead"
_ASKED = frozenset({"ask", "question", "press"})  # "Ursu, asked about the photograph: ...": the one asked answers
_NAMED_REACH = 12  # tokens of a speaker phrase at most: a title, a name, a medium
_PERSON = "PERSON"


def _verb(tok: Token) -> bool:
    """A verb other than a bare base form (a header word such as "Update" the parser may read as a verb)."""
    return is_verb(tok) and tok.tag_ != "VB"


def _asked(tok: Token) -> bool:
    """ "X, asked about the photograph: ...": a participle of asking after a comma, whose answer the words are."""
    return tok.tag_ in ("VBN", "VBD") and tok.lemma_.lower() in _ASKED and tok.i > 0 and tok.doc[tok.i - 1].text == ","


def _body(entity: Entity, ctx: QuoteContext) -> bool:
    """A body that may open a timed entry: one of a known sector, or one whose name ends in a body's head noun
    (``name_body_heads``: "Power Development Board", "Water Authority"), whatever sector its words gave it."""
    return entity.sector is not None or entity.name.split()[-1].lower() in ctx.body_heads


def header_records(ctx: QuoteContext, first_group: int) -> list[Attribution]:
    """An indirect statement for each "... from X: words" header line and each "NAME, on radio: words" entry (see
    the module docstring)."""
    out = _named_records(ctx, first_group)
    first_group += len(out)
    text, doc = ctx.text, ctx.doc
    if " from " not in text and "From " not in text:
        return out
    for m in _HEADER.finditer(text):
        header = doc.char_span(m.start(1), m.end(2), alignment_mode="expand")
        source = doc.char_span(m.start(3), m.end(3), alignment_mode="expand")
        if header is None or source is None or any(_verb(t) or ctx.quoted[t.i] for t in (*header, *source)):
            continue
        if len(header) < 2 or header[-2].lower_ not in ctx.words.header_words:
            continue  # "Travel from Manila: ...": no header word hands the line over
        head = source.root
        if head.pos_ not in ("NOUN", "PROPN"):
            continue
        named = ctx.speakers.entity_at(source.start, source.end, head)
        if named is not None and not any(mention.start < m.start() for mention in named.mentions):
            continue  # a source the blog has not followed before: the header may name a place, not a speaker
        content = clean_span(ctx, m.start(4), m.end(4) - (1 if m.group(4).endswith(".") else 0))
        if content is None:
            continue
        first_group += 1
        out.append(Attribution(kind="indirect", content=content, cue=m.group(2), cue_span=(m.start(2), m.end(2)),
                               speaker_span=(source.start_char, source.end_char), speaker_head=head.i,
                               antecedent=None, time=None, group=first_group))
    return out


def _named_records(ctx: QuoteContext, first_group: int) -> list[Attribution]:
    """An indirect statement for each line "[time] title NAME[, on medium]: words" (see the module docstring)."""
    text, doc = ctx.text, ctx.doc
    if ":" not in text or is_transcript(text):
        return []
    out = []
    for m in _NAMED.finditer(text):
        who = doc.char_span(m.start(2), m.end(2), alignment_mode="expand")
        if who is None or len(who) > _NAMED_REACH or any((_verb(t) and not _asked(t)) or ctx.quoted[t.i]
                                                         for t in who):
            continue
        # a person; in a timed entry, also a body that opens it ("14:10 - Interior ministry: 26 dead")
        speakers = (_PERSON, *_BODIES) if m.group(1) else (_PERSON,)
        # a body of a known sector heads the phrase: not a place before a noun, nor a word the NER took for a name
        root = ctx.speakers.by_token.get(who.root.i)
        person = next((t for t in who if (e := ctx.speakers.by_token.get(t.i)) is not None and e.type in speakers
                       and (e.type == _PERSON or (e is root and _body(e, ctx)))), None)
        if person is None:
            continue
        name = [t for t in who if ctx.speakers.by_token.get(t.i) is ctx.speakers.by_token[person.i]]
        if m.group(2) == m.group(0).lstrip()[:len(m.group(2))] and len(name) == sum(not t.is_punct for t in who) \
                and text[:m.start()].strip():
            # a name alone with no entry time below the headline: a heading ("Harbour Lines Depot: contract
            # upheld"); in the headline, the source of what it tells ("Fact-checkers: the count is right")
            continue
        content = clean_span(ctx, m.start(3), m.end(3) - (1 if m.group(3).endswith(".") else 0))
        if content is None:
            continue
        first_group += 1
        out.append(Attribution(kind="indirect", content=content, cue=":", cue_span=(m.end(2), m.end(2) + 1),
                               speaker_span=(name[0].idx, name[-1].idx + len(name[-1])), speaker_head=name[-1].i,
                               antecedent=None, time=None, group=first_group))
    return out
