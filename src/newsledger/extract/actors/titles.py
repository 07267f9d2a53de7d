"""Titles: the offices named around a person ("Deputy Foreign Minister", "Commerce Minister", "Gen.").

A title is a form of the title vocabulary (``data/actors/titles.tsv``),
widened over qualifiers ("Deputy") and a portfolio before it ("Commerce
Minister"), or an abbreviated title with its stop. :func:`drop_title_entities`
is the first coding step: an entity the NER tagged that is only a title
("Deputy Prime Minister", "UK Chargé d'Affaires") is no participant, and its
words become the role of the person named next to it.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from ...textutil import form_key
from .context import Actor, Context

__all__ = ["Title", "drop_title_entities", "find_titles", "honorific_at", "is_run_token", "portfolio_title",
           "portfolio_word", "unname_offices"]

_MAX_TITLE = 5


@dataclass(frozen=True, slots=True)
class Title:
    """A title found in the text: token bounds, the role as written, its sector (None: from the org)."""

    start: int
    end: int
    role: str
    sector: str | None


def _title_at(ctx: Context, i: int, limit: int) -> tuple[int, str | None] | None:
    """Longest title starting at token ``i`` (ending before ``limit``): its end and sector."""
    top, owner = min(limit, i + _MAX_TITLE), ctx.owner
    free = i  # the first token from ``i`` an actor owns (``top`` where none): a title ends at or before it
    while free < top and owner[free] is None:
        free += 1
    for j in range(top, i, -1):
        if free < j:
            continue
        text = ctx.text(i, j)
        found = ctx.vocab.title(text)
        if found is not False:
            return j, found  # type: ignore[return-value]
        # Abbreviated titles count only with their stop: "Gen. X" is a general, "Gen Nakatani" is a name.
        if j == i + 1 and text.endswith(".") and form_key(text) in ctx.vocab.abbreviated_titles:
            return j, ctx.vocab.abbreviated_titles[form_key(text)]
        if j == i + 2 and _split_stop(ctx, i):  # "Col" "." as two tokens
            return j, ctx.vocab.abbreviated_titles[form_key(ctx.text(i, i + 1))]
    return None


def _split_stop(ctx: Context, i: int) -> bool:
    """Token ``i`` is an abbreviated title whose stop the tokenizer split off ("Lt", ".")."""
    doc = ctx.tokens
    return i + 1 < len(doc) and doc[i + 1].text == "." and not doc[i].whitespace_ \
        and form_key(doc[i].text) in ctx.vocab.abbreviated_titles
    return None


_NOUN_TAGS = {"NN", "NNS", "NNP", "NNPS"}
_MAX_PORTFOLIO = 3


def portfolio_word(ctx: Context, k: int) -> bool:
    """Token ``k`` is a word of a portfolio before an office word ("Commerce" in "Commerce Minister").

    Only plain nouns that modify the words after them count: no names, places, dates or titles.
    """
    doc = ctx.tokens
    for j in range(k, min(len(doc), k + _MAX_PORTFOLIO + 1)):
        tok = doc[j]
        if j > k and form_key(tok.text) in ctx.lists.portfolio_heads:
            return True
        if ctx.owner[j] is not None or not tok.is_alpha or tok.tag_ not in _NOUN_TAGS or tok.dep_ != "compound" \
                or tok.ent_type_ in ("DATE", "TIME", "PERSON") or form_key(tok.text) in ctx.title_words \
                or ctx.place_at(j, j + 1) is not None:
            return False
    return False


def find_titles(ctx: Context, start: int, end: int) -> list[Title]:
    """Titles in ``[start, end)``, each widened over qualifiers and a portfolio before it
    ("Deputy Foreign Minister", "Commerce Minister")."""
    out: list[Title] = []
    i = start
    while i < end:
        hit = _title_at(ctx, i, end)
        if hit is None:
            i += 1
            continue
        t_end, sector = hit
        t_start = i
        portfolio = 0
        floor = out[-1].end if out else start
        while t_start - 1 >= floor and ctx.owner[t_start - 1] is None:
            if ctx.vocab.word("qualifier", ctx.tokens[t_start - 1].lower_):
                t_start -= 1
            elif portfolio < _MAX_PORTFOLIO and portfolio_word(ctx, t_start - 1):
                t_start -= 1
                portfolio += 1
            else:
                break
        if out and out[-1].end == t_start and ctx.vocab.word("qualifier", form_key(out[-1].role)):
            t_start = out.pop().start  # "Deputy" + "Commerce Minister": one title
        # A title followed by "of"/"for" + an organisation ("Secretary of the Council") keeps only the title.
        out.append(Title(t_start, t_end, ctx.text(t_start, t_end), sector))
        i = t_end
    return out


def is_run_token(ctx: Context, tok: Token) -> bool:
    """Token that can stand in a title run before a name: title words, places, organisations, ``'s``."""
    text, i = tok.text, tok.i  # read once: each read of ``tok.text`` decodes the string again
    if text in ctx.possessive or text in ("-", "‐"):
        return True
    owner = ctx.owner[i]
    if owner is not None:
        return owner.type in ("ORG", "GPE", "NORP", "OTHER", "LOC")
    low = form_key(text)
    if low in ctx.role_skip or low in ctx.title_words or (
            text.endswith(".") and low in ctx.vocab.abbreviated_titles):
        return True
    if _split_stop(ctx, i) or (text == "." and i > 0 and _split_stop(ctx, i - 1)):
        return True  # "Lt. Col." tokenized "Lt", ".", "Col", "."
    if ctx.vocab.word("body", low) or ctx.vocab.word("modifier", low):
        return True  # "Chinese foreign ministry spokesperson", "Indian army spokesman"
    return bool(text[:1].isupper() and ctx.vocab.place(text))


