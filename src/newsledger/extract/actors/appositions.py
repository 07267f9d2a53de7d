"""People the NER missed where the text still names them plainly: a name set off by commas right after a title.

"We asked the Minister of Water, Tomas Okello, about it": two to four capitalised words set off by commas after a
title phrase (a word of the titles vocabulary, with its portfolio) are a person when the words are no title, body
word or place and belong to no other actor. The title is the person's role.

(A transcript's tag that puts the title before the name, "SPOKESMAN PAVEL DRUMEV:", would name a person too, but a
briefing's two officials then give figures of different things that the quantity pairing reads as one dispute: left
until the pairing tells an annual shipment from a year's output.)
"""

from __future__ import annotations

from spacy.tokens import Token

from ...textutil import form_key
from .context import Actor, Context

__all__ = ["appositive_names"]

_TITLE_REACH = 10  # tokens back from a comma that the title phrase before a name may take
_TITLE_PHRASE_POS = ("NOUN", "PROPN", "ADJ", "DET", "ADP", "CCONJ", "PART")


def _name_word(ctx: Context, k: int) -> bool:
    """Token ``k`` may be a word of a person's name: capitalised letters (or a hyphen inside the name), of no actor,
    no title, body word or place."""
    tok = ctx.doc[k]
    if tok.text in ("-", "‐"):
        return ctx.owner[k] is None
    word = form_key(tok.text)
    return ctx.owner[k] is None and ctx.capitalised(k) and tok.is_alpha and word not in ctx.title_words \
        and not ctx.vocab.word("body", word) and ctx.place_at(k, k + 1) is None


def _title_before_comma(ctx: Context, comma: int) -> Token | None:
    """The title word of the phrase that ends right before the comma at token ``comma``: the phrase's words, walked
    back in its sentence, are nouns, adjectives and the small words of a portfolio ("the Minister for Lands and
    Mines", "the deputy governor of the central bank") up to a word of the titles vocabulary; None where none."""
    doc = ctx.doc
    floor = max(doc[comma].sent.start, comma - _TITLE_REACH)
    for k in range(comma - 1, floor - 1, -1):
        tok = doc[k]
        if tok.pos_ in ("NOUN", "PROPN") and form_key(tok.text) in ctx.title_words:
            return tok
        if tok.pos_ not in _TITLE_PHRASE_POS and tok.tag_ != "POS":
            return None
    return None


def appositive_names(ctx: Context) -> list[Actor]:
    """People named by two to four capitalised words set off by commas right after a title, that the NER left
    untagged ("We asked the Minister of Natural Resources, Vikash Ramroop, what ...")."""
    doc, owner = ctx.doc, ctx.owner
    out: list[Actor] = []
    for comma in (t.i for t in doc if t.text == ","):
        first = comma + 1
        last = first
        while last < len(doc) and last - first <= 5 and _name_word(ctx, last):
            last += 1
        if not 2 <= last - first <= 5 or last >= len(doc) or doc[last].text not in (",", ".", ";") or \
                doc[first].text in ("-", "‐") or doc[last - 1].text in ("-", "‐") or \
                sum(1 for k in range(first, last) if doc[k].is_alpha) > 4 or \
                doc[first].sent.start != doc[last].sent.start:
            continue
        title = _title_before_comma(ctx, comma)
        if title is None:
            continue
        actor = Actor(ctx.text(first, last), "PERSON", [(first, last)])
        actor.add_role(title.text)
        out.append(actor)
        for k in range(first, last):
            owner[k] = actor
    return out
