"""People the NER missed where the text still names them plainly: a name set off by commas after a title, and the
name in a transcript's turn tag after the speaker's title.

- "We asked the Minister of Water, Tomas Okello, about it": two to four capitalised words, set off by commas, that
  the parse makes an apposition of a title (a word of the titles vocabulary, or a title with its portfolio);
- "SPOKESMAN PAVEL DRUMEV: Good morning." / "DEPUTY MINISTER OF AGRICULTURE IVO PETKOV: ...": a line's tag in
  capitals that opens with a title (and its portfolio after "of"/"for") and ends with two or three name words.

Either is a person: the name's words are no title, body word or place, and belong to no other actor. The title is
the person's role.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from ...textutil import form_key
from .context import Actor, Context

__all__ = ["appositive_names", "tagged_names"]

_TITLE_REACH = 10  # tokens back from a comma that the title phrase before a name may take
_TITLE_PHRASE_POS = ("NOUN", "PROPN", "ADJ", "DET", "ADP", "CCONJ", "PART")
# A line's turn tag in capitals before a colon ("SPOKESWOMAN ANA RUIZ: ...").
_TAG = re.compile(r"^[ \t]*([A-Z][A-Z'’.\-]+(?:[ \t]+[A-Z][A-Z'’.\-]+){2,7})[ \t]*:[ \t]+\S", re.MULTILINE)
_PORTFOLIO_LINKS = frozenset({"of", "for", "and"})


def _name_word(ctx: Context, k: int, mistyped: Actor | None = None) -> bool:
    """Token ``k`` may be a word of a person's name: capitalised letters (or a hyphen inside the name), of no actor
    (or of ``mistyped``, a name the NER typed otherwise), no title, body word or place."""
    tok = ctx.tokens[k]
    if tok.text in ("-", "‐"):
        return ctx.owner[k] is mistyped
    word = form_key(tok.text)
    return ctx.owner[k] is mistyped and ctx.capitalised(k) and tok.is_alpha and word not in ctx.title_words \
        and not ctx.vocab.word("body", word) and ctx.place_at(k, k + 1) is None


def _title_before_comma(ctx: Context, comma: int) -> Token | None:
    """The title word of the phrase that ends right before the comma at token ``comma``: the phrase's words, walked
    back in its sentence, are nouns, adjectives and the small words of a portfolio ("the Minister for Lands and
    Mines", "the deputy governor of the central bank") up to a word of the titles vocabulary; None where none."""
    doc = ctx.tokens
    floor = max(doc[comma].sent.start, comma - _TITLE_REACH)
    for k in range(comma - 1, floor - 1, -1):
        tok = doc[k]
        if tok.pos_ in ("NOUN", "PROPN") and form_key(tok.text) in ctx.title_words:
            return tok
        if tok.pos_ not in _TITLE_PHRASE_POS and tok.tag_ != "POS":
            return None
    return None


def _mistyped(ctx: Context, first: int) -> Actor | None:
    """The actor at token ``first`` where the NER typed a name a body or a people that the vocabulary does not know
    as one and the story names once: in apposition to a title it is a person's name. (A name typed a place is left:
    the person's side would take no country from the "its" before the title where that finds no owner.)"""
    actor = ctx.owner[first]
    if actor is None or actor.type not in ("ORG", "NORP") or len(actor.mentions) != 1:
        return None
    start, end = actor.mentions[0]
    text = ctx.text(start, end)
    if start != first or ctx.vocab.place(text) is not None or ctx.vocab.institution(text) is not None:
        return None
    return actor


def appositive_names(ctx: Context) -> list[Actor]:
    """People named by two to four capitalised words set off by commas right after a title, that the NER left
    untagged ("We asked the Minister of Natural Resources, Vikash Ramroop, what ...")."""
    doc, owner, raw = ctx.tokens, ctx.owner, ctx.raw
    out: list[Actor] = []
    n = len(doc)
    for comma in range(n - 1):
        # the cheap tests first, on the context's arrays: a comma before a capitalised word
        if not ctx.caps[comma + 1] or raw[ctx.idx[comma]:ctx.end_char[comma]] != ",":
            continue
        first = comma + 1
        mistyped = _mistyped(ctx, first)
        last = first
        while last < len(doc) and last - first <= 5 and _name_word(ctx, last, mistyped):
            last += 1
        if not 2 <= last - first <= 5 or last >= len(doc) or doc[last].text not in (",", ".", ";") or \
                doc[first].text in ("-", "‐") or doc[last - 1].text in ("-", "‐") or \
                sum(1 for k in range(first, last) if doc[k].is_alpha) > 4 or \
                ctx.sent_of[first] != ctx.sent_of[last]:
            continue
        title = _title_before_comma(ctx, comma)
        if title is None or (mistyped is not None and mistyped.mentions != [(first, last)]):
            continue
        if mistyped is not None:
            # "Their coordinator, Amara Kintu, said": the NER's place or body is the person the title names
            mistyped.type, mistyped.place, mistyped.country, mistyped.sector = "PERSON", None, None, None
            mistyped.add_role(title.text)
            continue
        actor = Actor(ctx.text(first, last), "PERSON", [(first, last)])
        actor.add_role(title.text)
        out.append(actor)
        for k in range(first, last):
            owner[k] = actor
    return out


def tagged_names(ctx: Context, work: list[Actor]) -> list[Actor]:
    """``work`` with the people named only in a transcript's turn tag after their title: "SPOKESMAN PAVEL DRUMEV:
    ..." (see the module docstring). The title is one to five words that open the tag: title words and, after "of"
    or "for", the portfolio; the name is the last two words (three where no portfolio stands between). An entity
    the NER made of tag words alone ("AGRICULTURE IVO PETKOV") gives way."""
    doc, owner, text = ctx.doc, ctx.owner, ctx.raw
    for m in _TAG.finditer(text):
        words = [(w.start() + m.start(1), w.end() + m.start(1)) for w in re.finditer(r"\S+", m.group(1))]
        keys = [form_key(text[s:e]) for s, e in words]
        n_title = 0
        while n_title < len(keys) and keys[n_title] in ctx.title_words:
            n_title += 1
        if n_title == 0:
            continue
        portfolio = n_title < len(keys) and keys[n_title] in _PORTFOLIO_LINKS
        n_name = 2 if portfolio else min(3, len(keys) - n_title)
        if n_name < 2 or len(keys) - n_name < n_title or \
                any(k in _PORTFOLIO_LINKS for k in keys[len(keys) - n_name:]):
            continue
        span = doc.char_span(words[-n_name][0], words[-1][1], alignment_mode="expand")
        tag = doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
        if span is None or tag is None:
            continue
        # an actor the NER made of tag words only gives way to the person
        inside = {id(a) for a in work if a.mentions and all(tag.start <= s and e <= tag.end for s, e in a.mentions)}
        if not all(owner[k] is None or id(owner[k]) in inside for k in range(span.start, span.end)):
            continue
        work = [a for a in work if id(a) not in inside]
        for k in range(tag.start, tag.end):
            if owner[k] is not None and id(owner[k]) in inside:
                owner[k] = None
        if not all(_name_word(ctx, k) for k in range(span.start, span.end)):
            continue
        actor = Actor(" ".join(w.capitalize() for w in span.text.split()), "PERSON", [(span.start, span.end)])
        actor.add_role(text[words[0][0]:words[n_title - 1][1]].lower())
        work.append(actor)
        for k in range(span.start, span.end):
            owner[k] = actor
    return work
