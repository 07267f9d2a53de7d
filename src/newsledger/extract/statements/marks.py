"""Quotation marks: pair the marks of a text into quoted spans, without ever raising.

A character-level scan, independent of the parse, so that a quote the
tokenizer splits into several sentences is still one span. Rules:

- A mark opens when it is left-flanking (white space or an opening bracket or
  dash before it, a non-space after it) and closes when it is right-flanking;
  where context does not decide, the glyph does (“ « „ open, ” » close). This
  pairs mixed styles such as “…," and straight "…" quotes alike.
- Double quotes do not nest. Single quotes (‘ ’ and ') are paired only outside
  double quotes; inside them they are nested quotes and stay part of the outer
  one. An apostrophe between letters (don't, Peru’s) or an elision ('90s,
  'em) is never a mark; the elided words come from the lexicon (``elisions``
  of ``data/cues.yaml``) as the text that follows their apostrophe.
- A quote left open at the end of a paragraph continues when the next
  paragraph opens with a mark (the news convention for multi-paragraph
  quotes); otherwise its opening mark was stray and is dropped, and the text
  after it is analysed like any other text. A typewriter quote (``) that
  closes on the very next line, that line opening on a word, is one quote (a
  tokenised text of one line per sentence). A quote that opens its paragraph and is left open there runs on
  over the paragraphs after it when they carry no mark at all and a later one ends on a closing mark (remarks
  printed whole, the paragraphs not reopened); a closing mark that ends no paragraph does not end it.
- A bracketed aside ("[T.N.: "x" renders "y"]", an editor's or translator's note) pairs its own marks: a mark
  inside square brackets never pairs with one outside them, so a note inside a quote leaves the quote whole, and
  a quote inside another quote's span (the note's own) is dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["QuoteSpan", "quote_spans"]

DOUBLE_OPEN = "“«„"
DOUBLE_CLOSE = "”»"
DOUBLE = DOUBLE_OPEN + DOUBLE_CLOSE + '"'
SINGLE_OPEN = "‘"
SINGLE_CLOSE = "’"
SINGLE = "‘’'"
_OPENING_CONTEXT = "([{—–-/\u00a0"
# Double marks, including the two-character forms of typewriter text ('' and ``).
_DOUBLE_MARK = re.compile("''|``|[" + DOUBLE + "]")
_NEXT_PARAGRAPH_MARK = re.compile("\\s*(''|``|[" + DOUBLE + "])")
_SINGLE_OR_BREAK = re.compile("[\n" + SINGLE + "]")
_BRACKET = re.compile("\\[[^\\]\n]*\\]")
_RUN_ON_PARAGRAPHS = 6  # paragraphs without marks that a quote opening its paragraph may run on over


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """A quoted stretch: marks at ``open``/``close`` (``close`` is the index of the closing mark).

    ``start``/``end`` delimit the content between the marks, trimmed of white
    space. ``single`` tells which family of marks made it; ``paragraphs`` is how
    many paragraphs the quote runs over.
    """

    open: int
    close: int
    start: int
    end: int
    single: bool = False
    paragraphs: int = 1


def _prev(text: str, i: int) -> str:
    return text[i - 1] if i > 0 else " "


def _next(text: str, i: int) -> str:
    return text[i + 1] if i + 1 < len(text) else " "


def _role(text: str, i: int, openers: str, closers: str, width: int = 1) -> str:
    """'open', 'close' or 'either' for the mark at ``i`` (``width`` characters), from its flanks, then its glyph."""
    before, after = _prev(text, i), _next(text, i + width - 1)
    left = (before.isspace() or before in _OPENING_CONTEXT or before in DOUBLE + SINGLE) and not after.isspace()
    right = not before.isspace() and (after.isspace() or not after.isalnum())
    if left and not right:
        return "open"
    if right and not left:
        return "close"
    ch = text[i:i + width]
    if ch in openers or ch == "``":
        return "open"
    if ch in closers:
        return "close"
    return "either"


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _paragraph_end(text: str, i: int) -> int:
    j = text.find("\n", i)
    return len(text) if j < 0 else j


def _continues(text: str, para_end: int) -> int | None:
    """Index of the opening mark that starts the next paragraph, where one does."""
    m = _NEXT_PARAGRAPH_MARK.match(text, para_end)
    if m is None:
        return None
    j = m.start(1)
    if _role(text, j, DOUBLE_OPEN, DOUBLE_CLOSE, len(m.group(1))) != "close":
        return j
    return None


def _double_spans(text: str) -> list[QuoteSpan]:
    """Double-mark quotes: those of the text outside bracketed asides, then each aside's own, less any aside's quote
    that lies inside a quote of the text (a translator's note inside remarks)."""
    asides = [(m.start(), m.end()) for m in _BRACKET.finditer(text) if _DOUBLE_MARK.search(text, m.start(), m.end())]
    if not asides:
        return _paired(text, list(_DOUBLE_MARK.finditer(text)))
    inside = bytearray(len(text) + 1)
    for a, b in asides:
        inside[a:b] = b"\x01" * (b - a)
    spans = _paired(text, [m for m in _DOUBLE_MARK.finditer(text) if not inside[m.start()]])
    for a, b in asides:
        spans += [q for q in _paired(text, list(_DOUBLE_MARK.finditer(text, a, b)))
                  if not any(o.open < q.open and q.close < o.close for o in spans)]
    return sorted(spans, key=lambda q: q.open)


def _opens_paragraph(text: str, i: int) -> bool:
    j = text.rfind("\n", 0, i) + 1
    return not text[j:i].strip()


def _ends_paragraph(text: str, i: int) -> bool:
    return not text[i:_paragraph_end(text, i)].strip()


def _runs_on(text: str, first: int, i: int, width: int) -> bool:
    """A quote that opens its paragraph at ``first``, with no mark till the closing mark at ``i`` that ends a later
    paragraph, a few paragraphs on: remarks printed whole without reopening marks."""
    return _opens_paragraph(text, first) and _ends_paragraph(text, i + width) and \
        text.count("\n", first, i) <= _RUN_ON_PARAGRAPHS


def _paired(text: str, marks: list[re.Match[str]]) -> list[QuoteSpan]:
    spans: list[QuoteSpan] = []
    first = opened = -1  # first opening mark of the current quote, and its latest (re-)opening mark
    paragraphs = 1
    content_from = 0

    def add(close: int) -> None:
        s, e = _trimmed(text, content_from, close)
        if e > s:
            spans.append(QuoteSpan(first, close, s, e, paragraphs=paragraphs))

    for m in marks:
        i, width = m.start(), m.end() - m.start()
        role = _role(text, i, DOUBLE_OPEN, DOUBLE_CLOSE, width)
        if opened >= 0:
            brk = text.find("\n", opened, i)
            if brk < 0:
                if role == "open":
                    first = opened = i  # the earlier opening mark was stray; start again here
                    content_from = m.end()
                    paragraphs = 1
                    continue
                add(i)
                first = opened = -1
                paragraphs = 1
                continue
            if role != "open" and paragraphs == 1 and text.startswith("``", opened) and \
                    text.find("\n", brk + 1, i) < 0 and text[brk + 1:brk + 2].strip():
                # A typewriter quote closed on the very next line, that line opening on a word with no mark before
                # the close: a tokenised text of one line per sentence ("`` The aid is needed .\nWe cannot wait .
                # ''"), one quote.
                add(i)
                first = opened = -1
                continue
            # Still open when its paragraph ended: continued if the next paragraph opens with this mark.
            if role != "close" and _continues(text, brk) == i:
                paragraphs += 1
                opened = i
                continue
            if role == "close" and paragraphs == 1 and _runs_on(text, first, i, width):
                paragraphs = text.count("\n", first, i) + 1
                add(i)
                paragraphs = 1
                first = opened = -1
                continue
            if paragraphs > 1:
                add(brk)
            first = opened = -1
            paragraphs = 1
        if role != "close":
            first = opened = i
            content_from = m.end()
    if opened >= 0 and paragraphs > 1:
        add(_paragraph_end(text, opened))
    return spans


def _is_apostrophe(text: str, i: int, elisions: tuple[str, ...]) -> bool:
    before, after = _prev(text, i), _next(text, i)
    if before.isalnum() and after.isalnum():
        return True  # don't, Peru’s, rock'n'roll
    # '90s, 'em
    return (before.isspace() or i == 0) and (after.isdigit() or text.startswith(elisions, i + 1))


def _single_spans(text: str, blocked: list[tuple[int, int]], elisions: tuple[str, ...]) -> list[QuoteSpan]:
    inside = bytearray(len(text) + 1)
    for a, b in blocked:
        inside[a:b + 1] = b"\x01" * (b + 1 - a)
    spans: list[QuoteSpan] = []
    opened: int | None = None
    for m in _SINGLE_OR_BREAK.finditer(text):
        i, c = m.start(), m.group()
        if c == "\n":
            opened = None  # single quotes do not run over paragraphs
            continue
        if inside[i] or _is_apostrophe(text, i, elisions) or _prev(text, i) == "'" or _next(text, i) == "'":
            continue
        role = _role(text, i, SINGLE_OPEN, SINGLE_CLOSE)
        if opened is None:
            if role == "open":
                opened = i
            continue
        if role == "open":
            opened = i
            continue
        before, after = _prev(text, i), _next(text, i)
        # "the countries’ territory": a plural possessive, not a closing mark.
        if before in "sS" and c != "'" and after == " " and _next(text, i + 1).islower() and \
                text.find(SINGLE_CLOSE, i + 1, _paragraph_end(text, i)) > 0:
            continue
        s, e = _trimmed(text, opened + 1, i)
        if e > s:
            spans.append(QuoteSpan(opened, i, s, e, single=True))
        opened = None
    return spans


def quote_spans(text: str, elisions: tuple[str, ...]) -> list[QuoteSpan]:
    """Top-level quoted spans of ``text`` in order; stray and unbalanced marks are skipped.

    ``elisions`` are the texts that follow an apostrophe that elides a word ("em ", "n'"), as
    :func:`~newsledger.extract.statements.words.statement_words` gives them.
    """
    doubles = _double_spans(text)
    singles = _single_spans(text, [(q.open, q.close) for q in doubles], elisions)
    return sorted(doubles + singles, key=lambda q: q.open)
