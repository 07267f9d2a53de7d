"""Figures a source gives without a reported clause: "the institute put the magnitude at 6.1".

A body that counts, measures or revises a figure is often reported with a plain transitive verb rather than a
verb of saying, and the figure is then that body's claim, as much as after "said":

- a verb of ``figure_verbs`` with an object and a phrase of ``figure_prepositions`` holding a number: "put the
  toll at 43", "measured it at 6.1", "gives the count of evacuees as 410";
- a verb of ``revision_verbs`` whose object is a figure noun (``figure_nouns``) or a pronoun standing for one,
  with "to" a number: "has raised that to 23", "revised its estimate to 1,200";
- a verb of ``count_verbs`` whose object holds a number: "counted 120 people treated", "recorded fewer than
  3,000", "reported 2.2 million".
- a verb of ``document_figure_verbs`` whose subject is a document noun and whose object holds a number: "the
  agency's weekly bulletin lists 64 cases", "its note gave a depth of 12 metres at the pier" (the
  document's author says it, named or not: the claims stage gives no figure to a document).

The content is the verb with its object and that phrase; the speaker is the verb's subject, resolved like any
speaker. Only a subject that refers back makes one ("it has raised that to 23", "the same department recorded
..."): the claims stage gives a named body's figure to it already (:mod:`..claims.quantity`), and a figure
statement whose speaker resolves to no entity is dropped after resolution. A verb inside a quote, one whose
subject is the reporter or the reader ("we counted"), and one whose figure is a time ("put the meeting at 3
pm") yield nothing; nor does a verb whose words another statement already holds.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..walk import kids_of, tokens_with_lemma
from .context import QuoteContext, is_verb
from .cues import make_cue
from .records import Attribution, clean_span, cue_time, speaker_fields

__all__ = ["figure_records"]

# A number inside a name, a time or an ordinal is no figure ("at 10 Downing Street", "at 3 pm", "as 2nd").
_NOT_FIGURES = {"TIME", "DATE", "FAC", "GPE", "LOC", "ORG", "PERSON", "ORDINAL", "LAW", "WORK_OF_ART", "PRODUCT"}
_OBJECT_DEPS = {"dobj", "attr"}


def _numeric(tok: Token) -> bool:
    """A phrase that holds a number that is not a time, a date or part of a name."""
    return any((t.like_num or t.tag_ == "CD") and t.ent_type_ not in _NOT_FIGURES for t in tok.subtree)


def _named(subject: Token) -> bool:
    """A subject with a name in it ("Peru's Geophysical Institute", "the diocese of Pemba"): the claims stage
    gives such a body its figure itself; only a subject that refers back ("it", "the same department") needs a
    statement."""
    return any(t.pos_ == "PROPN" or t.ent_type_ != "" for t in subject.subtree)


def _prep(verb: Token, words: frozenset[str]) -> Token | None:
    """The verb's preposition of ``words`` whose object holds a number."""
    for child in verb.rights:
        if (
            child.dep_ in ("prep", "dative")
            and child.lower_ in words
            and any(o.dep_ == "pobj" and _numeric(o) for o in kids_of(child))
        ):
            return child
    return None


def _frame(ctx: QuoteContext, verb: Token) -> list[Token] | None:
    """The object and the figure phrase of a figure-giving verb (see the module docstring), else None."""
    lists = ctx.cues.lists
    lemma = verb.lemma_.lower()
    obj = next((c for c in kids_of(verb) if c.dep_ in _OBJECT_DEPS and c.i > verb.i), None)
    if lemma in lists.figure_verbs:
        prep = _prep(verb, lists.figure_prepositions)
        if obj is not None and prep is not None and prep.i > obj.i:
            return [obj, prep]
        return None
    if lemma in lists.revision_verbs:
        prep = _prep(verb, frozenset({"to"}))
        if obj is None or prep is None or prep.i < obj.i:
            return None
        if (
            obj.lemma_.lower() in lists.figure_nouns
            or obj.lower_ in ctx.words.thing_pronouns
            or obj.lower_ in ("that", "this")
        ):
            return [obj, prep]
        return None
    if lemma in lists.count_verbs and obj is not None and _numeric(obj):
        return [obj]
    return None


def _document_figure(ctx: QuoteContext, verb: Token) -> bool:
    """A document that gives a figure: a verb of ``document_figure_verbs`` whose subject is a document noun and whose
    object holds a number ("the agency's weekly bulletin lists 64 cases", "its note gave a depth of 12
    metres at the pier"). The document's author says it; the claims stage gives a figure to a named subject, and
    a document is none."""
    if verb.lemma_.lower() not in ctx.cues.lists.document_figure_verbs:
        return False
    subject = next((c for c in kids_of(verb) if c.dep_ == "nsubj"), None)
    obj = next((c for c in kids_of(verb) if c.dep_ in _OBJECT_DEPS and c.i > verb.i), None)
    return subject is not None and obj is not None and subject.pos_ == "NOUN" \
        and subject.lemma_.lower() in ctx.words.document_nouns and _numeric(obj)


def _noun_read_verb(tok: Token) -> bool:
    """A verb the parse read as a plural noun with a subject and an object of its own ("Its latest post repeats
    1,200": "repeats" a noun, the post its subject, the figure its object): only a document's figure is read so
    (:func:`_document_figure` tests the subject and the object)."""
    return tok.tag_ == "NNS" and tok.dep_ == "ROOT" and any(c.dep_ == "nsubj" for c in kids_of(tok))


def figure_records(ctx: QuoteContext, taken: list[Attribution], first_group: int) -> list[Attribution]:
    """An indirect statement for each figure a named source gives (see the module docstring), skipping those
    whose words a statement of ``taken`` already holds."""
    doc, words = ctx.doc, ctx.words
    lists = ctx.cues.lists
    verbs = lists.figure_verbs | lists.revision_verbs | lists.count_verbs | lists.document_figure_verbs
    out: list[Attribution] = []
    group = first_group
    for verb in tokens_with_lemma(doc, verbs):  # the verbs of the lists, without a Token per word
        if not (is_verb(verb) or _noun_read_verb(verb)) or verb.lemma_.lower() not in verbs or ctx.quoted[verb.i]:
            continue
        frame = _frame(ctx, verb) if is_verb(verb) else None
        told = frame is None and _document_figure(ctx, verb)
        if told:
            frame = [next(c for c in kids_of(verb) if c.dep_ in _OBJECT_DEPS and c.i > verb.i)]
        if frame is None or any(ctx.quoted[t.i] for part in frame for t in part.subtree):
            continue
        cue = make_cue(ctx, verb, max(0, verb.i - 12))
        subject = cue.subject
        if (
            subject is None
            or subject.lower_ in words.first_second_person
            or subject.lower_ in words.non_speakers
            or (_named(subject) and not told)
        ):
            continue
        last = max(t.i for part in frame for t in part.subtree)
        content = clean_span(ctx, verb.idx, doc[last].idx + len(doc[last]))
        if content is None or any(r.content.start < content.end and content.start < r.content.end for r in taken):
            continue
        span, head, antecedent = speaker_fields(ctx, cue)
        skip = {t.i for part in frame for t in part.subtree}
        group += 1
        out.append(
            Attribution(
                kind="indirect",
                content=content,
                cue=cue.text,
                cue_span=cue.span,
                speaker_span=span,
                speaker_head=head,
                antecedent=antecedent,
                time=cue_time(ctx, cue.anchors, skip),
                group=group,
            )
        )
    return out
