"""Posts embedded in an article (``<tweet author="@handle" ...>...</tweet>``): their words are the author's.

A post's text is in nobody's quotation marks, so the statements extractor leaves it to the outlet; its
author is the entity whose surname the handle holds ("@AnaSilvaMP" is Ana Silva), one named inside the
post first (its signature line), else anywhere in the article.
"""

from __future__ import annotations

import re

from .context import Context, Voice

__all__ = ["author_at", "voice_at"]

_POST = re.compile(r"<(tweet|post)\b[^>]*?\bauthor=\"@?([A-Za-z0-9_]+)\"[^>]*>(.*?)</\1>", re.S)
_MIN_NAME = 3  # shorter surnames match too many handles


def author_at(ctx: Context, idx: int) -> str | None:
    """The entity id of the author of the post holding character ``idx``, or None (no post, or an author the
    article does not name)."""
    for m in _POST.finditer(ctx.doc.text):
        if not m.start(3) <= idx < m.end(3):
            continue
        handle = m.group(2).lower()
        inside: list[str] = []
        anywhere: list[str] = []
        for tok in ctx.doc:
            eid = ctx.entity(tok)
            if eid is None or tok.pos_ != "PROPN" or len(tok.text) < _MIN_NAME or tok.lower_ not in handle:
                continue
            (inside if m.start(3) <= tok.idx < m.end(3) else anywhere).append(eid)
        found = inside or anywhere
        return found[0] if found else None
    return None


def voice_at(ctx: Context, start: int, end: int) -> Voice | None:
    """:meth:`Context.voice`, with a post's author instead of the outlet inside an embedded post."""
    voice = ctx.voice(start, end)
    if voice is None or voice.statement is not None or voice.claimant is not None:
        return voice
    author = author_at(ctx, start)
    return Voice(author, None) if author is not None else voice
