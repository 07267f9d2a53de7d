"""Accounts set out after a colon: "The ministry's version is different: the gates stayed shut all week", "The
police have another explanation: the crowd threw stones first", "The company tells a different story: ...".

A side's account is often announced by a noun of telling (``account_nouns`` of ``data/cues.yaml``: version,
account, explanation, story) and given after a colon, with no verb of saying over the clause that tells it. The
noun's owner is the speaker: its possessor ("the ministry's version"), or the subject of the verb that has, tells
or gives it (``account_verbs``: "the police have another explanation"). The content is the rest of the sentence
after the colon. A first-person owner ("our account") is the outlet's, and a colon inside quotation marks or at a
transcript's speaker label is no such frame.
"""

from __future__ import annotations

from spacy.tokens import Token

from .context import QuoteContext
from .records import Attribution, clean_span
from .speakers import speaker_phrase

__all__ = ["account_records"]


def _owner(noun: Token, ctx: QuoteContext) -> Token | None:
    """Who owns the account ``noun`` names: its possessor, or the subject of the verb that has, tells or gives it."""
    words = ctx.words
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None and noun.dep_ == "dobj" and noun.head.lemma_.lower() in ctx.cues.lists.account_verbs:
        owner = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
    if owner is None or owner.lower_ in words.first_second_person:
        return None
    return owner


def account_records(ctx: QuoteContext, first_group: int) -> list[Attribution]:
    """One indirect statement per sentence that announces an account with a noun of telling and gives it after a
    colon."""
    doc, nouns = ctx.doc, ctx.cues.lists.account_nouns
    out: list[Attribution] = []
    group = first_group
    text = ctx.text
    if ":" not in text:
        return out
    for sent in doc.sents:
        if ":" not in text[sent.start_char:sent.end_char]:
            continue  # most sentences: no Token made for their words
        colon = next((t for t in sent if t.text == ":" and t.i - sent.start >= 3 and not ctx.quoted[t.i]), None)
        if colon is None or colon.i + 2 >= sent.end:
            continue
        noun = next((t for t in doc[sent.start:colon.i] if t.pos_ == "NOUN" and t.lemma_.lower() in nouns), None)
        owner = _owner(noun, ctx) if noun is not None else None
        if noun is None or owner is None:
            continue
        last = sent.end - 1
        while last > colon.i and doc[last].is_punct and doc[last].text not in "”\"’'»":
            last -= 1
        content = clean_span(ctx, doc[colon.i + 1].idx, doc[last].idx + len(doc[last]))
        if content is None:
            continue
        s, e = speaker_phrase(owner, ctx.words.speaker_prepositions)
        group += 1
        out.append(Attribution(kind="indirect", content=content, cue=noun.text,
                               cue_span=(noun.idx, noun.idx + len(noun)),
                               speaker_span=(doc[s].idx, doc[e - 1].idx + len(doc[e - 1])), speaker_head=owner.i,
                               antecedent=None, time=None, group=group))
    return out