def drop_title_entities(ctx: Context, actors: list[Actor]) -> list[Actor]:
    """Actors whose every mention is a title (with at most a place before it) are not participants."""
    kept = []
    for actor in actors:
        # "Deputy Trade Representative" tagged whole, or "Defence" tagged alone before "Minister".
        if actor.type in ("ORG", "OTHER", "PERSON", "NORP") and actor.mentions and all(
            any(_is_title_span(ctx, s, j) for j in range(e, min(len(ctx.doc), e + 3) + 1
                                                          if actor.type in ("ORG", "OTHER") else e + 1))
            for s, e in actor.mentions
        ):
            continue
        if actor.type in ("ORG", "PERSON") and actor.mentions and all(
                _office_before_name(ctx, actor, s, e) for s, e in actor.mentions):
            continue  # "the Minister of Public Works, Losa Tuilagi,": her title, tagged as a name of its own
        kept.append(actor)
    return kept


def unname_offices(ctx: Context, actors: list[Actor]) -> None:
    """A person the NER tagged by an office of a portfolio alone, never by a name ("presented today by the
    Minister of Environment"): the office is the role of someone the story does not name, so the person is no
    named one (the home country's unnamed officials take its country)."""
    for actor in actors:
        if actor.type != "PERSON" or actor.roles or not actor.mentions:
            continue
        if all(office_of_portfolio(ctx, s + (ctx.tokens[s].lower_ in ctx.articles), e) for s, e in actor.mentions):
            actor.add_role(ctx.text(*max(actor.mentions, key=lambda m: m[1] - m[0])))
            actor.named = False


def honorific_at(ctx: Context, i: int) -> int:
    """The number of tokens of an honorific at token ``i`` ("Dr.", "Hon", "." split off or not), 0 for none."""
    doc = ctx.tokens
    if i < 0 or i >= len(doc):
        return 0
    word = doc[i].lower_.rstrip(".")
    lists = ctx.lists
    if word not in lists["honorifics"] and word not in lists["honorifics_male"] \
            and word not in lists["honorifics_female"]:
        return 0
    return 2 if i + 1 < len(doc) and doc[i + 1].text == "." and not doc[i].whitespace_ else 1


def _office_before_name(ctx: Context, actor: Actor, start: int, end: int) -> bool:
    """``[start, end)`` is an office of a portfolio ("Minister of Public Works", after a place or possessive at
    most) set off before a person's name: "..., Losa Tuilagi". Without the name after it, the title may be the
    only mention of its holder, who then speaks for the office ("the Minister of Finance said")."""
    if end + 1 >= len(ctx.doc) or ctx.tokens[end].text != ",":
        return False
    # "the Minister of Health, Dr. Ana Ruiz,": an honorific may stand between the comma and the name.
    holder = ctx.owner[min(len(ctx.doc) - 1, end + 1 + honorific_at(ctx, end + 1))]
    if holder is None or holder is actor or holder.type != "PERSON":
        return False
    i = start
    while i < end and (ctx.place_at(i, i + 1) is not None or ctx.tokens[i].text in ctx.possessive):
        i += 1
    return office_of_portfolio(ctx, i, end)


def office_of_portfolio(ctx: Context, start: int, end: int) -> bool:
    """``[start, end)`` is an office word and its portfolio after "of" or "for" ("Minister of Public
    Infrastructure", "Secretary for Fisheries and Oceans"): capitalised plain nouns, joined by "and" at most,
    naming no place or institution."""
    if end - start < 3:
        return False
    head = form_key(ctx.text(start, start + 1))
    if head not in ctx.lists.portfolio_heads or head in ctx.lists.portfolio_bodies \
            or ctx.tokens[start + 1].lower_ not in ("of", "for") or not ctx.capitalised(start):
        return False
    words = range(start + 2, end)
    return len(words) <= _MAX_PORTFOLIO + 1 and ctx.vocab.institution(ctx.text(start + 2, end)) is None and all(
        (ctx.tokens[k].lower_ == "and" and start + 2 < k < end - 1) or (
            ctx.tokens[k].is_alpha and ctx.tokens[k].tag_ in _NOUN_TAGS and ctx.capitalised(k)
            and ctx.place_at(k, k + 1) is None) for k in words)


def _is_title_span(ctx: Context, start: int, end: int) -> bool:
    i = start
    while i < end and ctx.place_at(i, i + 1) is not None:
        i += 1
    if i < end and ctx.tokens[i].text in ctx.possessive:
        i += 1
    if i >= end:
        return False
    # "Petroleum" tagged before "Minister": a portfolio, not an organisation.
    return ctx.vocab.title(ctx.text(i, end)) is not False or portfolio_title(ctx, i, end)


def portfolio_title(ctx: Context, start: int, end: int) -> bool:
    """``[start, end)`` is a portfolio and its office word ("Petroleum Minister", "Water Resources Minister").

    Plain nouns only: "Security Council Secretary" is the council's secretary, not a portfolio.
    """
    last = form_key(ctx.text(end - 1, end))
    return last in ctx.lists.portfolio_heads and last not in ctx.lists.portfolio_bodies \
        and 1 <= end - 1 - start <= _MAX_PORTFOLIO \
        and ctx.vocab.institution(ctx.text(start, end - 1)) is None \
        and all(ctx.tokens[k].is_alpha and ctx.tokens[k].tag_ in _NOUN_TAGS
                and ctx.capitalised(k) == ctx.capitalised(start)
                and not ctx.vocab.word("body", form_key(ctx.tokens[k].text)) and ctx.place_at(k, k + 1) is None
                for k in range(start, end - 1))
