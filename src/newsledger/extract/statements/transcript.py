"""Broadcast transcripts: a line "NAME: words" or "NAME (RECORDED): words" is a direct statement by NAME.

A transcript tags each turn with the speaker's name in capitals. The turn is a statement of the person
the text names elsewhere (a surname or a full name of a PERSON entity); the turns of the outlet's own
staff are its own voice and no statement: a role tag ("ANCHOR:", the ``transcript_hosts`` list of
``data/cues.yaml``), a name the text introduced with such a role ("our correspondent Jane Roe") or handed
the report to ("Jane Roe reports.", ``transcript_handoffs``) or said is reporting for it ("Jane Roe is in
the capital for us", ``transcript_staff_phrases``), or introduced by a host with a bare name as the
subject of a sentence and no guest's welcome ("Jane Roe has been following the story.").
A document needs two tagged lines to count as a transcript, and a tag that names no person is skipped
(a dateline "CITY: ..."), so ordinary prose never yields a turn.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ...models import Entity
from .context import QuoteContext
from .records import Attribution, clean_span

__all__ = ["inside", "is_transcript", "not_the_teller", "transcript_records"]

_TAG = re.compile(r"^[ \t]*([A-Z][A-Z'’.\-]+(?:[ \t]+[A-Z][A-Z'’.\-]+){0,7})"  # the name in capitals
                  # an aside, "(translated)", "(RECORDED)", "(VOICE OF INTERPRETER)", then the words
                  r"(?:[ \t]*\([A-Za-z][A-Za-z \-]{0,29}\))?[ \t]*:[ \t]+(\S.*)$",
                  re.MULTILINE)
_WORD = re.compile(r"[A-Za-z'’\-]+")
_ROLE_WINDOW = 5  # words before a person's mention that may name their role
_PLACES = ("GPE", "LOC", "FAC")  # a dateline's city is never a speaker


def _staff(text: str, entity: Entity, hosts: frozenset[str], handoffs: frozenset[str],
           phrases: frozenset[str] = frozenset()) -> bool:
    """True when a mention of ``entity`` follows a staff role in its sentence ("our correspondent Jane Roe"),
    comes right before a handoff word ("Jane Roe reports.") or is followed in its sentence by a staff phrase
    ("Jane Roe is in the capital for us")."""
    for m in entity.mentions:
        rest = re.split(r"[.!?:\n]", text[m.end:m.end + 120])[0].lower()
        if any(re.search(rf"\b{re.escape(p)}\b", rest) for p in phrases):
            return True
        before = text[max(0, m.start - 60):m.start]
        before = re.split(r"[.!?:\n]", before)[-1]
        words = [w.lower() for w in _WORD.findall(before)][-_ROLE_WINDOW:]
        if any(w in hosts or w.rstrip("s") in hosts for w in words):
            return True
        after = _WORD.match(text, m.end + 1) if text[m.end:m.end + 1] == " " else None
        if after is not None and after.group(0).lower() in handoffs:
            return True
    return False


def _introduced_bare(text: str, entity: Entity, host_turns: list[tuple[int, int]], guests: frozenset[str]) -> bool:
    """True when the name is first given in a host's turn as the bare subject of a sentence, with no title and
    no guest's welcome ("Jane Roe has been following the story."): how a programme hands over to its own
    reporter. A guest comes with a title or a welcome ("Councillor Jo Bell joins us")."""
    first = min(entity.mentions, key=lambda m: m.start)
    turn = next(((s, e) for s, e in host_turns if s <= first.start < e), None)
    if turn is None:
        return False
    before = text[turn[0]:first.start]
    if before.strip() and before.rstrip()[-1:] not in ".!?":
        return False  # a title, an apposition or words before the name
    rest = re.split(r"(?<=[.!?])\s", text[first.end:turn[1]])[0].lower()
    return not any(re.search(rf"\b{re.escape(g)}\b", rest) for g in guests)


def _person(name: str, people: list[Entity], others: list[Entity], text: str) -> Entity | None:
    """The one PERSON entity whose name is ``name`` or ends with it (a surname); None if none or several.

    When the parser cut a surname off a person's name ("General Amos Deng | Kuol", the surname an entity of
    its own), the entity named ``name`` whose mention follows a person's mention is that person.
    """
    key = name.lower().split()
    found = [e for e in people if e.name.lower().split()[-len(key):] == key]
    if not found:
        ends = {m.end for e in people for m in e.mentions}
        found = [e for e in others if e.name.lower() == name.lower() and
                 any(m.start - 1 in ends and text[m.start - 1] == " " for m in e.mentions)]
    return found[0] if len({e.id for e in found}) == 1 else None


def _titled_person(tag: str, people: list[Entity], others: list[Entity], text: str) -> Entity | None:
    """The person a tag names after their title ("SPOKESMAN PAVEL DRUMEV", "DEPUTY MINISTER OF FINANCE IVO
    PETKOV"): the longest run of the tag's last words (two at least) that names one person."""
    words = tag.split()
    for k in range(1, len(words) - 1):
        found = _person(" ".join(words[k:]), people, [], text)
        if found is not None:
            return found
    return None


def is_transcript(text: str) -> bool:
    """Two or more tagged lines ("NAME: words"): a broadcast transcript, even when every turn is the outlet's."""
    if text.count(":") < 2:
        return False
    tags = _TAG.finditer(text)
    return next(tags, None) is not None and next(tags, None) is not None


def transcript_records(ctx: QuoteContext, entities: tuple[Entity, ...], first_group: int) -> list[Attribution]:
    """A direct statement for each tagged turn of a party in a broadcast transcript (see the module docstring)."""
    text = ctx.text
    if text.count(":") < 2:
        return []
    tags = list(_TAG.finditer(text))
    if len(tags) < 2:
        return []
    hosts = ctx.words.transcript_hosts
    people = [e for e in entities if e.type == "PERSON"]
    others = [e for e in entities if e.type not in _PLACES and e.type != "PERSON"]
    host_turns = [(m.start(2), m.end(2)) for m in tags if m.group(1).lower() in hosts]
    out = []
    for m in tags:
        name = m.group(1)
        if name.lower() in hosts:
            continue
        entity = _person(name, people, others, text) or _titled_person(name, people, others, text)
        if entity is None or _staff(text, entity, hosts, ctx.words.transcript_handoffs,
                                    ctx.words.transcript_staff_phrases) \
                or _introduced_bare(text, entity, host_turns, ctx.words.transcript_guest_phrases):
            continue
        content = clean_span(ctx, m.start(2), m.end(2))
        if content is None:
            continue
        first_group += 1
        out.append(Attribution(kind="direct", content=content, cue=None, cue_span=None,
                               speaker_span=(m.start(1), m.end(1)), speaker_head=None, antecedent=None,
                               time=None, group=first_group, speaker=entity.id))
    return out


def inside(ctx: QuoteContext, records: list[Attribution], turns: list[Attribution]) -> list[Attribution]:
    """``records`` without those inside a party's turn whose speaker is unresolved or the turn's own
    first person ("Our intelligence shows ..."): the turn already says it, with its speaker."""
    if not turns:
        return records
    spans = [(t.content.start, t.content.end) for t in turns]
    first_person = ctx.words.first_second_person

    def own(r: Attribution) -> bool:
        if r.speaker is None or r.speaker_span is None:
            return True
        first = _WORD.match(ctx.text, r.speaker_span[0])
        return first is not None and first.group(0).lower() in first_person

    def covered(r: Attribution) -> bool:
        return own(r) and any(s <= r.content.start and r.content.end <= e for s, e in spans)

    return [r for r in records if not covered(r)]


def not_the_teller(ctx: QuoteContext, records: list[Attribution], entities: tuple[Entity, ...]) -> list[Attribution]:
    """``records`` where a "he"/"she" speaker inside a tagged turn stood for the turn's own speaker, given instead
    to the person that turn last named as a subject before it, else named at all, else to no one: a speaker who
    tells of someone ("RAMOS: Their minister was on the radio. 'Never,' he said.") speaks of himself as "I", never
    "he"."""
    text = ctx.text
    if not is_transcript(text):
        return records
    people = [e for e in entities if e.type == "PERSON"]
    others = [e for e in entities if e.type not in _PLACES and e.type != "PERSON"]
    lines: list[tuple[int, int, str]] = []
    for m in _TAG.finditer(text):
        teller = _person(m.group(1), people, others, text) or _titled_person(m.group(1), people, others, text)
        if teller is not None:
            lines.append((m.start(2), m.end(2), teller.id))
    if not lines:
        return records
    pronouns = ctx.words.person_pronouns
    out = []
    for r in records:
        head = ctx.doc[r.speaker_head] if r.speaker_head is not None else None
        if r.speaker is not None and head is not None and head.pos_ == "PRON" and head.lower_ in pronouns:
            line = next(((s, e, who) for s, e, who in lines if s <= head.idx < e), None)
            if line is not None and line[2] == r.speaker:
                # the person named last as a subject in the turn, else named at all ("The abbot, Father X, spoke to
                # us. For him ...": a name set beside its title)
                other = ctx.speakers.other_person(head, line[0], r.speaker) or \
                    ctx.speakers.other_person(head, line[0], r.speaker, subjects_only=False)
                r = replace(r, speaker=other.id if other is not None else None)
        out.append(r)
    return out
