"""Accounts set out after a colon: "The ministry's version is different: the gates stayed shut all week", "The
police have another explanation: the crowd threw stones first", "The company tells a different story: ...".

A side's account is often announced by a noun of telling (``account_nouns`` of ``data/cues.yaml``: version,
account, explanation, story) and given after a colon, with no verb of saying over the clause that tells it. The
noun's owner is the speaker: its possessor ("the ministry's version"), the subject of the verb that has, tells
or gives it (``account_verbs``: "the police have another explanation"), or the body of a "from" phrase ("New figure
from the agency: ..."). The content is the rest of the sentence
after the colon. A first-person owner ("our account") is the outlet's, and a colon inside quotation marks or at a
transcript's speaker label is no such frame. A firm stance told right before the colon ("The mayor is adamant: no
school will close", ``colon_stance_adjectives``) gives the words after it to the subject of "be"; so does a
telling of "it" right before the colon ("The committee has put it plainly: ...", ``colon_it_verbs``) to the subject
of its verb. In an interview, a question's turn tag the parse made a second subject ("Q: The agency published its
own count: ...") is no owner: the subject next to the verb is.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..walk import kids_of, sentence_bounds, word_forms
from .context import QuoteContext
from .records import Attribution, clean_span
from .speakers import speaker_phrase

__all__ = ["account_records"]


def _owner(noun: Token, ctx: QuoteContext) -> Token | None:
    """Who owns the account ``noun`` names: its possessor, or the subject of the verb that has, tells or gives it."""
    words = ctx.words
    owner = next((c for c in kids_of(noun) if c.dep_ == "poss"), None)
    if (owner is None or owner.pos_ == "PRON") and noun.dep_ == "dobj" and \
            noun.head.lemma_.lower() in ctx.cues.lists.account_verbs:
        # "X gives its own figure: ...": "its" is the subject's
        owner = next((c for c in noun.head.children if c.dep_ == "nsubj" and not _turn_tag(c) and (
            owner is None or c.pos_ in ("NOUN", "PROPN"))), owner)
    if owner is None:
        owner = _source_from(noun)
    if owner is None or owner.lower_ in words.first_second_person:
        return None
    return owner


def _turn_tag(tok: Token) -> bool:
    """A transcript's turn tag the parse made a subject ("Q: The ministry published its count: ..."): a word that
    opens its line and stands before a colon."""
    doc = tok.doc
    return tok.i + 1 < len(doc) and doc[tok.i + 1].text == ":" and (tok.i == 0 or "\n" in doc[tok.i - 1].text_with_ws
                                                                   or doc[tok.i - 1].is_space)


def _source_from(noun: Token) -> Token | None:
    """The source a "from" phrase gives the account noun ("New figure from the disaster agency: ...", "The latest
    count from the ministry: ..."), unless it names a place ("The story from Kabul: ..." is where, not who)."""
    for prep in kids_of(noun):
        if prep.dep_ == "prep" and prep.lower_ == "from":
            obj = next((c for c in kids_of(prep) if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")), None)
            if obj is not None and obj.ent_type_ not in ("GPE", "LOC"):
                return obj
    return None


def _earlier_owner(noun: Token, ctx: QuoteContext) -> Token | None:
    """The owner of the account noun of the same word named in the two sentences before ``noun`` ("put out its
    version ... In that version, ...")."""
    doc = ctx.doc
    sent = noun.sent
    start = sent.start
    for _ in range(2):
        if start == 0:
            break
        start = doc[start - 1].sent.start
    for tok in reversed(doc[start:sent.start]):
        if tok.lemma_.lower() == noun.lemma_.lower() and tok.pos_ == "NOUN":
            return _owner(tok, ctx)
    return None


def _in_account_records(ctx: QuoteContext, group: int) -> list[Attribution]:
    """ "In the ministry's version, the launch was on patrol when ...", "In that version, ...", "In her view,
    ...": a sentence that opens on "in" an account or view noun tells that account; its owner is the noun's, or,
    for "that"/"this", the owner of the same noun named just before."""
    doc, nouns = ctx.doc, ctx.cues.lists.account_nouns | ctx.cues.lists.view_nouns
    out: list[Attribution] = []
    lowers = word_forms(doc)[0]
    for sent_start, sent_end, _, _ in sentence_bounds(doc):
        if lowers[sent_start] != "in" or sent_end - sent_start < 6:
            continue  # most sentences: no Span made
        sent = doc[sent_start:sent_end]
        first = sent[0]
        if first.dep_ != "prep":
            continue
        # the word as written too: "In his words" (lemma "word")
        noun = next((c for c in kids_of(first)
                     if c.dep_ == "pobj" and (c.lemma_.lower() in nouns or c.lower_ in nouns)), None)
        if noun is None or ctx.quoted[noun.i]:
            continue
        owner = _owner(noun, ctx)
        if owner is None and any(c.dep_ == "det" and c.lower_ in ("that", "this") for c in kids_of(noun)):
            owner = _earlier_owner(noun, ctx)
        verb = first.head
        if owner is None or verb.pos_ not in ("VERB", "AUX") or ctx.cues.is_verb_cue(verb.lemma_.lower()):
            continue  # "In his reply, Mr X said ...": the verb of saying has its own statement and speaker
        last = sent.end - 1
        while last > noun.i and doc[last].is_punct and doc[last].text not in "”\"’'»":
            last -= 1
        begin = noun.i + 1
        while begin < last and doc[begin].is_punct:
            begin += 1
        content = clean_span(ctx, doc[begin].idx, doc[last].idx + len(doc[last]))
        if content is None:
            continue
        s, e = speaker_phrase(owner, ctx.words.speaker_prepositions)
        group += 1
        out.append(Attribution(kind="indirect", content=content, cue=f"{first.text} {noun.text}",
                               cue_span=(first.idx, noun.idx + len(noun)),
                               speaker_span=(doc[s].idx, doc[e - 1].idx + len(doc[e - 1])), speaker_head=owner.i,
                               antecedent=None, time=None, group=group))
    return out


def _framed_for(ctx: QuoteContext, sent: Span) -> tuple[Token, Token, Token] | None:
    """(first word, owner, last word of the frame) of a sentence that opens on whose view it gives: "For the
    operator, the cause was a broken rail", "For him this is a confiscation", "As far as the union is concerned,
    the strike goes on". The owner is a person or an organisation the actors know, or "him"/"her"; None else
    ("For years, ...", "For the first time, ...")."""
    first = sent[0]
    if first.lower_ == "for" and first.dep_ == "prep" and first.head.pos_ in ("VERB", "AUX"):
        owner = next((c for c in kids_of(first) if c.dep_ == "pobj"), None)
        if owner is None or any(c.dep_ in ("prep", "relcl", "acl") for c in kids_of(owner)):
            return None  # "For the families of the victims, ...": no one's view
        return first, owner, owner.right_edge
    if first.lower_ == "as" and len(sent) > 6 and sent[1].lower_ == "far" and sent[2].lower_ == "as":
        concerned = next((t for t in sent[3:min(len(sent), 16)] if t.lower_ == "concerned"), None)
        owner = next((c for c in kids_of(concerned) if c.dep_ in ("nsubj", "nsubjpass")), None) \
            if concerned is not None else None
        return (first, owner, concerned) if owner is not None and concerned is not None else None
    return None


def _for_records(ctx: QuoteContext, group: int) -> list[Attribution]:
    """A sentence that opens on whose view it gives ("For the operator, ...", "As far as the union is concerned,
    ...", see :func:`_framed_for`) is that side's words, from after the frame to the end, unless its own verb is
    one of saying ("For its part, the ministry said ...": that verb has its own statement)."""
    doc = ctx.doc
    out: list[Attribution] = []
    lowers = word_forms(doc)[0]
    for sent_start, sent_end, _, _ in sentence_bounds(doc):
        if sent_end - sent_start < 6 or lowers[sent_start] not in ("for", "as"):
            continue  # most sentences: no Span made
        sent = doc[sent_start:sent_end]
        framed = _framed_for(ctx, sent)
        if framed is None:
            continue
        first, owner, end = framed
        if ctx.quoted[owner.i] or ctx.cues.is_verb_cue(sent.root.lemma_.lower()):
            continue
        s, e = speaker_phrase(owner, ctx.words.speaker_prepositions)
        named = None if owner.pos_ == "PRON" else ctx.speakers.resolve(s, e, owner, None)
        if not (owner.lower_ in ctx.words.person_pronouns or (named is not None and named.type in ("PERSON", "ORG"))):
            continue
        begin = end.i + 1
        while begin < sent.end and doc[begin].is_punct:
            begin += 1
        last = sent.end - 1
        while last > begin and doc[last].is_punct and doc[last].text not in "”\"’'»":
            last -= 1
        if last - begin < 3:
            continue
        content = clean_span(ctx, doc[begin].idx, doc[last].idx + len(doc[last]))
        if content is None:
            continue
        group += 1
        out.append(Attribution(kind="indirect", content=content, cue=doc[first.i:end.i + 1].text,
                               cue_span=(first.idx, end.idx + len(end)),
                               speaker_span=(doc[s].idx, doc[e - 1].idx + len(doc[e - 1])), speaker_head=owner.i,
                               antecedent=None, time=None, group=group))
    return out


def _stance_before(ctx: QuoteContext, colon: Token) -> tuple[Token | None, Token | None]:
    """(adjective, subject) of a stance told right before a colon: "The mayor is adamant: no school will close",
    "The harbour master is just as firm: ..." (``colon_stance_adjectives`` as the complement of a copula whose subject
    is a noun or a name, not the first or second person); (None, None) else."""
    adj = ctx.doc[colon.i - 1]
    if adj.pos_ != "ADJ" or adj.lemma_.lower() not in ctx.cues.lists.colon_stance_adjectives or adj.dep_ != "acomp" or \
            adj.head.lemma_ != "be":
        return None, None
    subject = next((c for c in kids_of(adj.head) if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)
    if subject is None or subject.lower_ in ctx.words.first_second_person:
        return None, None
    return adj, subject


def _telling_before(ctx: QuoteContext, colon: Token) -> tuple[Token | None, Token | None]:
    """(verb, subject) of a telling of "it" right before a colon: "The committee has put it plainly: ...", "The
    governor puts it this way: ..." (a verb of ``colon_it_verbs`` with "it" or "this" as its object, within a few
    words of the colon, and a subject that is a noun, a name or a third-person pronoun); (None, None) else."""
    words = ctx.words
    for tok in ctx.doc[max(colon.sent.start, colon.i - 4):colon.i]:
        if tok.pos_ not in ("VERB", "AUX") or tok.lemma_.lower() not in ctx.cues.lists.colon_it_verbs or \
                not any(c.dep_ == "dobj" and c.lower_ in ("it", "this") for c in kids_of(tok)):
            continue
        subject = next((c for c in kids_of(tok) if c.dep_ == "nsubj"), None)
        if subject is None or subject.lower_ in words.first_second_person or subject.lower_ in words.expletives:
            return None, None
        return tok, subject
    return None, None


def account_records(ctx: QuoteContext, first_group: int) -> list[Attribution]:
    """One indirect statement per sentence that announces an account with a noun of telling and gives it after a
    colon, or that opens "in" such an account ("In the army's version, ...")."""
    doc, nouns = ctx.doc, ctx.cues.lists.account_nouns
    out: list[Attribution] = _in_account_records(ctx, first_group)
    out += _for_records(ctx, max((r.group for r in out), default=first_group))
    group = max((r.group for r in out), default=first_group)
    text = ctx.text
    if ":" not in text:
        return out
    for sent_start, sent_end, start_char, end_char in sentence_bounds(doc):
        if ":" not in text[start_char:end_char]:
            continue  # most sentences: no Span, nor Token, made for their words
        sent = doc[sent_start:sent_end]
        colon = next((t for t in sent if t.text == ":" and t.i - sent.start >= 3 and not ctx.quoted[t.i]), None)
        if colon is None or colon.i + 2 >= sent.end:
            continue
        noun = next((t for t in doc[sent.start:colon.i] if t.pos_ == "NOUN" and t.lemma_.lower() in nouns), None)
        owner = _owner(noun, ctx) if noun is not None else None
        if noun is None or owner is None:
            noun, owner = _stance_before(ctx, colon)  # "The mayor is adamant: no school will close"
        if noun is None or owner is None:
            noun, owner = _telling_before(ctx, colon)  # "The committee has put it plainly: the dam let it out"
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
