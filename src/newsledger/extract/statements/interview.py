"""Interviews printed as questions and answers: every "A: ..." turn is a direct statement of the guest.

An interview's introduction names its guest ("We spoke to the deputy minister, Jan Novak, in Prague.",
"Maria Lopez answered our questions by phone."); then "Q:" lines are the outlet's questions and "A:" lines
the guest's answers. The guest is the first person named (a pronoun names nobody, except the one the questions are put
to: "We asked him why.", through the mention the actors stage resolved) in the last introduction
sentence that has an interview word (``interview_words`` of ``data/cues.yaml``) or the outlet's
"we"/"our"/"us"; where that sentence names no person, a name the NER typed otherwise (an organisation, a place)
that is the object of an interview verb ("We spoke to X", "we asked X") is the guest. Questions are no
statement of their own: a third party they report ("Q: The ministry says ...") keeps the statement the
indirect-speech pass finds, but one whose speaker is "you" ("Q: You said last week that ...") is the guest's, as
the question puts the guest's own words back to them. A text needs two answer lines and a question line to count as
an interview (and is then no press release), and with no guest named, its answers stay unattributed.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ...models import Entity
from .context import QuoteContext
from .records import Attribution, clean_span

__all__ = ["interview_records", "is_interview", "put_to_guest"]

_ASKED = frozenset({"him", "her"})  # the pronouns an introduction puts its questions to
# Types the NER gives a guest's name in error (a surname read as a place: "We spoke to Nino Gelashvili"); only a
# name that is the object of an interview verb is taken from them.
_MISTYPED = ("ORG", "OTHER", "GPE", "LOC", "NORP")
_TURN = re.compile(r"^[ \t]*([A-Za-z]{1,8})[ \t]*:[ \t]+(\S.*)$", re.MULTILINE)


def _guest(ctx: QuoteContext, entities: tuple[Entity, ...], end: int) -> Entity | None:
    """The person the introduction (the text before character ``end``) names as the interview's guest, or None."""
    words, doc = ctx.words, ctx.doc
    pronouns = (words.person_pronouns | words.first_second_person) - _ASKED
    # "his" of someone else is no guest named; "we asked him", "we spoke to her" name the person they stand for.
    people = [(m.start, e) for e in entities if e.type == "PERSON" for m in e.mentions
              if m.end <= end and m.text.lower() not in pronouns]
    # a name the NER typed as something else, put to as the one spoken to or asked ("We spoke to Batbayar Tsogt")
    asked = [(m.start, e) for e in entities if e.type in _MISTYPED for m in e.mentions
             if m.end <= end and _spoken_to(ctx, m.start, m.end)]
    if not people and not asked:
        return None
    guest = None
    for sent in doc.sents:
        if sent.start_char >= end:
            break
        named = sorted((s, e) for s, e in people if sent.start_char <= s < sent.end_char) or \
            sorted((s, e) for s, e in asked if sent.start_char <= s < sent.end_char)
        if named and any(t.lemma_.lower() in words.interview_words or t.lower_ in words.first_person_plural
                         for t in sent):
            guest = named[0][1]
    return guest


def _turns(ctx: QuoteContext) -> tuple[list[re.Match[str]], int | None]:
    """The answer lines of a question-and-answer interview and where its first question starts; ([], None) for
    a text that is none (two answer lines and a question line make one)."""
    text = ctx.text
    if text.count(":") < 3:
        return [], None
    words = ctx.words
    turns = [(m, m.group(1).lower()) for m in _TURN.finditer(text)]
    answers = [m for m, tag in turns if tag in words.answer_tags]
    first_question = next((m.start() for m, tag in turns if tag in words.question_tags), None)
    if len(answers) < 2 or first_question is None:
        return [], None
    return answers, first_question


def is_interview(ctx: QuoteContext) -> bool:
    """The text is printed as an interview's questions and answers, whether or not its guest is found."""
    return _turns(ctx)[1] is not None


def _spoken_to(ctx: QuoteContext, start: int, end: int) -> bool:
    """The name at ``start``..``end`` is the object of an interview verb ("We spoke to X", "we asked X")."""
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    head = span.root
    verb = head.head.head if head.dep_ == "pobj" else head.head if head.dep_ in ("dobj", "dative") else None
    return verb is not None and verb.lemma_.lower() in ctx.words.interview_words


def interview_records(ctx: QuoteContext, entities: tuple[Entity, ...], first_group: int) -> list[Attribution]:
    """A direct statement of the guest for each answer line of a question-and-answer interview."""
    answers, first_question = _turns(ctx)
    if first_question is None:
        return []
    guest = _guest(ctx, entities, min(first_question, answers[0].start()))
    if guest is None:
        return []
    out = []
    for m in answers:
        content = clean_span(ctx, m.start(2), m.end(2))
        if content is None:
            continue
        first_group += 1
        out.append(Attribution(kind="direct", content=content, cue=None, cue_span=None,
                               speaker_span=None, speaker_head=None, antecedent=None,
                               time=None, group=first_group, speaker=guest.id))
    return out


def put_to_guest(ctx: QuoteContext, entities: tuple[Entity, ...], records: list[Attribution]) -> list[Attribution]:
    """``records`` with the guest as the speaker of each statement of a question line whose speaker is "you" ("Q:
    You said last week that ..."): the question puts the guest's own words back to them. Unchanged where the text is
    no interview or names no guest."""
    answers, first_question = _turns(ctx)
    if first_question is None:
        return records
    text, words = ctx.text, ctx.words
    questions = [(m.start(2), m.end(2)) for m in _TURN.finditer(text) if m.group(1).lower() in words.question_tags]
    if not any(r.speaker_span is not None and text[r.speaker_span[0]:r.speaker_span[1]].lower() in
               words.second_person and any(s <= r.speaker_span[0] < e for s, e in questions) for r in records):
        return records
    guest = _guest(ctx, entities, min(first_question, answers[0].start()))
    if guest is None:
        return records
    return [replace(r, speaker=guest.id) if r.speaker_span is not None and r.speaker is None
            and text[r.speaker_span[0]:r.speaker_span[1]].lower() in words.second_person
            and any(s <= r.speaker_span[0] < e for s, e in questions) else r for r in records]
