"""Statements: direct, partial and indirect speech, each with its speaker, cue and time.

Three passes over one parsed document, then speaker resolution in text order:

1. **Quotes** (:mod:`.quotes`). :func:`~.marks.quote_spans` pairs the
   quotation marks (any style, never raising on stray ones). Each quote looks
   for its cue in the clause around it: after the closing mark (“…,” she
   said), before the opening mark (he said: “…”), in the previous sentence
   when that ends with a colon, or in the words between two halves of an
   interrupted quote. A quote that opens its clause is ``direct``; one
   embedded in the reporter's own clause is ``partial``; an unattributed
   embedded quote is a scare quote, and a short title-case one names a work:
   both are dropped. A standalone quote right after another speaker's quote
   continues that speaker.
2. **Indirect speech** (:mod:`.indirect`). A reporting verb from the cue
   lexicon with a clause complement (said (that) …, told reporters …, has
   argued …), an infinitive (vowed to …) or an object (announced new limits …)
   where the lexicon allows it, a reporting noun or stance adjective with a
   that-clause, and "according to X, …". The content is the reported clause,
   "that" included; a clause that is mostly a quote is left to pass 1.
   Speech that runs on in the same sentence, after a colon, a semicolon or in
   a predicate sharing the reported subject, is the same speaker's
   (:mod:`.continued`); so is the sentence an "as X stated," clause is set
   in. A live blog's header line "Latest from the ministry: 26 dead" gives
   the rest of the line to the source it names (:mod:`.headers`), and an account
   announced by a noun of telling and given after a colon ("the police have
   another explanation: ...") is its owner's (:mod:`.accounts`). A figure
   that a source the text refers back to gives with a plain transitive verb
   ("they have raised that to 23") is its indirect statement (:mod:`.figures`), and so is what a side calls a
   thing or puts it down to ("the army calls the raid a patrol", "traces the blast to a leak": :mod:`.framed`).
3. **Speakers** are the subject of the cue, inherited from the governing verb
   for participles ("…, stressing that …"), or the author behind a document
   noun ("a statement from the ministry said"); they resolve to entities
   through :class:`~.speakers.SpeakerIndex`. Cue and subject finding live in
   :mod:`.cues`, the per-document look-ups in :mod:`.context`.
4. **Press releases** (:mod:`.release`). In a text an organisation issues
   ("We, the Federation of ..., reject ..."), its first-person sentences
   are direct statements of it, and a "we" speaker is the organisation. A transcript is no release.
5. **Transcript turns** (:mod:`.transcript`). In a broadcast transcript a line
   "NAME: words" is a direct statement of the person NAME names; staff turns
   (anchor, our correspondent) are the outlet's voice. Unresolved or
   first-person statements inside a turn give way to it.
6. **Interviews** (:mod:`.interview`). In an interview printed as "Q: ..." / "A: ..." lines, every
   answer is a direct statement of the guest the introduction names; questions are the outlet's.
   A text that opens with an editor's note "[Remarks by the minister ...]" gives its speakerless quotes
   to the speaker the note names (:mod:`.notes`).

Every word the rules test comes from the run's lexicon (:mod:`.words`): the
cue lexicon ``data/cues.yaml`` and the closed-class words of
``data/english.yaml``.

:func:`attributions` returns the richer internal records (speaker and cue
spans) that the PolNeAR adapter scores; :func:`statements` is the stage.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from ...lexicon import Lexicon
from ...models import Entity, Statement, TimeExpr
from .accounts import account_records
from .context import QuoteContext
from .figures import figure_records
from .framed import framed_records
from .headers import header_records
from .indirect import indirect_records
from .interview import interview_records, is_interview, put_to_guest
from .notes import give_noted
from .quotes import quote_records
from .records import Attribution
from .release import release_records
from .speakers import speaker_phrase
from .transcript import inside, is_transcript, not_the_teller, transcript_records

__all__ = ["Attribution", "attributions", "statements"]

_CONTINUATION_GAP = 400  # characters between a quote and the one it continues



def _resolve(ctx: QuoteContext, records: list[Attribution]) -> list[Attribution]:
    """Speakers in text order, so a pronoun can fall back on the speaker before it."""
    doc = ctx.doc
    order = sorted(records, key=lambda r: r.content.start)
    last: tuple[int, Entity] | None = None
    prev: Attribution | None = None
    out = []
    for rec in order:
        if rec.continues:
            if prev is not None and prev.kind != "indirect" and prev.speaker_span is not None and \
                    rec.content.start - prev.content.end <= _CONTINUATION_GAP:
                rec = replace(rec, speaker=prev.speaker, speaker_span=prev.speaker_span,
                              speaker_head=prev.speaker_head, group=prev.group)
            out.append(rec)
            prev = rec
            continue
        if rec.speaker_head is not None and rec.speaker_span is not None:
            head = doc[rec.speaker_head]
            s, e = speaker_phrase(head, ctx.words.speaker_prepositions)
            antecedent = doc[rec.antecedent] if rec.antecedent is not None else None
            entity = ctx.speakers.resolve(s, e, head, last, antecedent)
            if entity is not None:
                rec = replace(rec, speaker=entity.id)
                last = (head.idx, entity)
        out.append(rec)
        prev = rec
    return out


def _attributions(ctx: QuoteContext, entities: tuple[Entity, ...]) -> list[Attribution]:
    quotes = quote_records(ctx)
    first_group = max((r.group for r in quotes), default=0)
    indirect = indirect_records(ctx, first_group, tuple(r.content for r in quotes))
    # “…” before any vote, he said: the quote pass has the words its cue carries; the clause around them is no
    # second, indirect statement of the same cue
    indirect = [r for r in indirect if not any(q.cue_span is not None and q.cue_span == r.cue_span
                                               and q.cue_span[0] >= q.content.end
                                               and r.content.start <= q.content.start < r.content.end
                                               for q in quotes)]
    headers = header_records(ctx, max((r.group for r in indirect), default=first_group))
    accounts = account_records(ctx, max((r.group for r in indirect + headers), default=first_group))
    found = quotes + indirect + headers + accounts
    figures = figure_records(ctx, found, max((r.group for r in found), default=first_group))
    found += framed_records(ctx, found + figures, max((r.group for r in found + figures), default=first_group))
    # A figure given by no one the text names is left to the claims stage (see .figures).
    resolved = give_noted(ctx, [r for r in not_the_teller(ctx, _resolve(ctx, found + figures), entities)
                                if r.speaker is not None or not any(r.cue_span == f.cue_span for f in figures)])
    # "10:25 Ursu, asked about it: the sensors show it was cut": a clause no one the text names tells inside a
    # timed entry's words is the entry speaker's evidence, not a statement of its own
    entry_groups = {h.group for h in headers}
    entries = [r for r in resolved if r.group in entry_groups and r.speaker is not None]
    resolved = [r for r in resolved if r.speaker is not None or r.group in entry_groups or not any(
        h.content.start <= r.content.start and r.content.end <= h.content.end for h in entries)]
    last_group = max((r.group for r in resolved), default=0)
    turns = transcript_records(ctx, entities, last_group)
    turns += interview_records(ctx, entities, max((r.group for r in turns), default=last_group))
    resolved = put_to_guest(ctx, entities, resolved)  # "Q: You said last week that ...": the guest's words
    if not turns:
        # A transcript or an interview is no press release: a guest's "NAME: Our troops ..." does not make
        # the guest the issuer of every host line that says "us", nor does a reporter's "we've asked" (nor, in
        # an interview whose guest the NER missed, the outlet's "We asked the minister ...").
        if is_transcript(ctx.text) or is_interview(ctx):
            return resolved
        return release_records(ctx, entities, resolved, max((r.group for r in resolved), default=0))
    return sorted(inside(ctx, resolved, turns) + turns, key=lambda r: r.content.start)


def attributions(doc: Doc, entities: tuple[Entity, ...], times: tuple[TimeExpr, ...],
                 lexicon: Lexicon) -> list[Attribution]:
    """Every statement of ``doc`` with its speaker and cue spans, in text order."""
    return _attributions(QuoteContext(doc, entities, times, lexicon), entities)


def statements(doc: Doc, entities: tuple[Entity, ...], times: tuple[TimeExpr, ...],
               lexicon: Lexicon) -> tuple[Statement, ...]:
    """Direct, partial and indirect statements of ``doc``, with speakers resolved to ``entities``."""
    ctx = QuoteContext(doc, entities, times, lexicon)
    text = ctx.text
    out = []
    for n, rec in enumerate(_attributions(ctx, entities), 1):
        speaker_text = text[rec.speaker_span[0]:rec.speaker_span[1]] if rec.speaker_span else None
        out.append(Statement(id=f"s{n}", kind=rec.kind, content=rec.content, speaker=rec.speaker,
                             speaker_text=speaker_text, cue=rec.cue, time=rec.time))
    return tuple(out)
