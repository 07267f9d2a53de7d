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


def _posts(ctx: Context) -> list[tuple[int, int, str | None]]:
    """(start, end, author entity id or None) of each embedded post's text, found once per document."""
    cached = ctx.cache.get("posts")
    if isinstance(cached, list):
        return cached
    found = list(_POST.finditer(ctx.text))
    names = [] if not found else [
        (tok.idx, tok.lower_, eid) for tok in ctx.doc
        if tok.pos_ == "PROPN" and len(tok.text) >= _MIN_NAME and (eid := ctx.entity(tok)) is not None]
    posts: list[tuple[int, int, str | None]] = []
    for m in found:
        handle = m.group(2).lower()
        inside = [eid for at, word, eid in names if word in handle and m.start(3) <= at < m.end(3)]
        anywhere = [eid for at, word, eid in names if word in handle]
        author = next(iter(inside or anywhere), None)
        posts.append((m.start(3), m.end(3), author))
    ctx.cache["posts"] = posts
    return posts


def author_at(ctx: Context, idx: int) -> str | None:
    """The entity id of the author of the post holding character ``idx``, or None (no post, or an author the
    article does not name)."""
    for start, end, author in _posts(ctx):
        if start <= idx < end:
            return author
    return None


def voice_at(ctx: Context, start: int, end: int) -> Voice | None:
    """:meth:`Context.voice`, with a post's author instead of the outlet inside an embedded post."""
    voice = ctx.voice(start, end)
    if voice is None or voice.statement is not None or voice.claimant is not None:
        return voice
    author = author_at(ctx, start)
    return Voice(author, None) if author is not None else voice
